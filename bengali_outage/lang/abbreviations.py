"""Abbreviations the tokeniser keeps whole (their full stop or visarga is not a stop)."""

from __future__ import annotations

from typing import Final

# fmt: off
ABBREVIATIONS: Final[tuple[str, ...]] = (
    "ডঃ", "ড.", "ডা.", "মো.", "মোঃ", "মুহ.", "অধ্যাপক.", "প্রফেসর.",
    "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Inc.", "Ltd.", "Co.", "No.",
    "a.m.", "p.m.", "A.M.", "P.M.", "U.S.", "U.K.",
)
# fmt: on
