"""The typed data model: frozen, slotted attrs value classes.

Every extracted item carries a :class:`Span` of half-open character offsets into its
article's :attr:`Article.source_text`, so ``article.source_text[x.span.start:x.span.end]``
is always the text the item was read from.

Every class converts to plain JSON-ready dicts with ``to_dict()`` and back with
``from_dict()``; decimals become strings, dates ISO 8601 strings.
"""

from __future__ import annotations

import datetime as _dt
import operator
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TypeVar, overload

import attrs

__all__ = [
    "Article",
    "Boilerplate",
    "Bundle",
    "Byline",
    "Credit",
    "DateStamp",
    "Dateline",
    "Diagnostic",
    "Headline",
    "Location",
    "Mention",
    "Money",
    "Paragraph",
    "Quote",
    "Separator",
    "Span",
]

_R = TypeVar("_R", bound="_Record")


class _Record:
    """Mixin giving every model class ``to_dict`` / ``from_dict``."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Pickle as the class and its field values, rebuilt with the constructor.

        attrs' slotted classes would pickle a dict of field names per object; parsed bundles
        travel between processes as hundreds of thousands of small objects, and the plain
        tuple halves the pickling time and shrinks the data.

        >>> Span(4, 9).__reduce__()
        (<class 'newsdoc._model.Span'>, (4, 9))
        """
        cls = type(self)
        getter = _FIELD_GETTERS.get(cls)
        if getter is None:
            getter = _FIELD_GETTERS[cls] = _field_getter(cls)
        return cls, getter(self)

    def to_dict(self) -> dict[str, Any]:
        """Return a plain dict of JSON-ready values (see :func:`_dump`)."""
        out: dict[str, Any] = {}
        for field in attrs.fields(typing.cast(Any, type(self))):
            out[field.name] = _dump(getattr(self, field.name))
        return out

    @classmethod
    def from_dict(cls: type[_R], data: typing.Mapping[str, Any]) -> _R:
        """Rebuild an object from the output of :meth:`to_dict`."""
        if not isinstance(data, typing.Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}")
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        for field in attrs.fields(typing.cast(Any, cls)):
            if field.name in data:
                kwargs[field.name] = _load(hints[field.name], data[field.name])
        return cls(**kwargs)


_HINTS: dict[type, dict[str, Any]] = {}
_FIELD_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _field_getter(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A function returning the field values of a *cls* object as a tuple, in order."""
    names = [f.name for f in attrs.fields(typing.cast(Any, cls))]
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    getter: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
    return getter


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def _dump(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(args[0], value)
    if origin is tuple:
        (inner, *_rest) = typing.get_args(hint)
        return tuple(_load(inner, v) for v in value)
    if isinstance(hint, type):
        if issubclass(hint, _Record):
            return hint.from_dict(value)
        if hint is Decimal:
            return Decimal(value)
        if hint is _dt.datetime:
            return _dt.datetime.fromisoformat(value)
        if hint is _dt.date:
            return _dt.date.fromisoformat(value)
    return value


@attrs.frozen
class Span(_Record):
    """A half-open range ``[start, end)`` of character offsets.

    >>> span = Span(4, 9)
    >>> span.slice("The quick fox")
    'quick'
    >>> len(span), span.to_dict()
    (5, {'start': 4, 'end': 9})
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            if self.start < 0:
                raise ValueError(f"Span.start must be >= 0, got {self.start}")
            raise ValueError(f"Span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    # Spans order by (start, end). Written out rather than generated by attrs: sorting spans
    # is on hot paths, and attrs' generic ordering builds tuples through getattr.
    def __lt__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def shift(self, delta: int) -> Span:
        """Return the same span moved by *delta* characters.

        >>> Span(1, 3).shift(10)
        Span(start=11, end=13)
        """
        return Span(self.start + delta, self.end + delta)


@attrs.frozen
class Location(_Record):
    """Where something sits in the user's input.

    ``path`` is the file (``None`` for in-memory text), ``line`` and ``column`` are 1-based,
    ``offset`` is the 0-based character offset in the decoded text of that file (or, for
    bundles read line by line with :func:`newsdoc.iter_bundles`, in that line).

    >>> loc = Location("cluster.src", line=3, column=17, offset=16)
    >>> str(loc)
    'cluster.src:3:17'
    """

    path: str | None = None
    line: int = 1
    column: int = 1
    offset: int = 0

    def __str__(self) -> str:
        return f"{self.path or '<text>'}:{self.line}:{self.column}"


@attrs.frozen
class Diagnostic(_Record):
    """A problem found in the input that did not stop parsing.

    ``code`` is a stable machine-readable name (see :doc:`diagnostics`), ``message`` says what
    happened, ``location`` where in the input, and ``span`` (when the problem is inside an
    article) the offsets into that article's source text. ``severity`` is ``"warning"`` for
    malformed input and ``"info"`` for notes that need no action.

    >>> d = Diagnostic("empty-segment", "empty segment", Location(line=1, column=9, offset=8))
    >>> str(d)
    '<text>:1:9: empty-segment: empty segment'
    """

    code: str
    message: str
    location: Location | None = None
    span: Span | None = None
    severity: str = "warning"

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location is not None else ""
        return f"{where}{self.code}: {self.message}"


@attrs.frozen
class Mention(_Record):
    """A piece of text with its span: a name, a speaker, a cue.

    >>> Mention("Zebari", Span(0, 6)).text
    'Zebari'
    """

    text: str
    span: Span


@attrs.frozen
class Headline(_Record):
    """The article's headline.

    >>> Headline("Talks resume", Span(0, 12)).text
    'Talks resume'
    """

    text: str
    span: Span


@attrs.frozen
class Byline(_Record):
    """A byline: the raw line, the authors as separate names and an agency when one is named.

    >>> b = Byline("By Ann Lee", Span(0, 10), authors=(Mention("Ann Lee", Span(3, 10)),))
    >>> [a.text for a in b.authors]
    ['Ann Lee']
    """

    raw: str
    span: Span
    authors: tuple[Mention, ...] = ()
    agency: str | None = None
    title: str | None = None


@attrs.frozen
class Dateline(_Record):
    """A dateline such as ``"MOSCOW, Feb 12 (Reuters) -"``.

    ``month``/``day``/``year`` are what the dateline says (``year`` is ``None`` when it gives
    none); ``date`` is set only when the full date is known or was resolved against
    :attr:`ParseOptions.reference_date`.

    >>> d = Dateline("MOSCOW (Reuters) -", Span(0, 18), place="MOSCOW", agency="Reuters")
    >>> d.place, d.agency
    ('MOSCOW', 'Reuters')
    """

    raw: str
    span: Span
    place: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None
    date: _dt.date | None = None


@attrs.frozen
class Paragraph(_Record):
    """A body paragraph or a section heading (``kind == "heading"``).

    >>> Paragraph("Talks went well.", Span(20, 36)).kind
    'paragraph'
    """

    text: str
    span: Span
    kind: str = "paragraph"


@attrs.frozen
class Credit(_Record):
    """One role of a credit line, e.g. ``Writing by Christian Lowe``.

    >>> ann = Mention("Ann Lee", Span(11, 18))
    >>> c = Credit("writing", (ann,), "Writing by Ann Lee", Span(0, 18))
    >>> c.role, [n.text for n in c.names]
    ('writing', ['Ann Lee'])
    """

    role: str
    names: tuple[Mention, ...]
    raw: str
    span: Span


@attrs.frozen
class DateStamp(_Record):
    """A published or updated date read from a line such as ``Last Updated: 07/27/2016``.

    ``ambiguous`` is true when day and month could be swapped and
    :attr:`ParseOptions.dayfirst` decided.

    >>> import datetime
    >>> when = datetime.datetime(2016, 7, 27)
    >>> s = DateStamp("updated", when, "Last Updated: 07/27/2016", Span(0, 24))
    >>> s.value.year
    2016
    """

    kind: str
    value: _dt.datetime
    raw: str
    span: Span
    ambiguous: bool = False


@attrs.frozen
class Boilerplate(_Record):
    """A line removed from the body, with the name of the rule that removed it.

    >>> Boilerplate("views", "262 views", Span(0, 9)).rule
    'views'
    """

    rule: str
    text: str
    span: Span


@attrs.frozen
class Quote(_Record):
    """A direct quotation.

    ``text`` is the quoted text without its marks and ``span`` its offsets; ``speaker`` is the
    speaker as written, ``cue`` the reporting verb or phrase, ``speaker_resolved`` the full name a
    pronoun or short reference points to (``None`` when not sure). ``kind`` is one of
    ``"full"``, ``"partial"``, ``"multi_paragraph"``, ``"headline"``, ``"scare"``.

    >>> q = Quote("We agree", Span(1, 9), speaker=Mention("Lee", Span(16, 19)))
    >>> q.speaker.text
    'Lee'
    """

    text: str
    span: Span
    speaker: Mention | None = None
    cue: Mention | None = None
    speaker_resolved: str | None = None
    kind: str = "full"


@attrs.frozen
class Money(_Record):
    """A monetary amount.

    ``amount`` is the number as written, ``multiplier`` the scale ("billion" -> 10**9, "cents"
    -> 0.01), ``value = amount * multiplier`` in the currency's major unit (``None`` when the
    text states no definite amount), ``value_high`` the top of a one-expression range.

    >>> from decimal import Decimal
    >>> m = Money("$3.7 billion", Span(0, 12), amount=Decimal("3.7"),
    ...           multiplier=Decimal("1000000000"), value=Decimal("3700000000"), currency="USD")
    >>> m.value, m.currency
    (Decimal('3700000000'), 'USD')
    """

    text: str
    span: Span
    amount: Decimal | None = None
    multiplier: Decimal = Decimal(1)
    value: Decimal | None = None
    value_high: Decimal | None = None
    currency: str | None = None
    approximate: bool = False


@attrs.frozen
class Article(_Record):
    """One article of a bundle.

    ``source_text`` is the article's text as given (Multi-News ``NEWLINE_CHAR`` escapes
    decoded to newlines; ``raw_text`` then holds the undecoded segment). ``index`` and
    ``doc_id`` place it in its bundle (for a directory, the ``NNN`` and ``<id>`` of
    ``NNN_<id>.txt``), ``location`` where it starts in the input. All spans index
    ``source_text``.

    >>> import newsdoc
    >>> article = newsdoc.parse("Rain ahead\\n\\nIt will rain, forecasters said.")[0]
    >>> article.index, article.headline.text
    (0, 'Rain ahead')
    """

    source_text: str
    index: int
    doc_id: str | None = None
    location: Location = Location()
    raw_text: str | None = None
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    credits: tuple[Credit, ...] = ()
    published: DateStamp | None = None
    updated: DateStamp | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    quotes: tuple[Quote, ...] = ()
    money: tuple[Money, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def raw(self) -> str:
        """The article exactly as it stood in the input (escapes not decoded)."""
        return self.source_text if self.raw_text is None else self.raw_text

    @property
    def text(self) -> str:
        """The clean body: paragraphs and section headings joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_record(self) -> dict[str, Any]:
        """A flat record (scalars and lists of strings) for pandas, Arrow or Parquet.

        The keys are listed in :doc:`records`.

        >>> import newsdoc
        >>> record = newsdoc.parse("Rain ahead\\n\\nIt will rain.")[0].to_record()
        >>> record["headline"], record["paragraphs"]
        ('Rain ahead', 1)
        """
        from ._records import article_record

        return article_record(self)


@attrs.frozen
class Separator(_Record):
    """Text of a bundle that lies between articles: a delimiter, and any empty segments.

    ``span`` indexes the bundle's input (the file text, or the line for
    :func:`newsdoc.iter_bundles`); ``kind`` names the delimiter form (see :doc:`format`).

    >>> Separator(Span(5, 10), "|||||", "delimiter").kind
    'delimiter'
    """

    span: Span
    text: str
    kind: str = "delimiter"


@attrs.frozen
class Bundle(_Record, Sequence[Article]):
    """A sequence of articles with the diagnostics found while reading them.

    ``source`` says where the bundle came from (file path and line for a cluster of a
    one-cluster-per-line file); ``separators`` keeps the delimiters between the articles,
    so articles' raw text and separators rebuild the input.

    >>> import newsdoc
    >>> bundle = newsdoc.parse("First story. ||||| Second story.")
    >>> len(bundle), [a.index for a in bundle]
    (2, [0, 1])
    """

    articles: tuple[Article, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    source: Location | None = None
    separators: tuple[Separator, ...] = ()

    def __len__(self) -> int:
        return len(self.articles)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Article]: ...

    def __getitem__(self, index: int | slice) -> Article | Sequence[Article]:
        return self.articles[index]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def records(self, kind: str = "articles") -> list[dict[str, Any]]:
        """Flat records of the bundle's ``"articles"``, ``"quotes"`` or ``"money"``.

        Quote and money records start with their article's ``index`` and ``doc_id``, so
        the three tables join on those keys (see :doc:`records`).

        >>> import newsdoc
        >>> bundle = newsdoc.parse("A ||||| B", options=newsdoc.ParseOptions(extract=()))
        >>> [r["index"] for r in bundle.records()]
        [0, 1]
        """
        from ._records import article_record, money_record, quote_record

        if kind == "articles":
            return [article_record(a) for a in self.articles]
        if kind == "quotes":
            return [quote_record(a, q) for a in self.articles for q in a.quotes]
        if kind == "money":
            return [money_record(a, m) for a in self.articles for m in a.money]
        raise ValueError(f"kind must be 'articles', 'quotes' or 'money', got {kind!r}")

    @property
    def all_diagnostics(self) -> tuple[Diagnostic, ...]:
        """The bundle's diagnostics followed by every article's, in order."""
        out = list(self.diagnostics)
        for article in self.articles:
            out.extend(article.diagnostics)
        return tuple(out)
