"""The articles of a bundle, top to bottom: structure -> quotes -> money -> frozen Articles.

The quote stage is imported the first time an article asks for quotes: compiling its
patterns takes about a second, which a program that never extracts quotes (split only,
structure or money, ``newsdoc --help``) should not pay at ``import newsdoc``.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from ._model import Article, Diagnostic, Location, Money, Quote, Span
from ._money import find_money
from ._options import ParseOptions
from ._structure import Structure, extract_structure

__all__ = ["Draft", "build_articles"]


def _locate(note: Diagnostic, text: str, where: Location, exact: bool) -> Diagnostic:
    """Give a stage diagnostic (which knows only its span) a location in the input.

    When the article's text is the input verbatim (*exact*), line and column are exact;
    when escapes were decoded, the article's own start is the best location there is.
    """
    if note.location is not None:
        return note
    if note.span is None or not exact:
        return attrs.evolve(note, location=where)
    start = note.span.start
    newlines = text.count("\n", 0, start)
    column = start - text.rfind("\n", 0, start) if newlines else where.column + start
    return attrs.evolve(note, location=Location(where.path, where.line + newlines, column,
                                                where.offset + start))


class Draft(NamedTuple):
    """One article's text and where it came from, before the stages run."""

    text: str
    number: int  #: the article's index in its bundle
    doc_id: str | None
    location: Location
    raw_text: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def build_articles(drafts: Sequence[Draft], options: ParseOptions) -> list[Article]:
    """Run the extraction stages the options ask for over the articles of one bundle.

    Each stage runs over every article before the next one starts (all structures, then all
    quotes, then all money): a stage's compiled patterns stay in the processor's caches for
    the whole bundle, about a tenth faster than running the stages article by article. The
    articles are the same either way.
    """
    extract = options.extract
    if not extract:
        return [Article(d.text, d.number, d.doc_id, d.location, d.raw_text,
                        diagnostics=d.diagnostics) for d in drafts]
    limit = options.max_article_chars
    works: list[str] = []
    notes_of: list[list[Diagnostic]] = []
    for d in drafts:
        notes = list(d.diagnostics)
        work = d.text
        if len(work) > limit:
            notes.append(Diagnostic(
                "article-too-long",
                f"article has {len(work)} characters, more than max_article_chars={limit}; "
                "only the first part was analysed, the text itself is kept whole",
                d.location, Span(limit, len(work))))
            work = work[:limit]
        works.append(work)
        notes_of.append(notes)
    structures: list[Structure] = [extract_structure(work, options) for work in works]
    for notes, structure in zip(notes_of, structures, strict=True):
        notes.extend(structure.diagnostics)
    quotes_of: list[tuple[Quote, ...]] = [()] * len(drafts)
    money_of: list[tuple[Money, ...]] = [()] * len(drafts)
    if "quotes" in extract or "money" in extract:
        regions = [([p.span for p in s.paragraphs], s.headline.span if s.headline else None)
                   for s in structures]
        if "quotes" in extract:
            from ._quotes import find_quotes  # on first use (see the module docstring)

            for k, (work, (body, headline)) in enumerate(zip(works, regions, strict=True)):
                quotes_of[k], quote_notes = find_quotes(work, body, headline, options=options)
                notes_of[k].extend(quote_notes)
        if "money" in extract:
            for k, (work, (body, headline)) in enumerate(zip(works, regions, strict=True)):
                money_of[k] = find_money(work, ([headline] if headline is not None else [])
                                         + body, options=options)
    keep = "structure" in extract
    articles = []
    for d, structure, notes, quotes, money in zip(drafts, structures, notes_of, quotes_of,
                                                  money_of, strict=True):
        if notes:
            notes = [_locate(n, d.text, d.location, d.raw_text is None) for n in notes]
        # the structure's fields are the article's structure fields; kept only when asked for
        parts = (dict(zip(_STRUCTURE_FIELDS, _structure_values(structure), strict=True))
                 if keep else {})
        articles.append(Article(d.text, d.number, d.doc_id, d.location, d.raw_text,
                                quotes=quotes, money=money, diagnostics=tuple(notes), **parts))
    return articles


#: The structure's fields that the article takes as they are (its diagnostics are merged
#: into the article's own): read with one attrgetter call, cheaper than ``attrs.asdict``.
_STRUCTURE_FIELDS = tuple(f.name for f in attrs.fields(Structure) if f.name != "diagnostics")
_structure_values = operator.attrgetter(*_STRUCTURE_FIELDS)
