"""Properties of the structure stage over generated articles.

- The headline, byline, dateline, paragraphs, credits and boilerplate spans partition the
  article's non-blank text: every non-white-space character lies in exactly one of them.
- Inserting boilerplate lines between blocks leaves the paragraphs' texts unchanged.
- Any text at all parses without an exception, with every span in bounds.
- The speed paths change nothing: the regex line table equals the obvious loop, and the
  boilerplate prefilter (STARTS / TRIGGERS) never changes which rule matches a line.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdoc import ParseOptions
from newsdoc._lines import Line, split_lines
from newsdoc._rules.boilerplate import (
    BOILERPLATE_RULES,
    MAX_BOILERPLATE_CHARS,
    STARTS,
    TRIGGERS,
)
from newsdoc._structure import Structure, _compile_rules, _match_lines, extract_structure

OPTIONS = ParseOptions()

_WORDS = st.sampled_from(["ferry", "talks", "union", "harbor", "fees", "rose", "council",
                          "voted", "plan", "Monday", "said", "the", "of", "and", "in", "pay"])
_NAMES = st.sampled_from(["Ann Lee", "Bo Chan", "Ines Morrow", "Tobin Hale", "Mara Quist"])
_PLACES = st.sampled_from(["OSLO", "NEW YORK", "BEIRUT, Lebanon", "Portville"])
_AGENCIES = st.sampled_from(["Reuters", "AP", "AFP"])
_BOILERPLATE = st.sampled_from([r.example for r in BOILERPLATE_RULES])


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=3, max_size=14))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_sentence(), min_size=1, max_size=4)))


@st.composite
def _article_parts(draw: st.DrawFn) -> list[str]:
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(" ".join(draw(st.lists(_WORDS, min_size=2, max_size=8))).title())
    if draw(st.booleans()):
        parts.append("By " + " and ".join(draw(st.lists(_NAMES, min_size=1, max_size=3))))
    body = draw(st.lists(_paragraph(), min_size=1, max_size=8))
    if draw(st.booleans()):
        body[0] = f"{draw(_PLACES)} ({draw(_AGENCIES)}) - {body[0]}"
    parts.extend(body)
    if draw(st.booleans()):
        parts.append(f"(Reporting by {draw(_NAMES)}; Editing by {draw(_NAMES)})")
    return parts


def _assert_partition(text: str, s: Structure) -> None:
    owner = [0] * len(text)
    spans = []
    if s.headline is not None:
        spans.append((s.headline.span, s.headline.text))
    if s.byline is not None:
        spans.append((s.byline.span, s.byline.raw))
    if s.dateline is not None:
        spans.append((s.dateline.span, s.dateline.raw))
    spans.extend((p.span, p.text) for p in s.paragraphs)
    spans.extend((c.span, c.raw) for c in s.credits)
    spans.extend((b.span, b.text) for b in s.boilerplate)
    for span, value in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == value
        for i in range(span.start, span.end):
            owner[i] += 1
    for i, char in enumerate(text):
        if char.isspace():
            assert owner[i] <= 1
        else:
            assert owner[i] == 1, f"character {i} ({char!r}) is in {owner[i]} parts"


@given(_article_parts(), st.sampled_from(["\n\n", "\n\n\n", "\n \n"]))
def test_parts_partition_generated_articles(parts: list[str], sep: str) -> None:
    text = sep.join(parts) + "\n"
    _assert_partition(text, extract_structure(text, OPTIONS))


@given(_article_parts(), st.data())
def test_inserting_boilerplate_keeps_paragraphs(parts: list[str], data: st.DataObject) -> None:
    text = "\n\n".join(parts)
    before = [p.text for p in extract_structure(text, OPTIONS).paragraphs]
    mixed = list(parts)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        where = data.draw(st.integers(min_value=0, max_value=len(mixed)))
        mixed.insert(where, data.draw(_BOILERPLATE))
    noisy = "\n\n".join(mixed)
    s = extract_structure(noisy, OPTIONS)
    assert [p.text for p in s.paragraphs] == before
    _assert_partition(noisy, s)


_PIECES = st.sampled_from([*"aB .,-—()|/:;'\"\n\t©1", "By ", "(Reuters)", "OSLO", "views",
                           "Reporting by ", "\n\n"])


@given(st.lists(_PIECES, max_size=120).map("".join))
def test_any_text_parses_and_partitions(text: str) -> None:
    _assert_partition(text, extract_structure(text, OPTIONS))


@given(st.text(max_size=300))
def test_unicode_text_parses_and_partitions(text: str) -> None:
    _assert_partition(text, extract_structure(text, OPTIONS))


# --------------------------------------------------------------------------------------
# The speed paths change nothing: the regex line table and the boilerplate prefilter.


def _reference_lines(text: str) -> list[Line]:
    """The line table by the obvious loop (what :func:`split_lines` must equal)."""
    out: list[Line] = []
    pos, gap = 0, True
    for raw in text.split("\n"):
        stripped = raw.lstrip()
        if stripped:
            indent = len(raw) - len(stripped)
            out.append(Line(pos + indent, pos + indent + len(stripped.rstrip()), indent, gap))
            gap = False
        else:
            gap = True
        pos += len(raw) + 1
    return out


_SPACEY = st.lists(st.sampled_from(["a", "Z", " ", "\t", "\n", "\r", "\xa0", "\x1c", "\u2028",
                                    "\x85", "\x0b", "é", "\n\n"]), max_size=40).map("".join)


@given(st.one_of(_SPACEY, st.text(max_size=80)))
def test_split_lines_equals_the_obvious_loop(text: str) -> None:
    assert split_lines(text) == _reference_lines(text)


_COMPILED = [(r.name, regex.compile(r.pattern, regex.IGNORECASE)) for r in BOILERPLATE_RULES]


def _reference_rule(text: str, line: Line) -> str | None:
    """The first built-in rule matching the whole line, tried without any prefilter."""
    for name, pattern in _COMPILED:
        if pattern.fullmatch(text, line.start, line.end):
            return name
    return None


_VOCAB = sorted({w for words in STARTS.values() for w in words}
                | {w for words in TRIGGERS.values() for w in words}
                | {"Photo", "AP", "Getty Images", "Jane Roe/AP", "(AP Photo/Ann Lee)", "View",
                   "full size image", "Read more", "Share this:", "Credit:", "Source:", "FILE -",
                   "In this", "file photo", "@annlee", "555-010-4543", "twitter.com/x",
                   "all rights reserved", "We use cookies", "ad blocker", "JavaScript", "here",
                   "us", "on", "the", "ferry", "said", "2016", "Feb 3", ":", ".", ",", "|", "(",
                   ")", "[", "]", "/", "-", "—", "…", "\xa0", "İ", "ſhare", "coo\u212aie", "ı"})
_RULE_LINE = st.one_of(
    st.sampled_from([r.example for r in BOILERPLATE_RULES]),
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=8).map(" ".join),
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=8).map("".join),
).map(lambda line: line.swapcase() if line[:1] == "x" else line)


@given(st.lists(_RULE_LINE, min_size=1, max_size=6), st.sampled_from(["\n", "\n\n"]))
def test_prefilter_never_changes_which_rule_matches(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    table = split_lines(text)
    rules = _compile_rules(frozenset(), ())
    got = _match_lines(rules, text, table, MAX_BOILERPLATE_CHARS, 10**6)
    assert got == [_reference_rule(text, line) for line in table]
