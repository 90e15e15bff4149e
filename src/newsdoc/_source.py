"""Sources: the only module that touches the file system, and byte decoding.

Everything here hands plain ``str`` to the pure core (:mod:`newsdoc._bundle`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from ._model import Diagnostic, Location
from ._options import ParseOptions
from ._rules.delimiters import NUMBERED_FILE

__all__ = ["NumberedFile", "decode_bytes", "list_directory"]

#: How many undecodable byte sequences get a diagnostic of their own before a summary.
MAX_DECODE_DIAGNOSTICS = 20

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes, *, path: str | None = None,
                 line: int = 1) -> tuple[str, list[Diagnostic]]:
    """Decode *data* as UTF-8 (a BOM is stripped; a UTF-16 BOM switches to UTF-16).

    Undecodable bytes never raise: each bad sequence becomes U+FFFD (the replacement
    character) and gets an ``invalid-utf8`` diagnostic with its line, column and byte offset.
    """
    notes: list[Diagnostic] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            if codec != "utf-8":
                text = data.decode(codec, errors="replace")
                notes.append(Diagnostic(
                    "utf16-input", f"decoded as {codec.upper()} (byte order mark found)",
                    Location(path, line, 1, 0), severity="info"))
                return text, notes
            break
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    legacy = _legacy_decode(data)
    if legacy is not None:
        notes.append(Diagnostic(
            "legacy-encoding",
            "not UTF-8 and holds no UTF-8 sequence at all; decoded as Windows-1252 "
            "(Latin-1 for its five undefined bytes)", Location(path, line, 1, 0)))
        return legacy, notes
    parts: list[str] = []
    bad: list[tuple[int, int]] = []  # (char offset in the decoded text, byte offset)
    pos = 0
    chars = 0
    while pos < len(data):
        if len(bad) >= MAX_DECODE_DIAGNOSTICS:
            rest = data[pos:].decode("utf-8", errors="replace")
            extra = rest.count("\ufffd")
            parts.append(rest)
            notes.append(Diagnostic(
                "invalid-utf8",
                f"about {extra} more undecodable byte sequences after byte {pos} "
                "were replaced by U+FFFD", Location(path, line, 1, 0)))
            break
        try:
            piece = data[pos:].decode("utf-8")
        except UnicodeDecodeError as err:
            good = data[pos:pos + err.start].decode("utf-8")
            parts.append(good)
            chars += len(good)
            bad.append((chars, pos + err.start))
            parts.append("\ufffd")
            chars += 1
            pos += err.end
        else:
            parts.append(piece)
            break
    text = "".join(parts)
    from ._bundle import LineIndex  # local: keep this module free of the core at import

    index = LineIndex(text, path=path, line=line)
    located = [
        Diagnostic("invalid-utf8",
                   f"byte {byte_offset} is not valid UTF-8; replaced by U+FFFD",
                   index.location(char_offset))
        for char_offset, byte_offset in bad
    ]
    return text, located + notes


def _legacy_decode(data: bytes) -> str | None:
    """Decode *data* as Windows-1252 when it has no valid UTF-8 multi-byte sequence at all
    (a Latin-1 or Windows-1252 file); ``None`` when it has some (a UTF-8 file with a few bad
    bytes, which is better served by replacing those)."""
    loose = data.decode("utf-8", errors="replace")
    if any(ord(c) > 0x7F and c != "\ufffd" for c in loose):
        return None
    return "".join(
        chunk.decode("cp1252", errors="replace") if ok else chunk.decode("latin-1")
        for chunk, ok in _cp1252_runs(data))


_CP1252_UNDEFINED = re.compile(rb"([\x81\x8d\x8f\x90\x9d])")


def _cp1252_runs(data: bytes) -> Iterator[tuple[bytes, bool]]:
    for i, chunk in enumerate(_CP1252_UNDEFINED.split(data)):
        if chunk:
            yield chunk, i % 2 == 0


@attrs.frozen
class NumberedFile:
    """A file of a bundle directory that fits ``NNN_<id>.txt``."""

    path: Path
    number: int
    digits: str
    doc_id: str


def list_directory(directory: Path, options: ParseOptions
                   ) -> tuple[list[NumberedFile], list[Diagnostic]]:
    """List the numbered article files of *directory* in numeric order, with diagnostics for
    gaps, duplicate numbers, files that do not fit the pattern, and links leaving the folder."""
    notes: list[Diagnostic] = []
    files: list[NumberedFile] = []
    root = directory.resolve()
    with os.scandir(directory) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        where = Location(str(Path(directory, entry.name)), 1, 1, 0)
        if entry.is_symlink():
            try:
                target = Path(entry.path).resolve(strict=True)
            except (OSError, RuntimeError):
                notes.append(Diagnostic("broken-link",
                                        f"{entry.name!r} is a broken or looping link; skipped",
                                        where))
                continue
            if root not in target.parents and not options.follow_symlinks:
                notes.append(Diagnostic(
                    "link-outside",
                    f"{entry.name!r} links outside the bundle directory; skipped "
                    "(set follow_symlinks=True to read it)", where))
                continue
        match = NUMBERED_FILE.fullmatch(entry.name)
        try:
            is_file = entry.is_file()
        except OSError:
            is_file = False
        if match is None or not is_file:
            what = "a directory" if _is_dir(entry) else "not a file named NNN_<id>.txt"
            notes.append(Diagnostic("unexpected-file",
                                    f"{entry.name!r} is {what}; not read as an article", where))
            continue
        files.append(NumberedFile(Path(directory, entry.name), int(match["number"]),
                                  match["number"], match["doc_id"]))
    files.sort(key=lambda f: (f.number, f.path.name))
    notes.extend(_numbering_problems(files))
    return files, notes


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _numbering_problems(files: list[NumberedFile]) -> Iterator[Diagnostic]:
    width = max((len(f.digits) for f in files), default=3)
    previous: NumberedFile | None = None
    for f in files:
        expected = 0 if previous is None else previous.number + 1
        where = Location(str(f.path), 1, 1, 0)
        if previous is not None and f.number == previous.number:
            yield Diagnostic("duplicate-number",
                             f"{previous.path.name!r} and {f.path.name!r} have the same number "
                             f"{f.digits}; both kept, in name order", where)
        elif f.number > expected:
            low, high = f"{expected:0{width}d}", f"{f.number - 1:0{width}d}"
            missing = f"file {low}" if low == high else f"files {low}-{high}"
            if previous is None:
                message = f"{missing} missing before {f.digits}"
            else:
                message = f"{missing} missing between {previous.digits} and {f.digits}"
            yield Diagnostic("missing-file", message, where)
        previous = f
