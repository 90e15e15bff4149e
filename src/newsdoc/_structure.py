"""Article structure: headline, byline, dateline, paragraphs, credits, date stamps, boilerplate.

The stage works on a line table (:mod:`newsdoc._lines`) and never rewrites the text: every
item it returns carries a span into the article text it was given. Lines are claimed in a
fixed order (see :data:`STEPS`): boilerplate lines first (whole lines matched by the rule
table in :mod:`newsdoc._rules.boilerplate`, each rule tried only on the lines its first word
or a keyword admits), then the context rules that look at the lines around (a link list
after a "Related" header at the end, a caption its credit line repeats, a handle under a
contact line), then the remaining lines are grouped into
units (paragraph candidates), and the headline, the front matter (byline, dateline) and the
end matter (credits, a closing byline) are taken from the ends. Whatever is left is body:
paragraphs and section headings. Nothing is dropped without a record: every non-blank
character ends up in exactly one of headline, byline, dateline, paragraphs, credits or
boilerplate.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import operator
import re
from collections.abc import Sequence

import attrs
import regex

from ._dates import nearest_date, parse_date
from ._lines import Line, split_lines
from ._model import (
    Boilerplate,
    Byline,
    Credit,
    Dateline,
    DateStamp,
    Diagnostic,
    Headline,
    Mention,
    Paragraph,
    Span,
)
from ._options import BoilerplateRule, ParseOptions
from ._patterns import SHORT_TEXT as _SHORT_TEXT
from ._rules import boilerplate as _bp
from ._rules import bylines as _by
from ._rules import credits as _cr
from ._rules import datelines as _dl

__all__ = ["STEPS", "Structure", "extract_structure"]

#: The order in which the stage claims lines (documentation of the pipeline inside).
STEPS: tuple[str, ...] = ("boilerplate", "boilerplate-context", "units", "headline",
                          "front-matter", "end-matter", "body")


@attrs.frozen
class Structure:
    """What the structure stage found in one article's source text."""

    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    credits: tuple[Credit, ...] = ()
    published: DateStamp | None = None
    updated: DateStamp | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


# --------------------------------------------------------------------------------------
# Boilerplate rules: compiled once per (disabled, extra) combination, with a prefilter.


class _AnyForm:
    """A rule split into :data:`~newsdoc._rules.boilerplate.FORMS`, matched form by form.

    ``fullmatch`` finds a match exactly when the rule's whole pattern (the union of the
    forms) does.
    """

    __slots__ = ("forms",)

    def __init__(self, forms: tuple[regex.Pattern[str], ...]) -> None:
        self.forms = forms

    def fullmatch(self, text: str, start: int, end: int) -> regex.Match[str] | None:
        """The first form's match of the whole of ``text[start:end]``, else ``None``."""
        for form in self.forms:
            found = form.fullmatch(text, start, end)
            if found is not None:
                return found
        return None


@attrs.frozen
class _RuleSet:
    """The active boilerplate rules, compiled, with the prefilter tables.

    ``patterns[i]`` is rule ``names[i]`` (built-in rules in table order, then the user's).
    A built-in rule is only tried on a line whose first token it lists in
    :data:`~newsdoc._rules.boilerplate.STARTS` (``by_token``) or which holds one of its
    :data:`~newsdoc._rules.boilerplate.TRIGGERS` (``keywords``: keyword -> rule indexes;
    ``needles``: the same as ASCII bytes, ready for the search); the user's rules
    (``always``) are tried on every line. Rules are tried in that order (the built-in
    table's order, then the user's); the first that matches names the line.
    """

    names: tuple[str, ...]
    patterns: tuple[regex.Pattern[str] | _AnyForm, ...]
    by_token: dict[str, tuple[int, ...]]
    keywords: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    needles: tuple[tuple[bytes, tuple[int, ...]], ...] = ()
    no_token: frozenset[str] = frozenset()
    any_needle: re.Pattern[bytes] | None = None


@functools.lru_cache(maxsize=64)
def _compile_rules(disabled: frozenset[str], extra: tuple[BoilerplateRule, ...]) -> _RuleSet:
    """Compile the active rules (built-in ones not disabled, then the user's extra ones)."""
    builtin = [r for r in _bp.BOILERPLATE_RULES if r.name not in disabled]
    users = [r for r in extra if r.name not in disabled]
    patterns: list[regex.Pattern[str] | _AnyForm] = []
    for rule in builtin + users:
        try:
            patterns.append(regex.compile(rule.pattern, regex.IGNORECASE))
        except regex.error as err:
            raise ValueError(f"boilerplate rule {rule.name!r} has a bad pattern: {err}") from err
    for i, rule in enumerate(builtin):
        forms = _bp.FORMS.get(rule.name)
        if forms is not None:
            patterns[i] = _AnyForm(tuple(regex.compile(f, regex.IGNORECASE) for f in forms))
    by_token: dict[str, list[int]] = {}
    keywords: dict[str, list[int]] = {}
    for i, rule in enumerate(builtin):
        for token in _bp.STARTS.get(rule.name, ()):
            by_token.setdefault(token, []).append(i)
        for word in _bp.TRIGGERS.get(rule.name, ()):
            keywords.setdefault(word, []).append(i)
    return _RuleSet(tuple(r.name for r in builtin + users), tuple(patterns),
                    {k: tuple(v) for k, v in by_token.items()},
                    {k: tuple(v) for k, v in keywords.items()},
                    tuple(range(len(builtin), len(builtin) + len(users))),
                    tuple((k.encode("ascii"), tuple(v)) for k, v in keywords.items()),
                    _no_token_pairs(frozenset(by_token)),
                    re.compile(b"|".join(re.escape(k.encode("ascii")) for k in keywords))
                    if keywords else None)


class _PerOptions:
    """What one options object needs again and again: its disabled rule names, its compiled
    rule set and the memo of short texts' structure (text -> structure)."""

    __slots__ = ("disabled", "memo", "options", "rules")

    def __init__(self, options: ParseOptions) -> None:
        self.options = options
        self.disabled = frozenset(options.disabled_rules)
        self.rules = _compile_rules(self.disabled, tuple(options.extra_rules))
        self.memo: dict[str, Structure] = {}


#: The state of the options object seen last. A bundle parses all its articles with one
#: options object, so it is recognised by identity first: the per-article cost is an ``is``
#: test (ParseOptions is frozen, so nothing cached can change under it). An equal object
#: (the copy a worker process unpickles with each task, the options of a caller who builds
#: new ones per call) keeps the state too: equal options compile the same rules and give
#: the same structure. Other options replace it whole, in one assignment, which is safe
#: across threads.
_LAST: _PerOptions | None = None


def _per_options(options: ParseOptions) -> _PerOptions:
    global _LAST
    last = _LAST
    if last is None or (last.options is not options and last.options != options):
        last = _LAST = _PerOptions(options)
    return last


def _rules_for(options: ParseOptions) -> tuple[frozenset[str], _RuleSet]:
    """The disabled rule names and the compiled rule set of *options*."""
    state = _per_options(options)
    return state.disabled, state.rules


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _no_token_pairs(tokens: frozenset[str]) -> frozenset[str]:
    """Two ASCII letters that, opening a line, rule out every token in *tokens*.

    A line opening with two ASCII letters has a first token (see :data:`_TOKEN`) of two or
    more letters, whose lower case starts with theirs: when no token starts so, the line
    has none of *tokens*, and the token need not be read.
    """
    heads = {t[:2] for t in tokens if len(t) >= 2}
    return frozenset(a + b for a in _ASCII_LETTERS for b in _ASCII_LETTERS
                     if (a + b).lower() not in heads)


#: The first token of a line for the prefilter: a digit, a run of letters, or one character,
#: after leading white space and ``. · • | * > : - ( [``.
_TOKEN = re.compile(r"[\s.·•|*>:(\[-]*(?:(\d)|([^\W\d_]+)|(\S))")


#: Characters that the ``regex`` module's case-insensitive matching equates with an ASCII
#: letter ("ſ" matches "s", the Kelvin sign "K" matches "k"): a text holding one is matched
#: without the prefilter, which reads the text as lower-case ASCII.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")




def _keyword_rules(text: str, rules: _RuleSet, lines: Sequence[Line]) -> dict[int, set[int]]:
    """Line index -> indexes of the rules whose keywords the line holds."""
    found: dict[int, set[int]] = {}
    if not rules.needles:
        return found
    # Lower-case ASCII bytes, one per character (others become "?"): offsets are kept.
    data = text.encode("ascii", "replace").lower()
    if len(data) <= _SHORT_TEXT and rules.any_needle is not None \
            and rules.any_needle.search(data) is None:
        # A short text is searched once for all the keywords, rather than once per keyword
        # (the fixed cost of a tiny article); a long one is not: the separate searches run
        # at memchr speed, the alternation at regex speed.
        return found
    find = data.find
    line_starts: list[int] | None = None
    for needle, ids in rules.needles:
        pos = find(needle)
        if pos < 0:
            continue
        if line_starts is None:
            line_starts = list(map(_START, lines))
        while pos >= 0:
            k = bisect.bisect_right(line_starts, pos) - 1
            if k >= 0 and pos < lines[k].end:
                hit = found.get(k)
                if hit is None:
                    found[k] = set(ids)
                else:
                    hit.update(ids)
                pos = lines[k].end
            pos = find(needle, pos + 1)
    return found


def _match_lines(rules: _RuleSet, text: str, lines: Sequence[Line], cap: int,
                 limit: int) -> list[str | None]:
    """The name of the first rule matching each whole line (``None``: no rule, or too long)."""
    out: list[str | None] = [None] * len(lines)
    if not lines:
        return out
    by_token, patterns, always, names = rules.by_token, rules.patterns, rules.always, rules.names
    size_cap = min(cap, limit)
    if not text.isascii() and any(trap in text for trap in _FOLD_TRAPS):
        every = tuple(range(len(patterns)))  # no prefilter: try every rule on every line
        for k, (start, end, _, _) in enumerate(lines):
            if end - start <= size_cap:
                out[k] = next((names[i] for i in every
                               if patterns[i].fullmatch(text, start, end) is not None), None)
        return out
    near = _keyword_rules(text, rules, lines)
    get = by_token.get
    token = _TOKEN.match
    no_token = rules.no_token
    for k, (start, end, _, _) in enumerate(lines):
        if end - start > size_cap:
            continue
        ids: tuple[int, ...] | None = None
        t = None if text[start:start + 2] in no_token else token(text, start, end)
        if t is not None:
            digit, word, other = t.groups()
            ids = get(word.lower() if word else "0" if digit else other.lower())
        if near:
            extra = near.get(k)
            if extra is not None:
                ids = tuple(sorted(extra.union(ids))) if ids else tuple(sorted(extra))
        if always:
            ids = ids + always if ids else always
        if ids:
            for i in ids:
                if patterns[i].fullmatch(text, start, end) is not None:
                    out[k] = names[i]
                    break
    return out


_HANDLE = regex.compile(_bp.HANDLE_PATTERN)
_LINK_HEADER = regex.compile(_bp.LINK_HEADER_PATTERN, regex.IGNORECASE)
_SENTENCE_END = frozenset('.!?:;"”’)')
_CAPTION_RULES = frozenset({"image-caption", "caption-credit", "photo-credit"})


def _context_rules(text: str, lines: Sequence[Line], matched: list[str | None],
                   disabled: frozenset[str]) -> None:
    """Adjust *matched* (rule name per line) with the rules that need the lines around.

    A matched line that starts in lower case and continues an unfinished sentence on the
    line above (hard-wrapped text: "... 19 dlrs a" / "share.") is given back to the text.

    See :data:`~newsdoc._rules.boilerplate.CONTEXT_RULES` (a link list is at least two
    lines, or one that does not end a sentence). Only lines of at most
    :data:`~newsdoc._rules.boilerplate.LINK_LIST_MAX_CHARS` /
    :data:`~newsdoc._rules.boilerplate.CAPTION_MAX_CHARS` characters are ever taken.
    """
    n = len(lines)
    hits = [k for k, rule in enumerate(matched) if rule is not None]
    if not hits:
        return
    for k in hits:  # "share." ending a hard-wrapped sentence is text, not a widget
        if k and not lines[k].gap and matched[k - 1] is None \
                and text[lines[k].start].islower() \
                and text[lines[k - 1].end - 1] not in _SENTENCE_END:
            matched[k] = None
    if "link-list" not in disabled:
        low = max(0, n - _bp.LINK_LIST_MAX_LINES - 1)
        for h in range(n - 1, low - 1, -1):  # upwards while every line below is short
            line = lines[h]
            if matched[h] is None and line.end - line.start > _bp.LINK_LIST_MAX_CHARS:
                break
            if matched[h] == "read-more" and _LINK_HEADER.fullmatch(text, line.start, line.end):
                items = [k for k in range(h + 1, n) if matched[k] is None]
                if len(items) == 1 and text[lines[items[0]].end - 1] in _SENTENCE_END:
                    continue  # one closing sentence after "Related" is text, not a list
                for k in items:
                    matched[k] = "link-list"
    if "caption-context" not in disabled:
        near = sorted({k for j in hits if matched[j] in _CAPTION_RULES for k in (j - 1, j + 1)
                       if 0 <= k < n})
        for k in near:
            start, end = lines[k].start, lines[k].end
            if matched[k] is not None or end - start > _bp.CAPTION_MAX_CHARS:
                continue
            chunk = text[start:end]
            for j in (k + 1, k - 1):
                if 0 <= j < n and matched[j] in _CAPTION_RULES:
                    other = text[lines[j].start:lines[j].end]
                    if chunk in other or (
                            j == k + 1 and other[:7].casefold() == "credit:"
                            and "full size image" in other.casefold()):
                        matched[k] = "caption-context"
                        break
    if "contact-context" not in disabled:
        for j in hits:
            k = j + 1
            if matched[j] != "contact":
                continue
            while k < n and matched[k] is None \
                    and _HANDLE.fullmatch(text, lines[k].start, lines[k].end):
                matched[k] = "contact-context"
                k += 1


# --------------------------------------------------------------------------------------
# Pattern fragments for bylines, datelines and credits (vocabulary from the rule tables).

_PARTICLES = "|".join(sorted((regex.escape(p) for p in _by.NAME_PARTICLES), key=len,
                             reverse=True))
#: One word of a personal name: "Jane", "O'Brien", "J.", "deCasparis", or a particle.
_NAME_WORD = rf"(?:[A-Z][\w'’.-]{{0,30}}|[a-z]{{1,3}}[A-Z][\w'’-]{{1,30}}|(?:{_PARTICLES})(?!\w))"
#: A personal name: a capitalised word and up to four more name words.
_NAME = rf"(?:[A-Z][\w'’.-]{{0,30}}|[a-z]{{1,3}}[A-Z][\w'’-]{{1,30}})(?:[ \t]+{_NAME_WORD}){{0,4}}"
#: Separators between names in a list.
_NAME_SEP = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
_NAMES = rf"{_NAME}(?:{_NAME_SEP}{_NAME}){{0,6}}"
#: What may follow the names: ", Associated Press", "| Staff Writer", "of the Daily News".
_BYLINE_TAIL = (r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w.&'’ -]{1,60}|"
                r"[ \t]*[,|•—–/-][ \t]*[A-Z0-9][^|•—–/\n]{0,60}?){0,4}")

_BYLINE_BY = regex.compile(
    rf"(?:[Bb][Yy]|BY)[ \t]*:?[ \t]+(?P<names>{_NAMES})(?P<tail>{_BYLINE_TAIL})[ \t]*\.?")
_BYLINE_TITLED = regex.compile(
    rf"(?P<names>{_NAMES})(?P<tail>[ \t]*[,|•—–-][ \t]*[A-Z][^|•—–\n]{{1,60}}?"
    rf"(?:[ \t]*[|•—–][ \t]*[^|•—–\n]{{1,40}}?){{0,2}})[ \t]*\.?")
#: Necessary conditions of the two byline patterns, checked first because most lines fail
#: them: :data:`_BYLINE_BY` opens with "by" in any case, and :data:`_BYLINE_TITLED` holds a
#: separator followed by a capital letter (where its tail starts).
_BY_WORDS = ("By", "BY", "by", "bY")
_TITLED_GATE = re.compile(r"[,|•—–-][ \t]*[A-Z]")

_AGENCY_BY_NAME: dict[str, str] = {variant.casefold(): canonical
                                   for canonical, variants in _by.AGENCIES
                                   for variant in variants}
_STAFF_TITLES = frozenset(t.casefold() for t in _by.STAFF_TITLES)


def _minimal(words: frozenset[str]) -> tuple[str, ...]:
    """The words of *words* that hold no other one: a text holding any word holds one."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


#: A titled byline ("Ann Lee, Staff Writer") must name a staff title or an agency of four or
#: more letters (see :func:`_read_byline`): its casefolded line holds one of these.
_TITLED_WORDS = _minimal(_STAFF_TITLES | {k for k in _AGENCY_BY_NAME if len(k) >= 4})

_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]{0,6}\.?"
_DATE = (rf"(?:(?P<month>{_MONTH})[ \t]*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
         rf"(?:,?[ \t]*(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?|"
         rf"(?P<day2>\d{{1,2}})[ \t]+(?P<month2>{_MONTH})"
         rf"(?:,?[ \t]*(?P<year2>(?:1[89]|2[01])\d\d)(?!\d))?|"
         rf"(?P<month3>{_MONTH}))")
_PLACE_WORD = r"[A-Z][\w'’.&/-]{0,25}"
_CONNECT = r"(?:of|de|la|del|du|des|da|do|el|al|am|upon|on|the|sur|en|st\.?)"
_CITY = rf"{_PLACE_WORD}(?:[ \t]+(?:{_CONNECT}[ \t]+)?{_PLACE_WORD}){{0,4}}"
_NOT_MONTH = (r"(?!(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
              r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\b)")
_REGION = rf"{_NOT_MONTH}{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}"
_DASHES = "|".join(regex.escape(d) for d in _dl.DASHES)
_DATELINE = regex.compile(
    rf"(?:\*{{1,6}}[ \t]*|[a-z][ \t]{{2,8}}(?=[A-Z]{{2}}))?"  # "****", "c    ": wire junk
    rf"(?:(?P<place>(?P<city>{_CITY})(?:[ \t]*,[ \t]*{_REGION}){{0,2}})[ \t]*,?[ \t]*)?"
    rf"(?:(?P<date>{_DATE})[ \t]*,?[ \t]*)?"
    rf"(?:\([ \t]*(?P<agency>[A-Za-z][\w.&'’/ -]{{0,30}}?)[ \t]*\)[ \t]*)?"
    rf"(?P<dash>{_DASHES})(?:(?<=-)(?=\s|$)|(?<=[–—―])(?=\s|$|[\w\"“‘']))")
_MONTH_NUMBER = {name: number for number, name in _dl.MONTHS}
#: A cheap necessary condition for :data:`_DATELINE` (a speed filter that never changes
#: what matches): only the characters a dateline is made of, up to a closing dash.
_LONG_DASHES = tuple(d for d in _dl.DASHES if len(d) == 1 and d != "-")
_DATELINE_GATE = regex.compile(r"[\w \t,.'’&/()*-]{0,200}?(?:-(?=\s|$)|[–—―])")

_ROLE_PHRASES = sorted((phrase for phrase, _ in _cr.CREDIT_ROLES), key=len, reverse=True)
_ROLE_OF = dict(_cr.CREDIT_ROLES)
_ROLE = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in _ROLE_PHRASES)
_CREDIT_SEGMENT = regex.compile(
    rf"[ \t]*(?P<role>{_ROLE})[ \t]+by[ \t]*:?[ \t]+(?P<names>[^;()\n]{{1,300}}?)[ \t.]*",
    regex.IGNORECASE)
_CREDIT_START = regex.compile(rf"\([ \t]*(?:{_ROLE})[ \t]+by\b", regex.IGNORECASE)
_CREDIT_GROUPS = regex.compile(r"(?:\([^()\n]{1,600}\)+[ \t.]*){1,8}")
_CONTRIBUTED = regex.compile(
    r"(?P<names>[^\n]{1,300}?)[ \t]+(?:also[ \t]+)?(?:"
    + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in _cr.CONTRIBUTED_PHRASES)
    + r")\b[^\n]{0,60}", regex.IGNORECASE)
_CONTRIBUTING = regex.compile(
    r"(?i:contributing|contributors?|with[ \t]+reporting[ \t]+by)[ \t]*:[ \t]*"
    r"(?P<names>[^\n]{1,300}?)"
    r"[ \t.]*")
_NAME_RE = regex.compile(_NAME)
_SEP_RE = regex.compile(_NAME_SEP + r"|[ \t]*;[ \t]*")
_LOCATION_TAIL = regex.compile(r"[ \t]+(?:in|at|from)[ \t]+[A-Z][^\n]*$")
_ROLE_WORDS = regex.compile(
    r"(?:[\w.'’ -]{0,40}?\b(?:staff[ \t]+)?(?:writers?|reporters?|correspondents?|"
    r"researchers?|editors?|photographers?)[ \t]+)", regex.IGNORECASE)

_TERMINAL = frozenset('.!?')
_CLOSERS = '"”’\')]'
_LEDE_WORDS = regex.compile(r"\b(?:said|told|according\s+to)\b", regex.I)


# --------------------------------------------------------------------------------------
# Small helpers.


def _agency(name: str) -> str:
    """Return the canonical agency name for *name* (unknown names as written)."""
    return _AGENCY_BY_NAME.get(" ".join(name.split()).casefold(), name.strip())


def _split_names(text: str, start: int, end: int) -> list[Mention]:
    """Split ``text[start:end]`` ("A, B and C in Tehran") into name mentions with spans."""
    out: list[Mention] = []
    pos = start
    pieces: list[tuple[int, int]] = []
    for sep in _SEP_RE.finditer(text, start, end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    for a, b in pieces:
        piece = text[a:b]
        tail = _LOCATION_TAIL.search(piece)
        if tail is not None:
            b = a + tail.start()
            piece = text[a:b]
        stripped = piece.strip(" \t.,;:")
        if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
            continue
        offset = a + piece.index(stripped)
        out.append(Mention(stripped, Span(offset, offset + len(stripped))))
    return out


def _is_all_caps(words: str) -> bool:
    """True when the letters of *words* are upper case (at least two of them)."""
    letters = "".join(filter(str.isalpha, words))
    return len(letters) >= 2 and all(map(str.isupper, letters))


def _month_number(word: str) -> int | None:
    """Return the month a dateline word ("Feb", "Sept.", "Marc") names, else ``None``."""
    key = word.rstrip(".").casefold()
    if len(key) < 3:
        return None
    for name, number in _MONTH_NUMBER.items():
        if name.startswith(key):
            return number
    return None


# --------------------------------------------------------------------------------------
# Recognisers: each takes the text and a (start, end) region and returns a record or None.


def _read_byline(text: str, start: int, end: int) -> Byline | None:
    """Read a whole-line byline in ``text[start:end]``, or return ``None``."""
    if end - start > _by.BYLINE_MAX_CHARS:
        return None
    m = (_BYLINE_BY.fullmatch(text, start, end) if text.startswith(_BY_WORDS, start, end)
         else None)
    titled = False
    if m is None:
        if _TITLED_GATE.search(text, start, end) is None:
            return None
        low = text[start:end].casefold()
        if not any(word in low for word in _TITLED_WORDS):
            return None
        m = _BYLINE_TITLED.fullmatch(text, start, end)
        titled = True
        if m is None:
            return None
    names_start, names_end = m.span("names")
    first = text[names_start:names_end].split(None, 1)[0].strip(",").casefold()
    if first in _by.NOT_NAME_WORDS:
        return None
    authors = _split_names(text, names_start, names_end)
    agency: str | None = None
    title: str | None = None
    kept: list[Mention] = []
    for mention in authors:
        key = mention.text.casefold()
        if key in _AGENCY_BY_NAME:
            agency = _agency(mention.text)
        elif key in _STAFF_TITLES or key.endswith(tuple(f" {t}" for t in _STAFF_TITLES)):
            title = mention.text
        else:
            kept.append(mention)
    for segment in regex.split(r"[,|•—–/-]", m.group("tail")):
        part = segment.strip(" \t.")
        if not part:
            continue
        key = part.casefold()
        if key in _AGENCY_BY_NAME and agency is None:
            agency = _agency(part)
        elif (key in _STAFF_TITLES or key.endswith(tuple(f" {t}" for t in _STAFF_TITLES))) \
                and title is None:
            title = part
    if not kept:
        return None
    if titled:
        lead = regex.split(r"[,|•—–-]", m.group("tail").strip(" \t.,|•—–-"), maxsplit=1)[0]
        key = lead.strip().casefold()
        staff = key in _STAFF_TITLES or key.endswith(tuple(f" {t}" for t in _STAFF_TITLES))
        if not staff and not (key in _AGENCY_BY_NAME and len(key) >= 4):
            return None
    raw = text[start:end]
    return Byline(raw, Span(start, end), authors=tuple(kept), agency=agency, title=title)


def _has_dash(text: str, start: int, stop: int) -> bool:
    """True when ``text[start:stop]`` holds a dash that can close a dateline (fast check)."""
    find = text.find
    for dash in _LONG_DASHES:
        if find(dash, start, stop) >= 0:
            return True
    pos = find("-", start, stop)
    while pos >= 0:
        if pos + 1 >= stop or text[pos + 1].isspace():
            return True
        pos = find("-", pos + 1, stop)
    return False


def _read_dateline(text: str, start: int, end: int,
                   options: ParseOptions) -> Dateline | None:
    """Read a dateline at the start of ``text[start:end]``, or return ``None``."""
    stop = min(end, start + 200)
    if not _has_dash(text, start, stop) or _DATELINE_GATE.match(text, start, stop) is None:
        return None
    m = _DATELINE.match(text, start, stop)
    if m is None:
        return None
    place = m.group("place")
    agency = m.group("agency")
    has_date = m.group("date") is not None
    if place is None and not has_date and agency is None:
        return None
    if place is not None:
        city = m.group("city")
        first = city.split()[0].rstrip(".,:").casefold()
        if first in _dl.NOT_PLACES:
            return None
        if not _is_all_caps(city) and not has_date and agency is None:
            return None
    month = day = year = None
    if has_date:
        word = m.group("month") or m.group("month2") or m.group("month3")
        month = _month_number(word)
        if month is None:
            return None
        digits = m.group("day") or m.group("day2")
        if digits is not None:
            day = int(digits)
            if not 1 <= day <= 31:
                return None
        years = m.group("year") or m.group("year2")
        year = int(years) if years else None
    date = None
    if month is not None and day is not None:
        if year is not None:
            try:
                date = _dt.date(year, month, day)
            except ValueError:
                date = None
        elif options.reference_date is not None:
            date = nearest_date(month, day, options.reference_date)
    raw_end = m.end()
    return Dateline(text[start:raw_end], Span(start, raw_end),
                    place=place.strip().rstrip(",") if place else None,
                    month=month, day=day, year=year,
                    agency=_agency(agency) if agency else None, date=date)


def _read_credit_groups(text: str, start: int, end: int
                        ) -> tuple[list[Credit], list[Diagnostic]] | None:
    """Read ``text[start:end]`` as parenthesised credit groups: "(Reporting by A; Editing by B)".

    Returns ``None`` unless the whole region is credit groups. Every character of the
    region lands in one credit's span (brackets and semicolons go with their role).
    """
    if _CREDIT_GROUPS.fullmatch(text, start, end) is None:
        return None
    credits: list[Credit] = []
    notes: list[Diagnostic] = []
    pos = start
    while pos < end:
        if text[pos] != "(":
            return None
        close = text.find(")", pos, end)
        if close < 0:
            return None
        stop = close + 1
        while stop < end and text[stop] == ")":
            stop += 1
        if stop - close > 1:
            notes.append(Diagnostic(
                "stray-paren", f"{stop - close - 1} stray ')' after a credit line",
                span=Span(close + 1, stop), severity="info"))
        group = _read_credit_list(text, pos + 1, close)
        if group is None:
            return None
        group[0] = attrs.evolve(group[0], raw=text[pos:group[0].span.end],
                                span=Span(pos, group[0].span.end))
        while stop < end and text[stop] in " \t.":
            stop += 1
        last = group[-1]
        tail_end = stop
        while tail_end > last.span.end and text[tail_end - 1] in " \t":
            tail_end -= 1
        group[-1] = attrs.evolve(last, raw=text[last.span.start:tail_end],
                                 span=Span(last.span.start, tail_end))
        credits.extend(group)
        pos = stop
    return credits, notes


def _read_credit_list(text: str, start: int, end: int) -> list[Credit] | None:
    """Read "Role by names; Role by names" in ``text[start:end]`` (no brackets)."""
    credits: list[Credit] = []
    pos = start
    while True:
        semi = text.find(";", pos, end)
        seg_end = end if semi < 0 else semi
        m = _CREDIT_SEGMENT.fullmatch(text, pos, seg_end)
        if m is None:
            return None
        names = _split_names(text, *m.span("names"))
        if not names:
            return None
        role = _ROLE_OF.get(" ".join(m.group("role").split()).casefold(), "other")
        s = m.start("role")
        e = seg_end + 1 if semi >= 0 else seg_end
        while e > s and text[e - 1] in " \t":
            e -= 1
        credits.append(Credit(role, tuple(names), text[s:e], Span(s, e)))
        if semi < 0:
            return credits
        pos = semi + 1


def _read_credit_line(text: str, start: int, end: int
                      ) -> tuple[list[Credit], list[Diagnostic]] | None:
    """Read a whole line of credits in any of the supported forms, or return ``None``."""
    if text[start] == "(":
        return _read_credit_groups(text, start, end)
    listed = _read_credit_list(text, start, end)
    if listed is not None:
        return listed, []
    m = _CONTRIBUTING.fullmatch(text, start, end)
    if m is None:
        m = _CONTRIBUTED.fullmatch(text, start, end)
        if m is None:
            return None
        n_start, n_end = m.span("names")
        lead = _ROLE_WORDS.match(text, n_start, n_end)
        if lead is not None:
            n_start = lead.end()
        names = _split_names(text, n_start, n_end)
        if not names or any(len(n.text.split()) > 5 for n in names):
            return None
        return [Credit("contributing", tuple(names), text[start:end], Span(start, end))], []
    names = _split_names(text, *m.span("names"))
    if not names:
        return None
    return [Credit("contributing", tuple(names), text[start:end], Span(start, end))], []


def _trailing_credits(text: str, start: int, end: int
                      ) -> tuple[int, list[Credit], list[Diagnostic]] | None:
    """Find credit groups closing a paragraph line ("... LUKOIL. (Writing by ...)")."""
    for m in _CREDIT_START.finditer(text, start, end):
        found = _read_credit_groups(text, m.start(), end)
        if found is not None:
            return m.start(), found[0], found[1]
    return None


def _opens_with_dateline(text: str, start: int, end: int, options: ParseOptions) -> bool:
    """True when a first line is a body paragraph opening with a dateline.

    A bare upper-case place and a dash ("JAPAN CUTS IMPORTS - USDA") is also how wire
    headlines cite a source, so it only counts when the dateline names a date, an agency or
    a region, or a sentence follows it.
    """
    found = _read_dateline(text, start, end, options)
    if found is None:
        return False
    if found.agency or found.month or (found.place and "," in found.place):
        return True
    return len(text[found.span.end:end].split()) >= 8


def _headline_ok(line: str) -> bool:
    """Decide whether a first line reads as a headline rather than a lede sentence."""
    if len(line) > 250:
        return False
    words = line.split()
    if not words:
        return False
    body = line.rstrip(_CLOSERS + " ")
    if not body:
        return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = bool(long_words) and sum(w[0].isupper() for w in long_words) * 10 >= len(
        long_words) * 7
    if title_case:
        return len(words) <= 30
    if body[-1] in _TERMINAL or body[-1] == ";":
        if len(words) > 22:
            return False
        return len(words) <= 12 or _LEDE_WORDS.search(line) is None
    return len(words) <= 30


#: A section heading is a short line.
_HEADING_MAX_CHARS = 80
#: An ASCII lower-case letter: a line holding one is not all caps.
_LOWER = re.compile("[a-z]")


def _heading_ok(line: str) -> bool:
    """Decide whether a standalone body line is a section heading ("AHMADINEJAD VISIT")."""
    if len(line) > _HEADING_MAX_CHARS:
        return False
    if not line[0].isupper() and not line[0].isdigit() and line[0] not in "'\"‘“":
        return False
    last = line[-1]
    if (last in ".!?,;:" or last in _CLOSERS) and _LOWER.search(line) is not None:
        return False  # a lower-case letter: not all caps, so this ending rules it out below
    words = line.split()
    if len(words) > 10:
        return False
    letters = sum(map(str.isalpha, line))
    if letters < 3:
        return False
    digits = sum(map(str.isdigit, line))
    if digits * 3 > letters:
        return False
    if _is_all_caps(line):
        core = line.rstrip(".:")
        return ":" not in core and " - " not in core and letters >= 4
    last = line[-1]
    if last in ".!?,;:" or last in _CLOSERS:
        return False
    return len(words) <= 8


# --------------------------------------------------------------------------------------
# The stage.


_GAP = operator.itemgetter(3)  # Line.gap
_START = operator.itemgetter(0)  # Line.start
_END = operator.itemgetter(1)  # Line.end


def _is_wrapped(lines: Sequence[Line], content: Sequence[bool]) -> bool:
    """True when the text is hard-wrapped (lines of a paragraph broken at ~70 columns)."""
    if all(map(_GAP, lines)):  # every line opens a block: nothing is wrapped
        return False
    pairs = short = 0
    for i in range(len(lines) - 1):
        nxt = lines[i + 1]
        if nxt.gap or not content[i] or not content[i + 1] or nxt.indent > lines[i].indent:
            continue
        pairs += 1
        size = lines[i].end - lines[i].start + lines[i].indent
        if 40 <= size <= 100:
            short += 1
    return pairs >= 2 and short * 10 >= pairs * 8


#: Texts up to this many characters have their structure remembered, per options object
#: (at most MEMO_SIZE of them): a bundle of many tiny segments ("|", "Advertisement", a run
#: of near-delimiters) repeats the same few texts, and their fixed cost dominates.
MEMO_CHARS = 64
MEMO_SIZE = 4096


def extract_structure(text: str, options: ParseOptions) -> Structure:
    """Split *text* into headline, byline, dateline, paragraphs, credits and boilerplate.

    The result depends only on *text* and *options* (both immutable) and is itself frozen,
    so short texts are computed once and then reused (see :data:`MEMO_CHARS`).

    >>> from newsdoc import ParseOptions
    >>> s = extract_structure("Rain due\\n\\nBy Ann Lee\\n\\nLONDON (Reuters) - Rain fell.\\n",
    ...                       ParseOptions())
    >>> s.headline.text, [a.text for a in s.byline.authors], s.dateline.place
    ('Rain due', ['Ann Lee'], 'LONDON')
    >>> [p.text for p in s.paragraphs]
    ['Rain fell.']
    """
    if len(text) > MEMO_CHARS:
        return _extract(text, options)
    memo = _per_options(options).memo
    found = memo.get(text)
    if found is None:
        found = _extract(text, options)
        if len(memo) < MEMO_SIZE:
            memo[text] = found
    return found


def _extract(text: str, options: ParseOptions) -> Structure:
    """:func:`extract_structure` without the memo."""
    lines = split_lines(text)
    notes: list[Diagnostic] = []
    disabled, rules = _rules_for(options)
    limit = options.max_line_chars
    cap = _bp.MAX_BOILERPLATE_CHARS
    n_lines = len(lines)

    # Step 1: boilerplate lines and date stamps.
    boilerplate: list[Boilerplate] = []
    published: DateStamp | None = None
    updated: DateStamp | None = None
    matched = _match_lines(rules, text, lines, cap, limit)
    hits: list[int] = []
    if matched.count(None) != n_lines:  # some line matched (most articles: none did)
        _context_rules(text, lines, matched, disabled)
        hits = [k for k, rule in enumerate(matched) if rule is not None]
    longs = ([k for k, (start, end, _, _) in enumerate(lines) if end - start > limit]
             if len(text) > limit else [])
    long_line = frozenset(longs)
    for k in sorted(long_line.union(hits)) if longs else hits:
        line, rule = lines[k], matched[k]
        if k in long_line:
            size = line.end - line.start
            notes.append(Diagnostic(
                "line-too-long", f"line of {size} characters is longer than "
                f"max_line_chars={limit}; kept as a plain paragraph",
                span=Span(line.start, line.end), severity="info"))
        if rule is None:
            continue
        raw = text[line.start:line.end]
        boilerplate.append(Boilerplate(rule, raw, Span(line.start, line.end)))
        kind = _bp.DATESTAMP_RULES.get(rule)
        if kind is not None:
            parsed = parse_date(raw, dayfirst=options.dayfirst, reference=options.reference_date)
            if parsed.value is None:
                notes.append(Diagnostic("date-unparsable", parsed.error or "no date",
                                        span=Span(line.start, line.end), severity="info"))
            else:
                stamp = DateStamp(kind, parsed.value, raw, Span(line.start, line.end),
                                  ambiguous=parsed.ambiguous)
                if kind == "updated" and updated is None:
                    updated = stamp
                elif kind == "published" and published is None:
                    published = stamp

    # Step 2: group the remaining lines into units (paragraph candidates). A unit is a run
    # of lines ``ufirst[k]..ulast[k]``; it covers ``text[us[k]:ue[k]]``.
    content = [rule is None for rule in matched]
    gaps = list(map(_GAP, lines))
    line_starts = list(map(_START, lines))
    line_ends = list(map(_END, lines))
    if not _is_wrapped(lines, content):
        ufirst = [i for i, keep in enumerate(content) if keep] if hits else list(range(n_lines))
        ulast = ufirst
        us = [line_starts[i] for i in ufirst] if hits else line_starts
        ue = [line_ends[i] for i in ufirst] if hits else line_ends
    else:
        ufirst, ulast = [], []
        prev: int | None = None
        for i, line in enumerate(lines):
            if not content[i]:
                prev = None
                continue
            joins = (prev is not None and not line.gap and i not in long_line
                     and prev not in long_line and line.indent <= lines[prev].indent)
            if joins:
                ulast[-1] = i
            else:
                ufirst.append(i)
                ulast.append(i)
            prev = i
        us = [line_starts[i] for i in ufirst]
        ue = [line_ends[i] for i in ulast]
    n_units = len(ufirst)

    # Step 3: the headline is the first unit when it reads like one.
    headline: Headline | None = None
    first = 0
    if n_units >= 2 and ufirst[0] == ulast[0]:
        h_start, h_end = us[0], ue[0]
        used = 1
        line0 = text[h_start:h_end]
        # a headline ending in ":" or ";" goes on to the next line, unless a line removed as
        # boilerplate stands between them (its text is not the headline's)
        if (line0.endswith((";", ":")) and ufirst[1] == ulast[1] == ufirst[0] + 1
                and not gaps[ufirst[1]] and n_units >= 3):
            h_end = ue[1]
            used = 2
        candidate = text[h_start:h_end]
        if (_headline_ok(line0)
                and _read_byline(text, h_start, h_end) is None
                and not _opens_with_dateline(text, h_start, h_end, options)
                and _read_credit_line(text, h_start, h_end) is None):
            headline = Headline(candidate, Span(h_start, h_end))
            first = used

    # Step 4: front matter: a byline line and a dateline within the first units.
    byline: Byline | None = None
    dateline: Dateline | None = None
    taken: set[int] = set()
    body_starts: dict[int, int] = {}
    for k in range(first, min(first + 4, n_units)):
        u_start, u_end = us[k], ue[k]
        if byline is None and ufirst[k] == ulast[k]:
            found = _read_byline(text, u_start, u_end)
            if found is not None:
                byline = found
                taken.add(k)
                continue
        if dateline is None:
            found_d = _read_dateline(text, u_start, u_end, options)
            if found_d is not None:
                dateline = found_d
                rest = found_d.span.end
                while rest < u_end and text[rest].isspace():
                    rest += 1
                if rest >= u_end:
                    taken.add(k)
                else:
                    body_starts[k] = rest
                    if byline is not None:
                        break

    # Step 5: end matter: credit lines and a closing byline; credits ending the last paragraph.
    credits: list[Credit] = []
    k = n_units - 1
    tail_credits: list[list[Credit]] = []
    while k >= first and k not in taken and k not in body_starts and ufirst[k] == ulast[k]:
        c_start, c_end = us[k], ue[k]
        found_c = _read_credit_line(text, c_start, c_end)
        if found_c is not None:
            tail_credits.append(found_c[0])
            notes.extend(found_c[1])
            taken.add(k)
            k -= 1
            continue
        if byline is None:
            found_b = _read_byline(text, c_start, c_end)
            if found_b is not None:
                byline = found_b
                taken.add(k)
                k -= 1
                continue
        break
    body_ends: dict[int, int] = {}
    if k >= first and k not in taken:
        b_start = body_starts.get(k, us[k])
        trailing = _trailing_credits(text, b_start, ue[k])
        if trailing is not None:
            cut, found_t, found_notes = trailing
            while cut > b_start and text[cut - 1].isspace():
                cut -= 1
            if cut > b_start:
                body_ends[k] = cut
            else:
                taken.add(k)
            tail_credits.append(found_t)
            notes.extend(found_notes)
    for group in reversed(tail_credits):
        credits.extend(group)

    # Step 6: the body: paragraphs and section headings. Every unit is first made a plain
    # paragraph; only the short ones are then looked at again as heading candidates.
    kept: Sequence[int] = range(first, n_units)
    p_starts, p_ends = us[first:], ue[first:]
    if taken or body_starts or body_ends:
        kept = [k for k in kept if k not in taken]
        p_starts = [body_starts.get(k, us[k]) for k in kept]
        p_ends = [body_ends.get(k, ue[k]) for k in kept]
    paragraphs = [Paragraph(text[s:e], Span(s, e)) for s, e in zip(p_starts, p_ends, strict=True)]
    heading_max = _HEADING_MAX_CHARS
    short = [j for j, (s, e) in enumerate(zip(p_starts, p_ends, strict=True))
             if e - s <= heading_max]
    for j in short:
        k = kept[j]
        i = ufirst[k]
        if (i == ulast[k] and gaps[i] and (i + 1 >= n_lines or gaps[i + 1])
                and k not in body_starts and k not in body_ends and i not in long_line
                and _heading_ok(paragraphs[j].text)):
            paragraphs[j] = Paragraph(paragraphs[j].text, paragraphs[j].span, "heading")

    return Structure(headline=headline, byline=byline, dateline=dateline,
                     paragraphs=tuple(paragraphs), credits=tuple(credits),
                     published=published, updated=updated,
                     boilerplate=tuple(boilerplate), diagnostics=tuple(notes))
