#!/bin/sh
# Records the JDK and JavaFX classes the app loads until its window is up, into
# charter-reviewer.classlist, from which `mvn -Pdist package` writes the runtime's CDS archive
# (docs/PERFORMANCE.md, "Start-up and packaging"). Re-run it when start-up changes a lot (a new
# first screen, a new library); a stale list only makes start-up a little slower, never wrong.
#
# Needs a Linux build of the app image (mvn -Pdist package), a display (or Xvfb) and a JDK's
# jimage on the PATH or in JAVA_HOME:
#   Xvfb :93 & DISPLAY=:93 packaging/cds/record-class-list.sh
#
# Only classes inside the runtime image are kept: an archive of classes from the app's jars would
# name their build-time paths, which no longer exist once an installer has put the app elsewhere
# (JDK 17 then refuses the whole archive).
set -eu
cd "$(dirname "$0")/../.."
IMAGE=target/dist/charter-reviewer
LIST=packaging/cds/charter-reviewer.classlist
JIMAGE=${JAVA_HOME:+$JAVA_HOME/bin/}jimage
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/raw.classlist" \
    "$IMAGE/bin/charter-reviewer" --data-dir "$WORK/data" >"$WORK/out.txt" 2>&1 &
APP=$!
LOG=$WORK/data/logs/charter-reviewer.log
# Waits for a line the app logs right after stage.show().
wait_for() {
    for _ in $(seq 1 120); do
        grep -qs "$1" "$LOG" && return 0
        sleep 0.5
    done
    cat "$WORK/out.txt"; echo "The app did not log \"$1\"" >&2; kill "$APP"; exit 1
}
# The first window asks to set a passphrase. With xdotool, type one (twice) so the main window's
# classes are recorded too; without it the list covers the start up to that first window.
wait_for "First window shown"
sleep 2
if command -v xdotool >/dev/null; then
    xdotool type --delay 20 "class list passphrase 2024"; xdotool key Tab
    xdotool type --delay 20 "class list passphrase 2024"; xdotool key Return
    wait_for "Main window shown"
    sleep 2
fi
kill "$APP"
wait "$APP" 2>/dev/null || true

"$JIMAGE" list "$IMAGE/lib/runtime/lib/modules" \
    | awk '/\.class$/ { sub(/^ +/, ""); sub(/\.class$/, ""); print }' >"$WORK/in-runtime.txt"
{
    echo "# Classes for the CDS archive of the packaged runtime: written by packaging/cds/record-class-list.sh"
    echo "# from a real start of the app up to its window; only classes inside the runtime image."
    awk 'NR == FNR { inRuntime[$1] = 1; next }
         /^#/ { next }
         /^@lambda-form-invoker/ { print; next }
         /^@lambda-proxy/ { if ($2 in inRuntime) print; next }
         /^@/ { next }
         ($1 in inRuntime) { print }' "$WORK/in-runtime.txt" "$WORK/raw.classlist"
} >"$LIST"
echo "$(grep -vc '^[#@]' "$LIST") classes in $LIST"
