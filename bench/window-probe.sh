#!/usr/bin/env bash
# The window's start-up probe (ui.app.StartupProbe) over several builds or launch ways, alternating,
# ROUNDS rounds: medians of wall ms (first frame, plan on screen), of the JavaFX thread's CPU and of the
# process' CPU at both points, and when the JVM started (what a relaunch costs before it). The CPU rows
# decide on a shared machine; the wall rows only confirm direction there (say the load beside them).
#
#   bench/window-probe.sh 7 "java $PROBE -jar /tmp/old.jar" "java $PROBE -jar target/switchback.jar"
#
# Each command must start the window with the probe on; $PROBE holds the options (probe, exit after the plan
# is shown, no first-run guide, the sample plan's data folder in $BENCH_HOME, preferences of their own).
# Needs a display: starts Xvfb (1440x900x24) when DISPLAY is unset.
set -euo pipefail
rounds=$1; shift
work=$(mktemp -d /tmp/switchback-probe.XXXXXX)
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  for d in $(seq 90 99); do [ -e /tmp/.X11-unix/X$d ] || break; done
  Xvfb ":$d" -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb_pid=$!
  export DISPLAY=":$d"; sleep 1
fi
keys="first-frame-ms plan-shown-ms first-frame-fx-cpu-ms plan-shown-fx-cpu-ms first-frame-cpu-ms plan-shown-cpu-ms jvm-start-ms"
declare -A runs
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds"
for r in $(seq 1 "$rounds"); do
  i=0
  for c in "$@"; do
    i=$((i + 1))
    out=$(bash -c "$c" 2>&1 || true)
    for k in $keys; do
      v=$(echo "$out" | grep -o -- "\b$k=[0-9-]*" | head -1 | cut -d= -f2 || true)
      runs[$i.$k]="${runs[$i.$k]:-} ${v:--}"
    done
    sleep 1
  done
done
median() { tr ' ' '\n' | grep -v '^-\?$' | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print a[int((NR+1)/2)]}'; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %s |' command; for k in $keys; do printf ' %s |' "$k"; done; echo
i=0
for c in "$@"; do
  i=$((i + 1))
  printf '| %d |' "$i"; for k in $keys; do printf ' %s |' "$(echo "${runs[$i.$k]}" | median)"; done; echo
done
i=0
for c in "$@"; do
  i=$((i + 1)); echo "$i: $c"
  for k in first-frame-ms plan-shown-fx-cpu-ms; do echo "   $k:${runs[$i.$k]}"; done
done
