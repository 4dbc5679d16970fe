"""Bengali letters → Latin, for ids of services the registry does not know.

A plain, lossy romanisation (no diacritics), enough for a readable stable slug:
"ঝটপট পে" → "jhotpot-pe". Written for this project.
"""

from __future__ import annotations

from typing import Final

# fmt: off
CONSONANTS: Final[tuple[tuple[str, str], ...]] = (
    ("ক", "k"), ("খ", "kh"), ("গ", "g"), ("ঘ", "gh"), ("ঙ", "ng"),
    ("চ", "ch"), ("ছ", "chh"), ("জ", "j"), ("ঝ", "jh"), ("ঞ", "n"),
    ("ট", "t"), ("ঠ", "th"), ("ড", "d"), ("ঢ", "dh"), ("ণ", "n"),
    ("ত", "t"), ("থ", "th"), ("দ", "d"), ("ধ", "dh"), ("ন", "n"),
    ("প", "p"), ("ফ", "f"), ("ব", "b"), ("ভ", "bh"), ("ম", "m"),
    ("য", "j"), ("র", "r"), ("ল", "l"), ("শ", "sh"), ("ষ", "sh"),
    ("স", "s"), ("হ", "h"), ("ৎ", "t"), ("ং", "ng"), ("ঃ", ""), ("ঁ", ""),
)
# The nukta makes ড়/ঢ় an r and য় a y.
NUKTA_FORMS: Final[tuple[tuple[str, str], ...]] = (("ড়", "r"), ("ঢ়", "rh"), ("য়", "y"))
VOWELS: Final[tuple[tuple[str, str], ...]] = (
    ("অ", "o"), ("আ", "a"), ("ই", "i"), ("ঈ", "i"), ("উ", "u"), ("ঊ", "u"),
    ("ঋ", "ri"), ("এ", "e"), ("ঐ", "oi"), ("ও", "o"), ("ঔ", "ou"),
)
VOWEL_SIGNS: Final[tuple[tuple[str, str], ...]] = (
    ("া", "a"), ("ি", "i"), ("ী", "i"), ("ু", "u"), ("ূ", "u"), ("ৃ", "ri"),
    ("ে", "e"), ("ৈ", "oi"), ("ো", "o"), ("ৌ", "ou"), ("্", ""),
)
DIGITS: Final[tuple[tuple[str, str], ...]] = tuple(zip("০১২৩৪৫৬৭৮৯", "0123456789", strict=True))
# fmt: on
