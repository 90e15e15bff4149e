"""Article structure stage (stub: replaced by the structure work)."""

from __future__ import annotations

import attrs

from ._model import (Boilerplate, Byline, Credit, Dateline, DateStamp, Diagnostic, Headline,
                     Paragraph, Span)
from ._options import ParseOptions


@attrs.frozen
class Structure:
    """What the structure stage found in one article's source text."""

    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    credits: tuple[Credit, ...] = ()
    published: DateStamp | None = None
    updated: DateStamp | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


def extract_structure(text: str, options: ParseOptions) -> Structure:
    """Split *text* into headline, byline, dateline, paragraphs, credits and boilerplate."""
    paragraphs = []
    pos = 0
    for block in text.split("\n"):
        stripped = block.strip()
        if stripped:
            start = pos + block.index(stripped)
            paragraphs.append(Paragraph(stripped, Span(start, start + len(stripped))))
        pos += len(block) + 1
    if not paragraphs:
        return Structure()
    first = paragraphs[0]
    return Structure(headline=Headline(first.text, first.span), paragraphs=tuple(paragraphs[1:]))
