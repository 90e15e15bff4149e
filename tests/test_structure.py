"""Article structure: headline, credits, date stamps, headings, wrapped text, options."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdoc import ParseOptions
from newsdoc._dates import nearest_date, parse_date
from newsdoc._lines import split_lines
from newsdoc._structure import extract_structure

OPTIONS = ParseOptions()

WIRE_STORY = (
    "Ferry talks to resume in days\n"
    "\n"
    "310 views\n"
    "3 mins read\n"
    "\n"
    "By Ines Morrow\n"
    "\n"
    "OSLO, March 4 (Reuters) – Ferry operators and unions will meet within days, the "
    "ministry said on Tuesday.\n"
    "\n"
    "The talks stalled last month over pay.\n"
    "\n"
    "HARBOR FEES\n"
    "\n"
    "Fees rose twice last year. (Additional reporting by Tobin Hale in Bergen and Ana Ruiz "
    "in Oslo)) (Writing by Mara Quist; Editing by Olek Varga)"
)


def test_wire_story_parts() -> None:
    s = extract_structure(WIRE_STORY, OPTIONS)
    assert s.headline is not None and s.headline.text == "Ferry talks to resume in days"
    assert [b.rule for b in s.boilerplate] == ["views", "read-time"]
    assert s.byline is not None and [a.text for a in s.byline.authors] == ["Ines Morrow"]
    assert s.dateline is not None
    assert (s.dateline.place, s.dateline.month, s.dateline.day, s.dateline.agency) == (
        "OSLO", 3, 4, "Reuters")
    assert [(p.kind, p.text) for p in s.paragraphs] == [
        ("paragraph", "Ferry operators and unions will meet within days, the ministry said on "
                      "Tuesday."),
        ("paragraph", "The talks stalled last month over pay."),
        ("heading", "HARBOR FEES"),
        ("paragraph", "Fees rose twice last year."),
    ]
    assert [(c.role, [n.text for n in c.names]) for c in s.credits] == [
        ("additional reporting", ["Tobin Hale", "Ana Ruiz"]),
        ("writing", ["Mara Quist"]),
        ("editing", ["Olek Varga"]),
    ]
    assert any(d.code == "stray-paren" for d in s.diagnostics)
    for c in s.credits:
        assert WIRE_STORY[c.span.start:c.span.end] == c.raw
        for n in c.names:
            assert WIRE_STORY[n.span.start:n.span.end] == n.text


@pytest.mark.parametrize(("text", "headline"), [
    pytest.param("Rain ahead\n\nIt will rain, forecasters said.", "Rain ahead", id="simple"),
    pytest.param("Get the latest updates as we post them — right on your browser\n\n"
                 ". Last Updated: 07/27/2016\n\nTalks Make Progress\n\nThe ministry said so.",
                 "Talks Make Progress", id="after-boilerplate"),
    pytest.param("Ferry deal signed.\n\nThe deal was signed on Monday.", "Ferry deal signed.",
                 id="final-period"),
    pytest.param("FERRY OPERATOR <FRY> SETS PAYOUT\n\nOSLO, March 4 - The firm said.",
                 "FERRY OPERATOR <FRY> SETS PAYOUT", id="wire-caps"),
    pytest.param("FERRY CUTS SEEN - UNION\n\nOSLO, March 4 - The union said.",
                 "FERRY CUTS SEEN - UNION", id="caps-with-source"),
    pytest.param("Ferry fees rise; \nUnions object to the second increase in a year.\n\n"
                 "The fees rose.", "Ferry fees rise; \nUnions object to the second increase "
                 "in a year.", id="headline-with-deck"),
    pytest.param("Game over. Will the ferry run again?\n\nIt might.",
                 "Game over. Will the ferry run again?", id="two-sentences"),
])
def test_headline(text: str, headline: str) -> None:
    s = extract_structure(text, OPTIONS)
    assert s.headline is not None
    assert s.headline.text == headline
    assert text[s.headline.span.start:s.headline.span.end] == headline


@pytest.mark.parametrize("text", [
    pytest.param("The ferry operator and the unions met on Monday in Oslo for talks that "
                 "officials said could last until the end of the week.\n\nThey agreed.",
                 id="lede-sentence"),
    pytest.param("OSLO (Reuters) - The ferry operator said it would cut fees.\n\nMore.",
                 id="starts-with-dateline"),
    pytest.param("By Ines Morrow\n\nThe ferry operator said it would cut fees.", id="byline"),
    pytest.param("Only one line here.", id="single-line"),
    pytest.param("", id="empty"),
])
def test_no_headline(text: str) -> None:
    assert extract_structure(text, OPTIONS).headline is None


@pytest.mark.parametrize(("line", "roles"), [
    pytest.param("(Reporting by Ann Lee; Editing by Bo Chan)",
                 [("reporting", ["Ann Lee"]), ("editing", ["Bo Chan"])], id="reporting-editing"),
    pytest.param("(Compiled by Ann Lee)", [("compiled", ["Ann Lee"])], id="compiled"),
    pytest.param("Reporting by Ann Lee; Editing by Bo Chan",
                 [("reporting", ["Ann Lee"]), ("editing", ["Bo Chan"])], id="no-brackets"),
    pytest.param("(Reporting by Ann Lee and Bo Chan in Oslo; Writing by Cy Dunn)",
                 [("reporting", ["Ann Lee", "Bo Chan"]), ("writing", ["Cy Dunn"])],
                 id="location-suffix"),
    pytest.param("(Reporting by Ann Lee; Editing by Bo Chan.)",
                 [("reporting", ["Ann Lee"]), ("editing", ["Bo Chan"])], id="final-period"),
    pytest.param("Contributing: Ann Lee, Bo Chan and Cy Dunn.",
                 [("contributing", ["Ann Lee", "Bo Chan", "Cy Dunn"])], id="contributing"),
    pytest.param("Staff writers Ann Lee and Bo Chan contributed to this report.",
                 [("contributing", ["Ann Lee", "Bo Chan"])], id="contributed"),
    pytest.param("Associated Press writer Ann Lee in Oslo contributed to this story.",
                 [("contributing", ["Ann Lee"])], id="ap-writer-contributed"),
])
def test_credit_lines(line: str, roles: list[tuple[str, list[str]]]) -> None:
    text = f"Ferry talks\n\nThe talks went on.\n\n{line}\n"
    s = extract_structure(text, OPTIONS)
    assert [(c.role, [n.text for n in c.names]) for c in s.credits] == roles
    assert [p.text for p in s.paragraphs] == ["The talks went on."]
    covered = "".join(text[c.span.start:c.span.end] for c in s.credits)
    assert "".join(covered.split()) == "".join(line.split())


def test_credit_words_inside_body_stay() -> None:
    text = "Ferry talks\n\nThe report was edited by Ann Lee (editing by hand, she said).\n"
    s = extract_structure(text, OPTIONS)
    assert s.credits == ()
    assert len(s.paragraphs) == 1


@pytest.mark.parametrize(("line", "kind", "value", "ambiguous", "dayfirst"), [
    pytest.param(". Last Updated: 07/27/2016", "updated", dt.datetime(2016, 7, 27), False, False,
                 id="updated-us"),
    pytest.param("Published 10:32 AM ET, Tue February 12, 2008", "published",
                 dt.datetime(2008, 2, 12, 10, 32), False, False, id="published-time"),
    pytest.param("Updated: 03/04/2016", "updated", dt.datetime(2016, 3, 4), True, False,
                 id="ambiguous-month-first"),
    pytest.param("Updated: 03/04/2016", "updated", dt.datetime(2016, 4, 3), True, True,
                 id="ambiguous-day-first"),
    pytest.param("Posted: Thursday, October 17, 2013, 8:09 PM", "published",
                 dt.datetime(2013, 10, 17, 20, 9), False, False, id="posted"),
])
def test_date_stamps(line: str, kind: str, value: dt.datetime, ambiguous: bool,
                     dayfirst: bool) -> None:
    text = f"Ferry talks\n\n{line}\n\nThe talks went on.\n"
    s = extract_structure(text, ParseOptions(dayfirst=dayfirst))
    stamp = s.updated if kind == "updated" else s.published
    assert stamp is not None
    assert (stamp.value, stamp.ambiguous, stamp.raw) == (value, ambiguous, line)
    assert [b.text for b in s.boilerplate] == [line]


def test_date_stamp_without_year_is_not_invented() -> None:
    s = extract_structure("Ferry talks\n\nUpdated: Feb 12 10:00\n\nThe talks went on.\n",
                          OPTIONS)
    assert s.updated is None
    assert any(d.code == "date-unparsable" for d in s.diagnostics)


def test_dates_helpers() -> None:
    assert parse_date("no date here").error == "no year given"
    assert parse_date("Feb 12").value is None
    assert parse_date("Feb 12", reference=dt.date(2010, 5, 1)).value == dt.datetime(2010, 2, 12)
    assert nearest_date(2, 29, dt.date(2016, 3, 1)) == dt.date(2016, 2, 29)


@pytest.mark.parametrize("text", [
    "Updated: 00/41/00/" + "7" * 40 + " h",  # dateutil: decimal.InvalidOperation (fuzzed)
    "Updated: 1 January 2016 " + "9" * 400 + " h",
])
def test_date_with_huge_numbers_is_unparsable_not_a_crash(text: str) -> None:
    parsed = parse_date(text)
    assert parsed.value is None
    assert parsed.error is not None and parsed.error.startswith("unparsable date")


def test_wrapped_wire_text_joins_lines() -> None:
    text = ("FERRY OPERATOR SETS PAYOUT\n\nOSLO, March 4 - The ferry operator said it will\n"
            "pay a special dividend of five crowns a share to holders\nof record on April 1.\n"
            "    The company said the payout reflects strong results\nin the fourth quarter.\n")
    s = extract_structure(text, OPTIONS)
    assert [p.text for p in s.paragraphs] == [
        "The ferry operator said it will\npay a special dividend of five crowns a share to "
        "holders\nof record on April 1.",
        "The company said the payout reflects strong results\nin the fourth quarter.",
    ]


def test_split_lines_spans() -> None:
    text = "  a b \n\n\tc\r\n"
    lines = split_lines(text)
    assert [text[x.start:x.end] for x in lines] == ["a b", "c"]
    assert [x.gap for x in lines] == [True, True]


def test_overlong_line_is_kept_with_diagnostic() -> None:
    long_line = "Advertisement " * 50
    s = extract_structure(f"Ferry talks\n\n{long_line}\n\nEnd.\n", ParseOptions(max_line_chars=100))
    assert any(d.code == "line-too-long" for d in s.diagnostics)
    assert s.paragraphs[0].text == long_line.strip()


def test_unrecognised_text_lands_in_paragraphs() -> None:
    text = "Ferry talks\n\n@@ ## !!\n\n___\n\n12345\n"
    s = extract_structure(text, OPTIONS)
    assert [p.text for p in s.paragraphs] == ["@@ ## !!", "___", "12345"]


def test_headline_ending_in_a_colon_does_not_take_in_a_removed_line() -> None:
    # found by the long hypothesis profile: the headline went on across the boilerplate
    # line, so the copyright line was both part of the headline and removed
    text = "Markets at noon:\n© 2016 Valley News\nStocks rose.\nBonds fell."
    s = extract_structure(text, ParseOptions())
    assert s.headline is not None and s.headline.text == "Markets at noon:"
    assert [b.text for b in s.boilerplate] == ["© 2016 Valley News"]
    assert [p.text for p in s.paragraphs] == ["Stocks rose.", "Bonds fell."]
