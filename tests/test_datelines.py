"""Datelines: place, month/day/year, agency and the raw prefix; negatives stay body text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdoc import ParseOptions
from newsdoc._structure import _read_dateline, extract_structure

OPTIONS = ParseOptions()

# (paragraph, raw dateline, place, month, day, year, agency)
POSITIVE = [
    pytest.param("MOSCOW, Feb 12 (Reuters) – Officials met.", "MOSCOW, Feb 12 (Reuters) –",
                 "MOSCOW", 2, 12, None, "Reuters", id="reuters-full"),
    pytest.param("Washington (AFP) – Talks went on.", "Washington (AFP) –", "Washington",
                 None, None, None, "AFP", id="afp-title-case"),
    pytest.param("WASHINGTON — The vote was held.", "WASHINGTON —", "WASHINGTON", None, None,
                 None, None, id="em-dash"),
    pytest.param("c    CHICAGO, March 9 - Grain prices rose.", "c    CHICAGO, March 9 -",
                 "CHICAGO", 3, 9, None, None, id="wire-junk-letter"),
    pytest.param("x  Portville - The ferry ran.", None, None, None, None, None, None,
                 id="junk-letter-needs-caps-place"),
    pytest.param("(CNN) -- A storm hit the coast.", "(CNN) --", None, None, None, None, "CNN",
                 id="cnn"),
    pytest.param("(CNN) The storm hit.", None, None, None, None, None, None,
                 id="cnn-no-dash-is-not"),
    pytest.param("LONDON (Reuters) - Prices rose.", "LONDON (Reuters) -", "LONDON", None, None,
                 None, "Reuters", id="london-reuters"),
    pytest.param("NEW YORK, March 3 - Shares fell.", "NEW YORK, March 3 -", "NEW YORK", 3, 3,
                 None, None, id="new-york-march"),
    pytest.param("BEIRUT, Lebanon (AP) — Protests grew.", "BEIRUT, Lebanon (AP) —",
                 "BEIRUT, Lebanon", None, None, None, "AP", id="city-country-ap"),
    pytest.param("COMMACK, N.Y., Feb 26 - The firm said.", "COMMACK, N.Y., Feb 26 -",
                 "COMMACK, N.Y.", 2, 26, None, None, id="state-abbrev"),
    pytest.param("AMSTERDAM, 2 March - The bank said.", "AMSTERDAM, 2 March -", "AMSTERDAM", 3,
                 2, None, None, id="day-month"),
    pytest.param("MIDLAND, MICH., Mar 2 - Dow said.", "MIDLAND, MICH., Mar 2 -",
                 "MIDLAND, MICH.", 3, 2, None, None, id="caps-state"),
    pytest.param("NEW YORK, Nov. 19 (UPI) — The race tightened.", "NEW YORK, Nov. 19 (UPI) —",
                 "NEW YORK", 11, 19, None, "UPI", id="upi"),
    pytest.param("CAMBRIDGE, Mass., Dec. 11 (UPI) — Students voted.",
                 "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "CAMBRIDGE, Mass.", 12, 11, None, "UPI",
                 id="upi-state"),
    pytest.param("Dec 29 (Reuters) - The candidate spoke.", "Dec 29 (Reuters) -", None, 12, 29,
                 None, "Reuters", id="no-place"),
    pytest.param("April 7 - as of Friday, stocks were.", "April 7 -", None, 4, 7, None, None,
                 id="date-only"),
    pytest.param("GREEN BAY, Wis. -- Here we go again.", "GREEN BAY, Wis. --", "GREEN BAY, Wis.",
                 None, None, None, None, id="double-hyphen"),
    pytest.param("CHICAGO—Admitting it took time, the parents agreed.", "CHICAGO—", "CHICAGO",
                 None, None, None, None, id="tight-em-dash"),
    pytest.param("ALBANY, NY (NEWS 10) – Seven men were charged.", "ALBANY, NY (NEWS 10) –",
                 "ALBANY, NY", None, None, None, "NEWS 10", id="local-station"),
    pytest.param("MEBANE, N.C. (WXII/WNCN) — A woman was held.", "MEBANE, N.C. (WXII/WNCN) —",
                 "MEBANE, N.C.", None, None, None, "WXII/WNCN", id="slash-agency"),
    pytest.param("Beijing (AFP) - A man won.", "Beijing (AFP) -", "Beijing", None, None, None,
                 "AFP", id="beijing-afp"),
    pytest.param("SAN FRANCISCO (AP) — A hacker claims.", "SAN FRANCISCO (AP) —",
                 "SAN FRANCISCO", None, None, None, "AP", id="two-word-city"),
    pytest.param("THE HAGUE, March 9 - The court ruled.", "THE HAGUE, March 9 -", "THE HAGUE", 3,
                 9, None, None, id="the-hague"),
    pytest.param("KING OF PRUSSIA, Pa., March 9 - It said.", "KING OF PRUSSIA, Pa., March 9 -",
                 "KING OF PRUSSIA, Pa.", 3, 9, None, None, id="of-in-place"),
    pytest.param("COEUR D'ALENE, Idaho, March 9 - It said.", "COEUR D'ALENE, Idaho, March 9 -",
                 "COEUR D'ALENE, Idaho", 3, 9, None, None, id="apostrophe-place"),
    pytest.param("New York, April 9 - Prices rose.", "New York, April 9 -", "New York", 4, 9,
                 None, None, id="title-case-with-date"),
    pytest.param("Caracas, march 9 - Oil rose.", "Caracas, march 9 -", "Caracas", 3, 9, None,
                 None, id="lower-month"),
    pytest.param("ALBANY, N.Y., Marc 9 - It said.", "ALBANY, N.Y., Marc 9 -", "ALBANY, N.Y.", 3,
                 9, None, None, id="truncated-month"),
    pytest.param("NEW YORK, June 29, - It said.", "NEW YORK, June 29, -", "NEW YORK", 6, 29,
                 None, None, id="comma-before-dash"),
    pytest.param("CHICAGO, April - Job growth.", "CHICAGO, April -", "CHICAGO", 4, None, None,
                 None, id="month-only"),
    pytest.param("WASHINGTON, Sept. 26, 2016 (UPI) — The debate.",
                 "WASHINGTON, Sept. 26, 2016 (UPI) —", "WASHINGTON", 9, 26, 2016, "UPI",
                 id="with-year"),
    pytest.param("SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers searched.",
                 "SURABAYA, Indonesia/JAKARTA (Reuters) -", "SURABAYA, Indonesia/JAKARTA",
                 None, None, None, "Reuters", id="two-cities"),
    pytest.param("VATICAN CITY — The pope spoke.", "VATICAN CITY —", "VATICAN CITY", None, None,
                 None, None, id="vatican"),
    pytest.param("ORLANDO, Fla. (Reuters) - Obama met survivors.", "ORLANDO, Fla. (Reuters) -",
                 "ORLANDO, Fla.", None, None, None, "Reuters", id="fla-reuters"),
]

NEGATIVE = [
    pytest.param("Washington (AP) reported the vote late on Monday.", id="body-sentence-ap"),
    pytest.param("Washington — the city, not the state — voted.", id="title-case-no-agency"),
    pytest.param("Obama — the president — said no.", id="name-dash"),
    pytest.param("UPDATE - The vote was delayed.", id="update-label"),
    pytest.param("BREAKING — Shots fired downtown.", id="breaking-label"),
    pytest.param("The vote - a close one - passed.", id="lowercase-start"),
    pytest.param("WASHINGTON-based groups objected.", id="hyphen-compound"),
    pytest.param("LONDON is expensive, said one resident.", id="caps-no-dash"),
    pytest.param("Feb 12 was a quiet day.", id="date-no-dash"),
    pytest.param("I - for one - disagree.", id="pronoun"),
    pytest.param("(AP) reported it first.", id="agency-no-dash"),
    pytest.param("Mars 12 - a new probe.", id="not-a-month"),
]


@pytest.mark.parametrize(("para", "raw", "place", "month", "day", "year", "agency"), POSITIVE)
def test_dateline_positive(para: str, raw: str | None, place: str | None, month: int | None,
                           day: int | None, year: int | None, agency: str | None) -> None:
    d = _read_dateline(para, 0, len(para), OPTIONS)
    if raw is None:
        assert d is None
        return
    assert d is not None
    assert (d.raw, d.place, d.month, d.day, d.year, d.agency) == (raw, place, month, day, year,
                                                                   agency)
    assert para[d.span.start:d.span.end] == d.raw


@pytest.mark.parametrize("para", NEGATIVE)
def test_dateline_negative(para: str) -> None:
    assert _read_dateline(para, 0, len(para), OPTIONS) is None


def test_dateline_span_is_prefix_of_first_paragraph() -> None:
    text = "Talks resume\n\nMOSCOW, Feb 12 (Reuters) – Officials met.\n\nMore later.\n"
    s = extract_structure(text, OPTIONS)
    assert s.dateline is not None
    first = s.paragraphs[0]
    assert first.text == "Officials met."
    assert s.dateline.span.end <= first.span.start
    assert text[s.dateline.span.start:s.dateline.span.end] == "MOSCOW, Feb 12 (Reuters) –"


def test_year_unknown_without_reference_date() -> None:
    s = extract_structure("Talks\n\nMOSCOW, Feb 12 (Reuters) - Officials met.\n", OPTIONS)
    assert s.dateline is not None
    assert s.dateline.year is None and s.dateline.date is None


@pytest.mark.parametrize(("reference", "expected"), [
    pytest.param(dt.date(2008, 2, 20), dt.date(2008, 2, 12), id="same-year"),
    pytest.param(dt.date(2009, 1, 3), dt.date(2009, 2, 12), id="next-month"),
    pytest.param(dt.date(2008, 12, 30), dt.date(2009, 2, 12), id="across-new-year"),
    pytest.param(dt.date(2008, 7, 1), dt.date(2008, 2, 12), id="months-back"),
])
def test_reference_date_resolves_nearest(reference: dt.date, expected: dt.date) -> None:
    options = ParseOptions(reference_date=reference)
    s = extract_structure("Talks\n\nMOSCOW, Feb 12 (Reuters) - Officials met.\n", options)
    assert s.dateline is not None
    assert s.dateline.date == expected
    assert s.dateline.year is None


def test_body_sentence_with_agency_is_not_dateline() -> None:
    text = "Vote delayed\n\nWashington (AP) reported the vote late on Monday.\n"
    s = extract_structure(text, OPTIONS)
    assert s.dateline is None
    assert s.paragraphs[0].text.startswith("Washington (AP) reported")


def test_dateline_after_caption_line() -> None:
    text = ("Storm hits coast\n\nResidents walk past debris on Monday. (AP Photo/Ann Lee)\n\n"
            "MIAMI (AP) — The storm hit the coast.\n")
    s = extract_structure(text, OPTIONS)
    assert s.dateline is not None and s.dateline.agency == "AP"
    assert [p.text for p in s.paragraphs] == ["The storm hit the coast."]
