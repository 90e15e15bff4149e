"""Options: one frozen object passed down the pipeline (no module globals)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

import attrs

__all__ = ["EXTRACTORS", "BoilerplateRule", "ParseOptions"]

#: What :attr:`ParseOptions.extract` may name. ``"quotes"`` and ``"money"`` read the article
#: structure (they scan the headline and body, never removed boilerplate), so asking for either
#: also runs the structure stage.
EXTRACTORS = frozenset({"structure", "quotes", "money"})

#: The default of :attr:`ParseOptions.max_listed_problems`.
LISTED_PROBLEMS = 100


@attrs.frozen(kw_only=True)
class BoilerplateRule:
    """A named rule that removes whole lines of web boilerplate.

    ``pattern`` is a regular expression (``regex`` module syntax, case-insensitive) that must
    match the whole line, stripped of surrounding white space.

    >>> rule = BoilerplateRule(name="sponsored", pattern=r"sponsored content",
    ...                        example="Sponsored content")
    >>> rule.name
    'sponsored'
    """

    name: str
    pattern: str
    example: str = ""


def _names(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise TypeError(f"expected a collection of names, got the str {value!r}")
    return frozenset(value)


def _rules(value: Iterable[BoilerplateRule]) -> tuple[BoilerplateRule, ...]:
    return tuple(value)


def _check_extract(instance: ParseOptions, attribute: attrs.Attribute[frozenset[str]],
                   value: frozenset[str]) -> None:
    unknown = set(value) - EXTRACTORS
    if unknown:
        raise ValueError(
            f"unknown extractor(s) {sorted(unknown)}; choose from {sorted(EXTRACTORS)}")


def _check_not_negative(instance: ParseOptions, attribute: attrs.Attribute[int],
                        value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be 0 or more, got {value}")


def _check_positive(instance: ParseOptions, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive, got {value}")


@attrs.frozen(kw_only=True)
class ParseOptions:
    """Everything that changes how newsdoc parses, in one frozen object.

    - ``strict``: raise :class:`ParseError` on the first problem instead of recording a
      diagnostic.
    - ``extract``: which stages run beyond splitting (any of ``"structure"``, ``"quotes"``,
      ``"money"``); an empty set only splits the bundle.
    - ``reference_date``: resolves datelines without a year to the nearest plausible date;
      without it the year stays unknown (never today's date).
    - ``dayfirst``: read ``03/04/2016`` as 3 April (default: US month-first).
    - ``disabled_rules``: names of boilerplate rules to switch off; ``extra_rules``: your own
      :class:`BoilerplateRule` objects, tried after the built-in ones.
    - ``default_currency``: the ISO code a bare ``$`` means.
    - ``max_article_chars`` / ``max_line_chars``: size limits; past them the rest is kept as
      plain text with a diagnostic, never a hang.
    - ``follow_symlinks``: follow links that point out of a bundle directory.
    - ``max_listed_problems``: how many malformed delimiters, and how many empty segments, a
      bundle lists one diagnostic each; one more diagnostic counts the rest.

    >>> opts = ParseOptions(extract={"money"}, default_currency="CAD")
    >>> sorted(opts.extract), opts.default_currency
    (['money'], 'CAD')
    """

    strict: bool = False
    extract: frozenset[str] = attrs.field(default=EXTRACTORS, converter=_names,
                                          validator=_check_extract)
    reference_date: _dt.date | None = None
    dayfirst: bool = False
    disabled_rules: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    extra_rules: tuple[BoilerplateRule, ...] = attrs.field(default=(), converter=_rules)
    default_currency: str = "USD"
    max_article_chars: int = attrs.field(default=5_000_000, validator=_check_positive)
    max_line_chars: int = attrs.field(default=100_000, validator=_check_positive)
    follow_symlinks: bool = False
    max_listed_problems: int = attrs.field(default=LISTED_PROBLEMS, validator=_check_not_negative)
