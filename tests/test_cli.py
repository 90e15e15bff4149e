"""The newsdoc command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdoc._cli import main


def test_no_path_prints_example_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "example bundle, 3 articles" in out
    assert "malformed-delimiter" in out


def test_paths_write_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "c"
    d.mkdir()
    (d / "000_a.txt").write_text("Title A\n\nBody A.")
    (d / "002_b.txt").write_text("Title B\n\nBody B.")
    f = tmp_path / "one.txt"
    f.write_text("X ||||| Y")
    assert main([str(d), str(f), "--extract", "structure"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["index"], r["doc_id"]) for r in records] == [(0, "a"), (2, "b"), (0, None),
                                                            (1, None)]
    assert records[0]["headline"]["text"] == "Title A"
    assert records[2]["bundle"] == {"path": str(f), "line": 1}
    assert "file 001 missing between 000 and 002" in captured.err


def test_lines_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.src"
    f.write_text("A ||||| B |||||\nC |||||\n")
    assert main(["--lines", "--extract", "", str(f)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["bundle"]["line"] for r in records] == [1, 1, 2]


def test_strict_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.txt"
    f.write_text("A |||| B")
    assert main(["--strict", str(f)]) == 1
    err = capsys.readouterr().err
    assert f"{f}:1:3: malformed-delimiter" in err


def test_missing_path_and_bad_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "No such file" in capsys.readouterr().err
    assert main(["--extract", "tables", str(tmp_path)]) == 2


def test_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "newsdoc", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("newsdoc ")


def test_quote_stage_is_imported_on_first_use() -> None:
    """`import newsdoc` (and a parse without quotes) does not compile the quote patterns."""
    code = ("import sys, newsdoc\n"
            "seen = ['newsdoc._quotes' in sys.modules]\n"
            "newsdoc.parse('A ||||| B', options=newsdoc.ParseOptions(extract={'money'}))\n"
            "seen.append('newsdoc._quotes' in sys.modules)\n"
            "quotes = newsdoc.parse('Lee spoke\\n\\n\"We won,\" Lee said.')[0].quotes\n"
            "seen.append('newsdoc._quotes' in sys.modules)\n"
            "print(*seen, len(quotes))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "False", "True", "1"]
