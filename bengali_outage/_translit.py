"""Romanise Bengali text for slugs (``lang.transliteration`` holds the letters)."""

from __future__ import annotations

import unicodedata
from typing import Final

import regex

from bengali_outage.lang.transliteration import CONSONANTS, DIGITS, NUKTA_FORMS, VOWEL_SIGNS, VOWELS

_CONSONANT: Final = dict(CONSONANTS)
_NUKTA: Final = {unicodedata.normalize("NFC", k): v for k, v in NUKTA_FORMS}
_VOWEL: Final = dict(VOWELS)
_SIGN: Final = dict(VOWEL_SIGNS)
_DIGIT: Final = dict(DIGITS)
_UNIT: Final = regex.compile(r"\X")
_INHERENT: Final = "o"


def romanise(text: str) -> str:
    """A plain romanisation: consonants carry an inherent 'o' unless a sign or hasanta follows.

    >>> romanise("ঝটপট")
    'jhotopoto'
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        ch = text[i]
        if pair in _NUKTA:
            base, i = _NUKTA[pair], i + 2
        elif ch in _CONSONANT:
            base, i = _CONSONANT[ch], i + 1
        else:
            out.append(_VOWEL.get(ch) or _DIGIT.get(ch) or _SIGN.get(ch, ch))
            i += 1
            continue
        nxt = text[i] if i < len(text) else ""
        if nxt in _SIGN:
            out.append(base + _SIGN[nxt])
            i += 1
        elif base and nxt and (nxt in _CONSONANT or text[i : i + 2] in _NUKTA):
            out.append(base + _INHERENT)
        else:
            out.append(base)
    return "".join(out)


def slug(text: str) -> str | None:
    """A SPEC-style id from a name: romanised, lowercased, words joined by hyphens."""
    words = regex.findall(r"[\p{L}\p{M}\p{N}]+", romanise(text).casefold())
    ascii_words = [regex.sub(r"[^a-z0-9]", "", w) for w in words]
    joined = "-".join(w for w in ascii_words if w)
    return joined or None
