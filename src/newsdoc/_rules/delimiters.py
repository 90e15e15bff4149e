"""Bundle delimiters and escapes (data only). See docs/format.rst for the decisions."""

from __future__ import annotations

import re

#: Characters that read as a pipe: ASCII ``|``, full-width ``｜`` (U+FF5C), broken bar ``¦``.
PIPE_CHARS = "|\uff5c\u00a6"

#: The canonical Multi-News delimiter.
CANONICAL = "|||||"

#: Fewest pipes a run needs to count as a delimiter: ``a || b`` and ``|||`` stay text.
MIN_PIPES = 4

#: A run of two or more pipe characters, with at most two spaces or tabs between them.
#: ``story_separator_special_tag`` (Multi-News preprocessed release) is a delimiter too.
DELIMITER_RUN = re.compile(
    r"[|\uff5c\u00a6](?:[ \t]{0,2}[|\uff5c\u00a6])+"
    r"|story_separator_special_tag"
)

#: The Multi-News newline escape, with one optional space on each side
#: (``word NEWLINE_CHAR NEWLINE_CHAR Next`` -> ``word\n\nNext``; glued ``wordNEWLINE_CHAR``).
NEWLINE_ESCAPE = re.compile(r" ?NEWLINE_CHAR ?")

#: What replaces a :data:`NEWLINE_ESCAPE` match.
NEWLINE_REPLACEMENT = "\n"

#: Numbered article files in a bundle directory: ``NNN_<id>.txt``.
NUMBERED_FILE = re.compile(r"(?P<number>[0-9]{1,9})_(?P<doc_id>.+)\.txt")
