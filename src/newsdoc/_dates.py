"""A thin python-dateutil wrapper that never reads the clock.

dateutil fills missing fields from ``datetime.now()`` unless given ``default=``; every call
here passes a fixed default, so results never depend on the day the code runs. Parse errors
come back as values, never as exceptions.
"""

from __future__ import annotations

import datetime as _dt
import warnings

import attrs
import regex
from dateutil import parser as _parser

__all__ = ["ParsedDate", "nearest_date", "parse_date"]

#: The fixed default handed to dateutil: fields the text does not give are taken from here.
_DEFAULT = _dt.datetime(2000, 1, 1)

#: A year the text states: four digits 1800-2199, or the two-digit year of a numeric date.
_HAS_YEAR = regex.compile(r"\b(?:1[89]|2[01])\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b")

#: An all-numeric date whose first two fields could both be a month: ``03/04/2016``.
_NUMERIC = regex.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d\d)\b")

_PARSER = _parser.parser()


@attrs.frozen
class ParsedDate:
    """What :func:`parse_date` made of a date string.

    ``value`` is ``None`` when the text held no usable date; ``error`` then says why.
    ``ambiguous`` is true when day and month could be swapped and ``dayfirst`` decided.
    """

    value: _dt.datetime | None
    ambiguous: bool = False
    error: str | None = None


def parse_date(text: str, *, dayfirst: bool = False,
               reference: _dt.date | None = None) -> ParsedDate:
    """Parse *text* (a date, perhaps with a time and noise words) with python-dateutil.

    A text without a year is only accepted when *reference* is given (its year is used);
    otherwise the result has no value, because a guessed year would be invented data.

    >>> parse_date("07/27/2016").value
    datetime.datetime(2016, 7, 27, 0, 0)
    >>> parse_date("03/04/2016", dayfirst=True)
    ParsedDate(value=datetime.datetime(2016, 4, 3, 0, 0), ambiguous=True, error=None)
    >>> parse_date("Feb 12").error
    'no year given'
    """
    default = _DEFAULT
    if _HAS_YEAR.search(text) is None:
        if reference is None:
            return ParsedDate(None, error="no year given")
        default = _dt.datetime(reference.year, 1, 1)
    ambiguous = False
    numeric = _NUMERIC.search(text)
    if numeric is not None:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        ambiguous = first != second and 1 <= first <= 12 and 1 <= second <= 12
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = _PARSER.parse(text, default=default, dayfirst=dayfirst, fuzzy=True,
                                  ignoretz=True)
    except ValueError as err:
        return ParsedDate(None, error=f"unparsable date {text!r}: {err}")
    except ArithmeticError:  # OverflowError, or the decimal.InvalidOperation dateutil
        # raises on an hour of forty digits
        return ParsedDate(None, error=f"unparsable date {text!r}: a number is out of range")
    return ParsedDate(value, ambiguous)


def nearest_date(month: int, day: int, reference: _dt.date) -> _dt.date | None:
    """Return the date with *month* and *day* nearest to *reference* (year before, same, after).

    >>> nearest_date(12, 30, _dt.date(2016, 1, 2))
    datetime.date(2015, 12, 30)
    >>> nearest_date(2, 30, _dt.date(2016, 1, 2)) is None
    True
    """
    best: _dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = _dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best
