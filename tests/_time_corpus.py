"""What the date, time and interval corpus tests share: loading and strict field comparison."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from bengali_outage.models import TimePoint

CORPUS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
FIELDS = ("year", "month", "day", "weekday", "hour", "minute", "part_of_day", "utc_offset", "approximate")


def load(name: str) -> dict[str, Any]:
    """A corpus file of fixtures/corpus, e.g. ``load("times.toml")``."""
    return tomllib.loads((CORPUS_DIR / name).read_text("utf-8"))


def strict_fields(tp: TimePoint) -> dict[str, Any]:
    """The TimePoint's value fields with the corpus defaults dropped (None, approximate False)."""
    return {f: getattr(tp, f) for f in FIELDS if getattr(tp, f) is not None and getattr(tp, f) is not False}


def expected(value: dict[str, Any]) -> dict[str, Any]:
    """A corpus value with the same defaults dropped, to compare with ``strict_fields``."""
    return {k: v for k, v in value.items() if k in FIELDS and v is not None and v is not False}


def examples(corpus: dict[str, Any]) -> list[tuple[str, Any]]:
    """(text, value) for every text of every ``[[example]]``."""
    return [(text, ex["value"]) for ex in corpus["example"] for text in ex["texts"]]


def assert_reads(text: str, value: dict[str, Any], reference: Any) -> None:
    """``parse_time`` reads the whole of ``text`` as exactly ``value``."""
    from bengali_outage._script import normalise_text
    from bengali_outage.normalise.time import find_times, parse_time

    tp = parse_time(text, reference=reference)
    assert tp is not None, f"nothing read from {text!r}: {find_times(normalise_text(text).text, reference=reference)}"
    assert tp.text == text.strip()
    assert strict_fields(tp) == expected(value)


def assert_reads_nothing(text: str, reference: Any) -> None:
    from bengali_outage._script import normalise_text
    from bengali_outage.normalise.time import find_times

    assert find_times(normalise_text(text).text, reference=reference) == []
