"""Money stage (stub: replaced by the money work)."""

from __future__ import annotations

from collections.abc import Sequence

from ._model import Money, Span
from ._options import ParseOptions


def find_money(text: str, regions: Sequence[Span] | None = None, *,
               options: ParseOptions | None = None) -> tuple[Money, ...]:
    """Find monetary amounts in *text*, only inside *regions* when given."""
    return ()
