"""Golden output: check that a change meant to keep behaviour (a speed-up, a refactor) does.

Parses every text of the shared corpora (PolNeAR train and dev, the Reuters sample, the
newspaper3k files, every Multi-News dev cluster) and the hostile inputs of
``adversarial.py`` at a small scale, and writes one line per input: its name and the full
JSON of the parsed bundle. ``--check`` parses again and compares line by line, printing the
first differences and exiting with status 1 when any input's output changed.

usage: PYTHONPATH=src python benchmarks/golden.py --write FILE
       PYTHONPATH=src python benchmarks/golden.py --check FILE [--show 5]

Keep FILE outside the repository: it holds corpus text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import newsdoc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import cases

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def inputs() -> Iterator[tuple[str, str | Path]]:
    """(name, text) of every input, in a fixed order."""
    for split in ("train", "dev"):
        path = CORPORA / "polnear" / f"polnear-{split}.jsonl"
        if path.exists():
            for doc in map(json.loads, path.open(encoding="utf-8")):
                yield f"polnear-{split}/{doc['id']}", doc["text"]
    path = CORPORA / "reuters" / "reuters-dev.jsonl"
    if path.exists():
        for k, doc in enumerate(map(json.loads, path.open(encoding="utf-8"))):
            yield f"reuters/{doc.get('id', k)}", doc["text"]
    folder = CORPORA / "newspaper3k" / "text"
    if folder.exists():
        for file in sorted(folder.iterdir()):
            yield f"newspaper3k/{file.name}", file.read_text(encoding="utf-8", errors="replace")
    path = CORPORA / "multinews" / "multinews-dev.src"
    if path.exists():
        for k, line in enumerate(path.open(encoding="utf-8")):
            yield f"multinews/{k}", line.rstrip("\n")
    seeds = CORPORA.parent / "seeds"
    if seeds.exists():
        yield "seeds", seeds  # a directory bundle
    for name, make in cases(0.02).items():
        yield f"hostile/{name}", make()


def render(text: str | Path) -> str:
    """The parsed bundle of *text* as canonical JSON."""
    bundle = newsdoc.parse(text)
    data = bundle.to_dict()
    data.pop("source", None)  # where it came from: the checkout's path, not behaviour
    return json.dumps(data, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, metavar="FILE")
    group.add_argument("--check", type=Path, metavar="FILE")
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()
    if args.write is not None:
        with args.write.open("w", encoding="utf-8") as out:
            count = 0
            for name, text in inputs():
                out.write(json.dumps([name, render(text)]) + "\n")
                count += 1
        print(f"wrote {count} outputs to {args.write}")
        return 0
    saved = dict(json.loads(line) for line in args.check.open(encoding="utf-8"))
    changed = []
    seen = 0
    for name, text in inputs():
        seen += 1
        if saved.get(name) != render(text):
            changed.append(name)
    missing = len(saved) - seen
    print(f"{seen} inputs, {len(changed)} changed, {max(0, missing)} saved ones not seen")
    for name in changed[:args.show]:
        print("  changed:", name)
    return 1 if changed or missing > 0 else 0


if __name__ == "__main__":
    sys.exit(main())
