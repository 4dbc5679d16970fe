"""Durations: how long something lasted, in minutes, as a SPEC ``Duration``.

What is read: a number and a unit (``দুই ঘণ্টা``, ``দু'দিন``, ``৪০ মিনিট``),
units in sequence (``এক ঘণ্টা ২০ মিনিট``), fractions (``দেড় ঘণ্টা``,
``সাড়ে তিন ঘণ্টা``, ``আধঘণ্টা``), ranges (``২-৩ ঘণ্টা``, ``৩০ মিনিট থেকে
এক ঘণ্টা``), vague spans (``কয়েক ঘণ্টা``, ``ঘণ্টার পর ঘণ্টা``,
``দীর্ঘ সময়``), "about" forms (``ঘণ্টাখানেক``, ``মিনিট দশেক``), with the
qualifiers, case endings and tails around them (``প্রায়``, ``-রও বেশি``,
``ধরে``, ``-ব্যাপী``, ``-এর জন্য``) inside the span.

Conventions: a month is 30 days and a year 365; ``max_minutes`` equals
``min_minutes`` for an exact or approximate value, and is None for an open
one (``২৪ ঘণ্টারও বেশি``, ``ঘণ্টার পর ঘণ্টা``); both are None for a long
while with no number (``দীর্ঘক্ষণ``). A range is ``approximate``.

Not durations: a count of units that points at a time (``দু'দিন আগে``,
``চার দিনের মধ্যে``, ``গত ২৪ ঘণ্টায়``), which the date module reads; minutes
after a clock hour (``৭টা ৪০ মিনিটে``); a 24-hour clock reading (``১৯৪৫
ঘণ্টা``); and a length that describes a thing (``২৪ ঘণ্টা পরিষেবা``,
``পাঁচ বছর বয়সী``).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Final

import regex

from bengali_outage._script import normalise_text
from bengali_outage._spans import remap
from bengali_outage.lang import durations as dur
from bengali_outage.lang import numerals as bn
from bengali_outage.models import Duration, Qualifier, Span
from bengali_outage.normalise._rule import Rule
from bengali_outage.normalise._words import AFTER_GENITIVE_QUALIFIER as _AFTER_GENITIVE_Q
from bengali_outage.normalise._words import END_GUARD as _END_GUARD
from bengali_outage.normalise._words import START_GUARD as _START_GUARD
from bengali_outage.normalise._words import literal_alternation
from bengali_outage.normalise.numeral import AMOUNT_START, AMOUNT_WORDS, match_amount

__all__ = ["RULES", "find_durations", "parse_duration"]


@dataclass(frozen=True, slots=True)
class _Core:
    """A duration in minutes before qualifiers, endings and tails are attached."""

    low: Fraction | None
    high: Fraction | None
    qualifier: Qualifier
    end: int


_alt = literal_alternation


_UNIT_SECONDS: Final[dict[str, int]] = dict(dur.DURATION_UNITS)
_UNIT: Final = f"(?:{_alt(_UNIT_SECONDS)})"
_HALF: Final = f"(?:{_alt(dur.HALF_WORDS)})"
_JOIN: Final = "(?:[ ]*-?[ ]*|')"  # ২ ঘণ্টা, ২-ঘণ্টা, দু'দিন, দুদিন
_AMOUNTISH: Final = rf"(?:{AMOUNT_WORDS}|[ '\-–]){{1,24}}?"
_PART: Final = regex.compile(rf"(?:(?P<half>{_HALF})[ ]?|(?P<amt>{_AMOUNTISH}){_JOIN})(?P<unit>{_UNIT})")
_PART_SOURCE: Final = rf"(?:{_HALF}[ ]?|{_AMOUNTISH}{_JOIN}){_UNIT}"
_PARTS: Final = rf"(?P<part>{_PART_SOURCE})(?:[ ]+(?:ও[ ]+|এবং[ ]+)?(?P<part>{_PART_SOURCE})){{0,4}}"
_REPEATED_SECONDS: Final[dict[str, int]] = dict(dur.REPEATED_UNITS)
# After a unit (inverted order: মিনিট দশেক, ঘণ্টা দুয়েক, মিনিট পনেরো) only words,
# not digits, and not when another unit follows (মিনিট ৩০ সেকেন্ড).
_CARD_WORDS: Final = _alt(w for w, v in bn.CARDINALS if v >= 2 and w not in bn.AMBIGUOUS_CARDINALS)
_AFTER_UNIT_COUNT: Final = rf"(?:{AMOUNT_WORDS})(?<![০-৯0-9])(?![ ]*(?:{_UNIT}))"


def _minutes(amount: Fraction | None, unit: str) -> Fraction | None:
    return None if amount is None else amount * _UNIT_SECONDS[unit] / 60


def _read_part(text: str, start: int, end: int) -> tuple[_Core, int] | None:
    """One amount and unit, with the unit's length in seconds."""
    m = _PART.fullmatch(text, start, end)
    if m is None:
        return None
    unit = m.group("unit")
    if m.start("half") >= 0:
        half = _minutes(Fraction(1, 2), unit)
        return _Core(half, half, "exact", end), _UNIT_SECONDS[unit]
    amount = match_amount(text, m.start("amt"))
    if amount is None or amount.end != m.end("amt"):
        return None
    core = _Core(_minutes(amount.low, unit), _minutes(amount.high, unit), amount.qualifier, end)
    return core, _UNIT_SECONDS[unit]


def _parts(m: regex.Match[str]) -> _Core | None:
    """Units in sequence, largest first (এক ঘণ্টা ২০ মিনিট); only an exact first part has more."""
    total: _Core | None = None
    last_unit = 0
    for start, end in zip(m.starts("part"), m.ends("part"), strict=True):
        got = _read_part(m.string, start, end)
        if got is None:
            break
        core, unit = got
        if total is None:
            total, last_unit = core, unit
            if core.qualifier != "exact":
                break
            continue
        if core.qualifier != "exact" or unit >= last_unit or total.low is None or core.low is None:
            break
        if core.low * 60 >= last_unit:
            break  # ২ ঘণ্টা ৯০ মিনিট is not one duration
        total = _Core(total.low + core.low, total.low + core.low, "exact", end)
        last_unit = unit
    return total


def _range(m: regex.Match[str]) -> _Core | None:
    text = m.string
    lo = _read_part(text, m.start("lo"), m.end("lo"))
    hi = _read_part(text, m.start("hi"), m.end("hi"))
    if lo is None or hi is None or lo[0].low is None or hi[0].high is None:
        return None
    if not lo[0].low < hi[0].high:
        return None
    return _Core(lo[0].low, hi[0].high, "approximate", m.end())


def _repeated(m: regex.Match[str]) -> _Core | None:
    key = regex.sub("[ ]+", " ", m.group())
    seconds = _REPEATED_SECONDS[key]
    return _Core(Fraction(2 * seconds, 60), None, "several", m.end())


def _vague(m: regex.Match[str]) -> _Core | None:
    return _Core(None, None, "several", m.end())


def _about(m: regex.Match[str]) -> _Core | None:
    """মিনিট দশেক, ঘণ্টা কয়েক, ঘণ্টাখানেক: the unit first makes the count "about"."""
    unit = m.group("unit")
    if m.start("amt") < 0:
        one = _minutes(Fraction(1), unit)
        return _Core(one, one, "approximate", m.end())
    amount = match_amount(m.string, m.start("amt"))
    if amount is None or amount.end != m.end("amt") or amount.kind in ("article", "ambiguous"):
        return None
    qualifier: Qualifier = "several" if amount.qualifier == "several" else "approximate"
    return _Core(_minutes(amount.low, unit), _minutes(amount.high, unit), qualifier, m.end())


# fmt: off
RULES: Final[tuple[Rule[_Core], ...]] = (
    Rule("<unit>ের পর <unit>",
         regex.compile("|".join("[ ]+".join(map(regex.escape, w.split())) for w in _REPEATED_SECONDS)),
        _repeated),
    Rule("দীর্ঘ সময়|দীর্ঘক্ষণ", regex.compile(_alt(dur.VAGUE_DURATIONS)), _vague),
    Rule("<duration> থেকে|- <duration>",
         regex.compile(rf"(?P<lo>{_PART_SOURCE})(?:[ ]*[-–][ ]*|[ ]+(?:থেকে|হতে)[ ]+)(?P<hi>{_PART_SOURCE})"),
         _range),
    Rule("<number> <unit>", regex.compile(_PARTS), _parts),
    Rule("<unit>খানেক|<unit> <cardinal>েক",
         regex.compile(rf"(?P<unit>{_UNIT})(?:{_alt(bn.ABOUT_SUFFIXES)}|[ ]+(?P<amt>{_AFTER_UNIT_COUNT}))"),
         _about),
)
# fmt: on

# --------------------------------------------------------------------------
# What may surround a duration, and what makes it something else.

_QUALIFIER_VALUE: Final[dict[str, Qualifier]] = {
    **dict(bn.AFTER_GENITIVE_QUALIFIERS),
    **dict(bn.AFTER_QUALIFIERS),
    **dict(bn.PREFIX_QUALIFIERS),
}
_PREFIX: Final = regex.compile(rf"(?P<q>{_alt(w for w, _ in bn.PREFIX_QUALIFIERS)})[ ]+")
_EMPHASIS: Final = regex.compile(rf"(?:{_alt(dur.EMPHASIS_BEFORE)})[ ]+")
_SOLID_TAIL: Final = regex.compile(rf"[ ]?(?:{_alt(dur.SOLID_DURATION_TAILS)})")
_ENDING: Final = regex.compile(r"(?P<gen>য়ের|ের|এর|র)(?:ও|ই)?|(?:য়|ে|তে|এ)(?:ও|ই)?|ও|ই")
_AFTER_Q: Final = regex.compile(rf"[ ]+(?P<q>{_alt(w for w, _ in bn.AFTER_QUALIFIERS)})")
_TAIL: Final = regex.compile(
    rf"[ ]+(?:{_alt(dur.DURATION_TAILS)})|[ ]+সময়ের[ ]+(?:{_alt(dur.DURATION_TAILS_AFTER_GENITIVE)})"
)
_TAIL_AFTER_GENITIVE: Final = regex.compile(rf"[ ]+(?:{_alt(dur.DURATION_TAILS_AFTER_GENITIVE)})")
_NAMES: Final = regex.compile(_alt(dur.NAMES_WITH_DURATIONS))
_WORD_END: Final = r"(?![\p{L}\p{M}])"
_RELATIVE_AFTER: Final = regex.compile(rf"[ ]+(?:সময়[ ]+)?(?:{_alt(dur.RELATIVE_AFTER)}){_WORD_END}")
_RELATIVE_BEFORE: Final = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(dur.RELATIVE_BEFORE)})[ ]+$")
_ATTRIBUTE_BEFORE: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(dur.ATTRIBUTE_BEFORE)})[ ]*[:ঃ]?[ ]+$"
)
_ATTRIBUTE_AFTER: Final = regex.compile(rf"(?:ের|এর|র)?[ ]+(?:{_alt(dur.ATTRIBUTE_AFTER)})")
_ROUND_THE_CLOCK: Final = regex.compile(
    rf"(?:ের|এর|র|ই)?[ ]+(?:{_alt(dur.ROUND_THE_CLOCK_NOUNS)})(?:\p{{L}}|\p{{M}})*"
    rf"(?![ ]+(?:{_alt(dur.OUTAGE_WORDS)}))"
)
_DAY_MINUTES: Final = 1440
# Minutes after a clock hour (৭টা ৪০ মিনিটে, ১০টা বেজে ৫ মিনিট, ৭:৪০ মিনিটে).
_CLOCK_BEFORE: Final = regex.compile(
    rf"(?:(?:[০-৯0-9][ ]?|(?<![\p{{L}}\p{{M}}])(?:{_CARD_WORDS}|{_alt(w for w, _ in bn.FRACTION_WHOLES)}|এক|ন|বার)'?)"
    r"(?:টা|টায়|টার|টে|টো)|বেজে|বাজে|[০-৯0-9][:ঃ])[ ]*$"
)
# A 24-hour clock reading written as a count of hours (বাংলাদেশ সময়: ১৯৪৫ ঘণ্টা).
_CLOCK_HOURS: Final = regex.compile(r"[০-২0-2][০-৯0-9][০-৫0-5][০-৯0-9][ ]*(?:ঘণ্টা|ঘন্টা)")
_CANDIDATE: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}_])(?:{AMOUNT_START}|{_UNIT}|{_HALF}"
    rf"|{_alt(dur.VAGUE_DURATIONS)}|{_alt(dur.EMPHASIS_BEFORE)})"
)
_LOOKBACK: Final = 16


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    low: Fraction | None
    high: Fraction | None
    qualifier: Qualifier


def _finish(text: str, core: _Core) -> tuple[int, Qualifier | None] | None:
    """The longest ending, qualifier and tail after the core that ends at a word boundary."""
    bases = [core.end]
    solid = _SOLID_TAIL.match(text, core.end)
    if solid:
        bases.insert(0, solid.end())
    for base in bases:
        endings: list[tuple[int, bool]] = []
        e = _ENDING.match(text, base)
        if e and e.end() > base and base == core.end:
            endings.append((e.end(), e.start("gen") >= 0))
        endings.append((base, False))
        for end, genitive in endings:
            q = (_AFTER_GENITIVE_Q if genitive else _AFTER_Q).match(text, end)
            steps: list[tuple[int, Qualifier | None, bool]] = []
            if q:
                steps.append((q.end(), _QUALIFIER_VALUE[q.group("q")], False))
            steps.append((end, None, genitive))
            for step_end, qualifier, gen in steps:
                tails: list[int] = []
                t = _TAIL.match(text, step_end)
                if t:
                    tails.append(t.end())
                if gen:
                    g = _TAIL_AFTER_GENITIVE.match(text, step_end)
                    if g:
                        tails.append(g.end())
                tails.append(step_end)
                for tail_end in tails:
                    if _END_GUARD.match(text, tail_end):
                        return tail_end, qualifier
    return None


def _is_duration(text: str, start: int, core: _Core, core_start: int, end: int) -> bool:
    before = text[max(0, start - _LOOKBACK) : start]
    if _RELATIVE_AFTER.match(text, end) or _RELATIVE_BEFORE.search(before):
        return False
    if _ATTRIBUTE_AFTER.match(text, core.end) or _ATTRIBUTE_BEFORE.search(before):
        return False
    if core.low == _DAY_MINUTES and core.high == _DAY_MINUTES and _ROUND_THE_CLOCK.match(text, core.end):
        return False
    if _CLOCK_BEFORE.search(text[max(0, core_start - _LOOKBACK) : core_start]):
        return False
    for name in _NAMES.finditer(text, max(0, start - 2 * _LOOKBACK), min(len(text), end + 2 * _LOOKBACK)):
        if name.start() < end and start < name.end():
            return False
    return not _CLOCK_HOURS.match(text, core_start)


def _combine(core: _Core, qualifiers: list[Qualifier]) -> tuple[Fraction | None, Fraction | None, Qualifier]:
    low, high, qualifier = core.low, core.high, core.qualifier
    for q in qualifiers:
        if q == "at_least":
            high, qualifier = None, "at_least"
        elif q == "at_most":
            low, qualifier = None, "at_most"
            if high is None:
                high = core.low
        elif qualifier == "exact":
            qualifier = "approximate"
    return low, high, qualifier


def _read_at(text: str, pos: int) -> _Found | None:
    if not _START_GUARD.match(text, pos):
        return None
    qualifiers: list[Qualifier] = []
    core_start = pos
    for _ in range(3):
        for rule in RULES:
            m = rule.pattern.match(text, core_start)
            if m is None:
                continue
            core = rule.produce(m)
            if core is None:
                continue
            finished = _finish(text, core)
            if finished is None:
                continue
            end, suffix = finished
            if not _is_duration(text, pos, core, core_start, end):
                return None
            low, high, qualifier = _combine(core, [*qualifiers, *([suffix] if suffix else [])])
            return _Found(pos, end, low, high, qualifier)
        p = _PREFIX.match(text, core_start)
        if p:
            qualifiers.append(_QUALIFIER_VALUE[p.group("q")])
            core_start = p.end()
            continue
        e = _EMPHASIS.match(text, core_start)
        if e:
            core_start = e.end()
            continue
        break
    return None


def _plain(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value.denominator == 1 else float(value)


def _scan(text: str) -> list[_Found]:
    found: list[_Found] = []
    pos = 0
    while True:
        c = _CANDIDATE.search(text, pos)
        if c is None:
            return found
        got = _read_at(text, c.start())
        if got is not None:
            found.append(got)
            pos = got.end
        else:
            pos = c.start() + 1


def _duration(text: str, f: _Found) -> Duration:
    return Duration(
        min_minutes=_plain(f.low),
        max_minutes=_plain(f.high),
        qualifier=f.qualifier,
        text=text[f.start : f.end],
        span=Span(f.start, f.end),
    )


def find_durations(text: str) -> list[Duration]:
    """Every duration in normalised ``text``, in order, without overlaps.

    >>> [(d.text, d.min_minutes, d.max_minutes) for d in find_durations("প্রায় দেড় ঘণ্টা ধরে বন্ধ ছিল")]
    [('প্রায় দেড় ঘণ্টা ধরে', 90, 90)]
    """
    return [_duration(text, f) for f in _scan(text)]


_STRIP: Final = " \t\r\n।,.;:!?\"'()[]{}"


def parse_duration(text: str) -> Duration | None:
    """Read ``text`` as exactly one duration; spans point into ``text`` as given.

    >>> d = parse_duration("২৪ ঘণ্টারও বেশি")
    >>> (d.min_minutes, d.max_minutes, d.qualifier)
    (1440, None, 'at_least')
    """
    norm = normalise_text(text)
    s = norm.text
    start = len(s) - len(s.lstrip(_STRIP))
    end = len(s.rstrip(_STRIP))
    if start >= end:
        return None
    got = _read_at(s[:end], start)
    if got is None or got.end != end:
        return None
    return remap(_duration(s, got), norm)
