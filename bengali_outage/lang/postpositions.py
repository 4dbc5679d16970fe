"""Postpositions written after a hyphen: they are words of their own, not case endings.

``ভারত-সহ`` is "with India": the place named is ``ভারত``. Case endings after a hyphen
(``এক্স-এর``) stay part of the mention.
"""

from __future__ import annotations

from typing import Final

HYPHENATED_POSTPOSITIONS: Final[tuple[str, ...]] = ("সহ", "ভিত্তিক", "নির্ভর", "কেন্দ্রিক", "পন্থী", "বিরোধী", "সংক্রান্ত")
