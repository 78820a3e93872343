#!/usr/bin/env python3
"""Adds large evidence files to a review file written by `review export` (benchmarks/run.sh).

Usage: add_evidence.py REVIEW.json FILE...  — each FILE is copied into REVIEW.evidence/ under its
SHA-256 and listed in the review's evidence (not linked to any item, so the award rule's outcome is
unchanged). Hashes in 8 MB reads, never holding a file in memory.
"""
import hashlib
import json
import os
import shutil
import sys

review_path, files = sys.argv[1], sys.argv[2:]
with open(review_path, encoding="utf-8") as f:
    review = json.load(f)
evidence_dir = os.path.splitext(review_path)[0] + ".evidence"
os.makedirs(evidence_dir, exist_ok=True)
next_id = max([e["id"] for e in review["evidence"]], default=0) + 1
template = review["evidence"][0] if review["evidence"] else {}
for path in files:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(8 << 20), b""):
            digest.update(block)
    sha = digest.hexdigest()
    shutil.copyfile(path, os.path.join(evidence_dir, sha))
    review["evidence"].append({
        "id": next_id,
        "name": os.path.basename(path),
        "sha256": sha,
        "size": os.path.getsize(path),
        "mediaType": "video/mp4",
        "caption": "Benchmark clip",
        "internal": False,
        "metadataRemoved": False,
        "addedAt": template.get("addedAt", "2026-11-01T10:00:00Z"),
    })
    next_id += 1
with open(review_path, "w", encoding="utf-8") as f:
    json.dump(review, f, indent=2, ensure_ascii=False)
