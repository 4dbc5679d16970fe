"""The layout of a news page: headline, dateline, publication time, and furniture.

Works line by line on normalised text. A line is *furniture* (adverts, share
buttons, captions, bylines, sign-offs, "আরও পড়ুন" links, English slugs, lists
of other stories and everything after them, bare page-header dates), or it is
the article: the headline and the body. Only the article feeds the incidents.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from bengali_outage._script import to_latin_digits
from bengali_outage.lang import page_furniture as pf
from bengali_outage.models import Span, TimePoint
from bengali_outage.normalise.time import find_times
from bengali_outage.tag._types import EntityMatch

_FLAGS: Final = regex.V1 | regex.IGNORECASE


def _alternation(rows: Sequence[str]) -> str:
    return "(?:" + "|".join(rows) + ")"


_NOISE_LINE: Final = regex.compile(_alternation(pf.NOISE_LINES), _FLAGS)
_NOISE_PREFIX: Final = regex.compile(_alternation(pf.NOISE_PREFIXES), _FLAGS)
_CAPTION: Final = regex.compile(".*" + _alternation(pf.CAPTION_SUFFIXES) + r"\s*", _FLAGS)
_TAIL: Final = regex.compile(_alternation(pf.TAIL_MARKERS), _FLAGS)
_BYLINE: Final = regex.compile(_alternation(pf.BYLINE_LINES), _FLAGS)
_SIGN_OFF: Final = regex.compile(pf.SIGN_OFF, _FLAGS)
_PUBLISHED: Final = regex.compile(
    r"(?<![\p{L}\p{M}])" + _alternation(pf.PUBLISHED_LABELS) + r"(?![\p{L}\p{M}])\s*[:：ঃ]?", _FLAGS
)
_UPDATED: Final = regex.compile(
    r"(?<![\p{L}\p{M}])" + _alternation(pf.UPDATED_LABELS) + r"(?![\p{L}\p{M}])\s*[:：ঃ]?", _FLAGS
)
_BD_SIGN_OFF: Final = regex.compile(pf.BD_SIGN_OFF, _FLAGS)
_BENGALI_LETTER: Final = regex.compile(r"[\u0985-\u09B9\u09CE\u09DC-\u09DF]")
_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_FILLER: Final = regex.compile(r"[\s\p{P}\p{S}]*|(?:[\s\p{P}\p{S}]*(?:at|on|তারিখ|সময়)[\s\p{P}\p{S}]*)*", _FLAGS)
_DANDA_INSIDE: Final = regex.compile(r"।\s*\S")
_HEADLINE_MAX_WORDS: Final = 30
# "প্রথম পাতা | প্রযুক্তি | টেলিযোগাযোগ": a site's section trail.
_BREADCRUMB: Final = regex.compile(r"[^|>»]{1,30}(?:\s*[|>»]\s*[^|>»]{1,30})+")
_SECTION_LABEL_MAX_WORDS: Final = 3
_DATE_LINE_MAX_WORDS: Final = 12


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str


@dataclass
class Structure:
    """What the page layout says, with spans into the normalised text."""

    lines: list[Line]
    article: list[Line] = field(default_factory=list)  # headline and body lines, in order
    headline: Line | None = None
    dateline: tuple[str, Span] | None = None
    dateline_date: TimePoint | None = None
    published: TimePoint | None = None
    furniture: list[Line] = field(default_factory=list)

    def in_article(self, start: int, end: int) -> bool:
        i = bisect_right(self.article, start, key=lambda line: line.start) - 1  # lines are in text order
        return i >= 0 and end <= self.article[i].end


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their offsets, surrounding whitespace trimmed."""
    lines = []
    for m in regex.finditer(r"[^\n]+", text):
        raw = m.group()
        left = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if stripped:
            lines.append(Line(m.start() + left, m.start() + left + len(stripped), stripped))
    return lines


def _is_furniture(line: Line) -> bool:
    t = line.text
    return bool(
        _BREADCRUMB.fullmatch(t)
        or _NOISE_LINE.fullmatch(t)
        or _NOISE_PREFIX.match(t)
        or _CAPTION.fullmatch(t)
        or _SIGN_OFF.fullmatch(t)
        or (len(_WORD.findall(t)) <= 8 and _BYLINE.fullmatch(t))
    )


def _is_english_only(line: Line) -> bool:
    return _BENGALI_LETTER.search(line.text) is None


def _times_in(line: Line, reference: dt.date | dt.datetime | None) -> list[TimePoint]:
    out = []
    for tp in find_times(line.text, reference=reference):
        s, e = tp.span
        out.append(tp.model_copy(update={"span": Span(s + line.start, e + line.start)}))
    return out


def _is_date_only(line: Line, times: Sequence[TimePoint], places: Sequence[EntityMatch]) -> bool:
    """The line says nothing but dates, times and places ("ঢাকা, বৃহস্পতিবার, ১৮ সেপ্টেম্বর ২০২৫")."""
    if not times:
        return False
    rest = line.text
    cuts = [tp.span for tp in times] + [(p.start, p.end) for p in places if p.label == "GPE"]
    for start, end in sorted(cuts, key=lambda c: -c[0]):
        if line.start <= start and end <= line.end:
            s, e = start - line.start, end - line.start
            rest = rest[:s] + " " + rest[e:]
    return _FILLER.fullmatch(rest) is not None


def _dated(tp: TimePoint) -> bool:
    return tp.year is not None or (tp.month is not None and tp.day is not None)


def _publication_from(line: Line, reference: dt.date | dt.datetime | None) -> TimePoint | None:
    """The time a labelled publication line gives: the first dated value after its label."""
    label = _PUBLISHED.search(line.text) or _UPDATED.search(line.text)
    if label is None:
        return None
    after = line.start + label.end()
    for tp in _times_in(line, reference):
        if tp.span[0] >= after and _dated(tp):
            return tp
    return None


def _bd_sign_off(line: Line, reference: dt.date | dt.datetime | None) -> TimePoint | None:
    """``বাংলাদেশ সময়: ১৯৪৫ ঘণ্টা, মার্চ ০৩, ২০২২``: hours written as HHMM."""
    m = _BD_SIGN_OFF.fullmatch(line.text)
    if m is None:
        return None
    hhmm = to_latin_digits(m.group(1)).zfill(4)
    hour, minute = int(hhmm[:2]), int(hhmm[2:])
    if hour > 23 or minute > 59:
        return None
    date_line = Line(line.start + m.start(2), line.start + m.end(2), m.group(2))
    dates = [tp for tp in _times_in(date_line, reference) if _dated(tp)]
    if not dates:
        return None
    d = dates[0]
    return d.model_copy(
        update={
            "hour": hour,
            "minute": minute,
            "utc_offset": "+06:00",
            "text": line.text,
            "span": Span(line.start, line.end),
        }
    )


def _dateline(line: Line, entities: Sequence[EntityMatch]) -> tuple[str, Span] | None:
    """A place opening the first body line: ``হায়দরাবাদ, 18 নভেম্বর:`` or ``কলকাতা শেষ আপডেট``."""
    for ent in entities:
        if ent.label != "GPE" or ent.start != line.start:
            continue
        after = line.text[ent.end - line.start :]
        if regex.match(r"\s*(?:\([^)]{0,30}\))?\s*(?:[,:।ঃ]|$)", after) or _UPDATED.match(after.lstrip()) or (
            _PUBLISHED.match(after.lstrip())
        ):
            return line.text[: ent.end - line.start], Span(ent.start, ent.end)
    return None


def _looks_like_headline(line: Line) -> bool:
    words = len(_WORD.findall(line.text))
    return (
        _SECTION_LABEL_MAX_WORDS < words <= _HEADLINE_MAX_WORDS
        and not _DANDA_INSIDE.search(line.text)
        and not line.text.endswith(":")
    )


def analyse(
    text: str,
    entities: Sequence[EntityMatch],
    *,
    reference: dt.date | dt.datetime | None = None,
) -> Structure:
    """Find the page's parts in normalised ``text`` (entities feed the dateline)."""
    lines = split_lines(text)
    structure = Structure(lines)
    headline_seen = False
    headline_index = -1
    published_label: TimePoint | None = None
    updated_label: TimePoint | None = None
    under_headline: TimePoint | None = None
    sign_off: TimePoint | None = None
    in_tail = False
    body_count = 0
    for i, line in enumerate(lines):
        if in_tail:
            structure.furniture.append(line)
            continue
        if body_count and _TAIL.fullmatch(line.text):
            in_tail = True
            structure.furniture.append(line)
            continue
        is_label = _PUBLISHED.search(line.text) or _UPDATED.search(line.text)
        if is_label and len(_WORD.findall(line.text)) <= 16:
            tp = _publication_from(line, reference)
            if tp is not None:
                if _PUBLISHED.search(line.text) and published_label is None:
                    published_label = tp
                elif updated_label is None:
                    updated_label = tp
                if structure.dateline is None and headline_seen:
                    structure.dateline = _dateline(line, entities)
                structure.furniture.append(line)
                continue
        bd = _bd_sign_off(line, reference)
        if bd is not None:
            sign_off = sign_off or bd
            structure.furniture.append(line)
            continue
        if _is_furniture(line) or _is_english_only(line):
            structure.furniture.append(line)
            continue
        # Only a short line can be nothing but a date; long ones skip the time reader here.
        short = len(_WORD.findall(line.text)) <= _DATE_LINE_MAX_WORDS
        times = _times_in(line, reference) if short or (structure.dateline is None and body_count <= 2) else []
        if short and _is_date_only(line, times, entities):
            # A bare date under the headline stamps the article; above it, it is the page's.
            if headline_seen and i - headline_index <= 3 and under_headline is None:
                under_headline = next((t for t in times if _dated(t)), None)
            structure.furniture.append(line)
            continue
        if not headline_seen:
            headline_seen = True
            headline_index = i
            if _looks_like_headline(line):
                structure.headline = line
                structure.article.append(line)
                continue
            if len(_WORD.findall(line.text)) <= _SECTION_LABEL_MAX_WORDS:
                headline_seen = False  # a section label (প্রযুক্তি, সাইবার–জগৎ)
                structure.furniture.append(line)
                continue
        if structure.dateline is None and body_count <= 2:
            structure.dateline = _dateline(line, entities)
            if structure.dateline is not None:
                after_place = [t for t in times if t.span[0] >= structure.dateline[1].end]
                near = [t for t in after_place if t.span[0] - structure.dateline[1].end <= 4]
                # Only a bare filing date; a date run on into a clock time is the story's.
                bare = [t for t in near if t.day is not None and t.hour is None and t.part_of_day is None]
                structure.dateline_date = bare[0] if bare else None
        structure.article.append(line)
        body_count += 1
    filed = structure.dateline_date if structure.dateline_date and structure.dateline_date.year else None
    structure.published = published_label or updated_label or sign_off or under_headline or filed
    return structure
