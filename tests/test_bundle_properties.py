"""Nothing lost: property tests over random bundles (hypothesis)."""

from __future__ import annotations

import pickle
import re

from hypothesis import given
from hypothesis import strategies as st
from strategies import bundle_text, check_spans, rebuild

import newsdoc
from newsdoc import Bundle, ParseOptions
from newsdoc._rules.delimiters import MIN_PIPES, PIPE_RUN

SPLIT_ONLY = ParseOptions(extract=())


@given(bundle_text())
def test_article_count_equals_non_empty_segments(case: tuple[str, int]) -> None:
    text, expected = case
    assert len(newsdoc.parse(text, options=SPLIT_ONLY)) == expected


@given(bundle_text())
def test_articles_and_separators_rebuild_the_input(case: tuple[str, int]) -> None:
    text, _ = case
    bundle = newsdoc.parse(text, options=SPLIT_ONLY)
    assert rebuild(bundle) == text
    for article in bundle:
        assert text[article.location.offset:].startswith(article.raw)


@given(bundle_text())
def test_full_parse_spans_index_the_source(case: tuple[str, int]) -> None:
    text, expected = case
    bundle = newsdoc.parse(text)
    assert len(bundle) == expected
    for article in bundle:
        check_spans(article)


@given(st.text(max_size=400))
def test_any_string_parses_without_raising(text: str) -> None:
    bundle = newsdoc.parse(text)
    assert rebuild(bundle) == text
    for article in bundle:
        check_spans(article)


@given(st.binary(max_size=300))
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    bundle = newsdoc.parse(data)
    for article in bundle:
        check_spans(article)


@given(bundle_text())
def test_round_trips(case: tuple[str, int]) -> None:
    bundle = newsdoc.parse(case[0])
    assert Bundle.from_dict(bundle.to_dict()) == bundle
    assert pickle.loads(pickle.dumps(bundle)) == bundle


#: The definition PIPE_RUN stands for: maximal runs of two or more pipe characters (at most
#: two spaces or tabs between them) that hold at least MIN_PIPES pipes.
_ANY_PIPE_RUN = re.compile(r"[|\uff5c\u00a6](?:[ \t]{0,2}[|\uff5c\u00a6])+")


@given(st.lists(st.sampled_from(["|", " ", "  ", "\t", "a", "\uff5c", "\u00a6", "   "]),
                max_size=40).map("".join))
def test_pipe_run_finds_the_runs_that_can_be_delimiters(text: str) -> None:
    expected = [m.span() for m in _ANY_PIPE_RUN.finditer(text)
                if len(m.group().replace(" ", "").replace("\t", "")) >= MIN_PIPES]
    assert [m.span() for m in PIPE_RUN.finditer(text)] == expected


@given(st.lists(st.sampled_from(["|", "|", " ", "  ", "\t", "a", "\n", "||||", "| | | |"]),
                max_size=60).map("".join))
def test_ascii_pipe_pattern_finds_the_general_patterns_runs(text: str) -> None:
    """The fast pattern for texts whose only pipe is ``|`` finds exactly PIPE_RUN's runs."""
    from newsdoc._rules.delimiters import ASCII_PIPE_RUN

    assert [m.span() for m in ASCII_PIPE_RUN.finditer(text)] == \
        [m.span() for m in PIPE_RUN.finditer(text)]
