"""Times of day and dates with times: fixtures/corpus/times.toml, and the API's edges."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from bengali_outage._script import normalise_text
from bengali_outage.errors import ReferenceTimeError
from bengali_outage.lang import time_words
from bengali_outage.normalise.time import RULES, find_intervals, find_times, parse_time
from tests._time_corpus import assert_reads, assert_reads_nothing, examples, expected, load, strict_fields

CORPUS = load("times.toml")
REFERENCE: datetime = CORPUS["reference"]
EXAMPLES = examples(CORPUS)


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_time_corpus_example(text: str, value: dict[str, Any]) -> None:
    assert_reads(text, value, REFERENCE)


@pytest.mark.parametrize("text", CORPUS["negative"]["texts"])
def test_time_corpus_negative(text: str) -> None:
    assert_reads_nothing(text, REFERENCE)


FINDS = CORPUS["find"]


@pytest.mark.parametrize("case", FINDS, ids=[c["text"][:40] for c in FINDS])
def test_time_corpus_find(case: dict[str, Any]) -> None:
    text = normalise_text(case["text"]).text
    got = [(tp.text, strict_fields(tp)) for tp in find_times(text, reference=REFERENCE)]
    want = [(f["text"], expected(f)) for f in case["found"]]
    assert got == want


KNOWN = CORPUS.get("known_failure", [])


@pytest.mark.parametrize("case", KNOWN, ids=[c["text"] for c in KNOWN])
@pytest.mark.xfail(strict=True, reason="known failure, listed in times.toml")
def test_time_corpus_known_failure(case: dict[str, Any]) -> None:
    tp = parse_time(case["text"], reference=REFERENCE)
    assert tp is not None
    assert strict_fields(tp) == expected(case["value"])


def test_time_corpus_is_big_enough() -> None:
    assert len(EXAMPLES) >= 150
    assert len(CORPUS["negative"]["texts"]) >= 20


def test_time_words_are_nfc_and_unambiguous() -> None:
    tables: list[tuple[tuple[Any, ...], ...]] = [
        time_words.DAY_PARTS, time_words.HOUR_WORDS, time_words.HOUR_FRACTIONS, time_words.MERIDIEMS,
        time_words.ZONES, time_words.RELATIVE_DAYS, time_words.ANAPHORIC_DAYS, time_words.PERIOD_SHIFTS,
        time_words.PERIOD_UNITS, time_words.APPROXIMATE_COUNTS,
    ]  # fmt: skip
    for table in tables:
        words = [row[0] for row in table]
        assert all(unicodedata.is_normalized("NFC", w) for w in words)
        seen: dict[str, Any] = {}
        for row in table:
            assert seen.setdefault(row[0], row[1:]) == row[1:], f"{row[0]!r} has two values"
    for plain in (time_words.APPROXIMATE_BEFORE, time_words.APPROXIMATE_AFTER, time_words.MONTH_PARTS):
        assert all(unicodedata.is_normalized("NFC", w) for w in plain)
        assert len(set(plain)) == len(plain)


def test_time_words_values_in_range() -> None:
    assert all(1 <= h <= 12 and m in (0, 30) for _, h, m in time_words.HOUR_WORDS)
    assert all(0 <= lo <= 23 and 0 <= hi <= 23 for _, lo, hi in time_words.DAY_PART_HOURS)
    for _, offset in time_words.ZONES:
        assert offset is None or (offset[0] in "+-" and len(offset) == 6)


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_time_naive_reference_is_refused() -> None:
    with pytest.raises(ReferenceTimeError, match="naive"):
        find_times("বুধবার", reference=datetime(2024, 3, 12, 9, 30))


def test_time_reference_may_be_a_date_or_aware() -> None:
    by_date = find_times("বুধবার রাতে", reference=date(2024, 3, 12))
    aware = find_times("বুধবার রাতে", reference=datetime(2024, 3, 12, 1, tzinfo=timezone(timedelta(hours=6))))
    assert by_date == aware
    assert (by_date[0].year, by_date[0].month, by_date[0].day) == (2024, 3, 6)


def test_time_without_reference_stays_partial() -> None:
    (tp,) = find_times("বৃহস্পতিবার সকাল ৬টা")
    assert (tp.year, tp.month, tp.day, tp.weekday, tp.hour) == (None, None, None, "thursday", 6)
    assert find_times("আজ") == []
    (tp,) = find_times("গতকাল রাতে")
    assert (tp.year, tp.part_of_day, tp.approximate) == (None, "night", True)


def test_time_warnings_name_the_inference() -> None:
    notes: list[str] = []
    find_times("শনিবার (২৪ মে)", reference=date(2025, 6, 1), warnings=notes)
    assert any("year 2025 inferred" in n and "Saturday" in n for n in notes)


def test_time_weekday_mismatch_is_warned() -> None:
    notes: list[str] = []
    (tp,) = find_times("বুধবার, ১২ মার্চ ২০২৪", warnings=notes)
    assert tp.weekday == "wednesday"
    assert any("Tuesday" in n for n in notes)


def test_parse_time_maps_spans_to_the_raw_text() -> None:
    raw = "রাত ন’টা\u200cর দিকে"
    tp = parse_time(raw)
    assert tp is not None
    assert (tp.hour, tp.approximate) == (21, True)
    assert raw[tp.span.start : tp.span.end] == tp.text == raw


def test_parse_time_wants_one_whole_expression() -> None:
    assert parse_time("রাত ৮টায় বন্ধ হয়") is None
    assert parse_time("") is None
    assert parse_time("রাত ৮টা থেকে ১০টা") is None


def test_find_times_anaphora_uses_the_last_named_date() -> None:
    text = "১০ মার্চ ২০২৪ রবিবার সমস্যা শুরু হয়। পরদিন সকালে তা মেটে। এদিন রাতে ফের বিভ্রাট।"
    days = [(tp.day, tp.part_of_day) for tp in find_times(text, reference=date(2024, 3, 15))]
    assert days == [(10, None), (11, "morning"), (11, "night")]


def test_find_times_spans_are_sorted_and_disjoint() -> None:
    text = "সকাল ৬টা থেকে বেলা ৮টা, তারপর রাত ১০টা, বুধবার (১৩ মার্চ) রাত সাড়ে ৯টা নাগাদ"
    points = find_times(text)
    ends = [0] + [p.span.end for p in points]
    assert all(p.span.start >= e for p, e in zip(points, ends, strict=False))
    assert all(text[p.span.start : p.span.end] == p.text for p in points)


def test_find_intervals_points_agree_with_find_times() -> None:
    text = "রাত সাড়ে আটটা থেকে পৌনে ন'টার মধ্যে"
    (interval,) = find_intervals(text)
    assert [interval.start, interval.end] == find_times(text)
