"""Article-structure benchmark: headlines, datelines, boilerplate precision/recall, speed.

Run ``PYTHONPATH=src python benchmarks/structure.py [--json] [-v] [--show-lost]``. Every
figure goes through ``newsdoc.parse`` so it measures what users get. Corpora are read from
``../shared/corpora`` beside the repository; hand labels for the unlabelled corpora live in
``benchmarks/labels`` (document, line number, yes/no, and a short hash of the line only to
check alignment).

Figures:

- PolNeAR train and dev: headline equal to the metadata title (case, spaces and final
  punctuation ignored; the metadata may add a subtitle after ";" that the text lacks);
  dateline agency equal to the metadata wire where both exist. Two loss figures:
  ``lines_lost`` is the share of non-blank lines removed as boilerplate (these texts are
  cleaned article bodies, but they still hold some furniture: "Getty.", "X.", "Follow Ann
  Lee on Twitter @alee"); ``prose_lost`` is the share of *prose* lines (10 words or more,
  the length of a real sentence) removed: every such removal is a suspect, and
  ``--show-lost`` lists the first 40 removed lines of each kind so a reviewer can judge.
- Reuters dev: dateline place, month and day all right; headline right.
- newspaper3k and Multi-News samples: boilerplate precision and recall per labelled line,
  on the TUNING labels (``<corpus>.json``: the rules were tuned on them, so they flatter),
  on the CHECK labels (``<corpus>-check.json``: a disjoint random sample labelled before
  the rules were changed and never tuned on) and pooled.
- Throughput of structure extraction on PolNeAR train text, in MB/s of CPU time: through
  ``newsdoc.parse`` and the stage alone.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
LABELS = Path(__file__).resolve().parent / "labels"
OPTIONS = newsdoc.ParseOptions(extract={"structure"})
_NEWLINE = re.compile(r" ?NEWLINE_CHAR ?")


def _article(text: str) -> newsdoc.Article:
    """Parse one article's text through the public API."""
    bundle = newsdoc.parse(text, options=OPTIONS)
    return bundle[0]


def _norm(text: str) -> str:
    """Headline comparison key: no case, no white space, no final punctuation."""
    return re.sub(r"\s+", "", text).casefold().rstrip(".!?;:,'\"’”")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


#: A removed line of at least this many words reads like prose, not furniture.
PROSE_WORDS = 10
#: How many removed lines of each kind ``--show-lost`` prints.
SHOW_LOST = 40


def polnear(split: str, verbose: bool, lost_log: list[str]) -> dict[str, float]:
    """Headline, dateline agency and boilerplate-loss figures on one PolNeAR split."""
    rows = _jsonl(CORPORA / "polnear" / f"polnear-{split}.jsonl")
    headline_ok = agency_pairs = agency_ok = wire_total = lines_total = lines_lost = 0
    prose_total = prose_lost = 0
    for row in rows:
        article = _article(row["text"])
        title = row["title"] or ""
        got = article.headline.text if article.headline else ""
        if _norm(got) in (_norm(title), _norm(title.split(";")[0])):
            headline_ok += 1
        elif verbose:
            print(f"  [{split} headline] {row['id']}: got {got[:70]!r} want {title[:70]!r}")
        wire = row.get("wire")
        if wire and wire not in ("None", "NA"):
            wire_total += 1
            if article.dateline is not None and article.dateline.agency:
                agency_pairs += 1
                if article.dateline.agency.casefold() == wire.casefold():
                    agency_ok += 1
                elif verbose:
                    print(f"  [{split} agency] {row['id']}: "
                          f"{article.dateline.agency!r} vs {wire!r}")
        lines = [line for line in row["text"].split("\n") if line.strip()]
        lines_total += len(lines)
        prose_total += sum(1 for line in lines if len(line.split()) >= PROSE_WORDS)
        lines_lost += len(article.boilerplate)
        for item in article.boilerplate:
            prose = len(item.text.split()) >= PROSE_WORDS
            prose_lost += prose
            lost_log.append(f"{'PROSE' if prose else 'short'} [{split}] {row['id'][:40]} "
                            f"{item.rule}: {item.text[:100]!r}")
    return {
        f"polnear_{split}_headline": headline_ok / len(rows),
        f"polnear_{split}_agency": agency_ok / agency_pairs if agency_pairs else 1.0,
        f"polnear_{split}_agency_coverage": agency_pairs / wire_total if wire_total else 1.0,
        f"polnear_{split}_lines_lost": lines_lost / lines_total,
        f"polnear_{split}_prose_lost": prose_lost / prose_total,
    }


def reuters(verbose: bool) -> dict[str, float]:
    """Dateline (place, month, day) and headline accuracy on Reuters dev."""
    rows = [r for r in _jsonl(CORPORA / "reuters" / "reuters-dev.jsonl")
            if not (r.get("dateline") and r["dateline"].get("kind") == "junk")]
    dl_total = dl_ok = head_ok = 0
    for row in rows:
        article = _article(row["text"])
        got = article.headline.text if article.headline else ""
        if _norm(got) == _norm(row["headline"]):
            head_ok += 1
        elif verbose:
            print(f"  [reuters headline] {row['id']}: {got[:60]!r} want {row['headline'][:60]!r}")
        gold = row.get("dateline")
        if not gold:
            continue
        dl_total += 1
        d = article.dateline
        place = (d.place or "") if d else ""
        ok = (d is not None and _norm(place) == _norm(gold.get("place") or "")
              and d.month == gold.get("month") and d.day == gold.get("day"))
        dl_ok += ok
        if not ok and verbose:
            print(f"  [reuters dateline] {row['id']}: got {d.raw if d else None!r} "
                  f"({place!r}, {d.month if d else None}, {d.day if d else None}) "
                  f"want {gold['text']!r}")
    return {"reuters_dateline": dl_ok / dl_total, "reuters_headline": head_ok / len(rows)}


def _line_numbers(text: str, spans: list[newsdoc.Span]) -> set[int]:
    """1-based numbers of the lines that the given spans start on."""
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    out = set()
    for span in spans:
        out.add(bisect.bisect_right(starts, span.start))
    return out


def _counts(name: str, load: Any, verbose: bool) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) against one labels file."""
    path = LABELS / f"{name}.json"
    labels = json.loads(path.read_text(encoding="utf-8"))["labels"]
    by_doc: dict[str, list[tuple[int, bool, str]]] = {}
    for doc, line, label, digest in labels:
        by_doc.setdefault(doc, []).append((line, label, digest))
    tp = fp = fn = 0
    for doc, items in by_doc.items():
        text = load(doc)
        lines = text.split("\n")
        article = _article(text)
        removed = _line_numbers(article.source_text, [b.span for b in article.boilerplate])
        if article.source_text != text:
            raise SystemExit(f"{name}: article text of {doc} differs from its input")
        for line, label, digest in items:
            actual = hashlib.sha1(lines[line - 1].strip().encode()).hexdigest()[:8]
            if actual != digest:
                raise SystemExit(f"{name}: label {doc}:{line} no longer matches the corpus")
            got = line in removed
            tp += got and label
            fp += got and not label
            fn += label and not got
            if verbose and got != label:
                kind = "FP" if got else "FN"
                print(f"  [{name} {kind}] {doc}:{line}: {lines[line - 1].strip()[:90]!r}")
    return tp, fp, fn


def _labelled(corpus: str, load: Any, verbose: bool) -> dict[str, float]:
    """Boilerplate precision/recall on the tuning labels, the check labels and pooled."""
    out: dict[str, float] = {}
    pooled = [0, 0, 0]
    for part, name in (("tune", corpus), ("check", f"{corpus}-check")):
        if not (LABELS / f"{name}.json").is_file():
            continue
        counts = _counts(name, load, verbose)
        pooled = [a + b for a, b in zip(pooled, counts, strict=True)]
        out.update(_scores(f"{corpus}_{part}", *counts))
    out.update(_scores(f"{corpus}_pooled", *pooled))
    return out


def _scores(prefix: str, tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision and recall under *prefix*."""
    return {f"{prefix}_precision": tp / (tp + fp) if tp + fp else 1.0,
            f"{prefix}_recall": tp / (tp + fn) if tp + fn else 1.0}


def newspaper3k(verbose: bool) -> dict[str, float]:
    """Boilerplate precision/recall on the labelled newspaper3k samples."""
    base = CORPORA / "newspaper3k" / "text"
    return _labelled("newspaper3k", lambda doc: (base / doc).read_text(encoding="utf-8"),
                     verbose)


def multinews(verbose: bool) -> dict[str, float]:
    """Boilerplate precision/recall on the labelled Multi-News samples."""
    clusters = (CORPORA / "multinews" / "multinews-dev.src").read_text(
        encoding="utf-8").split("\n")

    def load(doc: str) -> str:
        cluster, article = (int(x) for x in doc.split("/"))
        return _NEWLINE.sub("\n", clusters[cluster].split("|||||")[article])

    return _labelled("multinews", load, verbose)


def throughput() -> dict[str, float]:
    """MB/s of structure extraction on PolNeAR train text: through newsdoc.parse, and the
    stage alone (``extract_structure``). CPU time of this process, best of five runs, so
    other work on the machine does not count."""
    from newsdoc._structure import extract_structure  # the stage alone, for its own figure

    texts = [row["text"] for row in _jsonl(CORPORA / "polnear" / "polnear-train.jsonl")]
    size = sum(len(t.encode("utf-8")) for t in texts)
    stage_options = newsdoc.ParseOptions()

    def best(run: Any) -> float:
        out = float("inf")
        for _ in range(5):
            start = time.process_time()
            run()
            out = min(out, time.process_time() - start)
        return out

    full = best(lambda: [newsdoc.parse(text, options=OPTIONS) for text in texts])
    stage = best(lambda: [extract_structure(text, stage_options) for text in texts])
    return {"structure_mb_per_s": size / full / 1e6, "structure_stage_mb_per_s": size / stage / 1e6}


def main(argv: list[str] | None = None) -> int:
    """Print every figure; with ``--json`` end with one JSON line of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON line at the end")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--show-lost", action="store_true",
                        help=f"list the first {SHOW_LOST} PolNeAR lines removed as boilerplate "
                        "(prose-length ones first)")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print("corpora not found, skipped")
        return 0
    figures: dict[str, float] = {}
    lost: list[str] = []
    figures.update(polnear("train", args.verbose, lost))
    figures.update(polnear("dev", args.verbose, lost))
    if args.show_lost or args.verbose:
        prose = [line for line in lost if line.startswith("PROSE")]
        short = [line for line in lost if not line.startswith("PROSE")]
        print(f"PolNeAR lines removed as boilerplate: {len(prose)} prose-length, "
              f"{len(short)} short")
        for line in prose[:SHOW_LOST] + short[:SHOW_LOST]:
            print(f"  {line}")
    figures.update(reuters(args.verbose))
    figures.update(newspaper3k(args.verbose))
    figures.update(multinews(args.verbose))
    figures.update(throughput())
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:.4f}")
    if args.json:
        print(json.dumps({k: round(v, 4) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
