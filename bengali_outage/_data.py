"""The package's plain-text tables in ``bengali_outage/data``: one entry a line, ``#`` comments."""

from __future__ import annotations

from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of ``bengali_outage/data/<name>``."""
    text = (files("bengali_outage") / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]
