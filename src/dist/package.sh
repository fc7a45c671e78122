#!/usr/bin/env bash
# Builds Switchback's installable app: a trimmed Java runtime (jlink: the JDK modules jdeps finds plus
# JavaFX), a jpackage app image with two launchers (the window, and `switchback` for the command line)
# and a class-data-sharing archive made from training runs; optionally an installer.
#
# Called by `mvn -Pdist verify` (app image) and `mvn -Pdist,installer verify` (plus the installer of
# this system: .deb on Linux, .dmg on macOS, .msi on Windows with the WiX tools). See README,
# "Installing Switchback", and docs/performance.md, "Packaged app".
#
#   package.sh TARGET_DIR VERSION JAVAFX_VERSION M2_REPOSITORY [installer]
set -euo pipefail

target=$(cd "$1" && pwd)
version=$2
fx_version=$3
m2=$4
want_installer=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
dist=$target/dist
input=$dist/input
app_jar=$input/switchback.jar
runtime=$dist/runtime
work=$dist/work

case "$(uname -s)" in
  Linux*) os=linux; fx_platform=linux; cli_name=switchback; installer_type=deb ;;
  Darwin*) os=mac; fx_platform=$([ "$(uname -m)" = arm64 ] && echo mac-aarch64 || echo mac)
           cli_name=switchback-cli; installer_type=dmg ;;  # bin/ of a .app is case-insensitive
  MINGW*|MSYS*|CYGWIN*) os=win; fx_platform=win; cli_name=switchback-cli; installer_type=msi ;;
  *) echo "package.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
# jpackage wants a plain version: 0.1.0-SNAPSHOT becomes 0.1.0
app_version=${version%%-*}

[ -f "$app_jar" ] || { echo "package.sh: $app_jar is missing (the dist profile's shade step makes it)" >&2; exit 1; }
rm -rf "$runtime" "$work" "$dist/Switchback" "$dist/Switchback.app" "$dist/installer"
mkdir -p "$work"

# JavaFX's platform jars are modular jars with the native libraries inside: jlink takes them as modules.
fx_path=""
for m in base graphics controls; do
  jar="$m2/org/openjfx/javafx-$m/$fx_version/javafx-$m-$fx_version-$fx_platform.jar"
  [ -f "$jar" ] || { echo "package.sh: $jar is missing; run mvn once without -o to fetch it" >&2; exit 1; }
  fx_path="$fx_path${fx_path:+$( [ $os = win ] && echo ';' || echo ':')}$jar"
done

echo "[dist] jdeps: which JDK modules the app uses"
jdk_modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 -q "$app_jar")
# jdeps cannot see these: charsets for files in other encodings; zipfs is not needed.
modules="$jdk_modules,jdk.charsets,javafx.controls"
echo "[dist]   $modules"

echo "[dist] jlink: runtime"
jlink --module-path "$fx_path" --add-modules "$modules" \
      --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
      --exclude-resources='regex:/javafx\.graphics/[^/]*\.(so|dylib|dll)' --output "$runtime"
# jlink keeps a modular jar's native libraries as resources, where JavaFX does not look for them; they
# belong in the runtime's own library folder (bin on Windows).
native_dir=$runtime/lib; [ $os = win ] && native_dir=$runtime/bin
(cd "$native_dir" && unzip -qo "$m2/org/openjfx/javafx-graphics/$fx_version/javafx-graphics-$fx_version-$fx_platform.jar" \
    '*.so' '*.dylib' '*.dll' 2>/dev/null || [ $? -eq 11 ])   # 11: no file of that pattern on this system

# The launchers' options (docs/performance.md, "Window"): one GC thread, a heap that starts small and gives
# memory back, only the quick JIT; and the archive below. -Xshare:auto: a missing or unusable archive
# only costs the speed-up. -Xlog:cds=off keeps its warning (e.g. after a failed install step) off the console.
jvm_options="-Xshare:auto -XX:SharedArchiveFile=\$APPDIR/switchback.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
jvm_options="$jvm_options -XX:+UseSerialGC -Xms48m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
jvm_options="$jvm_options -XX:TieredStopAtLevel=1"

cat > "$work/cli.properties" <<EOF
java-options=$jvm_options -Dswitchback.cli=true
win-console=true
linux-shortcut=false
win-shortcut=false
win-menu=false
EOF

icon=$here/switchback.png
[ $os = mac ] && icon=$work/switchback.icns && { command -v iconutil >/dev/null && {
  mkdir -p "$work/icon.iconset"; sips -z 256 256 "$here/switchback.png" --out "$work/icon.iconset/icon_256x256.png" >/dev/null
  iconutil -c icns "$work/icon.iconset" -o "$icon"; } || icon=""; }
[ $os = win ] && icon=""   # Windows wants .ico: jpackage's default icon is used (see README)

echo "[dist] jpackage: app image"
jpackage --type app-image --dest "$dist" --name Switchback --app-version "$app_version" \
         --vendor "Switchback" --description "Training planner for trail running and backpacking" \
         --input "$input" --main-jar switchback.jar --main-class dev.switchback.Launcher \
         --runtime-image "$runtime" ${icon:+--icon "$icon"} \
         --java-options "$jvm_options" \
         --add-launcher "$cli_name=$work/cli.properties"

case $os in
  mac) image=$dist/Switchback.app; app_dir=$image/Contents/app; java_bin=$image/Contents/runtime/Contents/Home/bin/java
       launchers=$image/Contents/MacOS ;;
  win) image=$dist/Switchback; app_dir=$image/app; java_bin=$image/runtime/bin/java; launchers=$image ;;
  *) image=$dist/Switchback; app_dir=$image/lib/app; java_bin=$image/lib/runtime/bin/java; launchers=$image/bin ;;
esac

# Linux: the two launchers become short shell scripts (decisions/0013). JDK 17's jpackage launcher asks
# `rpm -qf` and `dpkg -S` which package it belongs to before it starts the JVM: about 120 ms of every start.
# A script starts the image's own java with the options of the launcher's .cfg, written in at build time.
shell_launcher() { # name: writes $launchers/name from $app_dir/name.cfg
  local cfg=$app_dir/$1.cfg out=$launchers/$1 args="" line key value
  [ -f "$cfg" ] || { echo "package.sh: $cfg is missing" >&2; exit 1; }
  while IFS= read -r line || [ -n "$line" ]; do
    key=${line%%=*}; value=${line#*=}
    # Only these characters: the values go inside double quotes, where $APPDIR becomes the script's own.
    case $key:$value in \[*|:) ;; *[!A-Za-z0-9=:+./_,\$-]*) echo "package.sh: $cfg: cannot quote '$line'" >&2; exit 1 ;; esac
    case $key in
      app.classpath) args="$args -cp \"$value\"" ;;
      app.mainclass) main_class=$value ;;
      java-options) args="$args \"$value\"" ;;
      ''|'['*) ;;
      *) echo "package.sh: $cfg: $key is not known to the shell launcher" >&2; exit 1 ;;
    esac
  done < "$cfg"
  args=$(printf '%s' "$args" | sed -e 's/\$APPDIR/$root\/lib\/app/g' -e 's/\$BINDIR/$root\/bin/g' -e 's/\$ROOTDIR/$root/g')
  case $args in *'$'[!r]*) echo "package.sh: $cfg: a \$ variable the shell launcher does not know" >&2; exit 1 ;; esac
  cat > "$out" <<EOS
#!/bin/sh
# Switchback's launcher, made by src/dist/package.sh from lib/app/$1.cfg (decisions/0013): it starts the app's
# Java runtime with the options of that file. It may be called through symlinks (/usr/bin/switchback).
p=\$0
case \$p in */*) ;; *) p=./\$p ;; esac
while [ -h "\$p" ]; do
  l=\$(readlink "\$p") || break
  case \$l in /*) p=\$l ;; *) p=\${p%/*}/\$l ;; esac
done
root=\$(CDPATH= cd -P "\${p%/*}/.." && pwd) || exit 1
exec "\$root/lib/runtime/bin/java"$args "-Djpackage.app-path=\$root/bin/$1" $main_class "\$@"
EOS
  chmod 755 "$out"
}
if [ $os = linux ]; then
  shell_launcher Switchback
  shell_launcher "$cli_name"
  rm -f "$image/lib/libapplauncher.so"   # the native launchers' library
fi

# Training: which classes the window and the commands load. Class names only, so the list is the same
# wherever the app is installed; the archive itself records the jar's path and is made per location
# (below for this image; by the .deb's postinst for /opt/switchback).
echo "[dist] training runs for the class-data-sharing archive"
train=$work/train
mkdir -p "$train/home" "$train/prefs"
train_java() { # list-file args...
  local list=$1; shift
  "$java_bin" -Xshare:auto -XX:DumpLoadedClassList="$list" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -Dswitchback.home="$train/home" -Djava.util.prefs.userRoot="$train/prefs" \
      -cp "$app_dir/switchback.jar" "$@"
}
train_java "$train/cli-sample.lst" dev.switchback.Launcher sample -o "$train/sample.json" >/dev/null
train_java "$train/cli-check.lst" dev.switchback.Launcher check "$train/sample.json" >/dev/null || true
train_java "$train/cli-week.lst" dev.switchback.Launcher check "$train/sample.json" --week "$(date +%G-W%V)" >/dev/null || true
train_java "$train/cli-validate.lst" dev.switchback.Launcher validate "$train/sample.json" >/dev/null
cp "$train/sample.json" "$train/home/plan.json"
window_cmd=("$java_bin" -Xshare:auto -XX:DumpLoadedClassList="$train/window.lst" -XX:+UseSerialGC
    -XX:TieredStopAtLevel=1 -Dswitchback.home="$train/home" -Djava.util.prefs.userRoot="$train/prefs"
    -Dswitchback.startupProbe=true -Dswitchback.exitAfterFirstFrame=true -Dswitchback.firstRunGuide=false
    -cp "$app_dir/switchback.jar" dev.switchback.Launcher)
if [ $os = linux ] && [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    window_cmd=(xvfb-run -a -s '-screen 0 1440x900x24' "${window_cmd[@]}")
  else
    window_cmd=()
    echo "[dist]   no display and no xvfb-run: the archive covers the command line only"
  fi
fi
if [ ${#window_cmd[@]} -gt 0 ]; then
  timeout 120 "${window_cmd[@]}" >"$train/window.out" 2>&1 \
      || echo "[dist]   window training run failed (see $train/window.out): the archive covers the command line only"
fi
# One list: every class once (first occurrence), and the lambda lines.
cat "$train"/*.lst | awk '/^#/ {next} /^@/ {if (!seen[$0]++) print; next} {if (!seen[$1]++) print}' \
    > "$app_dir/switchback.classlist"
echo "[dist]   $(grep -vc '^@' "$app_dir/switchback.classlist") classes"

# The archive for this image; the same command makes it again after the image moved (see the .deb).
dump_archive() { # java app-dir
  "$1" -Xshare:dump -XX:SharedClassListFile="$2/switchback.classlist" -XX:SharedArchiveFile="$2/switchback.jsa" \
       -cp "$2/switchback.jar" >/dev/null
}
dump_archive "$java_bin" "$app_dir"
echo "[dist]   archive $(du -h "$app_dir/switchback.jsa" | cut -f1)"

echo "[dist] app image: $image"
"$launchers/$cli_name" --version

if [ "$want_installer" = installer ]; then
  echo "[dist] jpackage: $installer_type installer"
  res=$work/resources
  mkdir -p "$res"
  if [ $os = linux ]; then
    # jpackage's own postinst/prerm with two additions: the archive made for /opt/switchback, and the
    # `switchback` command on the PATH.
    cp "$here/deb/postinst" "$here/deb/prerm" "$res/"
  fi
  jpackage --type "$installer_type" --dest "$dist/installer" --app-image "$image" --name Switchback \
           --app-version "$app_version" --vendor "Switchback" \
           --description "Training planner for trail running and backpacking" \
           --resource-dir "$res" ${icon:+--icon "$icon"} \
           $( [ $os = linux ] && echo "--linux-package-name switchback --linux-shortcut --linux-menu-group Sports --linux-app-category misc" ) \
           $( [ $os = win ] && echo "--win-menu --win-shortcut --win-dir-chooser" )
  ls -l "$dist/installer"
fi
