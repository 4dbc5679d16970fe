"""Shared test settings: hypothesis profiles and the location of ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = Path(os.environ.get("BENGALI_OUTAGE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    """The real seed articles; skips with a reason where ../shared is absent."""
    if not (SEEDS / "gold").is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (they live beside the repo in ../shared, not in it)")
    return SEEDS
