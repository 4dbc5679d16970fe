"""The real seed articles in ../shared/seeds: valid SPEC output, exact spans, and the score."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bengali_outage import extract
from bengali_outage.evaluate import evaluate
from tests.conftest import SHARED

pytestmark = pytest.mark.seeds

REFERENCE = "2026-11-22"


def _spans(obj: Any) -> list[tuple[list[int], str | None]]:
    out: list[tuple[list[int], str | None]] = []
    if isinstance(obj, dict):
        if "span" in obj and obj["span"] is not None:
            out.append((obj["span"], obj.get("text") if "text" in obj else obj.get("place")))
        for sp in obj.get("spans", []) or []:
            out.append((sp, None))
        for v in obj.values():
            out += _spans(v)
    elif isinstance(obj, list):
        for v in obj:
            out += _spans(v)
    return out


def test_cli_prints_one_valid_report_per_seed_with_exact_spans(seeds_dir: Path) -> None:
    files = sorted(seeds_dir.glob("*.txt"))
    run = subprocess.run(
        [sys.executable, "-m", "bengali_outage.cli", "extract", "--reference", REFERENCE, *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = run.stdout.splitlines()
    assert len(lines) == len(files)
    schema = json.loads(
        subprocess.run(
            [sys.executable, "-m", "bengali_outage.cli", "schema"], capture_output=True, text=True, check=True
        ).stdout
    )
    validator = jsonschema.Draft202012Validator(schema)
    for path, line in zip(files, lines, strict=True):
        data = json.loads(line)
        assert data["id"] == path.stem
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == []
        text = path.read_text(encoding="utf-8")
        for (s, e), value in _spans(data):
            assert 0 <= s <= e <= len(text)
            if value is not None:
                assert text[s:e] == value


def test_seed_score_stays_above_floor(seeds_dir: Path) -> None:
    import datetime as dt

    ref = dt.date.fromisoformat(REFERENCE)
    preds = {
        p.stem: extract(p.read_text(encoding="utf-8"), reference=ref, id=p.stem).model_dump(mode="json")
        for p in sorted(seeds_dir.glob("*.txt"))
    }
    result = evaluate(seeds_dir / "gold", preds)
    assert result.f1 >= SEED_F1_FLOOR, result.table()


SEED_F1_FLOOR = 0.90  # the bar; measured 0.985 on 2026-11-22 (docs/accuracy.md)


def test_reference_scorer_runs_on_our_output(seeds_dir: Path, tmp_path: Path) -> None:
    scorer = SHARED / "eval" / "score.py"
    pred = tmp_path / "p.jsonl"
    out = subprocess.run(
        [sys.executable, "-m", "bengali_outage.cli", "extract", "--reference", REFERENCE, *map(str, sorted(seeds_dir.glob("*.txt")))],
        capture_output=True, text=True, check=True,
    ).stdout
    pred.write_text(out, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(scorer), str(seeds_dir / "gold"), str(pred)], capture_output=True, text=True, check=True)
    assert scored.stdout.splitlines()[-1].startswith("overall F1")
