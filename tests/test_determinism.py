"""Same input, same bytes out: across runs, hash seeds and threads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import newsdoc

EXAMPLE = resources.files("newsdoc").joinpath("example_bundle.txt").read_text(encoding="utf-8")

SCRIPT = """
import json, sys
import newsdoc
text = sys.stdin.read()
print(json.dumps(newsdoc.parse(text).to_dict(), sort_keys=False, ensure_ascii=False))
"""


def as_json(bundle: newsdoc.Bundle) -> str:
    return json.dumps(bundle.to_dict(), ensure_ascii=False)


def test_same_json_across_hash_seeds() -> None:
    outputs = set()
    src = str(Path(newsdoc.__file__).resolve().parent.parent)
    for seed in ("0", "1", "12345", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
        done = subprocess.run([sys.executable, "-c", SCRIPT], input=EXAMPLE, text=True,
                              capture_output=True, check=True, env=env)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert outputs.pop().strip() == as_json(newsdoc.parse(EXAMPLE))


def test_same_json_from_eight_threads() -> None:
    texts = [EXAMPLE, EXAMPLE.replace("|||||", "||||"), EXAMPLE[: len(EXAMPLE) // 2]] * 8
    expected = [as_json(newsdoc.parse(t)) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: as_json(newsdoc.parse(t)), texts))
    assert got == expected


def test_repeated_parses_are_equal() -> None:
    first = newsdoc.parse(EXAMPLE)
    for _ in range(3):
        assert newsdoc.parse(EXAMPLE) == first


def test_garbage_collector_state_is_restored() -> None:
    """parse pauses the cyclic collector while it builds a bundle and leaves it as it was."""
    import gc
    import io

    text = "Ferry fares frozen\n\nThe fares stay at $4.50, \"for now,\" Lee said. ||||| Two"
    was = gc.isenabled()
    try:
        gc.enable()
        newsdoc.parse(text)
        assert gc.isenabled()
        gc.disable()
        newsdoc.parse(text)
        assert not gc.isenabled()
        gc.enable()
        line = text.replace("\n", " NEWLINE_CHAR ")
        for bundle in newsdoc.iter_bundles(io.StringIO(line + "\n" + line + "\n")):
            assert gc.isenabled()  # never left paused while the caller's loop runs
            assert len(bundle) == 2
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
