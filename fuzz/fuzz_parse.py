"""Coverage-guided fuzzing of newsdoc.parse with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=3600 -timeout=10 fuzz/corpus

Any crash (an exception other than nothing) or a run over the timeout is a bug: save the input
as tests/regressions/<what-it-exercises>.txt and fix it; the test suite then parses it forever.
Without atheris, the hypothesis properties run longer with
``HYPOTHESIS_PROFILE=long python -m pytest tests -k properties``.
"""

from __future__ import annotations

import sys
from typing import Any

newsdoc: Any = None


def test_one_input(data: bytes) -> None:
    """Lenient parsing of any bytes must return a bundle whose spans index the text."""
    bundle = newsdoc.parse(data)
    for article in bundle:
        text = article.source_text
        for quote in article.quotes:
            assert text[quote.span.start:quote.span.end] == quote.text
        for money in article.money:
            assert text[money.span.start:money.span.end] == money.text
        for paragraph in article.paragraphs:
            assert text[paragraph.span.start:paragraph.span.end] == paragraph.text
    newsdoc.Bundle.from_dict(bundle.to_dict())


def main() -> None:
    """Run atheris on :func:`test_one_input`."""
    import atheris  # type: ignore[import-not-found]

    global newsdoc
    with atheris.instrument_imports():  # coverage of newsdoc's own code guides the search
        import newsdoc as module
        import newsdoc._quotes  # imported lazily by parse(): instrument it here too
    newsdoc = module
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
