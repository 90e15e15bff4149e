"""Dateline vocabulary: "MOSCOW, Feb 12 (Reuters) -", "Washington (AFP) -", "(CNN) --".

Data only: month spellings, the dashes that close a dateline, and words that look like an
upper-case place but open a label instead ("UPDATE -", "BREAKING -").
"""

from __future__ import annotations

__all__ = ["DASHES", "MONTHS", "NOT_PLACES"]

#: Month number -> full English name; a dateline may write any prefix of 3+ letters
#: ("Feb", "Sept", "Marc") with or without a period, in any case.
MONTHS: tuple[tuple[int, str], ...] = (
    (1, "january"), (2, "february"), (3, "march"), (4, "april"), (5, "may"), (6, "june"),
    (7, "july"), (8, "august"), (9, "september"), (10, "october"), (11, "november"),
    (12, "december"),
)

#: Dashes that end a dateline: hyphen(s), en dash, em dash, horizontal bar.
DASHES: tuple[str, ...] = ("---", "--", "-", "\u2013", "\u2014", "\u2015")

#: Upper-case words that open labels, never places ("UPDATE - the vote was delayed").
NOT_PLACES: frozenset[str] = frozenset({
    "update", "updated", "breaking", "exclusive", "watch", "video", "photos", "photo",
    "analysis", "opinion", "editorial", "correction", "corrected", "clarification", "live",
    "note", "notes", "editor's", "editors", "warning", "read", "more", "related", "also",
    "see", "listen", "q", "a", "i", "it", "ok", "okay", "no", "yes", "so", "but", "and",
    "or", "if", "then", "this", "that", "here", "there", "what", "why", "how", "who",
    "when", "where", "well", "oh", "now", "step", "part", "chapter", "section", "table",
    "figure", "total", "net", "shr", "revs", "source", "sources", "via", "re", "fwd", "fw",
    "cnn", "ap", "afp", "reuters", "repeat", "rpt", "urgent", "flash", "bulletin", "advisory",
})
