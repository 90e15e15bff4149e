"""The data model: validation, dict/JSON round trip, pickling."""

from __future__ import annotations

import datetime
import json
import pickle
from decimal import Decimal

import attrs
import pytest

import newsdoc
from newsdoc import (
    Article,
    Boilerplate,
    Bundle,
    Byline,
    Credit,
    Dateline,
    DateStamp,
    Diagnostic,
    Headline,
    Location,
    Mention,
    Money,
    Paragraph,
    Quote,
    Separator,
    Span,
)


def full_article() -> Article:
    text = "Head\n\nBy Ann Lee\n\nCITY (AP) - He said \"yes\" to $5 million."
    return Article(
        text, 3, "abc", Location("x.txt", 2, 5, 17), raw_text="Head NEWLINE_CHAR ...",
        headline=Headline("Head", Span(0, 4)),
        byline=Byline("By Ann Lee", Span(6, 16), (Mention("Ann Lee", Span(9, 16)),), "AP"),
        dateline=Dateline("CITY (AP) -", Span(18, 29), "CITY", 2, 12, None, "AP",
                          datetime.date(2016, 2, 12)),
        paragraphs=(Paragraph("He said", Span(30, 37)), Paragraph("H", Span(0, 1), "heading")),
        credits=(Credit("editing", (Mention("Ann", Span(9, 12)),), "Editing by Ann",
                        Span(0, 14)),),
        published=DateStamp("published", datetime.datetime(2016, 7, 27, 10, 32), "P",
                            Span(0, 1), ambiguous=True),
        boilerplate=(Boilerplate("views", "262 views", Span(0, 9)),),
        quotes=(Quote("yes", Span(39, 42), Mention("He", Span(30, 32)),
                      Mention("said", Span(33, 37)), "Ann Lee", "full"),),
        money=(Money("$5 million", Span(47, 57), Decimal("5"), Decimal("1000000"),
                     Decimal("5000000"), None, "USD", True),),
        diagnostics=(Diagnostic("x", "y", Location(None, 1, 1, 0), Span(1, 2), "info"),),
    )


OBJECTS = [
    pytest.param(Span(1, 5), id="span"),
    pytest.param(Location("f.txt", 3, 4, 20), id="location"),
    pytest.param(Diagnostic("c", "m"), id="diagnostic"),
    pytest.param(Separator(Span(0, 5), "|||||"), id="separator"),
    pytest.param(full_article(), id="article"),
    pytest.param(Bundle((full_article(),), (Diagnostic("d", "m"),), Location("dir"),
                        (Separator(Span(0, 5), "|||||"),)), id="bundle"),
]


@pytest.mark.parametrize("obj", OBJECTS)
def test_dict_json_round_trip(obj: object) -> None:
    data = obj.to_dict()  # type: ignore[attr-defined]
    again = json.loads(json.dumps(data))
    assert type(obj).from_dict(again) == obj


@pytest.mark.parametrize("obj", OBJECTS)
def test_pickle_round_trip(obj: object) -> None:
    assert pickle.loads(pickle.dumps(obj)) == obj


@pytest.mark.parametrize("obj", OBJECTS)
def test_pickle_is_class_and_field_values(obj: object) -> None:
    """Records pickle as ``(class, field values)``, not a dict of names per object, and
    copies are equal."""
    import copy

    cls, values = obj.__reduce__()  # type: ignore[misc]
    assert cls is type(obj)
    assert values == tuple(getattr(obj, f.name) for f in attrs.fields(type(obj)))
    assert copy.copy(obj) == obj
    assert copy.deepcopy(obj) == obj
    assert b"start" not in pickle.dumps(obj)  # no field names in the data


def test_pickle_one_field_record() -> None:
    from newsdoc._model import _Record

    @attrs.frozen
    class Only(_Record):
        value: int

    assert Only(3).__reduce__() == (Only, (3,))


@pytest.mark.parametrize("obj", OBJECTS)
def test_frozen(obj: object) -> None:
    field = attrs.fields(type(obj))[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, field.name, None)


def test_money_value_serialises_as_exact_string() -> None:
    data = full_article().to_dict()
    assert data["money"][0]["value"] == "5000000"
    assert data["published"]["value"] == "2016-07-27T10:32:00"


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4), (0, -3)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Span(start, end)


def test_from_dict_rejects_non_mapping() -> None:
    with pytest.raises(TypeError, match="mapping"):
        Span.from_dict([1, 2])  # type: ignore[arg-type]


def test_bundle_is_a_sequence() -> None:
    bundle = newsdoc.parse("A ||||| B ||||| C", options=newsdoc.ParseOptions(extract=()))
    assert len(bundle) == 3
    assert bundle[-1].source_text == " C"
    assert [a.index for a in bundle[1:]] == [1, 2]
    assert list(bundle) == list(bundle.articles)


def test_article_text_joins_paragraphs() -> None:
    assert full_article().text == "He said\n\nH"
    assert full_article().raw == "Head NEWLINE_CHAR ..."


def test_options_validate() -> None:
    with pytest.raises(ValueError, match="unknown extractor"):
        newsdoc.ParseOptions(extract={"tables"})
    with pytest.raises(ValueError, match="positive"):
        newsdoc.ParseOptions(max_article_chars=0)


def test_spans_order_by_start_then_end() -> None:
    spans = [Span(5, 9), Span(0, 3), Span(5, 6), Span(0, 0)]
    assert sorted(spans) == [Span(0, 0), Span(0, 3), Span(5, 6), Span(5, 9)]
    assert Span(1, 2) <= Span(1, 2) < Span(1, 3) and Span(2, 0 + 2) > Span(1, 5)
    assert Span(4, 4) >= Span(4, 4)
    with pytest.raises(TypeError):
        _ = Span(1, 2) < (1, 2)  # type: ignore[operator]
