"""The ``newsdoc`` command: JSON Lines of articles, or a summary of the bundled example."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import BinaryIO, TextIO

from . import __version__
from ._api import parse
from ._errors import ParseError
from ._model import Bundle
from ._options import EXTRACTORS, ParseOptions
from ._parallel import map_lines, map_sources

EXAMPLE = "example_bundle.txt"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsdoc",
        description="Parse news bundles and write one JSON object per article (JSON Lines) to "
                    "stdout. With no PATH, parse the example bundle shipped with newsdoc and "
                    "print a summary.")
    p.add_argument("paths", nargs="*", metavar="PATH", type=Path,
                   help="a text file, a one-cluster-per-line file (with --lines) or a "
                        "directory of NNN_<id>.txt files")
    p.add_argument("--lines", action="store_true",
                   help="read each file as one cluster per line (Multi-News .src layout)")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first problem with an error on stderr (exit status 1)")
    p.add_argument("--extract", default=",".join(sorted(EXTRACTORS)),
                   help="comma-separated stages to run: structure, quotes, money "
                        "(empty: split only); default all")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="parse on N processes, output still in input order (0: all cores)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="draw a progress line on stderr (default: only on a terminal)")
    p.add_argument("--version", action="version", version=f"newsdoc {__version__}")
    return p


def _render(bundle: Bundle) -> tuple[bytes, tuple[str, ...]]:
    """One bundle as UTF-8 JSON Lines plus its notes for stderr. Runs in the worker
    processes, so only bytes travel back to the writer, which has nothing left to do."""
    source = bundle.source
    where = None if source is None else {"path": source.path, "line": source.line}
    out = "".join(json.dumps({"bundle": where, **article.to_dict()}, ensure_ascii=False) + "\n"
                  for article in bundle)
    return out.encode("utf-8", "surrogateescape"), tuple(str(n) for n in bundle.diagnostics)


def _rendered(args: argparse.Namespace, options: ParseOptions
              ) -> Iterator[tuple[bytes, tuple[str, ...]]]:
    paths: list[Path] = args.paths
    if not args.lines:
        yield from map_sources(_render, paths, jobs=args.jobs, options=options,
                               progress=args.progress)
        return
    for path in paths:
        if path.is_dir():
            yield _render(parse(path, options=options))
            continue
        if not path.exists():
            raise FileNotFoundError(2, "No such file or directory", str(path))
        with path.open("rb") as handle:
            yield from map_lines(_render, handle, str(path), jobs=args.jobs, options=options,
                                 progress=args.progress)


def _summary(bundle: Bundle, out: TextIO) -> None:
    out.write(f"newsdoc {__version__}: example bundle, {len(bundle)} articles\n")
    for d in bundle.diagnostics:
        out.write(f"  note: {d}\n")
    for a in bundle:
        out.write(f"\n[{a.index}] {a.headline.text if a.headline else '(no headline)'}\n")
        if a.byline:
            out.write(f"  byline:    {', '.join(n.text for n in a.byline.authors)}\n")
        if a.dateline:
            out.write(f"  dateline:  {a.dateline.raw}\n")
        out.write(f"  body:      {len(a.paragraphs)} paragraphs, "
                  f"{len(a.boilerplate)} boilerplate lines removed\n")
        for q in a.quotes:
            who = q.speaker.text if q.speaker else "?"
            out.write(f"  quote:     {who}: \u201c{q.text[:60]}\u201d\n")
        for m in a.money:
            out.write(f"  money:     {m.text} = {m.value} {m.currency}\n")
        for c in a.credits:
            out.write(f"  credit:    {c.role}: {', '.join(n.text for n in c.names)}\n")
        for d in a.diagnostics:
            out.write(f"  note:      {d.code}: {d.message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    extract = frozenset(x.strip() for x in args.extract.split(",") if x.strip())
    try:
        options = ParseOptions(strict=args.strict, extract=extract)
    except ValueError as err:
        print(f"newsdoc: {err}", file=sys.stderr)
        return 2
    if args.jobs < 0:
        print("newsdoc: --jobs must be >= 0", file=sys.stderr)
        return 2
    out = sys.stdout
    if not args.paths:
        text = resources.files("newsdoc").joinpath(EXAMPLE).read_text(encoding="utf-8")
        try:
            _summary(parse(text, options=options), out)
        except ParseError as err:
            print(f"newsdoc: {err}", file=sys.stderr)
            return 1
        return 0
    out.flush()
    binary: BinaryIO | None = getattr(out, "buffer", None)
    try:
        for data, notes in _rendered(args, options):
            for note in notes:
                print(f"newsdoc: {note}", file=sys.stderr)
            if binary is not None:
                binary.write(data)
            else:
                out.write(data.decode("utf-8", "surrogateescape"))
        if binary is not None:
            binary.flush()
    except ParseError as err:
        print(f"newsdoc: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. `newsdoc x | head`
        return 0
    except OSError as err:
        print(f"newsdoc: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
