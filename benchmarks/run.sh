#!/bin/bash
# Issue #15's benchmark runner: each measure of the built app and the floor it could reach, in ONE
# run, interleaved round by round (a busy machine slows both alike), medians and ratios, written
# into docs/PERFORMANCE.md with the machine, load average and date. Never part of `mvn verify`.
#
#   mvn -B -q package -DskipTests            (builds target/charter-reviewer.jar and target/lib)
#   DISPLAY=:99 benchmarks/run.sh [--rounds 3] [--evidence-mb 200] [--label after] [--jar FILE] [--no-write] [--no-lock|--lock-held]
#
# --evidence-mb: the large evidence of the bundle/import measures, in 4 files of random bytes named
# *.mp4 (incompressible, like video); up to 1024. Without DISPLAY the window measure is left out.
# --jar: another build's jar (its lib/ beside it), e.g. a copy of the code before a change.
# The timed part holds `flock /tmp/mvn.lock` so no Maven build on the shared machine runs meanwhile;
# setting up (making the data folders) happens before, outside the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
ROUNDS=3
EVIDENCE_MB=200
LABEL=""
JAR=$REPO/target/charter-reviewer.jar
WRITE=1
LOCK=1
NOTE=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --evidence-mb) EVIDENCE_MB=$2; shift 2 ;;
        --label) LABEL=$2; shift 2 ;;
        --jar) JAR=$(realpath "$2"); shift 2 ;;
        --no-write) WRITE=0; shift ;;
        --no-lock) LOCK=0; NOTE="Timed WITHOUT the Maven lock: other builds may have run meanwhile."; shift ;;
        --lock-held) LOCK=0; shift ;;          # the caller holds /tmp/mvn.lock (several runs back to back)
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q package -DskipTests first" >&2; exit 2; }
LIB=$(dirname "$JAR")/lib
LABEL=${LABEL:-$(git rev-parse --short HEAD)}
WORK=$(mktemp -d /tmp/charter-bench.XXXXXX)
APP_PIDS=()
cleanup() {
    for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
export CHARTER_REVIEWER_PASSPHRASE='benchmark passphrase, long enough'
app() { java -jar "$JAR" "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "== setting up in $WORK (evidence ${EVIDENCE_MB} MB, ${ROUNDS} rounds)"
mkdir -p "$WORK/floor"
javac -d "$WORK/floor" -cp "$(ls "$LIB"/javafx-*.jar | tr '\n' ':')" benchmarks/BareWindow.java benchmarks/Hi.java
FX_CP="$WORK/floor:$(ls "$LIB"/javafx-*.jar | tr '\n' ':')"

# Folder A: the demo review (the window and status open it). Folder B: that review with the large
# evidence, imported from a review file (bundle export reads it). T: a fresh, encrypted, empty
# folder that every import round starts from a copy of.
ID=$(app --data-dir "$WORK/A" demo | tail -1)
app --data-dir "$WORK/A" review export "$ID" --out "$WORK/review.json" >/dev/null
per_file=$(( EVIDENCE_MB / 4 ))
for i in 1 2 3 4; do
    head -c "$(( per_file * 1024 * 1024 ))" /dev/urandom >"$WORK/clip-$i.mp4"
done
python3 benchmarks/add_evidence.py "$WORK/review.json" "$WORK"/clip-*.mp4
rm "$WORK"/clip-*.mp4
app --data-dir "$WORK/T" status >/dev/null
cp -a "$WORK/T" "$WORK/B"
app --data-dir "$WORK/B" review import "$WORK/review.json" >/dev/null
app --data-dir "$WORK/B" identity create --name "Benchmark Officer" --role Officer --council "Bench Council" >/dev/null
app --data-dir "$WORK/A" --help >/dev/null   # warm the page cache for the jars
EVIDENCE_DIR="$WORK/review.evidence"

# Each measure appends "wall_ms cpu_ms rss_kb" to $WORK/<name>.txt.
timed() { # name command...
    local name=$1; shift
    local start end
    start=$(now_ms)
    /usr/bin/time -f "%U %S %M" -o "$WORK/time.out" "$@" >/dev/null 2>"$WORK/last.err" \
        || { echo "!! $name failed:" >&2; cat "$WORK/last.err" >&2; exit 1; }
    end=$(now_ms)
    read -r user sys rss <"$WORK/time.out"
    echo "$(( end - start )) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }') $rss" >>"$WORK/$name.txt"
}

# Starts a window and records the "First window shown N ms after the process started" it prints or
# logs (both take the time from process start to stage.show() the same way), then closes it.
window() { # name logfile command...
    local name=$1 log=$2; shift 2
    local before pid line
    before=$(grep -cs "First window shown" "$log" || true)
    "$@" >>"$WORK/bare-window.log" 2>/dev/null &
    pid=$!
    APP_PIDS+=("$pid")
    for _ in $(seq 1 600); do
        [ "$(grep -cs "First window shown" "$log" || true)" -gt "${before:-0}" ] && break
        sleep 0.05
    done
    line=$(grep "First window shown" "$log" | tail -1 | sed 's/.*shown \([0-9]*\) ms.*/\1/')
    [ -n "$line" ] || { echo "!! $name: no window within 30 s" >&2; exit 1; }
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$line 0 0" >>"$WORK/$name.txt"
}

run_round() {
    if [ -n "${DISPLAY:-}" ]; then
        window app-window "$WORK/A/logs/charter-reviewer.log" java -jar "$JAR" --data-dir "$WORK/A"
        window floor-window "$WORK/bare-window.log" java -cp "$FX_CP" BareWindow
    fi
    timed app-status java -jar "$JAR" --data-dir "$WORK/A" status
    timed floor-hi java -cp "$WORK/floor" Hi
    timed app-version java -jar "$JAR" --version
    timed floor-hi2 java -cp "$WORK/floor" Hi
    rm -f "$WORK/bundle.zip" "$WORK/floor.zip"
    timed app-export java -jar "$JAR" --data-dir "$WORK/B" bundle export "$ID" --out "$WORK/bundle.zip"
    timed floor-export sh -c "cd '$EVIDENCE_DIR' && zip -0 -r -q '$WORK/floor.zip' . && sha256sum * >/dev/null"
    rm -rf "$WORK/C" "$WORK/copy"
    cp -a "$WORK/T" "$WORK/C"
    timed app-import java -jar "$JAR" --data-dir "$WORK/C" review import "$WORK/review.json"
    timed floor-import sh -c "cp -r '$EVIDENCE_DIR' '$WORK/copy' && sha256sum '$WORK/copy'/* >/dev/null"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== waiting for /tmp/mvn.lock (no Maven build runs while timing)"
exec 9>/tmp/mvn.lock
if [ "$LOCK" = 1 ]; then flock 9; fi
echo "== timing, load average $LOAD_BEFORE"
for round in $(seq 1 "$ROUNDS"); do
    echo "   round $round"
    run_round
done
if [ "$LOCK" = 1 ]; then flock -u 9; fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print v[int((NR + 1) / 2)] }'; }
col() { [ -f "$WORK/$1.txt" ] && cut -d' ' -f"$2" "$WORK/$1.txt" | median || echo 0; }
runs() { [ -f "$WORK/$1.txt" ] && cut -d' ' -f1 "$WORK/$1.txt" | tr '\n' ' ' | sed 's/ $//' || true; }
secs() { awk -v m="$1" 'BEGIN { printf "%.2f s", m / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%d MB", k / 1024 }'; }

row() { # label app floor floor-label goal [rss]
    local a f
    a=$(col "$2" 1); f=$(col "$3" 1)
    [ "$a" = 0 ] && return
    printf '| %s | %s (runs: %s ms)%s | %s: %s (runs: %s ms) | **%s** | %s |\n' "$1" "$(secs "$a")" "$(runs "$2")" \
        "${6:+; CPU $(secs "$(col "$2" 2)"), peak RSS $(mb "$(col "$2" 3)")}" \
        "$4" "$(secs "$f")" "$(runs "$3")" "$(ratio "$a" "$f")" "$5"
}

TABLE=$WORK/table.md
{
    echo "#### Run \`$LABEL\` — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"
    echo "$(java -version 2>&1 | head -1), $(uname -sr); load average $LOAD_BEFORE before, $LOAD_AFTER after;"
    echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'), jar \`${JAR#"$REPO"/}\`;"
    echo "$ROUNDS rounds, app and floor interleaved; evidence $((per_file * 4)) MB in 4 random-byte .mp4 files. Medians. $NOTE"
    echo
    echo "| measure | the app | the floor, same run | ratio | goal |"
    echo "|---|---|---|---|---|"
    row "first window (passphrase) from process start, \`java -jar\`" app-window floor-window "bare JavaFX window, same jars" "≤ 1.3×"
    row "\`status\` on an existing encrypted data folder" app-status floor-hi "\`java\` printing hi" "≤ 5×" rss
    row "\`--version\`" app-version floor-hi2 "\`java\` printing hi" "≤ 3×" rss
    row "\`bundle export\` of the review with the large evidence" app-export floor-export "\`zip -0 -r\` + \`sha256sum\`" "≤ 1.3×, RSS ≤ 400 MB" rss
    row "\`review import\` of that review (into a fresh folder)" app-import floor-import "\`cp -r\` + \`sha256sum\`" "≤ 1.5×, RSS ≤ 400 MB" rss
    echo
} >"$TABLE"
cat "$TABLE"

if [ "$WRITE" = 1 ]; then
    python3 benchmarks/write_table.py docs/PERFORMANCE.md "$LABEL" "$TABLE"
    echo "== written into docs/PERFORMANCE.md (run \`$LABEL\`)"
fi
