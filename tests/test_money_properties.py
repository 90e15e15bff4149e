"""Property tests for the money stage: generated amounts parse back exactly; spans are sound."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from newsdoc import _money as money_module
from newsdoc._model import Money, Span
from newsdoc._money import find_money
from newsdoc._rules import currencies as C

#: Multipliers as written -> factor ("" = none). Spaced words, wire abbreviations, glued forms.
MULTIPLIERS = [
    ("", 1), (" million", 10**6), (" billion", 10**9), (" trillion", 10**12),
    (" thousand", 1000), ("-million", 10**6), ("million", 10**6), (" mln", 10**6),
    (" bln", 10**9), ("bn", 10**9), ("m", 10**6), ("M", 10**6), ("B", 10**9), ("k", 1000),
]

#: Currency forms: (prefix, suffix, ISO code, unit value). Prefix forms glue to the number.
PREFIXES = [("$", "USD"), ("US$", "USD"), ("C$", "CAD"), ("A$", "AUD"), ("HK$", "HKD"),
            ("£", "GBP"), ("€", "EUR"), ("₹", "INR"), ("USD ", "USD"), ("EUR ", "EUR")]
SUFFIXES = [(" dollars", "USD", "1"), (" dlrs", "USD", "1"), (" cents", "USD", "0.01"),
            (" cts", "USD", "0.01"), (" euros", "EUR", "1"), (" yen", "JPY", "1"),
            (" pence", "GBP", "0.01"), (" yuan", "CNY", "1"), (" rupees", "INR", "1"),
            (" pesos", "MXN", "1"), (" stg", "GBP", "1"), (" Canadian dollars", "CAD", "1"),
            (" Swiss francs", "CHF", "1"), (" USD", "USD", "1")]

SENTENCES = ["They paid {} last year.", "{}", "Costs reached {}, officials said.",
             "(The fee: {})", "It was {}.\n\nNext paragraph."]


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as written (maybe with thousands commas and decimals) and its value."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    decimals = draw(st.sampled_from(["", "5", "25", "125", "07"]))
    written = f"{whole:,}" if whole >= 1000 and draw(st.booleans()) else str(whole)
    if decimals:
        written += "." + decimals
    return written, Decimal(f"{whole}.{decimals}" if decimals else str(whole))


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """A money expression, its exact value and its currency."""
    written, number = draw(numbers())
    mult, factor = draw(st.sampled_from(MULTIPLIERS))
    if draw(st.booleans()):
        prefix, iso = draw(st.sampled_from(PREFIXES))
        return prefix + written + mult, number * factor, iso
    if mult and mult[0] != " ":
        mult = " " + mult.lstrip("-")
        if mult.strip() in ("m", "M", "B", "k"):
            mult = " million"
            factor = 10**6
    suffix, iso, unit = draw(st.sampled_from(SUFFIXES))
    return written + mult + suffix, number * factor * Decimal(unit), iso


@given(amounts(), st.sampled_from(SENTENCES), st.sampled_from(C.RATE_TAILS))
def test_generated_amount_parses_back(amount: tuple[str, Decimal, str], sentence: str,
                                      tail: str) -> None:
    written, value, iso = amount
    text = sentence.format(written)
    found = find_money(text)
    assert [m.text for m in found] == [written]
    (m,) = found
    assert m.value == value
    assert m.currency == iso
    assert not m.approximate
    assert m.amount is not None and m.amount * m.multiplier == value
    # a rate tail after the amount never enters the span
    with_tail = f"They paid {written} {tail} then."
    assert [x.text for x in find_money(with_tail)] == [written]


@given(amounts(), st.sampled_from(C.HEDGES_BEFORE))
def test_hedge_sets_approximate_outside_span(amount: tuple[str, Decimal, str],
                                             hedge: str) -> None:
    written, value, _ = amount
    text = f"The bill came to {hedge} {written} in the end."
    found = find_money(text)
    assert [m.text for m in found] == [written]
    assert found[0].value == value
    assert found[0].approximate


def _check_sound(text: str, found: tuple[Money, ...], regions: list[Span] | None = None) -> None:
    last = -1
    for m in found:
        assert text[m.span.start:m.span.end] == m.text
        assert m.text and m.text == m.text.strip()
        assert m.span.start >= last  # text order, no overlaps
        last = m.span.end
        if regions is not None:
            assert any(r.start <= m.span.start and m.span.end <= r.end for r in regions)


TOKENS = ["$", "US$", "£", "€", "¥", "5", "1,000", "2.5", "12-1/2", ".5", "million", "bn", "m",
          "dollars", "dlrs", "cents", "pounds", "sterling", "yen", "mln", "a", "half",
          "of", "millions", "tens", "about", "more than", "to", "-", "–", "/", "and", "USD",
          "Rs", "p", "billion-dollar", "multi", "won", "marks", "\n", "\n\n", ",", ".",
          "a quarter of a", "s", "or more", "the", "mark", "twenty", "five", "hundred"]


#: Separators between noise tokens: unusual white space included (a carriage return or a
#: group separator is white space to ``str.split`` but not to a stripped set of spaces).
SEPARATORS = ["", " ", " ", "\t", "\r", "\x1d", "\u00a0", "\u2028", "\x0b"]


@given(st.lists(st.sampled_from(TOKENS), max_size=40),
       st.lists(st.sampled_from(SEPARATORS), min_size=40, max_size=40))
def test_money_like_noise_is_sound(tokens: list[str], seps: list[str]) -> None:
    text = "".join(tok + sep for tok, sep in zip(tokens, seps, strict=False))
    _check_sound(text, find_money(text))


@given(st.text(max_size=300))
def test_any_text_parses_soundly(text: str) -> None:
    _check_sound(text, find_money(text))


@given(st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join),
       st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=4))
def test_regions_are_respected(text: str, raw: list[tuple[int, int]]) -> None:
    regions = [Span(start, min(start + width, len(text))) for start, width in raw
               if start <= len(text)]
    _check_sound(text, find_money(text, regions), regions)


@given(st.lists(st.sampled_from([*TOKENS, "Million", "ILLION", "thousand", "bucks", "x"]),
                max_size=30),
       st.lists(st.sampled_from(SEPARATORS), min_size=30, max_size=30))
def test_short_text_precheck_changes_nothing(tokens: list[str], seps: list[str]) -> None:
    """The one-search test for short texts finds money exactly when the full scan does."""
    text = "".join(tok + sep for tok, sep in zip(tokens, seps, strict=False))
    fast = find_money(text)
    saved = money_module._SHORT_TEXT
    money_module._SHORT_TEXT = -1  # every text takes the full scan
    try:
        assert find_money(text) == fast
    finally:
        money_module._SHORT_TEXT = saved


_AFTER_NUMBERS = st.sampled_from([
    "1", "25", "3.5", "1,000", ".", ",", " ", "  ", "\u00a0", "\n", "-", "/", "%", ")", ":",
    '"', "$", "million", " million", " dollars", " to ", " people", " election", "bn", "m",
    " mln dlrs", " pounds", " Swiss francs", " yen", "\u00a2", " USD", "k", "a", "x",
])
#: A number and a few pieces that may or may not make it an amount.
_NEAR_NUMBERS = st.tuples(st.sampled_from(["1", "25", "3.5", "1,000", ".125", "2016"]),
                          st.lists(_AFTER_NUMBERS, max_size=5)).map(
    lambda case: case[0] + "".join(case[1]))


@given(_NEAR_NUMBERS)
def test_digit_prefilter_only_rejects_what_the_patterns_reject(text: str) -> None:
    """The cheap condition in front of the digit-led patterns changes no match."""
    import re

    full = re.compile("(?:" + money_module._WORD_SRC + "|" + money_module._NADJ_SRC + ")",
                      re.VERBOSE)
    for pos in range(len(text)):
        if text[pos].isdigit() or text[pos] == ".":
            fast = money_module._DIGIT_RE.match(text, pos)
            slow = full.match(text, pos)
            assert (fast.span() if fast else None) == (slow.span() if slow else None)
