"""Quote stage (stub: replaced by the quotes work)."""

from __future__ import annotations

from collections.abc import Sequence

from ._model import Diagnostic, Quote, Span
from ._options import ParseOptions


def find_quotes(text: str, paragraphs: Sequence[Span] | None = None,
                headline: Span | None = None, *,
                options: ParseOptions | None = None) -> tuple[tuple[Quote, ...],
                                                               tuple[Diagnostic, ...]]:
    """Find direct quotations in *text* (the paragraphs and headline given as spans)."""
    return (), ()
