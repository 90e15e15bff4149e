"""Bundle reading on real and generated data.

Prints, for ../shared/corpora/multinews/multinews-dev.src: bundles, articles, diagnostics by
code, whether every line is rebuilt exactly from its articles and separators, and splitting
throughput; then the peak memory of streaming generated one-cluster-per-line files of growing
size (each in a fresh subprocess, so peaks do not mix).

usage: python benchmarks/bundles.py [--json] [--sizes 20,200]   (sizes in MB)
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
MULTINEWS = ROOT.parent / "shared" / "corpora" / "multinews" / "multinews-dev.src"
SPLIT_ONLY = newsdoc.ParseOptions(extract=())

_PARAGRAPH = ("The council said on Tuesday it would review the plan, which has been debated for "
              "months. NEWLINE_CHAR NEWLINE_CHAR \u201cWe will look at every option,\u201d the "
              "mayor said, adding that $2.5 million had been set aside. NEWLINE_CHAR ")


def check_multinews() -> dict[str, object]:
    """Stream the real Multi-News dev file and check that nothing is lost."""
    bundles = articles = intact = 0
    codes: collections.Counter[str] = collections.Counter()
    raw_lines = MULTINEWS.read_text(encoding="utf-8").split("\n")
    start = time.perf_counter()
    for bundle in newsdoc.iter_bundles(MULTINEWS, options=SPLIT_ONLY):
        line = raw_lines[bundles]
        pieces = [(a.location.offset, a.raw) for a in bundle]
        pieces += [(s.span.start, s.text) for s in bundle.separators]
        intact += "".join(t for _, t in sorted(pieces)) == line
        bundles += 1
        articles += len(bundle)
        codes.update(d.code for d in bundle.all_diagnostics)
    seconds = time.perf_counter() - start
    size = MULTINEWS.stat().st_size
    return {"bundles": bundles, "articles": articles, "lines_rebuilt_exactly": intact,
            "diagnostics": dict(codes), "split_mb_per_s": round(size / 1e6 / seconds, 1)}


def _generate(path: Path, megabytes: int) -> None:
    article = ("Headline of a story NEWLINE_CHAR NEWLINE_CHAR " + _PARAGRAPH * 6 + " ||||| ")
    line = (article * 5).rstrip() + "\n"
    target = megabytes * 1_000_000
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < target:
            out.write(line)
            written += len(line.encode())


def _stream(path: str) -> None:
    """Child process: stream *path* split-only and print peak RSS (MB)."""
    count = 0
    for bundle in newsdoc.iter_bundles(Path(path), options=SPLIT_ONLY):
        count += len(bundle)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"articles": count, "peak_mb": round(peak_kb / 1024, 1)}))


def streaming_memory(sizes: list[int]) -> list[dict[str, object]]:
    """Peak memory of streaming generated files of *sizes* MB."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp, f"gen{mb}.src")
            _generate(path, mb)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, __file__, "--child", str(path)],
                                  capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONHASHSEED": "0"})
            seconds = time.perf_counter() - start
            row = json.loads(done.stdout)
            row.update({"file_mb": mb, "seconds": round(seconds, 1),
                        "mb_per_s": round(mb / seconds, 1)})
            rows.append(row)
            path.unlink()
    return rows


def main() -> int:
    """Run the checks and print figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sizes", default="20,200")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        _stream(args.child)
        return 0
    result: dict[str, object] = {}
    if MULTINEWS.exists():
        result["multinews"] = mn = check_multinews()
        print(f"multinews-dev.src: {mn['bundles']} bundles, {mn['articles']} articles, "
              f"{mn['lines_rebuilt_exactly']} lines rebuilt exactly, "
              f"split {mn['split_mb_per_s']} MB/s; diagnostics {mn['diagnostics']}")
    else:
        print("corpora not found, multinews check skipped")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows = streaming_memory(sizes)
    for row in rows:
        print(f"streaming {row['file_mb']} MB (split only): peak {row['peak_mb']} MB, "
              f"{row['articles']} articles, {row['mb_per_s']} MB/s")
    if len(rows) > 1:
        ratio = float(rows[-1]["peak_mb"]) / float(rows[0]["peak_mb"])  # type: ignore[arg-type]
        print(f"peak memory ratio {rows[-1]['file_mb']} MB / {rows[0]['file_mb']} MB: "
              f"{ratio:.2f}")
        result["memory_ratio"] = round(ratio, 2)
    result["streaming"] = rows
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
