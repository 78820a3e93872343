#!/bin/bash
# Measures how long the packaged app takes from process start to its main window, as the app
# itself logs it ("First window shown N ms after the process started"), for several CDS set-ups,
# interleaved round by round so a busy machine slows them all alike. Prints the median per set-up.
# Needs the Linux app image (mvn -Pdist package) and a display (or Xvfb):
#   Xvfb :93 & DISPLAY=:93 packaging/cds/measure-startup.sh [runs]
set -eu
cd "$(dirname "$0")/../.."
IMAGE=target/dist/charter-reviewer
RUNS=${1:-7}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOG=$WORK/data/logs/charter-reviewer.log

shown_count() { local n; n=$(grep -cs "First window shown" "$LOG" || true); echo "${n:-0}"; }

# Starts the window once with the given JVM options and prints the logged milliseconds and the
# CPU time (user + system) the process had used by then, as "wall/cpu".
window_ms() {
    local before pid cpu
    before=$(shown_count)
    JAVA_TOOL_OPTIONS="$1" "$IMAGE/bin/charter-reviewer" --data-dir "$WORK/data" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 200); do
        [ "$(shown_count)" -gt "$before" ] && break
        sleep 0.05
    done
    # utime + stime in clock ticks (fields 14 and 15; the command name has no spaces here).
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat")
    sleep "${2:-0.3}"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$(grep "First window shown" "$LOG" | tail -1 | sed 's/.*shown \([0-9]*\) ms.*/\1/')/$cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The first start creates the database; every measured start opens an existing one, as officers do.
window_ms "" >/dev/null
# What jlink --generate-cds-archive would ship: the JDK's own default class list, no JavaFX.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedArchiveFile=$WORK/jdk-only.jsa -Xlog:cds=error" \
    "$IMAGE/bin/charter-reviewer" --version >/dev/null 2>&1
# For comparison only: a dynamic archive of everything loaded, app jars included (the archive
# names the jars' paths, so it would break once an installer moves them; not shipped).
window_ms "-XX:ArchiveClassesAtExit=$WORK/with-app-jars.jsa" 3 >/dev/null

declare -A SETUPS=(
    ["1 no CDS at all (-Xshare:off)"]="-Xshare:off"
    ["2 JDK default class list only"]="-XX:SharedArchiveFile=$WORK/jdk-only.jsa"
    ["3 shipped: JDK + JavaFX classes"]=""
    ["4 not shippable: + app jars"]="-XX:SharedArchiveFile=$WORK/with-app-jars.jsa"
)
for name in "${!SETUPS[@]}"; do : >"$WORK/$name.txt"; done
for _ in $(seq 1 "$RUNS"); do
    for name in "${!SETUPS[@]}"; do
        window_ms "${SETUPS[$name]}" >>"$WORK/$name.txt"
    done
done
for name in "${!SETUPS[@]}"; do
    printf '%-34s median wall %5s ms, cpu %5s ms   runs (wall/cpu): %s\n' "$name" \
        "$(cut -d/ -f1 "$WORK/$name.txt" | median)" "$(cut -d/ -f2 "$WORK/$name.txt" | median)" \
        "$(tr '\n' ' ' <"$WORK/$name.txt")"
done | sort

for setup in "-Xshare:off" ""; do
    start=$(date +%s%N)
    JAVA_TOOL_OPTIONS="$setup" "$IMAGE/bin/charter-reviewer" --version >/dev/null 2>&1
    echo "--version with '${setup:-shipped archive}': $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
