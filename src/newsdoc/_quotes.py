"""Quote stage: find direct quotations, their speakers and reporting cues.

How it works, in three passes over offsets (the input is never rewritten):

1. **Pair marks.** One scan per article (``str.find`` per mark character) finds every
   double quotation mark (single marks only in the headline, where they stand for double
   ones); paragraphs without a mark are skipped. Each mark's neighbours decide whether it
   can open or close (markdown-it's "flanking" rules); a stack per paragraph pairs closers
   with openers, so an odd count never rejects a whole article. An opener still open at the
   end of a paragraph continues into the next paragraph when that paragraph opens with a
   quote mark (AP multi-paragraph style); otherwise the quote ends at the paragraph end and
   an ``unclosed-quote`` diagnostic points at the mark.
2. **Attribute.** Around each quote, inside its sentence and never inside another quote,
   patterns built from :mod:`newsdoc._rules.quotes` look for a cue and a speaker:
   ``"...," X said`` / ``said X`` right after the quote, ``X said: "..."`` and
   ``according to X`` before it, ``X quoted Y as saying``, ``"..." - X``; a quote with none
   of these takes the speaker of the quote before it in a split or continued quotation.
   Failing that, a quotation of :data:`MIN_SUBJECT_WORDS` words or more takes the subject
   of its sentence (after a leading clause such as "As governor in 1990, "), and a
   paragraph that is only a quotation takes the subject of the paragraph before it.
3. **Filter.** Marks around no letter or digit quote nothing. Title-case quotations without
   a cue next to them, or right after a possessive or preposition ("ABC's "This Week""), are
   titles of works and are left out. Short quotations without any cue are kept as
   ``kind="scare"`` and never get a speaker.
4. **Resolve.** A speaker with a full name keeps it; a surname takes the first full name
   written before it; "he"/"she" take the previous speaker's name when that speaker is near,
   of the pronoun's gender as far as the given name tells (a name in
   :mod:`newsdoc._rules.names`), and no other person who could be meant is named in between;
   "the <role>" takes it when the previous speaker was described with that role. A name
   after a preposition in the mention ("a spokesman for Ann Lee") is someone else's.
   Otherwise ``speaker_resolved`` is None: never a guess.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from ._model import Diagnostic, Mention, Quote, Span
from ._options import ParseOptions
from ._patterns import SHORT_TEXT as _SHORT_TEXT
from ._patterns import alternation as _alt
from ._rules import quotes as rules

__all__ = ["find_quotes"]

#: Unattributed quotations with fewer words than this are scare quotes (kind ``"scare"``).
MIN_UNATTRIBUTED_WORDS = 4

#: A quotation without a cue takes the subject of its sentence as speaker only from this
#: many words on; shorter ones are scare quotes and never get a speaker.
MIN_SUBJECT_WORDS = 3

#: How far (characters) attribution is looked for before and after a quote.
WINDOW = 240

#: How many earlier quotations a cue may sit before and still attribute a quotation in the
#: same sentence ('Lee called him a "liar," a "fraud," a "bully" and a "cheat."').
MAX_QUOTES_BACK = 8

#: A short quotation shares the speaker of the one before it in its sentence only when at
#: most this many characters stand between them (the closing mark included), all of them
#: joining words of a list ('" and a "', not '" in Chicago is "').
MAX_LIST_GAP = 40

#: Title-case quotations up to this many words are kept when a cue attributes them even
#: loosely ("Lee called it "Great Satan"").
MAX_TITLE_ATTRIBUTED = 2

#: Title-case quotations up to this many words read as titles of works unless a cue is
#: right next to them.
MAX_TITLE_WORDS = 10

#: Words of a quotation are counted up to this many (more than every threshold above).
_WORDS_COUNTED = max(MIN_UNATTRIBUTED_WORDS, MIN_SUBJECT_WORDS, MAX_TITLE_ATTRIBUTED,
                     MAX_TITLE_WORDS) + 1

# --------------------------------------------------------------------------- marks

_DOUBLE = rules.DOUBLE_OPENERS + rules.DOUBLE_CLOSERS + rules.DOUBLE_NEUTRAL
_SINGLE = rules.SINGLE_OPENERS + rules.SINGLE_CLOSERS + rules.SINGLE_NEUTRAL
_ALL_MARKS = _DOUBLE + _SINGLE
_PUNCT = frozenset(rules.FLANK_PUNCTUATION + _ALL_MARKS)
_D_OPEN = frozenset(rules.DOUBLE_OPENERS)
_D_CLOSE = frozenset(rules.DOUBLE_CLOSERS)

#: Any double mark, or ``<`` (a markup tag whose attribute values are not quotations).
_DOUBLE_SCAN = re.compile("[" + re.escape(_DOUBLE) + "<]")
#: Any quote mark (headlines use single marks for quotations).
_ANY_SCAN = re.compile("[" + re.escape(_ALL_MARKS) + "<]")
#: An HTML/XML-ish tag such as ``<tweet id="1">``, bounded in length.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,1000}>")


#: Characters after which a typed closing double mark may still open a quotation.
_OPEN_BEFORE = "([{<\u2015\u2014\u2013-"

#: Punctuation that ends a quotation's text: a straight mark glued between one of these
#: and a word closes an open quotation rather than opening a new one.
_END_PUNCT = ",.!?"


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _flanks(text: str, pos: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Return (can_open, can_close) for the mark at *pos* from its neighbours."""
    before = text[pos - 1] if pos > lo else ""
    after = text[pos + 1] if pos + 1 < hi else ""
    sp_b, sp_a = _is_space(before), _is_space(after)
    pu_b, pu_a = before in _PUNCT, after in _PUNCT
    left = not sp_a and (not pu_a or sp_b or pu_b)
    right = not sp_b and (not pu_b or sp_a or pu_a)
    return left, right


def _direction(text: str, pos: int, lo: int, hi: int, openers: str,
               closers: str) -> tuple[bool, bool]:
    """Combine a mark's typed direction with its flanking into (can_open, can_close)."""
    left, right = _flanks(text, pos, lo, hi)
    ch = text[pos]
    if ch in openers:  # typed as opener: closes only when it clearly follows a word
        return left or not right, right and not left
    if ch in closers:  # typed as closer: opens only when it clearly precedes a word
        return left and not right, right or not left
    if not left and not right:
        return True, True
    return left, right


class _Raw:
    """A paired (or unclosed) quotation before attribution: content offsets and context."""

    __slots__ = ("close_at", "end", "headline", "last_para", "open_at", "para", "start")

    def __init__(self, start: int, end: int, open_at: int, close_at: int | None, para: int,
                 last_para: int, headline: bool) -> None:
        self.start = start          # first character after the opening mark
        self.end = end              # the closing mark's offset (or the paragraph end)
        self.open_at = open_at      # offset of the opening mark
        self.close_at = close_at    # offset of the closing mark, None when unclosed
        self.para = para            # index of the paragraph holding the opening mark
        self.last_para = last_para  # index of the paragraph holding the end
        self.headline = headline


def _tag_ends(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of markup tags between *lo* and *hi* (only scanned when ``<`` occurs)."""
    return [(m.start(), m.end()) for m in _TAG.finditer(text, lo, hi)]


def _mark_positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of every character of *chars* in *text* (``str.find`` per character
    runs at memory speed; a regex character class is several times slower)."""
    out: list[int] = []
    for ch in chars:
        pos = text.find(ch)
        while pos >= 0:
            out.append(pos)
            pos = text.find(ch, pos + 1)
    out.sort()
    return out


def _outside_tags(text: str, positions: Iterable[int], hi: int) -> Iterator[int]:
    """The mark *positions* (sorted; ``<`` among them) that are not inside a markup tag:
    the attribute values of ``<tweet author="...">`` are no quotations."""
    skip_to = -1
    for pos in positions:
        if pos < skip_to:
            continue
        if text[pos] == "<":
            tag = _TAG.match(text, pos, hi)
            if tag is not None:
                skip_to = tag.end()
            continue
        yield pos


def _double_mark(text: str, pos: int, lo: int, hi: int,
                 double_open: bool) -> tuple[bool, bool] | None:
    """(can_open, can_close) for the double mark at *pos*, or None for a mark to step over.

    :func:`_direction` for double marks, with three rules of their own: of a doubled opening
    mark ('"“If', '““We') the second one opens; a typed closer opens only before a word after
    a space or an opening bracket (glued to the next word after punctuation, 'paranoia,”Clinton
    said', it still closes); a straight mark glued to the next word after the quotation's last
    punctuation ('audiences,"Katie Lee said') closes the quotation open (*double_open*).
    """
    ch = text[pos]
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < hi else " "
    if after in _D_OPEN and ch not in _D_CLOSE and before.isspace():
        return None
    sp_b, sp_a = before.isspace(), after.isspace()
    pu_b, pu_a = before in _PUNCT, after in _PUNCT
    left = not sp_a and (not pu_a or sp_b or pu_b)
    right = not sp_b and (not pu_b or sp_a or pu_a)
    if ch in _D_OPEN:
        return left or not right, right and not left
    if ch in _D_CLOSE:
        can_open = left and not right and (sp_b or before in _OPEN_BEFORE)
        return can_open, not can_open
    if not left and not right:
        return True, True
    if left and pu_b and before in _END_PUNCT and double_open:
        return False, True
    return left, right


def _pair_region(text: str, lo: int, hi: int, singles: bool) -> list[tuple[int, int | None]]:
    """Pair marks inside one paragraph; return (opener, closer-or-None) outermost pairs.

    Single marks count too when *singles* (the headline); body paragraphs take
    :func:`_pair_doubles`, its faster form for double marks only. An unclosed opener is
    returned last with ``None`` (at most one: the one still open at the end), and only when
    no closed pair follows it.
    """
    scan = _ANY_SCAN if singles else _DOUBLE_SCAN
    stack: list[int] = []
    pairs: list[tuple[int, int | None]] = []
    for pos in _outside_tags(text, (m.start() for m in scan.finditer(text, lo, hi)), hi):
        ch = text[pos]
        if ch in _SINGLE:
            can_open, can_close = _direction(text, pos, lo, hi, rules.SINGLE_OPENERS,
                                             rules.SINGLE_CLOSERS)
            before = text[pos - 1] if pos > lo else ""
            after = text[pos + 1] if pos + 1 < hi else ""
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe inside a word: don't, O'Neil
            if ch in rules.SINGLE_CLOSERS + rules.SINGLE_NEUTRAL and before.isalpha() \
                    and (not stack or text[stack[-1]] not in _SINGLE):
                continue  # a possessive apostrophe (Jones' car) with no single quote open
        else:
            way = _double_mark(text, pos, lo, hi, bool(stack) and text[stack[-1]] not in _SINGLE)
            if way is None:
                continue
            can_open, can_close = way
        single = ch in _SINGLE
        if can_close and stack:
            # rewind the stack to the nearest opener of the same kind
            for k in range(len(stack) - 1, -1, -1):
                if (text[stack[k]] in _SINGLE) == single:
                    opener = stack[k]
                    del stack[k:]
                    if not stack:
                        pairs.append((opener, pos))
                    break
            else:
                if can_open:
                    stack.append(pos)
            continue
        if can_open and (not single or not stack or text[stack[-1]] not in _SINGLE):
            stack.append(pos)
    if stack:
        first = stack[0]
        if not pairs or pairs[-1][0] < first:
            pairs.append((first, None))
    return pairs


def _pair_doubles(text: str, lo: int, hi: int,
                  marks: Sequence[int]) -> list[tuple[int, int | None]]:
    """:func:`_pair_region` for a body paragraph, where only double marks count, from the
    sorted offsets of double marks and ``<`` in the text (found once per article).

    Every open mark is then of one kind, so the stack of open marks reduces to its depth and
    its bottom (the outermost opener): all that the outermost pairs need.
    """
    first = bisect.bisect_left(marks, lo)
    last = bisect.bisect_left(marks, hi, first)
    pairs: list[tuple[int, int | None]] = []
    depth = 0
    outer = -1
    for pos in _outside_tags(text, itertools.islice(marks, first, last), hi):
        way = _double_mark(text, pos, lo, hi, depth > 0)
        if way is None:
            continue
        can_open, can_close = way
        if can_close and depth:
            depth -= 1
            if not depth:
                pairs.append((outer, pos))
            continue
        if can_open:
            if not depth:
                outer = pos
            depth += 1
    if depth and (not pairs or pairs[-1][0] < outer):
        pairs.append((outer, None))
    return pairs


def _pair_marks(text: str, paragraphs: Sequence[Span], headline: Span | None,
                notes: list[Diagnostic]) -> list[_Raw]:
    """Pair marks in the headline and every paragraph, joining AP multi-paragraph quotes."""
    found: list[_Raw] = []
    if headline is not None and headline.end > headline.start:
        for opener, closer in _pair_region(text, headline.start, headline.end, True):
            end = closer if closer is not None else headline.end
            if closer is None:
                notes.append(_unclosed(opener))
            found.append(_Raw(opener + 1, end, opener, closer, -1, -1, True))
    pending: _Raw | None = None
    # one pass for every double mark (and "<"): paragraphs without any are skipped cheaply
    marks = _mark_positions(text, _DOUBLE + "<")
    j = 0
    for index, para in enumerate(paragraphs):
        lo, hi = para.start, para.end
        if hi <= lo:
            continue
        j = bisect.bisect_left(marks, lo, j if j < len(marks) and marks[j] <= lo else 0)
        if pending is None and (j == len(marks) or marks[j] >= hi):
            continue
        first = lo
        while first < hi and text[first].isspace():
            first += 1
        continues = (pending is not None and first < hi and text[first] in _DOUBLE
                     and _direction(text, first, lo, hi, rules.DOUBLE_OPENERS,
                                    rules.DOUBLE_CLOSERS)[0])
        start_scan = lo
        if continues and pending is not None:
            # AP style: the opening mark of this paragraph continues the open quotation
            rest = _pair_doubles(text, first + 1, hi, marks)
            head_closer = _first_closer(text, first + 1, hi, rest)
            if head_closer is not None:
                pending.end, pending.close_at, pending.last_para = head_closer, head_closer, index
                found.append(pending)
                pending = None
                start_scan = head_closer + 1
            else:
                pending.end, pending.last_para = _trim_end(text, lo, hi), index
                continue
        elif pending is not None:
            notes.append(_unclosed(pending.open_at))
            found.append(pending)
            pending = None
        for opener, closer in _pair_doubles(text, start_scan, hi, marks):
            if closer is None:
                pending = _Raw(opener + 1, _trim_end(text, lo, hi), opener, None, index, index,
                               False)
            else:
                found.append(_Raw(opener + 1, closer, opener, closer, index, index, False))
    if pending is not None:
        notes.append(_unclosed(pending.open_at))
        found.append(pending)
    found.sort(key=lambda r: r.start)
    return found


def _first_closer(text: str, lo: int, hi: int,
                  pairs: list[tuple[int, int | None]]) -> int | None:
    """In a continuation paragraph, the first closing mark before any new opener."""
    limit = pairs[0][0] if pairs else hi
    for m in _DOUBLE_SCAN.finditer(text, lo, limit + 1 if pairs else hi):
        pos = m.start()
        if text[pos] == "<":
            continue
        if _direction(text, pos, lo, hi, rules.DOUBLE_OPENERS, rules.DOUBLE_CLOSERS)[1]:
            return pos
    return None


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _unclosed(pos: int) -> Diagnostic:
    return Diagnostic("unclosed-quote",
                      "quotation mark is never closed; the quote ends at the paragraph end",
                      span=Span(pos, pos + 1))


# --------------------------------------------------------------------------- attribution


def _capitalised(words: Iterable[str]) -> set[str]:
    """*words* with a capital first letter."""
    return {w[:1].upper() + w[1:] for w in words}


def _cap_alt(words: Iterable[str]) -> str:
    """Alternation of *words* in lower case and with a capital first letter."""
    out = set()
    for w in words:
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return _alt(out)


_VERB_FORMS = frozenset(f for row in rules.REPORTING_VERBS for f in row) - rules.NOUN_LIKE_FORMS
_VERB = rf"(?:{_alt(_VERB_FORMS)})(?![\w'’-])"
#: Cue phrases as written, in lower case and with a capital first letter.
_CUE_PHRASE_FORMS = frozenset(rules.CUE_PHRASES) | _capitalised(rules.CUE_PHRASES)
_ADV = rf"(?:{_alt(rules.CUE_ADVERBS)})"
_NOT_NAME = rf"(?:{_cap_alt(rules.NOT_NAME_WORDS)})(?![\w'’-])"
_CAP = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z]\.|[A-Z][\w'’-]{0,30}(?<![’'])(?:\.(?=[\s,]|$))?)"


def _capital_word_except(words: Iterable[str]) -> str:
    """A capitalised word (``_CAP``) that is not one of *words*. Only their capitalised
    forms can match where a capital letter starts, so only those are ruled out."""
    return (rf"(?:[A-Z]\.(?=\s[A-Z])"  # an initial, even "A." or "I." ("Julie A. Diaz")
            rf"|(?=[A-Z])(?!(?:{_alt(_capitalised(words))})(?![\w'’-])){_CAP})")


#: A capitalised word that is not a NOT_NAME_WORDS word.
_CAPN = _capital_word_except(rules.NOT_NAME_WORDS)
_PARTICLE = rf"(?:{_alt(rules.NAME_PARTICLES)})"
#: A capitalised word inside a name, where fewer words are excluded ("a *New* Hampshire
#: Republican").
_CAPI = _capital_word_except(rules.NOT_NAME_WORDS - rules.NAME_INNER_WORDS)
#: A name: capitalised words (particles between); a NAME_START_WORDS word first only before
#: another one ("New Jersey Gov. Ann Lee").
_NAME = (rf"(?:{_CAPN}|(?:{_alt(_capitalised(rules.NAME_START_WORDS))})(?=\s[A-Z]))"
         rf"(?:\s(?:{_PARTICLE}\s){{0,2}}{_CAPI}){{0,5}}"
         rf"(?:,?\s(?:Jr\.|Sr\.|III|II))?")
_TITLE = rf"(?:{_cap_alt(rules.NAME_TITLES)})(?![\w'’-])"
_ROLE = rf"(?i:{_alt(rules.ROLE_NOUNS)})(?![\w'’-])"
_DET = rf"(?:{_cap_alt(rules.SPEAKER_DETERMINERS)})(?![\w'’-])"
_PRON = rf"(?:{_cap_alt(rules.SPEAKER_PRONOUNS - {'i'})}|I)(?![\w'’-])"
#: A quantifier standing alone for its sources ("most said"); tried after every other kind
#: of speaker, so that "Many voters" is read whole.
_QUANT = rf"(?:{_cap_alt(rules.QUANTIFIER_SPEAKERS)})(?![\w'’-])"
#: A lower-case modifier word: not a NOT_NAME_WORDS word, a reporting verb or an adverb
#: (one alternation rules out the first two; only their lower-case forms can match here).
_MOD = (rf"(?=[a-z0-9])(?!(?:{_alt(rules.NOT_NAME_WORDS | _VERB_FORMS)})(?![\w'’-])|{_ADV}\b)"
        r"(?:\d{1,4}/\d{1,4}(?![\w/])|[a-z0-9][a-z0-9-]{1,24})")
#: Ordinal and sequence words that may describe a source after a determiner ("the *second*
#: official", "another *new* witness"), though they are never part of a name.
_ORDINAL = rf"(?:{_alt(rules.SOURCE_ORDINALS)})(?![\w'’-])"
#: A day or month name describing a source after a determiner ("a *Wednesday* editorial").
_DATE_MOD = rf"(?:{_alt(_capitalised(rules.DATE_MODIFIERS))})(?![\w'’-])"
#: Number and ordinal words that are no names but may follow a preposition in a speaker's
#: noun phrase ("the mother *of three*", "head *of the next* panel").
_COUNT_WORDS = rules.NOT_NAME_WORDS & (rules.NUMBER_WORDS | rules.SOURCE_ORDINALS)
#: The first word after a preposition in a speaker's noun phrase may also be a reporting
#: verb's form, used as a noun there ("the secretary of *state*", "head of *research*").
_PMOD = (rf"(?=[a-z0-9])(?!(?:{_alt(rules.NOT_NAME_WORDS - _COUNT_WORDS)})(?![\w'’-])|{_ADV}\b)"
         r"[a-z0-9][a-z0-9-]{1,24}")
_PREP_NP = (rf"(?:\s(?:for|of|at|from|with|in|to)\s(?:the\s)?(?:{_CAPN}|{_PMOD})"
            rf"(?:\s(?:{_CAPN}|{_MOD})){{0,4}}){{0,2}}")

#: A speaker as written: a pronoun, a described source ("the Russian statement", "an unnamed
#: Iranian official", "Spokeswoman for the U.S. embassy"), or a name with titles and roles.
_NP = (
    rf"(?:{_PRON}"
    rf"|(?:{_DET}\s(?:(?:{_CAPI}|{_MOD}|{_ORDINAL}|{_DATE_MOD})(?:['’]s)?\s){{0,4}}"
    rf"|(?:(?:{_CAPN}|{_MOD})\s){{0,4}})"
    rf"{_ROLE}{_PREP_NP}(?:,?\s{_NAME})?"
    rf"|(?:{_DET}\s)?(?:{_TITLE}\s){{0,3}}{_NAME}"
    rf"|{_DET}\s(?:(?:{_CAPI}|{_MOD})\s){{0,3}}(?!{_VERB}|[a-z]{{2,20}}ed\b){_MOD}"
    rf"|[Tt]hose\s[a-z]{{2,20}}ed(?![\w'’-])"
    rf"|{_QUANT})"
)
#: A party tag ending where the search ends: "(R)", "(D-Ore.)", "(R-OH)".
_PARTY_TAG = re.compile(r"\([A-Z]{1,3}(?:-[A-Z][A-Za-z.]{0,10})?\)$")
#: A party-and-state tag after a name: "(D-Ore.)".
_PAREN = r"(?:\s\([^()\n]{1,30}\))?"

#: Dashes that set off a speaker or an aside: horizontal bar, em dash, en dash (with "-"
#: and "--" beside them in the patterns).
_DASHES = r"\u2015\u2014\u2013"

_LEAD = rf"[\s,.!?;]{{0,4}}(?:(?:--|[{_DASHES}-])\s{{0,2}})?"

#: The longest speaker noun phrase that starts a word and ends where the search ends.
_NP_ENDING = re.compile(rf"(?<![\w'’.-]){_NP}$")
#: Lower-case words that no speaker noun phrase can end with: every way ``_NP`` can end
#: (a pronoun, a role noun, a name, a ``_MOD`` or ``_PMOD`` word) rules them out, so
#: ``_NP_ENDING`` needs no search when the text ends in one ("... and", "... to the").
#: Reporting verbs' forms are not among them: one can end a prepositional phrase
#: ("the secretary of state").
_NOT_NP_END = frozenset(
    w for w in rules.NOT_NAME_WORDS - rules.QUANTIFIER_SPEAKERS - _COUNT_WORDS
    if w.isascii() and w.isalpha() and w.islower() and w not in rules.SPEAKER_PRONOUNS
    and not any(role.lower().endswith(w) for role in rules.ROLE_NOUNS))
#: Lower-case words that a speaker noun phrase (``_NP``) can hold only as its first word or
#: not at all: no word pattern after the start matches them (they are ``NOT_NAME_WORDS``,
#: which ``_MOD`` and ``_PMOD`` rule out, and no word of a title, role, ordinal, particle,
#: date or "of the"), and pronouns, determiners and quantifiers only open a noun phrase.
#: So the noun phrase ``_NP_ENDING`` finds starts at or after the last of them before its
#: end: the search can start there and skip the costly tries further left.
_NP_BARRIERS = frozenset(
    w for w in rules.NOT_NAME_WORDS - _COUNT_WORDS
    if w.isascii() and w.isalpha() and w.islower() and not w.endswith("ed")  # "Those asked"
    and w not in {"for", "of", "at", "from", "with", "in", "to", "the"}  # in ``_PREP_NP``
    and not any(w in entry.lower().split() for words in (
        rules.NAME_TITLES, rules.ROLE_NOUNS, rules.SOURCE_ORDINALS, rules.NAME_PARTICLES,
        rules.DATE_MODIFIERS, rules.NAME_START_WORDS) for entry in words)
    and not any(w in entry.split()[1:] for words in (
        rules.SPEAKER_PRONOUNS, rules.SPEAKER_DETERMINERS, rules.QUANTIFIER_SPEAKERS)
        for entry in words))
#: After an inverted verb a name may follow a lower-case description ("said *master of
#: ceremonies* Ann Lee", "said *retired* Army Col. Bo Kim").
_DESCRIBED_NAME = rf"(?:(?:{_MOD}|of)\s){{1,4}}(?:{_TITLE}\s){{0,3}}{_NAME}"
#: The forms of ``UTTERANCE_VERBS``.
_UTTERANCE_FORMS = frozenset(f for row in rules.REPORTING_VERBS
                             if row[0] in rules.UTTERANCE_VERBS for f in row)
#: The forms of reporting verbs that may come before their speaker after a quotation
#: ('"...," said Lee'): not those that take an object ('"...," denounced her record').
_INVERTING_FORMS = _VERB_FORMS - {f for row in rules.REPORTING_VERBS
                                  if row[0] in rules.OBJECT_TAKING_VERBS for f in row}
_VS_VERB = rf"(?:{_alt(_INVERTING_FORMS)})(?![\w'’-])"
#: Right after a quote: ``"...," said X`` (X not followed by an auxiliary: '"...," said the
#: town had' reports what the town had).
_POST_VS = re.compile(
    rf"{_LEAD}(?![a-z]{{2,20}}ing\b)(?P<cue>{_VS_VERB})(?:\s{_ADV}){{0,2}}\s{{1,2}}"
    rf"(?P<sp>{_NP}|{_DESCRIBED_NAME})"
    rf"(?![\w'’-])(?!\s{{1,2}}(?:{_alt(rules.FINITE_AUXILIARIES)})(?![\w'’-]))")
#: The start of ``_POST_VS`` without the speaker: a cheap test that must pass first.
_POST_VS_CUE = re.compile(rf"{_LEAD}(?![a-z]{{2,20}}ing\b){_VS_VERB}")
#: An appositive whose closing comma is missing ('Ann Lee, the mayor who founded the group
#: said'): "who", "the" or "a" after the comma, then up to the reporting verb.
_OPEN_APPOSITIVE = r",\s(?=(?:who|the|an?)\s)(?:[^,;:\"“”\n.]|\.(?!\s)){1,120}?"
#: Right after a quote: ``"...," X said`` (an appositive between commas may follow X), or
#: ``"...," as X put it``.
_POST_SV = re.compile(
    rf"{_LEAD}(?:as\s(?=[^\"“”\n]{{1,80}}?\sput\sit\b))?(?P<sp>{_NP}){_PAREN}"
    rf"(?:,[^,.;:\"“”\n]{{1,160}},|{_OPEN_APPOSITIVE})?"
    rf"\s(?:{_ADV}\s){{0,3}}(?![a-z]{{2,20}}ing\b)(?P<cue>{_VERB})")
#: A whole short sentence of a speaker and a reporting verb (``Lee said.``, ``Lee told the
#: paper.``), right after a quotation that ended its own sentence.
_SHORT_REPORT = re.compile(
    rf"{_LEAD}(?P<sp>{_NP}){_PAREN}\s(?:{_ADV}\s){{0,2}}(?P<cue>{_VERB})"
    rf"(?:\s[^.!?;:\"“”\n]{{1,40}}?)?[.!?](?=\s|$)")
#: A reporting verb after white space: ``_POST_SV`` can only match where one follows.
_SPACE_VERB = re.compile(rf"\s{_VERB}")
#: A horizontal bar or em dash and a name ending a paragraph: a signature.
_SIGNATURE_END = re.compile(rf"[\s.]\s{{0,2}}[{_DASHES}]\s{{0,2}}[A-Z][^{_DASHES}\"“”\n]{{0,70}}$")
#: Right after a quote: ``"..." - X`` (a dash and a name ending the sentence).
_POST_DASH = re.compile(
    rf"[\s,.]{{0,3}}(?:--|[{_DASHES}-])\s{{0,2}}(?P<sp>{_NP})\s{{0,2}}(?:[,.(\n]|$)")
#: The rest of a reporting clause up to ``, according to X`` / ``, reports X``.
_ACCORDING_TAIL = re.compile(
    rf"[^.;:!?\"“”\n]{{0,60}}?(?:,\s|\s(?=according))(?:according\sto|reports|reported)\s"
    rf"(?P<sp>{_NP})")
#: A sentence opening with its source: ``According to pool reports, ...``.
_ACCORDING_LEAD = re.compile(rf"(?P<cue>[Aa]ccording\sto)\s(?P<sp>{_NP}),\s")
#: Right after a quotation that ends in a comma: ``according to X``.
_ACCORDING_RIGHT = re.compile(rf"\s{{1,2}}according\sto\s(?P<sp>{_NP})")
#: A past-tense or present verb not in the table (``barked``, ``beams``), lower case.
_ANY_VERB = (r"(?!(?:and|or|but|as|at|in|on|of|for|to|by|with|from|who|which|that)\b)"
             r"[a-z]{2,20}(?:ed|s)\b")
#: Right after a quote: ``"...," Lee barked`` with any verb.
_POST_ANY_SV = re.compile(
    rf"{_LEAD}(?P<sp>{_NP}){_PAREN}(?:,[^,.;:\"“”\n]{{1,90}},)?\s(?:{_ADV}\s){{0,2}}(?P<cue>{_ANY_VERB})")
#: Right after a quote: ``"...!" beamed Lee``.
_POST_ANY_VS = re.compile(rf"{_LEAD}(?P<cue>[a-z]{{2,20}}ed)\s(?P<sp>{_NP})")
#: Reporting verbs, cue phrases and inverted verbs ("Said"), found anywhere in a sentence.
#: One trie for all three kinds: it finds the longest word that fits, and no cue phrase is
#: the start of a longer verb (a test checks it), so it finds what trying the phrases first,
#: then the verbs, would find, at about a sixth less cost (this scan runs for most quotes).
#: Whether a match is a phrase: :data:`_CUE_PHRASE_FORMS`.
_CUE_FIND = re.compile(
    rf"(?<![\w'’-])(?:{_alt(_CUE_PHRASE_FORMS | _VERB_FORMS | set(rules.INVERTED_VERBS))})"
    rf"(?![\w'’-])")
#: ``according to X``: the speaker right after a cue phrase.
_NP_AFTER = re.compile(rf"\s(?P<sp>{_NP})")
#: ``..., said Ann Kim.``: an inverted reporting clause closing the sentence.
_INVERTED_TAIL = re.compile(rf"\s(?P<sp>{_NP}){_PAREN}(?=[,.;]|$)")
#: A noun for something said ("claim", "remark").
_SPEECH_NOUN = re.compile(rf"(?<![\w'’-])(?:{_alt(rules.SPEECH_NOUNS)})(?![\w'’-])")
#: A possessor (a name with "'s", or "his", "her", "their") a few words before the end of
#: the search, where a noun for something said starts: "*Trump's* recent claim", "*her*
#: March comment".
_POSSESSOR = re.compile(
    rf"(?:(?<![\w'’.-])(?P<sp>{_NAME}(?=['’]s\s)|(?:[Hh]is|[Hh]er|[Tt]heir)(?=\s))(?:['’]s)?"
    rf"\s(?:[\w-]+\s){{0,2}})$")
#: What joins a noun of ``_SPEECH_NOUN`` to what was said: "that", a colon or comma,
#: a dash or a preposition ("his call *for* "..."", "his comment Monday *that*").
_POSSESSIVE_LINK = re.compile(r"\s{0,2}(?:(?:[A-Z][a-z]{2,9}|last\s[a-z]{3,9})\s)?"
                              r"(?:that\b|[:,\u2014\u2013-]|(?:for|of|about|on|to)\s|\s*$)")
#: At most this many characters between a noun of ``_SPEECH_NOUN`` and the quotation.
MAX_POSSESSIVE_GAP = 60
#: The last ", and " / ", but " / "; " before a participle: where its clause starts.
_CLAUSE_JOIN = re.compile(r"(?:,\s(?:and|but|while|as)|;)\s")
#: The same, and subordinating words without a comma ("... today *as* prosecutors began
#: their case by describing ..."): the clause a "by"-participle belongs to.
_SUBCLAUSE_JOIN = re.compile(
    r"(?:,\s(?:and|but|while|as)|;|(?<![\w'’-])(?:as|while|when|after|because|since|until))\s")
#: A passive reporting verb's agent: ``was asked *by host Bill Maher*``.
_PASSIVE_BY = re.compile(rf"\sby\s(?P<sp>{_NP})")
#: Right after a quotation: the agent of a passive naming verb before it (', by Ann Lee').
_AGENT_AFTER = re.compile(rf",?\s{{1,2}}by\s(?P<sp>{_NP})")
#: A passive naming or describing verb ending right before a quotation ('has been *called*
#: a "..."', ', often *labeled as* a "..."'), whose agent after the quotation is the speaker.
_PASSIVE_NAMED = re.compile(
    rf"(?:(?<![\w'’-])(?:is|are|was|were|been|being)\s|[,\u2014\u2013-]\s)"
    rf"(?:(?:[a-z]{{2,20}}ly|{_alt(rules.CUE_ADVERBS)})\s)?"
    rf"(?P<cue>(?:{_alt(rules.PASSIVE_NAMING_VERBS)})(?:\sas)?)\s(?:(?:a|an|the)\s)?$")
#: ``X quoted Y as saying``: Y is the speaker.
_QUOTED_AS = re.compile(rf"quot(?:ed|es|ing)\s(?P<sp>{_NP})\sas\s(?P<cue2>saying)")
#: ``said X: "..."``: verb, speaker, then only punctuation up to the quote.
#: A relative clause or an appositive may stand between ("said Ann Lee, who ..., "...").
_VS_TO_QUOTE = re.compile(
    rf"\s(?P<sp>{_NP}){_PAREN}(?:,\s(?:who|whose|a|an|the|his|her|their|its)\s"
    rf"[^,.;:\"“”\n]{{1,90}})?\s{{0,2}}[,:]\s{{0,2}}")
#: Transcript style before a quote: ``Rep. Ann Lee (D-Ohio): "..."``.
_COLON_SPEAKER = re.compile(rf"(?P<sp>{_NP}){_PAREN}\s{{0,2}}:\s{{0,2}}")
#: What may follow a reporting verb and still be part of the cue ("told *reporters*").
_CUE_OBJECT = re.compile(rf"\s(?:{_alt(rules.CUE_OBJECTS)})(?![\w'’-])")
#: Names (joined by "and") ending right before a colon, after a dash or a sentence start.
_NP_BEFORE_COLON = re.compile(
    rf"(?:^|(?<=[{_DASHES}-] )|(?<=\. ))(?P<sp>{_NAME}(?:\s(?:and|&)\s{_NAME})?)\s{{0,2}}$")
#: A headline's ``Name: 'quote'`` form.
_HEAD_COLON = re.compile(rf"(?P<sp>{_NP})\s{{0,2}}:\s{{0,3}}$")
#: A noun phrase opening a sentence, followed by a word (the sentence subject).
#: A subject may carry a prepositional phrase ("Critics *of the bill* say ...").
_SUBJECT_PP = (rf"(?:\s(?:of|on|for|at|from|in|with)\s(?:the\s)?(?:{_CAPN}|{_PMOD})"
               rf"(?:\s(?:{_CAPN}|{_MOD})){{0,4}})?")
_SUBJECT = re.compile(rf"(?P<sp>{_NP}{_SUBJECT_PP}(?:\s(?:and|&)\s{_NP})?)"
                      rf"(?:\s\([^()\n]{{1,30}}\),?)?"
                      rf"(?:(?:,[^,;:\"“”\n]{{1,160}}){{1,3}},"
                      rf"|\s(?:--|[{_DASHES}])\s[^,;:\"“”\n{_DASHES}]{{1,90}}?\s(?:--|[{_DASHES}]))?"
                      rf"\s{{1,3}}"
                      rf"(?:{_ADV}\s){{0,2}}"
                      rf"(?:{_VERB}|(?!{_NOT_NAME})[a-z])")

#: A sentence end: terminal punctuation, optional closing marks, space, then a capital or
#: an opening mark; or no space where a lower-case word ends and a capitalised one starts
#: ("in Tennessee.Shannon Lee ...": text whose line breaks were lost).
_SENTENCE_END = re.compile(
    r"[.!?](?:[)\]\"”’']{0,2}\s+(?=[A-Z0-9\"“‘(\[])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))")
#: Words that may open a sentence before its subject ("But", "On Monday,").
_LEADING = re.compile(rf"(?:(?:{_alt(_capitalised(rules.SENTENCE_ADVERBS))})\b,?\s)")
#: A leading participle phrase up to its comma ("Reached by phone, ", "Speaking in Ohio, ").
_PARTICIPLE_CLAUSE = re.compile(r"[A-Z][a-z]{2,20}(?:ed|ing)\s[^,;:\"“”\n]{1,160}?,\s{1,3}")
#: Head nouns of time phrases, never a speaker ("a few *days* later").
_TIME_HEADS = frozenset(rules.TIME_NOUNS)
_NUMBER_WORDS = rules.NUMBER_WORDS
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]{1,12})\b")
#: A leading subordinate clause or adverbial up to its comma ("As governor in 1983, ").
_LEADING_CLAUSE = re.compile(
    rf"(?:{_cap_alt(rules.LEADING_CLAUSE_WORDS)})\s[^,;:\"“”\n]{{1,160}}?,\s{{1,3}}")
#: Right after a quotation: an author line (', by Times' Ann Lee'), which makes the
#: quotation the title of a work when it opens a line or follows one of ``_HEAD_MARKS``.
_BY_AUTHOR = re.compile(r",?\s{1,2}by\s{1,2}(?:[A-Z]|the\s[A-Z])")
#: What may stand right before a headline quoted in running text ("FAREWELL—"...",
#: "SHORT READS: "..."").
_HEAD_MARKS = frozenset("-:\u2015\u2014\u2013")
#: A possessive or a preposition right before an opening mark: a title-case quotation there
#: names a work or a programme ("ABC's "This Week"", "told "Meet the Press"").
_WORK_BEFORE = re.compile(rf"(?:['’]s|(?<![\w'’-])(?:{_alt(rules.WORK_PREPOSITIONS)}))\s{{1,2}}$")
#: A letter or digit: what a quotation must hold to quote anything.
_HAS_WORD = re.compile(r"[^\W_]")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")

_ABBREV = rules.ABBREVIATIONS
_TITLE_MINOR = rules.TITLE_MINOR_WORDS
_PRONOUNS = rules.SPEAKER_PRONOUNS
_ROLES = rules.ROLE_NOUNS
_TITLES = rules.NAME_TITLES
_ADVERBS = rules.CUE_ADVERBS
_SOURCE_AFTER = frozenset(rules.SOURCE_AFTER_PHRASES)
_TIMES = rules.TIME_WORDS
_NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
#: Lower-case words that may open a speaker noun phrase ("the mayor", "a spokesman").
_SPEAKER_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "another",
                             "he", "she", "they", "we", "i"})
#: Prepositions: a noun phrase right after one is not the subject of the next verb. "after",
#: "before" and "since" are left out: they also join clauses ("days after Lee told ...").
_PREPOSITIONS = rules.SUBJECT_PREPOSITIONS
_ABSOLUTE = rules.ABSOLUTE_PREPOSITIONS
#: Participles that name a thing ("a film *called* ...") rather than report words.
_NAMING_PARTICIPLES = frozenset({"called", "dubbed", "labeled", "labelled", "titled", "named"})
#: What may stand between a naming participle and the name: an article at most.
_NAMED_GAP = re.compile(r"\s{1,2}(?:(?:the|an?)\s{1,2})?")
#: Forms of "be" that make a reporting verb after them passive ("was asked by").
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been"})
#: Forms of "be" after which a past participle is passive ("were admitted"); "is" and "are"
#: are left out: "Lee is asked" is rare, "the ad is called" names.
_PASSIVE_ONLY = frozenset({"was", "were", "been", "being"})
#: Naming verbs keep their passive subject ("it was labeled "Mostly True.""): the quotation
#: is the name given, kept with the cue although nobody is named as saying it.
_NAMING_PASSIVES = rules.PASSIVE_NAMING_VERBS
#: Forms of "be" before a participle that make it a verb ("who is working with").
_AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "being", "am"})
#: Prepositions before a participle cue whose subject is the clause's ("by saying", "after
#: telling").
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "after", "before", "while", "when", "without"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "then", "as", "while", "when",
                           "because", "although", "though", "if", "since", "that"})
_SPACES = frozenset(" \u00a0\t")
#: "continue" followed by "to" goes on doing something, not saying it.
_CONTINUE_FORMS = frozenset({"continue", "continues", "continued", "continuing"})
#: Emphatic reflexives stepped over before a cue ("Sanders *himself* acknowledged").
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: Verbs that take what was said as a clause ("Lee *said* the plan ..."): a cue inside that
#: clause reports the outer speaker's words.
_CLAUSE_VERBS = frozenset(rules.CLAUSE_VERBS)
_SINGULAR_DETERMINERS = rules.SINGULAR_DETERMINERS
#: The base (first) form of every reporting verb ("say", "tell", "appeal").
_NOT_NAME_NOT_PRONOUN = rules.NOT_NAME_WORDS - rules.SPEAKER_PRONOUNS
#: A contraction ending a word ("it*’s*", "they*’re*").
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve|m)$")
_SPEAKER_DETERMINERS = rules.SPEAKER_DETERMINERS
#: Base forms that are no other form of their verb ("tweet", not "read" or "put it", which
#: are past tenses too).
_BASE_ONLY = frozenset(row[0] for row in rules.REPORTING_VERBS) - rules.PAST_SAME_AS_BASE
_LIST_WORDS = rules.LIST_JOINING_WORDS
#: Every form of the verbs of saying proper ("say", "tell", "warn"), not of "begin" or
#: "cite": after "urged both sides to *begin* "..."" the words are still the subject's.
_SPEECH_FORMS = frozenset(form for row in rules.REPORTING_VERBS
                          if not rules.CLAUSE_VERBS.isdisjoint(row) for form in row)
_BASE_FORMS = frozenset(row[0] for row in rules.REPORTING_VERBS)
#: Words before an embedded "he calls" that make it part of a noun phrase ("what he calls").
_RELATIVES = frozenset({"what", "whom", "which", "as"})
_CLOSING = frozenset("\"\u201d\u2019'\u00bb")
_BOUNDARY = frozenset(',;:()[]"“”‘’\u2015\u2014\u2013')


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether *pos* lies inside one of the sorted (start, end) quotation *spans*."""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _quote_free(spans: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether no offset in ``[lo, hi)`` (``lo < hi``) is :func:`_inside` a quotation of
    *spans*: the last span starting at or before *lo* ends by *lo* and no other starts
    before *hi*. One test for a stretch of text instead of one per match in it (most
    stretches hold none)."""
    k = bisect.bisect_right(spans, (lo, 1 << 62))
    return (k == 0 or spans[k - 1][1] <= lo) and (k == len(spans) or spans[k][0] >= hi)


def _abbreviation(word: str) -> bool:
    """Whether *word* before a period abbreviates ("Sen", "U.S") or is an initial ("George
    *W*. Bush"): then the period does not end the sentence."""
    return word.lower() in _ABBREV or (len(word) == 1 and word.isupper())


def _sentence_start(text: str, lo: int, pos: int, spans: Sequence[tuple[int, int]]) -> int:
    """Offset where the sentence holding *pos* starts (at or after *lo*).

    Scans backwards from *pos* over the sentence-ending punctuation (the nearest boundary is
    usually a few words away, so this beats matching the whole window forwards).
    """
    hi = min(pos + 1, len(text))
    end = hi
    while True:
        p = max(text.rfind(".", lo, end), text.rfind("!", lo, end), text.rfind("?", lo, end))
        if p < 0:
            return _word_start(text, lo, pos)
        end = p
        m = _SENTENCE_END.match(text, p, hi)
        if m is None or m.end() > pos:
            continue
        if text[p] == ".":  # only a period can end an abbreviation ("Sen.")
            word = _LAST_WORD.search(text, max(lo, p - 12), p + 1)
            if word is not None and _abbreviation(word.group(1)):
                continue
        if _inside(spans, m.end() - 1):
            continue
        return m.end()


def _word_start(text: str, lo: int, pos: int) -> int:
    """*lo*, or when a search window cut a word there ("secu|rity experts"), the start of
    the next word (at most *pos*): no noun phrase starts inside a word."""
    if lo == 0 or not (text[lo - 1].isalnum() and text[lo].isalnum()):
        return lo
    space = text.find(" ", lo, pos)
    return space + 1 if space >= 0 else pos


def _sentence_end(text: str, pos: int, hi: int, spans: Sequence[tuple[int, int]]) -> int:
    """Offset where the sentence holding *pos* ends (at most *hi*)."""
    for m in _SENTENCE_END.finditer(text, pos, hi):
        if text[m.start()] == ".":  # only a period can end an abbreviation ("Sen.")
            word = _LAST_WORD.search(text, max(pos, m.start() - 12), m.start() + 1)
            if word is not None and _abbreviation(word.group(1)):
                continue
        if _inside(spans, m.end() - 1):
            continue
        return m.start() + 1
    return hi


class _Attribution:
    """A speaker and cue found for a quote, and how they were found."""

    __slots__ = ("adjacent", "cue", "signed", "speaker")

    def __init__(self, speaker: Mention | None, cue: Mention | None, adjacent: bool,
                 signed: bool = False) -> None:
        self.speaker = speaker
        self.cue = cue
        self.adjacent = adjacent  # the cue touches the quote ("...," he said / said: "...")
        self.signed = signed  # a signature after the quote ('"..." ― Ann Lee')


def _mention(text: str, start: int, end: int) -> Mention:
    """A Mention for *text[start:end]*, less a sentence-final period or trailing comma, and
    cut at a period that ends a sentence inside it ("said Ann Lee. Readers ...": a name
    pattern reads a capitalised word after a period as more of the name, as in "Gen. Bo
    Kim"; only an abbreviation or an initial lets the name go on)."""
    stop = text.find(". ", start, end)
    while stop >= 0:
        word = text[text.rfind(" ", start, stop) + 1 or start:stop]
        if len(word) > 1 and "." not in word and word.lower() not in _ABBREV:
            end = stop
            break
        stop = text.find(". ", stop + 2, end)
    while end > start and text[end - 1] in " ,":
        end -= 1
    if end - start > 2 and text[end - 1] == "." and text[end - 3] != "." \
            and text[start:end - 1].rsplit(" ", 1)[-1].lower() not in _ABBREV \
            and not text[end - 2].isupper():
        end -= 1
    return Mention(text[start:end], Span(start, end))


def _cue_mention(text: str, start: int, end: int, hi: int) -> Mention:
    m = _CUE_OBJECT.match(text, end, hi)
    if m is not None:
        end = m.end()
    return Mention(text[start:end], Span(start, end))


def _good_speaker(sp: str, cue: str) -> bool:
    """Reject speakers that are a bare lower-case word ("plans") or a dummy "it"; a bare
    plural source noun ("critics", "officials") is kept."""
    if len(sp.split(None, 1)) > 1:  # several words, whatever the white space between them
        return True
    low = sp.lower()
    if low in _PRONOUNS:
        return low != "it" or cue in rules.IT_CUES
    if low in rules.QUANTIFIER_SPEAKERS:
        return True
    return sp[:1].isupper() or (low in _ROLES and low.endswith("s"))


def _from_match(text: str, m: re.Match[str], cue_s: int, cue_e: int, hi: int,
                adjacent: bool) -> _Attribution | None:
    sp_s, sp_e = m.span("sp")
    if not _good_speaker(m.group("sp"), text[cue_s:cue_e]):
        return None
    return _Attribution(_mention(text, sp_s, sp_e), _cue_mention(text, cue_s, cue_e, hi),
                        adjacent)


def _np_before(text: str, lo: int, end: int, participle: bool = False,
               appositive: bool = True) -> tuple[int, int] | None:
    """The longest speaker noun phrase ending just before *end* (adverbs skipped).

    Before a *participle* cue, a noun phrase after "with" is the cue's subject ("..., with
    Sen. Ann Lee calling it ..."); otherwise a noun phrase after a preposition is not.
    One *appositive* between commas is stepped over ("Lee, the mayor, said"); the search
    for the name before it does not step over another (a run of commas stays linear).
    """
    e = end
    while e > lo and text[e - 1] in _SPACES:
        e -= 1
    for _ in range(5):  # skip "has also", "later", "on Monday", ...
        ws = text.rfind(" ", lo, e) + 1
        if ws <= 0:
            ws = lo
        word = text[ws:e].lower()
        if (word in _ADVERBS or word in _TIMES or word in _REFLEXIVES) and ws > lo:
            e = ws - 1
            while e > lo and text[e - 1] in _SPACES:
                e -= 1
            continue
        break
    if e <= lo:
        return None
    if e - 2 > lo and text[e - 1] == "," and text[e - 2] == ")" \
            and _PARTY_TAG.search(text, max(lo, e - 16), e - 1) is not None:
        e -= 1  # "Gov. Ann Lee (R-Ohio), said": a party tag, not an appositive, before the comma
    if text[e - 1] == ")":  # "Sen. Ann Lee (D-Ohio) said"
        p = text.rfind("(", max(lo, e - 32), e)
        if p > lo:
            e = p
            while e > lo and text[e - 1] in _SPACES:
                e -= 1
            if e <= lo:
                return None
    # "Lee, the mayor, said": the name before the appositive (whose comma may sit inside a
    # closing mark: 'Lee, who wrote "River Days," said'; not before a participle, where the
    # quotation ends the clause: 'Lee called it "messy," adding')
    closed = not participle and e - 2 > lo and text[e - 1] in _CLOSING and text[e - 2] == ","
    if text[e - 1] == "," or closed:
        if not appositive:
            return None
        c = e - 2 if closed else e - 1
        for _ in range(3):
            c = text.rfind(",", max(lo, e - 120), c)
            if c <= lo or not (_balanced(text, c, e) if not participle
                               else _NO_MARK.fullmatch(text, c, e)):
                # the comma is inside a quotation, not before an appositive; before a
                # participle a quotation ends the clause ('"dismay", describing')
                return None
            found = _np_before(text, lo, c, appositive=False)
            if found is not None:
                return found
        return None
    first = e
    p = e
    for _ in range(9):
        sp = text.rfind(" ", lo, p)
        if sp < 0:
            first = lo
            break
        first = sp + 1
        if sp <= lo or text[sp - 1] in _BOUNDARY or text[first:p] in _NP_BARRIERS:
            break  # (no noun phrase ending at e starts before a barrier word: none to try)
        p = sp
    if text[first] in _BOUNDARY:
        first += 1
    if first >= e:
        return None
    last = text[text.rfind(" ", first, e) + 1 or first:e]
    if last in _NOT_NP_END:
        return None  # "... and said": no noun phrase ends in "and"
    m = _NP_ENDING.search(text, first, e)
    if m is None:
        return None
    ws = m.start()
    ps = max(lo, text.rfind(" ", lo, max(lo, ws - 1)) + 1)
    if ws - 1 > lo and text[ps:ws - 1] in _PREPOSITIONS \
            and not (participle and text[ps:ws - 1] in _ABSOLUTE):
        # "Lee at the time said", "Lee in a speech called": the subject is further left
        if ps > lo:
            ws2 = text.rfind(" ", lo, ps - 1) + 1
            aux = text[text.rfind(" ", lo, max(lo, ws2 - 1)) + 1:max(lo, ws2 - 1)]
            if text[ws2:ps - 1].endswith("ing") and text[ws2:ps - 1].islower() \
                    and aux not in _AUXILIARIES:
                ps = ws2  # "Protesters marching through the streets chanted"
        return _np_before(text, lo, ps, appositive=appositive) if ps > lo else None
    return ws, e


#: Text without a straight or closing double mark.
_NO_MARK = re.compile(r"[^\"\u201d]*")


def _balanced(text: str, start: int, end: int) -> bool:
    """Whether *text[start:end]* holds only whole quotations (a title in an appositive: "Ann
    Lee, star of "River Days," said"): straight marks in pairs, each curly closing mark
    after an opening one."""
    part = text[start:end]
    if part.count('"') % 2:
        return False
    depth = 0
    for ch in part:
        if ch == "\u201c":
            depth += 1
        elif ch == "\u201d":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _verb_attribution(text: str, v: re.Match[str], lo: int, hi: int,
                      quote_at: int | None) -> _Attribution | None:
    """Speaker for the cue *v*: its subject, the NP after a cue phrase such as "according
    to", or ``said X:``. A verb phrase ("went on to say", "pointed out") has its subject
    before it, as a verb has."""
    cs, ce = v.span()
    cue = v.group()
    if cue in _CUE_PHRASE_FORMS and cue.lower() in _SOURCE_AFTER:
        m = _NP_AFTER.match(text, ce, hi)
        if m is not None:
            return _from_match(text, m, cs, ce, hi, quote_at is not None
                               and text[m.end():quote_at].strip() in ("", ",", ":"))
        return None
    if quote_at is not None and (cue in _CLAUSE_VERBS or cue == "asked") \
            and _word_before(text, lo, cs) in _PASSIVE_AUXILIARIES:
        m = _PASSIVE_BY.match(text, ce, hi)
        if m is not None:  # "Sanders was asked by host Bill Maher, "..."": the one asking
            return _from_match(text, m, cs, ce, hi, _touches(text, m.end(), quote_at))
    if _no_speech(text, lo, v):
        return None
    if cue.startswith("quot"):
        m = _QUOTED_AS.match(text, cs, hi)
        if m is not None:
            sp_s, sp_e = m.span("sp")
            return _Attribution(_mention(text, sp_s, sp_e),
                                Mention(text[cs:m.end()], Span(cs, m.end())), False)
    if cue in _BASE_FORMS and text[max(lo, cs - 4):cs] == " to " \
            and cue not in _CUE_PHRASE_FORMS:
        # "Lee took to Twitter to accuse ...": an infinitive's speaker is the subject of
        # the sentence, unless a verb such as "led" or "asked" makes it its object ("the
        # antics led Hooper to tell ...")
        obj = _np_before(text, lo, cs - 4) if cs - 4 > lo else None
        if obj is not None and obj[0] > lo and cue in _SPEECH_FORMS \
                and _word_before(text, lo, obj[0]) in rules.OBJECT_CONTROL_VERBS:
            if not _good_speaker(text[obj[0]:obj[1]], cue):
                return None
            return _cued(text, _mention(text, *obj), cs, ce, hi, quote_at)
        outer = _subject_attribution(text, lo, cs)
        if outer is not None and outer.speaker is not None \
                and _good_speaker(outer.speaker.text, cue):
            return _cued(text, outer.speaker, cs, ce, hi, quote_at)
    if cue.endswith("ing") and cs > lo:
        k = cs
        while k > lo and text[k - 1] in _SPACES:
            k -= 1
        by = _word_before(text, lo, cs) in _PARTICIPLE_PREPOSITIONS
        if by:  # "Lee ended the talk by saying ...": the participle's subject is the clause's
            k = text.rfind(" ", lo, k) + 1
        if k > lo and (by or text[k - 1] == ","):  # "Lee hit back, telling the crowd ...":
            # the subject of the nearest clause: "..., and he hit back, telling ..." gives "he"
            joins = [m.end() for m in (_SUBCLAUSE_JOIN if by else _CLAUSE_JOIN).finditer(
                text, max(lo, k - 200), k - 1)]
            it_ok = cue in rules.IT_CUES
            outer = _subject_attribution(text, joins[-1], k - 1, it_ok) if joins else None
            if outer is None and not (by and joins):
                outer = _subject_attribution(text, lo, k - 1, it_ok)
            if outer is not None and outer.speaker is not None \
                    and _good_speaker(outer.speaker.text, cue):
                return _cued(text, outer.speaker, cs, ce, hi, quote_at)
    subject = _np_before(text, lo, cs, cue.endswith("ing"))
    if subject is not None and cue.endswith("ing") and subject[0] > lo:
        ps = max(lo, text.rfind(" ", lo, subject[0] - 1) + 1)
        word = text[ps:subject[0] - 1]
        if word.isalpha() and word.islower() and word not in _CONJUNCTIONS \
                and word not in _ABSOLUTE:
            # "The town released a statement saying ...": the statement is an object
            outer = _subject_attribution(text, lo, subject[0])
            if (outer is None or outer.speaker is None) and text[
                    subject[0]:subject[1]].split(" ", 1)[0].lower() in _SPEAKER_DETERMINERS:
                # "Hours later, she issued a statement calling ...": the verb's own subject
                own = _np_before(text, lo, ps) if ps > lo else None
                if own is not None and _good_speaker(text[own[0]:own[1]], cue):
                    outer = _Attribution(_mention(text, *own), None, False)
            if outer is not None and outer.speaker is not None:
                return _cued(text, outer.speaker, cs, ce, hi, quote_at)
    if subject is not None and cue in _NAMING_PARTICIPLES and quote_at is not None \
            and text[subject[0]:subject[1]].split(" ", 1)[0].lower() in ("a", "an") \
            and _NAMED_GAP.fullmatch(text, ce, quote_at) is not None:
        return None  # "a short film called "Familias"": a name given, not words said
    if subject is not None:
        tail = text[subject[1] - 2:subject[1]]
        last = text[max(subject[0], text.rfind(" ", subject[0], subject[1]) + 1):subject[1]]
        last = last.lower()
        if tail in ("'s", "’s") or last in _NOUN_MARKERS:
            return None  # "Lee's remarks", "the calls": the cue word is a noun here
        first = text[subject[0]:subject[1]].split(None, 1)[0].lower()
        if first in _SINGULAR_DETERMINERS and cue in _BASE_FORMS \
                and not text[subject[1]:cs].strip():
            # "made a direct appeal": a singular subject takes no base-form verb right after
            # it (after a modal it does: "a spokesman could only quip")
            return None
    adjacent = quote_at is not None and _touches(text, ce, quote_at)
    if subject is not None and text[subject[0]:subject[1]] in ("who", "which"):
        subject = _with_antecedent(text, lo, subject)
    if subject is not None and _good_speaker(text[subject[0]:subject[1]], cue):
        return _Attribution(_mention(text, *subject), _cue_mention(text, cs, ce, hi), adjacent)
    if quote_at is not None and text[ce:quote_at].rstrip()[-1:] in (",", ":"):
        m = _VS_TO_QUOTE.match(text, ce, quote_at)
        if m is not None and m.end() == quote_at:
            return _from_match(text, m, cs, ce, hi, True)
    before = _char_before(text, lo, cs)
    if before == ",":
        k = text.rindex(",", lo, cs)
        if k > lo and text[k - 1] in _CLOSING:
            before = text[k - 1]
    inverts = cue.lower() in _INVERTING_FORMS
    if before in _CLOSING and subject is None and not cue.endswith("ing") and inverts:
        # '"...," said Lee, the mayor, "..."' (after "telling", the noun phrase is its object)
        m = _NP_AFTER.match(text, ce, hi)
        if m is not None:
            return _from_match(text, m, cs, ce, hi, False)
    if before == "," and subject is None and inverts:  # 'Lee "won" in 2008, said Ann Kim.'
        m = _INVERTED_TAIL.match(text, ce, hi)
        if m is not None and not cue.endswith("ing"):
            return _from_match(text, m, cs, ce, hi, False)
    if cue.endswith("ing") and (before == "," or before in _CLOSING):
        m = _SUBJECT.match(text, lo, cs)
        if m is not None:
            return _from_match(text, m, cs, ce, hi, adjacent)
    return None


def _with_antecedent(text: str, lo: int, rel: tuple[int, int]) -> tuple[int, int]:
    """``Lee, who said`` / ``a retired general who said``: widen a relative pronoun subject
    to start at its antecedent (the noun phrase right before it, a few words at most)."""
    k = rel[0]
    while k > lo and text[k - 1] in _SPACES:
        k -= 1
    if k <= lo:
        return rel
    end = k - 1 if text[k - 1] == "," else k
    start = lo if end - lo <= 60 else text.find(" ", end - 60, end) + 1
    found = _NP_ENDING.search(text, start, end) if start > lo or end - lo <= 60 else None
    return (found.start(), rel[1]) if found is not None else rel


def _char_before(text: str, lo: int, pos: int) -> str:
    """The last character before *pos* (at or after *lo*) that is not a space, or ""."""
    k = pos
    while k > lo and text[k - 1] in _SPACES:
        k -= 1
    return text[k - 1] if k > lo else ""


def _word_before(text: str, lo: int, pos: int) -> str:
    """The word ending just before *pos* (spaces skipped), lower-cased; "" when none."""
    k = pos
    while k > lo and text[k - 1] in _SPACES:
        k -= 1
    return text[max(lo, text.rfind(" ", lo, k) + 1):k].lower()


#: Conjunctions that join a second verb to its clause ("Lee smiled *and* said").
_COORDINATORS = frozenset({"and", "but"})


def _word_before_adverbs(text: str, lo: int, pos: int) -> str:
    """:func:`_word_before`, stepping over up to three cue adverbs and time words ("and
    *later* said"); "" when none is left."""
    k = pos
    for _ in range(3):
        while k > lo and text[k - 1] in _SPACES:
            k -= 1
        start = max(lo, text.rfind(" ", lo, k) + 1)
        word = text[start:k].lower()
        if word not in _ADVERBS and word not in _TIMES:
            return word
        k = start
    return _word_before(text, lo, k)


def _cued(text: str, speaker: Mention, cs: int, ce: int, hi: int,
          quote_at: int | None) -> _Attribution:
    """*speaker* with the cue at *cs:ce* (and its object), adjacent when the cue touches the
    quotation at *quote_at*."""
    return _Attribution(speaker, _cue_mention(text, cs, ce, hi),
                        quote_at is not None and _touches(text, ce, quote_at))


def _touches(text: str, cue_end: int, quote_at: int) -> bool:
    between = text[cue_end:quote_at].strip()
    return between in (",", ":", "that", ", that") or (len(between) < 60 and between.endswith(":"))


def _attribute_after(text: str, pos: int, hi: int, ended: bool,
                     whole: bool = True) -> _Attribution | None:
    """Patterns right after the closing mark (*pos* is just past it).

    *ended* says the quotation ended its sentence (``."``): then only a lower-case
    continuation (``." he said``), a dash or, when the quotation is a *whole* sentence (not
    the end of a narrated one), a short report sentence (``"..." Lee said.``) can attribute
    it.
    """
    k = pos
    while k < hi and text[k] in _SPACES:
        k += 1
    if ended and k < hi and not text[k].islower():
        dash = _dash_after(text, pos, hi)
        if dash is not None or not text[k].isupper():
            return dash
        # '"... missing." Trump said.': a sentence of just a speaker and a reporting verb
        # after a quotation that ended with a period still reports it
        if not whole or _SPACE_VERB.search(text, pos, hi) is None:
            return None  # no reporting verb ahead at all (most quotations here)
        m = _SHORT_REPORT.match(text, pos, hi)
        if m is None:
            return None
        att = _from_match(text, m, *m.span("cue"), hi, True)
        return None if att is None else _according_to(text, m.end("cue"), hi, att)
    # the speaker patterns are costly: run each only when its verb is there
    if _POST_VS_CUE.match(text, pos, hi) is not None:
        att = _post_attribution(text, _POST_VS, pos, hi)
        if att is not None:
            return att
    if _SPACE_VERB.search(text, pos, hi) is not None:
        att = _post_attribution(text, _POST_SV, pos, hi)
        if att is not None:
            return att
    return _dash_after(text, pos, hi)


def _post_attribution(text: str, pattern: re.Pattern[str], pos: int,
                      hi: int) -> _Attribution | None:
    """Speaker and cue from *pattern* matched right after a quotation."""
    m = pattern.match(text, pos, hi)
    if m is None:
        return None
    if pattern is _POST_SV and m.group("cue") in _BASE_ONLY \
            and m.group("sp").split(" ", 1)[0].lower() in _SINGULAR_DETERMINERS:
        return None  # '"..." a Donald Trump tweet': a noun after a singular subject
    att = _from_match(text, m, *m.span("cue"), hi, True)
    return None if att is None else _according_to(text, m.end(), hi, att)


def _according_to(text: str, pos: int, hi: int, att: _Attribution,
                  pattern: re.Pattern[str] = _ACCORDING_TAIL) -> _Attribution:
    """``"...," Lee said, according to CNN``: the source is the one the report names
    (*pattern* matched at *pos*: ``_ACCORDING_TAIL`` after a reporting clause, or
    ``_ACCORDING_RIGHT`` just past a closing mark, ``Lee called it "a fraud," according to
    CNN``)."""
    # both patterns (the only two passed here) need "according" or "report" in the text:
    # the common case has neither, and no match to try
    if text.find("according", pos, hi) < 0 and (pattern is _ACCORDING_RIGHT
                                               or text.find("report", pos, hi) < 0):
        return att
    m = pattern.match(text, pos, hi)
    if m is None:
        return att
    s, e = m.span("sp")
    return _Attribution(_mention(text, s, e), att.cue, att.adjacent)


def _any_verb_after(text: str, pos: int, hi: int) -> _Attribution | None:
    """``"...," Lee barked`` / ``"...!" beamed Lee``: a verb not in the table, right after
    a quotation that ends in a comma, ``!`` or ``?`` (only a reporting clause goes there)."""
    m = _POST_ANY_SV.match(text, pos, hi) or _POST_ANY_VS.match(text, pos, hi)
    if m is None:
        return None
    sp = m.group("sp")
    first = sp.split(" ", 1)[0].lower()
    if not sp[:1].isupper() and (first not in _SPEAKER_STARTS
                                 or (first not in _PRONOUNS and not _described(sp))):
        return None  # "the balloons cascaded": not a source
    return _from_match(text, m, *m.span("cue"), hi, True)


def _dash_after(text: str, pos: int, hi: int) -> _Attribution | None:
    m = _POST_DASH.match(text, pos, hi)
    if m is not None and m.group("sp").lower() not in _PRONOUNS and m.group("sp")[:1].isupper():
        s, e = m.span("sp")
        return _Attribution(_mention(text, s, e), None, True, signed=True)
    return None


def _signature(text: str, pos: int, hi: int,
               spans: Sequence[tuple[int, int]]) -> _Attribution | None:
    """A signature ending the paragraph after *pos* ('... ― Ann Lee'), outside quotations:
    the speaker of a quotation that opens the paragraph."""
    end = _trim_end(text, pos, hi)
    m = _SIGNATURE_END.search(text, max(pos, end - 80), end)
    if m is None or _inside(spans, m.start()):
        return None
    return _dash_after(text, m.start(), end)


def _attribute_before(text: str, lo: int, pos: int,
                      spans: Sequence[tuple[int, int]]) -> _Attribution | None:
    """The nearest cue before the opening mark (*pos*) in the sentence, outside quotes."""
    cues = list(_CUE_FIND.finditer(text, lo, pos))
    if cues and not _quote_free(spans, lo, pos):
        cues = [v for v in cues if not _inside(spans, v.start())]
    for k in range(len(cues) - 1, -1, -1):
        if k > 0 and cues[k].group().endswith("ing") \
                and _char_before(text, lo, cues[k].start()) == ",":
            # "Lee said, adding, "..."", "Lee told reporters on Monday, saying "...": a
            # participle right after a reporting clause has that clause's speaker
            j = k - 1
            gap = " " + text[cues[j].end():cues[k].start()].strip().rstrip(",").strip()
            obj = _CUE_OBJECT.match(gap)
            gap = gap[obj.end():].strip() if obj is not None else gap.strip()
            if cues[j].group() in _CLAUSE_VERBS and (
                    not gap or (gap.split(" ", 1)[0] in _PREPOSITIONS and gap.count(" ") < 6)):
                outer = _verb_attribution(text, cues[j], lo, pos, None)
                if outer is not None and outer.speaker is not None:
                    return _cued(text, outer.speaker, *cues[k].span(), pos, pos)
        att = _verb_attribution(text, cues[k], lo, pos, pos)
        if att is None:
            continue
        if k > 0 and att.speaker is not None and att.speaker.text.lower() in _PRONOUNS:
            # "Lee said he welcomed ...": the speaker is the subject of the outer verb
            gap = text[cues[k - 1].end():att.speaker.span.start].strip()
            if gap.endswith(" that"):
                gap = gap[:-5]
            if gap in ("", "that") or _CUE_OBJECT.fullmatch(" " + gap) is not None:
                # (or "Lee told his audience he would ...": the object heard it)
                outer = _verb_attribution(text, cues[k - 1], lo, pos, None)
                if outer is not None:
                    outer.adjacent = att.adjacent
                    return outer
        if k > 0 and not att.adjacent and att.speaker is not None \
                and att.speaker.text.rsplit(" ", 1)[-1] not in ("who", "which"):
            # "Lee said the plan would continue "...": the cue sits in what Lee said (but
            # not in "said Lee, who added ...": a relative clause is the narrator's)
            for j in range(k):
                if cues[j].group() in _CLAUSE_VERBS \
                        and cues[j].end() <= att.speaker.span.start \
                        and not _clause_break(text, lo, cues[j].end(), att.speaker.span.start):
                    outer = _verb_attribution(text, cues[j], lo, pos, None)
                    if outer is not None and outer.speaker is not None:
                        return outer
                    break
        # (the search only where its literal occurs: "ccording" is rare)
        lead = _ACCORDING_LEAD.search(text, lo, pos) if att.speaker is not None \
            and text.find("ccording", lo, pos) >= 0 else None
        if lead is not None and lead.start() > lo \
                and text[lo:lead.start()].rstrip()[-1:] != ",":
            lead = None  # mid-sentence only as an aside: "..., according to Lee, ..."
        if lead is not None and att.speaker is not None \
                and lead.end() <= att.speaker.span.start:
            # "According to pool reports, Obama said "..."": the report is the source
            s, e = lead.span("sp")
            cs, ce = lead.span("cue")
            return _Attribution(_mention(text, s, e), Mention(text[cs:ce], Span(cs, ce)),
                                False)
        return _outer_subject(text, lo, att)
    k = pos
    while k > lo and text[k - 1].isspace():
        k -= 1
    m = _COLON_SPEAKER.fullmatch(text, lo, pos) if k > lo and text[k - 1] == ":" else None
    if m is not None:
        s, e = m.span("sp")
        colon = text.index(":", e)
        return _Attribution(_mention(text, s, e), Mention(":", Span(colon, colon + 1)), True)
    if cues:
        # "Lee smiled and said, "..."": no cue had a subject of its own, but the nearest is
        # joined to its clause by "and" or "but": that clause's subject, with this cue
        v = cues[-1]
        cs, ce = v.span()
        if not v.group().endswith("ing") \
                and _word_before_adverbs(text, lo, cs) in _COORDINATORS:
            outer = _subject_attribution(text, lo, cs)
            if outer is not None and outer.speaker is not None \
                    and _good_speaker(outer.speaker.text, v.group()):
                return _cued(text, outer.speaker, cs, ce, pos, pos)
    return None


def _list_gap(gap: str) -> bool:
    """Whether *gap*, the text between two quotations, only joins them as items of one list
    (' and a ', ' or ', ' '): nothing but joining words."""
    return all(w in _LIST_WORDS for w in gap.lower().split())


def _possessive_cue(text: str, lo: int, pos: int) -> _Attribution | None:
    """``Trump's claim that "..."``, ``her remark that "..."``: the possessor of a noun for
    something said, shortly before the opening mark (*pos*) in its sentence, is the speaker
    and the noun the cue."""
    noun = None  # the nearest noun for something said: a cheap search, the noun is rare
    for m in _SPEECH_NOUN.finditer(text, max(lo, pos - MAX_POSSESSIVE_GAP - 20), pos):
        noun = m
    if noun is None or pos - noun.end() > MAX_POSSESSIVE_GAP \
            or _CLAUSE_JOIN.search(text, noun.end(), pos) is not None \
            or _POSSESSIVE_LINK.match(text, noun.end(), pos) is None \
            or _DOUBLE_SCAN.search(text, noun.end(), pos) is not None \
            or _CUE_FIND.search(text, noun.end(), pos) is not None:
        # a quotation or a reporting verb between ("Lee addressed Kim's remark, saying "..."")
        return None  # "Kim's statement was "true."": the quotation is not what was said
    owner = _POSSESSOR.search(text, max(lo, noun.start() - 80), noun.start())
    if owner is None:
        return None
    s, e = owner.span("sp")
    cs, ce = noun.span()
    return _Attribution(_mention(text, s, e), Mention(text[cs:ce], Span(cs, ce)),
                        _touches(text, ce, pos))


def _clause_break(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a new clause starts in ``text[start:end]``: a clause join (", while", "; "),
    or the end of the leading subordinate clause of the sentence starting at *lo* ("While
    not everything Lee says is true, ...")."""
    if _CLAUSE_JOIN.search(text, start, end) is not None:
        return True
    lead = _LEADING_CLAUSE.match(text, lo, end)
    return lead is not None and start < lead.end()


def _outer_subject(text: str, lo: int, att: _Attribution) -> _Attribution:
    """``Cruz railed against what he calls "..."``: a he/she/they inside the sentence
    stands for the sentence subject when that is a name or a described person."""
    sp = att.speaker
    if sp is None or sp.text.lower() not in ("he", "she", "they") or sp.span.start <= lo:
        return att
    before = text[max(lo, sp.span.start - 7):sp.span.start].rsplit(None, 1)[-1:]
    if not before or before[0].lower() not in _RELATIVES:
        return att
    outer = _subject_attribution(text, lo, sp.span.start)
    if outer is None or outer.speaker is None or outer.speaker.text.lower() in _PRONOUNS \
            or outer.speaker.span.end >= sp.span.start:
        return att
    return _Attribution(outer.speaker, att.cue, att.adjacent)


def _sentence_has_cue(text: str, lo: int, after: int, hi: int,
                      spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence around a quotation (from *lo*) has a reporting verb or cue
    phrase outside quotation marks."""
    end = _sentence_end(text, after, min(hi, after + WINDOW), spans)
    return any(not _inside(spans, m.start()) and not _no_speech(text, lo, m)
               for m in _CUE_FIND.finditer(text, lo, end))


def _no_speech(text: str, lo: int, cue: re.Match[str]) -> bool:
    """Whether the reporting verb *cue* reports no speech here: in the passive ("were
    admitted", "had been warned": its subject is talked about, not talking; naming verbs
    excepted, "was labeled"), or "continue to" (going on doing, not going on saying)."""
    word = cue.group()
    if word in _CONTINUE_FORMS:
        return text.startswith(" to ", cue.end())
    return (word.endswith("ed") and not word.startswith("quot")
            and word not in _NAMING_PASSIVES
            and _word_before(text, lo, cue.start()) in _PASSIVE_ONLY)


def _subject_attribution(text: str, lo: int, pos: int,
                         it_ok: bool = False) -> _Attribution | None:
    """The subject of the sentence a partial quotation sits in ("Lee rails against ...").

    A leading conjunction, subordinate clause or adverbial ("As governor in 1983, ",
    "Speaking in Salem, Ohio, ") is skipped; when the first noun phrase after it is a time
    phrase or a place, the next comma is tried (a few times at most). "It" is a subject only
    when *it_ok* (the cue is one a document or body can be said to do: ``IT_CUES``).
    """
    start = lo
    clause = False
    for _ in range(3):  # "But on Monday, ...", "As governor, ...": skip to the subject
        m = (_LEADING.match(text, start, pos) or _LEADING_CLAUSE.match(text, start, pos)
             or _PARTICIPLE_CLAUSE.match(text, start, pos))
        if m is None:
            break
        start = m.end()
        clause = True
    for _ in range(3):
        m = _SUBJECT.match(text, start, pos)
        timed = m is not None and _time_phrase(text, *m.span("sp"))
        if m is not None and not timed:
            sp = m.group("sp")
            first = sp.split(" ", 1)[0].lower()
            base = _CONTRACTION.sub("", first)  # "It’s" -> "it", "That’s" -> "that"
            if (base in ("who", "you", "one") or (base == "it" and not it_ok)) \
                    or (base != first and base in _NOT_NAME_NOT_PRONOUN) \
                    or (sp[:1].islower() and first not in _PRONOUNS and not _described(sp)):
                # "That’s" is never a name; a pronoun's contraction ("He’s claiming") is
                return None
            s, e = m.span("sp")
            return _Attribution(_mention(text, s, e), None, False)
        if not clause and not timed:
            return None
        comma = text.find(", ", start, min(pos, start + 90))
        if comma < 0:
            return None
        start = comma + 2
    return None


def _described(np: str) -> bool:
    """Whether a lower-case noun phrase names a source: a capitalised word or a role noun
    follows its determiner ("the Daily News", "a senior aide"), not "the plan"."""
    return any(w[:1].isupper() or w.lower() in _ROLES for w in np.split()[1:])


def _time_phrase(text: str, start: int, end: int) -> bool:
    """Whether the noun phrase at *start:end*, or it and the next word, is a stretch of
    time ("three weeks", "a few [days]")."""
    if text[start:end].rsplit(" ", 1)[-1].lower() in _TIME_HEADS:
        return True
    first = text[start:end].split(" ", 1)[0].lower()
    if text[start].isupper() and first not in _SPEAKER_DETERMINERS \
            and first not in _NUMBER_WORDS:
        return False  # a name: "Lee earlier said" (the next word is an adverb)
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in _TIME_HEADS


def _attribute_later(text: str, pos: int, hi: int,
                     spans: Sequence[tuple[int, int]]) -> _Attribution | None:
    """The first cue later in the sentence with its speaker after the quote."""
    for v in _CUE_FIND.finditer(text, pos, hi):
        if _inside(spans, v.start()):
            continue
        att = _verb_attribution(text, v, pos, hi, None)
        if att is not None:
            return att
    return None


# --------------------------------------------------------------------------- classification


def _is_title_case(content: str) -> bool:
    """Whether every major word of *content* (at most MAX_TITLE_WORDS words) is capitalised."""
    words = _WORD.findall(content)
    if len(words) > MAX_TITLE_WORDS:
        return False
    major = False
    for w in words:
        if w.lower() not in _TITLE_MINOR:
            if not w[:1].isupper():
                return False
            major = True
    return major


# --------------------------------------------------------------------------- resolution


def _headline_case(line: str) -> bool:
    """Whether *line* is written in title case: at least four in five of its major words
    (not "of", "the", ...) capitalised."""
    majors = [w for w in _WORD.findall(line) if w.lower() not in _TITLE_MINOR]
    return bool(majors) and 5 * sum(w[0].isupper() for w in majors) >= 4 * len(majors)


def _resolve(text: str, speaker: Mention, history: list[tuple[int, str, str, int]],
             para: int, surnames: dict[str, str | None],
             spans: Sequence[tuple[int, int]], body: int = 0) -> str | None:
    """Full name for a pronoun, role or surname speaker, or None when not sure."""
    words = speaker.text.split()
    low = speaker.text.lower()
    names = [w for w in words if w[:1].isupper() and w.lower() not in _NOT_IN_NAME]
    if len(names) >= 2:
        return _trailing_name(text, speaker)
    if len(names) == 1 and len(words) == 1:
        surname = names[0]
        if surname not in surnames:
            surnames[surname] = _full_name(text, surname, speaker.span.start, body)
        if surnames[surname] is not None:
            return surnames[surname]
        for _p, full, _words, _at in reversed(history):
            if full.endswith(" " + surname):
                return full
        return None
    if not history:
        return None
    last_para, full, mention_words, last_at = history[-1]
    if para - last_para > 1:
        return None
    if low in _PRONOUN_GENDERS:
        # not sure when the last speaker is far back or of the other gender, or another
        # person who could be meant is named in between (outside quotations); the distance
        # bound also keeps the scan below linear
        gender = _PRONOUN_GENDERS[low]
        if speaker.span.start - last_at > MAX_PRONOUN_DISTANCE \
                or _gender(full) not in (None, gender):
            return None
        if _other_person_between(text, full, gender, history, last_at, speaker.span.start,
                                 spans):
            return None
        return full
    role = words[-1].lower() if words else ""
    if words and words[0].lower() in ("the", "this") and role in _ROLES and role in mention_words:
        return full
    return None


def _gender(name: str) -> str | None:
    """``"f"`` or ``"m"`` when the first word of *name* is a given name of women or of men
    (:mod:`newsdoc._rules.names`), else None."""
    first = name.split(" ", 1)[0]
    if first in _FEMININE:
        return "f"
    return "m" if first in _MASCULINE else None


def _other_person_between(text: str, full: str, gender: str,
                          history: list[tuple[int, str, str, int]],
                          start: int, stop: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether someone other than *full* whom a pronoun of *gender* could mean is named
    between *start* and *stop*, outside quotations: then the pronoun is not resolved.

    That is a person named in full ("Then Bo Kim spoke"), a surname after an honorific of
    that gender ("Mr. Bush slid into place ... He ran"), or the surname of another earlier
    speaker where it can be the subject of a clause ("Clinton used the exchange ... *She*
    noted"; after a preposition or as a possessor it names no one who could speak next: "an
    early supporter *of Trump*", "*Comey's* statement"). A person whose given name is of the
    other gender never counts.
    """
    pos = start
    while (m := _PERSON_NAME.search(text, pos, stop)) is not None:
        if m.group(1).lower() in _NOT_NAME_LOWER:  # "Then Bo Kim": look again from "Bo"
            pos = m.end(1) + 1
            continue
        if not _inside(spans, m.start()) and m.group() not in full \
                and _gender(m.group()) in (None, gender):
            return True
        pos = m.end()
    own = set(full.split())
    for m in _HONORIFIC_NAME.finditer(text, start, stop):
        if _HONORIFICS[m.group(1)] == gender and m.group(2) not in own \
                and not _inside(spans, m.start()):
            return True
    seen: set[str] = set()
    for _p, other, _words, _at in history:
        surname = other.rsplit(" ", 1)[-1]
        if surname in own or surname in seen or _gender(other) not in (None, gender):
            continue
        seen.add(surname)
        pos = text.find(surname, start, stop)
        while pos >= 0:
            end = pos + len(surname)
            if (pos == 0 or not text[pos - 1].isalnum()) \
                    and (end >= len(text) or not (text[end].isalnum() or text[end] in "'’")) \
                    and _word_before(text, start, pos) not in _PREPOSITIONS \
                    and not _inside(spans, pos):
                return True
            pos = text.find(surname, end, stop)
    return False


_NOT_NAME_LOWER = rules.NOT_NAME_WORDS
#: The gender a pronoun speaker refers to.
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFICS = rules.GENDERED_HONORIFICS
#: A gendered honorific and a surname: "Mr. Bush", "Ms Lee".
_HONORIFIC_NAME = re.compile(
    rf"(?<![\w'’.-])({_alt(rules.GENDERED_HONORIFICS)})\s([A-Z][a-z'’-]+)")
_FEMININE = rules.FEMININE_GIVEN_NAMES
_MASCULINE = rules.MASCULINE_GIVEN_NAMES
_SENTENCE_OPENERS = rules.SENTENCE_OPENERS
#: Two capitalised words in a row: someone else may be named there ("Hillary Clinton").
_PERSON_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s(?:[A-Z]\.\s)?[A-Z][a-z'’-]+")
#: Capitalised words in a speaker mention that are not part of a name.
_NOT_IN_NAME = _TITLES | _ROLES | rules.SPEAKER_DETERMINERS | _PRONOUNS
#: Capitalised words right before a position ("Sen. Ann *Lee*" -> "Sen. Ann ").
_CAPS_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]{0,30}\s){1,3})$")
#: A pronoun speaker further than this many characters after the last named speaker is
#: not resolved (too far to be sure).
MAX_PRONOUN_DISTANCE = 1500
#: How many earlier occurrences of a surname are tried when resolving it.
MAX_SURNAME_LOOKUPS = 8


def _name_word(word: str) -> bool:
    """Whether a capitalised word can be part of a person's name (not a title or "The")."""
    low = word.lower()
    return (word[:1].isupper() and low not in _TITLES and low not in _NOT_NAME_LOWER
            and low not in _ROLES and low not in rules.SPEAKER_DETERMINERS
            and low not in _SENTENCE_OPENERS)


def _given_name_word(word: str) -> bool:
    """Whether *word*, right before a surname, can be one of its given names: a name word
    that does not end a sentence (a period ends one unless the word is an initial: "in
    Benghazi. Bob" is no name, "C.B. Thomas" is) and is no possessive ("CNN's Ann Lee",
    "Fox News’ Bo Kim")."""
    return (_name_word(word)
            and not (word.endswith(".") and any(c.islower() for c in word))
            and not word.endswith(("'s", "’s", "'", "’")))


def _trailing_name(text: str, speaker: Mention) -> str | None:
    """The run of two to four name words ending the speaker mention, exactly as written
    ("White House spokesman *Josh Earnest*"), or None when it does not end in one.

    A name after a preposition names someone or something else: "a spokesman *for* Bernie
    Sanders" is not Bernie Sanders, "Republicans *on* Capitol Hill" no person at all.
    """
    words = speaker.text.split(" ")
    k = len(words)
    while k > 0 and len(words) - k < 4 and _name_word(words[k - 1]):
        k -= 1
    if len(words) - k < 2:
        return None
    before = k - 2 if k >= 2 and words[k - 1] == "the" else k - 1
    if before >= 0 and words[before] in _PREPOSITIONS:
        return None
    name = " ".join(words[k:])
    return name if name == " ".join(name.split()) else None


def _full_name(text: str, surname: str, before: int, start: int = 0) -> str | None:
    """The first "First Last" for *surname* written between offsets *start* and *before*,
    or None. The search starts after the headline, whose capitalised words are as often
    verbs and nouns ("Mom Corners Obama") as given names."""
    pos = text.find(surname, start, before)
    for _ in range(MAX_SURNAME_LOOKUPS):
        if pos < 0:
            return None
        end = pos + len(surname)
        if end >= len(text) or not (text[end].isalnum() or text[end] == "_"):
            # at most three words (one white space each) match: start after a fourth space
            start = max(0, pos - 100)
            space = pos
            for _ in range(4):
                space = text.rfind(" ", start, space)
                if space < 0:
                    break
            else:
                start = space + 1
            m = _CAPS_BEFORE.search(text, start, pos)
            if m is not None:
                first = m.group(1).split()
                k = len(first)
                while k > 0 and len(first) - k < 2 and _given_name_word(first[k - 1]):
                    k -= 1
                if len(first) - k == 2 and _gender(first[-1]) is not None \
                        and _gender(first[-2]) is None:
                    k += 1  # "Security Coordinator John Lee": the name starts at "John"
                if k < len(first):  # the given names right before the surname, as written
                    start = pos - len(" ".join(first[k:])) - 1
                    name = text[start:end]
                    if " ".join(name.split()) == name:
                        return name
                return None
        pos = text.find(surname, end, before)
    return None


# --------------------------------------------------------------------------- main entry



def _split_lines(text: str) -> list[Span]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        spans.append(Span(m.start(), m.end()))
    return spans


def find_quotes(text: str, paragraphs: Sequence[Span] | None = None,
                headline: Span | None = None, *,
                options: ParseOptions | None = None) -> tuple[tuple[Quote, ...],
                                                               tuple[Diagnostic, ...]]:
    """Find direct quotations in *text*, in text order and never overlapping.

    *paragraphs* are the body paragraph spans (headings included) in order; when ``None``
    each non-empty line is a paragraph. *headline* is the headline span, where single marks
    count as quotation marks too. Returns the quotes and the diagnostics (``unclosed-quote``
    for a mark that never closes, its span on the mark).

    >>> quotes, notes = find_quotes('"We will rebuild," the mayor said on Monday.')
    >>> quotes[0].text, quotes[0].speaker.text, quotes[0].cue.text
    ('We will rebuild,', 'the mayor', 'said')
    """
    if not text or (len(text) <= _SHORT_TEXT and _ANY_SCAN.search(text) is None):
        return (), ()  # a short text without any quotation mark: one search, not seven
    paras: Sequence[Span] = _split_lines(text) if paragraphs is None else paragraphs
    notes: list[Diagnostic] = []
    raws = _pair_marks(text, paras, headline, notes)
    if not raws:
        return (), tuple(notes)
    spans = [(r.open_at, r.close_at + 1 if r.close_at is not None else r.end) for r in raws]
    out: list[Quote] = []
    # (paragraph, resolved name, speaker words, where the speaker mention ends)
    history: list[tuple[int, str, str, int]] = []
    surnames: dict[str, str | None] = {}
    # full names are read after a headline in title case ("Mom Corners Obama"), whose capitals
    # say nothing; a headline written as a sentence is read like the body
    body = headline.end if headline is not None \
        and _headline_case(text[headline.start:headline.end]) else 0
    prev_end = -1
    prev_para = -2
    prev_att: _Attribution | None = None
    for i, raw in enumerate(raws):
        if raw.start < prev_end:
            continue  # nested in (or overlapping) a quote already taken
        content_s, content_e = raw.start, raw.end
        if content_e <= content_s:
            continue
        if raw.headline and headline is not None:
            lo, para_hi = headline.start, headline.end
        else:
            lo, para_hi = paras[raw.para].start, paras[raw.last_para].end
        content = text[content_s:content_e]
        if not content[:1].isalnum() and _HAS_WORD.search(content) is None:
            continue  # marks around no letter or digit ("" "", a run of marks) quote nothing
        # the word count is only compared with small thresholds: stop counting past them
        words = len(content.split(None, _WORDS_COUNTED))
        after = (raw.close_at + 1) if raw.close_at is not None else content_e
        right_hi = para_hi
        if i + 1 < len(raws) and raws[i + 1].open_at < right_hi:
            right_hi = raws[i + 1].open_at
        # at most WINDOW characters and MAX_QUOTES_BACK quotations back: dense input stays
        # linear
        far = raws[i - MAX_QUOTES_BACK].open_at if i >= MAX_QUOTES_BACK else lo
        sent_lo = _sentence_start(text, max(lo, far, raw.open_at - WINDOW), raw.open_at, spans)
        pre = text[sent_lo:raw.open_at].strip()
        starts_sentence = pre == "" or pre.endswith(":")

        tail = content.rstrip()
        ended = tail.endswith(".") and not tail.endswith("..") and raw.close_at is not None
        # a "!" or "?" ends the sentence too: after it only a lower-case word ("...?" he
        # asked), a dash or a whole short report ("...!" Lee said.) attributes the quotation
        closed = ended or (raw.close_at is not None and tail.endswith(("!", "?")))
        att = _attribute_after(text, after, min(right_hi, after + WINDOW), closed,
                               starts_sentence or pre.endswith(","))
        if att is None and raw.close_at is not None and not raw.headline:
            # 'has been called "a maze" by Ann Lee': the agent of a passive is the speaker
            att = _passive_agent(text, sent_lo, raw.open_at, after, min(right_hi, after + WINDOW))
        if att is None and pre:  # (with only white space before it, nothing attributes)
            att = _attribute_before(text, sent_lo, raw.open_at, spans)
            if att is not None and not raw.headline and tail.endswith(","):
                att = _according_to(text, after, min(right_hi, after + WINDOW), att,
                                    _ACCORDING_RIGHT)
            elif att is not None and not raw.headline and not ended:
                # 'Lee said he was "happy to see" it, according to the paper.'
                att = _according_to(text, after, min(right_hi, after + WINDOW), att)
        if att is None and not raw.headline and pre:
            att = _possessive_cue(text, sent_lo, raw.open_at)
        if att is None and raw.headline:
            colon = text.rfind(":", lo, raw.open_at)
            m = None
            # the pattern ends in the colon and at most a few spaces: test that first
            if colon >= 0 and raw.open_at - colon <= 5 and not text[colon + 1:raw.open_at].strip():
                m = _HEAD_COLON.search(text, max(lo, colon - 80), raw.open_at)
            if m is not None:
                s, e = m.span("sp")
                colon = text.index(":", e)
                att = _Attribution(_mention(text, s, e), Mention(":", Span(colon, colon + 1)),
                                   True)
        if att is None and not ended:
            near = raws[i + 3].open_at if i + 3 < len(raws) else para_hi
            sent_hi = _sentence_end(text, after, min(para_hi, near, after + WINDOW), spans)
            att = _attribute_later(text, after, sent_hi, spans)
        if att is None and not ended and raw.close_at is not None and tail[-1:] in ",!?":
            att = _any_verb_after(text, after, min(right_hi, after + WINDOW))
        inherited = False
        # a paragraph that is only a quotation, signed by the next one ("- Ann Lee.")
        if att is None and not raw.headline and raw.para + 1 < len(paras) \
                and raw.close_at is not None and para_hi - after <= 2 \
                and text[after:para_hi].strip() in ("", ".") \
                and raw.open_at <= paras[raw.para].start + 1:
            nxt = paras[raw.para + 1]
            m = _POST_DASH.match(text, nxt.start, nxt.end)
            if m is not None and m.start("sp") - nxt.start <= 3:
                s, e = m.span("sp")
                att = _Attribution(_mention(text, s, e), None, True)
        # a short quotation takes the previous one's speaker only right after it in the same
        # sentence ('Lee called him a "human leech" and a "spoiled brat."')
        same_para = prev_para == raw.para and (
            starts_sentence or words >= MIN_UNATTRIBUTED_WORDS
            or (prev_end > sent_lo and raw.open_at - prev_end <= MAX_LIST_GAP
                and _list_gap(text[prev_end + 1:raw.open_at])))
        if att is None and same_para and not starts_sentence and prev_end < sent_lo \
                and not raw.headline and raw.close_at is not None:
            # a quotation inside a later sentence of the paragraph has that sentence's
            # subject ("That letter demanded "..."") before the earlier quotation's speaker
            att = _subject_attribution(text, sent_lo, raw.open_at)
        next_para = (not raw.headline and starts_sentence and raw.para == prev_para + 1
                     and raw.open_at == paras[raw.para].start)
        if att is None and next_para and raw.close_at is not None:
            # '"..." ― Ann Lee' ending the paragraph a quotation opens signs it
            att = _signature(text, after, paras[raw.para].end, spans)
        if att is None and not raw.headline and prev_att is not None and (
                same_para or (next_para and not prev_att.signed)):
            # AP style: a paragraph opening with a quotation goes on with the last speaker,
            # unless that speaker signed the last quotation ('"..." ― Ann Lee')
            att, inherited = prev_att, True
        if att is None and not raw.headline and raw.para > 0 and starts_sentence \
                and raw.open_at <= paras[raw.para].start + 1:
            att = _colon_attribution(text, paras[raw.para - 1])
            if att is None and raw.close_at is not None and words >= MIN_SUBJECT_WORDS \
                    and text[after:para_hi].strip() in ("", "."):
                prev = paras[raw.para - 1]
                att = _last_subject(text, prev.start, prev.end, spans)
            inherited = att is not None
        if att is None and not raw.headline and pre == "" and raw.close_at is not None \
                and words >= MIN_SUBJECT_WORDS and sent_lo > paras[raw.para].start:
            # a quotation that is a sentence of its own after narration in its paragraph
            # ("Lee praised the plan. "We need it."") takes that sentence's subject
            att = _last_subject(text, paras[raw.para].start, sent_lo, spans)
            inherited = att is not None

        # only asked when no cue, or a loose one, attributes the quotation
        # (an exclamation or question a cue reports is speech: 'She declared "What a
        # Super Tuesday!"', and so is what is chanted or shouted: 'chanting "Dump Trump."')
        title_like = words <= MAX_TITLE_WORDS and (
            att is None or not (att.adjacent or words <= MAX_TITLE_ATTRIBUTED
                                or (att.cue is not None and tail[-1:] in "!?"))) \
            and _is_title_case(content) \
            and _word_before(text, sent_lo, raw.open_at) not in _UTTERANCE_FORMS
        if att is None and not raw.headline and pre and not title_like \
                and words >= MIN_SUBJECT_WORDS:
            att = _subject_attribution(text, sent_lo, raw.open_at)
            if att is None and pre.endswith(":"):
                att = _colon_speaker(text, raw.open_at, max(sent_lo, raw.open_at - WINDOW))
        elif att is None and not raw.headline and pre and raw.close_at is not None \
                and _sentence_has_cue(text, sent_lo, after, para_hi, spans):
            # a word or two in marks in a sentence that reports speech ("Lee called the
            # plan "reckless"") is a partial quotation of that sentence's subject, not a
            # scare quote
            att = _subject_attribution(text, sent_lo, raw.open_at)
        if raw.headline:
            if att is None and title_like:
                continue
        elif raw.close_at is None and (att is None or inherited or not att.adjacent):
            continue  # a mark never closed: rarely a quotation (diagnostic already noted)
        elif title_like and (att is None or not (att.adjacent or words <= MAX_TITLE_ATTRIBUTED)):
            continue  # a title of a work or a label, not speech
        elif words <= MAX_TITLE_WORDS and _WORK_BEFORE.search(text, max(lo, raw.open_at - 8),
                                                              raw.open_at) is not None \
                and tail[-1:] not in "!?" and _is_title_case(content):
            continue  # ABC's "This Week", an interview with "Fox and Friends": a named work
        elif att is None and raw.close_at is not None and (not pre or pre[-1] in _HEAD_MARKS) \
                and _BY_AUTHOR.match(text, raw.close_at + 1, para_hi) is not None:
            # '— "Museum to close in May," by Ann Lee': a headline and its author (not the
            # agent of a passive: 'has been called "a maze" by Ann Lee')
            continue

        if raw.headline:
            kind = "headline"
        elif att is None and words < MIN_UNATTRIBUTED_WORDS:
            kind = "scare"  # kept: in news copy most are a source's words, quoted in passing
        elif raw.last_para != raw.para:
            kind = "multi_paragraph"
        elif starts_sentence or (pre.endswith(",") and content[:1].isupper()):
            kind = "full"
        else:
            kind = "partial"
        speaker = att.speaker if att is not None else None
        cue = att.cue if att is not None else None
        resolved = None
        if speaker is not None:
            resolved = _resolve(text, speaker, history, raw.para, surnames, spans, body)
            if resolved is not None:
                history.append((raw.para, resolved, speaker.text.lower(), speaker.span.end))
        out.append(Quote(content, Span(content_s, content_e), speaker=speaker, cue=cue,
                         speaker_resolved=resolved, kind=kind))
        prev_end = content_e
        if not raw.headline:
            prev_para = raw.last_para
            prev_att = att if speaker is not None else None
    return tuple(out), tuple(notes)


def _passive_agent(text: str, lo: int, pos: int, after: int, hi: int) -> _Attribution | None:
    """``has been called "..." by Ann Lee``, ``often labeled as a "..." by critics``: a
    passive naming verb right before a quotation (at *pos*) and its agent right after it
    (from *after*): the agent is the speaker, not the verb's grammatical subject."""
    if _NAMING_PASSIVES.isdisjoint(text[max(lo, pos - 40):pos].split()[-3:]):
        return None  # no naming verb among the last words: the common case, no search
    m = _PASSIVE_NAMED.search(text, max(lo, pos - 60), pos)
    if m is None:
        return None
    agent = _AGENT_AFTER.match(text, after, hi)
    if agent is None:
        return None
    s, e = agent.span("sp")
    cs, ce = m.span("cue")
    return _Attribution(_mention(text, s, e), Mention(text[cs:ce], Span(cs, ce)), False)


def _last_subject(text: str, start: int, end: int,
                  spans: Sequence[tuple[int, int]]) -> _Attribution | None:
    """The subject of the last sentence of *text[start:end]* when that sentence holds no
    quotation: the source of a quotation that follows it as a sentence or paragraph of its
    own ("Lee praised the plan.\n\n"We need it."")."""
    end = _trim_end(text, start, end)
    if end <= start or _inside(spans, end - 1) or text[end - 1] in _CLOSING:
        return None
    lo = _sentence_start(text, max(start, end - WINDOW), end - 1, spans)
    # "The plan may stall, Schiff said.": the reporting clause's speaker
    att = _attribute_before(text, lo, end - 1, spans)
    if att is not None and att.speaker is not None and att.cue is not None \
            and att.cue.text.split(" ", 1)[0] in _CLAUSE_VERBS:
        return _Attribution(att.speaker, att.cue, False)
    return _subject_attribution(text, lo, end)


def _colon_speaker(text: str, pos: int, lo: int) -> _Attribution | None:
    """``... - Ann Lee and Bo Li: "..."``: a noun phrase right before the colon."""
    colon = text.rfind(":", lo, pos)
    if colon < 0:
        return None
    m = _NP_BEFORE_COLON.search(text, max(lo, colon - 80), colon)
    if m is None:
        return None
    s, e = m.span("sp")
    return _Attribution(_mention(text, s, e), Mention(":", Span(colon, colon + 1)), True)


def _colon_attribution(text: str, para: Span) -> _Attribution | None:
    """``Lee said:`` ending a paragraph: the speaker of a quotation opening the next one."""
    end = _trim_end(text, para.start, para.end)
    if end <= para.start or text[end - 1] != ":":
        return None
    lo = _sentence_start(text, max(para.start, end - WINDOW), end, ())
    att = _attribute_before(text, lo, end, ())  # the colon included: "Said Lee:"
    return att if att is not None else _subject_attribution(text, lo, end - 1)

