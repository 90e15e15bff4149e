"""Flat records: plain dicts of scalars (and lists of strings) for pandas, Arrow and Parquet.

The keys and their types are part of the public API (see docs/records.rst); new keys may be
added in minor releases, none renamed or removed.
"""

from __future__ import annotations

from typing import Any

from ._model import Article, Money, Quote

__all__ = ["ARTICLE_KEYS", "MONEY_KEYS", "QUOTE_KEYS", "article_record", "money_record",
           "quote_record"]

#: Keys of :meth:`Article.to_record`, in order, with their types.
ARTICLE_KEYS: dict[str, str] = {
    "index": "int", "doc_id": "str | None", "path": "str | None", "line": "int",
    "column": "int", "offset": "int", "headline": "str | None", "authors": "list[str]",
    "agency": "str | None", "dateline": "str | None", "dateline_place": "str | None",
    "dateline_month": "int | None", "dateline_day": "int | None",
    "dateline_year": "int | None", "published": "str | None (ISO 8601)",
    "updated": "str | None (ISO 8601)", "text": "str", "paragraphs": "int",
    "boilerplate_lines": "int", "quotes": "int", "money": "int",
    "diagnostics": "list[str] (codes)",
}

#: Keys of a quote record (the article's ``index`` and ``doc_id`` come first).
QUOTE_KEYS: dict[str, str] = {
    "index": "int", "doc_id": "str | None", "text": "str", "start": "int", "end": "int",
    "speaker": "str | None", "speaker_start": "int | None", "speaker_end": "int | None",
    "speaker_resolved": "str | None", "cue": "str | None", "kind": "str",
}

#: Keys of a money record (the article's ``index`` and ``doc_id`` come first). Decimal
#: values are strings so that no precision is lost on the way to a data frame.
MONEY_KEYS: dict[str, str] = {
    "index": "int", "doc_id": "str | None", "text": "str", "start": "int", "end": "int",
    "amount": "str | None", "multiplier": "str", "value": "str | None",
    "value_high": "str | None", "currency": "str | None", "approximate": "bool",
}


def article_record(a: Article) -> dict[str, Any]:
    """The flat record of one article."""
    dl = a.dateline
    agency = (a.byline.agency if a.byline is not None else None) or (dl.agency if dl else None)
    return {
        "index": a.index, "doc_id": a.doc_id, "path": a.location.path, "line": a.location.line,
        "column": a.location.column, "offset": a.location.offset,
        "headline": a.headline.text if a.headline else None,
        "authors": [n.text for n in a.byline.authors] if a.byline else [],
        "agency": agency,
        "dateline": dl.raw if dl else None,
        "dateline_place": dl.place if dl else None,
        "dateline_month": dl.month if dl else None,
        "dateline_day": dl.day if dl else None,
        "dateline_year": dl.year if dl else None,
        "published": a.published.value.isoformat() if a.published else None,
        "updated": a.updated.value.isoformat() if a.updated else None,
        "text": a.text, "paragraphs": len(a.paragraphs),
        "boilerplate_lines": len(a.boilerplate), "quotes": len(a.quotes),
        "money": len(a.money), "diagnostics": [d.code for d in a.diagnostics],
    }


def quote_record(a: Article, q: Quote) -> dict[str, Any]:
    """The flat record of one quote of *a*."""
    sp = q.speaker
    return {
        "index": a.index, "doc_id": a.doc_id, "text": q.text, "start": q.span.start,
        "end": q.span.end, "speaker": sp.text if sp else None,
        "speaker_start": sp.span.start if sp else None,
        "speaker_end": sp.span.end if sp else None, "speaker_resolved": q.speaker_resolved,
        "cue": q.cue.text if q.cue else None, "kind": q.kind,
    }


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def money_record(a: Article, m: Money) -> dict[str, Any]:
    """The flat record of one money mention of *a*."""
    return {
        "index": a.index, "doc_id": a.doc_id, "text": m.text, "start": m.span.start,
        "end": m.span.end, "amount": _str(m.amount), "multiplier": str(m.multiplier),
        "value": _str(m.value), "value_high": _str(m.value_high), "currency": m.currency,
        "approximate": m.approximate,
    }
