"""Times of day, dates with times, and intervals, as SPEC ``TimePoint`` values.

Reading goes in three steps. Rules (``RULES`` here, ``date.RULES`` for dates)
find *atoms*: one phrase filling one slot of a TimePoint (a date, a weekday, a
part of the day, a clock time, a zone, a meridiem, an "about"). Atoms that
stand together, separated only by spaces, commas or brackets, join into one
TimePoint (``মঙ্গলবার (১২ মার্চ) রাত ৮টার দিকে``). Last, intervals pass parts
of the day, dates and zones from one end to the other
(``রাত সাড়ে আটটা থেকে পৌনে ন'টার মধ্যে``), and relative dates are resolved
against the reference. Conventions are in ``docs/times.md``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Final, Literal

import regex
from pydantic import BaseModel, ConfigDict

from bengali_outage._script import normalise_text
from bengali_outage._spans import remap
from bengali_outage.lang.numerals import CARDINALS
from bengali_outage.lang.time_words import (
    AFTER_WORDS,
    APPROXIMATE_AFTER,
    APPROXIMATE_BEFORE,
    DAY_PART_HOURS,
    DAY_PARTS,
    DAYTIME_HOURS,
    HOUR_COUNTERS,
    HOUR_FRACTIONS,
    HOUR_WORDS,
    MERIDIEMS,
    MIDNIGHT_WORDS,
    ZONE_AFTERWORDS,
    ZONES,
)
from bengali_outage.models import WEEKDAYS, PartOfDay, Span, TimePoint
from bengali_outage.normalise import date as dates
from bengali_outage.normalise._rule import Rule
from bengali_outage.normalise.date import (
    DIGIT,
    DIGITS,
    NOUN_SUFFIX,
    Atom,
    B,
    E,
    Groups,
    Produce,
    Reference,
    Relative,
    Slot,
    alternation,
    digits_value,
)


class Interval(BaseModel):
    """A span of time with both ends read: ``সকাল ৬টা থেকে বেলা ৮টা ২০ মিনিট পর্যন্ত``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: TimePoint
    end: TimePoint
    text: str
    span: Span


# ---------------------------------------------------------------- tables turned lookups


_key = dates.key


_PART_OF: Final[dict[str, PartOfDay | None]] = {_key(w): p for w, p in DAY_PARTS}
_HOURS_OF_PART: Final[dict[PartOfDay, tuple[int, int]]] = {p: (lo, hi) for p, lo, hi in DAY_PART_HOURS}
_HOUR_WORD_OF: Final[dict[str, tuple[int, int]]] = {w: (h, m) for w, h, m in HOUR_WORDS}
_FRACTION_OF: Final[dict[str, int]] = {_key(w): v for w, v in HOUR_FRACTIONS}
_MERIDIEM_OF: Final[dict[str, Literal["am", "pm"]]] = {w.casefold(): v for w, v in MERIDIEMS}
_ZONE_OF: Final[dict[str, str | None]] = {_key(w): v for w, v in ZONES}
_CARDINAL_OF: Final[dict[str, int]] = {w: v for w, v in CARDINALS if 0 <= v <= 59}
_MIDNIGHT: Final = frozenset(_key(w) for w in MIDNIGHT_WORDS)

# ---------------------------------------------------------------- regex pieces

_CLOCK_CASE: Final = r"(?:য়|র|তে|ে)?(?:ই|ও)?"
_CARDINAL: Final = alternation(_CARDINAL_OF)
_MINUTE_NUMBER: Final = rf"(?:{DIGIT}{{1,2}}(?!{DIGIT})|{_CARDINAL})"
_FRACTION: Final = rf"(?P<frac>{alternation(w for w, _ in HOUR_FRACTIONS)})"
_BN_MERIDIEM: Final = alternation(w for w, _ in MERIDIEMS if not w.isascii())
_LATIN_MERIDIEM: Final = alternation((w for w, _ in MERIDIEMS if w.isascii()), ignore_case=True)
_MERIDIEM: Final = rf"(?P<mer>{_LATIN_MERIDIEM}(?![A-Za-z])|{_BN_MERIDIEM}{E})"
_APPROX_AFTER: Final = rf"(?P<apx>\s*{alternation(APPROXIMATE_AFTER)})?"
_AFTER: Final = rf"(?P<after>\s*{alternation((*AFTER_WORDS, 'আগে', 'আগেই'))})?"
# Words that may follow bare minutes (সন্ধ্যে ৭টা ৪০ ...) and show they are minutes.
_MINUTE_CLOSERS: Final = alternation(
    (
        "নাগাদ",
        "থেকে",
        "থেকেই",
        "হতে",
        "পর্যন্ত",
        "অবধি",
        "মধ্যে",
        "পর",
        "পরে",
        "নাগাদ",
        *(w for w, _ in ZONES),
    )
)
# মিনিট, and its abbreviations মিঃ and মি. in print.
_MINUTE_WORD: Final = rf"(?:মিনিট{NOUN_SUFFIX}|মিঃ|মি\.)"
_MINUTES: Final = (
    rf"(?:\s*(?P<baje>বেজে|বাজিয়ে)?\s*(?P<min>{_MINUTE_NUMBER})\s*{_MINUTE_WORD}"
    rf"(?:\s*{DIGIT}{{1,2}}\s*সেকেন্ড{NOUN_SUFFIX})?"
    rf"|\s*বাজতে\s*(?P<tomin>{_MINUTE_NUMBER})\s*মিনিট\s*(?:বাকি(?:\s*থাকতে)?)?"
    rf"|\s+(?P<bmin>{DIGIT}{{2}})(?!{DIGIT})(?:-?(?:এ|য়|তে))?"
    rf"(?=\s*(?:[,।;:!?)\]\"'|(]|\.(?!{DIGIT})|$|\n|{_MINUTE_CLOSERS}(?![\p{{L}}\p{{M}}]))))"
)
_STRUCK: Final = r"(?P<struck>\s*(?:বাজে|বাজছে|বেজেছে|বাজল|বাজলো|বাজার|বাজতেই))?"
_AT_TIME: Final = r"(?P<samay>\s*সময়(?:ে)?)?"
_HOUR_COUNTER: Final = rf"(?P<ctr>{alternation(HOUR_COUNTERS)})"

# "Until" after a bare "N-টা" makes it a clock hour rather than a count of things.
_CLOCK_AFTER: Final = regex.compile(rf"\s*(?:পর্যন্ত|অবধি){E}")
_GENITIVE_BEFORE: Final = regex.compile(r"(?:র|ের|এর)\s*$")


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.VERSION0)


# ---------------------------------------------------------------- rules: clock times


def _minutes(g: Groups) -> int | None:
    """Minutes after the hour named (negative for বাজতে ... বাকি), or None when out of range."""
    for name, sign in (("min", 1), ("tomin", -1), ("bmin", 1)):
        raw = g.group(name)
        if raw:
            value = digits_value(raw) if raw[0] in DIGITS else _CARDINAL_OF[raw]
            return sign * value if value <= 59 else None
    return 0


def _clock_words(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    """``সাড়ে|সোয়া|পৌনে <hour>টা <minutes>``: the Bengali clock phrase."""
    g = Groups(m)
    if g.group("hd"):
        hour, half = digits_value(g.group("hd")), 0
        if hour > 23:
            return None
    else:
        hour, half = _HOUR_WORD_OF[g.group("hw")]
    minutes = _minutes(g)
    if minutes is None:
        return None
    frac = g.group("frac")
    if frac and (half or minutes):
        return None  # সাড়ে দেড়টা, সাড়ে ৮টা ২০ মিনিট: not clock phrases
    delta = half + minutes + (_FRACTION_OF[_key(frac)] if frac else 0)
    text = m.string
    said_as_word_one = g.group("hw") is not None and hour == 1 and not half
    marked = bool(
        half
        or frac
        or g.group("min")
        or g.group("tomin")
        or g.group("bmin")
        or g.group("apx")
        or g.group("samay")
    )
    struck = bool(g.group("struck") or g.group("baje"))
    if (
        struck
        and hour == 12
        and g.group("hw")
        and _GENITIVE_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ):
        return None  # এক্সের বারোটা বেজেছে: "X is ruined", an idiom
    locative = (g.group("case") or "").startswith(("য়", "তে"))
    context = bool(g.group("ctr") == "ঘটিকা" or g.group("after") or _CLOCK_AFTER.match(text, m.end()))
    strong = marked or struck or (not said_as_word_one and (locative or context))
    return (
        Atom(
            "clock",
            m.start(),
            m.end(),
            "সাড়ে|সোয়া|পৌনে <hour>টা <minutes>",
            hour=hour,
            delta=delta,
            approximate=bool(g.group("apx") or g.group("after")),
            needs=frozenset() if strong else frozenset({"part", "meridiem", "zone"}),
        ),
    )


def _clock_digits(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    """``<hh>:<mm>``, ``<hh>.<mm>``, ``<h> PM``: clock times in digits."""
    g = Groups(m)
    hour = digits_value(g.group("hd"))
    minute = digits_value(g.group("mm")) if g.group("mm") else 0
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    hour %= 24
    mer = g.group("mer")
    meridiem = _MERIDIEM_OF[mer.casefold()] if mer else None
    if meridiem and not 1 <= hour <= 12:
        return None
    dotted = g.group("sep") == "."
    strong = bool(not dotted or mer or g.group("ctr") or g.group("minw"))
    return (
        Atom(
            "clock",
            m.start(),
            m.end(),
            "<hh>:<mm>",
            hour=hour,
            delta=minute,
            meridiem=meridiem,
            approximate=bool(g.group("apx") or g.group("after")),
            needs=frozenset() if strong else frozenset({"part", "meridiem"}),
        ),
    )


def _clock_hhmm(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    """``বাংলাদেশ সময়: ১৯৪৫ ঘণ্টা``: the 24-hour style of Bangladeshi news agency sign-offs."""
    g = Groups(m)
    raw = g.group("hhmm")
    hour, minute = digits_value(raw[:2]), digits_value(raw[2:])
    if hour > 23 or minute > 59:
        return None
    return (
        Atom("clock", m.start(), m.end(), "<hhmm> ঘণ্টা", hour=hour, delta=minute, needs=frozenset({"zone"})),
    )


# ---------------------------------------------------------------- rules: parts of the day, zones, meridiems


def _part(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    word = _key(g.group("p"))
    part = _PART_OF[word]
    needs: frozenset[Slot] = frozenset({"clock"}) if part is None else frozenset()
    approximate = bool(g.group("apx") or g.group("after"))
    # An inflected part of the day (সকালে) does not make a bare "১০টা" after it a
    # clock time: সকাল ১০টা is ten in the morning, সকালে ১০টা অভিযোগ ten complaints.
    inflected = bool(g.group("suf"))
    return (
        Atom(
            "part",
            m.start(),
            m.end(),
            "<part-of-day>",
            part=word,
            approximate=approximate,
            needs=needs,
            inflected=inflected,
        ),
    )


def _last_night(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    """গত রাতে: last night, the night of the day before."""
    night = _part(m)
    if night is None:
        return None
    return (
        Atom("date", m.start("w"), m.end("w"), "গত রাত", relative=Relative("day", -1)),
        replace(night[0], start=m.start("p"), rule="গত রাত"),
    )


def _offset(raw: str) -> str | None:
    sign = "-" if raw[0] in "-−" else "+"
    digits = "".join(c for c in raw if c in DIGITS)
    if len(digits) <= 2:
        hours, minutes = digits_value(digits), 0
    else:
        hours, minutes = digits_value(digits[:-2]), digits_value(digits[-2:])
    if hours > 14 or minutes > 59:
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"


def _zone(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    offset = _ZONE_OF[_key(g.group("z"))]
    if g.group("off"):
        offset = _offset(g.group("off"))
        if offset is None:
            return None
    latin = g.group("z").isascii()  # IST, ET: a zone only beside a time (IST রাত ৮টা, 8 PM ET)
    needs: frozenset[Slot] = frozenset({"clock", "part"}) if latin else frozenset()
    return (Atom("zone", m.start(), m.end(), "<zone>", utc_offset=offset, needs=needs),)


def _meridiem(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    g = Groups(m)
    return (
        Atom(
            "meridiem",
            m.start(),
            m.end(),
            "<meridiem>",
            meridiem=_MERIDIEM_OF[g.group("mer").casefold()],
            needs=frozenset({"clock"}),
        ),
    )


def _approximately(m: regex.Match[str]) -> tuple[Atom, ...] | None:
    return (
        Atom(
            "approx",
            m.start(),
            m.end(),
            "প্রায়|আনুমানিক",
            approximate=True,
            needs=frozenset({"clock", "part", "date"}),
        ),
    )


_BN_ZONES: Final = alternation(w for w, _ in ZONES if not w.isascii())
_LATIN_ZONES: Final = alternation(w for w, _ in ZONES if w.isascii())
_OFFSET: Final = rf"(?P<off>[+\-−]\s?{DIGIT}{{1,2}}(?::?{DIGIT}{{2}})?)"

# fmt: off
RULES: Final[tuple[Produce, ...]] = (
    Rule("সাড়ে|সোয়া|পৌনে <hour>টা <minutes>", _compile(
        rf"{B}(?<![০-৯0-9][.,:/])(?:{_FRACTION}\s*)?"
        rf"(?:(?P<hd>{DIGIT}{{1,2}})\s?-?\s?{_HOUR_COUNTER}|(?P<hw>{alternation(w for w, _, _ in HOUR_WORDS)}))"
        rf"(?P<case>{_CLOCK_CASE})(?:{_MINUTES})?{_STRUCK}{_AT_TIME}{_APPROX_AFTER}{_AFTER}{E}"
    ), _clock_words),
    Rule("<hh>:<mm>", _compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}:/.])(?:{_FRACTION}\s*)?(?P<hd>{DIGIT}{{1,2}})"
        rf"(?:(?P<sep>[:ঃ])\s?(?P<mm>{DIGIT}{{2}})(?::{DIGIT}{{2}})?|(?P<sep>\.)(?P<mm>{DIGIT}{{2}}))"
        rf"(?![০-৯0-9]|[:/.,][০-৯0-9])(?:\s?{_MERIDIEM})?(?:\s?-?(?P<ctr>{alternation(HOUR_COUNTERS)}))?"
        rf"{_CLOCK_CASE}(?P<minw>\s*{_MINUTE_WORD})?{_APPROX_AFTER}{_AFTER}{E}"
    ), _clock_digits),
    Rule("<h> AM|PM", _compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}:/.])(?P<hd>{DIGIT}{{1,2}})(?P<sep>(?!))?(?P<mm>(?!))?(?P<ctr>(?!))?(?P<minw>(?!))?"
        rf"\s?{_MERIDIEM}{_APPROX_AFTER}{_AFTER}"
    ), _clock_digits),
    Rule("<hhmm> ঘণ্টা", _compile(
        rf"{B}(?P<hhmm>{DIGIT}{{4}})\s*(?:ঘণ্টা|ঘন্টা){NOUN_SUFFIX}{E}"
    ), _clock_hhmm),
    Rule("<part-of-day>", _compile(
        rf"{B}(?!(?<=দিন-)রাত)(?P<p>{alternation(w for w, _ in DAY_PARTS)})(?P<suf>{NOUN_SUFFIX})"
        rf"{_APPROX_AFTER}(?P<after>\s*{alternation(AFTER_WORDS)})?{E}(?!-দিন{E})"
    ), _part),
    Rule("গত রাত", _compile(
        rf"{B}(?P<w>গত|গেল|গেলো)\s*(?P<p>রাত|রাত্রি)(?P<suf>{NOUN_SUFFIX})(?P<apx>(?!))?(?P<after>(?!))?{E}"
    ), _last_night),
    Rule("<zone>", _compile(
        rf"(?:{B}(?P<z>{_BN_ZONES})(?:ানুযায়ী|ানুসারে|{NOUN_SUFFIX}){E}(?P<off>(?!))?"
        rf"|(?<![A-Za-z])(?P<z>{_LATIN_ZONES})(?:\s?{_OFFSET})?(?![A-Za-z]))"
        rf"(?:\s*{alternation(ZONE_AFTERWORDS)}{E})?"
    ), _zone),
    Rule("<meridiem>", _compile(
        rf"(?:{B}(?P<mer>{_BN_MERIDIEM}){NOUN_SUFFIX}{E}|(?<![A-Za-z])(?P<mer>AM|PM|A\.M\.|P\.M\.)(?![A-Za-z]))"
    ), _meridiem),
    Rule("প্রায়|আনুমানিক", _compile(
        rf"{B}(?:{alternation(w for w in APPROXIMATE_BEFORE if not w.isascii() and w != '~')}){E}"
        rf"|(?<![A-Za-z])(?:{alternation((w for w in APPROXIMATE_BEFORE if w.isascii() and w != '~'), ignore_case=True)})(?![A-Za-z])"
        r"|~"
    ), _approximately),
)
# fmt: on

_TRIGGERS: Final[dict[str, dates.Trigger]] = {
    **dates.TRIGGERS,
    "সাড়ে|সোয়া|পৌনে <hour>টা <minutes>": HOUR_COUNTERS,
    "<hh>:<mm>": r"[০-৯0-9]\s?[:ঃ.]\s?[০-৯0-9]",
    "<h> AM|PM": ("m", "এম"),
    "<hhmm> ঘণ্টা": ("ঘণ্টা", "ঘন্টা"),
    "<part-of-day>": ("ভোর", "সকাল", "বেলা", "দুপুর", "মধ্যাহ্ন", "বিকেল", "বিকাল", "সন্ধ", "রাত", "প্রত্যুষ"),
    "গত রাত": ("গত", "গেল"),
    "<zone>": (
        "সময়",
        "টাইম",
        "টি",
        "ist",
        "bst",
        "bdt",
        "gmt",
        "utc",
        "est",
        "edt",
        "cst",
        "cdt",
        "pt",
        "pst",
        "pdt",
        "et",
    ),
    "<meridiem>": ("m", "এম", "পূর্বাহ্", "অপরাহ্"),
    "প্রায়|আনুমানিক": tuple(w.casefold() for w in APPROXIMATE_BEFORE),
}
_TRIGGER_PATTERNS: Final[dict[dates.Trigger, re.Pattern[str]]] = {
    words: re.compile(
        words
        if isinstance(words, str)
        else "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    )
    for words in _TRIGGERS.values()
}
# The rules by trigger, in RULES order within each: one trigger search serves them all.
_RULES_BY_TRIGGER: Final[tuple[tuple[re.Pattern[str], tuple[Produce, ...]], ...]] = tuple(
    (_TRIGGER_PATTERNS[words], tuple(r for r in (*dates.RULES, *RULES) if _TRIGGERS[r.name] == words))
    for words in dict.fromkeys(_TRIGGERS[r.name] for r in (*dates.RULES, *RULES))
)

# ---------------------------------------------------------------- atoms to groups

# What may stand between the atoms of one TimePoint: spaces (not a line break),
# commas, brackets, a colon, a bar or a spaced dash; "at", "on", ঠিক (sharp),
# দিবাগত ("the day having gone": মঙ্গলবার দিবাগত রাত, the night after Tuesday),
# তখন ("then": বাংলাদেশ সময় তখন রাত ৩টা), পর্যন্ত/অবধি before a zone.
_GLUE: Final = _compile(
    r"(?:[ \t,|:()\[\]]|\s[-–—]\s|(?<=\p{N})T|(?<![A-Za-z])(?:at|on|the)(?![A-Za-z])|ঠিক|দিবাগত|তারিখ|পর্যন্ত|অবধি|তখন)*"
)


def _atoms(text: str) -> list[Atom]:
    found: list[Atom] = []
    folded = text.casefold()
    for trigger, rules in _RULES_BY_TRIGGER:
        if trigger.search(folded) is None:
            continue
        for rule in rules:
            for m in rule.pattern.finditer(text):
                produced = rule.produce(m)
                if produced:
                    found.extend(produced)
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Atom] = []
    last_end = -1
    for a in found:
        if a.start >= last_end and a.end > a.start:
            kept.append(a)
            last_end = a.end
    return kept


def _glued(text: str, left: Atom | int, right: Atom) -> bool:
    start = left if isinstance(left, int) else left.end
    if right.start < start:
        return False
    if right.start - start <= 1 and text[start : right.start] in ("", " ", ","):
        return True
    return _GLUE.fullmatch(text, start, right.start) is not None


def _supported(atoms: list[Atom], text: str) -> list[Atom]:
    """Drop weak atoms with no supporting neighbour (দশটা বই is no time); repeat until stable."""
    if not any(a.needs for a in atoms):
        return atoms
    while True:
        ok = [_leans_on(atoms, i, text) for i in range(len(atoms))]
        changed = True
        while changed:  # clock hours in a range hold each other up: ১০টা থেকে ১২টা পর্যন্ত
            changed = False
            for i, a in enumerate(atoms):
                if not ok[i] and a.slot == "clock" and _paired(atoms, ok, i, text):
                    ok[i] = changed = True
        out = [a for a, keep in zip(atoms, ok, strict=True) if keep]
        if len(out) == len(atoms):
            return out
        atoms = out


def _leans_on(atoms: list[Atom], i: int, text: str) -> bool:
    a = atoms[i]
    if not a.needs:
        return True
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if a.slot == "approx":
        return nxt is not None and nxt.slot in a.needs and _glued(text, a, nxt)
    j = i - 1  # look past an "about" to the word it follows: রাত প্রায় ৯টা
    while j > 0 and atoms[j].slot == "approx" and _glued(text, atoms[j], atoms[j + 1]):
        j -= 1
    prev = atoms[j] if j >= 0 else None
    # A weak date word leans only on a sure date: in লং মার্চ, মে দিবস neither month holds the other up.
    sure = a.slot != "date"
    if (
        prev is not None
        and prev.slot in a.needs
        and (sure or not prev.needs)
        and _glued(text, prev, atoms[j + 1])
        and not (a.slot == "clock" and prev.inflected)
    ):
        return True
    if nxt is not None and nxt.slot in a.needs and (sure or not nxt.needs) and _glued(text, a, nxt):
        return True
    if a.slot != "clock":
        return False
    # সকাল ৮-৯টা, রাত ৮ থেকে ১০টা: the part of the day before the first number;
    # ৮ থেকে ৯টার মধ্যে: a range closed by "until" or "between"
    if prev is not None and prev.slot in a.needs and _RANGE_AFTER_PART.fullmatch(text, prev.end, a.start):
        return True
    return bool(_RANGE_BEFORE.search(text, max(0, a.start - 12), a.start) and _PAIR_CLOSE.match(text, a.end))


_PAIR_DASH: Final = regex.compile(r"\s*[-–]\s*")
_PAIR_WORD: Final = regex.compile(r"\s*(?:থেকে|হতে|ও|এবং)\s*")
_PAIR_CLOSE: Final = regex.compile(rf"(?:\s*(?:এর|র))?\s*(?:পর্যন্ত|অবধি|মধ্যে|মধ্যেই|নাগাদ){E}")
_RANGE_AFTER_PART: Final = regex.compile(rf"\s+{DIGIT}{{1,2}}\s*(?:[-–]|থেকে|হতে)\s*")
_RANGE_BEFORE: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}.,:/]){DIGIT}{{1,2}}\s*(?:[-–]|থেকে|হতে)\s*$"
)


def _digit_hour(a: Atom, text: str) -> bool:
    return text[a.start] in DIGITS


def _paired(atoms: list[Atom], ok: list[bool], i: int, text: str) -> bool:
    """A bare clock hour in a range of clock hours: ৮টা-৯টা, ১০টা থেকে ১২টা পর্যন্ত."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= j < len(atoms) or atoms[j].slot != "clock":
            continue
        first, second = (j, i) if j < i else (i, j)
        link_end = atoms[second].start
        if second - first == 2:  # ৮টা থেকে রাত ১০টা: the second end has its own part of the day
            middle = atoms[first + 1]
            if middle.slot != "part" or not _glued(text, middle, atoms[second]):
                continue
            link_end = middle.start
        a, b = atoms[first], atoms[second]
        if _PAIR_DASH.fullmatch(text, a.end, link_end) and _digit_hour(a, text) and _digit_hour(b, text):
            return True  # ৮টা-৯টা; but একটা-দুটো is "one or two"
        if _PAIR_WORD.fullmatch(text, a.end, link_end) and (ok[j] or _PAIR_CLOSE.match(text, b.end)):
            return True
    return False


@dataclass
class _Group:
    atoms: list[Atom] = field(default_factory=list)
    inherited: list[Atom] = field(default_factory=list)  # atoms lent by the other end of an interval
    start: int = 0
    end: int = 0

    def slot(self, name: Slot, *, own: bool = False) -> Atom | None:
        for a in self.atoms if own else (*self.atoms, *self.inherited):
            if a.slot == name:
                return a
        return None

    def has(self, name: Slot) -> bool:
        return any(a.slot == name for a in self.atoms)

    def dates(self) -> list[Atom]:
        out = [a for a in self.atoms if a.slot == "date"]
        for a in self.inherited:
            if a.slot == "date" and dates.mergeable(out, a):
                out.append(a)
        return out


def _fits(group: _Group, a: Atom) -> bool:
    slots = {x.slot for x in group.atoms}
    last = group.atoms[-1]
    if last.slot == "approx" and a.slot not in ("clock", "part", "date"):
        return False
    if a.slot == "date":
        return dates.mergeable([x for x in group.atoms if x.slot == "date"], a)
    if a.slot in slots:
        return False
    if a.slot == "part" and "clock" in slots:
        return False  # the part of the day of the *next* time: সকাল ১০টা থেকে রাত ৮টা
    if a.slot == "approx" and ("clock" in slots):
        return False
    return not (a.slot == "meridiem" and "part" in slots and "clock" not in slots and a.meridiem is None)


def _groups(atoms: list[Atom], text: str) -> list[_Group]:
    groups: list[_Group] = []
    for a in atoms:
        if groups and _glued(text, groups[-1].atoms[-1], a) and _fits(groups[-1], a):
            groups[-1].atoms.append(a)
        else:
            groups.append(_Group([a]))
    out = []
    for g in groups:
        while g.atoms and g.atoms[-1].slot == "approx":
            g.atoms.pop()
        if not g.atoms or all(a.slot in ("zone", "meridiem", "approx") for a in g.atoms):
            continue
        g.start, g.end = g.atoms[0].start, g.atoms[-1].end
        out.append(g)
    return out


# ---------------------------------------------------------------- ranges and intervals

_RANGE_DASH: Final = r"[-–—]|থেকে|হতে|(?<![A-Za-z])(?:to|till|until)(?![A-Za-z])"
_INTERVAL_LINK: Final = _compile(rf"\s*(?:{_RANGE_DASH})\s*")
_BETWEEN_LINK: Final = _compile(r"\s*(?:ও|এবং|আর|(?<![A-Za-z])and(?![A-Za-z]))\s*")
_INTERVAL_END: Final = _compile(rf"\s*(?:পর্যন্ত|অবধি){E}|(?:\s*(?:এর|র))?\s*(?:মধ্যে|মধ্যেই|ভেতরে|ভিতরে){E}")
_BETWEEN_END: Final = _compile(rf"(?:\s*(?:এর|র))?\s*(?:মধ্যে|মধ্যেই|ভেতরে|ভিতরে){E}")
# A bare number before a dash or থেকে and a date or clock: ১২-১৪ মার্চ, সকাল ৮-৯টা.
_RANGE_NUMBER: Final = _compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}.,:/])(?P<n>{DIGIT}{{1,2}})(?P<link>\s*(?:{_RANGE_DASH}|ও|এবং|,)\s*)$"
)
_SINCE: Final = _compile(rf"\s*(?:পর\s*)?(?:থেকেই|থেকে|হতে){E}")
_UNTIL: Final = _compile(rf"\s*(?:পর্যন্ত|অবধি){E}")


@dataclass
class _Link:
    first: int  # group indices
    second: int
    end: int  # where the whole interval text ends
    interval: bool  # False for a list (১২ ও ১৩ মার্চ): both are points, no interval


def _bare_operands(groups: list[_Group], text: str) -> tuple[list[_Group], list[_Link]]:
    """Make groups of the bare first numbers of ranges (১২ in ১২-১৪ মার্চ) and link them."""
    out: list[_Group] = []
    links: list[_Link] = []
    for g in groups:
        first = g.atoms[0]
        window_start = max(out[-1].end if out else 0, first.start - 12)
        before = text[window_start : first.start]
        m = (
            _RANGE_NUMBER.search(text, window_start, first.start)
            if any(c in DIGITS for c in before)
            else None
        )
        made: _Group | None = None
        if m is not None:
            n = digits_value(m.group("n"))
            if (
                first.slot == "date"
                and first.day is not None
                and first.calendar == "gregorian"
                and 1 <= n <= 31
            ):
                made = _Group([Atom("date", m.start("n"), m.end("n"), "<day>-<day> <month>", day=n)])
            elif first.slot == "clock" and first.hour is not None and 0 <= n <= 23 and first.delta >= 0:
                made = _Group([Atom("clock", m.start("n"), m.end("n"), "<hour>-<hour>টা", hour=n)])
        if made is None or m is None:
            out.append(g)
            continue
        lead = out[-1] if out else None
        if (
            lead is not None
            and made.atoms[0].slot == "clock"
            and lead.has("part")
            and not lead.has("clock")
            and _glued(text, lead.atoms[-1], made.atoms[0])
        ):
            # সকাল ৮-৯টা: the part of the day before the range joins its first end
            out.pop()
            made.atoms = lead.atoms + made.atoms
        made.start, made.end = made.atoms[0].start, made.atoms[-1].end
        out.append(made)
        tail = _INTERVAL_END.match(text, g.end)
        link = m.group("link").strip()
        links.append(
            _Link(len(out) - 1, len(out), tail.end() if tail else g.end, link not in ("ও", "এবং", ","))
        )
        out.append(g)
    return out, links


def _links(groups: list[_Group], text: str, links: list[_Link]) -> list[_Link]:
    taken = {lk.second for lk in links} | {lk.first for lk in links}
    for i in range(len(groups) - 1):
        if i in taken or i + 1 in taken:
            continue
        a, b = groups[i], groups[i + 1]
        if _INTERVAL_LINK.fullmatch(text, a.end, b.start):
            tail = _INTERVAL_END.match(text, b.end)
            links.append(_Link(i, i + 1, tail.end() if tail else b.end, True))
            taken |= {i, i + 1}
        elif _BETWEEN_LINK.fullmatch(text, a.end, b.start):
            tail = _BETWEEN_END.match(text, b.end)
            if tail:
                links.append(_Link(i, i + 1, tail.end(), True))
                taken |= {i, i + 1}
    for lk in links:
        _lend(groups[lk.first], groups[lk.second])
    return sorted(links, key=lambda lk: lk.first)


def _lend(first: _Group, second: _Group) -> None:
    """Pass what one end of a range says to the other: dates, parts of the day, zones, meridiems."""
    f_clock, s_clock = first.slot("clock", own=True), second.slot("clock", own=True)
    if not second.has("date") and not second.has("weekday"):
        second.inherited += [a for a in first.atoms if a.slot in ("date", "weekday")]
    own = [a for a in first.atoms if a.slot == "date"]
    if own and all(a.month is None and a.year is None and a.relative is None for a in own):
        # ১২-১৪ মার্চ: the first end borrows the month and year, not the day
        for a in second.atoms:
            if a.slot == "date" and a.relative is None and a.month is not None and a.calendar == "gregorian":
                first.inherited.append(replace(a, day=None, shift=None, notes=()))
    slots: tuple[Slot, ...] = ("zone", "meridiem")
    for slot in slots:
        lent = first.slot(slot, own=True)
        if lent is not None and not second.has(slot) and s_clock is not None:
            second.inherited.append(lent)
        lent = second.slot(slot, own=True)
        if lent is not None and not first.has(slot) and (slot == "zone" or f_clock is not None):
            first.inherited.append(lent)
    if (
        f_clock is not None
        and s_clock is not None
        and not first.has("part")
        and not first.has("meridiem")
        and s_clock.meridiem is not None
        and f_clock.meridiem is None
    ):  # 10-11 PM
        first.inherited.append(
            Atom("meridiem", s_clock.start, s_clock.end, "lent", meridiem=s_clock.meridiem)
        )
    f_part, s_part = first.slot("part", own=True), second.slot("part", own=True)
    if f_part is not None and s_part is None and s_clock is not None and not second.has("meridiem"):
        second.inherited.append(f_part)
    elif s_part is not None and f_part is None and f_clock is not None and not first.has("meridiem"):
        first.inherited.append(s_part)


# ---------------------------------------------------------------- groups to TimePoints


def _in_window(hour: int, lo: int, hi: int) -> bool:
    return lo <= hour <= hi if lo <= hi else (hour >= lo or hour <= hi)


def _distance(hour: int, lo: int, hi: int) -> int:
    if _in_window(hour, lo, hi):
        return 0
    return min(min(abs(hour - x), 24 - abs(hour - x)) for x in (lo, hi))


def _hour_in(named: int, lo: int, hi: int) -> int:
    """The 24-hour hour a clock hour names inside a part of the day: রাত ৮টা → 20, রাত ২টা → 2."""
    if named == 0 or named > 12:
        return named
    return min((named % 12, named % 12 + 12), key=lambda h: (_distance(h, lo, hi), h))


def _part_of(word: str | None, hour: int | None) -> PartOfDay | None:
    if word is None:
        return None
    part = _PART_OF[word]
    if part is None and hour is not None:  # বেলা takes its part from the hour
        return "morning" if hour < 12 else "noon" if hour < 15 else "afternoon"
    return part


@dataclass
class _Clock:
    hour: int | None = None
    minute: int | None = None
    part: PartOfDay | None = None
    approximate: bool = False


def _read_clock(group: _Group) -> _Clock:
    clock, part, meridiem = group.slot("clock"), group.slot("part"), group.slot("meridiem")
    word = part.part if part is not None else None
    out = _Clock(approximate=any(a.approximate for a in group.atoms))
    if clock is None or clock.hour is None:
        if word is not None:
            out.part = _part_of(word, None)
            out.approximate = True
            if word in _MIDNIGHT:
                out.hour, out.minute = 0, 0
        return out
    named = clock.hour
    mer = clock.meridiem or (meridiem.meridiem if meridiem is not None else None)
    if mer is not None and 1 <= named <= 12:
        h24 = named % 12 + (12 if mer == "pm" else 0)
    elif word is not None:
        p = _PART_OF[word]
        lo, hi = _HOURS_OF_PART[p] if p is not None else DAYTIME_HOURS
        h24 = _hour_in(named, lo, hi)
    else:
        h24 = named
    total = (h24 * 60 + clock.delta) % (24 * 60)
    out.hour, out.minute = divmod(total, 60)
    if mer is None and word is None and out.hour == 0 and 1 <= named <= 12 and clock.delta < 0:
        out.hour = 12  # পৌনে একটা with no part of the day: 12:45, as written
    if mer is None and word is not None:
        out.part = _part_of(word, out.hour)
    return out


_CLOSING_BRACKET: Final = regex.compile(r"\s*\)")


def _span_end(text: str, start: int, end: int) -> int:
    """Close a bracket the span opened: শনিবার (২৪ মে) keeps its ')'."""
    inside = text[start:end]
    if inside.count("(") > inside.count(")"):
        m = _CLOSING_BRACKET.match(text, end)
        if m:
            return m.end()
    return end


def _timepoint(
    group: _Group, text: str, ref: date | None, previous: date | None, warnings: list[str]
) -> tuple[TimePoint | None, date | None]:
    """The group's TimePoint, and its date if exactly known (for a later এদিন or পরদিন)."""
    clock = _read_clock(group)
    quoted = text[group.start : group.end]
    date_atoms = group.dates()
    weekday = group.slot("weekday", own=True)
    if weekday is None and not group.has("date"):  # the other end of an interval lent its date
        weekday = group.slot("weekday")
    fields = dates.resolve_date(date_atoms, weekday, ref, previous, quoted)
    nothing_dated = (
        fields.year is None and fields.month is None and fields.day is None and fields.weekday is None
    )
    if nothing_dated and clock.hour is None and clock.part is None and not fields.hijri:
        return None, None
    if any(a.slot in ("date", "weekday") for a in group.atoms):
        warnings.extend(fields.notes)  # an end of an interval that only borrowed its date repeats no notes
    zone = group.slot("zone")
    known = fields.full() if not fields.approximate else None
    return TimePoint(
        year=fields.year,
        month=fields.month,
        day=fields.day,
        weekday=fields.weekday,
        hour=clock.hour,
        minute=clock.minute,
        part_of_day=clock.part,
        utc_offset=zone.utc_offset if zone is not None else None,
        approximate=clock.approximate or fields.approximate,
        text=text[group.start : group.end],
        span=Span(group.start, group.end),
    ), known


def _before(a: TimePoint, b: TimePoint) -> bool:
    """Whether clock time ``b`` comes before ``a`` on the same day."""
    if a.hour is None or b.hour is None:
        return False
    return (b.hour, b.minute or 0) < (a.hour, a.minute or 0)


# ---------------------------------------------------------------- the whole reading


@dataclass(frozen=True)
class _Reading:
    points: tuple[TimePoint, ...]
    intervals: tuple[tuple[int, int, int], ...]  # (first point, second point, text end)
    notes: tuple[str, ...]


def _reading(text: str, reference: Reference) -> _Reading:
    dates.reference_date(reference)  # refuse a bad reference before it is used as a cache key
    return _cached_reading(text, reference)


@functools.lru_cache(maxsize=32)
def _cached_reading(text: str, reference: Reference) -> _Reading:
    """find_times and find_intervals over one text share one reading (the pipeline asks for both)."""
    notes: list[str] = []
    return _read(text, reference, notes)


# দিবাগত রাত is the night after the day named; its small hours fall on the next date.
_SMALL_HOURS_END: Final = 6


def _past_midnight(tp: TimePoint, notes: list[str]) -> TimePoint:
    """``শনিবার দিবাগত রাত দেড়টা`` is 01:30 on Sunday: the calendar date after the day named."""
    if tp.hour is None or tp.hour >= _SMALL_HOURS_END:
        return tp
    update: dict[str, object] = {"weekday": None}
    if tp.weekday is not None:
        update["weekday"] = WEEKDAYS[(WEEKDAYS.index(tp.weekday) + 1) % 7]
    if tp.year is not None and tp.month is not None and tp.day is not None:
        day = date(tp.year, tp.month, tp.day) + timedelta(days=1)
        update |= {"year": day.year, "month": day.month, "day": day.day}
    elif tp.day is not None:
        return tp  # a day without a month and year cannot be moved safely
    notes.append(f"'{tp.text}' is after midnight: dated to the day after the one named (দিবাগত)")
    return tp.model_copy(update=update)


def _read(text: str, reference: Reference, warnings: list[str]) -> _Reading:
    ref = dates.reference_date(reference)
    atoms = _supported(_atoms(text), text)
    groups = _groups(atoms, text)
    groups, links = _bare_operands(groups, text)
    links = _links(groups, text, links)
    second_of = {lk.second: lk for lk in links}
    first_of = {lk.first: lk for lk in links}
    for i, g in enumerate(groups):
        if i in first_of and first_of[i].interval:
            continue
        if i not in second_of:
            since = _SINCE.match(text, g.end)
            if since:
                g.end = since.end()
                continue
        until = _UNTIL.match(text, g.end)
        if until and (i not in second_of or not second_of[i].interval):
            g.end = until.end()
    points: list[TimePoint | None] = []
    previous: date | None = None
    for i, g in enumerate(groups):
        g.end = _span_end(text, g.start, g.end)
        notes: list[str] = []
        tp, known = _timepoint(g, text, ref, previous, notes)
        if tp is not None and i in second_of and points[second_of[i].first] is not None:
            first = points[second_of[i].first]
            lent = [a for a in g.inherited if a.slot == "part"]
            if (
                first is not None
                and lent
                and _before(first, tp)
                and first.part_of_day not in ("evening", "night")
            ):
                g.inherited = [a for a in g.inherited if a.slot != "part"]
                g.inherited.append(Atom("meridiem", 0, 0, "lent", meridiem="pm"))
                notes = []
                tp, known = _timepoint(g, text, ref, previous, notes)
        if tp is not None and "দিবাগত" in text[g.start : g.end]:
            tp = _past_midnight(tp, notes)
        warnings.extend(notes)
        points.append(tp)
        previous = known or previous
    index: dict[int, int] = {}
    kept: list[TimePoint] = []
    for i, tp in enumerate(points):
        if tp is not None:
            index[i] = len(kept)
            kept.append(tp)
    intervals = tuple(
        (index[lk.first], index[lk.second], lk.end)
        for lk in links
        if lk.interval and lk.first in index and lk.second in index
    )
    return _Reading(tuple(kept), intervals, tuple(dict.fromkeys(warnings)))


def find_times(
    text: str, *, reference: Reference = None, warnings: list[str] | None = None
) -> list[TimePoint]:
    """Every date, time of day, or date with time in ``text``, one TimePoint each, in order.

    ``text`` is already normalised (``_script.normalise_text``); spans index it.
    ``reference`` (a date or an aware datetime) resolves relative dates and
    years; ``warnings``, if given, receives a note for each inference.

    >>> [(t.text, t.weekday, t.hour, t.minute) for t in find_times("বুধবার রাত সাড়ে আটটা নাগাদ")]
    [('বুধবার রাত সাড়ে আটটা নাগাদ', 'wednesday', 20, 30)]
    """
    reading = _reading(text, reference)
    if warnings is not None:
        warnings.extend(reading.notes)
    return list(reading.points)


def find_intervals(
    text: str, *, reference: Reference = None, warnings: list[str] | None = None
) -> list[Interval]:
    """Every stretch of time with two ends (``X থেকে Y পর্যন্ত``, ``X-Y``, ``X ও Y-এর মধ্যে``).

    >>> [(i.start.hour, i.end.hour, i.end.minute) for i in find_intervals("সকাল ৬টা থেকে বেলা ৮টা ২০ মিনিট পর্যন্ত")]
    [(6, 8, 20)]
    """
    reading = _reading(text, reference)
    if warnings is not None:
        warnings.extend(reading.notes)
    out = []
    for a, b, end in reading.intervals:
        first, second = reading.points[a], reading.points[b]
        end = max(end, second.span.end)
        out.append(
            Interval(
                start=first, end=second, text=text[first.span.start : end], span=Span(first.span.start, end)
            )
        )
    return out


_EDGE: Final = " \t\n\r\"'.,;:!?।()[]-–—"  # may stand around the one expression parse_time reads


def parse_time(text: str, *, reference: Reference = None) -> TimePoint | None:
    """The one date/time ``text`` consists of, or None; ``text`` is raw, spans index it.

    >>> t = parse_time("রাত সাড়ে আটটা")
    >>> (t.hour, t.minute, t.part_of_day)
    (20, 30, 'night')
    """
    norm = normalise_text(text)
    s = norm.text
    if not s.strip(_EDGE):
        return None
    points = find_times(s, reference=reference)
    if len(points) != 1:
        return None
    tp = points[0]
    if tp.span.start > len(s) - len(s.lstrip(_EDGE)) or tp.span.end < len(s.rstrip(_EDGE)):
        return None
    return tp if s is norm.original else remap(tp, norm)
