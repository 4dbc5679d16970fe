"""The named-rule type shared by every normaliser dimension (STYLE section 3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import regex

T = TypeVar("T")


@dataclass(frozen=True)
class Rule(Generic[T]):
    """A named pattern; ``produce`` turns a match into a value, or ``None`` to turn it down.

    The name is a stable identifier: it shows up in debug traces and as
    ``"rule:<name>"`` wherever a source is recorded.
    """

    name: str
    pattern: regex.Pattern[str]
    produce: Callable[[regex.Match[str]], T | None]
