"""Bundle delimiters and escapes (data only). See docs/format.rst for the decisions."""

from __future__ import annotations

import re

#: Characters that read as a pipe: ASCII ``|``, full-width ``｜`` (U+FF5C), broken bar ``¦``.
PIPE_CHARS = "|\uff5c\u00a6"

#: The canonical Multi-News delimiter.
CANONICAL = "|||||"

#: Fewest pipes a run needs to count as a delimiter: ``a || b`` and ``|||`` stay text.
MIN_PIPES = 4



def pipe_run(chars: str) -> re.Pattern[str]:
    """A run of MIN_PIPES or more of the pipe characters *chars*, with at most two spaces or
    tabs between them (a shorter run is text, so it is never matched: a hostile text full
    of ``| |`` costs no Python-level work per run)."""
    pipe = re.escape(chars) if len(chars) == 1 else f"[{re.escape(chars)}]"
    return re.compile(rf"{pipe}(?:[ \t]{{0,2}}{pipe}){{{MIN_PIPES - 1},}}")


#: A run of any of the pipe characters: the delimiter candidates.
PIPE_RUN = pipe_run(PIPE_CHARS)
#: The same runs in a text whose only pipe character is ``|``: a literal first character
#: lets the regex engine skip from one ``|`` to the next, ten times faster on a long bundle
#: than testing every character against the class.
ASCII_PIPE_RUN = pipe_run("|")

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
