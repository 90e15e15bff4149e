"""Bundle delimiters and escapes (data only). See docs/format.rst for the decisions."""

from __future__ import annotations

import re

#: Characters that read as a pipe: ASCII ``|``, full-width ``｜`` (U+FF5C), broken bar ``¦``.
PIPE_CHARS = "|\uff5c\u00a6"

#: The canonical Multi-News delimiter.
CANONICAL = "|||||"

#: Fewest pipes a run needs to count as a delimiter: ``a || b`` and ``|||`` stay text.
MIN_PIPES = 4

#: A run of MIN_PIPES or more pipe characters, with at most two spaces or tabs between them
#: (a shorter run is text, so it is never matched: a hostile text full of ``| |`` costs no
#: Python-level work per run).
PIPE_RUN = re.compile(rf"[|\uff5c\u00a6](?:[ \t]{{0,2}}[|\uff5c\u00a6]){{{MIN_PIPES - 1},}}")

#: The Multi-News preprocessed release's delimiter token.
STORY_SEPARATOR = "story_separator_special_tag"

#: The Multi-News newline escape; glued forms (``wordNEWLINE_CHAR``) count too.
NEWLINE_TOKEN = "NEWLINE_CHAR"

#: The decoding, as ordered literal replacements (the same result as the regular expression
#: ``" ?NEWLINE_CHAR ?"`` -> newline, at str.replace speed): ``Rain. NEWLINE_CHAR NEWLINE_CHAR
#: More`` -> ``Rain.\n\nMore``.
NEWLINE_REPLACEMENTS = (
    (" NEWLINE_CHAR ", "\n"),
    (" NEWLINE_CHAR", "\n"),
    ("NEWLINE_CHAR ", "\n"),
    ("NEWLINE_CHAR", "\n"),
)

#: Numbered article files in a bundle directory: ``NNN_<id>.txt``.
NUMBERED_FILE = re.compile(r"(?P<number>[0-9]{1,9})_(?P<doc_id>.+)\.txt")
