"""Where the quote figures are lost: PolNeAR errors by kind, with examples.

Matches newsdoc's quotes with the gold ones exactly as ``../shared/tools/score_quotes.py``
does (overlap of at least half the shorter quote, one-to-one, largest overlap first) and
counts, for one split:

- missed gold quotes (false negatives), with their first words;
- quotes newsdoc finds that the gold does not have (false positives), by ``Quote.kind`` and
  whether newsdoc gave them a speaker;
- matched quotes whose gold speaker newsdoc got wrong or left out, by ``Quote.kind``;
- second halves of split quotations ('"A," Lee said. "B."') whose first half the gold has:
  how many of them the gold has too.

With ``--labels FILE`` (a TSV of ``id start end verdict`` rows, ``#`` comments, such as
``benchmarks/labels/polnear-dev-quote-errors.tsv``: hand verdicts on the dev errors), each
false positive or missed quote found in the file is counted under its verdict, e.g. a real
quotation the gold omits, a title of a work.

usage: PYTHONPATH=src python benchmarks/quote_errors.py [dev|train] [--show N] [--labels F]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes import CORPUS, SCORER, _load_scorer, _predict

#: What stands between the halves of a split quotation: '," Lee said. "'.
_SPLIT_GAP = re.compile(r'[,.!?]?["\u201d]\s*[^"\u201c\u201d.!?\n]{1,60}?[.]\s+["\u201c]')


def _labels(path: Path | None) -> dict[tuple[str, int, int], str]:
    if path is None:
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, start, end, verdict = line.split("\t")[:4]
        out[(doc_id, int(start), int(end))] = verdict
    return out


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 90):start]
    return (before + "[[" + text[start:end][:120] + "]]" + text[end:end + 50]).replace("\n", " ")


def errors(split: str, labels: dict[tuple[str, int, int], str]
           ) -> tuple[collections.Counter[str], dict[str, list[str]]]:
    """Counts of each error category on *split*, and an example list per category."""
    scorer = _load_scorer()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    path = CORPUS / f"polnear-{split}.jsonl"
    for doc in map(json.loads, path.open(encoding="utf-8")):
        text, doc_id = doc["text"], doc["id"]
        quotes = [q for q in _predict(text) if q.kind != "headline"]
        gold = [scorer.trim(text, g["start"], g["end"]) for g in doc["quotes"]]
        pred = [scorer.trim(text, q.span.start, q.span.end) for q in quotes]
        pairs = []
        for i, (gs, ge) in enumerate(gold):
            for j, (ps, pe) in enumerate(pred):
                overlap = min(ge, pe) - max(gs, ps)
                if overlap > 0 and overlap / max(1, min(ge - gs, pe - ps)) >= 0.5:
                    pairs.append((overlap, i, j))
        to_pred: dict[int, int] = {}
        taken: set[int] = set()
        for _, i, j in sorted(pairs, reverse=True):
            if i not in to_pred and j not in taken:
                to_pred[i] = j
                taken.add(j)
        counts["gold"] += len(gold)
        for i, (gs, ge) in enumerate(gold):
            if i not in to_pred:
                key = "missed"
                verdict = labels.get((doc_id, gs, ge))
                key += f" ({verdict})" if verdict else ""
                counts[key] += 1
                examples[key].append(_context(text, gs, ge))
                continue
            g = doc["quotes"][i]
            if not g.get("speaker"):
                continue
            q = quotes[to_pred[i]]
            got: dict[str, Any] | None = None if q.speaker is None else {
                "start": q.speaker.span.start, "end": q.speaker.span.end,
                "text": q.speaker.text}
            counts["matched with a gold speaker"] += 1
            if not scorer.speaker_right(g["speaker"], got, text):
                key = f"speaker {'missing' if got is None else 'wrong'}: {q.kind}"
                counts[key] += 1
                examples[key].append(f"gold {g['speaker']['text']!r} got "
                                     f"{None if got is None else got['text']!r}: "
                                     + _context(text, gs, ge))
        for j in range(1, len(quotes)):
            # '"A," Lee said. "B."': how often the gold has the second half of a split
            # quotation whose first half it has
            gap = text[quotes[j - 1].span.end:quotes[j].span.start]
            if j - 1 in taken and _SPLIT_GAP.fullmatch(gap):
                counts["split quotation, second half: "
                       + ("in gold" if j in taken else "not in gold")] += 1
        for j, (ps, pe) in enumerate(pred):
            if j in taken:
                continue
            q = quotes[j]
            key = f"not in gold: {q.kind}, {'with' if q.speaker else 'no'} speaker"
            verdict = labels.get((doc_id, ps, pe))
            key += f" ({verdict})" if verdict else ""
            counts[key] += 1
            examples[key].append(_context(text, ps, pe))
    return counts, examples


def main(argv: list[str]) -> int:
    """Print the error counts of one split (and examples with --show)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("split", nargs="?", default="train", choices=("train", "dev"))
    parser.add_argument("--show", type=int, default=0, help="examples per category")
    parser.add_argument("--labels", type=Path, help="TSV of id, start, end, verdict")
    args = parser.parse_args(argv)
    if not SCORER.exists() or not (CORPUS / f"polnear-{args.split}.jsonl").exists():
        print("corpora not found, skipped")
        return 0
    counts, examples = errors(args.split, _labels(args.labels))
    rng = random.Random(0)
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:6d}  {key}")
        shown = examples.get(key, [])
        for example in rng.sample(shown, min(args.show, len(shown))):
            print(f"        {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
