"""The durations corpus (fixtures/corpus/durations.toml) is the test, with the table checks."""

from __future__ import annotations

import tomllib
import unicodedata
from typing import Any

import pytest

from bengali_outage.lang import durations as dur
from bengali_outage.models import Duration
from bengali_outage.normalise.duration import RULES, find_durations, parse_duration
from tests.conftest import FIXTURES

CORPUS: dict[str, Any] = tomllib.loads((FIXTURES / "corpus" / "durations.toml").read_text(encoding="utf-8"))
EXAMPLES = [(text, ex["value"]) for ex in CORPUS["example"] for text in ex["texts"]]
NEGATIVES: list[str] = CORPUS["negative"]["texts"]


def _value(d: Duration | None) -> dict[str, Any] | None:
    if d is None:
        return None
    fields = (("min_minutes", d.min_minutes), ("max_minutes", d.max_minutes), ("qualifier", d.qualifier))
    return {k: v for k, v in fields if v is not None}


def test_durations_corpus_is_large_enough() -> None:
    assert len(EXAMPLES) >= 60
    assert len({t for t, _ in EXAMPLES}) == len(EXAMPLES), "a text is listed twice"


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_parse_duration_reads_each_example(text: str, value: dict[str, Any]) -> None:
    d = parse_duration(text)
    assert _value(d) == value
    assert d is not None
    assert d.span == (0, len(text))


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_find_durations_finds_each_example_whole(text: str, value: dict[str, Any]) -> None:
    assert [(d.text, _value(d)) for d in find_durations(text)] == [(text, value)]


@pytest.mark.parametrize("text", NEGATIVES, ids=NEGATIVES)
def test_negatives_read_as_nothing(text: str) -> None:
    assert parse_duration(text) is None
    assert find_durations(text) == []


@pytest.mark.parametrize("case", CORPUS["known_failure"], ids=[c["text"] for c in CORPUS["known_failure"]])
@pytest.mark.xfail(strict=True, reason="known limitation, documented in the corpus")
def test_known_failures(case: dict[str, Any]) -> None:
    assert _value(parse_duration(case["text"])) == case["value"]


@pytest.mark.parametrize("case", CORPUS["find"], ids=[c["text"][:30] for c in CORPUS["find"]])
def test_find_durations_in_sentences(case: dict[str, Any]) -> None:
    got = [(d.text, d.min_minutes, d.max_minutes) for d in find_durations(case["text"])]
    expected = [(e["text"], e.get("min_minutes"), e.get("max_minutes")) for e in case["expected"]]
    assert got == expected


def test_duration_minutes_are_ints_when_whole() -> None:
    hours = parse_duration("দেড় ঘণ্টা")
    seconds = parse_duration("৪৫ সেকেন্ড")
    assert hours is not None
    assert seconds is not None
    assert isinstance(hours.min_minutes, int)
    assert seconds.min_minutes == 0.75


def test_parse_duration_maps_spans_to_raw_text() -> None:
    raw = " দু’দিন\u200c"
    d = parse_duration(raw)
    assert d is not None
    assert d.min_minutes == 2880
    assert raw[d.span.start : d.span.end] == d.text


def test_duration_rules_are_named_and_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_duration_tables_are_nfc_and_unambiguous() -> None:
    rows = [*dur.DURATION_UNITS, *dur.REPEATED_UNITS]
    assert len({w for w, _ in rows}) == len(rows)
    words = [
        *(w for w, _ in rows), *dur.HALF_WORDS, *dur.VAGUE_DURATIONS, *dur.EMPHASIS_BEFORE,
        *dur.DURATION_TAILS, *dur.DURATION_TAILS_AFTER_GENITIVE, *dur.SOLID_DURATION_TAILS,
        *dur.RELATIVE_AFTER, *dur.RELATIVE_BEFORE, *dur.ATTRIBUTE_AFTER, *dur.ATTRIBUTE_BEFORE,
        *dur.ROUND_THE_CLOCK_NOUNS, *dur.OUTAGE_WORDS, *dur.NAMES_WITH_DURATIONS,
    ]  # fmt: skip
    assert [w for w in words if not unicodedata.is_normalized("NFC", w)] == []
    assert all(seconds > 0 for _, seconds in rows)
