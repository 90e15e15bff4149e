"""Reading sources: directories, files, bytes, streams, errors."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import newsdoc
from newsdoc import ParseError, ParseOptions

SPLIT_ONLY = ParseOptions(extract=())


def write(directory: Path, files: dict[str, str | bytes]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode() if isinstance(content, str) else content
        (directory / name).write_bytes(data)
    return directory


def test_directory_with_gap(tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"000_aaa.txt": "First\n\nBody one.",
                               "002_bbb.txt": "Second\n\nBody two."})
    bundle = newsdoc.parse(d, options=SPLIT_ONLY)
    assert [(a.index, a.doc_id) for a in bundle] == [(0, "aaa"), (2, "bbb")]
    assert [a.source_text for a in bundle] == ["First\n\nBody one.", "Second\n\nBody two."]
    (diag,) = bundle.diagnostics
    assert diag.code == "missing-file"
    assert diag.message == "file 001 missing between 000 and 002"
    assert diag.location.path == str(d / "002_bbb.txt")
    assert bundle.source is not None and bundle.source.path == str(d)


def test_directory_numeric_order_not_name_order(tmp_path: Path) -> None:
    d = write(tmp_path / "c", {f"{n}_id{n}.txt": f"Story {n}" for n in (0, 1, 2, 10, 9)}
              | {"3_x.txt": "s3", "4_x.txt": "s4", "5_x.txt": "s5", "6_x.txt": "s6",
                 "7_x.txt": "s7", "8_x.txt": "s8"})
    bundle = newsdoc.parse(d, options=SPLIT_ONLY)
    assert [a.index for a in bundle] == list(range(11))
    assert bundle.diagnostics == ()


def test_directory_range_gap_duplicates_and_strays(tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"000_a.txt": "A", "001_b.txt": "B", "001_c.txt": "C",
                               "005_d.txt": "D", "notes.md": "x", "007_e.TXT": "y"})
    (d / "sub").mkdir()
    bundle = newsdoc.parse(d, options=SPLIT_ONLY)
    assert [(a.index, a.doc_id) for a in bundle] == [(0, "a"), (1, "b"), (1, "c"), (5, "d")]
    by_code = {}
    for diag in bundle.diagnostics:
        by_code.setdefault(diag.code, []).append(diag.message)
    assert by_code["missing-file"] == ["files 002-004 missing between 001 and 005"]
    assert len(by_code["duplicate-number"]) == 1
    assert len(by_code["unexpected-file"]) == 3  # notes.md, 007_e.TXT, sub/


def test_directory_starting_late_reports_missing_first(tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"001_a.txt": "A", "002_b.txt": "B"})
    (diag,) = newsdoc.parse(d, options=SPLIT_ONLY).diagnostics
    assert diag.message == "file 000 missing before 001"


def test_directory_empty_file_is_kept(tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"000_a.txt": "A", "001_b.txt": ""})
    bundle = newsdoc.parse(d, options=SPLIT_ONLY)
    assert len(bundle) == 2
    assert [d.code for d in bundle[1].diagnostics] == ["empty-file"]


def test_directory_link_outside_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("private")
    d = write(tmp_path / "c", {"000_a.txt": "A"})
    os.symlink(outside, d / "001_b.txt")
    os.symlink(d / "loop", d / "loop")
    bundle = newsdoc.parse(d, options=SPLIT_ONLY)
    assert [a.doc_id for a in bundle] == ["a"]
    assert sorted(x.code for x in bundle.diagnostics) == ["broken-link", "link-outside"]
    followed = newsdoc.parse(d, options=ParseOptions(extract=(), follow_symlinks=True))
    assert [a.source_text for a in followed] == ["A", "private"]


def test_file_path(tmp_path: Path) -> None:
    f = tmp_path / "bundle.txt"
    f.write_text("One.\n|||||\nTwo |||| Three", encoding="utf-8")
    bundle = newsdoc.parse(f, options=SPLIT_ONLY)
    assert len(bundle) == 3
    (diag,) = bundle.diagnostics
    assert (diag.location.path, diag.location.line, diag.location.column) == (str(f), 3, 5)


def test_bytes_bom_and_invalid_utf8() -> None:
    bundle = newsdoc.parse("\ufeffTitle\n\nCaf\u00e9".encode(), options=SPLIT_ONLY)
    assert bundle[0].source_text == "Title\n\nCaf\u00e9"
    bad = newsdoc.parse("Caf\u00e9\n\nbad ".encode() + b"\xff byte and \xc3 more",
                        options=SPLIT_ONLY)
    assert bad[0].source_text == "Caf\u00e9\n\nbad \ufffd byte and \ufffd more"
    assert [d.code for d in bad.diagnostics] == ["invalid-utf8", "invalid-utf8"]
    assert (bad.diagnostics[0].location.line, bad.diagnostics[0].location.column) == (3, 5)
    assert "byte 11" in bad.diagnostics[0].message


def test_latin1_and_cp1252_files_fall_back() -> None:
    data = "Caf\u00e9 \u201cbon\u201d \u00a35".encode("cp1252") + b" \x81"
    bundle = newsdoc.parse(data, options=SPLIT_ONLY)
    assert bundle[0].source_text == "Caf\u00e9 \u201cbon\u201d \u00a35 \x81"
    assert [d.code for d in bundle.diagnostics] == ["legacy-encoding"]


def test_bytes_utf16_with_bom() -> None:
    bundle = newsdoc.parse("Title ||||| Two".encode("utf-16"), options=SPLIT_ONLY)
    assert [a.source_text.strip() for a in bundle] == ["Title", "Two"]
    assert [d.code for d in bundle.diagnostics] == ["utf16-input"]


def test_strict_raises_with_location(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text("A.\nB. ||||||  C.")
    with pytest.raises(ParseError) as info:
        newsdoc.parse(f, strict=True)
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith(f"{f}:2:4: malformed-delimiter")
    assert info.value.location is not None and info.value.location.line == 2


def test_strict_directory_gap(tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"000_a.txt": "A", "002_b.txt": "B"})
    with pytest.raises(ParseError, match="file 001 missing"):
        newsdoc.parse(d, strict=True)


def test_type_errors_and_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="accepts str"):
        newsdoc.parse(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="ParseOptions"):
        newsdoc.parse("x", options={"strict": True})  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        newsdoc.parse(tmp_path / "missing")
    with pytest.raises(FileNotFoundError):
        list(newsdoc.iter_bundles(tmp_path / "missing.src"))
    with pytest.raises(TypeError):
        list(newsdoc.iter_bundles(3.5))  # type: ignore[arg-type]


def test_str_naming_a_path_gets_a_hint(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("hello")
    bundle = newsdoc.parse(str(f), options=SPLIT_ONLY)
    assert [d.code for d in bundle.diagnostics] == ["text-is-a-path"]


def test_iter_bundles_lines(tmp_path: Path) -> None:
    f = tmp_path / "train.src"
    f.write_bytes(b"A1 NEWLINE_CHAR x ||||| A2 |||||\r\n\nB1 |||| B2 |||||\nC1 |||||")
    bundles = list(newsdoc.iter_bundles(f, options=SPLIT_ONLY))
    assert [len(b) for b in bundles] == [2, 0, 2, 1]
    assert [b.source.line for b in bundles if b.source] == [1, 2, 3, 4]
    assert bundles[0][0].source_text == "A1\nx "
    assert bundles[0][1].source_text == " A2 "
    (diag,) = bundles[2].diagnostics
    assert (diag.location.path, diag.location.line, diag.location.column) == (str(f), 3, 4)
    assert [d.code for d in bundles[1].diagnostics] == ["empty-input"]


def test_iter_bundles_open_files() -> None:
    text_lines = io.StringIO("A ||||| B |||||\nC |||||\n")
    assert [len(b) for b in newsdoc.iter_bundles(text_lines, options=SPLIT_ONLY)] == [2, 1]
    binary = io.BytesIO("\ufeffA ||||| B\n".encode())
    (bundle,) = newsdoc.iter_bundles(binary, options=SPLIT_ONLY)
    assert bundle[0].source_text == "A "


def test_iter_bundles_is_lazy(tmp_path: Path) -> None:
    f = tmp_path / "big.src"
    f.write_text("A ||||| B |||||\n" * 1000)
    it = newsdoc.iter_bundles(f, options=SPLIT_ONLY)
    first = next(it)
    assert len(first) == 2
    it.close()  # type: ignore[attr-defined]


def test_iter_bundles_rejects_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        list(newsdoc.iter_bundles(tmp_path))


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    bundle = newsdoc.parse(tmp_path, options=SPLIT_ONLY)
    assert len(bundle) == 0
    assert [d.code for d in bundle.diagnostics] == ["empty-directory"]


def test_cluster_per_line_file_gets_a_hint(tmp_path: Path) -> None:
    f = tmp_path / "train.src"
    f.write_text("A ||||| B |||||\nC ||||| D |||||\n")
    bundle = newsdoc.parse(f, options=SPLIT_ONLY)
    assert "one-cluster-per-line" in [d.code for d in bundle.diagnostics]


def test_iter_bundles_str_gives_line_numbers() -> None:
    bundles = list(newsdoc.iter_bundles("A |||||\nB |||||\n", options=SPLIT_ONLY))
    assert [b.source.line for b in bundles if b.source is not None] == [1, 2]


def test_stage_diagnostics_are_located(tmp_path: Path) -> None:
    f = tmp_path / "q.txt"
    f.write_text("Head\n\nFirst para.\n\nShe said \u201cthis never ends\n\nNext para.")
    bundle = newsdoc.parse(f)
    located = [d for d in bundle[0].diagnostics if d.span is not None]
    assert located, "expected a diagnostic with a span (unclosed quote)"
    for d in located:
        assert d.location is not None and d.location.path == str(f)
        assert d.location.offset == d.span.start
        assert d.location.line == 1 + bundle[0].source_text.count("\n", 0, d.span.start)
