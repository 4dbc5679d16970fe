"""Bengali calendar (বঙ্গাব্দ) dates to and from the Gregorian calendar.

Conversion follows Bangladesh's fixed solar calendar, in which 1 বৈশাখ is
always 14 April and the year number is the Gregorian year less 593 (less 594
before 14 April):

* the 2019 revision (from 1426 বঙ্গাব্দ): বৈশাখ to আশ্বিন have 31 days,
  ফাল্গুন 29 (30 when its February has a 29th), the rest 30;
* the 1987 revision (years before 1426): বৈশাখ to ভাদ্র have 31 days,
  ফাল্গুন 30 (31 in a Gregorian leap year), the rest 30.

West Bengal's calendar is instead reckoned from the sun's entry into each
sidereal sign (Surya Siddhanta): months of 29 to 32 days that start a day or
two after Bangladesh's, with 1 বৈশাখ on 14 or 15 April. It is not computed
here; ``docs/dates.md`` says how far apart the two can be.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

REVISION_2019_FROM: Final = 1426  # 1 বৈশাখ 1426 = 14 April 2019
YEAR_OFFSET: Final = 593  # Gregorian year in which a Bengali year begins, less the Bengali year
_FALGUN: Final = 11


def month_lengths(year: int) -> tuple[int, ...]:
    """Days in each month of Bengali year ``year`` (বৈশাখ first).

    >>> sum(month_lengths(1430)), month_lengths(1430)[_FALGUN - 1]
    (366, 30)
    """
    leap = calendar.isleap(year + YEAR_OFFSET + 1)  # the year holding this ফাল্গুন's February
    if year >= REVISION_2019_FROM:
        return (31,) * 6 + (30, 30, 30, 30, 30 if leap else 29, 30)
    return (31,) * 5 + (30,) * 5 + (31 if leap else 30, 30)


def new_year(year: int) -> date:
    """1 বৈশাখ of Bengali year ``year``.

    >>> new_year(1432)
    datetime.date(2025, 4, 14)
    """
    return date(year + YEAR_OFFSET, 4, 14)


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``day`` ``month`` ``year`` বঙ্গাব্দ, or None if there is no such day.

    >>> to_gregorian(1432, 8, 7)
    datetime.date(2025, 11, 22)
    """
    if not 1 <= month <= 12 or day < 1 or not 1 <= year + YEAR_OFFSET <= 9998:
        return None
    lengths = month_lengths(year)
    if day > lengths[month - 1]:
        return None
    return new_year(year) + timedelta(days=sum(lengths[: month - 1]) + day - 1)


def from_gregorian(d: date) -> tuple[int, int, int]:
    """``(year, month, day)`` বঙ্গাব্দ of a Gregorian date.

    >>> from_gregorian(date(2024, 4, 14))
    (1431, 1, 1)
    """
    year = d.year - YEAR_OFFSET if d >= date(d.year, 4, 14) else d.year - YEAR_OFFSET - 1
    offset = (d - new_year(year)).days
    for month, length in enumerate(month_lengths(year), start=1):
        if offset < length:
            return year, month, offset + 1
        offset -= length
    raise RuntimeError(f"this is a bug in bengali_outage: {d} fell outside Bengali year {year}")
