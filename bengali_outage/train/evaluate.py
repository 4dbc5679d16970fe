"""Span-level scoring of entity taggers: exact ``(start, end, label)`` matches."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Triple = tuple[int, int, str]


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Scores:
    """Overall and per-label counts over a set of texts."""

    total: Counts = field(default_factory=Counts)
    per_label: dict[str, Counts] = field(default_factory=dict)

    def add(self, gold: Iterable[Triple], predicted: Iterable[Triple]) -> None:
        """Count one text's gold and predicted spans."""
        g, p = set(gold), set(predicted)
        for triples, kind in ((g & p, "tp"), (p - g, "fp"), (g - p, "fn")):
            for _, _, label in triples:
                counts = self.per_label.setdefault(label, Counts())
                setattr(counts, kind, getattr(counts, kind) + 1)
                setattr(self.total, kind, getattr(self.total, kind) + 1)

    def as_dict(self) -> dict[str, object]:
        return {
            **self.total.as_dict(),
            "per_label": {k: v.as_dict() for k, v in sorted(self.per_label.items())},
        }


def score(gold: Sequence[Iterable[Triple]], predicted: Sequence[Iterable[Triple]]) -> Scores:
    """Score predictions against gold, text by text.

    >>> score([[(0, 4, "GPE")]], [[(0, 4, "GPE"), (5, 9, "ORG")]]).total.as_dict()["p"]
    0.5
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold texts but {len(predicted)} predicted; pass one list per text")
    scores = Scores()
    for g, p in zip(gold, predicted, strict=True):
        scores.add(g, p)
    return scores


def recall_of(gold: Sequence[Iterable[Triple]], predicted: Sequence[Iterable[Triple]]) -> Counts:
    """Recall counts for a subset of gold spans (say, those naming unseen entities)."""
    counts = Counts()
    for g, p in zip(gold, predicted, strict=True):
        found = set(p)
        for triple in g:
            if triple in found:
                counts.tp += 1
            else:
                counts.fn += 1
    return counts
