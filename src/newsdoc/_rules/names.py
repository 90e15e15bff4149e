"""Vocabulary of personal names shared by bylines, credits and quote speakers (data only)."""

from __future__ import annotations

__all__ = ["NAME_PARTICLES"]

#: Lower-case words allowed inside a personal name ("Charles *de* Gaulle", "Ludwig *van*
#: Beethoven", "Osama *bin* Laden").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "del", "della", "der", "den", "des", "di", "da", "dos", "das", "du", "van", "von",
    "le", "la", "bin", "ibn", "al", "el", "ten", "ter", "y", "zu", "st.",
})
