"""Money stage: find monetary amounts with their spans, values and currencies.

How it works:

1. Cheap *triggers* say where a mention may start: one character-class scan finds currency
   symbols and digit runs; ``str.find`` finds stems of scale words ("illion", "mln") and of a
   few currency words ("dollar", "cts") for spelled-out amounts ("three million dollars",
   "four cts"). Text with no trigger costs those scans and nothing more.
2. At each trigger an anchored pattern, built from named fragments over the tables in
   :mod:`newsdoc._rules.currencies`, reads the whole mention: symbol-led (``$3.7 billion``,
   ``US$5``, ``£3m``), code-led (``USD 40``), amount + currency word (``1.5 mln dlrs``,
   ``90.12 pence``), vague amounts (``tens of millions of dollars``) and magnitude adjectives
   (``billion-dollar``). Every repeat is bounded, so time stays linear on hostile input.
3. Checks reject homographs (weight "pounds", "won" the verb, "in 2015 dollars", "a dollar");
   values are computed with :class:`~decimal.Decimal`; hedges right before or after a span
   ("about", "or more") set ``approximate`` and stay outside the span.

All offsets index the text passed in; mentions never cross a region boundary.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from decimal import Context, Decimal, InvalidOperation
from itertools import pairwise

from ._model import Money, Span
from ._options import ParseOptions
from ._patterns import SHORT_TEXT as _SHORT_TEXT
from ._patterns import alternation as _alt
from ._rules import currencies as C

__all__ = ["find_money"]

# Decimal arithmetic with room for 18 integer digits, 12 decimals and a 10**15 scale.
_CTX = Context(prec=80)
_ONE = Decimal(1)


def _cased(forms: Iterable[str], *, title: bool = True) -> list[str]:
    """Lower, upper and (unless *title* is false) title-case variants of *forms*."""
    out: list[str] = []
    for form in forms:
        out += [form, form.upper()]
        if title:
            out.append(form[:1].upper() + form[1:])
    return out


# --- lookup tables derived from the rules (built once at import) ---------------------------

_SYMBOL_ISO: dict[str, str | None] = dict(C.PREFIX_SYMBOLS)
_SUFFIX_ISO: dict[str, str] = dict(C.SUFFIX_SYMBOLS)
_CODE_ISO: dict[str, str] = dict(C.CURRENCY_CODES)
_WORD_FAMILY: dict[str, str] = {}
for _form, _family in C.CURRENCY_WORDS:
    for _variant in _cased([_form], title=_family not in C.NAME_LIKE_FAMILIES):
        _WORD_FAMILY[_variant.lower()] = _family
_NATIONALITY: dict[tuple[str, str], str] = {
    (adj.lower(), family): iso for adj, family, iso in C.NATIONALITY}
_MULT_FACTOR: dict[str, Decimal] = {k.lower(): Decimal(v) for k, v in C.MULTIPLIERS_SPACED}
_GLUED: dict[str, Decimal] = {k.lower(): Decimal(v) for k, v in C.MULTIPLIERS_GLUED}
_FRACTION: dict[str, Decimal] = {k.lower(): Decimal(v) for k, v in C.FRACTIONS}
_NUMBER_WORDS: dict[str, int] = {**C.NUMBER_UNITS, **C.NUMBER_TENS}
_HEDGE_VERBS = frozenset(C.HEDGE_VERB_EXCEPTIONS)
_YEAR_CUES = frozenset(C.YEAR_DOLLAR_CUES)
_SINGULAR_UNITS = frozenset(
    {"dollar", "dlr", "cent", "euro", "pound", "franc", "peso", "rupee", "ruble", "rouble"})
_MAGNITUDE = {"hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(10**6),
              "billion": Decimal(10**9), "trillion": Decimal(10**12)}

# --- pattern fragments ---------------------------------------------------------------------

#: Horizontal space, including the no-break space kept inside spans.
_SP = r"[ \t\u00a0]"
#: One gap between words: spaces, or a single (wire-style) line break with its indentation.
_GAP = rf"(?:{_SP}{{1,4}}|{_SP}{{0,4}}\r?\n{_SP}{{0,8}})"

#: A number in digits: 1,234,567.89 / 12,34,567 (Indian grouping) / 1234.5 / .125, with an
#: optional wire fraction ("12-1/2").
_NUM = r"""
    (?:(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,2}(?:,\d{2}){1,4},\d{3}|\d{1,18})(?:\.\d{1,12})?
       |\.\d{1,12})
    (?:-\d{1,2}/\d{1,3})?
    (?![\d])
"""

_MULT_SPACED_FORMS = _cased(k for k, _ in C.MULTIPLIERS_SPACED)
_MULT_SPACED = _alt(_MULT_SPACED_FORMS)
_MULT_GLUED = _alt(_cased([k for k, _ in C.MULTIPLIERS_GLUED], title=False))

#: A scale after the number: spaced or hyphenated word ("$3 million", "$300-million"), a word
#: or wire abbreviation glued on ("$9.7million", "1.2bn"), or a letter glued on ("$137M").
_MULT = rf"""
    (?:(?P<{{p}}plus>-plus)?(?:{_SP}{{1,3}}|-|{_SP}{{0,2}}\r?\n{_SP}{{0,8}})?
       (?P<{{p}}mw>{_MULT_SPACED})
      |(?P<{{p}}mg>{_MULT_GLUED}))
    (?![\w])
"""

_UNITS = _alt(_cased(C.NUMBER_UNITS))
_TENS = _alt(_cased(C.NUMBER_TENS))
_SMALL = rf"(?:(?:{_TENS})(?:[-{_SP[1:-1]}](?:{_UNITS}))?|(?:{_UNITS}))"
_HUNDRED = r"(?:hundred|Hundred|HUNDRED)"
_A = r"(?:a|an|A|An|AN|one|One|ONE)"
#: A spelled-out number below a thousand, or the article "a" standing for one.
_WORDNUM = rf"""
    (?:(?:{_SMALL}|{_A}){_SP}{{1,3}}{_HUNDRED}(?:{_SP}{{1,3}}(?:and{_SP}{{1,3}})?{_SMALL})?
      |{_SMALL}|{_A})
    (?![\w])
"""
_FRACTIONS = _alt(_cased(k for k, _ in C.FRACTIONS))

_CURRENCY_WORD_FORMS = [v for form, family in C.CURRENCY_WORDS
                        for v in _cased([form], title=family not in C.NAME_LIKE_FAMILIES)]
_CURRENCY_WORD = _alt(_CURRENCY_WORD_FORMS)
_NAT_FORMS = [adj for adj, _, _ in C.NATIONALITY]
_NAT = (rf"(?:{_alt(_NAT_FORMS)}"
        rf"|[A-Z][a-z]{{2,16}}(?:{_alt(C.NATIONALITY_ENDINGS)}))")
_CODE_FORMS = [code for code, _ in C.CURRENCY_CODES]
_CODES = _alt(_CODE_FORMS)
_SYMBOLS = _alt(sym for sym, _ in C.PREFIX_SYMBOLS)
_SUFFIXES = _alt(sym for sym, _ in C.SUFFIX_SYMBOLS)
_VAGUE_SCALE = _alt(_cased(C.VAGUE_SCALES))
_VAGUE_OUTER = _alt(_cased(C.VAGUE_OUTER))
_QUANT = _alt(_cased(C.VAGUE_QUANTIFIERS))
_SCALE_WORD = _alt(_cased(["hundred", "thousand", "million", "billion", "trillion"]))
_MAGNITUDE_ADJ = _alt(_cased(["million", "billion", "trillion"]))
_DOLLAR_TAIL = _alt(_cased(["dollars", "dlrs"]))
_ADJ_UNITS = _alt(_cased(["dollar", "dlr", "cent", "euro", "pound", "yen", "yuan", "rupee",
                          "peso", "franc", "ruble", "rouble", "sterling", "pence", "penny"]))


def _range(p: str) -> str:
    """A one-expression range tail: "-4" / "–4" (any), " to 4" (only before a scale word)."""
    return rf"""
    (?:{_SP}?[-\u2013]{_SP}?(?P<{p}hi>{_NUM})
      |/(?P<{p}hs>\d{{1,6}}(?:\.\d{{1,6}})?)(?![\d/])
      |{_GAP}to{_GAP}(?P<{p}hi2>{_NUM})(?=(?:{_SP}{{1,3}}|-)?(?:{_MULT_SPACED})(?![\w])
                                       |(?:{_MULT_GLUED})(?![\w])))?
    """


def _mult(p: str) -> str:
    """The multiplier fragment with group names prefixed by *p* (one per alternative)."""
    return _MULT.replace("{p}", p)


_SYM_SRC = rf"""
  # symbol-led: $3.7 billion, US$5, £3m, $50s, $3-4 billion, $5 million dollars
  (?<![\w$/=&#@~\\])
  (?P<sym>{_SYMBOLS}){_SP}?(?P<sn>{_NUM})
  {_range("s")}
  (?:{_mult("s")}|(?P<spl>s)(?![\w])|(?![\w]))
  (?:{_GAP}(?:(?P<stadj>{_NAT}){_GAP})?(?P<stcw>{_DOLLAR_TAIL})(?![\w])
    |{_GAP}(?P<stcode>{_CODES})(?![\w]))?
"""
_CODE_SRC = rf"""
  # code-led: USD 40, EUR2.5bn
  (?<![\w])(?P<code>{_CODES}){_SP}?(?P<cn>{_NUM})
  {_range("c")}
  (?:{_mult("c")}|(?![\w]))
"""
_VAGUE_SRC = rf"""
  # vague: millions of dollars, tens of millions of dollars, several million dollars
  (?<![\w])
  (?P<vague>(?:(?:{_VAGUE_OUTER}){_GAP}of{_GAP})?(?:{_VAGUE_SCALE})
              (?:{_GAP}(?:and|or){_GAP}(?:{_VAGUE_SCALE}))?{_GAP}of
           |(?:{_QUANT}){_GAP}(?:{_SCALE_WORD})(?:{_GAP}(?:{_SCALE_WORD}))?)
  {_GAP}(?:(?P<vadj>{_NAT}){_GAP})?(?P<vcw>{_CURRENCY_WORD})(?![\w])
"""
_MADJ_SRC = rf"""
  # magnitude adjective: billion-dollar, multimillion-dollar, half-billion-dollar
  (?<![\w-])
  (?P<madj>(?:[Mm]ulti-?|MULTI-?)?(?:(?:half|quarter)-)?(?:{_MAGNITUDE_ADJ}))
  [-{_SP[1:-1]}](?P<macw>{_ADJ_UNITS})(?![\w])
"""
_WORD_SRC = rf"""
  # amount + currency word: 1.5 mln dlrs, three million dollars, 90.12 pence, 5 mln USD
  (?<![\w.,$/\u00a3\u20ac\u00a5-])
  (?:(?P<wn>{_NUM})|(?P<wf>{_FRACTIONS})(?=[-{_SP[1:-1]}])|(?P<ww>{_WORDNUM}))
  {_range("w")}
  (?:{_mult("w")})?
  (?:(?P<wp>p)(?![\w]|\.m\.)
    |(?(wmw)-(?P<wacw>{_ADJ_UNITS})(?![\w])|(?!))
    |{_GAP}(?:(?P<wadj>{_NAT}){_GAP})?(?P<wcw>{_CURRENCY_WORD})(?![\w])
    |{_GAP}(?P<wcode>{_CODES})(?![\w])
    |{_SP}?(?P<wsuf>{_SUFFIXES}))
"""
_NADJ_SRC = rf"""
  # number-dollar adjective: five-dollar bill, 50-cent shares
  (?<![\w.,$-])
  (?:(?P<nn>{_NUM})|(?P<nw>{_SMALL}(?:{_SP}{_HUNDRED})?))
  -(?P<ncw>{_ADJ_UNITS})(?![\w])
"""

#: Matched where a currency symbol stands (or the letters of "US$", "HK$" begin).
_SYM_RE = re.compile(_SYM_SRC, re.VERBOSE)
#: Matched where an ISO code (or "Rs", "DM") stands before a number.
_CODE_RE = re.compile(_SYM_SRC + "|" + _CODE_SRC, re.VERBOSE)
#: The lower-case words that may follow a number and a space in a digit-led mention: "to"
#: of a range, a spaced multiplier, a nationality, a currency word or code (each form by its
#: letters up to the first other character: "pounds" of "pounds sterling").
_LOWER_HEADS = _alt({m[0] for m in map(re.compile("[a-z]+").match, [
    "to", *_MULT_SPACED_FORMS, *_NAT_FORMS, *_CURRENCY_WORD_FORMS, *_CODE_FORMS]) if m})

#: A cheap necessary condition of a digit-led mention, tried before the patterns that read
#: one: most numbers are no amount ("2016 election", "10%", "3 people"), and the full
#: patterns take ten times longer to say so. After its digits (with their commas and
#: points) an amount goes on with spaces and a word that may follow a number (or a
#: character that is not a lower-case letter), a line break, a dash, a slash, a letter or
#: a suffix symbol: never "%", ")", ":" or a quotation mark. The digits and the spaces are
#: taken whole, never given back (``(?=(?P<x>...))(?P=x)`` is an atomic group: possessive
#: quantifiers need Python 3.11).
_DIGITS_GO_ON = rf"""
  (?=(?=(?P<go_digits>[0-9.,]*))(?P=go_digits)
     (?:(?=(?P<go_spaces>{_SP}{{1,4}}))(?P=go_spaces)
        (?:(?:{_LOWER_HEADS})(?![a-z])|(?![a-z])|{_SUFFIXES})
       |[\r\n\-\u2013/]|[^\W\d_]|{_SUFFIXES}))
"""

#: Matched where a number in digits starts.
_DIGIT_RE = re.compile(_DIGITS_GO_ON + "(?:" + _WORD_SRC + "|" + _NADJ_SRC + ")", re.VERBOSE)
#: Matched at word starts near a spelled-out scale word or currency word.
_SPELLED_RE = re.compile("|".join([_VAGUE_SRC, _MADJ_SRC, _WORD_SRC, _NADJ_SRC]),
                         re.VERBOSE)

#: Characters that start a trigger: currency symbols and digits.
_SYMBOL_CHARS = "$\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa\u20a6\u20b1\u20b4\u0e3f"
_TRIGGER = re.compile(rf"[{_SYMBOL_CHARS}0-9][0-9]*")
#: Letters of a prefix symbol standing before "$" ("US$", "U.S.$", "HK$"), longest first.
_SYMBOL_LETTERS = tuple(sorted(
    {sym[:-1] for sym, _ in C.PREFIX_SYMBOLS if len(sym) > 1 and sym[-1] in _SYMBOL_CHARS},
    key=len, reverse=True))
#: The same, by their last character (the one right before the symbol), in the same order.
_SYMBOL_LETTERS_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(w for w in _SYMBOL_LETTERS if w[-1] == last)
    for last in {w[-1] for w in _SYMBOL_LETTERS}}
#: ISO codes and letter symbols that stand before a number ("USD 40", "Rs.50", "DM5").
_CODE_TOKENS = frozenset(
    [code for code, _ in C.CURRENCY_CODES]
    + [sym for sym, _ in C.PREFIX_SYMBOLS if sym[-1] not in _SYMBOL_CHARS])
_CODE_LAST = frozenset(tok[-1] for tok in _CODE_TOKENS)
#: Characters before a digit that mean it does not start an amount: another digit, a
#: symbol (the symbol's pattern reads the number), a comma or underscore.
_NOT_BEFORE = frozenset("0123456789,_" + _SYMBOL_CHARS)
_SPACES = frozenset(" \u00a0")
#: Stems of scale words: a spelled-out or vague amount contains one (case as written).
_SCALE_STEMS = ("illion", "housand", "undred")
#: Stems of currency words that follow a small spelled-out number ("five dollars").
_SMALL_STEMS = ("dollar", "cent", "cts", "buck", "pound", "pence", "euro")
#: Wire-copy stems ("five mln dlrs", "one mln stg"), looked for only in texts that have "dlr"
#: or "mln" (wire style); and the upper-case scale stem, looked for only in a text's first
#: characters, where an all-caps headline stands.
_WIRE_SCALE_STEMS = ("mln", "bln")
_WIRE_SMALL_STEMS = ("dlr", "stg", "yen")
_CAPS_STEM, _CAPS_REACH = "ILLION", 400
#: Stems of every currency word: a scale word must have one close behind it to be money.
_CURRENCY_STEMS = tuple(sorted({form.split()[-1][:4].lower() for form, _ in C.CURRENCY_WORDS}))
#: Any of those stems (one search instead of one ``in`` test per stem).
_CURRENCY_STEM_RE = re.compile("|".join(map(re.escape, _CURRENCY_STEMS)))
_WORD_START = re.compile(r"(?<![\w'])[A-Za-z]")
#: Every character or stem that :func:`_candidates` starts from.
_ANY_TRIGGER = re.compile("|".join(
    [f"[{_SYMBOL_CHARS}0-9]"]
    + [re.escape(s) for s in (_SCALE_STEMS + _WIRE_SCALE_STEMS + _SMALL_STEMS
                              + _WIRE_SMALL_STEMS + (_CAPS_STEM,))]))

_HEDGE = rf"(?<![\w'])(?P<h>{_alt(_cased(C.HEDGES_BEFORE))})[ \t\u00a0\n]{{1,3}}"
#: A hedge right before an amount (an opening quote mark may stand between).
_HEDGE_BEFORE = re.compile(rf"{_HEDGE}[\"“'‘]?\Z")
#: A hedge reaching a threshold across "the" ("past the $1 billion mark").
_HEDGE_THE = re.compile(rf"{_HEDGE}the[ \t\u00a0\n]{{1,3}}\Z")
_THRESHOLD_AFTER = re.compile(rf"{_GAP}(?:{_alt(C.THRESHOLD_NOUNS)})(?![\w])")
_WORD_BEFORE = re.compile(r"([A-Za-z']{1,20})[ \t\u00a0\n]{1,3}\Z")
_HEDGE_AFTER = re.compile(
    rf"(?:{_SP}{{1,3}}(?:{_alt(h for h in C.HEDGES_AFTER if h[0] not in '-+')})"
    rf"|{_alt(h for h in C.HEDGES_AFTER if h[0] in '-+')})(?![\w])")
_PCT_AFTER = re.compile(rf"{_GAP}(?:pct|percent|per{_SP}cent)\b|{_SP}?%")
_OF_AFTER = re.compile(rf"{_GAP}of\b")
#: Words that show a text talks British money (then "500 pounds" is money, not weight).
_STERLING_HINTS = ("\u00a3", "pence", "sterling", "GBP", " stg")
_DOLLAR_NAT = _alt(adj for adj, family, _ in C.NATIONALITY if family == "dollar")
_DECLARATION = re.compile(
    rf"(?i:{_alt(C.DOLLAR_DECLARATIONS)}){_GAP}(?P<nat>{_DOLLAR_NAT}){_GAP}(?i:dollars|dlrs)")


class _Doc:
    """Facts about the whole text that decide currencies: computed lazily, once."""

    __slots__ = ("_dollar", "_sterling", "_text", "_yen", "default")

    def __init__(self, text: str, default: str) -> None:
        self._text = text
        self.default = default
        self._dollar: str | None = None
        self._yen: str | None = None
        self._sterling: bool | None = None

    def dollar(self) -> str:
        """What a bare "$" or "dollars" means: a declaration in the text, else the option."""
        if self._dollar is None:
            self._dollar = self.default
            for word in ("dollars", "dlrs"):  # a declaration ends with one: look only there
                i = self._text.find(word)
                while i >= 0:
                    found = _DECLARATION.search(self._text, max(0, i - 64), i + len(word))
                    if found is not None:
                        self._dollar = _NATIONALITY.get((found["nat"].lower(), "dollar"),
                                                        self.default)
                        return self._dollar
                    i = self._text.find(word, i + 1)
        return self._dollar

    def yen(self) -> str:
        """What "¥" means: CNY when the text names the yuan, else JPY."""
        if self._yen is None:
            self._yen = "CNY" if any(h in self._text for h in C.YUAN_HINTS) else "JPY"
        return self._yen

    def sterling(self) -> bool:
        """Whether the text talks British money elsewhere (then "500 pounds" is money)."""
        if self._sterling is None:
            self._sterling = any(h in self._text for h in _STERLING_HINTS)
        return self._sterling


def _canon(value: Decimal) -> Decimal:
    """*value* without trailing zeros and without an exponent: 3.70E+9 -> 3700000000."""
    value = value.normalize(_CTX)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        value = value.quantize(_ONE, context=_CTX)
    return value


def _number(raw: str) -> Decimal:
    """The value of a digit amount: "1,234.5" -> 1234.5, "12-1/2" -> 12.5."""
    whole, _, frac = raw.replace(",", "").partition("-")
    value = Decimal(whole)
    if frac:
        num, _, den = frac.partition("/")
        value = _CTX.add(value, _CTX.divide(Decimal(num), Decimal(den)))
    return value


def _words(raw: str) -> Decimal | None:
    """The value of a spelled-out number below a thousand ("twenty-five", "a hundred")."""
    total = 0
    current = 0
    for token in re.split(r"[-\s\u00a0]+", raw.lower()):
        if token in ("a", "an", "one"):
            current += 1
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _NUMBER_WORDS:
            current += _NUMBER_WORDS[token]
        elif token == "and":
            continue
        else:
            return None
    return Decimal(total + current)


def _scale(m: re.Match[str], p: str) -> Decimal | None:
    """The factor of the multiplier matched by alternative *p*, or None when there is none."""
    word = m[p + "mw"]
    if word is not None:
        return _MULT_FACTOR[word.lower()]
    glued = m[p + "mg"]
    if glued is not None:
        return _GLUED[glued.lower()]
    return None


def _is_year(raw: str) -> bool:
    """Whether a digit amount looks like a year (1800-2099, no comma or decimals)."""
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2099


class _Hit:
    """A mention being built: span, numbers and how it was written."""

    __slots__ = ("amount", "approximate", "currency", "end", "high", "led", "multiplier",
                 "start", "value")

    def __init__(self, start: int, end: int, led: str) -> None:
        self.start = start
        self.end = end
        self.led = led
        self.amount: Decimal | None = None
        self.high: Decimal | None = None
        self.multiplier: Decimal = _ONE
        self.value: Decimal | None = None
        self.currency: str | None = None
        self.approximate = False

    def finish(self, amount: Decimal | None, high: Decimal | None, multiplier: Decimal) -> None:
        """Set amount, multiplier, value and value_high."""
        self.amount = amount
        self.multiplier = _canon(multiplier)
        self.value = None if amount is None else _canon(_CTX.multiply(amount, multiplier))
        self.high = None if high is None else _canon(_CTX.multiply(high, multiplier))


def _family_currency(family: str, adj: str | None, doc: _Doc) -> str | None:
    """The ISO code of a currency word, refined by a nationality word when one is given.

    A nationality the tables do not know for this unit ("Malagasy francs") gives None.
    """
    iso = C.CURRENCY_FAMILIES[family][0]
    if adj is not None:
        return _NATIONALITY.get((adj.lower(), family))
    if adj is None and family == "cent":
        return doc.dollar()
    return doc.dollar() if iso is None else iso


def _high(m: re.Match[str], p: str, low: str | None) -> Decimal | None:
    """The top of a range: "3-4", "3 to 4", or a wire quote "145.60/70" (= 145.70)."""
    quote = m[p + "hs"]
    if quote is not None and low is not None:
        low = low.replace(",", "")
        if "." in quote or len(quote) >= len(low.replace(".", "")):
            return Decimal(quote)
        return Decimal(low[:-len(quote)] + quote)
    raw = m[p + "hi"] or m[p + "hi2"]
    return None if raw is None else _number(raw)


def _symbol_led(m: re.Match[str], doc: _Doc) -> _Hit:
    hit = _Hit(m.start(), m.end(), "symbol")
    sym = m["sym"]
    iso = _SYMBOL_ISO[sym]
    if sym == "\u00a5":
        iso = doc.yen()
    elif iso is None:
        iso = doc.dollar()
        if m["stadj"] is not None:
            iso = _NATIONALITY.get((m["stadj"].lower(), "dollar"), iso)
        elif m["stcode"] is not None:
            iso = _CODE_ISO[m["stcode"]]
    hit.currency = iso
    hit.finish(_number(m["sn"]), _high(m, "s", m["sn"]), _scale(m, "s") or _ONE)
    hit.approximate = m["splus"] is not None  # "$20-plus trillion"
    return hit


def _code_led(m: re.Match[str]) -> _Hit:
    hit = _Hit(m.start(), m.end(), "code")
    hit.currency = _CODE_ISO[m["code"]]
    hit.finish(_number(m["cn"]), _high(m, "c", m["cn"]), _scale(m, "c") or _ONE)
    return hit


def _weight_ok(m: re.Match[str], text: str, end: int, has_scale: bool, adj: str | None,
               word: str, doc: _Doc) -> bool:
    """Whether "pounds" here is money, not weight (see CURRENCY_FAMILIES)."""
    if adj is not None or "sterling" in word.lower():
        return True
    if _OF_AFTER.match(text, end) is not None:
        return False
    return has_scale or doc.sterling()


def _vague(m: re.Match[str], text: str, doc: _Doc) -> _Hit | None:
    word = m["vcw"]
    family = _WORD_FAMILY[word.lower()]
    strength = C.CURRENCY_FAMILIES[family][2]
    if strength == "weight" and not _weight_ok(m, text, m.end(), False, m["vadj"], word, doc):
        return None
    if strength == "weak" and m["vadj"] is None:
        return None
    hit = _Hit(m.start(), m.end(), "vague")
    hit.currency = _family_currency(family, m["vadj"], doc)
    hit.multiplier = _canon(Decimal(C.CURRENCY_FAMILIES[family][1]))
    hit.approximate = True
    return hit


def _magnitude(m: re.Match[str], doc: _Doc) -> _Hit:
    hit = _Hit(m.start(), m.end(), "adjective")
    family = _WORD_FAMILY.get(m["macw"].lower(), "dollar")
    if m["macw"].lower() == "penny":
        family = "pence"
    hit.currency = _family_currency(family, None, doc)
    words = m["madj"].lower().split("-")
    scale = _MAGNITUDE[words[-1].removeprefix("multi")]
    unit = Decimal(C.CURRENCY_FAMILIES[family][1])
    if words[0].startswith("multi"):  # "multimillion-dollar": no definite amount
        hit.multiplier = _canon(scale * unit)
    else:
        amount = Decimal("0.5") if "half" in words else Decimal("0.25") if "quarter" in words \
            else _ONE
        hit.finish(amount, None, _CTX.multiply(scale, unit))
    hit.approximate = True
    return hit


def _word_led(m: re.Match[str], text: str, doc: _Doc) -> _Hit | None:
    scale = _scale(m, "w")
    digits = m["wn"]
    if digits is not None:
        amount: Decimal | None = _number(digits)
    elif m["wf"] is not None:
        if scale is None:
            return None
        amount = _FRACTION[m["wf"].lower()]
    else:
        amount = _words(m["ww"])
        if m["ww"].lower() in ("a", "an") and scale is None:
            return None  # "a dollar", "a penny": idioms more often than amounts
    adj = m["wadj"]
    if m["wp"] is not None:
        if digits is None:
            return None
        family = "pence"
        iso: str | None = "GBP"
    elif m["wsuf"] is not None:
        family = "dollar"
        iso = _SUFFIX_ISO[m["wsuf"]]
    elif m["wcode"] is not None:
        family = "dollar"
        iso = _CODE_ISO[m["wcode"]]
    else:
        word = m["wcw"] or m["wacw"]
        if digits is None and (m["wacw"] is not None or (
                m["ww"] is not None and m["ww"].lower() in ("a", "an")
                and word.lower() in _SINGULAR_UNITS)):
            return None  # "a billion-dollar deal", "a million dollar home": an adjective
        family = "pence" if word.lower() == "penny" else _WORD_FAMILY[word.lower()]
        strength = C.CURRENCY_FAMILIES[family][2]
        if _PCT_AFTER.match(text, m.end()) is not None:
            return None  # "40 stg pct": a price in percent of par
        year = digits is not None and scale is None and _is_year(digits)
        if year and family in ("dollar", "cent"):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if before is not None and before[1].lower() in _YEAR_CUES:
                return None  # "in 2015 dollars": a price base
        if strength == "weight" and not _weight_ok(m, text, m.end(), scale is not None, adj,
                                                   word, doc):
            return None
        if strength == "weak" and scale is None and adj is None and (digits is None or year):
            return None
        iso = _family_currency(family, adj, doc)
    unit = Decimal(C.CURRENCY_FAMILIES[family][1])
    hit = _Hit(m.start(), m.end(), "word")
    hit.currency = iso
    hit.approximate = m["wplus"] is not None
    hit.finish(amount, _high(m, "w", m["wn"]), _CTX.multiply(scale or _ONE, unit))
    return hit


def _number_adjective(m: re.Match[str], doc: _Doc) -> _Hit | None:
    word = m["ncw"].lower()
    family = "pence" if word == "penny" else _WORD_FAMILY.get(word, "dollar")
    if C.CURRENCY_FAMILIES[family][2] != "strong":
        return None
    amount = _number(m["nn"]) if m["nn"] is not None else _words(m["nw"])
    if amount is None:
        return None
    hit = _Hit(m.start(), m.end(), "adjective")
    hit.currency = _family_currency(family, None, doc)
    hit.finish(amount, None, Decimal(C.CURRENCY_FAMILIES[family][1]))
    return hit


def _group(m: re.Match[str], name: str) -> str | None:
    """Group *name* of *m*, or None when that pattern has no such group."""
    return m[name] if name in m.re.groupindex else None


def _build(m: re.Match[str], text: str, doc: _Doc) -> _Hit | None:
    """Turn one pattern match into a mention, or None when a check rejects it."""
    for p, number in (("s", "sn"), ("c", "cn"), ("w", "wn")):
        quote, low = _group(m, p + "hs"), _group(m, number)
        if quote is not None and (low is None or "." not in low):
            return None  # "5/8": a fraction, not a bid/offer quote
    if _group(m, "sym") is not None:
        return _symbol_led(m, doc)
    if _group(m, "code") is not None:
        return _code_led(m)
    if _group(m, "vague") is not None:
        return _vague(m, text, doc)
    if _group(m, "madj") is not None:
        return _magnitude(m, doc)
    if _group(m, "ncw") is not None:
        return _number_adjective(m, doc)
    return _word_led(m, text, doc)


def _hedged(hit: _Hit, text: str, lo: int, hi: int) -> bool:
    """Whether a hedge phrase stands right before or after the mention (within lo..hi)."""
    found = _HEDGE_BEFORE.search(text, max(lo, hit.start - 40), hit.start)
    if found is None and _THRESHOLD_AFTER.match(text, hit.end, hi) is not None:
        found = _HEDGE_THE.search(text, max(lo, hit.start - 48), hit.start)
    if found is not None:
        hedge = found["h"].lower()
        if hedge not in ("over", "up to", "past"):
            return True
        verb = _WORD_BEFORE.search(text, max(lo, found.start() - 24), found.start())
        if verb is None or verb[1].lower() not in _HEDGE_VERBS:
            return True
    return _HEDGE_AFTER.match(text, hit.end, hi) is not None


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    return [w.start() for w in _WORD_START.finditer(text, lo, hi)]


def _last_token(text: str) -> str:
    """The last white-space separated token of *text*, "" when it has none (white space
    other than the characters stripped before, such as a carriage return, may remain)."""
    parts = text.rsplit(None, 1)
    return parts[-1] if parts else ""


def _code_before(text: str, s: int, lo: int) -> int | None:
    """Start of an ISO code or letter symbol right before the number at *s*, if any."""
    before = text[max(lo, s - 8):s].rstrip(" \u00a0")
    token = _last_token(before)
    token = token.lstrip("([{\"'\u201c\u2018")
    if token in _CODE_TOKENS:
        start = s - len(text[max(lo, s - 8):s]) + len(before) - len(token)
        return start
    return None


_POSITION = operator.itemgetter(0)


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, re.Pattern[str]]]:
    """Positions in ``text[lo:hi]`` where a mention may start, with the pattern to try there.

    Symbols and digits are found by one character-class scan; spelled-out amounts by
    ``str.find`` on stems of scale words ("illion") and of a few currency words (for "five
    dollars"), kept only when a currency word is near or a number word is right before.
    """
    out: list[tuple[int, re.Pattern[str]]] = []
    append = out.append
    for trig in _TRIGGER.finditer(text, lo, hi):
        s = trig.start()
        prev = text[s - 1] if s > lo else " "
        if prev in _NOT_BEFORE:
            continue  # inside a number, or read from the symbol before it
        if text[s] in _SYMBOL_CHARS:
            for letters in _SYMBOL_LETTERS_BY_LAST.get(prev, ()):
                if s - len(letters) >= lo and text.startswith(letters, s - len(letters)):
                    append((s - len(letters), _SYM_RE))
            append((s, _SYM_RE))
            continue
        if prev in _CODE_LAST or (prev in _SPACES and s - 2 >= lo
                                  and text[s - 2] in _CODE_LAST):
            code = _code_before(text, s, lo)
            if code is not None:
                append((code, _CODE_RE))
        if prev == ".":
            if s - 1 == lo or not text[s - 2].isalnum():
                append((s - 1, _DIGIT_RE))  # ".125 dlrs"
        elif not prev.isalpha():
            append((s, _DIGIT_RE))
    wire = "dlr" in text or "mln" in text
    scale = _SCALE_STEMS + _WIRE_SCALE_STEMS if wire else _SCALE_STEMS
    small = _SMALL_STEMS + _WIRE_SMALL_STEMS if wire else _SMALL_STEMS
    for stem in scale:
        _scale_candidates(text, stem, lo, hi, out)
    _scale_candidates(text, _CAPS_STEM, lo, min(hi, lo + _CAPS_REACH), out)
    for stem in small:
        i = text.find(stem, lo, hi)
        while i >= 0:
            if _number_word_before(text, i, lo):
                out.extend((w, _SPELLED_RE) for w in _word_starts(text, max(lo, i - 32), i))
            i = text.find(stem, i + len(stem), hi)
    out.sort(key=_POSITION)
    return out


def _scale_candidates(text: str, stem: str, lo: int, hi: int,
                      out: list[tuple[int, re.Pattern[str]]]) -> None:
    """Word starts before each scale stem that has a currency word close behind it."""
    i = text.find(stem, lo, hi)
    while i >= 0:
        near = text[i:i + 64].lower()
        if _CURRENCY_STEM_RE.search(near) is not None:
            out.extend((w, _SPELLED_RE) for w in _word_starts(text, max(lo, i - 48), i))
        i = text.find(stem, i + len(stem), hi)


def _number_word_before(text: str, i: int, lo: int) -> bool:
    """Whether a spelled-out number stands right before position *i* ("five dollars")."""
    if i > lo and text[i - 1].isalpha():
        return False  # inside a word: "percent"
    before = text[max(lo, i - 24):i].rstrip(" \t\u00a0\n-")
    word = _last_token(before)
    word = word.rsplit("-", 1)[-1].lower()
    return word in _NUMBER_WORDS or word == "hundred"


def _link_ranges(hits: list[_Hit], text: str) -> None:
    """Give "$3 to $4 billion" its scale on both ends: the first end borrows the second's."""
    for first, second in pairwise(hits):
        if first.led != "symbol" or second.led != "symbol" or first.multiplier != _ONE:
            continue
        if second.multiplier == _ONE or first.amount is None or second.amount is None:
            continue
        gap = text[first.end:second.start].strip().lower()
        if gap in ("to", "-", "\u2013", "and", "or") and first.amount < second.amount \
                and first.currency == second.currency and first.high is None:
            first.finish(first.amount, None, second.multiplier)


_START_END = operator.attrgetter("start", "end")


def find_money(text: str, regions: Sequence[Span] | None = None, *,
               options: ParseOptions | None = None) -> tuple[Money, ...]:
    """Find monetary amounts in *text*, only inside *regions* when given.

    Mentions come in text order, never overlap and never cross a region boundary. ``$`` is
    ``options.default_currency`` (USD) unless the text declares another dollar.

    >>> [(m.text, str(m.value), m.currency) for m in find_money("It cost $3.7 billion.")]
    [('$3.7 billion', '3700000000', 'USD')]
    >>> m = find_money("They paid about 90.12 pence a share.")[0]
    >>> m.text, m.value, m.currency, m.approximate
    ('90.12 pence', Decimal('0.9012'), 'GBP', True)
    """
    if len(text) <= _SHORT_TEXT and _ANY_TRIGGER.search(text) is None:
        return ()  # a short text with no trigger at all: one search instead of a dozen
    default = options.default_currency if options is not None else "USD"
    doc = _Doc(text, default)
    size = len(text)
    # (start, end) pairs in span order: sorting on them is sorting the spans, at C speed
    pairs = [(0, size)] if regions is None else sorted(map(_START_END, regions))
    out: list[Money] = []
    bounds: list[tuple[int, int]] = []
    reached = 0  # where the regions merged so far end
    for lo, hi in pairs:  # merge overlapping regions, clip to the text
        if hi > size:
            hi = size
        if lo < reached:
            lo = reached
        if lo < hi:
            bounds.append((lo, hi))
            reached = hi
    if not bounds:
        return ()
    starts = [b[0] for b in bounds]
    ends = [b[1] for b in bounds]
    per_region: dict[int, list[_Hit]] = {}  # region index -> its mentions (most have none)
    last_end = -1
    tried: tuple[int, re.Pattern[str]] | None = None
    for candidate in _candidates(text, bounds[0][0], bounds[-1][1]):
        pos, pattern = candidate
        if pos < last_end or candidate == tried:
            continue  # inside a mention already read, or the same attempt again
        tried = candidate
        k = bisect_right(starts, pos) - 1
        if k < 0 or pos >= ends[k]:
            continue
        m = pattern.match(text, pos, ends[k])
        if m is None:
            continue
        try:
            hit = _build(m, text, doc)
        except (InvalidOperation, ArithmeticError):  # pragma: no cover
            hit = None
        if hit is not None:
            per_region.setdefault(k, []).append(hit)
            last_end = hit.end
    for k, hits in per_region.items():  # in region order: candidates come in text order
        lo, hi = bounds[k]
        _link_ranges(hits, text)
        for hit in hits:
            approximate = hit.approximate or _hedged(hit, text, lo, hi)
            out.append(Money(text[hit.start:hit.end], Span(hit.start, hit.end),
                             amount=hit.amount, multiplier=hit.multiplier, value=hit.value,
                             value_high=hit.high, currency=hit.currency,
                             approximate=approximate))
    return tuple(out)
