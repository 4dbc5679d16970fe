"""Numbers: digits of both scripts, number words, scale words and vague amounts.

``find_numbers`` reads every cardinal amount in normalised text as a SPEC
``Quantity``; ``parse_number`` reads one amount from raw text. What is read:

* digits, Bengali or Latin or mixed (``৪৭``, ``47``, ``১0``), with Indian or
  western grouping (``১,২৩,৪৫৬``, ``123,456``) and a decimal point (``২.১``);
* number words 0-99 in every listed spelling, and scale words, solid or
  spaced (``সাতশো``, ``দুই হাজার পাঁচশো``, ``এক লাখ কোটি``, ``৪৭ হাজার``,
  ``২.১ ট্রিলিয়ন``), with দেড়, আড়াই, সাড়ে, সোয়া, পৌনে and দশমিক;
* ranges (``৩-৪ হাজার``, ``দুই থেকে তিন লাখ``, ``দু-তিন হাজার``), vague
  amounts (``কয়েক হাজার``, ``হাজার হাজার``, ``শতাধিক``, ``হাজারখানেক``);
* qualifiers before and after (``প্রায়``, ``অন্তত``, ``-এরও বেশি``,
  ``ছাড়িয়ে``, ``-র মতো``) and the case endings and counters written onto the
  number (``হাজারের``, ``৫০০-র``, ``তিনটি``), all inside the span.

What is not a count and is skipped: clock times (``১০টা``, ``১০:৩০``, ``রাত ৯``),
years and days of a date (``২০২৪ সালে``, ``১৮ নভেম্বর``), an amount of time
(``২৪ ঘণ্টা``: see ``duration``), identifiers (``২৪/৭``, ``COVID-19``,
``৯৯৯ নম্বরে``, ``৫জি``), ordinals (``২য়``, ``২১শে``), and the article এক
(``একটি``, ``এক ব্যক্তি``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Final, Literal

import regex

from bengali_outage._script import BENGALI_DIGITS, TO_LATIN_DIGITS, normalise_text, to_bengali_digits
from bengali_outage._spans import remap
from bengali_outage.lang import calendar as cal
from bengali_outage.lang import durations as dur
from bengali_outage.lang import numerals as bn
from bengali_outage.lang import time_words as tw
from bengali_outage.models import Qualifier, Quantity, Span
from bengali_outage.normalise._rule import Rule
from bengali_outage.normalise._words import AFTER_GENITIVE_QUALIFIER as _AFTER_GENITIVE_Q
from bengali_outage.normalise._words import END_GUARD as _END_GUARD
from bengali_outage.normalise._words import START_GUARD as _START_GUARD
from bengali_outage.normalise._words import literal_alternation

__all__ = [
    "AMOUNT_START",
    "AMOUNT_WORDS",
    "RULES",
    "Amount",
    "find_numbers",
    "match_amount",
    "parse_digits",
    "parse_number",
    "parse_ordinal",
    "render_digits",
    "render_number",
]

Tail = Literal["digit", "scale", "word", "few"]
Kind = Literal["plain", "ambiguous", "article", "few"]


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount read from the text before qualifiers and endings are attached.

    ``end`` is where the amount really ends (a rule may read less than it
    matched); ``tail`` says what may be written onto it: case endings after
    digits or a scale word, a counter after digits or a number word.
    """

    low: Fraction | None
    high: Fraction | None
    qualifier: Qualifier
    end: int
    tail: Tail
    kind: Kind = "plain"
    year_like: bool = False
    clock_like: bool = False


# --------------------------------------------------------------------------
# Patterns, built once from the tables in lang/numerals.py.


_alt = literal_alternation


def _alt_any_case(words: Iterable[str]) -> str:
    """Like ``_alt``, but Latin words match in any case."""
    words = list(words)
    latin = [w for w in words if w.isascii()]
    bengali = [w for w in words if not w.isascii()]
    parts = [p for p in (_alt(bengali), f"(?i:{_alt(latin)})" if latin else "") if p]
    return "|".join(parts)


def _consonant_final(word: str) -> bool:
    last = word[-1]
    return last == "\u09bc" or (unicodedata.category(last) == "Lo" and not "\u0985" <= last <= "\u0994")


_D: Final = f"[{BENGALI_DIGITS}0-9]"
_DIGITS: Final = (
    rf"(?:{_D}{{1,2}}(?:,{_D}{{2}})*,{_D}{{3}}|{_D}{{1,3}}(?:,{_D}{{3}})+|{_D}+)"
    rf"(?:\.{_D}+)?(?!{_D}|[.,]{_D})"
)
_CARD_VALUE: Final[dict[str, int]] = dict(bn.CARDINALS)
_SCALE_VALUE: Final[dict[str, int]] = {w.lower(): v for w, v in bn.SCALES}
_WHOLE_VALUE: Final[dict[str, Fraction]] = {w: Fraction(v) for w, v in bn.FRACTION_WHOLES}
_OFFSET_VALUE: Final[dict[str, Fraction]] = {w: Fraction(v) for w, v in bn.FRACTION_OFFSETS}
# "About N" counts: পাঁচেক, দশেক, দেড়েক, দুয়েক (not একেক, "each").
_EK_VALUE: Final[dict[str, Fraction]] = {
    **{
        w + bn.ABOUT_COUNT_SUFFIX: Fraction(v)
        for w, v in bn.CARDINALS
        if _consonant_final(w) and w not in bn.ARTICLE_CARDINALS and w not in bn.AMBIGUOUS_CARDINALS
    },
    **{w + bn.ABOUT_COUNT_SUFFIX: v for w, v in _WHOLE_VALUE.items() if v > 1},  # দেড়েক, not অর্ধেক "half"
    **{w: Fraction(v) for w, v in bn.ABOUT_COUNTS_IRREGULAR},
}

_CARD: Final = f"(?:{_alt(_CARD_VALUE)})"
_SCALE: Final = f"(?:{_alt_any_case(w for w, _ in bn.SCALES)})"
_BIG_SCALE: Final = f"(?:{_alt_any_case(w for w, v in bn.SCALES if v >= 1_000)})"
_WHOLE: Final = f"(?:{_alt(_WHOLE_VALUE)})"
_OFFSET: Final = f"(?:{_alt(_OFFSET_VALUE)})"
_BARE: Final = f"(?:{_alt(w for w, _ in bn.BARE_SCALES)})"
_EK: Final = f"(?:{_alt(_EK_VALUE)})"
_JOIN: Final = "(?:[ ]+|'|)"  # between a number and its scale word: সাতশো, সাত শো, সাত'শ
_DECIMAL_WORD: Final = "দশমিক"

_DECIMALS: Final = rf"(?:[ ]+{_DECIMAL_WORD}[ ]+(?:{_DIGITS}|{_CARD}(?:[ ]+{_CARD})*))"
# সোয়া লাখ: a fraction right before a scale word counts from one (1.25 lakh).
_WORD_UNIT: Final = rf"(?:{_OFFSET}[ ]+{_CARD}|{_OFFSET}(?=[ ]+{_SCALE})|{_WHOLE}|{_CARD}{_DECIMALS}?)"
_DIGIT_UNIT: Final = rf"(?:{_OFFSET}[ ]+{_DIGITS}|{_DIGITS}{_DECIMALS}?)"
_UNIT: Final = rf"(?:{_WORD_UNIT}|{_DIGIT_UNIT})"
# A scale word is written solid onto a number word (সাতশো) but spaced after
# digits: ২১শে is a date (the 21st), not 21 hundred.
_SCALED_GROUP: Final = (
    rf"(?:{_WORD_UNIT}(?:{_JOIN}{_SCALE}){{1,3}}|{_DIGIT_UNIT}[ ]+{_SCALE}(?:{_JOIN}{_SCALE}){{0,2}})"
)
_GROUP: Final = rf"(?:{_SCALED_GROUP}|{_UNIT})"
# Only the last group of an amount may lack a scale word (এক কোটি | বিশ লাখ |
# পাঁচশো | পঞ্চাশ), and there are few groups: a run of number words (a list,
# a table) is then read in linear time.
_MAX_GROUPS: Final = 8
_NUMBER_FROM_UNIT: Final = rf"(?:(?:{_SCALED_GROUP}[ ]+){{0,{_MAX_GROUPS}}}{_GROUP})"
_NUMBER: Final = rf"(?:{_NUMBER_FROM_UNIT}|{_BARE}(?:[ ]+{_BIG_SCALE}){{0,3}})"
_RANGE_SEP: Final = r"(?:[ ]*[-–][ ]*|[ ]+(?:থেকে|হতে|বা|কিংবা|অথবা)[ ]+)"
_FEW: Final = f"(?:{_alt(bn.FEW_WORDS)})"
_MANY_VALUE: Final[dict[str, int]] = dict(bn.MANY)
_MANY: Final = "|".join(
    r"[ ]*[-–]?[ ]*".join(regex.escape(part) for part in w.split(" "))
    for w in sorted(_MANY_VALUE, key=lambda w: (-len(w), w))
)
_MORE_THAN_VALUE: Final[dict[str, int]] = dict(bn.MORE_THAN)
_MORE_THAN: Final = f"(?:{_alt(_MORE_THAN_VALUE)})"
_ABOUT: Final = f"(?:{_alt(bn.ABOUT_SUFFIXES)})"

_TOKEN: Final = regex.compile(
    rf"(?P<off>{_OFFSET})|(?P<whole>{_WHOLE})|(?P<dig>{_DIGITS})|(?P<dec>{_DECIMAL_WORD})"
    rf"|(?P<card>{_CARD})|(?P<scale>{_SCALE})|(?P<sep>[ ']+)"
)


_COUNTER: Final = regex.compile(rf"'?(?:{_alt(bn.COUNTERS)})|[ ](?:{_alt(bn.SPACED_COUNTERS)})")
_CLOCK_COUNTERS: Final = frozenset({"টা", "টো", "টে"})
_GENITIVE: Final = r"(?:[-–]?(?:এর|য়ের)|ের|[-–]?র)"
_LOCATIVE: Final = r"(?:[-–]?(?:এ|তে)|ে|য়ে|য়)"
_ENDING_AFTER_DIGIT: Final = regex.compile(
    r"(?P<gen>[-–]?এর|[-–]?র)(?P<also>ও)?|(?:[-–]?(?:এ|তে|কে))ও?|[-–](?:ও|ই)|ও"
)
_ENDING_AFTER_WORD: Final = regex.compile(
    rf"(?P<gen>{_GENITIVE})(?P<also>ও|ই)?|(?:{_LOCATIVE}|কে)(?:ও|ই)?|ও|ই"
)
_SPACED_GENITIVE: Final = regex.compile(r"[ ]এর(?P<also>ও)?(?=[ ])")
_QUALIFIER_VALUE: Final[dict[str, Qualifier]] = {
    **dict(bn.AFTER_GENITIVE_QUALIFIERS),
    **dict(bn.AFTER_QUALIFIERS),
    **dict(bn.SOLID_AFTER_QUALIFIERS),
}
_PREFIX_VALUE: Final[dict[str, Qualifier]] = dict(bn.PREFIX_QUALIFIERS)
_AFTER_Q: Final = regex.compile(
    rf"[ ]+(?P<q>{_alt(w for w, _ in bn.AFTER_QUALIFIERS)})|(?P<q>{_alt(w for w, _ in bn.SOLID_AFTER_QUALIFIERS)})"
)
# ৫০ জনেরও বেশি: a spaced counter is read only with a qualifier after it.
_SPACED_PEOPLE_Q: Final = regex.compile(
    rf"[ ]+জন(?:ের|এর)(?:ও)?[ ]+(?P<q>{_alt(w for w, _ in bn.AFTER_GENITIVE_QUALIFIERS)})"
)
_PREFIX: Final = regex.compile(rf"(?P<q>{_alt(_PREFIX_VALUE)})[ ]+")

# Context that makes a number something other than a count.
_UNIT_WORDS: Final = _alt(w for w, _ in dur.DURATION_UNITS)
_MONTHS: Final = _alt_any_case(w for w, _ in (*cal.GREGORIAN_MONTHS, *cal.BANGLA_MONTHS))
_ERAS: Final = _alt_any_case(w for w, _ in cal.ERA_WORDS)
_DAY_PARTS: Final = _alt(w for w, _ in tw.DAY_PARTS)
# A word followed by any case endings, then a word boundary.
_WORD_END: Final = r"(?:য়ের|ের|এর|র|য়|ে|তে|কে|ই|ও|ব্যাপী)*(?![\p{L}\p{M}])"
_FOLLOWED_BY_TIME_UNIT: Final = regex.compile(
    rf"[ ]*'?-?(?:{_UNIT_WORDS})(?:খানেক)?{_WORD_END}|[ ]+(?i:{_alt(dur.LATIN_TIME_WORDS)})(?![\p{{L}}\p{{M}}])"
)
# ৯টা ৫৫, বিকেল ৪টে ১০ নাগাদ, ১০টা বেজে ৫: minutes of a clock time.
_PRECEDED_BY_CLOCK: Final = regex.compile(
    rf"(?:[০-৯0-9][ ]?|(?<![\p{{L}}\p{{M}}])(?:{_CARD}|{_WHOLE})'?)(?:টা|টে|টো|টায়|টার)[ ]+$|বেজে[ ]+$"
)
# A list marker at the start of a line: "১. ", "2) ".
_LIST_MARKER_BEFORE: Final = regex.compile(r"(?:^|\n)[ \t]*$")
_LIST_MARKER_AFTER: Final = regex.compile(r"[.)][ ]")
_FOLLOWED_BY_CLOCK: Final = regex.compile(rf"[ ]+(?:{_alt(tw.HOUR_COUNTERS)}){_WORD_END}")
_FOLLOWED_BY_MONTH: Final = regex.compile(rf"[ ]*,?[ ]*(?:{_MONTHS}){_WORD_END}")
_PRECEDED_BY_MONTH: Final = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_MONTHS})(?:ের|এর|র|ে)?[ ]*,?[ ]*$")
# Nov 19, 2025 / ১৮ নভেম্বর, ২০২৫: a year after a day and month.
_PRECEDED_BY_DATE: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_MONTHS})[ ]*{_D}{{1,2}}(?:st|nd|rd|th)?[ ]*,?[ ]*$"
)
# মাস তিনেক, ঘণ্টা দুয়েক: a unit before the count makes it "about N units".
_PRECEDED_BY_TIME_UNIT: Final = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_UNIT_WORDS})[ ]+$")
_FOLLOWED_BY_ERA: Final = regex.compile(rf"[ ]*(?:{_ERAS}){_WORD_END}")
_FOLLOWED_BY_YEAR_WORD: Final = regex.compile(r"[ ]+(?:থেকে|পর্যন্ত|নাগাদ)(?![\p{L}\p{M}])")
_PRECEDED_BY_YEAR_WORD: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:থেকে|হতে|চলতি|গত|বিগত|আগামী|{_ERAS})(?:ের|এর|র)?[ ]+$"
)
_PRECEDED_BY_DAY_PART: Final = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_DAY_PARTS})(?:ে|র|য়|তে)?[ ]+$")
_FOLLOWED_BY_IDENTIFIER: Final = regex.compile(rf"[ ]*(?:{_alt(bn.LABEL_WORDS_AFTER)}){_WORD_END}")
_PRECEDED_BY_IDENTIFIER: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(bn.LABEL_WORDS_BEFORE)})(?:ের|এর|র|ে)?[ ]*[:ঃ]?[ ]*$"
)
_LOOKBACK: Final = 24

_YEAR_RANGE: Final = cal.GREGORIAN_YEAR_RANGE


# --------------------------------------------------------------------------
# Reading a number's words and digits.


def parse_digits(s: str) -> int | float | None:
    """Read a digit string: Bengali, Latin or mixed, with grouping commas and a decimal point.

    >>> parse_digits("১,২৩,৪৫৬"), parse_digits("2.5"), parse_digits("১২ক")
    (123456, 2.5, None)
    """
    value = _digits_value(s.strip())
    return None if value is None else _plain(value)


_DIGITS_FULL: Final = regex.compile(_DIGITS)


def _digits_value(s: str) -> Fraction | None:
    if not _DIGITS_FULL.fullmatch(s):
        return None
    return Fraction(s.translate(TO_LATIN_DIGITS).replace(",", ""))


def _plain(value: Fraction) -> int | float:
    """An int when the value is whole, else a float."""
    return int(value) if value.denominator == 1 else float(value)


@dataclass(frozen=True, slots=True)
class _Atom:
    is_scale: bool
    value: Fraction
    start: int
    end: int
    card: str | None = None  # the word, for a lone number word
    digits: str | None = None  # the digits, for a lone digit string


def _atoms(text: str, start: int, end: int) -> list[_Atom] | None:
    """Split a number's text into units (with their fractions) and scale words."""
    atoms: list[_Atom] = []
    offset: Fraction | None = None
    offset_start = 0
    pos = start
    tokens = list(_TOKEN.finditer(text, start, end))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.start() != pos:
            return None
        pos = t.end()
        kind = t.lastgroup
        word = t.group()
        i += 1
        if kind == "sep":
            continue
        if kind == "off":
            offset, offset_start = _OFFSET_VALUE[word], t.start()
            continue
        if kind == "scale":
            if offset is not None:  # সোয়া লাখ = 1.25 lakh
                atoms.append(_Atom(False, 1 + offset, offset_start, offset_start))
                offset = None
            atoms.append(_Atom(True, Fraction(_SCALE_VALUE[word.lower()]), t.start(), t.end()))
            continue
        if kind == "dec":
            return None  # দশমিক with no number before it
        if kind == "whole":
            value, card, digits = _WHOLE_VALUE[word], None, None
        elif kind == "card":
            value, card, digits = Fraction(_CARD_VALUE[word]), word, None
        else:
            parsed = _digits_value(word)
            if parsed is None:
                return None
            value, card, digits = parsed, None, word
        unit_start, unit_end = t.start(), t.end()
        # দশমিক: the digits after it are the decimals (দুই দশমিক পাঁচ = 2.5).
        j = i
        while j < len(tokens) and tokens[j].lastgroup == "sep":
            j += 1
        if j < len(tokens) and tokens[j].lastgroup == "dec":
            decimals = ""
            k = j + 1
            last = tokens[j].end()
            while k < len(tokens) and tokens[k].lastgroup in ("sep", "card", "dig"):
                tk = tokens[k]
                if tk.lastgroup == "card":
                    decimals += str(_CARD_VALUE[tk.group()])
                    last = tk.end()
                elif tk.lastgroup == "dig":
                    if decimals or not regex.fullmatch(_D + "+", tk.group()):
                        break
                    decimals += tk.group().translate(TO_LATIN_DIGITS)
                    last = tk.end()
                k += 1
            if not decimals:
                return None
            value += Fraction(int(decimals), 10 ** len(decimals))
            card = digits = None
            unit_end = last
            pos = last
            while i < len(tokens) and tokens[i].end() <= last:
                i += 1
        if offset is not None:
            value += offset
            unit_start, card, digits, offset = offset_start, None, None, None
        atoms.append(_Atom(False, value, unit_start, unit_end, card, digits))
    if offset is not None or pos != end:
        return None
    return atoms


@dataclass(frozen=True, slots=True)
class _Reading:
    value: Fraction
    end: int
    atoms: tuple[_Atom, ...]  # the atoms read
    first_unit: Fraction | None  # the number before the first scale word
    first_multiplier: Fraction  # the scale words of the first group, multiplied
    single_group: bool


_MILLION: Final = 1_000_000


def _read_number(text: str, start: int, end: int) -> _Reading | None:
    """Read units and scale words in the Indian way, stopping where the order breaks."""
    atoms = _atoms(text, start, end)
    if not atoms:
        return None
    total = Fraction(0)
    current: Fraction | None = None
    after_hundred = False
    last_scale: Fraction | None = None
    groups = 0
    first_unit: Fraction | None = None
    first_multiplier = Fraction(1)
    best: _Reading | None = None
    for n, atom in enumerate(atoms):
        prev_scale = n > 0 and atoms[n - 1].is_scale
        if not atom.is_scale:
            if current is None:
                current = atom.value
                groups += 1
                if first_unit is None:
                    first_unit = atom.value
            elif after_hundred and atom.value < 100 and atom.value.denominator == 1:
                current += atom.value
                after_hundred = False
            else:
                break
        else:
            s = atom.value
            if current is None:
                if prev_scale and s >= _MILLION and 0 < total < s:
                    total *= s
                    last_scale = s
                    if groups == 1:
                        first_multiplier *= s
                    best = _Reading(
                        total, atom.end, tuple(atoms[: n + 1]), first_unit, first_multiplier, groups == 1
                    )
                    continue
                if n == 0 and text[atom.start : atom.end] in _BARE_VALUE:
                    current = Fraction(1)
                    groups = 1
                    first_unit = current
                else:
                    break
            if s == 100:
                if current >= 100 or after_hundred:
                    break
                current *= 100
                after_hundred = True
            elif total == 0:
                total = current * s
                current, after_hundred, last_scale = None, False, s
            elif s >= _MILLION and total < s:
                total = (total + current) * s
                current, after_hundred, last_scale = None, False, s
            elif last_scale is not None and current * s < last_scale:
                total += current * s
                current, after_hundred, last_scale = None, False, s
            else:
                break
            if groups == 1:
                first_multiplier *= s
        if current is not None and last_scale is not None and current >= last_scale:
            continue  # a trailing number as large as the last scale word is not part of it
        best = _Reading(
            total + (current or 0), atom.end, tuple(atoms[: n + 1]), first_unit, first_multiplier, groups == 1
        )
    return best


_BARE_VALUE: Final[dict[str, int]] = dict(bn.BARE_SCALES)


def _tail_of(reading: _Reading) -> Tail:
    last = reading.atoms[-1]
    if last.is_scale:
        return "scale"
    return "digit" if last.digits is not None else "word"


def _lone_card(reading: _Reading) -> str | None:
    atoms = reading.atoms
    return atoms[0].card if len(atoms) == 1 else None


def _year_like(reading: _Reading) -> bool:
    atoms = reading.atoms
    if len(atoms) != 1 or atoms[0].digits is None:
        return False
    digits = atoms[0].digits
    lo, hi = _YEAR_RANGE
    return len(digits) == 4 and lo <= reading.value <= hi


# --------------------------------------------------------------------------
# The rules. Each reads the core of an amount; qualifiers, counters and case
# endings around it are read by ``_read_at`` for every rule alike.


def _number(m: regex.Match[str]) -> Amount | None:
    reading = _read_number(m.string, m.start(), m.end())
    if reading is None:
        return None
    # The word as written, for a lone number word (নয়, এক) or fraction (অর্ধ).
    atom = reading.atoms[0]
    card = m.string[atom.start : atom.end] if len(reading.atoms) == 1 and not atom.is_scale else None
    kind: Kind = "plain"
    if card in bn.ARTICLE_CARDINALS:
        kind = "article"
    elif card in bn.AMBIGUOUS_CARDINALS:
        kind = "ambiguous"
    return Amount(
        reading.value,
        reading.value,
        "exact",
        reading.end,
        _tail_of(reading),
        kind=kind,
        year_like=_year_like(reading),
        clock_like=len(reading.atoms) == 1 and reading.value <= 24,
    )


def _range(m: regex.Match[str]) -> Amount | None:
    text = m.string
    lo = _read_number(text, m.start("lo"), m.end("lo"))
    hi = _read_number(text, m.start("hi"), m.end("hi"))
    if lo is None or hi is None or lo.end != m.end("lo"):
        return None
    sep = m.group("sep").strip()
    hi_first = hi.atoms[0]
    if not sep:
        # Two number words side by side are a range only when close: দু তিন, দশ বারো.
        card = _lone_card(lo)
        if card is None or hi_first.card is None or hi.first_unit is None:
            return None
        if not lo.value < hi.first_unit <= 2 * lo.value:
            return None
    low = lo.value
    lo_scaled = any(a.is_scale for a in lo.atoms)
    if (
        not lo_scaled
        and hi.single_group
        and hi.first_unit is not None
        and hi.first_multiplier > 1
        and low < hi.first_unit
    ):
        low *= hi.first_multiplier  # ৩-৪ হাজার: the scale word serves both
    if not low < hi.value:
        return None
    if _year_like(lo) and (_year_like(hi) or sep in ("-", "–")):
        return None  # ২০১৮ থেকে ২০২৪, ২০২৩-২৪
    clock = len(lo.atoms) == 1 and len(hi.atoms) == 1 and hi.value <= 24
    return Amount(low, hi.value, "approximate", hi.end, _tail_of(hi), clock_like=clock)


def _scales_product(text: str, start: int, end: int) -> tuple[Fraction, int] | None:
    """Multiply scale words read left to right while each is larger (হাজার কোটি)."""
    product = Fraction(1)
    last: Fraction | None = None
    stop = start
    for t in _TOKEN.finditer(text, start, end):
        if t.lastgroup == "sep":
            continue
        if t.lastgroup == "card" and t.group() == "দশ" and last is None and product == 1:
            product *= 10  # কয়েক দশ হাজার: "a few tens of thousands"
            continue
        if t.lastgroup != "scale":
            break
        s = Fraction(_SCALE_VALUE[t.group().lower()])
        if last is not None and s <= last:
            break
        product *= s
        last, stop = s, t.end()
    return None if last is None else (product, stop)


def _few(m: regex.Match[str]) -> Amount | None:
    if m.start("scales") < 0:
        return Amount(Fraction(2), Fraction(9), "several", m.end(), "few", kind="few")
    got = _scales_product(m.string, m.start("scales"), m.end("scales"))
    if got is None:
        return None
    n, end = got
    return Amount(2 * n, 9 * n, "several", end, "scale")


def _many(m: regex.Match[str]) -> Amount | None:
    n = Fraction(_MANY_SOLID[regex.sub("[ \\-–]", "", m.group("many"))])
    end = m.end("many")
    if m.start("more") >= 0:
        s = Fraction(_SCALE_VALUE[m.group("more").lower()])
        if s > n:
            n, end = n * s, m.end("more")
    return Amount(2 * n, 99 * n, "several", end, "scale")


_MANY_SOLID: Final[dict[str, int]] = {w.replace(" ", ""): v for w, v in bn.MANY}


def _more_than(m: regex.Match[str]) -> Amount | None:
    n = Fraction(_MORE_THAN_VALUE[m.group("word")])
    if m.start("unit") >= 0:
        if n < 100:
            return None
        reading = _read_number(m.string, m.start("unit"), m.end("unit"))
        if reading is None or reading.end != m.end("unit") or len(reading.atoms) != 1:
            return None
        n *= reading.value
    return Amount(n + 1, None, "at_least", m.end(), "scale")


def _about(m: regex.Match[str]) -> Amount | None:
    groups = m.groupdict()
    n = Fraction(1)
    if groups.get("scale"):
        n = Fraction(_SCALE_VALUE[m.group("scale").lower()])
    if groups.get("ek"):
        n *= _EK_VALUE[m.group("ek")]
    elif groups.get("card"):
        n *= _CARD_VALUE[m.group("card")]
    return Amount(n, n, "approximate", m.end(), "scale")


# fmt: off
RULES: Final[tuple[Rule[Amount], ...]] = (
    Rule("<number> থেকে|-|বা <number>",
         regex.compile(
             rf"(?P<lo>{_NUMBER})(?P<sep>{_RANGE_SEP})(?P<hi>{_NUMBER_FROM_UNIT})"
             rf"|(?P<lo>{_CARD})(?P<sep>[ ]+)(?P<hi>{_NUMBER_FROM_UNIT})"  # দু তিন হাজার
         ),
         _range),
    Rule("<number> <scale>অধিক",
         regex.compile(rf"(?:(?P<unit>{_UNIT}){_JOIN})?(?P<word>{_MORE_THAN})"), _more_than),
    Rule("কয়েক <scale>",
         regex.compile(rf"{_FEW}(?:{_JOIN}(?P<scales>(?:দশ[ ]+)?{_SCALE}(?:{_JOIN}{_SCALE})*))?"), _few),
    Rule("<scale> <scale>",
         regex.compile(rf"(?P<many>{_MANY})(?:[ ]+(?P<more>{_BIG_SCALE}))?"), _many),
    Rule("<scale>খানেক|<scale> <cardinal>েক",
         regex.compile(
             rf"(?P<scale>{_SCALE}){_JOIN}(?:{_ABOUT}|(?P<ek>{_EK}))"
             rf"|(?:{regex.escape(bn.PEOPLE_ABOUT)}[ ]+)?(?P<ek>{_EK})"
             rf"|{regex.escape(bn.PEOPLE_ABOUT)}[ ]+(?P<card>{_CARD})"
         ), _about),
    Rule("<number>", regex.compile(_NUMBER), _number),
)
# fmt: on

# Where an amount may begin: a qualifier, a digit, or the first word of a rule.
_FIRST_WORDS: Final = _alt_any_case(
    [
        *_PREFIX_VALUE,
        *_CARD_VALUE,
        *_WHOLE_VALUE,
        *_OFFSET_VALUE,
        *(w for w, _ in bn.SCALES),
        *(w.split(" ")[0] for w in bn.FEW_WORDS),
        *(w.split(" ")[0] for w in _MANY_VALUE),
        *_MORE_THAN_VALUE,
        *_EK_VALUE,
        bn.PEOPLE_ABOUT,
    ]
)
# A first word must end there, or go on with a scale word, a counter or an
# ending, or a unit of time (দুদিন); this keeps ছবি, নতুন and দুর্ঘটনা from
# being tried at all.
_WORD_GOES_ON: Final = rf"(?=[^\p{{L}}\p{{M}}]|$|'|{_SCALE}|{_alt(bn.COUNTERS)}|[েো]|র(?!\p{{M}})|য়(?!\p{{M}})|তে|কে|খানেক|াধিক|{_UNIT_WORDS})"
_CANDIDATE: Final = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}_])(?:{_D}|(?:{_FIRST_WORDS}){_WORD_GOES_ON})")
# For other normalisers: regex sources for where an amount may begin, and for
# the words of an amount (to bound a search before ``match_amount`` reads it).
AMOUNT_START: Final = f"(?:{_D}|(?:{_FIRST_WORDS}){_WORD_GOES_ON})"
AMOUNT_WORDS: Final = (
    f"(?:{_DIGITS}|{_EK}|{_CARD}|{_WHOLE}|{_OFFSET}|{_FEW}|{_SCALE}|{_DECIMAL_WORD}|থেকে|হতে|বা|কিংবা|অথবা)"
)


# --------------------------------------------------------------------------
# Attaching counters, case endings and qualifiers; refusing non-counts.


@dataclass(frozen=True, slots=True)
class _Tail:
    end: int
    counter: str | None
    qualifier: Qualifier | None
    ending: bool


def _tails(text: str, amount: Amount) -> _Tail | None:
    """The longest reading of what follows the amount that ends at a word boundary."""
    bases: list[tuple[int, str | None]] = [(amount.end, None)]
    if amount.tail in ("digit", "word", "few"):
        c = _COUNTER.match(text, amount.end)
        if c:
            bases.insert(0, (c.end(), c.group().lstrip("' ")))
    for base_end, counter in bases:
        host: Tail = "scale" if counter else amount.tail
        endings: list[tuple[int, bool]] = []
        pattern = {"digit": _ENDING_AFTER_DIGIT, "scale": _ENDING_AFTER_WORD}.get(host)
        if pattern is not None:
            e = pattern.match(text, base_end)
            if e and e.end() > base_end:
                endings.append((e.end(), e.start("gen") >= 0))
            g = _SPACED_GENITIVE.match(text, base_end)
            if g:
                endings.append((g.end(), True))
        endings.append((base_end, False))
        for end, genitive in endings:
            options: list[tuple[int, Qualifier | None]] = []
            q = (_AFTER_GENITIVE_Q if genitive else _AFTER_Q).match(text, end)
            if q:
                options.append((q.end(), _QUALIFIER_VALUE[q.group("q")]))
            if end == amount.end and host in ("digit", "word"):
                p = _SPACED_PEOPLE_Q.match(text, end)
                if p:
                    options.append((p.end(), _QUALIFIER_VALUE[p.group("q")]))
            options.append((end, None))
            for option_end, qualifier in options:
                if _END_GUARD.match(text, option_end):
                    return _Tail(option_end, counter, qualifier, end != base_end)
    return None


def _is_count(text: str, start: int, amount: Amount, tail: _Tail, *, lenient: bool) -> bool:
    """Whether a matched amount is a count, and not a time, a date, an identifier or an article."""
    end = tail.end
    before = text[max(0, start - _LOOKBACK) : start]
    if amount.kind == "article" and (tail.counter is not None or not lenient):
        return False  # একটি, একজন: "a", "someone"
    if not lenient and amount.kind in ("ambiguous", "few") and tail.counter is None:
        return False
    # Clock times: ১০টা, দুটো, রাত ৯, ৮ টায়.
    if amount.clock_like:
        if tail.counter in _CLOCK_COUNTERS:
            return False
        if tail.counter is None and (
            _FOLLOWED_BY_CLOCK.match(text, amount.end) or _PRECEDED_BY_DAY_PART.search(before)
        ):
            return False
    # An amount of time belongs to the duration module.
    if tail.counter is None and _FOLLOWED_BY_TIME_UNIT.match(text, amount.end):
        return False
    if tail.qualifier is None and _FOLLOWED_BY_TIME_UNIT.match(text, end):
        return False
    if _PRECEDED_BY_TIME_UNIT.search(before):
        return False
    if amount.low is not None and amount.low < 60 and _PRECEDED_BY_CLOCK.search(before):
        return False
    if _LIST_MARKER_AFTER.match(text, end) and _LIST_MARKER_BEFORE.search(text[max(0, start - 8) : start]):
        return False
    # Dates and years: ১৮ নভেম্বর, মে ২০২৪, ২০২৪ সালে, ১৪৩১ বঙ্গাব্দ.
    if tail.counter is None and tail.qualifier is None:
        if _FOLLOWED_BY_MONTH.match(text, amount.end) or _PRECEDED_BY_MONTH.search(before):
            return False
        if amount.year_like and _PRECEDED_BY_DATE.search(before):
            return False
        if _FOLLOWED_BY_ERA.match(text, amount.end) or _FOLLOWED_BY_ERA.match(text, end):
            return False
        if amount.year_like and (
            tail.ending or _FOLLOWED_BY_YEAR_WORD.match(text, end) or _PRECEDED_BY_YEAR_WORD.search(before)
        ):
            return False
    # Identifiers: ৯৯৯ নম্বরে, ১৪৪ ধারা, নং ৫, phone numbers and long IDs.
    if _FOLLOWED_BY_IDENTIFIER.match(text, amount.end) or _PRECEDED_BY_IDENTIFIER.search(before):
        return False
    core = text[start:end]
    if _LEADING_ZERO.search(core):
        return False
    return lenient or not _LONG_DIGITS.search(core)


# ০১৭১১… is a phone number; a run of ten or more digits without grouping
# commas is an ID in running text (counts that large are written with commas
# or scale words).
_LEADING_ZERO: Final = regex.compile(rf"(?<!{_D}|[.,])[০0]{_D}+(?!\.)")
_LONG_DIGITS: Final = regex.compile(rf"(?<!{_D}|[.,]){_D}{{10,}}")


def _combine(
    amount: Amount, prefix: Qualifier | None, suffix: Qualifier | None
) -> tuple[Fraction | None, Fraction | None, Qualifier]:
    """Apply qualifiers to an amount's bounds (SPEC section 2)."""
    low, high, qualifier = amount.low, amount.high, amount.qualifier
    for q in (prefix, suffix):
        if q is None:
            continue
        if q == "at_least":
            high, qualifier = None, "at_least"
        elif q == "at_most":
            low, qualifier = None, "at_most"
            if high is None:
                high = amount.low
        elif qualifier == "exact":
            qualifier = "approximate"
    return low, high, qualifier


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    low: Fraction | None
    high: Fraction | None
    qualifier: Qualifier
    rule: str


def _read_at(text: str, pos: int, *, lenient: bool) -> _Found | None:
    """Read one amount beginning exactly at ``pos``, with its qualifiers."""
    if not _START_GUARD.match(text, pos):
        return None
    prefix: Qualifier | None = None
    core_start = pos
    p = _PREFIX.match(text, pos)
    if p:
        prefix, core_start = _PREFIX_VALUE[p.group("q")], p.end()
    for rule in RULES:
        endpos = len(text)
        while endpos > core_start:
            m = rule.pattern.match(text, core_start, endpos)
            if m is None:
                break
            amount = rule.produce(m)
            if amount is not None:
                tail = _tails(text, amount)
                if tail is not None and _is_count(text, pos, amount, tail, lenient=lenient):
                    low, high, qualifier = _combine(amount, prefix, tail.qualifier)
                    return _Found(pos, tail.end, low, high, qualifier, rule.name)
                limit = min(m.end(), amount.end)
            else:
                limit = m.end()
            # Try again without the last word: সাত শো-রুম is সাত, not 700.
            cut = text.rfind(" ", core_start, limit)
            if cut <= core_start:
                break
            endpos = len(text[core_start:cut].rstrip(" ")) + core_start
    return None


def _scan(text: str, *, lenient: bool) -> list[_Found]:
    found: list[_Found] = []
    pos = 0
    while True:
        c = _CANDIDATE.search(text, pos)
        if c is None:
            return found
        got = _read_at(text, c.start(), lenient=lenient)
        if got is not None:
            found.append(got)
            pos = got.end
        else:
            pos = c.start() + 1


def _quantity(text: str, f: _Found) -> Quantity:
    return Quantity(
        min=None if f.low is None else _plain(f.low),
        max=None if f.high is None else _plain(f.high),
        qualifier=f.qualifier,
        text=text[f.start : f.end],
        span=Span(f.start, f.end),
    )


# --------------------------------------------------------------------------
# Public functions.


def find_numbers(text: str) -> list[Quantity]:
    """Every cardinal amount in normalised ``text``, in order, without overlaps.

    >>> [(q.text, q.min, q.max, q.qualifier) for q in find_numbers("রাত ৯টায় অভিযোগ ৪০ হাজারেরও বেশি")]
    [('৪০ হাজারেরও বেশি', 40000, None, 'at_least')]
    """
    return [_quantity(text, f) for f in _scan(text, lenient=False)]


_STRIP: Final = " \t\r\n।,.;:!?\"'()[]{}"


def parse_number(text: str) -> Quantity | None:
    """Read ``text`` as exactly one amount (surrounding spaces and punctuation aside).

    Spans point into ``text`` as given, before normalisation.

    >>> q = parse_number("প্রায় সাড়ে তিন হাজার")
    >>> (q.min, q.max, q.qualifier, q.span)
    (3500, 3500, 'approximate', Span(start=0, end=22))
    """
    norm = normalise_text(text)
    s = norm.text
    start = len(s) - len(s.lstrip(_STRIP))
    end = len(s.rstrip(_STRIP))
    if start >= end:
        return None
    # A trailing '+' or apostrophe may belong to the number (৫০০+, পাঁচশ'): try with it first.
    ends = [end + 1, end] if end < len(s) and s[end] in "+'" else [end]
    for e in ends:
        got = _read_at(s[:e], start, lenient=True)
        if got is not None and got.end == e:
            break
    else:
        return None
    return remap(_quantity(s, got), norm)


def match_amount(text: str, pos: int) -> Amount | None:
    """The bare amount (no qualifiers or endings) that begins at ``pos``, for other normalisers.

    Reads ranges, কয়েক, -এক forms and plain numbers; the caller checks what follows.

    >>> a = match_amount("দেড় ঘণ্টা", 0)
    >>> (a.low, a.end)
    (Fraction(3, 2), 4)
    """
    if not _START_GUARD.match(text, pos):
        return None
    for rule in _AMOUNT_RULES:
        m = rule.pattern.match(text, pos)
        if m is None:
            continue
        amount = rule.produce(m)
        if amount is not None:
            return amount
    return None


_AMOUNT_RULE_NAMES: Final = frozenset({"<number> থেকে|-|বা <number>", "কয়েক <scale>", "<number>"})
_AMOUNT_RULES: Final[tuple[Rule[Amount], ...]] = (
    *(r for r in RULES[:-1] if r.name in _AMOUNT_RULE_NAMES),
    Rule("<cardinal>েক", regex.compile(rf"(?P<ek>{_EK})"), _about),
    RULES[-1],
)


# --------------------------------------------------------------------------
# Rendering (the inverse of reading, for tests and for callers who show values).

_SMALL: Final[dict[int, str]] = {}
for _w, _v in bn.CARDINALS:
    _SMALL.setdefault(_v, _w)  # the first spelling of each value is the canonical one


def render_number(n: int) -> str:
    """Write a whole number 0 <= n in Bengali words, Indian scale (কোটি above লাখ).

    >>> render_number(2_500), render_number(10**12)
    ('দুই হাজার পাঁচশো', 'এক লাখ কোটি')
    """
    if n < 0:
        raise ValueError(f"render_number takes a whole number >= 0, got {n}")
    if n == 0:
        return _SMALL[0]
    return " ".join(_render_words(n))


def _render_words(n: int) -> list[str]:
    words: list[str] = []
    crore, n = divmod(n, 10_000_000)
    if crore:
        words += [*_render_words(crore), "কোটি"]
    for scale, name in ((100_000, "লাখ"), (1_000, "হাজার")):
        count, n = divmod(n, scale)
        if count:
            words += [_SMALL[count], name]
    hundreds, n = divmod(n, 100)
    if hundreds:
        words.append(_SMALL[hundreds] + "শো")
    if n:
        words.append(_SMALL[n])
    return words


def render_digits(n: int, *, grouping: bool = True) -> str:
    """Write ``n`` in Bengali digits, with Indian grouping commas by default.

    >>> render_digits(1234567), render_digits(1234567, grouping=False)
    ('১২,৩৪,৫৬৭', '১২৩৪৫৬৭')
    """
    digits = str(n)
    if grouping and len(digits) > 3:
        head, last3 = digits[:-3], digits[-3:]
        pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        digits = ",".join([*pairs, last3])
    return to_bengali_digits(digits)


# --------------------------------------------------------------------------
# Ordinals.

_ORDINAL_VALUE: Final[dict[str, int]] = dict(bn.ORDINALS)
_ORDINAL_SUFFIX: Final[dict[str, frozenset[int] | None]] = dict(bn.ORDINAL_DIGIT_SUFFIXES)
_ORDINAL_DIGITS: Final = regex.compile(rf"(?P<n>{_D}+)[-]?(?P<suffix>{_alt(_ORDINAL_SUFFIX)})")
_ORDINAL_WORD: Final = regex.compile(rf"(?P<card>{_CARD})তম")


def parse_ordinal(text: str) -> int | None:
    """Read an ordinal: a word (প্রথম, দ্বিতীয়), digits with a suffix (২য়, ২১তম, ২১শে).

    >>> parse_ordinal("তৃতীয়"), parse_ordinal("৪র্থ"), parse_ordinal("২১শে"), parse_ordinal("তিন")
    (3, 4, 21, None)
    """
    s = normalise_text(text).text.strip(_STRIP)
    if s in _ORDINAL_VALUE:
        return _ORDINAL_VALUE[s]
    m = _ORDINAL_DIGITS.fullmatch(s)
    if m:
        n = int(m.group("n").translate(TO_LATIN_DIGITS))
        allowed = _ORDINAL_SUFFIX[m.group("suffix")]
        return n if n > 0 and (allowed is None or n in allowed) else None
    w = _ORDINAL_WORD.fullmatch(s)
    if w:
        return _CARD_VALUE[w.group("card")] or None
    return None
