"""How often ``speaker_resolved`` names the right person for a pronoun speaker.

Reads hand verdicts on a random sample of pronoun speakers newsdoc resolved in the
Multi-News dev file (``benchmarks/labels/multinews-dev-pronoun-resolutions.tsv``: offsets,
verdicts and a hash of the name resolved when the verdict was given, no corpus text), parses
the file again and prints the share of the sampled resolutions that name the right person.
A row resolved to another name since is listed (it needs a new verdict), and so is one no
longer resolved; the figure counts only the rows that still resolve as they were judged.

usage: PYTHONPATH=src python benchmarks/resolution_audit.py [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import newsdoc

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent.parent / "shared" / "corpora" / "multinews" / "multinews-dev.src"
LABELS = ROOT / "labels" / "multinews-dev-pronoun-resolutions.tsv"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print("corpora not found, skipped")
        return 0
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    # one verdict per speaker mention ("duplicate" rows repeat one: a continued quotation)
    wanted = {(int(r[0]), int(r[1]), int(r[2])): (r[3], r[4]) for r in rows
              if r[3] != "duplicate"}
    found: dict[tuple[int, int, int], str | None] = {}
    for bundle in newsdoc.iter_bundles(CORPUS):
        for article in bundle:
            line = article.location.line if article.location is not None else 0
            for quote in article.quotes:
                if quote.speaker is not None:
                    key = (line, article.index, quote.speaker.span.start)
                    if key in wanted:
                        found[key] = quote.speaker_resolved
    counts = {"right": 0, "wrong": 0, "changed": 0, "unresolved": 0}
    for key, (verdict, digest) in sorted(wanted.items()):
        name = found.get(key)
        if name is None:  # no longer resolved: nothing to judge
            counts["unresolved"] += 1
            print(f"  no longer resolved (line {key[0]}, article {key[1]}, offset {key[2]}; "
                  f"was {verdict})")
        elif hashlib.sha1(name.encode()).hexdigest()[:10] != digest:
            counts["changed"] += 1
            print(f"  another name since the verdict (line {key[0]}, article {key[1]}, "
                  f"offset {key[2]}): now {name!r}, needs a new verdict")
        else:
            counts["right" if verdict.startswith("right") else "wrong"] += 1
    judged = counts["right"] + counts["wrong"]
    precision = round(counts["right"] / judged, 3) if judged else None
    print(f"pronoun resolutions judged: {judged}, right person: {counts['right']} "
          f"({precision}), wrong: {counts['wrong']}; since judged, another name: "
          f"{counts['changed']}, no longer resolved: {counts['unresolved']}")
    if args.json:
        print(json.dumps({"pronoun_precision": precision, "judged": judged, **counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
