"""What the number and duration readers share: literal-word alternations, amount boundaries
and the qualifier read after a genitive (হাজারের বেশি, ঘণ্টার বেশি)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import regex

from bengali_outage.lang import numerals as bn


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


# An amount starts after a space or punctuation, not inside a word, a decimal,
# a URL, a ratio or an identifier (পটুয়াখালী-৩, COVID-19).
START_GUARD: Final = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_.,/:ঃ#@*\\])(?<![\p{L}\p{M}\p{N}][-–'])(?<![০-৯0-9][:ঃ][ ])"
)
# ... and ends before a space or punctuation, not before more letters or a
# further piece of a date, time or identifier (১০:৩০, ২৪/৭, ২০২৩-২৪).
END_GUARD: Final = regex.compile(
    r"(?![\p{L}\p{M}\p{N}_@#*]|[.,:ঃ/][০-৯0-9]|[:ঃ][ ][০-৯0-9]|[-–'][\p{L}\p{M}\p{N}])"
)
# A qualifier after a genitive ending: "হাজারের বেশি", "ঘণ্টার কম".
AFTER_GENITIVE_QUALIFIER: Final = regex.compile(
    rf"[ ]+(?P<q>{literal_alternation(w for w, _ in bn.AFTER_GENITIVE_QUALIFIERS)})"
)
