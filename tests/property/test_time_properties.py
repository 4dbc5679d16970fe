"""Properties of the date and time normalisers (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bengali_outage._script import normalise_text, to_bengali_digits
from bengali_outage.lang.calendar import GREGORIAN_MONTHS
from bengali_outage.lang.time_words import HOUR_WORDS
from bengali_outage.normalise import bangla_calendar
from bengali_outage.normalise.time import find_intervals, find_times, parse_time

EXAMPLES = settings(max_examples=200, deadline=None)

_HOUR_WORD = {h: w for w, h, m in reversed(HOUR_WORDS) if m == 0}


def _part_word(hour: int) -> str:
    """A part-of-day word whose span holds ``hour`` (SPEC section 4)."""
    if hour == 4:
        return "ভোর"
    if 5 <= hour <= 11:
        return "সকাল"
    if 12 <= hour <= 14:
        return "দুপুর"
    if 15 <= hour <= 16:
        return "বিকেল"
    if 17 <= hour <= 18:
        return "সন্ধ্যা"
    return "রাত"


def render(hour: int, minute: int, *, bengali_digits: bool, words: bool) -> str:
    """A Bengali clock phrase for a 24-hour time: রাত সাড়ে ৮টা, সকাল পৌনে ১০টা, দুপুর ১টা ৫ মিনিট."""
    part = _part_word(hour)
    h12 = hour % 12 or 12
    fraction = {15: "সোয়া ", 30: "সাড়ে ", 45: "পৌনে "}.get(minute, "")
    named = (h12 % 12) + 1 if minute == 45 else h12
    digits = to_bengali_digits if bengali_digits else str
    clock = _HOUR_WORD[named] if words else f"{digits(str(named))}টা"
    if minute and not fraction:
        return f"{part} {clock} {digits(str(minute))} মিনিটে"
    return f"{part} {fraction}{clock}"


@EXAMPLES
@given(
    st.integers(0, 23), st.integers(0, 59), st.booleans(), st.booleans()
)  # fmt: skip
def test_clock_phrase_round_trips(hour: int, minute: int, bengali_digits: bool, words: bool) -> None:
    text = render(hour, minute, bengali_digits=bengali_digits, words=words)
    tp = parse_time(text)
    assert tp is not None, text
    assert (tp.hour, tp.minute, tp.approximate) == (hour, minute, False), text


_TEXT = st.lists(
    st.sampled_from(
        [
            *"কখগঘচজটডতদনপবমযরলশসহ়ািীুূেৈোৌ্ংঃঁ",
            *"০১২৩৪৫৬৭৮৯0123456789",
            *"abcAMPMIST .,:;-–/()'\"\n\t|",
            "\u200c", "\u200d", "\u00a0", "৷", "।", "টা", "টায়", "সাড়ে", "পৌনে", "রাত", "সকাল", "মার্চ", "মে",
            "বুধবার", "থেকে", "পর্যন্ত", "নাগাদ", "দিকে", "মিনিট", "সাল", "বঙ্গাব্দ", "আজ", "গত", "বছর",
            "ভারতীয় সময়", "ঘণ্টা", "দিন", "আগে", "মধ্যে", "ও", "তারিখ",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@EXAMPLES
@given(_TEXT)
def test_find_never_raises_and_spans_hold(raw: str) -> None:
    text = normalise_text(raw).text
    warnings: list[str] = []
    points = find_times(text, reference=date(2024, 3, 12), warnings=warnings)
    last = 0
    for tp in points:
        assert last <= tp.span.start < tp.span.end <= len(text)
        assert text[tp.span.start : tp.span.end] == tp.text
        last = tp.span.end
    for interval in find_intervals(text, reference=date(2024, 3, 12)):
        assert text[interval.span.start : interval.span.end] == interval.text
        assert interval.span.start == interval.start.span.start
        assert interval.end.span.end <= interval.span.end
    assert all(isinstance(w, str) for w in warnings)


@EXAMPLES
@given(_TEXT)
def test_parse_time_never_raises_on_raw_text(raw: str) -> None:
    tp = parse_time(raw)
    if tp is not None:
        assert raw[tp.span.start : tp.span.end] == tp.text


_BN_MONTHS = [w for w, _ in GREGORIAN_MONTHS if not w.isascii()]
_MONTH_OF = dict(GREGORIAN_MONTHS)


@EXAMPLES
@given(st.dates(date(1900, 1, 1), date(2150, 12, 31)), st.sampled_from(_BN_MONTHS))
def test_bengali_date_round_trips(d: date, word: str) -> None:
    if _MONTH_OF[word] != d.month:
        word = next(w for w in _BN_MONTHS if _MONTH_OF[w] == d.month)
    text = to_bengali_digits(f"{d.day} ") + word + to_bengali_digits(f" {d.year}")
    tp = parse_time(text)
    assert tp is not None, text
    assert (tp.year, tp.month, tp.day) == (d.year, d.month, d.day)
    assert tp.weekday is not None


@EXAMPLES
@given(st.dates(date(1994, 1, 1), date(2100, 12, 31)))
def test_bangla_calendar_round_trips(d: date) -> None:
    year, month, day = bangla_calendar.from_gregorian(d)
    assert 1 <= month <= 12
    assert 1 <= day <= bangla_calendar.month_lengths(year)[month - 1]
    assert bangla_calendar.to_gregorian(year, month, day) == d
