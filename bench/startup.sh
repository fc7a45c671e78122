#!/usr/bin/env bash
# Start-up benchmark of issue 14: every row of its table against its floor, alternating, ROUNDS rounds
# (default 7), medians and ratios. Whole processes, wall time, on this machine as it is (say how loaded).
#
#   mvn -B -q package -DskipTests          # target/switchback.jar
#   mvn -B -q -Pdist verify -DskipTests    # optional: target/dist/Switchback, for the packaged rows
#   bench/startup.sh [ROUNDS]
#   BENCH_ROWS=cli bench/startup.sh [ROUNDS]   # only the command-line rows (no display, RSS or Maven)
#   BASE_JAR=/tmp/old/switchback.jar bench/startup.sh   # adds the CLI rows of an older build, same rounds
#
# Window rows need a display: the script starts Xvfb (1440x900x24) if DISPLAY is unset. The first frame
# and "plan on screen" come from the app's own probe (-Dswitchback.startupProbe, ui.app.StartupProbe: ms
# since the first JVM started, also when the jar relaunched itself); the floor is a bare JavaFX window
# with one label, compiled here, started the same way with the same (default) flags. The CLI rows time
# the whole process; their floor is a JVM that reads the same file into a Jackson tree.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
windows=true; [ "${BENCH_ROWS:-all}" = cli ] && windows=false
jar=$PWD/target/switchback.jar
image=$PWD/target/dist/Switchback
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d /tmp/switchback-bench.XXXXXX)
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
m2=${M2_REPO:-$HOME/.m2/repository}

if $windows && [ -z "${DISPLAY:-}" ]; then
  for d in $(seq 90 99); do [ -e /tmp/.X11-unix/X$d ] || break; done
  Xvfb ":$d" -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb_pid=$!
  export DISPLAY=":$d"; sleep 1
fi

# --- the floors, compiled here -------------------------------------------------------------------------
mkdir -p "$work/floor"
cat > "$work/floor/BareWindow.java" <<'EOF'
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
/** The floor: a window with one label; prints first-frame-ms (since JVM start) in its first pulse and exits. */
public class BareWindow extends Application {
    public static void main(String[] args) { launch(args); }
    @Override public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1296, 774));
        stage.show();
        new AnimationTimer() {
            @Override public void handle(long now) {
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("first-frame-ms=" + ms);
                stop(); Platform.exit(); System.exit(0);
            }
        }.start();
    }
}
EOF
cat > "$work/floor/BareMain.java" <<'EOF'
/** A plain main for the class path (an Application main class cannot start with JavaFX on the class path). */
public class BareMain { public static void main(String[] a) { javafx.application.Application.launch(BareWindow.class, a); } }
EOF
cat > "$work/floor/ReadTree.java" <<'EOF'
/** The CLI floor: a JVM that reads the plan file into a Jackson tree and prints its size. */
public class ReadTree { public static void main(String[] a) throws Exception {
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().readTree(new java.io.File(a[0])).size()); } }
EOF
javac -nowarn -d "$work/floor" -cp "$jar" "$work/floor"/*.java
(cd "$work/floor" && jar cf ../floor.jar *.class)
floor_cp="$jar:$work/floor.jar"

# --- the plans: the sample around today, and the ten-year plan of the engine benchmarks ---------------
mkdir -p "$work/home-sample" "$work/home-10y" "$work/gen"
java -Dswitchback.relaunch=false -jar "$jar" sample -o "$work/home-sample/plan.json" >/dev/null
jmh=$(ls "$m2"/org/openjdk/jmh/jmh-core/*/jmh-core-*.jar | head -1)
# the benchmarks' plan generators live in src/fixtures/java (shared by tests and benchmarks)
javac -nowarn -proc:none -d "$work/gen" -cp "$jar:$jmh" src/jmh/java/dev/switchback/engine/EngineBenchmark.java \
      src/jmh/java/dev/switchback/engine/WriteTenYearPlan.java src/fixtures/java/dev/switchback/engine/*.java
java -cp "$jar:$jmh:$work/gen" dev.switchback.engine.WriteTenYearPlan "$work/home-10y"
sample=$work/home-sample/plan.json
ten=$work/home-10y/plan.json
# a week inside the plan (GeneratedPlans.START 2016-01-04, ten years): its findings are checked, not an empty week
ten_week=2025-W40

probe="-Dswitchback.startupProbe=true -Dswitchback.exitAfterFirstFrame=true -Dswitchback.firstRunGuide=false"
prefs() { echo "-Djava.util.prefs.userRoot=$work/prefs-$1"; }
# a second of rest between runs, so that the previous JVM's exit (and archive) is not in the next run
settle() { sleep 1; }

# --- runners: each prints one number (ms) ----------------------------------------------------------------
probe_value() { grep -o -- "$1=[0-9]*" | head -1 | cut -d= -f2; }
window_jar() { # key: first-frame-ms | plan-shown-ms
  java $probe $(prefs jar) -Dswitchback.home="$work/home-sample" -jar "$jar" 2>&1 | probe_value "$1"; }
window_image() {
  JAVA_TOOL_OPTIONS="$probe $(prefs img) -Dswitchback.home=$work/home-sample" "$image/bin/Switchback" 2>&1 \
      | probe_value "$1"; }
window_bare() { java -cp "$floor_cp" BareMain 2>&1 | probe_value first-frame-ms; }
whole() { # command...: wall ms of the whole process
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

declare -A runs
add() { runs[$1]="${runs[$1]:-} $2"; }
median() { tr ' ' '\n' | { grep -v '^$' || true; } | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

# The fair floor for the relaunched jar and the packaged app: the bare window with the same options and an
# archive of its own classes, made here as the relaunch makes the app's.
R="-XX:+UseSerialGC -Xms48m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1"
$windows && { java $R -Xshare:auto -XX:DumpLoadedClassList="$work/bare.lst" -cp "$floor_cp" BareMain >/dev/null 2>&1 || true
  java -Xshare:dump -XX:SharedClassListFile="$work/bare.lst" -XX:SharedArchiveFile="$work/bare.jsa" -cp "$floor_cp" >/dev/null 2>&1 || true; }
window_bare_r() { java $R -Xshare:auto -XX:SharedArchiveFile="$work/bare.jsa" -cp "$floor_cp" BareMain 2>&1 | probe_value first-frame-ms; }
# warm-up: the jar's relaunch makes its archives (window and cli) on the first start, once per build
if $windows; then window_jar plan-shown-ms >/dev/null || true; settle; fi
java -jar "$jar" check "$sample" >/dev/null 2>&1 || true
[ -n "${BASE_JAR:-}" ] && { XDG_CACHE_HOME=$work/cache-base java -jar "$BASE_JAR" check "$sample" >/dev/null 2>&1 || true; }

have_image=false; [ -x "$image/bin/Switchback" ] && have_image=true
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds, alternating; packaged rows: $have_image"
for r in $(seq 1 "$rounds"); do
  if $windows; then
  add bare "$(window_bare)"; settle
  add bare_r "$(window_bare_r)"; settle
  v=$(java $probe $(prefs jar) -Dswitchback.home="$work/home-sample" -jar "$jar" 2>&1)
  add jar_frame "$(echo "$v" | probe_value first-frame-ms)"; add jar_plan "$(echo "$v" | probe_value plan-shown-ms)"; settle
  v=$(java $probe $(prefs one) -Dswitchback.relaunch=false -Dswitchback.home="$work/home-sample" -jar "$jar" 2>&1)
  add one_frame "$(echo "$v" | probe_value first-frame-ms)"; add one_plan "$(echo "$v" | probe_value plan-shown-ms)"; settle
  if $have_image; then
    v=$(JAVA_TOOL_OPTIONS="$probe $(prefs img) -Dswitchback.home=$work/home-sample" "$image/bin/Switchback" 2>&1)
    add img_frame "$(echo "$v" | probe_value first-frame-ms)"; add img_plan "$(echo "$v" | probe_value plan-shown-ms)"; settle
  fi
  fi
  add tree_sample "$(whole java -cp "$floor_cp" ReadTree "$sample")"
  add check_sample "$(whole java -jar "$jar" check "$sample")"
  add check_sample_one "$(whole java -Dswitchback.relaunch=false -jar "$jar" check "$sample")"
  $have_image && add check_sample_img "$(whole "$image/bin/switchback" check "$sample")"
  add tree_ten "$(whole java -cp "$floor_cp" ReadTree "$ten")"
  add check_ten "$(whole java -jar "$jar" check "$ten" --week "$ten_week")"
  add check_ten_one "$(whole java -Dswitchback.relaunch=false -jar "$jar" check "$ten" --week "$ten_week")"
  $have_image && add check_ten_img "$(whole "$image/bin/switchback" check "$ten" --week "$ten_week")"
  if [ -n "${BASE_JAR:-}" ]; then # its own cache folder: the relaunch keeps one archive per kind
    add check_sample_base "$(XDG_CACHE_HOME=$work/cache-base whole java -jar "$BASE_JAR" check "$sample")"
    add check_ten_base "$(XDG_CACHE_HOME=$work/cache-base whole java -jar "$BASE_JAR" check "$ten" --week "$ten_week")"
  fi
  echo "round $r done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done

# RSS with the ten-year plan open, 20 s after it is shown; 3 runs each (the parent JVM of the relaunch has
# left by then: the number is the whole app's)
rss() { "$@" 2>&1 | probe_value rss-kb; }
for r in $($windows && echo 1 2 3); do
  add rss_jar "$(rss java $probe -Dswitchback.rssAfterPlanMs=20000 $(prefs jar) -Dswitchback.home="$work/home-10y" -jar "$jar")"
  add rss_one "$(rss java $probe -Dswitchback.rssAfterPlanMs=20000 $(prefs one) -Dswitchback.relaunch=false -Dswitchback.home="$work/home-10y" -jar "$jar")"
  $have_image && add rss_img "$(JAVA_TOOL_OPTIONS="$probe -Dswitchback.rssAfterPlanMs=20000 $(prefs img) -Dswitchback.home=$work/home-10y" rss "$image/bin/Switchback")"
done

# mvn javafx:run to the first frame (from the start of mvn), 3 runs
for r in $($windows && echo 1 2 3); do
  t0=$(date +%s%3N)
  at=$(JAVA_TOOL_OPTIONS="$probe $(prefs mvn) -Dswitchback.home=$work/home-sample" mvn -o -q javafx:run 2>&1 \
       | probe_value first-frame-at || true)
  [ -n "$at" ] && add mvn "$(( at - t0 ))"
done

row() { # label runs-key floor-key target
  local m f; m=$(echo "${runs[$2]:-}" | median); f=$(echo "${runs[$3]:-}" | median)
  if [ "$m" = - ] || [ "$f" = - ]; then printf '| %s | - | | | %s |\n' "$1" "$4"; return; fi
  printf '| %s | %s ms | %s ms | %sx | %s |\n' "$1" "$m" "$f" "$(awk -v a="$m" -v b="$f" 'BEGIN {printf "%.2f", a / b}')" "$4"
}
echo
echo "| what (medians of $rounds) | Switchback | floor | ratio | target |"
echo "|---|---|---|---|---|"
row '`java -jar`, first frame (relaunched: options + archive)' jar_frame bare '<= 1.5x'
row '`java -jar`, sample plan on screen' jar_plan bare '<= 2.0x'
row '`java -Dswitchback.relaunch=false -jar` (one JVM, default flags), first frame' one_frame bare '(before)'
row '`java -Dswitchback.relaunch=false -jar`, sample plan on screen' one_plan bare '(before)'
row 'packaged app, first frame' img_frame bare '<= 1.5x'
row 'packaged app, sample plan on screen' img_plan bare '<= 2.0x'
row 'like for like: `java -jar` (relaunched), first frame, against the bare window with the same options + its own archive' jar_frame bare_r '(<= 1.5x)'
row 'like for like: `java -jar` (relaunched), sample plan on screen, same floor' jar_plan bare_r '(<= 2.0x)'
row 'like for like: packaged app, first frame, same floor' img_frame bare_r '(<= 1.5x)'
row 'like for like: packaged app, sample plan on screen, same floor' img_plan bare_r '(<= 2.0x)'
row '`java -jar ... check` sample, whole process' check_sample tree_sample '<= 1.5x'
row '`check` sample, one JVM (relaunch off)' check_sample_one tree_sample '(before)'
row 'packaged `switchback check` sample' check_sample_img tree_sample '<= 1.5x'
row '`java -jar ... check --week` ten-year plan' check_ten tree_ten '<= 1.5x'
row '`check --week` ten-year plan, one JVM (relaunch off)' check_ten_one tree_ten '(before)'
row 'packaged `switchback check --week` ten-year plan' check_ten_img tree_ten '<= 1.5x'
if [ -n "${BASE_JAR:-}" ]; then
  row "older build ($BASE_JAR): \`java -jar ... check\` sample" check_sample_base tree_sample '(before)'
  row "older build: \`java -jar ... check --week\` ten-year plan" check_ten_base tree_ten '(before)'
fi
for k in rss_jar rss_one rss_img; do
  label=$(case $k in rss_jar) echo '`java -jar`';; rss_one) echo 'one JVM, default flags';; rss_img) echo 'packaged app';; esac)
  m=$(echo "${runs[$k]:-}" | median)
  [ "$m" = - ] && v=- || v="$(( m / 1024 )) MB (runs:$(for x in ${runs[$k]}; do printf ' %d' $(( x / 1024 )); done))"
  echo "| RSS, ten-year plan open, $label | $v | | | <= 250 MB |"
done
m=$(echo "${runs[mvn]:-}" | median)
echo "| \`mvn -o -q javafx:run\` to first frame (from mvn's start) | ${m} ms (runs:${runs[mvn]:-}) | | | measure and cut |"
echo
echo "all runs:"; for k in $(echo "${!runs[@]}" | tr ' ' '\n' | sort); do echo "  $k:${runs[$k]}"; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
