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

    >>> [(line.start, line.end, line.gap) for line in split_lines("a\\n b \\n\\n\\nc")]
    [(0, 1, True), (3, 4, False), (8, 9, True)]
    """
    out: list[Line] = []
    append = out.append
    pos = 0
    gap = True
    for raw in text.split("\n"):
        size = len(raw)
        stripped = raw.lstrip()
        if stripped:
            indent = size - len(stripped)
            content = len(stripped.rstrip())
            append(Line(pos + indent, pos + indent + content, indent, gap))
            gap = False
        else:
            gap = True
        pos += size + 1
    return out
