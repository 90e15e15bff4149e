"""Helpers shared by the stages that build regular expressions from the rule tables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["SHORT_TEXT", "alternation"]

#: Texts up to this many characters are first searched once for anything a stage could find
#: (a quotation mark, a money trigger, a boilerplate keyword): the fixed cost of a tiny
#: article. Longer texts go straight to the stage's own scans, which run at memory speed
#: (``str.find``) where one combined regex search would not.
SHORT_TEXT = 1000


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the literal *words*, built as a trie.

    A trie fails after one character comparison where a flat alternation compares every
    word; optional tails keep longest-first matching with backtracking ("mln" before "m").

    >>> alternation(["m", "mln", "million"])
    'm(?:illion|ln)?'
    >>> bool(re.fullmatch(alternation(["said", "says", "say"]), "says"))
    True
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_regex(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: what follows is optional
        body = ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
    return body
