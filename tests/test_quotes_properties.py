"""Hypothesis properties of the quote stage: any string parses; spans index the source."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdoc import _quotes as quotes_module
from newsdoc._model import Quote, Span
from newsdoc._quotes import find_quotes

#: Pieces that exercise the quote machinery: marks of every kind, cues, names, breaks.
PIECES = st.sampled_from([
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", " ", " ", " ", "\n",
    "\n\n", ",", ".", ":", "?", " said ", " told reporters", "According to ", " Lee",
    " the minister", " he", "We will win", "Ann Marie Tolliver", " - ", "\u2014", "(D-Ore.)",
    "<tag a=\"1\">", "12\"", "don't", "the '90s",
    " group of national security experts at the institute" * 6,  # past the search window
])
TEXTS = st.one_of(st.text(), st.lists(PIECES, max_size=40).map("".join))


def _check(text: str, quotes: tuple[Quote, ...], edges: frozenset[int] = frozenset()) -> None:
    """The invariants of any result. *edges* are region boundaries (a headline cut inside a
    word), where a mention may stop although a word goes on."""
    previous_end = -1
    for q in quotes:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start:q.span.end] == q.text
        assert q.span.start >= previous_end, "quotes overlap or are out of order"
        previous_end = q.span.end
        for mention in (q.speaker, q.cue):
            if mention is not None:
                start, end = mention.span.start, mention.span.end
                assert text[start:end] == mention.text
                # a mention is whole words: it never starts or ends inside a word
                assert start == 0 or start in edges \
                    or not (text[start - 1].isalnum() and text[start].isalnum())
                assert end == len(text) or end in edges \
                    or not (text[end - 1].isalnum() and text[end].isalnum())
        if q.kind == "scare":
            assert q.speaker is None


@given(TEXTS)
def test_any_text_parses_and_spans_index_source(text: str) -> None:
    quotes, notes = find_quotes(text)
    _check(text, quotes)
    for note in notes:
        assert note.span is not None and 0 <= note.span.start < note.span.end <= len(text)


@given(TEXTS, st.integers(min_value=0, max_value=60))
def test_with_headline_and_paragraph_spans(text: str, cut: int) -> None:
    cut = min(cut, len(text))
    head = Span(0, cut)
    body = [Span(cut, len(text))] if cut < len(text) else []
    quotes, _ = find_quotes(text, body, head)
    _check(text, quotes, frozenset({cut}))


@given(st.lists(st.sampled_from(['"', "\u201c", "\u201d", "$", "1", " "]), max_size=3000))
def test_hostile_runs_of_marks(chars: list[str]) -> None:
    text = "".join(chars)
    quotes, _ = find_quotes(text)
    _check(text, quotes)


@given(TEXTS, st.booleans())
def test_short_text_precheck_changes_nothing(text: str, with_headline: bool) -> None:
    """The one-search test for short texts finds quotes exactly when the full scan does."""
    paragraphs = None
    headline = None
    if with_headline and "\n" in text:
        cut = text.index("\n")
        headline, paragraphs = Span(0, cut), [Span(cut + 1, len(text))]
    fast = find_quotes(text, paragraphs, headline)
    saved = quotes_module._SHORT_TEXT
    quotes_module._SHORT_TEXT = -1  # every text takes the full scan
    try:
        assert find_quotes(text, paragraphs, headline) == fast
    finally:
        quotes_module._SHORT_TEXT = saved
