"""The numbers corpus (fixtures/corpus/numbers.toml) is the test, with the table checks."""

from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from typing import Any

import pytest

from bengali_outage.lang import numerals as bn
from bengali_outage.models import Quantity
from bengali_outage.normalise.numeral import (
    RULES,
    find_numbers,
    parse_digits,
    parse_number,
    parse_ordinal,
    render_number,
)
from tests.conftest import FIXTURES

CORPUS: dict[str, Any] = tomllib.loads((FIXTURES / "corpus" / "numbers.toml").read_text(encoding="utf-8"))
EXAMPLES = [(text, ex["value"]) for ex in CORPUS["example"] for text in ex["texts"]]
NEGATIVES: list[str] = CORPUS["negative"]["texts"]


def _value(q: Quantity | None) -> dict[str, Any] | None:
    if q is None:
        return None
    return {k: v for k, v in (("min", q.min), ("max", q.max), ("qualifier", q.qualifier)) if v is not None}


# ------------------------------------------------------------------ corpus


def test_numbers_corpus_is_large_enough() -> None:
    assert len(EXAMPLES) >= 150
    assert len({t for t, _ in EXAMPLES}) == len(EXAMPLES), "a text is listed twice"
    assert len(NEGATIVES) >= 25


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_parse_number_reads_each_example(text: str, value: dict[str, Any]) -> None:
    q = parse_number(text)
    assert _value(q) == value
    assert q is not None
    assert q.span == (0, len(text))
    assert q.text == text


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_find_numbers_finds_each_example_whole(text: str, value: dict[str, Any]) -> None:
    if text in bn.AMBIGUOUS_CARDINALS:
        pytest.skip("a lone ambiguous word (নয়, শূন্য) is a number only when asked for one")
    found = find_numbers(text)
    assert [(q.text, _value(q)) for q in found] == [(text, value)]


@pytest.mark.parametrize("text", NEGATIVES, ids=NEGATIVES)
def test_negatives_read_as_nothing(text: str) -> None:
    assert parse_number(text) is None
    assert find_numbers(text) == []


@pytest.mark.parametrize("case", CORPUS["known_failure"], ids=[c["text"] for c in CORPUS["known_failure"]])
@pytest.mark.xfail(strict=True, reason="known limitation, documented in the corpus")
def test_known_failures(case: dict[str, Any]) -> None:
    assert _value(parse_number(case["text"])) == case["value"]


@pytest.mark.parametrize("case", CORPUS["find"], ids=[c["text"][:30] for c in CORPUS["find"]])
def test_find_numbers_in_sentences(case: dict[str, Any]) -> None:
    got = [(q.text, q.min, q.max) for q in find_numbers(case["text"])]
    expected = [(e["text"], e.get("min"), e.get("max")) for e in case["expected"]]
    assert got == expected


# ------------------------------------------------------------------ behaviour


def test_numeral_reads_lakh_and_crore() -> None:
    q = parse_number("২ কোটি ৫০ লাখ")
    assert q is not None
    assert q.min == 25_000_000


def test_numeral_qualifier_words_are_inside_the_span() -> None:
    text = "সংখ্যাটা প্রায় ৪৭ হাজারে পৌঁছায়, পরে ৪০ হাজারেরও বেশি হয়"
    assert [q.text for q in find_numbers(text)] == ["প্রায় ৪৭ হাজারে", "৪০ হাজারেরও বেশি"]


def test_numeral_spans_point_into_the_text() -> None:
    text = "অভিযোগ ১১,৫০০-এর বেশি, পরে কয়েকশো"
    for q in find_numbers(text):
        assert text[q.span.start : q.span.end] == q.text


def test_parse_number_maps_spans_to_raw_text() -> None:
    raw = "  “পাঁচশ’”\u200c "
    q = parse_number(raw)
    assert q is not None
    assert q.min == 500
    assert raw[q.span.start : q.span.end] == q.text


def test_numbers_are_ints_when_whole_and_floats_otherwise() -> None:
    whole = parse_number("১.৫ লাখ")
    half = parse_number("২.৫")
    assert whole is not None
    assert half is not None
    assert isinstance(whole.min, int)
    assert isinstance(half.min, float)


def test_find_numbers_skips_amounts_of_time() -> None:
    assert [q.text for q in find_numbers("২৪ ঘণ্টা ধরে ৩টি দেশে")] == ["৩টি"]


def test_numeral_article_is_not_a_number_in_running_text() -> None:
    assert find_numbers("এক ব্যক্তি একটি পোস্টে লেখেন") == []
    assert [q.min for q in find_numbers("এক হাজার ব্যবহারকারী")] == [1000]


def test_parse_number_refuses_more_than_one_amount() -> None:
    assert parse_number("৪৭ হাজার ও ৫০ হাজার") is None
    assert parse_number("") is None
    assert parse_number(" । ") is None


def test_rules_are_named_and_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("১,২৩,৪৫৬", 123456), ("123,456", 123456), ("২.৫", 2.5), ("১0", 10), ("১২,৩৪", None), ("abc", None)],
)
def test_parse_digits(text: str, expected: float | None) -> None:
    assert parse_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("প্রথম", 1), ("দ্বিতীয়", 2), ("তৃতীয়", 3), ("চতুর্থ", 4), ("পঞ্চম", 5), ("দশম", 10),
        ("১ম", 1), ("২য়", 2), ("৩য়", 3), ("৪র্থ", 4), ("৫ম", 5), ("৬ষ্ঠ", 6), ("২১তম", 21),
        ("১লা", 1), ("২রা", 2), ("৩রা", 3), ("৪ঠা", 4), ("২১শে", 21), ("৫ই", 5), ("পঞ্চাশতম", 50),
        ("তিন", None), ("৪য়", None), ("১০লা", None),
    ],
)  # fmt: skip
def test_parse_ordinal(text: str, expected: int | None) -> None:
    assert parse_ordinal(text) == expected


def test_render_number_writes_indian_scale() -> None:
    assert render_number(0) == "শূন্য"
    assert render_number(47_000) == "সাতচল্লিশ হাজার"
    assert render_number(120_000) == "এক লাখ বিশ হাজার"
    assert render_number(10**12) == "এক লাখ কোটি"
    with pytest.raises(ValueError, match=">= 0"):
        render_number(-1)


# ------------------------------------------------------------------ tables


_TABLES: dict[str, tuple[tuple[Any, ...], ...]] = {
    "CARDINALS": bn.CARDINALS,
    "SCALES": bn.SCALES,
    "FRACTIONS": bn.FRACTIONS,
    "ORDINALS": bn.ORDINALS,
    "MANY": bn.MANY,
    "MORE_THAN": bn.MORE_THAN,
    "PREFIX_QUALIFIERS": bn.PREFIX_QUALIFIERS,
    "AFTER_GENITIVE_QUALIFIERS": bn.AFTER_GENITIVE_QUALIFIERS,
    "AFTER_QUALIFIERS": bn.AFTER_QUALIFIERS,
    "ORDINAL_DIGIT_SUFFIXES": bn.ORDINAL_DIGIT_SUFFIXES,
}


@pytest.mark.parametrize("name", list(_TABLES))
def test_numeral_tables_are_nfc_and_unambiguous(name: str) -> None:
    values: dict[str, set[Any]] = defaultdict(set)
    for word, value, *_ in _TABLES[name]:
        assert unicodedata.is_normalized("NFC", word), word
        values[word].add(value)
    assert [w for w, v in values.items() if len(v) > 1] == []
    assert len(values) == len(_TABLES[name]), f"a row of {name} is repeated"


def test_cardinals_cover_every_value_0_to_99() -> None:
    assert sorted({v for _, v in bn.CARDINALS}) == list(range(100))


def test_word_lists_are_nfc() -> None:
    words = [
        *bn.AMBIGUOUS_CARDINALS, *bn.ARTICLE_CARDINALS, *bn.FEW_WORDS, *bn.ABOUT_SUFFIXES,
        *bn.COUNTERS, *bn.LABEL_WORDS_AFTER, *bn.LABEL_WORDS_BEFORE, bn.PEOPLE_ABOUT, bn.ABOUT_COUNT_SUFFIX,
    ]  # fmt: skip
    assert [w for w in words if not unicodedata.is_normalized("NFC", w)] == []
