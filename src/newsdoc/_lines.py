"""Text -> line table: one entry per non-blank line, with offsets; no classification.

The table never rewrites the text: each :class:`Line` holds the half-open offsets of the
line's content with surrounding white space stripped, so ``text[line.start:line.end]`` is
the content exactly as it stands in the input.
"""

from __future__ import annotations

import re
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


#: One non-blank line: its indent and its content (from the first to the last non-space
#: character). ``[^\S\n]`` is white space other than a newline: the characters
#: ``str.strip`` removes. Linear: every attempt either matches or fails at once.
_LINE = re.compile(r"^(?P<indent>[^\S\n]*)(?P<content>\S(?:[^\n]*\S)?)", re.MULTILINE)


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of *text* (split on ``\\n`` only) as :class:`Line` records.

    >>> [(line.start, line.end, line.gap) for line in split_lines("a\\n b \\n\\n\\nc")]
    [(0, 1, True), (3, 4, False), (8, 9, True)]
    """
    out: list[Line] = []
    append = out.append
    count = text.count
    make = tuple.__new__  # Line(...) without the Python-level __new__ frame: same value
    prev_end = -1
    for m in _LINE.finditer(text):
        start, end = m.span(2)
        append(make(Line, (start, end, start - m.start(),
                           prev_end < 0 or count("\n", prev_end, start) > 1)))
        prev_end = end
    return out
