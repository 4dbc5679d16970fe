"""Whole fixture articles (written for this project) against their gold records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from bengali_outage import extract
from bengali_outage.evaluate import evaluate
from tests.conftest import FIXTURES

ARTICLES = FIXTURES / "articles"
GOLD = sorted((ARTICLES / "gold").glob("*.json"))
# Every fixture's relative dates were written to resolve against any reference after its
# publication; this one is fixed so the suite does not depend on the clock.
REFERENCE = dt.date(2026, 11, 22)
# The committed floor for overall F1 on the fixtures (issue: at least 0.90).
FIXTURE_F1_FLOOR = 0.90  # measured 0.927 on 2026-11-22


@pytest.fixture(scope="module")
def predictions() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for gold in GOLD:
        text = (ARTICLES / f"{gold.stem}.txt").read_text(encoding="utf-8")
        out[gold.stem] = extract(text, reference=REFERENCE, id=gold.stem).model_dump(mode="json")
    return out


def test_every_fixture_has_its_article() -> None:
    assert len(GOLD) >= 40
    for gold in GOLD:
        assert (ARTICLES / f"{gold.stem}.txt").exists(), gold.stem
        json.loads(gold.read_text(encoding="utf-8"))


def test_fixture_score_stays_above_committed_floor(predictions: dict[str, Any]) -> None:
    result = evaluate(ARTICLES / "gold", predictions)
    assert not result.missing
    assert result.f1 >= FIXTURE_F1_FLOOR, result.table()


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_spans_point_into_the_original_text(gold: Path, predictions: dict[str, Any]) -> None:
    text = (ARTICLES / f"{gold.stem}.txt").read_text(encoding="utf-8")
    report = predictions[gold.stem]
    for entity in report["entities"]:
        s, e = entity["span"]
        assert text[s:e] == entity["text"]
    for incident in report["incidents"]:
        for key in ("start", "end", "duration", "affected_users"):
            value = incident[key]
            if value and value["span"][1] > value["span"][0]:
                s, e = value["span"]
                assert text[s:e] == value["text"]
        for message in incident["error_messages"]:
            s, e = message["span"]
            assert text[s:e] == message["text"]


HOLDOUT = FIXTURES / "holdout"
# Written without sight of the code; measured 0.843 before any rule changed in their light
# and 0.891 after (docs/accuracy.md). The floor guards against falling back.
HOLDOUT_F1_FLOOR = 0.85


def test_holdout_score_stays_above_committed_floor() -> None:
    preds = {
        gold.stem: extract(
            (HOLDOUT / f"{gold.stem}.txt").read_text(encoding="utf-8"), reference=REFERENCE, id=gold.stem
        ).model_dump(mode="json")
        for gold in sorted((HOLDOUT / "gold").glob("*.json"))
    }
    result = evaluate(HOLDOUT / "gold", preds)
    assert len(preds) >= 12
    assert not result.missing
    assert result.f1 >= HOLDOUT_F1_FLOOR, result.table()
