"""``bengali-outage evaluate`` agrees with the reference scorer in ../shared/eval."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bengali_outage.cli import main
from bengali_outage.evaluate import canonical, prf, texts_match
from tests.conftest import FIXTURES, SHARED

SCORER = SHARED / "eval" / "score.py"
ARTICLES = FIXTURES / "articles"


def _overall(output: str) -> list[str]:
    """The per-field table and overall lines, the part both scorers print alike."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("field"))
    return lines[start:]


def test_canonical_folds_case_punctuation_and_joiners() -> None:
    assert canonical(" ‘X’। ") == canonical("x")
    assert canonical("ক\u200cখ") == "কখ"


def test_texts_match_needs_most_of_the_longer_text() -> None:
    assert texts_match("পোস্টের জন্য অপেক্ষা করুন।", "পোস্টের জন্য অপেক্ষা করুন")
    assert not texts_match("ভারত", "ভারত-সহ গোটা বিশ্ব")


def test_prf_counts_an_empty_prediction_as_perfect_precision_only_without_misses() -> None:
    assert prf({"tp": 0, "fp": 0, "fn": 0}) == (1.0, 1.0, 1.0)
    assert prf({"tp": 0, "fp": 0, "fn": 2})[0] == 0.0


@pytest.mark.skipif(not SCORER.exists(), reason=f"reference scorer not found at {SCORER} (it lives in ../shared)")
def test_evaluate_agrees_with_reference_scorer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    predictions = tmp_path / "pred.jsonl"
    code = main(
        ["evaluate", str(ARTICLES / "gold"), str(ARTICLES), "--reference", "2026-11-22", "--predictions", str(predictions)]
    )
    assert code == 0
    ours = capsys.readouterr().out
    theirs = subprocess.run(
        [sys.executable, str(SCORER), str(ARTICLES / "gold"), str(predictions)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert _overall(ours) == _overall(theirs)
    assert len(predictions.read_text(encoding="utf-8").splitlines()) == len(list((ARTICLES / "gold").glob("*.json")))
    assert all(json.loads(line)["schema_version"] == 1 for line in predictions.read_text(encoding="utf-8").splitlines())
