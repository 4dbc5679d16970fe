"""Dates in Bengali news text: calendar dates, weekdays, relative days and periods.

The rules here find *date atoms* (one date-ish phrase each: ``২১শে ফেব্রুয়ারি``,
``বৃহস্পতিবার``, ``গতকাল``, ``চলতি বছরের``, ``মাস তিনেক আগে``);
:mod:`bengali_outage.normalise.time` joins atoms that stand together with
times of day into one ``TimePoint`` and calls :func:`resolve_date` to fill
the date fields against a reference. Conventions are in ``docs/dates.md``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final, Literal

import regex

from bengali_outage._script import TO_LATIN_DIGITS
from bengali_outage.errors import ReferenceTimeError
from bengali_outage.lang.calendar import (
    AMBIGUOUS_MONTHS,
    BANGLA_MONTHS,
    BANGLA_YEAR_RANGE,
    DAY_SUFFIX_FORMS,
    DAY_WORDS,
    ERA_WORDS,
    GREGORIAN_MONTHS,
    GREGORIAN_YEAR_RANGE,
    HIJRI_MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    Era,
)
from bengali_outage.lang.numerals import CARDINALS
from bengali_outage.lang.time_words import (
    AGO_WORDS,
    ANAPHORIC_DAYS,
    APPROXIMATE_COUNTS,
    MONTH_PARTS,
    PERIOD_SHIFTS,
    PERIOD_UNITS,
    RELATIVE_DAYS,
    RELATIVE_DAYS_AMBIGUOUS,
    THIS_DAY,
    WITHIN_WORDS,
    PeriodUnit,
)
from bengali_outage.models import WEEKDAYS, Weekday
from bengali_outage.normalise import bangla_calendar
from bengali_outage.normalise._rule import Rule

Reference = date | datetime | None
Slot = Literal["date", "weekday", "part", "clock", "zone", "meridiem", "approx"]
Calendar = Literal["gregorian", "bangla", "hijri"]
Anchor = Literal["reference", "previous", "previous_or_reference"]

# ---------------------------------------------------------------- atoms


@dataclass(slots=True)  # not frozen: a frozen dataclass is ten times slower to build
class Relative:
    """A date counted from the reference day (or from the day named before, ``previous``)."""

    unit: PeriodUnit
    amount: int
    anchor: Anchor = "reference"
    approximate: bool = False
    note: str | None = None  # a warning to pass on whenever this is resolved


@dataclass(slots=True)  # not frozen, for speed; treated as immutable (copies via dataclasses.replace)
class Atom:
    """One date or time phrase: a single slot of a ``TimePoint``; offsets index the normalised text."""

    slot: Slot
    start: int
    end: int
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    calendar: Calendar = "gregorian"
    relative: Relative | None = None
    shift: int | None = None  # গত (-1), আগামী (+1), চলতি/এই (0) before a weekday or a date
    weekday: Weekday | None = None
    part: str | None = None  # the DAY_PARTS word, as a key
    hour: int | None = None  # the hour named, as written (০-২৩)
    delta: int = 0  # minutes after the named hour: সাড়ে +30, পৌনে -15, ৭টা ৪০ মিনিট +40
    meridiem: Literal["am", "pm"] | None = None
    utc_offset: str | None = None
    approximate: bool = False
    needs: frozenset[Slot] = frozenset()  # a weak atom stands only beside an atom of one of these slots
    inflected: bool = False  # a part of the day with a case ending (সকালে), see time._part
    notes: tuple[str, ...] = ()


Produce = Rule[tuple[Atom, ...]]


class Groups:
    """A match's groups, read once: each named lookup on a ``regex`` match costs about a microsecond."""

    __slots__ = ("_index", "_values")
    _INDEX: dict[regex.Pattern[str], dict[str, int]] = {}  # noqa: RUF012 - a cache, not data

    def __init__(self, match: regex.Match[str]) -> None:
        index = self._INDEX.get(match.re)
        if index is None:
            index = self._INDEX[match.re] = dict(match.re.groupindex)
        self._index = index
        self._values: tuple[str | None, ...] = match.groups()

    def group(self, name: str) -> str:
        """The text of group ``name``; "" when it took no part in the match."""
        i = self._index.get(name)
        return (self._values[i - 1] or "") if i is not None else ""


# ---------------------------------------------------------------- regex pieces

B: Final = r"(?<![\p{L}\p{M}\p{N}])"  # no letter, mark or digit just before
E: Final = r"(?![\p{L}\p{M}\p{N}])"  # ... or just after
DIGIT: Final = "[০-৯0-9]"
# Case endings and emphatic particles on nouns: সকালে, রাতের, মার্চে, মাসের,
# জানুয়ারিতে, সন্ধ্যায়, বুধবারেই, ২০২৪-এ.
NOUN_SUFFIX: Final = r"(?:-?(?:য়ের|য়|ের|এর|তে|কে|র|ে|এ))?(?:ই|ও)?"


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first; a space matches any run of spaces or a hyphen.

    >>> alternation(["এ", "এই", "Nov"])
    '(?:Nov|এই|এ)'
    """
    parts = [
        regex.escape(w).replace(r"\ ", r"(?:\s+|-)") for w in sorted(set(words), key=lambda w: (-len(w), w))
    ]
    body = "|".join(parts)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def digits_value(s: str) -> int:
    """The value of a run of Bengali and/or Latin digits.

    >>> digits_value("২০2৪")
    2024
    """
    latin = s.translate(TO_LATIN_DIGITS)
    if not latin.isascii() or not latin.isdigit():
        raise ValueError(f"this is a bug in bengali_outage: {s!r} is not a digit string")
    return int(latin)


def _lookup(table: Iterable[tuple[str, int]]) -> dict[str, int]:
    return {w.casefold(): v for w, v in table}


def key(s: str) -> str:
    """A table word as looked up: case folded, runs of spaces and hyphens made one space.

    >>> key("Nov"), key("গত   কাল"), key("ভোর-রাত")
    ('nov', 'গত কাল', 'ভোর রাত')
    """
    return " ".join(s.replace("-", " ").split()).casefold()


_key = key
DIGITS: Final = frozenset("০১২৩৪৫৬৭৮৯0123456789")


_MONTH_OF: Final = {_key(w): v for w, v in GREGORIAN_MONTHS}
_BANGLA_MONTH_OF: Final = {_key(w): v for w, v in BANGLA_MONTHS}
_HIJRI_MONTH_OF: Final = {_key(w): v for w, v in HIJRI_MONTHS}
_WEEKDAY_OF: Final[dict[str, Weekday]] = {_key(w): v for w, v in (*WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS)}
_DAY_WORD_OF: Final = _lookup(DAY_WORDS)
_ERA_OF: Final[dict[str, Era]] = {_key(w): v for w, v in ERA_WORDS}
_CARDINAL_OF: Final = {w: v for w, v in CARDINALS if 1 <= v <= 99}
_APPROX_COUNT_OF: Final = {_key(w): v for w, v in APPROXIMATE_COUNTS}
_RELATIVE_DAY_OF: Final = {_key(w): v for w, v in RELATIVE_DAYS}
_ANAPHOR_OF: Final = {_key(w): v for w, v in ANAPHORIC_DAYS}
_THIS_DAY: Final = frozenset(_key(w) for w in THIS_DAY)
_SHIFT_OF: Final = {_key(w): v for w, v in PERIOD_SHIFTS}
_UNIT_OF: Final[dict[str, PeriodUnit]] = {_key(w): v for w, v in PERIOD_UNITS}
_AMBIGUOUS_MONTH_KEYS: Final = frozenset(_key(w) for w in AMBIGUOUS_MONTHS)

_BN_MONTHS: Final = alternation(w for w, _ in GREGORIAN_MONTHS if not w.isascii())
_EN_MONTHS: Final = alternation((w for w, _ in GREGORIAN_MONTHS if w.isascii()), ignore_case=True)
MONTH: Final = rf"(?P<mon>{_BN_MONTHS}|{_EN_MONTHS}(?![A-Za-z])\.?)"
BANGLA_MONTH: Final = rf"(?P<bmon>{alternation(w for w, _ in BANGLA_MONTHS)})"
HIJRI_MONTH: Final = rf"(?P<hmon>{alternation(w for w, _ in HIJRI_MONTHS)})"
_DAY_SUFFIX: Final = rf"(?:{alternation(DAY_SUFFIX_FORMS)}|(?i:st|nd|rd|th)(?![A-Za-z]))"
DAY: Final = (
    rf"(?:(?P<d>{DIGIT}{{1,2}})(?!{DIGIT}){_DAY_SUFFIX}?|(?P<dw>{alternation(w for w, _ in DAY_WORDS)}))"
)
YEAR: Final = rf"(?P<y>{DIGIT}{{4}})(?!{DIGIT})"
ERA: Final = rf"(?:\s*(?P<era>{alternation(w for w, _ in ERA_WORDS)}))"
_CARDINAL: Final = alternation(_CARDINAL_OF)
COUNT: Final = rf"(?:(?P<n>{DIGIT}{{1,2}})|(?P<nw>{_CARDINAL}))"
_UNIT: Final = rf"(?P<unit>{alternation(w for w, u in PERIOD_UNITS)})"
_MONTH_PART: Final = rf"(?:\s+{alternation(MONTH_PARTS)})?"
_TARIKH: Final = rf"(?:\s*তারিখ{NOUN_SUFFIX})?"


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.VERSION0)


# ---------------------------------------------------------------- field readers


def _day(g: Groups) -> int | None:
    if g.group("d"):
        return digits_value(g.group("d"))
    if g.group("dw"):
        return _DAY_WORD_OF[g.group("dw").casefold()]
    return None


def _month(g: Groups) -> int:
    return _MONTH_OF[_key(g.group("mon").rstrip("."))]


def _era(g: Groups) -> Era | None:
    era = g.group("era")
    return _ERA_OF[_key(era)] if era else None


def _count(g: Groups) -> int:
    if g.group("n"):
        return digits_value(g.group("n"))
    return _CARDINAL_OF[g.group("nw")]


def _days_in(month: int, year: int | None) -> int:
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year if year is not None else 2001, month)[1]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and (day < 1 or day > (_days_in(month, year) if month is not None else 31)):
        return False
    return year is None or GREGORIAN_YEAR_RANGE[0] <= year <= GREGORIAN_YEAR_RANGE[1]


def _year(g: Groups) -> tuple[int | None, Calendar | None]:
    """The year and the calendar its era word (or its size) puts it in; (None, None) if no year."""
    if not g.group("y"):
        return None, None
    value = digits_value(g.group("y"))
    era = _era(g)
    if era == "unmarked":
        lo, hi = BANGLA_YEAR_RANGE
        era = "bangla" if lo <= value <= hi else "gregorian"
    return value, ("gregorian" if era is None else era)


def _atom(m: regex.Match[str], rule: str, slot: Slot = "date", **fields: object) -> tuple[Atom, ...]:
    return (Atom(slot, m.start(), m.end(), rule, **fields),)  # type: ignore[arg-type]


def _shift(g: Groups) -> int | None:
    s = g.group("shift")
    return _SHIFT_OF[_key(s)] if s else None


# ---------------------------------------------------------------- rules: Gregorian dates

_SEP: Final = r"(?:\s*[-/.,]\s*|\s+)"
# A month right after a number that was not a day (৩৫ ডিসেম্বর) is no date at all.
_NO_DAY_BEFORE: Final = rf"(?<!{DIGIT}[\s\-/.,]{{0,2}})"
_DATE_SHIFT: Final = (
    rf"(?:(?P<shift>{alternation(('গত', 'বিগত', 'গেল', 'গেলো', 'আগামী', 'আসছে', 'সামনের'))})\s+)?"
)


def _day_month_year(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    year, cal = _year(g)
    if cal not in (None, "gregorian"):
        return None
    month, day = _month(g), _day(g)
    if not _valid(year, month, day):
        return None
    return _atom(m, "<day> <month> <year>", year=year, month=month, day=day, shift=_shift(g))


def _month_day_year(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    year, cal = _year(g)
    if cal not in (None, "gregorian"):
        return None
    if year is None and not g.group("mon").isascii():
        return None  # মে ২৪ without a year is more often "May, 24 [of something]"
    month, day = _month(g), _day(g)
    if not _valid(year, month, day):
        return None
    return _atom(m, "<month> <day>, <year>", year=year, month=month, day=day, shift=_shift(g))


def _month_year(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    year, cal = _year(g)
    if cal != "gregorian" or not _valid(year, 1, None):
        return None
    return _atom(m, "<month> <year>", year=year, month=_month(g))


def _year_month(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    year = digits_value(g.group("y"))
    if not _valid(year, 1, None):
        return None
    return _atom(m, "<year>-এর <month>", year=year, month=_month(g))


def _month_named(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    return _atom(m, "<month> মাস", month=_month(g))


def _month_alone(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    # মার্চ and মে alone are a month only beside a year: চলতি বছরের মার্চে, not লং মার্চ
    needs: frozenset[Slot] = (
        frozenset({"date"}) if _key(g.group("mon")) in _AMBIGUOUS_MONTH_KEYS else frozenset()
    )
    return _atom(m, "<month>", month=_month(g), needs=needs)


def _month_day_tarikh(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    month, day = _month(g), _day(g)
    if not _valid(None, month, day):
        return None
    return _atom(m, "<month>-এর <day> তারিখ", month=month, day=day)


def _day_tarikh(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    day = _day(g)
    if not _valid(None, None, day):
        return None
    return _atom(m, "<day> তারিখ", day=day)


def _year_only(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    year, cal = _year(g)
    if year is None:
        return None
    if cal == "bangla":
        lo, hi = BANGLA_YEAR_RANGE
        if not lo <= year <= hi:
            return None
        start = bangla_calendar.new_year(year)
        note = (
            f"Bengali year {year} runs from {_english(start)} to "
            f"{_english(bangla_calendar.new_year(year + 1) - timedelta(days=1))}; "
            f"read as {start.year}"
        )
        return _atom(m, "<year> বঙ্গাব্দ", year=start.year, approximate=True, notes=(note,))
    if cal == "hijri":
        return _atom(m, "<year> হিজরি", calendar="hijri", notes=(_hijri_note(m.group()),))
    if not _valid(year, None, None):
        return None
    return _atom(m, "<year> সাল", year=year)


def _year_of(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    """২০২৫-এর ১৮ নভেম্বর: a year in the genitive, a year only beside a date (২০০০-এর বেশি is a count)."""
    year = digits_value(Groups(m).group("y"))
    if not 1900 <= year <= 2100:
        return None
    return _atom(m, "<year>-এর", year=year, needs=frozenset({"date"}))


def _numeric_dmy(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    day, month = digits_value(g.group("d")), digits_value(g.group("m"))
    y = g.group("y")
    year = digits_value(y)
    if len(y) == 2:
        year += 2000 if year < 70 else 1900
    if not _valid(year, month, day):
        return None
    return _atom(m, "<dd>/<mm>/<yyyy>", year=year, month=month, day=day)


def _numeric_ymd(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    year, month, day = (digits_value(m.group(g)) for g in ("y", "m", "d"))
    if not _valid(year, month, day):
        return None
    date_atom = Atom("date", m.start(), m.end("d"), "<yyyy>-<mm>-<dd>", year=year, month=month, day=day)
    if not g.group("H"):
        return (date_atom,)
    hour, minute = digits_value(g.group("H")), digits_value(g.group("M"))
    if hour > 23 or minute > 59:
        return (date_atom,)
    atoms = [
        date_atom,
        Atom("clock", m.start("H"), m.end("clock"), "<yyyy>-<mm>-<dd>T<hh>:<mm>", hour=hour, delta=minute),
    ]
    if g.group("z"):
        z = g.group("z")
        offset = "+00:00" if z in "Zz" else z.translate(TO_LATIN_DIGITS)
        if len(offset) == 5:  # +0530
            offset = f"{offset[:3]}:{offset[3:]}"
        atoms.append(Atom("zone", m.start("z"), m.end("z"), "<yyyy>-<mm>-<dd>T<hh>:<mm>", utc_offset=offset))
    return tuple(atoms)


# ---------------------------------------------------------------- rules: Bengali and Hijri calendars


def _hijri_note(text: str) -> str:
    return (
        f"Hijri date {text!r} recognised but not converted: the Hijri calendar is lunar and locally sighted"
    )


def _bangla_date(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    bmonth = _BANGLA_MONTH_OF[_key(g.group("bmon"))]
    day = _day(g)
    year, cal = _year(g)
    if (
        year is not None
        and cal != "bangla"
        and (g.group("era") or not BANGLA_YEAR_RANGE[0] <= year <= BANGLA_YEAR_RANGE[1])
    ):
        return None
    calendar_note = (
        "Bengali date converted by Bangladesh's revised calendar (1 বৈশাখ = 14 April); "
        "by the West Bengal calendar it can fall a day or two later"
    )
    if day is not None:
        if year is not None:
            greg = bangla_calendar.to_gregorian(year, bmonth, day)
            if greg is None:
                return None
            return _atom(
                m,
                "<day> <bangla-month> <year>",
                year=greg.year,
                month=greg.month,
                day=greg.day,
                calendar="bangla",
                notes=(calendar_note,),
            )
        # Without a year: only ফাল্গুন's end moves with leap years; read a common year.
        greg = bangla_calendar.to_gregorian(1431, bmonth, day)  # 1431: ফাল্গুন in February 2025
        if greg is None:
            return None
        notes: tuple[str, ...] = (calendar_note,)
        if bmonth == 11 and day >= 16:
            notes += (f"{m.group()!r}: in a leap year this is one day earlier",)
        return _atom(
            m, "<day> <bangla-month>", month=greg.month, day=greg.day, calendar="bangla", notes=notes
        )
    if year is None:
        return None
    first = bangla_calendar.to_gregorian(year, bmonth, 1)
    middle = bangla_calendar.to_gregorian(year, bmonth, 15)
    if first is None or middle is None:
        return None
    note = f"{m.group()!r} spans two Gregorian months from {_english(first)}; the month of its middle is given"
    return _atom(
        m,
        "<bangla-month> <year>",
        year=middle.year,
        month=middle.month,
        calendar="bangla",
        approximate=True,
        notes=(note,),
    )


def _hijri_date(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    if not (g.group("y") or g.group("era")):
        return None
    return _atom(m, "<day> <hijri-month> <year>", calendar="hijri", notes=(_hijri_note(m.group()),))


# ---------------------------------------------------------------- rules: weekdays and relative dates


def _weekday(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    return _atom(m, "<weekday>", "weekday", weekday=_WEEKDAY_OF[_key(g.group("wd"))], shift=_shift(g))


def _weekday_abbreviation(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    return _atom(
        m,
        "<weekday-abbreviation>",
        "weekday",
        weekday=_WEEKDAY_OF[_key(g.group("wd"))],
        needs=frozenset({"date"}),
    )


def _relative_day(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    word = _key(g.group("w"))
    note = None
    if g.group("w") in RELATIVE_DAYS_AMBIGUOUS:
        note = f"{m.group('w')!r} read as the day before yesterday; it can also mean the day after tomorrow"
    return _atom(m, "আজ|গতকাল|আগামীকাল|পরশু", relative=Relative("day", _RELATIVE_DAY_OF[word], note=note))


def _anaphoric_day(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    word = _key(g.group("w"))
    anchor: Anchor = "previous_or_reference" if word in _THIS_DAY else "previous"
    return _atom(m, "এদিন|সেদিন|পরদিন", relative=Relative("day", _ANAPHOR_OF[word], anchor))


def _period(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    unit = _UNIT_OF[_key(g.group("unit"))]
    shift = _SHIFT_OF[_key(g.group("shift"))]
    if unit == "day":
        return None
    approximate = unit == "week"  # a week is seven days: its middle day stands for it
    amount = shift * 7 if unit == "week" else shift
    return _atom(
        m,
        "গত|চলতি|আগামী <unit>",
        relative=Relative("day" if unit == "week" else unit, amount, approximate=approximate),
    )


_GENITIVE_BEFORE: Final = _compile(r"(?:র|ের|এর)[\s\-]*$")  # searched in the few characters before


def _ago(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    if m.start() > 0 and _GENITIVE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # ঘটনার দু'দিন আগে counts from an event, not from the reference
    unit = _UNIT_OF[_key(g.group("unit"))]
    approximate = bool(g.group("ac"))
    n = _APPROX_COUNT_OF[_key(g.group("ac"))] if approximate else _count(g)
    if n == 0:
        return None
    if unit == "week":
        unit, n, approximate = "day", n * 7, True
    return _atom(m, "<count> <unit> আগে", relative=Relative(unit, -n, approximate=approximate))


def _within(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    unit = _UNIT_OF[_key(g.group("unit"))]
    n = _count(g)
    if n == 0 or unit not in ("day", "week"):
        return None
    days = n * 7 if unit == "week" else n
    shift = _shift(g)
    note = None
    if shift is None:
        note = f"{m.group()!r} read as looking back from the reference; it can also look ahead"
    sign = 1 if shift == 1 else -1
    return _atom(m, "<count> দিনের মধ্যে", relative=Relative("day", sign * days, approximate=True, note=note))


_WEEKDAY_SHIFT: Final = rf"(?:(?P<shift>{alternation(w for w, _ in PERIOD_SHIFTS)})\s+)?"
_AGO_COUNT: Final = (
    rf"(?:{COUNT}\s?'?\s?{_UNIT}|{_UNIT}\s*(?P<ac>{alternation(w for w, _ in APPROXIMATE_COUNTS)}))"
)

# fmt: off
RULES: Final[tuple[Produce, ...]] = (
    Rule("<yyyy>-<mm>-<dd>", _compile(
        rf"(?<![০-৯0-9./:\-+]){YEAR}(?P<sep>[-/.])(?P<m>{DIGIT}{{1,2}})(?P=sep)(?P<d>{DIGIT}{{1,2}})(?!{DIGIT})"
        rf"(?:[T ](?P<clock>(?P<H>{DIGIT}{{2}}):(?P<M>{DIGIT}{{2}})(?::{DIGIT}{{2}}(?:\.{DIGIT}+)?)?)"
        rf"(?P<z>[Zz]|[+\-]{DIGIT}{{2}}:?{DIGIT}{{2}})?)?(?![০-৯0-9]|[./:\-][০-৯0-9])"
    ), _numeric_ymd),
    Rule("<dd>/<mm>/<yyyy>", _compile(
        rf"(?<![০-৯0-9./:\-+])(?P<d>{DIGIT}{{1,2}})(?P<sep>[/.\-])(?P<m>{DIGIT}{{1,2}})(?P=sep)"
        rf"(?P<y>{DIGIT}{{4}}|{DIGIT}{{2}})(?![০-৯0-9]|[./:\-][০-৯0-9]){NOUN_SUFFIX}{E}"
    ), _numeric_dmy),
    Rule("<day> <month> <year>", _compile(
        rf"{B}{_DATE_SHIFT}{DAY}{_SEP}?{MONTH}(?:{_SEP}{YEAR}{ERA}?)?{NOUN_SUFFIX}{_TARIKH}{E}(?!\.\p{{L}})"
    ), _day_month_year),
    Rule("<month> <day>, <year>", _compile(
        rf"{B}{_DATE_SHIFT}{MONTH}\s*(?P<d>{DIGIT}{{1,2}})(?!{DIGIT}){_DAY_SUFFIX}?(?P<dw>(?!))?"
        rf"(?:\s*,\s*|\s+){YEAR}{ERA}?{NOUN_SUFFIX}{E}"
    ), _month_day_year),
    Rule("<month> <day>", _compile(
        rf"{B}(?P<mon>{_EN_MONTHS})\.?\s*(?P<d>{DIGIT}{{1,2}})(?!{DIGIT}){_DAY_SUFFIX}?(?P<dw>(?!))?(?P<y>(?!))?"
        rf"(?P<era>(?!))?(?P<shift>(?!))?(?![\p{{L}}\p{{M}}\p{{N}}]|\s*,?\s*{DIGIT})"
    ), _month_day_year),
    Rule("<month> <year>", _compile(
        rf"{B}{_NO_DAY_BEFORE}{MONTH}(?:\s*মাস)?\s*[,\-]?\s*{YEAR}{ERA}?{NOUN_SUFFIX}{E}"
    ), _month_year),
    Rule("<year>-এর <month>", _compile(
        rf"{B}{YEAR}\s?-?\s?(?:এর|এ|র)\s+{MONTH}(?:\s*মাস)?{NOUN_SUFFIX}{_MONTH_PART}{E}"
    ), _year_month),
    Rule("<month>-এর <day> তারিখ", _compile(
        rf"{B}{MONTH}(?:\s*মাস)?(?:ের|এর|র)\s+{DAY}\s*তারিখ{NOUN_SUFFIX}{E}"
    ), _month_day_tarikh),
    Rule("<month> মাস", _compile(
        rf"{B}{MONTH}\s*মাস{NOUN_SUFFIX}{_MONTH_PART}{E}"
    ), _month_named),
    Rule("<month>", _compile(
        rf"{B}{_NO_DAY_BEFORE}(?P<mon>{_BN_MONTHS}){NOUN_SUFFIX}{_MONTH_PART}{E}"
    ), _month_alone),
    Rule("<day> তারিখ", _compile(
        rf"{B}{DAY}\s*তারিখ{NOUN_SUFFIX}{E}"
    ), _day_tarikh),
    Rule("<year> সাল", _compile(
        rf"{B}{YEAR}{ERA}{NOUN_SUFFIX}{_MONTH_PART}{E}"
    ), _year_only),
    Rule("<year>-এর", _compile(
        rf"{B}{YEAR}\s?-?\s?(?:এর|এ|র){E}"
    ), _year_of),
    Rule("<day> <bangla-month> <year>", _compile(
        rf"{B}(?:{DAY}\s*-?\s*)?{BANGLA_MONTH}(?:[\s,]+{YEAR}{ERA}?)?{NOUN_SUFFIX}{E}"
    ), _bangla_date),
    Rule("<day> <hijri-month> <year>", _compile(
        rf"{B}{DAY}\s*{HIJRI_MONTH}(?:[\s,]+{YEAR})?{ERA}?{NOUN_SUFFIX}{E}"
    ), _hijri_date),
    Rule("<weekday>", _compile(
        rf"{B}{_WEEKDAY_SHIFT}(?P<wd>{alternation(w for w, _ in WEEKDAY_NAMES if not w.isascii())}"
        rf"|{alternation((w for w, _ in WEEKDAY_NAMES if w.isascii()), ignore_case=True)}){NOUN_SUFFIX}{E}"
    ), _weekday),
    Rule("<weekday-abbreviation>", _compile(
        rf"(?<![A-Za-z])(?P<wd>{alternation(w for w, _ in WEEKDAY_ABBREVIATIONS)})\.?(?=,?\s*[০-৯0-9A-Za-z])(?![A-Za-z])"
    ), _weekday_abbreviation),
    Rule("আজ|গতকাল|আগামীকাল|পরশু", _compile(
        rf"{B}(?P<w>{alternation(w for w, _ in RELATIVE_DAYS)}){NOUN_SUFFIX}{E}"
    ), _relative_day),
    Rule("এদিন|সেদিন|পরদিন", _compile(
        rf"{B}(?P<w>{alternation(w for w, _ in ANAPHORIC_DAYS)}){NOUN_SUFFIX}{E}"
    ), _anaphoric_day),
    Rule("গত|চলতি|আগামী <unit>", _compile(
        rf"{B}(?P<shift>{alternation(w for w, _ in PERIOD_SHIFTS)})\s*{_UNIT}{NOUN_SUFFIX}{_MONTH_PART}{E}"
    ), _period),
    Rule("<count> <unit> আগে", _compile(
        rf"{B}{_AGO_COUNT}\s*(?:খানেক\s*)?{alternation(AGO_WORDS)}{E}"
    ), _ago),
    Rule("<count> দিনের মধ্যে", _compile(
        rf"{B}{_DATE_SHIFT}{COUNT}\s?'?\s?{_UNIT}(?:ের|এর)\s*{alternation(WITHIN_WORDS)}{E}"
    ), _within),
)
# fmt: on


# A cheap test per rule: a (case-folded) text holding none of these strings, or
# not matching this plain regex, cannot match the rule, which is then not run.
_BN_MONTH_WORDS: Final = tuple(w for w, _ in GREGORIAN_MONTHS if not w.isascii())
_EN_MONTH_WORDS: Final = tuple(w.casefold() for w, _ in GREGORIAN_MONTHS if w.isascii())
_MONTH_WORDS: Final = _BN_MONTH_WORDS + _EN_MONTH_WORDS
Trigger = tuple[str, ...] | str  # words, any of which must occur; or a regex that must match

TRIGGERS: Final[dict[str, Trigger]] = {
    "<yyyy>-<mm>-<dd>": r"[০-৯0-9][-/.][০-৯0-9]",
    "<dd>/<mm>/<yyyy>": r"[০-৯0-9][-/.][০-৯0-9]",
    "<day> <month> <year>": _MONTH_WORDS,
    "<month> <day>, <year>": _MONTH_WORDS,
    "<month> <day>": _EN_MONTH_WORDS,
    "<month> <year>": _MONTH_WORDS,
    "<year>-এর <month>": _MONTH_WORDS,
    "<month>-এর <day> তারিখ": ("তারিখ",),
    "<month> মাস": ("মাস",),
    "<month>": _BN_MONTH_WORDS,
    "<day> তারিখ": ("তারিখ",),
    "<year> সাল": tuple(w.casefold() for w, _ in ERA_WORDS),
    "<year>-এর": r"[০-৯0-9]{4}\s?-?\s?[এর]",
    "<day> <bangla-month> <year>": tuple(w for w, _ in BANGLA_MONTHS),
    "<day> <hijri-month> <year>": tuple(w.split()[0] for w, _ in HIJRI_MONTHS),
    "<weekday>": ("বার", "day"),
    "<weekday-abbreviation>": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "আজ|গতকাল|আগামীকাল|পরশু": ("আজ", "গতকাল", "গত কাল", "আগামী", "পরশু", "today", "yesterday", "tomorrow"),
    "এদিন|সেদিন|পরদিন": ("দিন",),
    "গত|চলতি|আগামী <unit>": tuple(w for w, _ in PERIOD_UNITS),
    "<count> <unit> আগে": tuple(w.casefold() for w in AGO_WORDS),
    "<count> দিনের মধ্যে": WITHIN_WORDS,
}

# ---------------------------------------------------------------- resolution


def reference_date(reference: Reference) -> date | None:
    """The reference day: the date itself, or an aware datetime's date in its own zone.

    >>> reference_date(date(2024, 3, 12))
    datetime.date(2024, 3, 12)
    """
    if reference is None:
        return None
    if isinstance(reference, datetime):
        if reference.tzinfo is None or reference.utcoffset() is None:
            raise ReferenceTimeError(
                f"reference {reference.isoformat()} is a naive datetime; pass an aware one "
                "(e.g. datetime(2024, 3, 12, 9, 30, tzinfo=timezone(timedelta(hours=6)))) or a date"
            )
        return reference.date()
    if isinstance(reference, date):
        return reference
    raise ReferenceTimeError(
        f"reference must be a datetime.date or an aware datetime.datetime, not {type(reference).__name__}"
    )


# English month names for warnings, independent of the locale (strftime's %B is not).
_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _english(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def weekday_of(d: date) -> Weekday:
    """The SPEC weekday name of a date.

    >>> weekday_of(date(2024, 3, 12))
    'tuesday'
    """
    return WEEKDAYS[d.weekday()]


@dataclass(slots=True)
class DateFields:
    """The date half of a TimePoint."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: Weekday | None = None
    approximate: bool = False
    notes: list[str] = field(default_factory=list)
    hijri: bool = False  # a Hijri date was named (and left unconverted)
    unresolved: bool = False  # a relative date had nothing to count from

    def full(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _shifted(ref: date, rel: Relative) -> DateFields:
    if rel.unit == "day":
        d = ref + timedelta(days=rel.amount)
        return DateFields(d.year, d.month, d.day, None if rel.approximate else weekday_of(d), rel.approximate)
    if rel.unit == "month":
        y, m = _add_months(ref.year, ref.month, rel.amount)
        return DateFields(y, m, approximate=rel.approximate)
    return DateFields(ref.year + rel.amount, approximate=rel.approximate)


def _latest_year_with_weekday(month: int, day: int, weekday: Weekday, up_to: int) -> int | None:
    for year in range(up_to, up_to - 40, -1):
        if day <= _days_in(month, year) and weekday_of(date(year, month, day)) == weekday:
            return year
    return None


def _nearest_year(month: int, day: int, ref: date, shift: int) -> int | None:
    """The year of the latest ``month``/``day`` before the reference (shift -1) or the first after it (+1)."""
    years = range(ref.year, ref.year - 9, -1) if shift < 0 else range(ref.year, ref.year + 9)
    for year in years:
        if day <= _days_in(month, year):
            d = date(year, month, day)
            if (shift < 0 and d < ref) or (shift > 0 and d > ref):
                return year
    return None


def _weekday_date(weekday: Weekday, ref: date, shift: int | None) -> date:
    back = (ref.weekday() - WEEKDAYS.index(weekday)) % 7
    if shift is None or shift == 0:
        return ref - timedelta(days=back)
    if shift < 0:
        return ref - timedelta(days=back or 7)
    return ref + timedelta(days=(7 - back) % 7 or 7)


def mergeable(dates: Sequence[Atom], new: Atom) -> bool:
    """Whether date atom ``new`` can join ``dates`` in one TimePoint (they name parts of one date).

    >>> year = Atom("date", 0, 10, "<year> সাল", year=2024)
    >>> mergeable([year], Atom("date", 11, 17, "<day> <month> <year>", month=3, day=12))
    True
    >>> mergeable([year], Atom("date", 11, 20, "<year> সাল", year=2023))
    False
    """
    if not dates:
        return True
    if new.calendar == "hijri" or any(d.calendar == "hijri" for d in dates):
        return not any(d.calendar == new.calendar for d in dates)
    if any(d.calendar != new.calendar for d in dates):
        # a Gregorian date next to the same day in the Bengali calendar (Bangladeshi datelines)
        return all(_full_atom(d) for d in (*dates, new) if d.calendar != "hijri") and len(dates) == 1
    relative = [d for d in (*dates, new) if d.relative is not None]
    if len(relative) > 1:
        return False
    if relative:
        rel = relative[0].relative
        if rel is None:
            raise RuntimeError("this is a bug in bengali_outage: a relative atom lost its relative date")
        rest = [d for d in (*dates, new) if d.relative is None]
        if rel.approximate:
            return False
        if rel.unit == "year":
            return all(d.year is None for d in rest)
        if rel.unit == "month":
            return all(d.year is None and d.month is None for d in rest)
        return True  # আজ (১২ মার্চ): the date named says the same day again
    have = {f for d in dates for f in ("year", "month", "day") if getattr(d, f) is not None}
    adds = {f for f in ("year", "month", "day") if getattr(new, f) is not None}
    return not (have & adds)


def _full_atom(a: Atom) -> bool:
    return a.year is not None and a.month is not None and a.day is not None


def resolve_date(
    dates: Sequence[Atom],
    weekday: Atom | None,
    reference: date | None,
    previous: date | None,
    text: str,
) -> DateFields:
    """Fill the date fields of one TimePoint from its date atoms and weekday atom.

    ``previous`` is the last full date named earlier in the text (for এদিন,
    পরদিন); ``text`` is quoted in the notes. A relative date with nothing to
    count from leaves its fields None and sets ``unresolved``.

    >>> yesterday = Atom("date", 0, 6, "আজ|গতকাল|আগামীকাল|পরশু", relative=Relative("day", -1))
    >>> f = resolve_date([yesterday], None, date(2024, 3, 12), None, "গতকাল")
    >>> (f.year, f.month, f.day, f.weekday)
    (2024, 3, 11, 'monday')
    """
    out = DateFields()
    if not dates and weekday is None:
        return out
    out.notes.extend(n for d in dates if d.calendar == "hijri" for n in d.notes)
    out.hijri = any(d.calendar == "hijri" for d in dates)
    dates = [d for d in dates if d.calendar != "hijri"]
    gregorian = [d for d in dates if d.calendar == "gregorian"]
    bangla = [d for d in dates if d.calendar == "bangla"]
    if gregorian and bangla:
        g, b = gregorian[0], bangla[0]
        if None not in (g.year, g.month, g.day, b.year, b.month, b.day):
            gap = abs((date(g.year, g.month, g.day) - date(b.year, b.month, b.day)).days)  # type: ignore[arg-type]
            if gap > 2:
                out.notes.append(
                    f"{text!r}: the Bengali date given is {gap} days from the Gregorian one; the Gregorian is kept"
                )
        dates = gregorian  # the Bengali date repeats the Gregorian one
    out.notes.extend(n for d in dates for n in d.notes)
    for d in dates:
        out.year = d.year if d.year is not None else out.year
        out.month = d.month if d.month is not None else out.month
        out.day = d.day if d.day is not None else out.day
        out.approximate |= d.approximate
    shift = next((d.shift for d in dates if d.shift is not None), None)
    relative = next((d.relative for d in dates if d.relative is not None), None)
    if relative is not None:
        _apply_relative(out, relative, reference, previous, text)
    if weekday is not None and weekday.weekday is not None:
        named = weekday.weekday
        full = out.full()
        if full is not None and not out.approximate and weekday_of(full) != named:
            out.notes.append(
                f"{text!r}: {_english(full)} is a {weekday_of(full).capitalize()}, "
                f"not a {named.capitalize()}; the weekday named is kept"
            )
        out.weekday = named
        shift = weekday.shift if weekday.shift is not None else shift
    full = out.full()
    if full is not None:
        if out.weekday is None and not out.approximate:
            out.weekday = weekday_of(full)
        return out
    if reference is None or out.unresolved:
        return out
    if out.year is None and out.month is not None and out.day is not None:
        if out.weekday is not None:
            year = _latest_year_with_weekday(out.month, out.day, out.weekday, reference.year)
            if year is not None:
                out.year = year
                out.notes.append(
                    f"year {year} inferred for {text!r}: the latest year not after the reference in which "
                    f"{out.day} {_MONTH_NAMES[out.month - 1]} is a {out.weekday.capitalize()}"
                )
        elif shift in (-1, 1):
            year = _nearest_year(out.month, out.day, reference, shift)
            if year is not None:
                out.year = year
                out.weekday = weekday_of(date(year, out.month, out.day))
                which = "latest such date before" if shift < 0 else "first such date after"
                out.notes.append(f"year {year} inferred for {text!r}: the {which} the reference")
    elif (
        out.year is None
        and out.month is None
        and out.day is None
        and out.weekday is not None
        and relative is None
    ):
        day = _weekday_date(out.weekday, reference, shift)
        out.year, out.month, out.day = day.year, day.month, day.day
        which = {-1: "before", 1: "after"}.get(shift or 0, "on or before")
        out.notes.append(
            f"date {day.isoformat()} inferred for {text!r}: the nearest {out.weekday.capitalize()} {which} the reference"
        )
    return out


def _apply_relative(
    out: DateFields, relative: Relative, reference: date | None, previous: date | None, text: str
) -> None:
    if relative.anchor == "reference":
        anchor = reference
    elif previous is not None:
        anchor = previous
    elif relative.anchor == "previous_or_reference" and reference is not None:
        anchor = reference
        out.notes.append(f"{text!r} read as the reference day, no earlier date being named")
    else:
        anchor = None
    if anchor is None:
        out.unresolved = True
        return
    base = _shifted(anchor, relative)
    if relative.note:
        out.notes.append(relative.note)
    if relative.anchor != "reference" and anchor is previous:
        out.notes.append(f"{text!r} read as {base.full()}, counted from the date named before it")
    if out.year is not None or out.month is not None or out.day is not None:
        # চলতি বছরের মার্চ মাসে, চলতি মাসের ১২ তারিখে, আজ (১২ মার্চ): what the text names wins
        base.year = out.year if out.year is not None else base.year
        base.month = out.month if out.month is not None else base.month
        base.day = out.day if out.month is None or out.day is not None else None
        base.weekday = None
    out.year, out.month, out.day, out.weekday = base.year, base.month, base.day, base.weekday
    out.approximate |= base.approximate
