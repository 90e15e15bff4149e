"""Public entry points: orchestration only (source -> segments -> articles -> Bundle)."""

from __future__ import annotations

import contextlib
import gc
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Union

import attrs

from ._bundle import LineIndex, decode_escapes, split_bundle, to_diagnostics
from ._errors import ParseError
from ._model import Bundle, Diagnostic, Location
from ._options import ParseOptions
from ._pipeline import Draft, build_articles
from ._source import decode_bytes, list_directory

__all__ = ["Source", "iter_bundles", "parse"]

#: What :func:`parse` accepts.
Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]

_ACCEPTED = ("str (article or bundle text), bytes (UTF-8 text) or os.PathLike "
             "(a file, or a directory of NNN_<id>.txt files)")


#: The options of a call that passes none (frozen, so one object serves every call).
_DEFAULT_OPTIONS = {False: ParseOptions(), True: ParseOptions(strict=True)}


def _options(options: ParseOptions | None, strict: bool) -> ParseOptions:
    if options is None:
        return _DEFAULT_OPTIONS[strict]
    if not isinstance(options, ParseOptions):
        raise TypeError(f"options must be a newsdoc.ParseOptions, got {type(options).__name__}")
    if strict and not options.strict:
        return attrs.evolve(options, strict=True)
    return options


def parse(source: Source, *, strict: bool = False,
          options: ParseOptions | None = None) -> Bundle:
    """Parse one bundle of articles.

    *source* is

    - a ``str``: the text of one article, or of several separated by ``|||||`` (Multi-News
      ``NEWLINE_CHAR`` escapes are decoded to newlines);
    - ``bytes``: the same, as UTF-8 (a BOM is stripped; undecodable bytes become U+FFFD with
      an ``invalid-utf8`` diagnostic);
    - an ``os.PathLike`` to a file (its text, as above) or to a directory of numbered article
      files ``NNN_<id>.txt`` (read in numeric order; ``index`` is ``NNN``, ``doc_id`` the id).

    Problems are recorded as :class:`Diagnostic` objects on the bundle and its articles. With
    ``strict=True`` (or ``options.strict``) the first problem raises :class:`ParseError`
    naming file, line and column instead.

    >>> bundle = parse("Rain today ||||| Sun tomorrow ||||")
    >>> [a.source_text.strip() for a in bundle]
    ['Rain today', 'Sun tomorrow']
    >>> [d.code for d in bundle.diagnostics]
    ['malformed-delimiter']

    :raises TypeError: *source* is none of the accepted types.
    :raises FileNotFoundError: the path does not exist.
    :raises ParseError: in strict mode, on the first problem.
    """
    opts = _options(options, strict)
    if isinstance(source, str):
        return _finish(_text_bundle(source, opts, path=None, line=1,
                                    notes=_path_hint(source)), opts)
    if isinstance(source, (bytes, bytearray, memoryview)):
        text, notes = decode_bytes(bytes(source))
        return _finish(_text_bundle(text, opts, path=None, line=1, notes=notes), opts)
    if isinstance(source, os.PathLike):
        path = Path(os.fspath(source))
        if path.is_dir():
            return _finish(_directory_bundle(path, opts), opts)
        if not path.exists():
            raise FileNotFoundError(2, "No such file or directory", str(path))
        text, notes = decode_bytes(path.read_bytes(), path=str(path))
        notes.extend(_lines_hint(text, str(path)))
        return _finish(_text_bundle(text, opts, path=str(path), line=1, notes=notes), opts)
    raise TypeError(f"parse() accepts {_ACCEPTED}; got {type(source).__name__}")


def iter_bundles(source: os.PathLike[str] | IO[bytes] | IO[str] | str, *, strict: bool = False,
                 options: ParseOptions | None = None, jobs: int | None = 1,
                 progress: bool | None = None) -> Iterator[Bundle]:
    """Stream a one-cluster-per-line file (the Multi-News ``.src`` layout): one
    :class:`Bundle` per line, in constant memory.

    *source* is a path, an open binary or text file, or a ``str`` holding the lines. Each
    bundle's ``source`` gives the file and line number; offsets and columns of its articles
    and diagnostics count within that line. An empty line gives an empty bundle (so bundle
    *n* is always line *n*). Line ends (``\\n``, ``\\r\\n``) are not part of the text.

    ``jobs`` parses lines on that many processes (``None`` or ``0``: all cores), still in
    order and still streaming; ``progress`` draws a progress line on stderr (``None``: only
    on a terminal).

    >>> lines = "A one. ||||| A two. |||||\\nB one. |||||\\n"
    >>> [len(b) for b in iter_bundles(lines)]
    [2, 1]
    """
    opts = _options(options, strict)
    from ._parallel import parse_lines  # local: _parallel builds on this module

    if isinstance(source, str):
        hint = _path_hint(source)
        for bundle in parse_lines(io.StringIO(source), None, jobs=jobs, options=opts,
                                  progress=progress):
            if hint:
                bundle = attrs.evolve(bundle, diagnostics=(*hint, *bundle.diagnostics))
                hint = []
            yield bundle
        return
    if isinstance(source, os.PathLike):
        path = Path(os.fspath(source))
        if not path.exists():
            raise FileNotFoundError(2, "No such file or directory", str(path))
        if path.is_dir():
            raise IsADirectoryError(21, "iter_bundles() reads a file of one cluster per line; "
                                        "use parse() for a directory", str(path))
        with path.open("rb") as handle:
            yield from parse_lines(handle, str(path), jobs=jobs, options=opts, progress=progress)
        return
    if isinstance(source, (io.IOBase, io.TextIOBase)) or hasattr(source, "readline"):
        name = getattr(source, "name", None)
        yield from parse_lines(source, name if isinstance(name, str) else None, jobs=jobs,
                               options=opts, progress=progress)
        return
    raise TypeError("iter_bundles() accepts os.PathLike, an open file or str; "
                    f"got {type(source).__name__}")


def _line_bundles(lines: Iterable[bytes | str], path: str | None,
                  opts: ParseOptions, *, first_line: int = 1) -> Iterator[Bundle]:
    for number, line in enumerate(lines, start=first_line):
        notes: list[Diagnostic] = []
        if isinstance(line, bytes):
            text, notes = decode_bytes(line, path=path, line=number)
        else:
            text = str(line)
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if text.endswith("\n"):
            text = text[:-2] if text.endswith("\r\n") else text[:-1]
        bundle = _text_bundle(text, opts, path=path, line=number, notes=notes)
        if bundle.source is None:
            bundle = attrs.evolve(bundle, source=Location(None, number, 1, 0))
        yield _finish(bundle, opts)


def _path_hint(text: str) -> list[Diagnostic]:
    if len(text) < 1024 and "\n" not in text and text.strip() and os.path.exists(text):
        return [Diagnostic("text-is-a-path",
                           f"the str {text!r} names an existing path but is parsed as text; "
                           "pass pathlib.Path(...) to read the file", severity="info")]
    return []


def _lines_hint(text: str, path: str) -> list[Diagnostic]:
    ends = sum(1 for line in text.splitlines()[:1000] if line.rstrip().endswith("|||||"))
    if ends >= 2:
        return [Diagnostic("one-cluster-per-line",
                           f"{ends} lines end with a delimiter: this looks like one cluster "
                           "per line; read it with iter_bundles() (or newsdoc --lines) to get "
                           "one bundle per line", Location(path), severity="info")]
    return []


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one bundle is built.

    A bundle is hundreds of thousands of small objects (spans, locations, diagnostics...)
    that all survive, none in a reference cycle: the collector finds nothing to free, yet
    each full collection walks every one of them again (38,000 one-line articles: eight
    full collections, a third of the parse). Reference counting frees memory as usual
    meanwhile. The collector is switched back on afterwards only if it was on, and is never
    left off while :func:`iter_bundles` has yielded to the caller.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _text_bundle(text: str, opts: ParseOptions, *, path: str | None, line: int,
                 notes: list[Diagnostic]) -> Bundle:
    with _gc_paused():
        return _build_text_bundle(text, opts, path=path, line=line, notes=notes)


def _build_text_bundle(text: str, opts: ParseOptions, *, path: str | None, line: int,
                       notes: list[Diagnostic]) -> Bundle:
    split = split_bundle(text, opts.max_listed_problems)
    lines = LineIndex(text, path=path, line=line)
    notes = notes + to_diagnostics(split.problems, lines)
    _check_strict(notes, opts)
    drafts = []
    for index, span in enumerate(split.segments):
        raw = text[span.start:span.end]
        decoded = decode_escapes(raw)
        drafts.append(Draft(decoded, index, None, lines.location(span.start),
                            None if decoded is raw else raw))
    articles = build_articles(drafts, opts)
    return Bundle(tuple(articles), tuple(notes), Location(path, line, 1, 0) if path else None,
                  split.separators)


def _directory_bundle(directory: Path, opts: ParseOptions) -> Bundle:
    files, notes = list_directory(directory, opts)
    _check_strict(notes, opts)
    drafts = []
    for f in files:
        readable = True
        try:
            data = f.path.read_bytes()
        except OSError as err:
            notes.append(Diagnostic("unreadable-file", f"cannot read {f.path.name!r}: "
                                    f"{err.strerror or err}", Location(str(f.path))))
            _check_strict(notes, opts)
            data, readable = b"", False
        text, file_notes = decode_bytes(data, path=str(f.path))
        if readable and not text.strip():
            file_notes.append(Diagnostic("empty-file", f"{f.path.name!r} has no text",
                                         Location(str(f.path))))
        _check_strict(file_notes, opts)
        decoded = decode_escapes(text)
        drafts.append(Draft(decoded, f.number, f.doc_id, Location(str(f.path), 1, 1, 0),
                            None if decoded is text else text, tuple(file_notes)))
    if not files:
        notes.append(Diagnostic("empty-directory",
                                "the directory holds no NNN_<id>.txt article files",
                                Location(str(directory))))
        _check_strict(notes, opts)
    return Bundle(tuple(build_articles(drafts, opts)), tuple(notes),
                  Location(str(directory), 1, 1, 0))


def _check_strict(notes: list[Diagnostic], opts: ParseOptions) -> None:
    if opts.strict:
        for note in notes:
            if note.severity != "info":
                raise ParseError.from_diagnostic(note)


def _finish(bundle: Bundle, opts: ParseOptions) -> Bundle:
    if opts.strict:
        for article in bundle:
            _check_strict(list(article.diagnostics), opts)
    return bundle

