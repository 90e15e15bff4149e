"""Broken files and hostile sources: a typed error with the path, or a diagnostic."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

import newsdoc
from newsdoc import ParseOptions

REGRESSIONS = Path(__file__).parent / "regressions"
#: A regression case taking longer than this has hung (each one parses in milliseconds).
HANG_SECONDS = 60


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    bundle = newsdoc.parse(f)
    assert len(bundle) == 0
    assert [d.code for d in bundle.diagnostics] == ["empty-input"]


def test_nul_bytes_and_form_feeds_are_text(tmp_path: Path) -> None:
    f = tmp_path / "nul.txt"
    f.write_bytes(b"Head\x00line\n\nBody\x0cwith form feed. ||||| Two")
    bundle = newsdoc.parse(f)
    assert len(bundle) == 2
    assert "\x00" in bundle[0].source_text


def test_file_ending_mid_delimiter(tmp_path: Path) -> None:
    f = tmp_path / "cut.txt"
    f.write_bytes(b"One ||||| Two |||")
    bundle = newsdoc.parse(f)
    assert [a.source_text.strip() for a in bundle] == ["One", "Two |||"]


def test_unreadable_file_in_directory_does_not_hide_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "c"
    d.mkdir()
    for name in ("000_a.txt", "001_b.txt", "002_c.txt"):
        (d / name).write_text(f"Story {name}")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "001_b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    bundle = newsdoc.parse(d)
    assert [a.index for a in bundle] == [0, 1, 2]
    assert bundle[1].source_text == ""
    assert [x.code for x in bundle.diagnostics] == ["unreadable-file"]
    assert "Permission denied" in bundle.diagnostics[0].message
    assert bundle.diagnostics[0].location.path == str(d / "001_b.txt")
    with pytest.raises(newsdoc.ParseError, match=r"001_b\.txt"):
        newsdoc.parse(d, strict=True)


def test_unreadable_single_file_raises_with_path(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "x.txt"
    f.write_text("x")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(PermissionError) as info:
        newsdoc.parse(f)
    assert info.value.filename == str(f)


def test_directory_with_thousands_of_files(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    for n in range(3000):
        if n != 1500:
            (d / f"{n:04d}_doc{n}.txt").write_text(f"Story {n}")
    bundle = newsdoc.parse(d, options=ParseOptions(extract=()))
    assert len(bundle) == 2999
    assert [a.index for a in bundle][1498:1501] == [1498, 1499, 1501]
    assert [x.message for x in bundle.diagnostics] == ["file 1500 missing between 1499 and 1501"]


def test_symlinked_directory_loop(tmp_path: Path) -> None:
    d = tmp_path / "c"
    d.mkdir()
    (d / "000_a.txt").write_text("A")
    os.symlink(d, d / "001_self.txt")
    bundle = newsdoc.parse(d, options=ParseOptions(extract=(), follow_symlinks=True))
    assert [a.index for a in bundle] == [0]
    assert [x.code for x in bundle.diagnostics] == ["unexpected-file"]


def test_article_size_limit_gives_diagnostic() -> None:
    text = "Head\n\n" + "word " * 5000
    article = newsdoc.parse(text, options=ParseOptions(max_article_chars=1000))[0]
    assert article.source_text == text
    assert "article-too-long" in [d.code for d in article.diagnostics]


@pytest.mark.parametrize("case", sorted(REGRESSIONS.glob("*.txt")), ids=lambda p: p.name)
def test_regressions_parse(case: Path) -> None:
    """Every crash or hang found by fuzzing stays fixed: lenient parse returns a result.

    A hang fails the test instead of stalling the suite: each case parses in milliseconds,
    so a generous alarm only fires when a loop has gone exponential again.
    """
    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"{case.name} did not parse within {HANG_SECONDS} s")

    use_alarm = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, hung)
        signal.alarm(HANG_SECONDS)
    try:
        bundle = newsdoc.parse(case.read_bytes())
    finally:
        if use_alarm:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    for article in bundle:
        assert article.location.offset >= 0
