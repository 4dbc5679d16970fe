"""Unicode facts about Bengali text, and the one normalisation done at the boundary.

``normalise_text`` returns the text every later stage reads, plus an offset map
back to the caller's original string. What it changes:

* NFC. Note that NFC *decomposes* the precomposed nukta letters য় ড় ঢ়
  (U+09DF, U+09DC, U+09DD are composition exclusions), so both spellings in the
  wild become the one NFC spelling, য + ় (U+09AF U+09BC). Any NFC pass later
  (by us or by a caller) leaves it alone, which composing it would not.
* ZWJ and ZWNJ are removed: in news text they only pick glyph variants.
* ``৷`` (U+09F7, a currency numerator) typed as a danda becomes ``।``.
* Curly and typographic apostrophes and quotes become ASCII ``'`` and ``"``,
  so ``ন’টা`` and ``ন'টা`` read alike; no-break spaces become spaces.

Bengali and Latin digits are left as they are, side by side; the value
normalisers read both.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

import regex

BENGALI_DIGITS: Final = "০১২৩৪৫৬৭৮৯"
LATIN_DIGITS: Final = "0123456789"
TO_LATIN_DIGITS: Final = str.maketrans(BENGALI_DIGITS, LATIN_DIGITS)
TO_BENGALI_DIGITS: Final = str.maketrans(LATIN_DIGITS, BENGALI_DIGITS)
BENGALI_BLOCK: Final = "\u0980-\u09ff"
DANDA: Final = "।"

# fmt: off
# One character in, one character out: these keep offsets unchanged.
CHAR_MAP: Final[dict[str, str]] = {
    "\u09f7": DANDA,                       # ৷ typed for the danda
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u2032": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2007": " ",
}
DROPPED: Final = frozenset({"\u200c", "\u200d", "\ufeff"})   # ZWNJ, ZWJ, BOM
# fmt: on

_JOINERS: Final = "".join(sorted(DROPPED))
_SPECIAL = regex.compile("[" + regex.escape("".join(CHAR_MAP) + "".join(DROPPED)) + "]")
_WORD = regex.compile(r"\S+")
_CLUSTER = regex.compile(r"\P{M}?[\p{M}\u200c\u200d]*", regex.V1)


def to_latin_digits(text: str) -> str:
    """Transliterate Bengali digits to ASCII digits, leaving everything else.

    >>> to_latin_digits("১০:৩০ PM")
    '10:30 PM'
    """
    return text.translate(TO_LATIN_DIGITS)


def to_bengali_digits(text: str) -> str:
    """Transliterate ASCII digits to Bengali digits."""
    return text.translate(TO_BENGALI_DIGITS)


@dataclass(frozen=True, slots=True)
class _Piece:
    norm_start: int
    norm_end: int
    orig_start: int
    orig_end: int


@dataclass(frozen=True)
class Normalised:
    """Normalised text and the map from its offsets back to the original's."""

    original: str
    text: str
    _pieces: tuple[_Piece, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [p.norm_start for p in self._pieces])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the original text.

        A span boundary falling inside a rewritten piece widens to the whole piece,
        so the original slice always covers what the normalised slice shows.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the text (length {len(self.text)})")
        s = self._map(start, is_end=False)
        # An empty span at a deleted joiner: its start skips the joiner, its end does not.
        return s, max(s, self._map(end, is_end=True))

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def _map(self, pos: int, *, is_end: bool) -> int:
        starts: list[int] = self.__dict__["_starts"]
        i = bisect_right(starts, pos) - 1  # the last piece starting at or before pos
        if i < 0:
            return pos
        if is_end and starts[i] == pos:
            # a deletion and the piece after it may both start here: an end stops at the first
            first = bisect_left(starts, pos)
            if self._pieces[first].norm_end == pos:
                i = first
        piece = self._pieces[i]
        if piece.norm_start == piece.norm_end == pos:
            # A deletion (a joiner): an end stops before it, a start begins after it.
            return piece.orig_start if is_end else piece.orig_end
        if pos >= piece.norm_end:
            return pos - piece.norm_end + piece.orig_end
        if pos == piece.norm_start:
            return piece.orig_start
        return piece.orig_end if is_end else piece.orig_start


def _rewrite_word(word: str, offset: int, pieces: list[_Piece], out: list[str], norm_pos: int) -> int:
    """Rewrite one whitespace-free word cluster by cluster; return the new norm position."""
    for m in _CLUSTER.finditer(word):
        cluster = m.group()
        if not cluster:
            continue
        # joiners that open or end a cluster are deletions of their own, so that a span
        # ending on this cluster stops before them (ন’টা\u200c names ন’টা) and one starting
        # on it begins after them
        core_start = m.start() + len(cluster) - len(cluster.lstrip(_JOINERS))
        core_end = max(core_start, m.start() + len(cluster.rstrip(_JOINERS)))
        if core_start > m.start():
            pieces.append(_Piece(norm_pos, norm_pos, offset + m.start(), offset + core_start))
        core = word[core_start:core_end]
        kept = "".join(CHAR_MAP.get(c, c) for c in core if c not in DROPPED)
        new = unicodedata.normalize("NFC", kept)
        if new != core:
            pieces.append(_Piece(norm_pos, norm_pos + len(new), offset + core_start, offset + core_end))
        out.append(new)
        norm_pos += len(new)
        if core_end < m.end():
            pieces.append(_Piece(norm_pos, norm_pos, offset + core_end, offset + m.end()))
    return norm_pos


def _rewrite_gap(gap: str, offset: int, pieces: list[_Piece], out: list[str], norm_pos: int) -> int:
    """Rewrite the whitespace between words (one character in, one out)."""
    new = gap.translate(_GAP_TABLE)
    for k, (a, b) in enumerate(zip(gap, new, strict=True)):
        if a != b:
            pieces.append(_Piece(norm_pos + k, norm_pos + k + 1, offset + k, offset + k + 1))
    out.append(new)
    return norm_pos + len(new)


def normalise_text(text: str) -> Normalised:
    """NFC, drop joiners, unify danda, quotes and spaces; keep a map to the original.

    >>> n = normalise_text("ন’টা\u200c নাগাদ৷")
    >>> n.text
    "ন'টা নাগাদ।"
    >>> n.original_slice(0, 4)
    'ন’টা'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}; decode bytes as UTF-8 first")
    if unicodedata.is_normalized("NFC", text) and not _SPECIAL.search(text):
        return Normalised(text, text, ())
    pieces: list[_Piece] = []
    out: list[str] = []
    norm_pos = 0
    last = 0
    for m in _WORD.finditer(text):
        word = m.group()
        norm_pos = _rewrite_gap(text[last : m.start()], last, pieces, out, norm_pos)
        if unicodedata.is_normalized("NFC", word) and not _SPECIAL.search(word):
            out.append(word)
            norm_pos += len(word)
        else:
            norm_pos = _rewrite_word(word, m.start(), pieces, out, norm_pos)
        last = m.end()
    _rewrite_gap(text[last:], last, pieces, out, norm_pos)
    normalised = "".join(out)
    # Pieces are built left to right, so they are sorted by norm_start already.
    return Normalised(text, normalised, tuple(pieces))


# Whitespace between words: only the space-like characters of CHAR_MAP occur there.
_GAP_TABLE: Final = str.maketrans({k: v for k, v in CHAR_MAP.items() if v == " "})
