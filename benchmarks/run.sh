#!/bin/bash
# Issue #15's benchmark runner: each measure of the built app and the floor it could reach, in ONE
# run, interleaved round by round (a busy machine slows both alike), medians and ratios, written
# into docs/PERFORMANCE.md with the machine, load average and date. Never part of `mvn verify`.
#
#   mvn -B -q package -DskipTests            (builds target/charter-reviewer.jar and target/lib)
#   DISPLAY=:99 benchmarks/run.sh [--rounds 3] [--evidence-mb 200] [--pulse-mb 1024] [--attach-mb 500] [--evidence-only|--start-only|--unlock-only|--pulse-only] [--label after] [--jar FILE] [--compare-jar FILE] [--no-write] [--no-lock|--lock-held]
#
# --evidence-mb: the large evidence of the bundle/import measures, in 4 files of random bytes named
# *.mp4 (incompressible, like video); up to 1024. Without DISPLAY the window measures are left out.
# --pulse-mb: the file PulseGap attaches, then exports and imports with the review (0 leaves it out);
# beside it, in each round, PulseFloor: the bare window while H2 alone writes that file (LobFloor), and
# while it is only copied and hashed. --pulse-only: only those pulse-gap rows (with --evidence-mb 4 the
# review's own evidence stays small), for a short run.
# --attach-mb: P3, one random-byte .mp4 file of that size attached with `evidence attach` to an
# amended revision of the demo review (0 leaves it out), beside `sha256sum` + `cp` of the same file
# and H2 alone writing it (LobFloor). --evidence-only: only the evidence and pulse-gap rows (no
# window, status, --version or unlock), for a short run at full size.
# Floors beside the app's own: a bare JVM, a bare JavaFX window, the app's passphrase window alone
# (PassphraseWindowFloor), the key derivation alone and the H2 opening alone (StatusFloor), zip/cp/sha256sum; the dev run with an AppCDS archive of the jars
# (-XX:ArchiveClassesAtExit once in the set-up, then -XX:SharedArchiveFile) is measured beside the
# plain one. Unlocking types the passphrase with xdotool and reads the app's log, twice a round: typed
# as a person types (150 ms a key, once the window shows) and pasted (all keys at once as it shows).
# --jar: another build's jar (its lib/ beside it), e.g. a copy of the code before a change.
# --compare-jar: another build whose first window and unlock rows are timed in the same rounds (its
# unlock rows with the two builds taking turns at going first): a paired before/after on the same
# machine state. --unlock-only: only the unlock rows (with --compare-jar, a short paired run).
# The timed part holds `flock /tmp/mvn.lock` so no Maven build on the shared machine runs meanwhile;
# setting up (making the data folders) happens before, outside the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
ROUNDS=3
EVIDENCE_MB=200
PULSE_MB=1024
ATTACH_MB=500
EVIDENCE_ONLY=0
START_ONLY=0
UNLOCK_ONLY=0
PULSE_ONLY=0
LABEL=""
JAR=$REPO/target/charter-reviewer.jar
COMPARE_JAR=""
WRITE=1
LOCK=1
NOTE=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --evidence-mb) EVIDENCE_MB=$2; shift 2 ;;
        --pulse-mb) PULSE_MB=$2; shift 2 ;;
        --attach-mb) ATTACH_MB=$2; shift 2 ;;
        --evidence-only) EVIDENCE_ONLY=1; shift ;;
        --start-only) START_ONLY=1; shift ;;
        --unlock-only) START_ONLY=1; UNLOCK_ONLY=1; shift ;;
        --pulse-only) PULSE_ONLY=1; ATTACH_MB=0; shift ;;
        --label) LABEL=$2; shift 2 ;;
        --jar) JAR=$(realpath "$2"); shift 2 ;;
        --compare-jar) COMPARE_JAR=$(realpath "$2"); shift 2 ;;
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
# The JVM options the installers' launcher passes (heap cap, GC pause goal); `java -jar` has none.
LAUNCHER_OPTS=$(awk '/^--java-options/ { getline; printf "%s ", $0 }' packaging/launcher.args)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "== setting up in $WORK (evidence ${EVIDENCE_MB} MB, ${ROUNDS} rounds)"
mkdir -p "$WORK/floor"
javac -d "$WORK/floor" -cp "$(ls "$LIB"/javafx-*.jar | tr '\n' ':')" benchmarks/BareWindow.java benchmarks/Hi.java
FX_CP="$WORK/floor:$(ls "$LIB"/javafx-*.jar | tr '\n' ':')"
APP_CP="$JAR:$(ls "$LIB"/*.jar | tr '\n' ':')"
javac -d "$WORK/floor" benchmarks/StatusFloor.java benchmarks/LobFloor.java
javac -d "$WORK/floor" -cp "$APP_CP" benchmarks/PassphraseWindowFloor.java
javac -d "$WORK/floor" -cp "$WORK/floor:$APP_CP" benchmarks/PulseClock.java benchmarks/PulseGap.java \
    benchmarks/PulseFloor.java benchmarks/EvidenceLimit.java
H2_CP="$WORK/floor:$(ls "$LIB"/h2-*.jar)"

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
# Builds before the unlock time was logged cannot be measured for it.
logs_unlock() { unzip -p "$1" org/charterreviewer/app/ProtectedSession.class | grep -q "after the passphrase was given"; }
LOGS_UNLOCK=0
if logs_unlock "$JAR"; then
    LOGS_UNLOCK=1
fi
if [ -n "$COMPARE_JAR" ] && ! logs_unlock "$COMPARE_JAR"; then
    echo "--compare-jar $COMPARE_JAR does not log its unlock time" >&2; exit 2
fi
if [ "$PULSE_ONLY" = 0 ]; then
# F: a copy of A for StatusFloor (H2 compacts the file on its close, which A's own check would notice).
cp -a "$WORK/A" "$WORK/F"
# The dev run's AppCDS archives: one dumped at the end of a `status`, one at the end of a window start.
java -XX:ArchiveClassesAtExit="$WORK/status.jsa" -jar "$JAR" --data-dir "$WORK/A" status >/dev/null 2>&1
if [ -n "${DISPLAY:-}" ]; then
    java -XX:ArchiveClassesAtExit="$WORK/window.jsa" -jar "$JAR" --data-dir "$WORK/A" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do grep -qs "First window shown" "$WORK/A/logs/charter-reviewer.log" && break; sleep 0.05; done
    sleep 1
    kill "$pid"; wait "$pid" || true
fi
fi
# P3: a copy of A whose review has an amended revision to attach to, with the file size limit raised.
if [ "$ATTACH_MB" -gt 0 ]; then
    cp -a "$WORK/A" "$WORK/P3"
    java -cp "$WORK/floor:$APP_CP" EvidenceLimit "$WORK/P3" $(( ATTACH_MB + 1 ))
    app --data-dir "$WORK/P3" review amend "$ID" --reason "Attach benchmark" >/dev/null
    head -c "$(( ATTACH_MB * 1024 * 1024 ))" /dev/urandom >"$WORK/attach.mp4"
fi
if [ "$PULSE_MB" -gt 0 ]; then
    head -c "$(( PULSE_MB * 1024 * 1024 ))" /dev/urandom >"$WORK/pulse.mp4"
fi

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

# Opens the window on A with a build's jar, types the passphrase DELAY ms a key once the window
# shows (0: all at once, as pasted), and appends to NAME.txt the app's "Main window shown N ms after
# the passphrase was given" with the key derivation and database opening it logged for that start.
unlock() { # name jar delay
    local name=$1 jar=$2 delay=$3
    local log=$WORK/A/logs/charter-reviewer.log before windows pid win shown derived opened
    before=$(grep -cs "after the passphrase was given" "$log" || true)
    windows=$(grep -cs "First window shown" "$log" || true)
    java -jar "$jar" --data-dir "$WORK/A" >/dev/null 2>&1 &
    pid=$!
    APP_PIDS+=("$pid")
    for _ in $(seq 1 600); do
        [ "$(grep -cs "First window shown" "$log" || true)" -gt "${windows:-0}" ] && break
        sleep 0.05
    done
    win=$(xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    xdotool windowfocus --sync "$win"
    xdotool type --delay "$delay" "$CHARTER_REVIEWER_PASSPHRASE"
    xdotool key Return
    for _ in $(seq 1 1200); do
        [ "$(grep -cs "after the passphrase was given" "$log" || true)" -gt "${before:-0}" ] && break
        sleep 0.05
    done
    shown=$(grep "after the passphrase was given" "$log" | tail -1 | sed 's/.*shown \([0-9]*\) ms.*/\1/')
    derived=$(grep "Key derived" "$log" | tail -1 | sed 's/.*in \([0-9]*\) ms, database.*/\1/')
    opened=$(grep "Key derived" "$log" | tail -1 | sed 's/.*opened in \([0-9]*\) ms.*/\1/')
    # Quit as the officer does (Ctrl+Q), so the file is closed cleanly and the next start runs the
    # opening's read-only row check as a real start does; killing the app left every later start
    # without that check (a file not closed cleanly has no rows to compare).
    xdotool key ctrl+q
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$shown" ] || { echo "!! unlock: no main window within 60 s" >&2; exit 1; }
    echo "$shown $derived $opened" >>"$WORK/$name.txt"
}

# Typed (about 6-7 keys a second, as a person types) and pasted, for this build and the compared one.
unlock_rows() {
    local first=app second=cmp
    if [ -n "$COMPARE_JAR" ] && [ $(( round % 2 )) = 0 ]; then first=cmp; second=app; fi
    for build in $first $second; do
        if [ "$build" = app ]; then
            unlock app-unlock-typed "$JAR" 150
            unlock app-unlock "$JAR" 0
        elif [ -n "$COMPARE_JAR" ]; then
            unlock cmp-unlock-typed "$COMPARE_JAR" 150
            unlock cmp-unlock "$COMPARE_JAR" 0
        fi
    done
}

run_round() {
    if [ "$PULSE_ONLY" = 0 ]; then
        if [ "$EVIDENCE_ONLY" = 0 ]; then start_rows; fi
        if [ "$START_ONLY" = 0 ]; then evidence_rows; fi
    fi
    if [ "$PULSE_MB" -gt 0 ] && [ -n "${DISPLAY:-}" ]; then
        # The app and its floor take turns at going first, so neither always follows the other's work.
        if [ $(( round % 2 )) = 1 ]; then pulse_app; pulse_floor; else pulse_floor; pulse_app; fi
    fi
}

# PulseGap: the app's window while it attaches the file, exports the review and imports that bundle,
# each round on fresh copies of B and T. Its output and GC log go to pulse-app-<round>.*.
pulse_app() {
    rm -rf "$WORK/P" "$WORK/Q" "$WORK/pulse.zip"
    cp -a "$WORK/B" "$WORK/P"
    cp -a "$WORK/T" "$WORK/Q"
    # shellcheck disable=SC2086
    java $LAUNCHER_OPTS -Xlog:gc:file="$WORK/pulse-app-$round-gc.log":uptime -cp "$WORK/floor:$APP_CP" PulseGap \
        "$WORK/P" "$WORK/Q" "$ID" "$WORK/pulse.mp4" "$WORK/pulse.zip" 2>"$WORK/pulse.err" >"$WORK/pulse-app-$round.out" \
        || { cat "$WORK/pulse.err" >&2; exit 1; }
    rm -rf "$WORK/P" "$WORK/Q" "$WORK/pulse.zip"
}

# PulseFloor: a bare window on the JavaFX and H2 jars alone, same JVM options, while H2 alone writes
# the same file (LobFloor) and then while it is copied and hashed.
pulse_floor() {
    rm -rf "$WORK/PF" "$WORK/pulse-copy.mp4"
    mkdir "$WORK/PF"
    # shellcheck disable=SC2086
    java $LAUNCHER_OPTS -Xlog:gc:file="$WORK/pulse-floor-$round-gc.log":uptime -cp "$FX_CP$H2_CP" PulseFloor \
        "$WORK/PF" "$WORK/pulse.mp4" "$WORK/pulse-copy.mp4" 2>"$WORK/pulse.err" >"$WORK/pulse-floor-$round.out" \
        || { cat "$WORK/pulse.err" >&2; exit 1; }
    rm -rf "$WORK/PF" "$WORK/pulse-copy.mp4"
}

start_rows() {
    if [ "$UNLOCK_ONLY" = 1 ]; then unlock_rows; return; fi
    if [ -n "${DISPLAY:-}" ]; then
        window app-window "$WORK/A/logs/charter-reviewer.log" java -jar "$JAR" --data-dir "$WORK/A"
        if [ -n "$COMPARE_JAR" ]; then
            window cmp-window "$WORK/A/logs/charter-reviewer.log" java -jar "$COMPARE_JAR" --data-dir "$WORK/A"
        fi
        window floor-window "$WORK/bare-window.log" java -cp "$FX_CP" BareWindow
        window floor-passphrase-window "$WORK/bare-window.log" java -cp "$WORK/floor:$APP_CP" PassphraseWindowFloor
        window app-window-cds "$WORK/A/logs/charter-reviewer.log" java -XX:SharedArchiveFile="$WORK/window.jsa" -jar "$JAR" --data-dir "$WORK/A"
        if [ "$LOGS_UNLOCK" = 1 ]; then unlock_rows; fi
    fi
    timed app-status java -jar "$JAR" --data-dir "$WORK/A" status
    timed floor-hi java -cp "$WORK/floor" Hi
    timed app-status-cds java -XX:SharedArchiveFile="$WORK/status.jsa" -jar "$JAR" --data-dir "$WORK/A" status
    timed floor-kdf java -cp "$WORK/floor" StatusFloor kdf "$WORK/F"
    timed floor-h2 java -cp "$H2_CP" StatusFloor h2 "$WORK/F"
    timed app-version java -jar "$JAR" --version
    timed floor-hi2 java -cp "$WORK/floor" Hi
}

evidence_rows() {
    rm -f "$WORK/bundle.zip" "$WORK/floor.zip"
    timed app-export java -jar "$JAR" --data-dir "$WORK/B" bundle export "$ID" --out "$WORK/bundle.zip"
    rm -f "$WORK/bundle.zip"
    # shellcheck disable=SC2086
    timed app-export-launcher java $LAUNCHER_OPTS -jar "$JAR" --data-dir "$WORK/B" bundle export "$ID" --out "$WORK/bundle.zip"
    timed floor-export sh -c "cd '$EVIDENCE_DIR' && zip -0 -r -q '$WORK/floor.zip' . && sha256sum * >/dev/null"
    rm -rf "$WORK/C" "$WORK/copy"
    cp -a "$WORK/T" "$WORK/C"
    timed app-import java -jar "$JAR" --data-dir "$WORK/C" review import "$WORK/review.json"
    rm -rf "$WORK/C"
    cp -a "$WORK/T" "$WORK/C"
    # shellcheck disable=SC2086
    timed app-import-launcher java $LAUNCHER_OPTS -jar "$JAR" --data-dir "$WORK/C" review import "$WORK/review.json"
    timed floor-import sh -c "cp -r '$EVIDENCE_DIR' '$WORK/copy' && sha256sum '$WORK/copy'/* >/dev/null"
    rm -rf "$WORK/L" "$WORK/lob.out"
    mkdir "$WORK/L"
    timed floor-lob-write java -cp "$H2_CP" LobFloor write "$WORK/L" "$EVIDENCE_DIR"/*
    timed floor-lob-read java -cp "$H2_CP" LobFloor read "$WORK/L" "$WORK/lob.out"
    rm -rf "$WORK/L"
    mkdir "$WORK/L"
    # shellcheck disable=SC2086
    timed floor-lob-write-launcher java $LAUNCHER_OPTS -cp "$H2_CP" LobFloor write "$WORK/L" "$EVIDENCE_DIR"/*
    rm -rf "$WORK/L"
    if [ "$ATTACH_MB" -gt 0 ]; then
        rm -rf "$WORK/P3r" "$WORK/attach-copy.mp4"
        cp -a "$WORK/P3" "$WORK/P3r"
        timed app-attach java -jar "$JAR" --data-dir "$WORK/P3r" evidence attach "$ID" "$WORK/attach.mp4" --caption Clip
        rm -rf "$WORK/P3r"
        cp -a "$WORK/P3" "$WORK/P3r"
        # shellcheck disable=SC2086
        timed app-attach-launcher java $LAUNCHER_OPTS -jar "$JAR" --data-dir "$WORK/P3r" evidence attach "$ID" "$WORK/attach.mp4" --caption Clip
        rm -rf "$WORK/P3r"
        timed floor-attach sh -c "sha256sum '$WORK/attach.mp4' >/dev/null && cp '$WORK/attach.mp4' '$WORK/attach-copy.mp4'"
        rm -f "$WORK/attach-copy.mp4"
        mkdir "$WORK/L"
        timed floor-lob-attach java -cp "$H2_CP" LobFloor write "$WORK/L" "$WORK/attach.mp4"
        rm -rf "$WORK/L"
    fi
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

unlock_row() { # name how which-build
    [ -f "$WORK/$1.txt" ] || return 0
    local beyond window
    beyond=$(awk '{ print $1 - $2 }' "$WORK/$1.txt" | median)
    window=$(awk '{ print $1 - $2 - $3 }' "$WORK/$1.txt" | median)
    printf '| unlock: passphrase %s → main window shown%s | %s (runs: %s ms) | key derivation logged by the same starts: %s; database opening %s (runs: %s ms) | **%s** beyond the key derivation (runs: %s ms), %s beyond it and the opening (medians of the runs'"'"' differences) | ≤ 1 s beyond the key derivation |\n' \
        "$2" "$3" "$(secs "$(col "$1" 1)")" "$(runs "$1")" "$(secs "$(col "$1" 2)")" "$(secs "$(col "$1" 3)")" \
        "$(cut -d' ' -f3 "$WORK/$1.txt" | tr '\n' ' ' | sed 's/ $//')" "$(secs "$beyond")" \
        "$(awk '{ printf "%s%d", (NR > 1 ? " " : ""), $1 - $2 }' "$WORK/$1.txt")" "$(secs "$window")"
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
    row "first window (passphrase), compared build \`$COMPARE_JAR\`" cmp-window floor-window "bare JavaFX window, same jars" "≤ 1.3×"
    row "floor 2: the app's passphrase window alone (its view and style sheet, none of the app's start), same jars" floor-passphrase-window floor-window "bare JavaFX window, same jars" "—"
    row "first window (passphrase), \`java -jar\`, against floor 2" app-window floor-passphrase-window "the passphrase window alone" "—"
    row "first window, dev run with an AppCDS archive of the jars" app-window-cds floor-window "bare JavaFX window, same jars" "≤ 1.3×"
    unlock_row app-unlock-typed "typed, 150 ms a key" ""
    unlock_row app-unlock "pasted (all keys at once as the window shows)" ""
    unlock_row cmp-unlock-typed "typed, 150 ms a key" ", compared build \`$COMPARE_JAR\`"
    unlock_row cmp-unlock "pasted" ", compared build \`$COMPARE_JAR\`"
    row "\`status\` on an existing encrypted data folder" app-status floor-hi "\`java\` printing hi" "≤ 5×" rss
    row "\`status\`, dev run with an AppCDS archive of the jars" app-status-cds floor-hi "\`java\` printing hi" "≤ 5×" rss
    row "floor: bare JVM deriving the key (PBKDF2, the project's 210,000 rounds)" floor-kdf floor-hi "\`java\` printing hi" "what stops ≤ 5×" rss
    row "floor: that, then H2 opening the same encrypted file once (plain JDBC, one count)" floor-h2 floor-hi "\`java\` printing hi" "what stops ≤ 5×" rss
    row "\`status\` against its true floor" app-status floor-h2 "key derivation + H2 opening, bare JVM" "—" rss
    row "\`--version\`" app-version floor-hi2 "\`java\` printing hi" "≤ 3×" rss
    row "\`bundle export\` of the review with the large evidence" app-export floor-export "\`zip -0 -r\` + \`sha256sum\`" "≤ 1.3×, RSS ≤ 400 MB" rss
    row "\`review import\` of that review (into a fresh folder)" app-import floor-import "\`cp -r\` + \`sha256sum\`" "≤ 1.5×, RSS ≤ 400 MB" rss
    row "\`bundle export\`, with the installers' JVM options (\`$LAUNCHER_OPTS\`)" app-export-launcher floor-export "\`zip -0 -r\` + \`sha256sum\`" "≤ 1.3×, RSS ≤ 400 MB" rss
    row "\`review import\`, with the installers' JVM options" app-import-launcher floor-import "\`cp -r\` + \`sha256sum\`" "≤ 1.5×, RSS ≤ 400 MB" rss
    row "floor: bare JVM, H2 alone reading those files back as encrypted BLOBs (LobFloor, 1 MB reads)" floor-lob-read floor-export "\`zip -0 -r\` + \`sha256sum\`" "what stops ≤ 1.3×" rss
    row "\`bundle export\` against H2's own read of the same BLOBs" app-export floor-lob-read "LobFloor read" "—" rss
    row "floor: bare JVM, H2 alone writing those files as encrypted BLOBs in one transaction (LobFloor)" floor-lob-write floor-import "\`cp -r\` + \`sha256sum\`" "what stops ≤ 1.5×" rss
    row "\`review import\` against H2's own write of the same BLOBs" app-import floor-lob-write "LobFloor write" "—" rss
    row "floor: H2 alone writing those BLOBs with the installers' JVM options (LobFloor; its peak RSS is the floor of the import's)" floor-lob-write-launcher floor-import "\`cp -r\` + \`sha256sum\`" "what stops ≤ 1.5×, RSS ≤ 400 MB" rss
    row "\`review import\` with the installers' JVM options against H2's own write with them" app-import-launcher floor-lob-write-launcher "LobFloor write, same options" "—" rss
    row "P3: \`evidence attach\` of a ${ATTACH_MB} MB file, \`java -jar\`" app-attach floor-attach "\`sha256sum\` + \`cp\` of the file" "≤ 1.5×" rss
    row "P3: \`evidence attach\`, with the installers' JVM options" app-attach-launcher floor-attach "\`sha256sum\` + \`cp\` of the file" "≤ 1.5×" rss
    row "floor: bare JVM, H2 alone writing that file as an encrypted BLOB (LobFloor)" floor-lob-attach floor-attach "\`sha256sum\` + \`cp\` of the file" "what stops ≤ 1.5×" rss
    row "P3 against H2's own write of the same file" app-attach floor-lob-attach "LobFloor write" "—" rss
    if [ "$PULSE_MB" -gt 0 ] && [ -n "${DISPLAY:-}" ]; then
        python3 benchmarks/pulse_rows.py "$WORK" "$PULSE_MB"
    fi
    echo
} >"$TABLE"
cat "$TABLE"

if [ "$WRITE" = 1 ]; then
    python3 benchmarks/write_table.py docs/PERFORMANCE.md "$LABEL" "$TABLE"
    echo "== written into docs/PERFORMANCE.md (run \`$LABEL\`)"
fi
