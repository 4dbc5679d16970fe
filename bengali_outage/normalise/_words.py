"""Regex alternations of literal words, shared by the normalisers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of the literal words, longest first, as a prefix tree.

    Factoring shared prefixes (তিন, তিনশো; দুই, দুশো) keeps a search over hundreds of
    words fast.

    >>> literal_alternation(["তিন", "তিনশো"])
    'তিন(?:শো)?'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [regex.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body
