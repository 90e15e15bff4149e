"""Bundle segments: split delimited multi-document text into article segments.

Pure functions on ``str``; no I/O. The decisions for each delimiter form are in
docs/format.rst; the patterns in :mod:`newsdoc._rules.delimiters`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

import attrs

from ._model import Diagnostic, Location, Separator, Span
from ._options import LISTED_PROBLEMS
from ._rules.delimiters import (
    ASCII_PIPE_RUN,
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
        starts = self._starts
        row = bisect_right(starts, offset) - 1
        return Location(self.path, self.line + row, offset - starts[row] + 1, offset)


#: The pipe characters other than ``|``, with how a message names them.
_LOOK_ALIKES = {c: f"U+{ord(c):04X} {c!r}" for c in PIPE_CHARS if c != "|"}

@functools.lru_cache(maxsize=4096)
def _run_verdict(run: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a run of pipe characters (a PIPE_RUN match, so MIN_PIPES pipes or more) is
    several delimiters side by side, and otherwise the problems it has as one delimiter,
    whatever surrounds it.

    Depends on the run's characters only, so it is cached: ordinary text has one run,
    ``"|||||"``, and a text full of pipes repeats many of its short runs.
    """
    # A run is pipe characters with spaces or tabs between them, starting and ending with
    # a pipe: counting the blanks gives the pipes without splitting the run.
    blanks = run.count(" ") + run.count("\t")
    pipes = len(run) - blanks
    groups = run.split() if blanks else [run]
    if len(groups) > 1 and min(map(len, groups)) >= MIN_PIPES:
        return True, ()
    problems: list[str] = []
    if pipes != len(CANONICAL):
        problems.append(f"has {pipes} pipes, expected {len(CANONICAL)}")
    if len(groups) > 1:
        problems.append("has spaces between its pipes")
    if not run.isascii():
        names = ", ".join(_LOOK_ALIKES[c] for c in sorted(_LOOK_ALIKES.keys() & set(run)))
        problems.append(f"uses look-alike pipe characters ({names})")
    return False, tuple(problems)


def _classify(text: str, start: int, end: int, out: list[_Delimiter]) -> None:
    """Turn one run of pipe characters into one or several delimiters (appended to *out*:
    a list, not a generator, since most runs give one)."""
    run = text[start:end]
    if run == STORY_SEPARATOR:
        out.append(_Delimiter(start, end, "story_separator", _glued(text, start, end)))
        return
    several, problems = _run_verdict(run)
    if several:
        # "||||| |||||": several delimiters side by side (an empty segment between them)
        offset = start
        for group in run.split():
            g_start = text.index(group, offset, end)
            _classify(text, g_start, g_start + len(group), out)
            offset = g_start + len(group)
        return
    glued = _glued(text, start, end)
    if glued:
        problems += glued
    # _Delimiter(...) without the Python-level __new__ frame (as in _lines): the same value
    out.append(tuple.__new__(_Delimiter, (start, end, "malformed" if problems else "delimiter",
                                          problems)))


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



def _delimiters(text: str) -> list[_Delimiter]:
    runs: list[tuple[int, int]] = []
    if any(c in text for c in _LOOK_ALIKES):
        runs = [m.span() for m in PIPE_RUN.finditer(text)]  # each of MIN_PIPES+ pipes
    elif "|" in text:
        runs = [m.span() for m in ASCII_PIPE_RUN.finditer(text)]
    if STORY_SEPARATOR in text:
        find, size = text.find, len(STORY_SEPARATOR)
        pos = find(STORY_SEPARATOR)
        while pos != -1:
            runs.append((pos, pos + size))
            pos = find(STORY_SEPARATOR, pos + size)
        runs.sort()
    out: list[_Delimiter] = []
    for start, end in runs:
        _classify(text, start, end, out)
    return out


#: How many problems of one kind (malformed delimiters, empty segments) a bundle lists one
#: by one, unless :attr:`ParseOptions.max_listed_problems` says otherwise. Past that, one
#: summary at the first unlisted one says how many more there are: a text of nothing but
#: broken delimiters would otherwise bury its reader (and the parse) in tens of thousands of
#: notes. Nothing is lost: every delimiter's text and span is in the bundle's separators.
MAX_SPLIT_PROBLEMS = LISTED_PROBLEMS


def split_bundle(text: str, listed: int = MAX_SPLIT_PROBLEMS) -> Split:
    """Split *text* at its delimiters.

    Returns the non-empty segments (spans into *text*, whitespace kept verbatim), the
    separators (delimiters plus any empty segments between them), and problems found, each as
    ``(offset, code, message)``. Segments and separators together cover *text* exactly.
    A single delimiter at the very end (the Multi-News ``" |||||"`` terminator) is not a
    problem; leading, doubled and other empty segments are. Of each kind of problem, the
    first *listed* are reported one by one and one more counts the rest.
    """
    delimiters = _delimiters(text)
    problems = _listed([d for d in delimiters if d.problems], listed, "malformed-delimiter",
                       "malformed delimiters", lambda d: d.start,
                       lambda d: f"delimiter {text[d.start:d.end]!r} " + "; ".join(d.problems))
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
    empties: list[tuple[int, str]] = []  # (offset, message) of each empty segment
    has_text = _NONBLANK.search  # on offsets: no copy of the segment just to test it
    for d in delimiters:
        if has_text(text, prev_end, d.start) is not None:
            if sep_start is not None:
                separators.append(_separator(text, sep_start, prev_end, sep_kinds))
                sep_kinds = []
            segments.append(Span(prev_end, d.start))
            sep_start = d.start
        else:
            if sep_start is None:
                sep_start = prev_end
            if prev_end == 0:  # the first delimiter
                empties.append((d.start, _LEADING_EMPTY))
            else:
                empties.append((prev_end, _DOUBLED_EMPTY))
        sep_kinds.append(d.kind)
        prev_end = d.end
    assert sep_start is not None  # set by the first delimiter
    if has_text(text, prev_end) is not None:
        separators.append(_separator(text, sep_start, prev_end, sep_kinds))
        segments.append(Span(prev_end, len(text)))
    else:
        separators.append(_separator(text, sep_start, len(text), sep_kinds))
    problems += _listed(empties, listed, "empty-segment", "empty segments", lambda e: e[0],
                        lambda e: e[1])
    return Split(tuple(segments), tuple(separators), tuple(sorted(problems)))


_T = TypeVar("_T")


def _listed(found: Sequence[_T], limit: int, code: str, what: str,
            where: Callable[[_T], int],
            message: Callable[[_T], str]) -> list[tuple[int, str, str]]:
    """Problems ``(offset, code, message)`` for the first *limit* of *found* (in text order),
    and one that counts the rest, at the first of them (messages are only written for the
    problems listed)."""
    out = [(where(x), code, message(x)) for x in found[:limit]]
    if len(found) > limit:
        out.append((where(found[limit]), code,
                    f"{len(found) - limit} more {what} from here on are not "
                    "listed one by one (every delimiter is kept in Bundle.separators)"))
    return out


_LEADING_EMPTY = "the text starts with a delimiter (empty first segment)"
_DOUBLED_EMPTY = "two delimiters with nothing between them (empty segment)"

#: A character that is not white space (what ``str.strip`` removes is what ``\s`` matches).
_NONBLANK = re.compile(r"\S")


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
    (spaced, newline), *others = NEWLINE_REPLACEMENTS
    segment = segment.replace(spaced, newline)
    if NEWLINE_TOKEN in segment:  # a glued escape is left: rare, so one scan, not three
        for old, new in others:
            segment = segment.replace(old, new)
    return segment


def to_diagnostics(problems: tuple[tuple[int, str, str], ...],
                   lines: LineIndex) -> list[Diagnostic]:
    """Turn split problems into diagnostics located through *lines*."""
    locate = lines.location
    return [Diagnostic(code, message, locate(offset), None,
                       "info" if code == "empty-input" else "warning")
            for offset, code, message in problems]
