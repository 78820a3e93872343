"""Matches PulseClock's long gaps with the JVM's GC pauses (run.sh; -Xlog:gc:file=...:uptime).

    python3 benchmarks/pulse_gc.py PULSE_OUTPUT GC_LOG

PULSE_OUTPUT holds PulseGap's or PulseFloor's "pulse-gap", "pulse-step" and "pulse-long" lines (JVM
uptime in ms). Prints one line a step: "pulse-gc STEP text", the text saying how many gaps over two
frames there were, how many of them lay on a stop-the-world pause and which pause the longest gap
lay on. benchmarks/pulse_rows.py uses match() for its table.
"""
import re
import sys


def read_pauses(gc_log):
    pauses = []  # (start_ms, end_ms, text)
    for line in open(gc_log, encoding="utf-8", errors="replace"):
        m = re.match(r"\[(\d+\.\d+)s\].*?GC\(\d+\) (Pause .*?) ([0-9.]+)ms\s*$", line)
        if m:
            end = float(m.group(1)) * 1000
            took = float(m.group(3))
            what = re.sub(r" \d+M->\d+M\(\d+M\)", "", m.group(2))
            pauses.append((end - took, end, "%s %d ms" % (what, round(took))))
    return pauses


def match(pulse_output, gc_log):
    """{step: (text, whether the step's longest gap over 33 ms lay on a GC pause)}, in step order."""
    pauses = read_pauses(gc_log)
    gaps = {}
    steps = []
    for line in open(pulse_output, encoding="utf-8"):
        words = line.split()
        if words and words[0] == "pulse-long":
            gaps.setdefault(words[1], []).append((int(words[2]), int(words[3]), int(words[4])))
        elif words and words[0] == "pulse-step":
            steps.append(words[1])

    def on_pause(gap):
        # The log's uptime has millisecond steps: a pause counts when it overlaps the gap by any of it.
        return [text for start, end, text in pauses if start < gap[1] + 1 and end > gap[0] - 1]

    result = {}
    for step in steps:
        found = gaps.get(step, [])
        if not found:
            result[step] = ("no gap over 33 ms", False)
            continue
        longest = max(found, key=lambda gap: gap[2])
        matched = sum(1 for gap in found if on_pause(gap))
        under = on_pause(longest)
        result[step] = ("%d gaps over 33 ms, %d of them on a GC pause; the longest (%d ms) %s" % (
            len(found), matched, longest[2], "on " + ", ".join(under) if under else "on no GC pause"), bool(under))
    return result


if __name__ == "__main__":
    for step, (text, _) in match(sys.argv[1], sys.argv[2]).items():
        print("pulse-gc %s %s" % (step, text))
