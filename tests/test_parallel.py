"""parse_many, parallel iter_bundles, progress and flat records."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsdoc
from newsdoc._cli import main
from newsdoc._parallel import Progress

TEXTS = [
    "Mayor backs plan\n\nThe mayor said on Monday that \u201cthe plan is sound,\u201d and "
    "put its cost at $4 million.",
    "A ||||| B |||| C",
    "",
    "Storm nears coast\n\nBy Ann Lee\n\nForecasters said the storm would arrive on Friday.",
]


def dumps(bundles: list[newsdoc.Bundle]) -> str:
    return json.dumps([b.to_dict() for b in bundles], sort_keys=True)


def test_parse_many_matches_parse_in_order() -> None:
    serial = [newsdoc.parse(t) for t in TEXTS]
    assert list(newsdoc.parse_many(TEXTS)) == serial
    assert dumps(list(newsdoc.parse_many(TEXTS * 3, jobs=2))) == dumps(serial * 3)


def test_parse_many_paths(tmp_path: Path) -> None:
    paths = []
    for i, text in enumerate(TEXTS):
        path = tmp_path / f"{i}.txt"
        path.write_text(text)
        paths.append(path)
    bundles = list(newsdoc.parse_many(paths, jobs=2))
    assert [b.source.path if b.source else None for b in bundles] == [str(p) for p in paths]


def test_parse_many_rejects_negative_jobs() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(newsdoc.parse_many(TEXTS, jobs=-1))


def test_iter_bundles_jobs_same_result(tmp_path: Path) -> None:
    f = tmp_path / "c.src"
    f.write_text("".join(t.replace("\n", " NEWLINE_CHAR ") + " |||||\n" for t in TEXTS * 5))
    serial = list(newsdoc.iter_bundles(f))
    parallel = list(newsdoc.iter_bundles(f, jobs=2))
    assert dumps(parallel) == dumps(serial)
    assert [b.source.line for b in parallel if b.source] == list(range(1, 21))


def test_progress_draws_only_when_enabled() -> None:
    quiet, loud = io.StringIO(), io.StringIO()
    for stream, enabled in ((quiet, None), (loud, True)):
        bar = Progress(stream=stream, enabled=enabled)
        bar.update(5)
        bar.close()
    assert quiet.getvalue() == ""
    assert "5 bundles" in loud.getvalue()


def test_cli_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.src"
    f.write_text("A ||||| B |||||\nC |||||\n" * 4)
    assert main(["--lines", "--jobs", "2", str(f)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["bundle"]["line"] for x in lines] == [1, 1, 2, 3, 3, 4, 5, 5, 6, 7,
                                                                 7, 8]


def test_records_are_flat_and_join() -> None:
    bundle = newsdoc.parse(TEXTS[0] + " ||||| " + TEXTS[3])
    articles = bundle.records()
    assert [r["index"] for r in articles] == [0, 1]
    for record in articles:
        for key, value in record.items():
            assert isinstance(value, (str, int, bool, list, type(None))), key
    money = bundle.records("money")
    for record in money:
        assert set(record) >= {"index", "doc_id", "value", "currency"}
    from newsdoc._records import ARTICLE_KEYS, MONEY_KEYS, QUOTE_KEYS

    assert list(articles[0]) == list(ARTICLE_KEYS)
    for record in bundle.records("quotes"):
        assert list(record) == list(QUOTE_KEYS)
    for record in money:
        assert list(record) == list(MONEY_KEYS)
    with pytest.raises(ValueError):
        bundle.records("tables")


def test_strict_errors_cross_process_boundaries(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import pickle

    err = None
    try:
        newsdoc.parse("A |||| B", strict=True)
    except newsdoc.ParseError as caught:
        err = caught
    assert err is not None
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) and again.location == err.location
    assert again.diagnostic == err.diagnostic
    with pytest.raises(newsdoc.ParseError, match="malformed-delimiter"):
        list(newsdoc.parse_many(["fine", "A |||| B"] * 3, jobs=2, strict=True))
    f = tmp_path / "c.src"
    f.write_text("A ||||| B |||||\nC |||| D\n")
    assert main(["--lines", "--jobs", "2", "--strict", str(f)]) == 1
    assert f"{f}:2:3: malformed-delimiter" in capsys.readouterr().err
