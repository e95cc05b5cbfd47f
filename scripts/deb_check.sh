#!/usr/bin/env bash
# Builds the Debian package and checks it as a user's machine would meet it:
#
#   scripts/deb_check.sh [--no-build]
#
# 1. `cargo deb` (the release build; --no-build packages the existing target/release binary).
# 2. The unpacked package's desktop entry passes desktop-file-validate (silently: it exits 0 on
#    hints too) and its metainfo passes `appstreamcli validate-tree`.
# 3. Installs the package's Depends with apt-get, then the package with dpkg.
# 4. Runs /usr/bin/massage-guide under Xvfb until its first frame is on screen (the frame probe,
#    src/native/probe.rs), and checks that its window's WM_CLASS is the app id (so a dock finds
#    the menu entry and icon) and that the window has its 256 px icon.
# 5. Removes the package and checks nothing of it is left.
#
# Any failure exits non-zero; the app, Xvfb, the package and the temporary folder are cleaned up
# either way, so it can run again. It removes an installed massage-guide package at the end.
# Needs root or sudo, cargo-deb, dpkg-dev, desktop-file-utils, appstream, xvfb, x11-utils and
# xdotool (.ci/run installs them); dbus-run-session (dbus) is used when there.
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=$(sed -n 's/^pub const APP_ID: &str = "\(.*\)";$/\1/p' src/lib.rs)
[ -n "$app_id" ] || { echo "deb_check: no APP_ID in src/lib.rs" >&2; exit 1; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

work=$(mktemp -d)
xvfb=""
installed=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    if [ -n "$installed" ]; then $sudo dpkg -r massage-guide >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

step "cargo deb $*"
deb=$(cargo deb --locked "$@" | tail -n 1)
case $deb in
    *.deb) [ -f "$deb" ] || { echo "deb_check: $deb was not written" >&2; exit 1; } ;;
    *) echo "deb_check: cargo deb printed no package path ($deb)" >&2; exit 1 ;;
esac
echo "$deb: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
dpkg-deb -f "$deb" Package Version Installed-Size Depends Recommends

step "the unpacked package's desktop entry and metainfo"
dpkg-deb -x "$deb" "$work/root"
for file in \
    "usr/bin/massage-guide" \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    [ -f "$work/root/$file" ] || { echo "deb_check: the package lacks /$file" >&2; exit 1; }
done
said=$(desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" 2>&1) || {
    echo "$said" >&2; exit 1; }
[ -z "$said" ] || { echo "desktop-file-validate: $said" >&2; exit 1; }
echo "desktop-file-validate: no findings"
appstreamcli validate-tree --no-net "$work/root"

step "install"
# The Depends without their versions: "libc6 (>= 2.35), libgl1, ..." -> "libc6 libgl1 ...".
read -r -a depends <<< "$(dpkg-deb -f "$deb" Depends | sed 's/ *([^)]*)//g; s/,/ /g')"
$sudo apt-get install -y -q --no-install-recommends "${depends[@]}" >/dev/null
installed=yes
$sudo dpkg -i "$deb"
[ -x /usr/bin/massage-guide ] || { echo "deb_check: /usr/bin/massage-guide is not there" >&2; exit 1; }

step "run /usr/bin/massage-guide under Xvfb"
# -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; echo "deb_check: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"
# A throwaway home (the app's saved state, and dbus's); the session bus is the run's own.
mkdir -p "$work/home"
session=()
if command -v dbus-run-session >/dev/null; then session=(dbus-run-session --); fi
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    APP_ID="$app_id" WORK="$work" "${session[@]}" bash -euo pipefail -c '
    MASSAGE_GUIDE_PROBE=1 /usr/bin/massage-guide 2>"$WORK/app.log" &
    app=$!
    trap "kill $app 2>/dev/null; wait $app 2>/dev/null || true" EXIT
    # Frame 2 starts once frame 1 is on screen.
    for _ in $(seq 1 300); do
        grep -q "^probe frame=2 " "$WORK/app.log" && break
        kill -0 $app 2>/dev/null || break
        sleep 0.1
    done
    grep -q "^probe frame=2 " "$WORK/app.log" || {
        cat "$WORK/app.log" >&2; echo "deb_check: no first frame within 30 s" >&2; exit 1; }
    grep -m 1 "^probe frame=2 " "$WORK/app.log"
    window=$(timeout 20 xdotool search --sync --onlyvisible --pid $app | head -n 1)
    [ -n "$window" ] || { echo "deb_check: no window of the app" >&2; exit 1; }
    class=$(xprop -id "$window" WM_CLASS)
    echo "$class"
    [[ $class == *"\"$APP_ID\""* ]] || {
        echo "deb_check: WM_CLASS is not the app id $APP_ID" >&2; exit 1; }
    # The first two numbers of _NET_WM_ICON are the icon'"'"'s width and height.
    icon=$(xprop -id "$window" -f _NET_WM_ICON 32c " = \$0, \$1" _NET_WM_ICON)
    echo "$icon"
    [[ $icon == "_NET_WM_ICON(CARDINAL) = 256, 256"* ]] || {
        echo "deb_check: the window has no 256 px icon" >&2; exit 1; }
    if grep -v "^probe " "$WORK/app.log"; then echo "(the app wrote the above to its stderr)"; fi
' 2>"$work/session.log" || {
    # The bus's chatter (a11y bus activation) goes to the log; shown only on a failure.
    cat "$work/session.log" >&2
    exit 1
}

step "remove"
$sudo dpkg -r massage-guide
installed=""
for file in /usr/bin/massage-guide "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    [ ! -e "$file" ] || { echo "deb_check: $file is left after dpkg -r" >&2; exit 1; }
done

printf '\ndeb_check: all good. %s is %s (%s bytes)\n' "$deb" "$(du -h "$deb" | cut -f1)" "$(stat -c %s "$deb")"
