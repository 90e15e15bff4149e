"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import strategies as st

import newsdoc

PIPES = "|\uff5c\u00a6"

#: Article text: anything but pipe-like characters (those would be delimiters).
article_text = st.text(
    alphabet=st.characters(blacklist_characters=PIPES, blacklist_categories=("Cs",)),
    min_size=1, max_size=200,
).filter(lambda s: s.strip() != "" and "story_separator_special_tag" not in s)

#: Delimiters, well-formed and malformed.
delimiter = st.sampled_from([
    "|||||", "||||", "||||||", "|||||||||", "| | | | |", "|  |  |  |  |", "\uff5c" * 5,
    "\u00a6" * 5, "|\u00a6|\uff5c|", "story_separator_special_tag",
])

padding = st.sampled_from(["", " ", "\n", "\r\n", "  \n\n ", "\t"])


@st.composite
def bundle_text(draw: st.DrawFn) -> tuple[str, int]:
    """A bundle string and its number of non-empty segments."""
    parts = draw(st.lists(st.one_of(article_text, st.sampled_from(["", " ", "\n"])),
                          min_size=1, max_size=6))
    out = [parts[0]]
    for part in parts[1:]:
        out.append(draw(padding) + draw(delimiter) + draw(padding))
        out.append(part)
    if draw(st.booleans()):
        out.append(draw(padding) + draw(delimiter))
    return "".join(out), sum(1 for p in parts if p.strip())


def rebuild(bundle: newsdoc.Bundle) -> str:
    """The bundle's input, put back together from its articles' raw text and its separators."""
    pieces = [(a.location.offset, a.raw) for a in bundle]
    pieces += [(s.span.start, s.text) for s in bundle.separators]
    return "".join(text for _, text in sorted(pieces))


def spans_of(obj: Any) -> Iterator[tuple[Any, newsdoc.Span]]:
    """Every (owner, span) pair inside an article, recursively."""
    if isinstance(obj, tuple):
        for item in obj:
            yield from spans_of(item)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if isinstance(value, newsdoc.Span):
                yield obj, value
            else:
                yield from spans_of(value)


def check_spans(article: newsdoc.Article) -> None:
    """Every span is in bounds and, where the owner has text, equals the source slice."""
    text = article.source_text
    for owner, span in spans_of(article):
        if isinstance(owner, (newsdoc.Location, newsdoc.Separator)):
            continue
        assert 0 <= span.start <= span.end <= len(text), (owner, len(text))
        if isinstance(owner, newsdoc.Diagnostic):
            continue
        shown = getattr(owner, "raw", None)
        if not isinstance(shown, str):
            shown = getattr(owner, "text", None)
        if isinstance(shown, str):
            assert text[span.start:span.end] == shown, owner
