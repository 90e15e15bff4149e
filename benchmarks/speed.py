"""Speed and scale, in one run (compare ratios, not absolute figures: machines are noisy).

Prints, on the polnear train texts joined into one Multi-News-style bundle line:
throughput (MB/s) of splitting only, structure, quotes (stage alone), money (stage alone)
and the full parse; a reference pass of one compiled quote regex over the same text and the
ratio full parse / reference. Then peak memory streaming generated one-cluster-per-line files
(full parse) and the speed-up of jobs=2 over jobs=1.

It says which build it measures: the pure-Python package or the optional compiled wheel
(see docs/performance.rst).

usage: python benchmarks/speed.py [--json] [--sizes 100,1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import newsdoc
from newsdoc._api import _gc_paused
from newsdoc._money import find_money
from newsdoc._quotes import find_quotes
from newsdoc._structure import extract_structure

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "polnear-train.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundles import _generate  # noqa: E402

#: The reference: one pass of a single compiled quote regex.
QUOTE_REGEX = re.compile(r"[\"\u201c]([^\"\u201d\n]{1,2000})[\"\u201d]")


def _best(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of *repeat* runs, with the cyclic garbage collector paused as
    :func:`newsdoc.parse` pauses it while it builds a bundle: a stage timed alone runs as it
    runs inside the pipeline (with the collector on, the structures kept alive here would
    make it walk tens of thousands of objects that the timed code never made)."""
    best = float("inf")
    for _ in range(repeat):
        with _gc_paused():
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
    return best


def stage_speeds(texts: list[str], repeat: int) -> dict[str, float]:
    """MB/s of each stage over *texts* (UTF-8 megabytes)."""
    line = " ||||| ".join(t.replace("\n", " NEWLINE_CHAR ") for t in texts) + " |||||"
    mb = len(line.encode()) / 1e6
    opts = newsdoc.ParseOptions()
    structures = [extract_structure(t, opts) for t in texts]

    def quotes() -> None:
        for t, s in zip(texts, structures, strict=True):
            find_quotes(t, [p.span for p in s.paragraphs],
                        s.headline.span if s.headline else None, options=opts)

    def money() -> None:
        for t, s in zip(texts, structures, strict=True):
            regions = ([s.headline.span] if s.headline else []) + [p.span for p in s.paragraphs]
            find_money(t, regions, options=opts)

    timings = {
        "split": _best(lambda: newsdoc.parse(line, options=newsdoc.ParseOptions(extract=())),
                       repeat),
        "structure": _best(lambda: newsdoc.parse(
            line, options=newsdoc.ParseOptions(extract={"structure"})), repeat),
        "quotes": _best(quotes, repeat),
        "money": _best(money, repeat),
        "full": _best(lambda: newsdoc.parse(line), repeat),
        "reference_regex": _best(lambda: sum(1 for _ in QUOTE_REGEX.finditer(line)), repeat),
    }
    speeds = {k: round(mb / v, 1) for k, v in timings.items()}
    speeds["full_over_reference"] = round(timings["full"] / timings["reference_regex"], 1)
    speeds["megabytes"] = round(mb, 2)
    return speeds


def _build() -> str:
    """"compiled" when the parsing stages run as mypyc extension modules, else "pure"."""
    from newsdoc import _quotes

    return "compiled" if not _quotes.__file__.endswith(".py") else "pure"


def _child(path: str, jobs: int) -> None:
    start = time.perf_counter()
    count = sum(len(b) for b in newsdoc.iter_bundles(Path(path), jobs=jobs))
    seconds = time.perf_counter() - start
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": count, "peak_mb": round(peak, 1),
                      "seconds": round(seconds, 2)}))


def _run_child(path: Path, jobs: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", str(path), "--jobs", str(jobs)],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _run_cli(path: Path, jobs: int) -> float:
    """Seconds for the command line to write *path* as JSON Lines on *jobs* processes."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsdoc", "--lines", "--no-progress", "--jobs",
                    str(jobs), str(path)], stdout=subprocess.DEVNULL, check=True,
                   env={**os.environ, "PYTHONHASHSEED": "0"})
    return time.perf_counter() - start


def main() -> int:
    """Run everything and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sizes", default="100,1000", help="generated file sizes in MB")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.jobs)
        return 0
    result: dict[str, object] = {"build": _build()}
    print(f"newsdoc build: {result['build']} ({Path(newsdoc.__file__).parent})")
    if TRAIN.exists():
        texts = [json.loads(line)["text"] for line in TRAIN.open(encoding="utf-8")]
        speeds = stage_speeds(texts, args.repeat)
        result["stages"] = speeds
        print(f"polnear train as one bundle ({speeds['megabytes']} MB), MB/s on one core:")
        for key in ("split", "structure", "quotes", "money", "full", "reference_regex"):
            print(f"  {key:16s} {speeds[key]:8.1f}")
        print(f"  full parse / one quote-regex pass: {speeds['full_over_reference']}x slower")
    else:
        print("corpora not found: stage speeds skipped")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for mb in sizes:
            path = Path(tmp, f"gen{mb}.src")
            _generate(path, mb)
            row = _run_child(path, 1)
            row["file_mb"] = mb
            row["mb_per_s"] = round(mb / row["seconds"], 1)
            rows.append(row)
            print(f"streaming {mb} MB, full parse: peak {row['peak_mb']} MB, "
                  f"{row['mb_per_s']} MB/s")
            if mb == sizes[0]:
                two = _run_child(path, 2)
                speedup = round(row["seconds"] / two["seconds"], 2)
                result["jobs2_speedup_objects"] = speedup
                print(f"jobs=2 over jobs=1 on {mb} MB, Bundle objects back in the parent "
                      f"(iter_bundles): {speedup}x")
                one_cli, two_cli = _run_cli(path, 1), _run_cli(path, 2)
                speedup = round(one_cli / two_cli, 2)
                result["jobs2_speedup"] = speedup
                print(f"jobs=2 over jobs=1 on {mb} MB, JSON Lines written "
                      f"(newsdoc --lines --jobs N): {speedup}x ({one_cli:.1f} s, {two_cli:.1f} s)")
            path.unlink()
        result["streaming"] = rows
        if len(rows) > 1:
            ratio = round(rows[-1]["peak_mb"] / rows[0]["peak_mb"], 2)
            result["memory_ratio"] = ratio
            print(f"peak memory ratio {sizes[-1]} MB / {sizes[0]} MB: {ratio}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
