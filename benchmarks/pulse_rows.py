"""The pulse-gap rows of benchmarks/run.sh's table: the app (PulseGap) and its floor (PulseFloor),
both run once a round, as medians over the rounds.

    python3 benchmarks/pulse_rows.py WORK PULSE_MB

WORK holds, for each round N, pulse-app-N.out and pulse-floor-N.out (the programs' output) with
pulse-app-N-gc.log and pulse-floor-N-gc.log (-Xlog:gc:...:uptime). Prints markdown table rows.
"""
import glob
import os
import re
import sys

from pulse_gc import match

work, size_mb = sys.argv[1], sys.argv[2]


def rounds(program):
    """[(round, {step: (gap_ms, pulses, seconds, ended_at_ms)}, {step: (gc text, on a pause)})]"""
    found = []
    for out in glob.glob(os.path.join(work, "pulse-%s-*.out" % program)):
        n = int(re.search(r"-(\d+)\.out$", out).group(1))
        steps = {}
        for line in open(out, encoding="utf-8"):
            words = line.split()
            if words and words[0] == "pulse-gap":
                steps[words[1]] = (int(words[2]), int(words[3]), words[4], int(words[5]))
        gc_log = out[:-len(".out")] + "-gc.log"
        found.append((n, steps, match(out, gc_log) if os.path.exists(gc_log) else {}))
    return sorted(found)


APP, FLOOR = rounds("app"), rounds("floor")


def cell(runs, step, brief=False):
    """'73 ms (runs: ...; ...)' for one step: the median (run.sh's: the lower middle) and, unless
    brief, what the median run's longest gaps lay on."""
    have = [(steps[step][0], n, steps, gc) for n, steps, gc in runs if step in steps]
    if not have:
        return None, "—"
    ordered = sorted(have)
    gap, _, steps, gc = ordered[(len(ordered) + 1) // 2 - 1]
    _, pulses, seconds, at = steps[step]
    listed = " ".join(str(g) for g, _, _, _ in sorted(have, key=lambda h: h[1]))
    if brief:
        return gap, "%d ms (runs: %s ms)" % (gap, listed)
    on_pause = sum(1 for _, _, _, g in have if step in g and g[step][1])
    text = "%d ms (runs: %s ms; the median run: %d pulses in %s s, the gap ended %d ms into it, %s; " \
           "the longest gap on a GC pause in %d of %d runs)" % (
               gap, listed, pulses, seconds, at,
               gc.get(step, ("no GC log", False))[0], on_pause, len(have))
    return gap, text


def ratio(a, b):
    return "**%.1f×**" % (a / b) if a is not None and b else "—"


def row(measure, app, floor_label, floor, goal):
    (a, a_text), (f, f_text) = app, floor
    if a is None:
        return
    print("| %s | %s | %s: %s | %s | %s |" % (measure, a_text, floor_label, f_text, ratio(a, f), goal))


opts = "the installers' JVM options"
row("longest gap between JavaFX pulses, the window idle 2 s (PulseGap's window, %s)" % opts,
    cell(APP, "idle"), "the bare window (PulseFloor) idle 2 s, same options", cell(FLOOR, "idle", True), "—")
row("longest gap between JavaFX pulses during attach (%s MB file; PulseGap, the UI's task executor, %s)" % (
    size_mb, opts), cell(APP, "attach"),
    "floor: the bare window while H2 alone writes the same file as an encrypted BLOB (PulseFloor: "
    "LobFloor's write on a background thread of the same JVM, same options; its GC matching in the next row)", cell(FLOOR, "h2-write", True), "≤ 50 ms")
row("floor: pulses while H2 alone writes the file (bare window + LobFloor's write, one transaction, "
    "AES, the app's page cache; %s)" % opts, cell(FLOOR, "h2-write"),
    "the same bare window idle", cell(FLOOR, "idle", True), "what stops ≤ 50 ms, if over it")
row("floor: pulses while the file is only copied and SHA-256-hashed, no H2 (bare window, 1 MB buffer; "
    "the attach's first half)", cell(FLOOR, "copy-hash"), "the same bare window idle", cell(FLOOR, "idle", True), "—")
for step in ("export", "import"):
    row("longest gap between JavaFX pulses during %s (%s MB file; PulseGap, the UI's task executor, %s)" % (
        step, size_mb, opts), cell(APP, step), "the same window idle", cell(APP, "idle", True), "≤ 50 ms")
