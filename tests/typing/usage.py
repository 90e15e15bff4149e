"""Type-checked (not run) by CI: the public API as users call it must pass mypy --strict."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import newsdoc

options = newsdoc.ParseOptions(extract={"money"}, disabled_rules=["views"],
                               extra_rules=[newsdoc.BoilerplateRule(name="x", pattern="x")])
bundle: newsdoc.Bundle = newsdoc.parse(Path("cluster"), options=options)
for article in bundle:
    index: int = article.index
    doc_id: str | None = article.doc_id
    values: list[Decimal | None] = [m.value for m in article.money]
    speakers: list[str] = [q.speaker.text for q in article.quotes if q.speaker is not None]
for streamed in newsdoc.iter_bundles(Path("train.src"), jobs=2):
    records: list[dict[str, object]] = streamed.records("quotes")
many = list(newsdoc.parse_many(["a", b"b", Path("c")], jobs=0))
try:
    newsdoc.parse("x", strict=True)
except newsdoc.ParseError as err:
    where: newsdoc.Location | None = err.location
