"""Intervals: fixtures/corpus/intervals.toml, and what one end lends the other."""

from __future__ import annotations

from typing import Any

import pytest

from bengali_outage._script import normalise_text
from bengali_outage.normalise.time import Interval, find_intervals, find_times
from tests._time_corpus import examples, expected, load, strict_fields

CORPUS = load("intervals.toml")
REFERENCE = CORPUS["reference"]
EXAMPLES = examples(CORPUS)


@pytest.mark.parametrize(("text", "value"), EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_interval_corpus_example(text: str, value: dict[str, Any]) -> None:
    norm = normalise_text(text).text
    found = find_intervals(norm, reference=REFERENCE)
    assert len(found) == 1, f"{text!r}: {found}"
    (interval,) = found
    assert interval.text == norm
    assert interval.span == (0, len(norm))
    assert strict_fields(interval.start) == expected(value["start"])
    assert strict_fields(interval.end) == expected(value["end"])


@pytest.mark.parametrize("text", CORPUS["negative"]["texts"])
def test_interval_corpus_negative(text: str) -> None:
    assert find_intervals(normalise_text(text).text, reference=REFERENCE) == []


KNOWN = CORPUS.get("known_failure", [])


@pytest.mark.parametrize("case", KNOWN, ids=[c["text"] for c in KNOWN])
@pytest.mark.xfail(strict=True, reason="known failure, listed in intervals.toml")
def test_interval_corpus_known_failure(case: dict[str, Any]) -> None:
    norm = normalise_text(case["text"]).text
    (interval,) = find_intervals(norm, reference=REFERENCE)
    assert interval.span == (0, len(norm))
    assert strict_fields(interval.start) == expected(case["value"]["start"])
    assert strict_fields(interval.end) == expected(case["value"]["end"])


def test_interval_corpus_is_big_enough() -> None:
    assert len(EXAMPLES) >= 25
    assert len(CORPUS["negative"]["texts"]) >= 20


def test_interval_is_frozen_and_spans_its_ends() -> None:
    text = "বৃহস্পতিবার সকাল ৬টা থেকে ৮টা পর্যন্ত পরিষেবা বন্ধ"
    (interval,) = find_intervals(text)
    assert isinstance(interval, Interval)
    assert interval.span.start == interval.start.span.start
    assert interval.end.span.end <= interval.span.end
    assert text[interval.span.start : interval.span.end] == interval.text
    with pytest.raises(ValueError, match="frozen"):
        interval.text = "x"  # type: ignore[misc]


def test_interval_ends_are_the_points_find_times_reports() -> None:
    text = "রাত সাড়ে আটটা থেকে পৌনে ন'টার মধ্যে সমস্যা, পরে ১০টা থেকে ১২টা পর্যন্ত ফের"
    points = find_times(text)
    ends = [tp for i in find_intervals(text) for tp in (i.start, i.end)]
    assert ends == points


def test_interval_without_its_second_end_is_a_point() -> None:
    assert find_intervals("রাত ৮টা থেকে সমস্যা চলছে") == []
    (tp,) = find_times("রাত ৮টা থেকে সমস্যা চলছে")
    assert tp.text == "রাত ৮টা থেকে"
