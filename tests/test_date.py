"""Dates: fixtures/corpus/dates.toml, the calendar tables, and Bengali-calendar conversion."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

import pytest

from bengali_outage.lang import calendar as cal
from bengali_outage.normalise import bangla_calendar
from bengali_outage.normalise.date import RULES, reference_date
from bengali_outage.normalise.time import find_times, parse_time
from tests._time_corpus import assert_reads, assert_reads_nothing, examples, expected, load, strict_fields

CORPUS = load("dates.toml")
REFERENCE = CORPUS["reference"]
EXAMPLES = examples(CORPUS)


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_date_corpus_example(text: str, value: dict[str, Any]) -> None:
    assert_reads(text, value, REFERENCE)


@pytest.mark.parametrize("text", CORPUS["negative"]["texts"])
def test_date_corpus_negative(text: str) -> None:
    assert_reads_nothing(text, REFERENCE)


KNOWN = CORPUS.get("known_failure", [])


@pytest.mark.parametrize("case", KNOWN, ids=[c["text"] for c in KNOWN])
@pytest.mark.xfail(strict=True, reason="known failure, listed in dates.toml")
def test_date_corpus_known_failure(case: dict[str, Any]) -> None:
    tp = parse_time(case["text"], reference=REFERENCE)
    assert tp is not None
    assert strict_fields(tp) == expected(case["value"])


def test_date_corpus_is_big_enough() -> None:
    assert len(EXAMPLES) >= 100
    assert len(CORPUS["negative"]["texts"]) >= 20


TABLES: list[tuple[str, tuple[tuple[Any, ...], ...]]] = [
    ("GREGORIAN_MONTHS", cal.GREGORIAN_MONTHS),
    ("WEEKDAY_NAMES", cal.WEEKDAY_NAMES),
    ("WEEKDAY_ABBREVIATIONS", cal.WEEKDAY_ABBREVIATIONS),
    ("BANGLA_MONTHS", cal.BANGLA_MONTHS),
    ("HIJRI_MONTHS", cal.HIJRI_MONTHS),
    ("DAY_WORDS", cal.DAY_WORDS),
    ("ERA_WORDS", cal.ERA_WORDS),
]


@pytest.mark.parametrize(("name", "table"), TABLES, ids=[n for n, _ in TABLES])
def test_calendar_table_is_nfc_and_unambiguous(name: str, table: tuple[tuple[Any, ...], ...]) -> None:
    seen: dict[str, Any] = {}
    for word, value in table:
        assert unicodedata.is_normalized("NFC", word), word
        assert seen.setdefault(word, value) == value, f"{word!r} has two values in {name}"
    assert len(seen) == len(table), f"{name} repeats a row"


def test_calendar_values_in_range() -> None:
    assert {m for _, m in cal.GREGORIAN_MONTHS} == set(range(1, 13))
    assert {m for _, m in cal.BANGLA_MONTHS} == set(range(1, 13))
    assert {m for _, m in cal.HIJRI_MONTHS} == set(range(1, 13))
    assert [d for d, _ in cal.DAY_SUFFIXES] == list(range(1, 32))
    assert all(unicodedata.is_normalized("NFC", s) for _, s in cal.DAY_SUFFIXES)
    assert cal.AMBIGUOUS_MONTHS.issubset(w for w, _ in cal.GREGORIAN_MONTHS)


def test_date_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_bangla_calendar_fixed_points() -> None:
    assert bangla_calendar.to_gregorian(1426, 1, 1) == date(2019, 4, 14)
    assert bangla_calendar.to_gregorian(1430, 11, 8) == date(2024, 2, 21)  # একুশে ফেব্রুয়ারি
    assert bangla_calendar.to_gregorian(1431, 9, 1) == date(2024, 12, 16)  # বিজয় দিবস
    assert bangla_calendar.from_gregorian(date(2025, 3, 15)) == (1431, 12, 1)
    assert bangla_calendar.to_gregorian(1431, 11, 30) is None  # ফাল্গুন 1431 falls in a common year
    assert bangla_calendar.to_gregorian(1430, 11, 30) == date(2024, 3, 14)


def test_bangla_calendar_round_trips_every_day_1994_to_2100() -> None:
    d = date(1994, 1, 1)
    while d < date(2101, 1, 1):
        assert bangla_calendar.to_gregorian(*bangla_calendar.from_gregorian(d)) == d
        d = date.fromordinal(d.toordinal() + 1)


def test_hijri_date_is_recognised_but_not_converted() -> None:
    notes: list[str] = []
    (tp,) = find_times("১২ রবিউল আউয়াল ১৪৪৭ হিজরি", warnings=notes)
    assert strict_fields(tp) == {}
    assert any("Hijri" in n for n in notes)


def test_bengali_dates_warn_about_the_calendar() -> None:
    notes: list[str] = []
    find_times("পয়লা বৈশাখ", warnings=notes)
    assert any("West Bengal" in n for n in notes)


def test_weekday_alone_needs_a_reference() -> None:
    (tp,) = find_times("শনিবার")
    assert strict_fields(tp) == {"weekday": "saturday"}


def test_date_of_reference_datetime_is_taken_in_its_own_zone() -> None:
    from datetime import datetime, timedelta, timezone

    late = datetime(2024, 3, 12, 23, 30, tzinfo=timezone(timedelta(hours=6)))
    assert reference_date(late) == date(2024, 3, 12)
