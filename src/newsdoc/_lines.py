"""Text -> line table: one entry per non-blank line, with offsets; no classification.

The table never rewrites the text: each :class:`Line` holds the half-open offsets of the
line's content with surrounding white space stripped, so ``text[line.start:line.end]`` is
the content exactly as it stands in the input.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Line", "split_lines"]


class Line(NamedTuple):
    """One non-blank line of an article.

    ``start``/``end`` bound the stripped content; ``indent`` is the number of white-space
    characters before it; ``gap`` is true when the line opens a block (it is the first
    non-blank line, or a blank line stands before it).

    >>> split_lines("Title\\n\\n  Body text\\n")[1]
    Line(start=9, end=18, indent=2, gap=True)
    """

    start: int
    end: int
    indent: int
    gap: bool


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of *text* (split on ``\\n`` only) as :class:`Line` records.

    A line's content is what ``str.strip`` leaves of it (the white space it removes is what
    ``\\s`` matches), so the offsets point at its first and last non-space characters. One
    C-level split, then two strips per non-blank line: linear, and no regex search that
    tries every position.

    >>> [(line.start, line.end, line.gap) for line in split_lines("a\\n b \\n\\n\\nc")]
    [(0, 1, True), (3, 4, False), (8, 9, True)]
    """
    out: list[Line] = []
    append = out.append
    make = tuple.__new__  # Line(...) without the Python-level __new__ frame: same value
    pos = 0
    gap = True
    for segment in text.split("\n"):
        size = len(segment)
        rest = segment.lstrip()
        if rest:
            start = pos + size - len(rest)
            append(make(Line, (start, start + len(rest.rstrip()), start - pos, gap)))
            gap = False
        elif out:
            gap = True
        pos += size + 1
    return out
