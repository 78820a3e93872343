#!/usr/bin/env python3
"""Puts one benchmarks/run.sh table into docs/PERFORMANCE.md (benchmarks/run.sh).

Usage: write_table.py PERFORMANCE.md LABEL TABLE.md — the run is kept between markers named after
its label: a run with the same label replaces it, a new label is added after the last run, so
"before" and "after" stay side by side.
"""
import sys

doc_path, label, table_path = sys.argv[1:4]
with open(doc_path, encoding="utf-8") as f:
    doc = f.read()
with open(table_path, encoding="utf-8") as f:
    table = f.read().rstrip("\n") + "\n"
begin, end = f"<!-- run.sh {label} begin -->\n", f"<!-- run.sh {label} end -->\n"
block = begin + table + end
section_end = "<!-- run.sh runs end -->\n"
if begin in doc and end in doc:
    doc = doc[:doc.index(begin)] + block + doc[doc.index(end) + len(end):]
elif section_end in doc:
    doc = doc.replace(section_end, block + "\n" + section_end)
else:
    doc = doc.rstrip("\n") + "\n\n## Benchmark runs (`benchmarks/run.sh`)\n\n" + block + "\n" + section_end
with open(doc_path, "w", encoding="utf-8") as f:
    f.write(doc)
