"""The Dask recipe of docs/scale.rst, run on the local process scheduler.

Skipped unless the ``dask`` extra is installed (``pip install "newsdoc[dask]"``); CI installs
it and runs this file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsdoc

db = pytest.importorskip("dask.bag")


def bundle_records(path: Path) -> list[dict[str, Any]]:
    """Recipe step: one file of one cluster per line -> flat article records."""
    return [record for bundle in newsdoc.iter_bundles(path) for record in bundle.records()]


def test_dask_bag_over_a_folder_of_bundles(tmp_path: Path) -> None:
    folder = tmp_path / "bundles"
    folder.mkdir()
    for n in range(4):
        lines = [f"Story {n}-{k} NEWLINE_CHAR NEWLINE_CHAR The council met on Monday and "
                 f"spent ${k + 1} million. ||||| Second {n}-{k} NEWLINE_CHAR NEWLINE_CHAR "
                 "Nothing else happened. |||||" for k in range(3)]
        (folder / f"part-{n}.src").write_text("\n".join(lines) + "\n")
    paths = sorted(folder.glob("*.src"))

    bag = db.from_sequence(paths, npartitions=2).map(bundle_records).flatten()
    records = bag.compute(scheduler="processes", num_workers=2)

    expected = [r for p in paths for r in bundle_records(p)]
    assert records == expected
    assert len(records) == 4 * 3 * 2
    assert [r["headline"] for r in records[:2]] == ["Story 0-0", "Second 0-0"]


def test_bundles_travel_between_processes(tmp_path: Path) -> None:
    texts = [f"Head {n}\n\nBody {n} cost $5." for n in range(6)]
    bag = db.from_sequence(texts, npartitions=3).map(newsdoc.parse)
    bundles = bag.compute(scheduler="processes", num_workers=2)
    assert bundles == [newsdoc.parse(t) for t in texts]
