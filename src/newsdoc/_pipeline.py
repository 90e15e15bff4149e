"""One article, top to bottom: structure -> quotes -> money -> a frozen Article.

The quote stage is imported the first time an article asks for quotes: compiling its
patterns takes about a second, which a program that never extracts quotes (split only,
structure or money, ``newsdoc --help``) should not pay at ``import newsdoc``.
"""

from __future__ import annotations

import operator

import attrs

from ._model import Article, Diagnostic, Location, Money, Quote, Span
from ._money import find_money
from ._options import ParseOptions
from ._structure import Structure, extract_structure

__all__ = ["build_article"]


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


def build_article(text: str, *, index: int, doc_id: str | None, location: Location,
                  raw_text: str | None, options: ParseOptions,
                  diagnostics: tuple[Diagnostic, ...] = ()) -> Article:
    """Run the extraction stages the options ask for over one article's source text."""
    extract = options.extract
    if not extract:
        return Article(text, index, doc_id, location, raw_text, diagnostics=diagnostics)
    notes = list(diagnostics)
    limit = options.max_article_chars
    work = text
    if len(text) > limit:
        notes.append(Diagnostic(
            "article-too-long",
            f"article has {len(text)} characters, more than max_article_chars={limit}; "
            "only the first part was analysed, the text itself is kept whole",
            location, Span(limit, len(text))))
        work = text[:limit]
    structure: Structure = extract_structure(work, options)
    notes.extend(structure.diagnostics)
    quotes: tuple[Quote, ...] = ()
    money: tuple[Money, ...] = ()
    if "quotes" in extract or "money" in extract:
        body = [p.span for p in structure.paragraphs]
        headline = structure.headline.span if structure.headline is not None else None
        if "quotes" in extract:
            from ._quotes import find_quotes  # on first use (see the module docstring)

            quotes, quote_notes = find_quotes(work, body, headline, options=options)
            notes.extend(quote_notes)
        if "money" in extract:
            regions = ([headline] if headline is not None else []) + body
            money = find_money(work, regions, options=options)
    if notes:
        notes = [_locate(n, text, location, raw_text is None) for n in notes]
    # the structure's fields are the article's structure fields; kept only when asked for
    parts = (dict(zip(_STRUCTURE_FIELDS, _structure_values(structure), strict=True))
             if "structure" in extract else {})
    return Article(text, index, doc_id, location, raw_text, quotes=quotes, money=money,
                   diagnostics=tuple(notes), **parts)


#: The structure's fields that the article takes as they are (its diagnostics are merged
#: into the article's own): read with one attrgetter call, cheaper than ``attrs.asdict``.
_STRUCTURE_FIELDS = tuple(f.name for f in attrs.fields(Structure) if f.name != "diagnostics")
_structure_values = operator.attrgetter(*_STRUCTURE_FIELDS)
