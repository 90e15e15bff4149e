"""Many bundles on many cores, in order, with an optional progress bar."""

from __future__ import annotations

import collections
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, Any, TypeVar

from ._api import Source, _gc_paused, _line_bundles, _options, parse
from ._model import Bundle
from ._options import ParseOptions

__all__ = ["Progress", "map_lines", "map_sources", "parse_lines", "parse_many"]

_T = TypeVar("_T")
_R = TypeVar("_R")


class Progress:
    """A small progress line on a terminal: count, rate and elapsed time.

    It draws only when *stream* is a TTY (or ``enabled=True``), at most ten times a second.

    >>> import io
    >>> bar = Progress(stream=io.StringIO(), enabled=True, unit="bundles")
    >>> bar.update(3); bar.close()
    >>> bar.count
    3
    """

    def __init__(self, *, stream: IO[str] | None = None, enabled: bool | None = None,
                 unit: str = "bundles", total: int | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.unit = unit
        self.total = total
        self.count = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    def update(self, n: int = 1) -> None:
        """Count *n* more items and redraw if it is time to."""
        self.count += n
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        self.stream.write(f"\rnewsdoc: {self.count}{of} {self.unit} "
                          f"({self.count / elapsed:.0f}/s, {elapsed:.0f} s)")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final line and end it."""
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _apply(function: Callable[[_T], _R], batch: list[_T]) -> bytes:
    """Run *function* over a batch in a worker and pickle the results here.

    The pool would pickle them anyway; doing it here hands the parent one bytes object,
    which it unpickles itself with the cyclic garbage collector paused (see
    :func:`_unpickled`), instead of the pool's result thread doing it with the collector
    on, which is about three times slower for parsed bundles.
    """
    results = [function(item) for item in batch]
    with _gc_paused():  # pickling makes a dict per object: no collections over the batch
        return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(data: bytes) -> list[Any]:
    """The results of a batch, unpickled with the garbage collector paused: they are
    thousands of small objects in no reference cycle, which the collector would walk again
    and again while they are made."""
    with _gc_paused():
        results: list[Any] = pickle.loads(data)
    return results


def _batches(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered_map(function: Callable[[_T], _R], items: Iterable[_T], jobs: int, *,
                 batch: int, options: ParseOptions) -> Iterator[_R]:
    """``map`` on a process pool, in order. Items travel in batches of *batch* (fewer round
    trips), and at most ``4 * jobs`` batches are in flight, so a huge input is never read
    ahead into memory."""
    if "quotes" in options.extract:
        # compile the quote patterns once here, before the pool starts: forked workers
        # inherit them instead of each compiling them again
        from . import _quotes  # noqa: F401
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: collections.deque[Future[bytes]] = collections.deque()
        for chunk in _batches(items, batch):
            pending.append(pool.submit(_apply, function, chunk))
            if len(pending) >= 4 * jobs:
                yield from _unpickled(pending.popleft().result())
        while pending:
            yield from _unpickled(pending.popleft().result())


def _identity(bundle: Bundle) -> Bundle:
    return bundle


def _parse_task(task: tuple[Callable[[Bundle], _R], Source, ParseOptions]) -> _R:
    function, source, options = task
    return function(parse(source, options=options))


def _line_task(task: tuple[Callable[[Bundle], _R], bytes | str, str | None, int,
                           ParseOptions]) -> _R:
    function, line, path, number, options = task
    (bundle,) = _line_bundles([line], path, options, first_line=number)
    return function(bundle)


def _jobs(jobs: int | None) -> int:
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0 (0 or None: all cores), got {jobs}")
    return jobs


def parse_many(sources: Iterable[Source], *, jobs: int | None = 1, strict: bool = False,
               options: ParseOptions | None = None,
               progress: bool | None = None) -> Iterator[Bundle]:
    """Parse many bundles, on *jobs* processes, yielding them in input order.

    Each item of *sources* is anything :func:`parse` accepts. ``jobs=None`` or ``0`` uses all
    cores; ``jobs=1`` runs in this process. ``progress`` draws a progress line on stderr
    (``None``: only when stderr is a terminal). Results are identical whatever ``jobs`` is.

    Parsed bundles travel back from the worker processes by pickling, which costs about half
    as much as parsing them; when only part of each bundle is needed, reduce it in the worker
    (see :doc:`scale`).

    >>> texts = ["A one. ||||| A two.", "B one."]
    >>> [len(b) for b in parse_many(texts, options=ParseOptions(extract=()))]
    [2, 1]
    """
    return map_sources(_identity, sources, jobs=jobs, options=_options(options, strict),
                       progress=progress)


def map_sources(function: Callable[[Bundle], _R], sources: Iterable[Source], *,
                jobs: int | None, options: ParseOptions,
                progress: bool | None = None) -> Iterator[_R]:
    """``function(parse(source))`` for each source, run in the workers, in input order."""
    workers = _jobs(jobs)
    bar = Progress(enabled=progress)
    try:
        if workers == 1:
            results: Iterator[_R] = (function(parse(s, options=options)) for s in sources)
        else:
            results = _ordered_map(_parse_task, ((function, s, options) for s in sources),
                                   workers, batch=4, options=options)
        for result in results:
            bar.update()
            yield result
    finally:
        bar.close()


def parse_lines(lines: Iterable[bytes | str], path: str | None, *, jobs: int | None,
                options: ParseOptions, progress: bool | None = None) -> Iterator[Bundle]:
    """One bundle per line of *lines* (bytes or str), parsed on *jobs* processes, in order."""
    return map_lines(_identity, lines, path, jobs=jobs, options=options, progress=progress)


def map_lines(function: Callable[[Bundle], _R], lines: Iterable[bytes | str],
              path: str | None, *, jobs: int | None, options: ParseOptions,
              progress: bool | None = None) -> Iterator[_R]:
    """``function(bundle)`` for the bundle of each line, run in the workers, in order."""
    bar = Progress(enabled=progress)
    workers = _jobs(jobs)
    try:
        if workers == 1:
            for bundle in _line_bundles(lines, path, options):
                bar.update()
                yield function(bundle)
            return
        tasks = ((function, line, path, number, options)
                 for number, line in enumerate(lines, start=1))
        for result in _ordered_map(_line_task, tasks, workers, batch=32, options=options):
            bar.update()
            yield result
    finally:
        bar.close()
