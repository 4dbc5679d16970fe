"""Hypothesis properties of the script normaliser and its offset map."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bengali_outage._script import DROPPED, normalise_text, to_bengali_digits, to_latin_digits

# Bengali letters, signs and digits; the precomposed nukta letters; Latin; both digit sets;
# joiners; curly quotes; the ৷ currency sign; no-break spaces; and a few emoji.
ALPHABET = st.sampled_from(
    [
        *"কখগঘচজটডতদনপবমযরলশসহ়ািীুূেৈোৌ্ংঃঁ০১২৩৪৫৬৭৮৯",
        *["\u09dc", "\u09dd", "\u09df", "\u200c", "\u200d", "\ufeff", "৷", "।"],
        *"abcXYZ0123456789 .,:-'\"\n",
        *["‘", "’", "“", "”", "\u00a0", "\u202f", "😀", "🇧", "🇩"],
    ]
)
TEXTS = st.text(ALPHABET, max_size=60)


@given(TEXTS)
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise_text(text).text
    assert normalise_text(once).text == once


@st.composite
def spans_of_normalised(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a span (start <= end) of its normalised form."""
    text = draw(TEXTS)
    n = len(normalise_text(text).text)
    start = draw(st.integers(0, n))
    return text, start, draw(st.integers(start, n))


@given(spans_of_normalised())
def test_every_normalised_span_maps_to_valid_original_indices(case: tuple[str, int, int]) -> None:
    text, start, end = case
    norm = normalise_text(text)
    s, e = norm.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    # The original slice, normalised, shows at least what the normalised slice shows.
    assert norm.text[start:end] in normalise_text(text[s:e]).text


@settings(max_examples=500)
@given(spans_of_normalised())
@example(case=("ন’টা\u200c নাগাদ৷", 0, 4))  # a joiner ending the word's last cluster
@example(case=("000\ufeffঁ", 3, 4))  # a joiner opening a cluster
def test_a_span_neither_starts_nor_ends_on_a_dropped_joiner(case: tuple[str, int, int]) -> None:
    text, start, end = case
    if start == end:
        return
    original = normalise_text(text).original_slice(start, end)
    assert original[:1] not in DROPPED, (start, end, original)
    assert original[-1:] not in DROPPED, (start, end, original)


@given(TEXTS)
def test_whole_text_maps_to_whole_text(text: str) -> None:
    norm = normalise_text(text)
    s, e = norm.to_original(0, len(norm.text))
    assert normalise_text(text[s:e]).text == norm.text


@given(TEXTS)
def test_output_has_no_joiners_and_no_currency_danda(text: str) -> None:
    out = normalise_text(text).text
    assert "\u200c" not in out
    assert "\u200d" not in out
    assert "৷" not in out


@given(st.text(st.sampled_from(list("০১২৩৪৫৬৭৮৯0123456789"))))
def test_digit_transliteration_is_a_bijection(digits: str) -> None:
    latin = to_latin_digits(digits)
    assert latin.isascii()
    assert to_latin_digits(to_bengali_digits(latin)) == latin
    assert to_bengali_digits(to_latin_digits(to_bengali_digits(digits))) == to_bengali_digits(digits)


def test_precomposed_and_decomposed_nukta_letters_become_one_spelling() -> None:
    pre = "\u09df\u09be\u09b9\u09c1"  # য় precomposed
    dec = "\u09af\u09bc\u09be\u09b9\u09c1"
    assert normalise_text(pre).text == normalise_text(dec).text == unicodedata.normalize("NFC", dec)


def test_curly_and_straight_apostrophes_read_alike() -> None:
    assert normalise_text("ন’টা").text == normalise_text("ন'টা").text == "ন'টা"
