"""newsdoc: plain-text news to typed, trustworthy data.

>>> import newsdoc
>>> bundle = newsdoc.parse("Talks resume\\n\\nThe talks resumed on Monday.")
>>> bundle[0].headline.text
'Talks resume'
"""

from __future__ import annotations

import logging

from ._api import Source, iter_bundles, parse
from ._errors import ParseError
from ._model import (
                     Article,
                     Boilerplate,
                     Bundle,
                     Byline,
                     Credit,
                     Dateline,
                     DateStamp,
                     Diagnostic,
                     Headline,
                     Location,
                     Mention,
                     Money,
                     Paragraph,
                     Quote,
                     Separator,
                     Span,
)
from ._options import EXTRACTORS, BoilerplateRule, ParseOptions
from ._parallel import parse_many

__version__ = "0.1.0"

__all__ = [
    "EXTRACTORS",
    "Article",
    "Boilerplate",
    "BoilerplateRule",
    "Bundle",
    "Byline",
    "Credit",
    "DateStamp",
    "Dateline",
    "Diagnostic",
    "Headline",
    "Location",
    "Mention",
    "Money",
    "Paragraph",
    "ParseError",
    "ParseOptions",
    "Quote",
    "Separator",
    "Source",
    "Span",
    "__version__",
    "iter_bundles",
    "parse",
    "parse_many",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
