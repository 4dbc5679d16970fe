"""Every value in a text, from all dimensions at once, without overlaps.

Where two dimensions claim the same characters the more specific reading wins:
an interval over the times it joins, a time or date over a duration, a
duration over a bare number (``২৪ ঘণ্টা`` is a duration, ``২০২৪ সালে`` a year).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from bengali_outage.models import Duration, Quantity, TimePoint
from bengali_outage.normalise.duration import find_durations
from bengali_outage.normalise.numeral import find_numbers
from bengali_outage.normalise.time import Interval, find_intervals, find_times

ValueKind = Literal["interval", "time", "duration", "number"]
_PRIORITY: dict[ValueKind, int] = {"interval": 0, "time": 1, "duration": 2, "number": 3}


@dataclass(frozen=True, slots=True)
class Value:
    """One value with its dimension; ``start``/``end`` index the text it was found in."""

    kind: ValueKind
    start: int
    end: int
    value: Interval | TimePoint | Duration | Quantity


def find_values(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> list[Value]:
    """Every number, duration, date, time and interval in ``text``, sorted and disjoint.

    >>> [(v.kind, v.value.text) for v in find_values("রাত আটটা নাগাদ ৪৭ হাজার অভিযোগ")]
    [('time', 'রাত আটটা নাগাদ'), ('number', '৪৭ হাজার')]
    """
    candidates: list[Value] = []
    for interval in find_intervals(text, reference=reference):
        candidates.append(Value("interval", interval.span[0], interval.span[1], interval))
    for tp in find_times(text, reference=reference, warnings=warnings):
        candidates.append(Value("time", tp.span[0], tp.span[1], tp))
    for d in find_durations(text):
        candidates.append(Value("duration", d.span[0], d.span[1], d))
    for q in find_numbers(text):
        candidates.append(Value("number", q.span[0], q.span[1], q))
    # Higher priority first, then longer; keep what does not overlap anything kept.
    candidates.sort(key=lambda v: (_PRIORITY[v.kind], -(v.end - v.start), v.start))
    kept: list[Value] = []
    taken: list[tuple[int, int]] = []  # kept spans, sorted by start; they never overlap
    for cand in candidates:
        i = bisect_left(taken, (cand.start, cand.start))
        clear_left = i == 0 or taken[i - 1][1] <= cand.start
        clear_right = i == len(taken) or taken[i][0] >= cand.end
        if clear_left and clear_right:
            taken.insert(i, (cand.start, cand.end))
            kept.append(cand)
    return sorted(kept, key=lambda v: v.start)
