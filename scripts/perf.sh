#!/usr/bin/env bash
# Measures what docs/performance.md reports, on this machine, now:
#   start-up time and resident memory of the release app next to a minimal eframe app
#   (examples/minimal, same eframe features) in the same run; frames and CPU while idle and
#   while a guided timer runs; the stripped binary sizes; then the frame and load benches.
#
#   scripts/perf.sh            # everything (RUNS=10 start-ups of each app by default)
#   RUNS=20 scripts/perf.sh    # more start-ups
#   BENCHES=0 scripts/perf.sh  # skip `cargo bench`
#
# Needs Xvfb and xdotool (see .ci/run). The apps print frame times only because
# MASSAGE_GUIDE_PROBE is set (src/probe.rs): frame N starts once frame N-1 is on screen, so the
# start of frame 2 is when the first frame was shown.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}

cargo build --release --quiet -p massage-guide -p minimal-eframe
app=target/release/massage-guide
minimal=target/release/minimal-eframe

work=$(mktemp -d)
display=":$(( 80 + RANDOM % 10 ))"
# The screen is larger than the 1280x800 windows so the pointer can rest outside them.
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
pid=""
trap 'kill $pid $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display
sleep 1
xdotool mousemove 1590 990

# A returning reader's saved state (the safety check already offered), fresh for each start.
fresh_home() {
    local home
    home=$(mktemp -d -p "$work")
    mkdir -p "$home/data/massage-guide"
    echo '(format: 1, window: None, state: (safety_check_offered: true))' \
        >"$home/data/massage-guide/state.ron"
    echo "$home"
}

# start BIN LOG: starts BIN with the probe on; sets pid and start_ns (wall clock before exec).
start() {
    local home
    home=$(fresh_home)
    start_ns=$(date +%s%N)
    HOME=$home XDG_DATA_HOME=$home/data MASSAGE_GUIDE_PROBE=1 "$1" 2>"$2" &
    pid=$!
}

# wait_frame LOG N: waits until frame N has started; prints its wall-clock time in ns.
wait_frame() {
    for _ in $(seq 1 600); do
        local t
        t=$(sed -n "s/^probe frame=$2 unix_ns=\([0-9]*\).*/\1/p" "$1")
        if [ -n "$t" ]; then echo "$t"; return; fi
        sleep 0.01
    done
    echo "no frame $2 within 6 s; the app said:" >&2
    cat "$1" >&2
    exit 1
}

stop() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
}

frames() { grep -c '^probe frame=' "$1" || true; }

# CPU time used so far by all threads of pid, in ns.
cpu_ns() {
    cat /proc/"$pid"/task/*/schedstat | awk '{ sum += $1 } END { printf "%d", sum }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== Binary size (stripped release)"
size_app=$(stat -c %s "$app")
size_min=$(stat -c %s "$minimal")
echo "massage-guide: $size_app bytes ($(awk -v b="$size_app" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
echo "minimal-eframe: $size_min bytes ($(awk -v b="$size_min" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"

echo
echo "== Start-up: exec to first frame on screen, and resident memory 1 s later ($runs runs each, alternating, after one warm-up run each)"
: >"$work/startup-app" && : >"$work/startup-min" && : >"$work/rss-app" && : >"$work/rss-min"
for run in $(seq 0 "$runs"); do
    for which in min app; do
        bin=$app
        [ "$which" = min ] && bin=$minimal
        start "$bin" "$work/log"
        shown=$(wait_frame "$work/log" 2)
        sleep 1
        rss=$(awk '/^VmRSS/ { print $2 }' /proc/"$pid"/status)
        stop
        if [ "$run" -gt 0 ]; then
            echo $(( (shown - start_ns) / 1000 )) >>"$work/startup-$which"
            echo "$rss" >>"$work/rss-$which"
        fi
    done
done
start_app=$(median <"$work/startup-app")
start_min=$(median <"$work/startup-min")
rss_app=$(median <"$work/rss-app")
rss_min=$(median <"$work/rss-min")
echo "massage-guide: median $(awk -v u="$start_app" 'BEGIN { printf "%.1f", u / 1000 }') ms (runs in µs: $(paste -sd' ' "$work/startup-app"))"
echo "minimal-eframe: median $(awk -v u="$start_min" 'BEGIN { printf "%.1f", u / 1000 }') ms (runs in µs: $(paste -sd' ' "$work/startup-min"))"
echo "ratio: $(awk -v a="$start_app" -v m="$start_min" 'BEGIN { printf "%.2f", a / m }') (goal: at most 1.20)"
echo "resident memory: massage-guide $(( rss_app / 1024 )) MiB, minimal-eframe $(( rss_min / 1024 )) MiB, ratio $(awk -v a="$rss_app" -v m="$rss_min" 'BEGIN { printf "%.2f", a / m }')"

# measure LOG SECONDS LABEL: frames drawn and CPU used by the running app over SECONDS.
measure() {
    local frames0 cpu0 frames1 cpu1
    frames0=$(frames "$1")
    cpu0=$(cpu_ns)
    sleep "$2"
    frames1=$(frames "$1")
    cpu1=$(cpu_ns)
    echo "$3: $(( frames1 - frames0 )) frames in $2 s, CPU $(awk -v c=$(( cpu1 - cpu0 )) -v s="$2" 'BEGIN { printf "%.2f", c / (s * 1e7) }') %"
}

echo
echo "== Idle: a window left alone for 10 s, the pointer outside it"
for which in app min; do
    bin=$app
    name=massage-guide
    if [ "$which" = min ]; then bin=$minimal; name=minimal-eframe; fi
    start "$bin" "$work/log"
    wait_frame "$work/log" 2 >/dev/null
    sleep 2
    measure "$work/log" 10 "$name"
    stop
done

echo
echo "== A guided timer running: 10 s of the first routine"
start "$app" "$work/log"
wait_frame "$work/log" 2 >/dev/null
window=$(xdotool search --name "Back Massage Guide" | head -n 1)
xdotool windowmove "$window" 0 0
sleep 1
# Routines in the toolbar, then "Start" on the first routine (below the page's introduction and
# the handouts switch); then the pointer leaves. If the page's layout moves the button, the
# count below reads 0 frames and the script says so.
xdotool mousemove 372 12 click 1
sleep 0.5
xdotool mousemove 676 502 click 1
sleep 0.2
xdotool mousemove 1590 990
sleep 1
timer=$(measure "$work/log" 10 "massage-guide, timer running")
echo "$timer"
case $timer in
    *": 0 frames"*) echo "WARNING: no frames while the timer should run: the click missed the first routine's Start button" ;;
esac
import -window root "$work/timer.png" 2>/dev/null && cp "$work/timer.png" target/perf-timer.png
stop
echo "(target/perf-timer.png shows the window at the end, to check the session really ran)"

if [ "${BENCHES:-1}" != 0 ]; then
    echo
    echo "== Frame cost (cargo bench --bench frame)"
    cargo bench --quiet --bench frame
    echo
    echo "== Load and validate (cargo bench --bench load)"
    cargo bench --quiet --bench load
fi
