#!/usr/bin/env bash
# CPU time of whole commands, alternating, ROUNDS rounds: for comparing builds on a busy machine, where
# wall times mostly measure the other processes. CPU is user + system of the process and the children it
# waited for (a relaunching jar's second JVM counts), from /usr/bin/time; it includes the JIT and GC
# threads, so it is larger than the wall time of a quiet machine and is for A/B comparison only.
#
#   bench/cpu.sh 7 "java -jar target/switchback.jar check plan.json" "java -jar /tmp/old.jar check plan.json"
#
# Prints per command: the median CPU ms / the wall ms of that run, then every run's cpu/wall.
set -euo pipefail
rounds=$1; shift
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
out=$(mktemp); trap 'rm -f "$out"' EXIT
declare -A runs
for _ in $(seq 1 "$rounds"); do
  for c in "$@"; do
    /usr/bin/time -o "$out" -f "%U %S %e" bash -c "$c" >/dev/null 2>&1 || true
    runs[$c]="${runs[$c]:-} $(tail -1 "$out" | awk '{printf "%d/%d", ($1 + $2) * 1000, $3 * 1000}')"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in "$@"; do
  m=$(echo ${runs[$c]} | tr ' ' '\n' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "$m ms (cpu/wall) |${runs[$c]} | $c"
done
