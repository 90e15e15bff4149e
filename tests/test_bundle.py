"""Bundle splitting: the delimiter table of docs/format.rst, case by case."""

from __future__ import annotations

import pytest
from strategies import rebuild

import newsdoc
from newsdoc import ParseOptions

SPLIT_ONLY = ParseOptions(extract=())


def split(text: str) -> newsdoc.Bundle:
    return newsdoc.parse(text, options=SPLIT_ONLY)


def codes(bundle: newsdoc.Bundle) -> list[str]:
    return [d.code for d in bundle.diagnostics]


# (input, expected stripped article texts, expected diagnostic codes)
CASES = [
    pytest.param("One story.", ["One story."], [], id="single-article"),
    pytest.param("A. ||||| B.", ["A.", "B."], [], id="canonical"),
    pytest.param("A. ||||| B. |||||", ["A.", "B."], [], id="multinews-terminator"),
    pytest.param("A. |||||", ["A."], [], id="single-article-terminated"),
    pytest.param("A. |||| B.", ["A.", "B."], ["malformed-delimiter"], id="four-pipes"),
    pytest.param("A. |||||| B.", ["A.", "B."], ["malformed-delimiter"], id="six-pipes"),
    pytest.param("A. |||||||||| B.", ["A.", "B."], ["malformed-delimiter"], id="ten-pipes"),
    pytest.param("A. | | | | | B.", ["A.", "B."], ["malformed-delimiter"], id="spaced"),
    pytest.param("A. |  |  |  |  | B.", ["A.", "B."], ["malformed-delimiter"],
                 id="double-spaced"),
    pytest.param("A. ｜｜｜｜｜ B.", ["A.", "B."], ["malformed-delimiter"], id="full-width"),
    pytest.param("A. ¦¦¦¦¦ B.", ["A.", "B."], ["malformed-delimiter"], id="broken-bar"),
    pytest.param("A. |¦|｜| B.", ["A.", "B."], ["malformed-delimiter"], id="mixed-pipes"),
    pytest.param("end.|||||Next", ["end.", "Next"], ["malformed-delimiter"], id="glued-both"),
    pytest.param("end.||||| Next", ["end.", "Next"], ["malformed-delimiter"], id="glued-before"),
    pytest.param("end. |||||Next", ["end.", "Next"], ["malformed-delimiter"], id="glued-after"),
    pytest.param("||||| A. ||||| B.", ["A.", "B."], ["empty-segment"], id="leading"),
    pytest.param("  \n||||| A.", ["A."], ["empty-segment"], id="leading-after-blank"),
    pytest.param("A. ||||| ||||| B.", ["A.", "B."], ["empty-segment"], id="doubled"),
    pytest.param("A. |||||\n\n||||| B.", ["A.", "B."], ["empty-segment"],
                 id="doubled-across-lines"),
    pytest.param("A. ||||| |||||", ["A."], ["empty-segment"], id="doubled-trailing"),
    pytest.param("A. ||||| B.|||||", ["A.", "B."], ["malformed-delimiter"],
                 id="glued-last-bytes"),
    pytest.param("A.\r\n|||||\r\nB.\r\n", ["A.", "B."], [], id="crlf"),
    pytest.param("a || b", ["a || b"], [], id="double-pipe-is-text"),
    pytest.param("a ||| b", ["a ||| b"], [], id="triple-pipe-is-text"),
    pytest.param("x | y | z | w", ["x | y | z | w"], [], id="table-like-is-text"),
    pytest.param("Vote yes | no", ["Vote yes | no"], [], id="lone-pipe-is-text"),
    pytest.param("A. story_separator_special_tag B.", ["A.", "B."], [],
                 id="story-separator"),
    pytest.param("A.story_separator_special_tagB.", ["A.", "B."], ["malformed-delimiter"],
                 id="story-separator-glued"),
    pytest.param("A. |||| B. |||||| C.", ["A.", "B.", "C."],
                 ["malformed-delimiter", "malformed-delimiter"], id="two-malformed"),
    pytest.param("", [], ["empty-input"], id="empty"),
    pytest.param("   \n ", [], ["empty-input"], id="blank"),
    pytest.param("|||||", [], ["empty-segment"], id="only-delimiter"),
]


@pytest.mark.parametrize(("text", "articles", "diagnostics"), CASES)
def test_delimiter_cases(text: str, articles: list[str], diagnostics: list[str]) -> None:
    bundle = split(text)
    assert [a.source_text.strip() for a in bundle] == articles
    assert codes(bundle) == diagnostics
    assert [a.index for a in bundle] == list(range(len(articles)))


@pytest.mark.parametrize(("text", "_articles", "_diagnostics"), CASES)
def test_articles_and_separators_rebuild_input(text: str, _articles: list[str],
                                               _diagnostics: list[str]) -> None:
    assert rebuild(split(text)) == text


def test_diagnostic_location_is_line_and_column() -> None:
    bundle = split("First line.\nSecond |||| third.")
    (diag,) = bundle.diagnostics
    assert (diag.location.line, diag.location.column) == (2, 8)
    assert diag.location.offset == 19


def test_malformed_message_says_why() -> None:
    (diag,) = split("A. | | | | B.").diagnostics
    assert "4 pipes" in diag.message and "spaces" in diag.message


def test_article_locations() -> None:
    bundle = split("A one.\n||||| B\ntwo.")
    assert bundle[1].location.line == 2
    assert bundle[1].location.column == 6
    assert bundle[1].source_text == " B\ntwo."


def test_newline_char_decoding() -> None:
    raw = "Title NEWLINE_CHAR NEWLINE_CHAR Body textNEWLINE_CHAR more. ||||| Two"
    bundle = split(raw)
    assert bundle[0].source_text == "Title\n\nBody text\nmore. "
    assert bundle[0].raw_text == "Title NEWLINE_CHAR NEWLINE_CHAR Body textNEWLINE_CHAR more. "
    assert bundle[1].raw_text is None
    assert bundle[1].raw == bundle[1].source_text == " Two"


def test_three_articles_one_diagnostic_per_malformed_delimiter() -> None:
    text = ("First report. NEWLINE_CHAR Rain fell. | | | | | Second report. NEWLINE_CHAR "
            "Sun came out.|||||Third report. |||||")
    bundle = split(text)
    assert len(bundle) == 3
    assert codes(bundle) == ["malformed-delimiter", "malformed-delimiter"]
    assert [d.location.column for d in bundle.diagnostics] == [
        text.index("| |") + 1, text.index("|||||Third") + 1]


def test_floods_of_split_problems_are_summarised() -> None:
    """Past MAX_SPLIT_PROBLEMS of one kind, one summary counts the rest; every delimiter is
    still honoured and kept in the separators."""
    from newsdoc._bundle import MAX_SPLIT_PROBLEMS

    extra = 37
    count = MAX_SPLIT_PROBLEMS + extra
    text = "".join(f"story {k} |||| " for k in range(count)) + "last ||||| ||||| end"
    bundle = newsdoc.parse(text)
    assert [a.text for a in bundle][:2] == ["story 0", "story 1"]
    assert len(bundle) == count + 2
    malformed = [d for d in bundle.diagnostics if d.code == "malformed-delimiter"]
    assert len(malformed) == MAX_SPLIT_PROBLEMS + 1
    assert malformed[-1].message.startswith(f"{extra} more malformed delimiters")
    assert malformed[-1].location is not None
    story = f"story {MAX_SPLIT_PROBLEMS} "
    first_unlisted = text.index(story) + len(story)
    assert malformed[-1].location.offset == first_unlisted
    assert sum(1 for s in bundle.separators if s.kind == "malformed") == count
    empty = [d for d in bundle.diagnostics if d.code == "empty-segment"]
    assert len(empty) == 1  # well under the limit: listed one by one


def test_empty_segment_flood_is_summarised() -> None:
    from newsdoc._bundle import MAX_SPLIT_PROBLEMS

    text = "first |||||" + " |||||" * (MAX_SPLIT_PROBLEMS + 5) + " last"
    bundle = newsdoc.parse(text)
    assert [a.text for a in bundle] == ["first", "last"]
    empty = [d for d in bundle.diagnostics if d.code == "empty-segment"]
    assert len(empty) == MAX_SPLIT_PROBLEMS + 1
    assert empty[-1].message.startswith("5 more empty segments")


@pytest.mark.parametrize("limit", [0, 1, 3, 10_000])
def test_max_listed_problems_sets_how_many_are_listed(limit: int) -> None:
    """ParseOptions.max_listed_problems replaces the default limit for both kinds."""
    malformed_count, empty_count = 12, 7
    text = ("".join(f"story {k} |||| " for k in range(malformed_count))
            + "tail |||||" + " |||||" * empty_count + " end")
    bundle = newsdoc.parse(text, options=newsdoc.ParseOptions(max_listed_problems=limit))
    assert len(bundle) == malformed_count + 2  # nothing lost whatever is listed
    for code, total, what in (("malformed-delimiter", malformed_count, "malformed delimiters"),
                              ("empty-segment", empty_count, "empty segments")):
        found = [d for d in bundle.diagnostics if d.code == code]
        if total <= limit:
            assert len(found) == total
            assert not any(" more " in d.message for d in found)
        else:
            assert len(found) == limit + 1
            assert found[-1].message.startswith(f"{total - limit} more {what}")


def test_max_listed_problems_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="max_listed_problems must be 0 or more"):
        newsdoc.ParseOptions(max_listed_problems=-1)
