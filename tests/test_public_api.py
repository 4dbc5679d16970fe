"""The public surface: what ``import bengali_outage`` offers, and nothing else."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import bengali_outage as bo
from bengali_outage.models import Report


def test_all_lists_exactly_the_public_names() -> None:
    public = {n for n in dir(bo) if not n.startswith("_") and n != "annotations"}
    modules = {n for n in public if type(getattr(bo, n)).__name__ == "module"}
    assert set(bo.__all__) == (public - modules) | {"__version__"}
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions, each alphabetical.
    def isort_style(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert list(bo.__all__) == sorted(bo.__all__, key=isort_style)


def test_report_dumps_to_the_spec_json_shape() -> None:
    report = bo.extract("শুক্রবার রাত আটটা নাগাদ ভারতে এক্স ডাউন হয়ে যায়।", reference=dt.date(2025, 11, 22))
    data = report.model_dump(mode="json")
    assert set(data) == {"schema_version", "id", "published", "headline", "dateline", "entities", "incidents", "warnings"}
    incident = data["incidents"][0]
    assert set(incident) == {
        "role", "services", "regions", "start", "end", "duration", "status", "symptoms",
        "user_reports", "affected_users", "cause", "error_messages",
    }
    assert isinstance(incident["start"]["span"], list)
    assert Report.model_validate(json.loads(json.dumps(data))) == report


def test_naive_reference_is_a_clear_error() -> None:
    with pytest.raises(bo.ReferenceTimeError, match="naive"):
        bo.extract("এক্স ডাউন", reference=dt.datetime(2025, 1, 1, 10, 0))


def test_bytes_input_is_a_clear_error() -> None:
    with pytest.raises(bo.InputError, match="decode"):
        bo.extract(b"\xe0\xa6\x8f")  # type: ignore[arg-type]


def test_caller_publication_time_anchors_relative_dates() -> None:
    pub = dt.datetime(2025, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    report = bo.extract("মঙ্গলবার সন্ধ্যায় এক্স ডাউন হয়ে যায়।", published=pub)
    start = report.incidents[0].start
    assert start is not None
    assert (start.year, start.month, start.day, start.weekday) == (2025, 11, 18, "tuesday")
    assert report.published is not None
    assert report.published.utc_offset == "+05:30"
