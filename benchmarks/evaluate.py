"""Run every evaluation script and compare its figures to the floors the project has reached.

Each script in ``floors.json`` is run as ``python benchmarks/<name>.py --json`` (plus the
script's extra arguments); the last line of its output is a JSON object. Every dotted key in
the floors must be >= its floor (keys under ``"max"`` must be <=). Speed figures are printed
but never floored: the machines are noisy.

usage: python benchmarks/evaluate.py [--check]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"


def _get(data: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def main() -> int:
    """Run the scripts; with --check exit 1 when a figure is below its floor."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    floors = json.loads(FLOORS.read_text())
    failures: list[str] = []
    for name, spec in floors.items():
        command = [sys.executable, str(HERE / f"{name}.py"), "--json", *spec.get("args", [])]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        print(f"--- {name} ({seconds:.0f} s)")
        print(done.stdout.rstrip())
        if done.returncode != 0:
            print(done.stderr[-3000:])
            failures.append(f"{name}: exit status {done.returncode}")
            continue
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        if lines and "corpora not found" in done.stdout:
            continue
        figures = json.loads(lines[-1])
        for key, floor in spec.get("min", {}).items():
            value = _get(figures, key)
            if value is None or value < floor:
                failures.append(f"{name}: {key} = {value}, below the floor {floor}")
        for key, ceiling in spec.get("max", {}).items():
            value = _get(figures, key)
            if value is None or value > ceiling:
                failures.append(f"{name}: {key} = {value}, above the ceiling {ceiling}")
    if failures:
        print("\nBELOW THE FLOOR:\n  " + "\n  ".join(failures))
        return 1 if args.check else 0
    print("\nall figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
