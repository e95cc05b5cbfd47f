#!/usr/bin/env bash
# Runs the release binary in a real X window under Xvfb and takes screenshots.
#
#   scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [[+|v]X,Y | kKEYS | kw:TEXT | sSECONDS | x:CMD ...]
#
# Each X,Y (window coordinates) is clicked in turn before the screenshot; +X,Y only moves the
# pointer there, to show a hover; vX,Y turns the mouse wheel down five notches there, to scroll.
# kKEYS presses keys (xdotool names, comma-separated: kTab,Tab,Return), kw:TEXT types text,
# sSECONDS waits, and x:COMMAND runs a shell command (e.g. to edit a --data folder while the
# app runs). The app gets an empty
# home folder, so no saved state from earlier runs changes what it shows. Set APP_ARGS (e.g.
# APP_ARGS="--data DIR", split on spaces) to pass arguments to the app.
set -euo pipefail
out=${1:?usage: scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [[+|v]X,Y | kKEYS | kw:TEXT | sSECONDS ...]}
size=${2:-1280x800}
shift $(( $# >= 2 ? 2 : 1 ))
cd "$(dirname "$0")/.."
read -r -a app_args <<< "${APP_ARGS:-}"

cargo build --release --quiet
display=":$(( 90 + RANDOM % 10 ))"
home=$(mktemp -d)
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
xvfb=$!
app=""
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1

DISPLAY=$display HOME=$home XDG_DATA_HOME=$home/data \
    target/release/massage-guide "${app_args[@]}" 2>"$home/stderr" &
app=$!
window=""
for _ in $(seq 1 100); do
    window=$(DISPLAY=$display xdotool search --name "Back Massage Guide" 2>/dev/null | head -n 1) && [ -n "$window" ] && break
    sleep 0.1
done
# No window manager runs, so place and size the window to fill the screen: window and screen
# coordinates then agree.
DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
# Nor does anything give the window the keyboard: without this, kKEYS go nowhere.
sleep 0.5
DISPLAY=$display xdotool windowfocus "$window" 2>/dev/null || true
sleep 2
for point in "$@"; do
    if [[ $point == +* ]]; then
        point=${point#+}
        DISPLAY=$display xdotool mousemove "${point%,*}" "${point#*,}"
    elif [[ $point == k* ]]; then
        # kKEYS: keys as xdotool names them, e.g. kTab or kctrl+f; kw:TEXT types TEXT.
        keys=${point#k}
        if [[ $keys == w:* ]]; then
            DISPLAY=$display xdotool type --delay 40 "${keys#w:}"
        else
            DISPLAY=$display xdotool key --delay 60 ${keys//,/ }
        fi
    elif [[ $point == x:* ]]; then
        bash -c "${point#x:}"
    elif [[ $point == s* ]]; then
        # sSECONDS: wait, e.g. for a countdown to run.
        sleep "${point#s}"
    elif [[ $point == v* ]]; then
        point=${point#v}
        DISPLAY=$display xdotool mousemove "${point%,*}" "${point#*,}" click --repeat 5 --delay 50 5
    else
        DISPLAY=$display xdotool mousemove "${point%,*}" "${point#*,}" click 1
    fi
    sleep 0.5
done
# The pointer stays at the last point, so its hover state shows too.
DISPLAY=$display import -window root "$out"
if [ -s "$home/stderr" ]; then
    echo "the app wrote to stderr:" >&2
    cat "$home/stderr" >&2
fi
echo "wrote $out"
