"""Byline lines: authors as separate names, agency, title; negatives that are not bylines."""

from __future__ import annotations

import pytest

from newsdoc import ParseOptions
from newsdoc._structure import _read_byline, extract_structure

OPTIONS = ParseOptions()

POSITIVE = [
    pytest.param("By Mara Quist", ["Mara Quist"], None, None, id="simple"),
    pytest.param("BY MARA QUIST", ["MARA QUIST"], None, None, id="upper-case"),
    pytest.param("by Olek Varga", ["Olek Varga"], None, None, id="lower-case-by"),
    pytest.param("By: Mara Quist", ["Mara Quist"], None, None, id="colon"),
    pytest.param("By Mara Quist and Tobin Hale, Associated Press", ["Mara Quist", "Tobin Hale"],
                 "AP", None, id="two-authors-ap"),
    pytest.param("By Mara Quist and Tobin Hale", ["Mara Quist", "Tobin Hale"], None, None,
                 id="two-authors"),
    pytest.param("By Mara Quist, Tobin Hale and Ines Morrow",
                 ["Mara Quist", "Tobin Hale", "Ines Morrow"], None, None, id="three-authors"),
    pytest.param("By Mara Quist, Tobin Hale, and Ines Morrow",
                 ["Mara Quist", "Tobin Hale", "Ines Morrow"], None, None, id="oxford-comma"),
    pytest.param("By Mara Quist & Tobin Hale", ["Mara Quist", "Tobin Hale"], None, None,
                 id="ampersand"),
    pytest.param("By JANE DOE | Staff Writer", ["JANE DOE"], None, "Staff Writer",
                 id="pipe-staff-writer"),
    pytest.param("By Mara Quist, Reuters", ["Mara Quist"], "Reuters", None, id="reuters"),
    pytest.param("by Janek Holloway, Reuters", ["Janek Holloway"], "Reuters", None,
                 id="wire-lower-by"),
    pytest.param("By Mara Quist, AFP", ["Mara Quist"], "AFP", None, id="afp"),
    pytest.param("By Mara Quist, Agence France-Presse", ["Mara Quist"], "AFP", None,
                 id="afp-long"),
    pytest.param("By Mara Quist, The Associated Press", ["Mara Quist"], "AP", None,
                 id="the-ap"),
    pytest.param("By Mara Quist, Bloomberg News", ["Mara Quist"], "Bloomberg", None,
                 id="bloomberg"),
    pytest.param("By Mara Quist, Senior Writer", ["Mara Quist"], None, "Senior Writer",
                 id="comma-title"),
    pytest.param("By Mara Quist — Correspondent", ["Mara Quist"], None, "Correspondent",
                 id="dash-title"),
    pytest.param("By J. R. Quist", ["J. R. Quist"], None, None, id="initials"),
    pytest.param("By Mara T. Quist", ["Mara T. Quist"], None, None, id="middle-initial"),
    pytest.param("By Liam O'Rourke", ["Liam O'Rourke"], None, None, id="apostrophe"),
    pytest.param("By Anna-Lena Brandt", ["Anna-Lena Brandt"], None, None, id="hyphen"),
    pytest.param("By Pieter van der Berg", ["Pieter van der Berg"], None, None, id="particles"),
    pytest.param("By Ana de la Cruz", ["Ana de la Cruz"], None, None, id="spanish-particles"),
    pytest.param("By Mara McAllister", ["Mara McAllister"], None, None, id="mc"),
    pytest.param("By Mara Quist of the Harbor Gazette", ["Mara Quist"], None, None,
                 id="of-the-paper"),
    pytest.param("By Mara Quist | Staff Writer | 3 days ago", ["Mara Quist"], None,
                 "Staff Writer", id="pipe-date"),
    pytest.param("By Mara Quist , HBN Staff • June 3, 2017 2:30 pm", ["Mara Quist"], None,
                 "HBN Staff", id="bullet-date"),
    pytest.param("Mara deQuist | Contributing Writer | 5 days ago", ["Mara deQuist"], None,
                 "Contributing Writer", id="no-by-pipe-title"),
    pytest.param("Tobin Hale | Staff Writer", ["Tobin Hale"], None, "Staff Writer",
                 id="no-by-staff"),
    pytest.param("Tobin Hale, Associated Press", ["Tobin Hale"], "AP", None,
                 id="no-by-agency"),
    pytest.param("Tobin Hale, Associated Press Writer", ["Tobin Hale"], None,
                 "Associated Press Writer", id="no-by-agency-writer"),
    pytest.param("By Mara Quist.", ["Mara Quist"], None, None, id="final-period"),
    pytest.param("By Mara Quist and Tobin Hale, Reuters", ["Mara Quist", "Tobin Hale"],
                 "Reuters", None, id="two-reuters"),
]

NEGATIVE = [
    pytest.param("By the way, the council met on Monday.", id="by-the-way"),
    pytest.param("By Monday, the council had voted.", id="by-monday"),
    pytest.param("By contrast, exports fell.", id="by-contrast"),
    pytest.param("By Then", id="by-then"),
    pytest.param("by far the largest deal this year", id="by-far"),
    pytest.param("By 2030 the plant will close.", id="by-year"),
    pytest.param("Byron Quist said the vote was close.", id="byron"),
    pytest.param("By Mara Quist, who has covered the council for years, and others who "
                 "watched the vote closely from the gallery upstairs on the first day of it.",
                 id="long-sentence"),
    pytest.param("Standing by Mara Quist", id="by-in-middle"),
    pytest.param("By Popular Demand", id="by-popular-demand"),
    pytest.param("The council met on Monday.", id="plain-sentence"),
    pytest.param("SALES ROSE - REUTERS POLL", id="wire-headline"),
    pytest.param("By", id="bare-by"),
    pytest.param("Mara Quist | Tobin Hale", id="names-without-title"),
    pytest.param("By selling the plant, the firm raised cash.", id="by-gerund"),
]


@pytest.mark.parametrize(("line", "authors", "agency", "title"), POSITIVE)
def test_byline_positive(line: str, authors: list[str], agency: str | None,
                         title: str | None) -> None:
    byline = _read_byline(line, 0, len(line))
    assert byline is not None
    assert [a.text for a in byline.authors] == authors
    assert byline.agency == agency
    assert byline.title == title
    assert byline.raw == line
    for author in byline.authors:
        assert line[author.span.start:author.span.end] == author.text


@pytest.mark.parametrize("line", NEGATIVE)
def test_byline_negative(line: str) -> None:
    assert _read_byline(line, 0, len(line)) is None


def test_byline_in_article_after_headline() -> None:
    text = "Harbor plan advances\n\nBy Mara Quist and Tobin Hale, Associated Press\n\n" \
           "The council approved the plan on Monday.\n"
    s = extract_structure(text, OPTIONS)
    assert s.byline is not None
    assert [a.text for a in s.byline.authors] == ["Mara Quist", "Tobin Hale"]
    assert s.byline.agency == "AP"
    assert [p.text for p in s.paragraphs] == ["The council approved the plan on Monday."]


def test_byline_after_dateline_line() -> None:
    text = "Harbor plan advances\n\nPORTVILLE —\n\nBy Mara Quist\n\n" \
           "The council approved the plan on Monday.\n"
    s = extract_structure(text, OPTIONS)
    assert s.dateline is not None and s.dateline.place == "PORTVILLE"
    assert s.byline is not None and s.byline.authors[0].text == "Mara Quist"
    assert [p.text for p in s.paragraphs] == ["The council approved the plan on Monday."]


def test_byline_at_end() -> None:
    text = "Harbor plan advances\n\nThe council approved the plan on Monday.\n\n" \
           "It takes effect next year.\n\nBy Mara Quist\n"
    s = extract_structure(text, OPTIONS)
    assert s.byline is not None and s.byline.authors[0].text == "Mara Quist"
    assert len(s.paragraphs) == 2


def test_by_the_way_paragraph_stays_body() -> None:
    text = "Harbor plan advances\n\nBy the way, the council met on Monday.\n\nIt voted yes.\n"
    s = extract_structure(text, OPTIONS)
    assert s.byline is None
    assert s.paragraphs[0].text == "By the way, the council met on Monday."
