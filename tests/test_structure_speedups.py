"""The structure stage's fast paths read the text exactly as the plain definitions do.

Each fast path (the line splitter, the two-letter token filter, a rule matched form by
form, the one-line structure, the one-pass keyword test) is checked against the slower
definition it stands for.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdoc import ParseOptions, _structure
from newsdoc._lines import Line, split_lines
from newsdoc._rules import boilerplate as bp
from newsdoc._structure import _TOKEN, _compile_rules, _keyword_rules, extract_structure

#: The line table's definition: a non-blank line's content from its first to its last
#: non-space character; a blank line (or the start) before it opens a block.
_LINE = re.compile(r"^(?P<indent>[^\S\n]*)(?P<content>\S(?:[^\n]*\S)?)", re.MULTILINE)


def _reference_lines(text: str) -> list[Line]:
    out: list[Line] = []
    prev_end = -1
    for m in _LINE.finditer(text):
        start, end = m.span("content")
        out.append(Line(start, end, start - m.start(),
                        prev_end < 0 or text.count("\n", prev_end, start) > 1))
        prev_end = end
    return out


_SPACEY = st.text(alphabet="ab \n\n\t\r\x0b\x0c\x1c\x85\u2028\u3000\xa0x", max_size=40)


@given(_SPACEY)
def test_split_lines_matches_the_regex_definition(text: str) -> None:
    assert split_lines(text) == _reference_lines(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("", [], id="empty"),
    pytest.param("\n\n", [], id="blank"),
    pytest.param("Rain\r\n\r\nSun", [(0, 4, 0, True), (8, 11, 0, True)], id="crlf"),
    pytest.param("  Tea \n\u3000cake", [(2, 5, 2, True), (8, 12, 1, False)], id="indent"),
])
def test_split_lines_examples(text: str, expected: list[tuple[int, int, int, bool]]) -> None:
    assert [tuple(line) for line in split_lines(text)] == expected


_RULES = _compile_rules(frozenset(), ())


@given(st.text(alphabet="ABTHEInthexyzq é-.(", min_size=2, max_size=12))
def test_no_token_pairs_never_hide_a_start_token(line: str) -> None:
    """A line opening with a pair in ``no_token`` has a first token no rule starts with."""
    if line[:2] not in _RULES.no_token:
        return
    m = _TOKEN.match(line)
    assert m is not None
    digit, word, other = m.groups()
    key = "0" if digit else (word or other).lower()
    assert key not in _RULES.by_token


def test_no_token_pairs_examples() -> None:
    assert "He" in _RULES.no_token  # no start word begins "he"
    assert "Th" not in _RULES.no_token  # "this", "there"
    assert "Sh" not in _RULES.no_token  # "share"


@pytest.mark.parametrize("line", [
    pytest.param("Crowds gather at the station on Monday. (AP Photo/Ann Lee)", id="bracket"),
    pytest.param("Ministers met in the old hall on Tuesday. REUTERS/Bo Chan", id="wire"),
    pytest.param("(Getty Images)", id="bare"),
    pytest.param("The river rose overnight [Photo: Ann Lee/Daily Times]", id="tag"),
    pytest.param("The river rose overnight (and fell again).", id="prose"),
    pytest.param("Costs rose 3/4 of a point, officials said.", id="slash"),
])
def test_caption_forms_match_like_the_whole_pattern(line: str) -> None:
    (rule,) = [r for r in bp.BOILERPLATE_RULES if r.name == "caption-credit"]
    whole = regex.compile(rule.pattern, regex.IGNORECASE)
    split = _RULES.patterns[_RULES.names.index("caption-credit")]
    assert (whole.fullmatch(line) is None) == (split.fullmatch(line, 0, len(line)) is None)


@given(st.text(alphabet="abcPhoto (AP/REUTERS)[]: ", max_size=60))
def test_caption_forms_property(line: str) -> None:
    (rule,) = [r for r in bp.BOILERPLATE_RULES if r.name == "caption-credit"]
    whole = regex.compile(rule.pattern, regex.IGNORECASE)
    split = _RULES.patterns[_RULES.names.index("caption-credit")]
    assert (whole.fullmatch(line) is None) == (split.fullmatch(line, 0, len(line)) is None)


def test_forms_join_to_the_rule_pattern() -> None:
    for name, forms in bp.FORMS.items():
        (rule,) = [r for r in bp.BOILERPLATE_RULES if r.name == name]
        assert rule.pattern == "(?:" + "|".join(forms) + ")"


# --------------------------------------------------------------------------------------
# Short texts are remembered per options object: the structure from the memo must be what
# a fresh run of the steps finds, for one-line texts of every kind.

_ONE_LINE_PIECES = st.sampled_from([
    "By Ann Lee", "BY TOM ROSS, Associated Press", "Ann Lee, Staff Writer", "LONDON -",
    "OSLO, March 4 (Reuters) -", "PARIS (AFP) —", "Feb 12", "Rain fell on the city.",
    "(Reporting by Bo Chan; Editing by Ed Moss)", "(Writing by Ann Lee))", "Writing by Ann Lee",
    "Additional reporting by Tom Ross", "Contributing: Ann Lee", "HARBOR FEES", "Talks resume",
    "Share this", "Updated: 07/27/2016", "a", "|", '"', "2016", "and", ";", ":", " ",
])


def _both_ways(text: str, options: ParseOptions) -> None:
    first = extract_structure(text, options)  # computed (and remembered when short)
    again = extract_structure(text, options)  # from the memo when short
    assert first == again == _structure._extract(text, options)


@pytest.mark.parametrize("text", [
    pytest.param("Rain fell on the city.", id="paragraph"),
    pytest.param("  HARBOR FEES  ", id="heading"),
    pytest.param("By Ann Lee", id="byline"),
    pytest.param("OSLO, March 4 (Reuters) -", id="dateline-only"),
    pytest.param("OSLO, March 4 (Reuters) - Rain fell.", id="dateline-and-body"),
    pytest.param("(Reporting by Bo Chan; Editing by Ed Moss)", id="credit-line"),
    pytest.param("Rain fell. (Writing by Ann Lee))", id="closing-credits"),
    pytest.param("LONDON (Reuters) - (Writing by Ann Lee)", id="dateline-then-credits"),
    pytest.param("Share this", id="boilerplate"),
    pytest.param("Updated: 07/27/2016", id="date-stamp"),
])
def test_one_line_memo_examples(text: str) -> None:
    _both_ways(text, ParseOptions())
    _both_ways(text, ParseOptions(max_line_chars=12))  # a line too long for the options


@given(st.lists(_ONE_LINE_PIECES, min_size=1, max_size=6), st.sampled_from([" ", "", "  "]))
def test_one_line_memo_property(pieces: list[str], glue: str) -> None:
    _both_ways(glue.join(pieces), ParseOptions(reference_date=dt.date(2016, 7, 1)))


# --------------------------------------------------------------------------------------
# Short texts are tested for all boilerplate keywords at once before the keyword searches.


@given(st.lists(st.sampled_from(["click", "read more", "/", ")", "@", "in", "box", "Cookie",
                                 "\n", " ", "é", "x"]), max_size=12).map("".join))
def test_keyword_one_pass_test_changes_nothing(text: str) -> None:
    lines = split_lines(text)
    quick = _keyword_rules(text, _RULES, lines)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_structure, "_SHORT_TEXT", -1)
        assert _keyword_rules(text, _RULES, lines) == quick


# --------------------------------------------------------------------------------------
# Short texts are remembered per options object; the memo must never change a result.


@given(st.lists(_ONE_LINE_PIECES, min_size=1, max_size=4),
       st.sampled_from([" ", "\n", "\n\n"]))
def test_memo_returns_what_a_fresh_run_finds(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    options = ParseOptions(reference_date=dt.date(2016, 7, 1))
    first = extract_structure(text, options)
    again = extract_structure(text, options)  # from the memo when the text is short
    assert first == again == _structure._extract(text, options)


def test_memo_is_per_options_object() -> None:
    text = "Share this"
    plain = extract_structure(text, ParseOptions())
    assert [b.text for b in plain.boilerplate] == ["Share this"]
    rule = plain.boilerplate[0].rule
    kept = extract_structure(text, ParseOptions(disabled_rules={rule}))
    assert kept.boilerplate == () and [p.text for p in kept.paragraphs] == ["Share this"]
    assert extract_structure(text, ParseOptions()) == plain


def test_equal_options_share_their_compiled_state() -> None:
    """An equal options object (a worker's unpickled copy, a new one per call) keeps the
    compiled rules and the memo; a different one gets its own."""
    first = _structure._per_options(ParseOptions(dayfirst=True))
    assert _structure._per_options(ParseOptions(dayfirst=True)) is first
    other = _structure._per_options(ParseOptions(dayfirst=True, disabled_rules={"x"}))
    assert other is not first and other.disabled == {"x"}
    assert _structure._per_options(ParseOptions(dayfirst=True)) is not other


def test_calls_without_options_share_one_default() -> None:
    from newsdoc import _api

    assert _api._options(None, False) is _api._options(None, False)
    assert _api._options(None, True).strict and not _api._options(None, False).strict
    assert _api._options(None, False) == ParseOptions()
