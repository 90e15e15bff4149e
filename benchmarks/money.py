"""Money extraction: accuracy on the PolNeAR dev gold set and throughput of the stage.

Runs ``newsdoc.parse(text, options=ParseOptions(extract={"money"}))`` over the texts of
``polnear-dev.jsonl``, writes the predicted mentions to a temporary JSONL file and scores them
with ``shared/tools/score_money.py`` against ``polnear/money/money-dev.jsonl``. Then times
:func:`newsdoc._money.find_money` alone over the polnear train texts (MB/s, UTF-8).

usage: python benchmarks/money.py [--json] [--repeat 3] [--show]

``--show`` prints, per article, the mentions that were missed or extra (for tuning).
``--json`` prints one JSON object as the last line: f1, exact_f1, value_accuracy,
currency_accuracy, mb_per_s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import runpy
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import newsdoc
from newsdoc._api import _gc_paused
from newsdoc._money import find_money

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "corpora" / "polnear"
DEV = POLNEAR / "polnear-dev.jsonl"
TRAIN = POLNEAR / "polnear-train.jsonl"
GOLD = POLNEAR / "money" / "money-dev.jsonl"
SCORER = SHARED / "tools" / "score_money.py"


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One prediction record per article, in the scorer's format."""
    options = newsdoc.ParseOptions(extract=frozenset({"money"}))
    out = []
    for doc in docs:
        article = newsdoc.parse(doc["text"], options=options)[0]
        out.append({"id": doc["id"], "money": [
            {"start": m.span.start, "end": m.span.end, "text": m.text,
             "value": None if m.value is None else str(m.value),
             "value_high": None if m.value_high is None else str(m.value_high),
             "currency": m.currency, "approximate": m.approximate}
            for m in article.money]})
    return out


def score(preds: list[dict[str, Any]], texts: dict[str, str]) -> dict[str, Any]:
    """Score *preds* with the shared scorer (loaded by path), quietly."""
    scorer = runpy.run_path(str(SCORER))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pred.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            result: dict[str, Any] = scorer["main"](str(GOLD), str(path), True, texts)
    return result


def show(preds: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    """Print missed and extra mentions per article (exact span comparison)."""
    by_id = {p["id"]: p for p in preds}
    for g in gold:
        p = by_id.get(g["id"], {"money": []})
        gs = {(m["start"], m["end"]): m for m in g["money"]}
        ps = {(m["start"], m["end"]): m for m in p["money"]}
        for key in sorted(set(gs) | set(ps)):
            if key in gs and key in ps:
                a, b = gs[key], ps[key]
                if str(a["value"]) != str(b["value"]) or a["approximate"] != b["approximate"]:
                    print(f"  DIFF {g['id'][:40]} {a['text']!r} gold={a['value']},"
                          f"{a['approximate']} pred={b['value']},{b['approximate']}")
            elif key in gs:
                print(f"  MISS {g['id'][:40]} {gs[key]['text']!r}")
            else:
                print(f"  XTRA {g['id'][:40]} {ps[key]['text']!r}")


def throughput(texts: list[str], repeat: int) -> float:
    """MB/s of find_money over *texts* (best of *repeat* runs)."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeat):
        with _gc_paused():  # as inside newsdoc.parse (see benchmarks/speed.py)
            start = time.perf_counter()
            for text in texts:
                find_money(text)
            best = min(best, time.perf_counter() - start)
    return mb / best


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON line at the end")
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (best is kept)")
    parser.add_argument("--show", action="store_true", help="print misses and extras")
    args = parser.parse_args(argv)
    if not (DEV.exists() and GOLD.exists() and SCORER.exists() and TRAIN.exists()):
        print("corpora not found, skipped")
        return 0
    dev = _read(DEV)
    texts = {d["id"]: d["text"] for d in dev}
    preds = predict(dev)
    res = score(preds, texts)
    if args.show:
        show(preds, _read(GOLD))
    train = [d["text"] for d in _read(TRAIN)]
    mbps = throughput(train, args.repeat)
    found = sum(len(p["money"]) for p in preds)
    print(f"polnear dev: {len(dev)} articles, {res['gold']} gold mentions, {found} predicted")
    print(f"  overlap F1 {res['f1']:.4f} (P {res['precision']:.4f} R {res['recall']:.4f})")
    print(f"  exact-span F1 {res['exact_f1']:.4f}")
    print(f"  value accuracy {res['value_accuracy']:.4f}")
    print(f"  currency accuracy {res['currency_accuracy']:.4f}")
    print(f"polnear train: find_money {mbps:.1f} MB/s over {len(train)} texts")
    if args.json:
        print(json.dumps({"f1": res["f1"], "exact_f1": res["exact_f1"],
                          "value_accuracy": res["value_accuracy"],
                          "currency_accuracy": res["currency_accuracy"],
                          "mb_per_s": round(mbps, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
