"""Credit-line vocabulary: "(Reporting by Ann Lee; Editing by Bo Chan)".

Data only: the role phrases that precede "by" in wire credit lines, with the role name each
becomes, and the sentence forms of contributor notes.
"""

from __future__ import annotations

__all__ = ["CONTRIBUTED_PHRASES", "CREDIT_ROLES"]

#: Role phrase (lower case, before "by") -> role name in :class:`~newsdoc.Credit`.
#: Longest phrases first is not required: the reader sorts by length.
CREDIT_ROLES: tuple[tuple[str, str], ...] = (
    ("additional reporting", "additional reporting"),
    ("reporting", "reporting"),
    ("reported", "reporting"),
    ("writing", "writing"),
    ("written", "writing"),
    ("editing", "editing"),
    ("edited", "editing"),
    ("compiled", "compiled"),
    ("compiling", "compiled"),
    ("produced", "produced"),
    ("graphics", "graphics"),
    ("graphic", "graphics"),
    ("research", "research"),
    ("researched", "research"),
    ("translation", "translation"),
    ("translated", "translation"),
    ("photos", "photos"),
    ("photography", "photos"),
    ("video", "video"),
    ("fact-checking", "fact-checking"),
    ("reporting and writing", "reporting"),
    ("writing and editing", "writing"),
    ("additional writing", "writing"),
    ("additional editing", "editing"),
)

#: Sentence endings of contributor notes: "Ann Lee contributed to this report."
CONTRIBUTED_PHRASES: tuple[str, ...] = (
    "contributed to this report", "contributed to this story", "contributed to this article",
    "contributed reporting", "contributed to this post", "contributed research",
)
