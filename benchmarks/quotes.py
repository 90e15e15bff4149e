"""Quote extraction accuracy and speed on PolNeAR (train and dev splits).

Runs ``newsdoc.parse(text, options=ParseOptions(extract={"quotes"}))`` over every article of
``../shared/corpora/polnear/polnear-{train,dev}.jsonl``, writes the predictions in the format
``../shared/tools/score_quotes.py`` reads, scores them with that script's ``main`` and prints
the figures, plus the throughput (MB/s) of the quote stage alone over the train texts.

PolNeAR annotates the article body only, so quotes newsdoc finds in the headline
(``kind == "headline"``) are left out of the predictions it scores.

usage: PYTHONPATH=src python benchmarks/quotes.py [--json]
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import newsdoc
from newsdoc import ParseOptions
from newsdoc._api import _gc_paused
from newsdoc._model import Quote, Span
from newsdoc._quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "polnear"
SCORER = SHARED / "tools" / "score_quotes.py"
OPTIONS = ParseOptions(extract={"quotes"})
LINE = re.compile(r"[^\n]+")


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _own_regions(text: str) -> tuple[list[Span], Span | None]:
    """Headline = first line, paragraphs = the other non-empty lines (PolNeAR's layout)."""
    lines = [Span(m.start(), m.end()) for m in LINE.finditer(text)]
    return lines[1:], (lines[0] if lines else None)


def _regions(text: str) -> tuple[list[Span], Span | None]:
    """Paragraph and headline spans as the structure stage sees them."""
    try:
        article = newsdoc.parse(text, options=ParseOptions(extract={"structure"}))[0]
    except Exception:
        return _own_regions(text)
    if article.source_text != text:
        return _own_regions(text)
    head = article.headline.span if article.headline is not None else None
    return [p.span for p in article.paragraphs], head


def _predict(text: str) -> tuple[Quote, ...]:
    try:
        article = newsdoc.parse(text, options=OPTIONS)[0]
        if article.source_text == text:
            return article.quotes
    except Exception:
        pass
    paras, head = _own_regions(text)
    return find_quotes(text, paras, head)[0]


def _record(doc_id: str, quotes: tuple[Quote, ...]) -> dict[str, Any]:
    out = []
    for q in quotes:
        if q.kind == "headline":
            continue
        sp = q.speaker
        out.append({"start": q.span.start, "end": q.span.end,
                    "speaker": None if sp is None else
                    {"start": sp.span.start, "end": sp.span.end, "text": sp.text}})
    return {"id": doc_id, "quotes": out}


def _score(split: str, scorer: ModuleType, tmp: Path) -> tuple[dict[str, Any], list[str]]:
    gold = CORPUS / f"polnear-{split}.jsonl"
    docs = [json.loads(line) for line in gold.open(encoding="utf-8")]
    pred = tmp / f"pred-{split}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(_record(doc["id"], _predict(doc["text"]))) + "\n")
    res: dict[str, Any] = scorer.main(str(gold), str(pred), True)
    return res, [d["text"] for d in docs]


def _speed(texts: list[str]) -> float:
    regions = [_regions(t) for t in texts]
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(3):
        with _gc_paused():  # as inside newsdoc.parse (see benchmarks/speed.py)
            start = time.perf_counter()
            for text, (paras, head) in zip(texts, regions, strict=True):
                find_quotes(text, paras, head, options=OPTIONS)
            best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def main(argv: list[str]) -> int:
    """Score train and dev, measure speed, print figures (and one JSON line with --json)."""
    as_json = "--json" in argv
    if not (CORPUS / "polnear-train.jsonl").exists() or not SCORER.exists():
        print("corpora not found, skipped")
        return 0
    scorer = _load_scorer()
    keys = ("f1", "speaker_accuracy", "attributed_recall")
    summary: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        texts: list[str] = []
        for split in ("train", "dev"):
            print(f"{split}: ", end="", flush=True)
            res, split_texts = _score(split, scorer, Path(tmp))
            if not as_json:
                print(f"  precision {res['precision']:.3f} recall {res['recall']:.3f}")
            summary[split] = {k: res[k] for k in keys}
            if split == "train":
                texts = split_texts
    summary["mb_per_s"] = round(_speed(texts), 2)
    print(f"quote stage throughput: {summary['mb_per_s']:.2f} MB/s (train texts, best of 3)")
    if as_json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
