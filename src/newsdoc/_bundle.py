"""Bundle segments: split delimited multi-document text into article segments.

Pure functions on ``str``; no I/O. The decisions for each delimiter form are in
docs/format.rst; the patterns in :mod:`newsdoc._rules.delimiters`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from ._model import Diagnostic, Location, Separator, Span
from ._rules.delimiters import (
    CANONICAL,
    MIN_PIPES,
    NEWLINE_REPLACEMENTS,
    NEWLINE_TOKEN,
    PIPE_CHARS,
    PIPE_RUN,
    STORY_SEPARATOR,
)

__all__ = ["LineIndex", "Split", "decode_escapes", "split_bundle"]


class _Delimiter(NamedTuple):
    start: int
    end: int
    kind: str
    problems: tuple[str, ...]


@attrs.frozen
class Split:
    """The result of splitting: article segments, separators and diagnostics (by offset)."""

    segments: tuple[Span, ...]
    separators: tuple[Separator, ...]
    problems: tuple[tuple[int, str, str], ...]  # (offset, code, message)


class LineIndex:
    """Maps character offsets of one text to 1-based line and column numbers."""

    __slots__ = ("_starts", "line", "path")

    def __init__(self, text: str, *, path: str | None = None, line: int = 1) -> None:
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts
        self.path = path
        self.line = line

    def location(self, offset: int) -> Location:
        """The location of *offset* (``line`` counts from the line the text starts on)."""
        row = bisect.bisect_right(self._starts, offset) - 1
        return Location(self.path, self.line + row, offset - self._starts[row] + 1, offset)


def _classify(text: str, start: int, end: int) -> Iterator[_Delimiter]:
    """Turn one run of pipe characters into zero, one or several delimiters."""
    run = text[start:end]
    if run == STORY_SEPARATOR:
        yield _Delimiter(start, end, "story_separator", _glued(text, start, end))
        return
    groups = run.split()
    pipes = sum(len(g) for g in groups)
    if pipes < MIN_PIPES:
        return
    if len(groups) > 1 and all(len(g) >= MIN_PIPES for g in groups):
        # "||||| |||||": several delimiters side by side (an empty segment between them)
        offset = start
        for group in groups:
            g_start = text.index(group, offset, end)
            yield from _classify(text, g_start, g_start + len(group))
            offset = g_start + len(group)
        return
    problems: list[str] = []
    if pipes != len(CANONICAL):
        problems.append(f"has {pipes} pipes, expected {len(CANONICAL)}")
    if len(groups) > 1:
        problems.append("has spaces between its pipes")
    odd = [] if run.isascii() else sorted({c for c in run if c in PIPE_CHARS and c != "|"})
    if odd:
        names = ", ".join(f"U+{ord(c):04X} {c!r}" for c in odd)
        problems.append(f"uses look-alike pipe characters ({names})")
    problems.extend(_glued(text, start, end))
    yield _Delimiter(start, end, "delimiter" if not problems else "malformed", tuple(problems))


def _glued(text: str, start: int, end: int) -> tuple[str, ...]:
    before = start > 0 and not text[start - 1].isspace()
    after = end < len(text) and not text[end].isspace()
    if before and after:
        return ("is glued to the words on both sides",)
    if before:
        return ("is glued to the word before it",)
    if after:
        return ("is glued to the word after it",)
    return ()


def _delimiters(text: str) -> Iterator[_Delimiter]:
    runs: list[tuple[int, int]] = []
    if "|" in text or "\uff5c" in text or "\u00a6" in text:
        # a run shorter than MIN_PIPES characters cannot hold MIN_PIPES pipes
        runs = [m.span() for m in PIPE_RUN.finditer(text) if m.end() - m.start() >= MIN_PIPES]
    if STORY_SEPARATOR in text:
        find, size = text.find, len(STORY_SEPARATOR)
        pos = find(STORY_SEPARATOR)
        while pos != -1:
            runs.append((pos, pos + size))
            pos = find(STORY_SEPARATOR, pos + size)
        runs.sort()
    for start, end in runs:
        yield from _classify(text, start, end)


def split_bundle(text: str) -> Split:
    """Split *text* at its delimiters.

    Returns the non-empty segments (spans into *text*, whitespace kept verbatim), the
    separators (delimiters plus any empty segments between them), and problems found, each as
    ``(offset, code, message)``. Segments and separators together cover *text* exactly.
    A single delimiter at the very end (the Multi-News ``" |||||"`` terminator) is not a
    problem; leading, doubled and other empty segments are.
    """
    delimiters = list(_delimiters(text))
    problems: list[tuple[int, str, str]] = []
    for d in delimiters:
        if d.problems:
            shown = text[d.start:d.end]
            problems.append((d.start, "malformed-delimiter",
                             f"delimiter {shown!r} " + "; ".join(d.problems)))
    if not delimiters:
        if text.strip():
            return Split((Span(0, len(text)),), (), ())
        blank = (Separator(Span(0, len(text)), text, "blank"),) if text else ()
        return Split((), blank, ((0, "empty-input", "no article text"),))

    segments: list[Span] = []
    separators: list[Separator] = []
    sep_start: int | None = None  # start of the separator being built
    sep_kinds: list[str] = []
    prev_end = 0
    last = len(delimiters) - 1
    for i, d in enumerate(delimiters):
        seg_text = text[prev_end:d.start]
        if seg_text.strip():
            if sep_start is not None:
                separators.append(_separator(text, sep_start, prev_end, sep_kinds))
                sep_start, sep_kinds = None, []
            segments.append(Span(prev_end, d.start))
            if sep_start is None:
                sep_start = d.start
        else:
            if sep_start is None:
                sep_start = prev_end
            if i == 0:
                problems.append((d.start, "empty-segment",
                                 "the text starts with a delimiter (empty first segment)"))
            else:
                problems.append((prev_end, "empty-segment",
                                 "two delimiters with nothing between them (empty segment)"))
        sep_kinds.append(d.kind)
        prev_end = d.end
        if i == last:
            tail = text[d.end:]
            if tail.strip():
                separators.append(_separator(text, sep_start, d.end, sep_kinds))
                segments.append(Span(d.end, len(text)))
            else:
                separators.append(_separator(text, sep_start, len(text), sep_kinds))
    return Split(tuple(segments), tuple(separators), tuple(sorted(problems)))


def _separator(text: str, start: int, end: int, kinds: list[str]) -> Separator:
    kind = kinds[0] if len(kinds) == 1 else "multiple"
    return Separator(Span(start, end), text[start:end], kind)


def decode_escapes(segment: str) -> str:
    """Decode Multi-News ``NEWLINE_CHAR`` escapes (with one space either side) to newlines.

    >>> decode_escapes("Rain. NEWLINE_CHAR NEWLINE_CHAR More rain.")
    'Rain.\\n\\nMore rain.'
    """
    if NEWLINE_TOKEN not in segment:
        return segment
    for old, new in NEWLINE_REPLACEMENTS:
        segment = segment.replace(old, new)
    return segment


def to_diagnostics(problems: tuple[tuple[int, str, str], ...],
                   lines: LineIndex) -> list[Diagnostic]:
    """Turn split problems into diagnostics located through *lines*."""
    out = []
    for offset, code, message in problems:
        severity = "info" if code == "empty-input" else "warning"
        out.append(Diagnostic(code, message, lines.location(offset), severity=severity))
    return out
