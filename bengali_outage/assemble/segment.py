"""Which sentences speak of the outage at hand, and which recall earlier ones.

A recollection opens with a past time anchor at month or year level
(``চলতি বছরের মার্চ মাসে``, ``2024 সালের অগস্ট মাসেও``, ``গত বছর``) in a sentence
told in the pluperfect or after a recall word (``এর আগেও``, ``উল্লেখ্য``), with
outage words in it or in the next sentence. It runs on to the end of its
paragraph unless a sentence turns back to the present (``ফের``, ``এদিন``), and
a new anchor opens the next recollection. A recollection with no time (``এর
আগেও বহুবার``) makes no incident, but its sentences still say nothing about
the outage at hand.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

import regex

from bengali_outage.assemble import terms
from bengali_outage.assemble.structure import Structure
from bengali_outage.models import TimePoint
from bengali_outage.normalise.values import Value

_SENTENCE: Final = regex.compile(r"[^।?!]+(?:[।?!]+['\"]?)?")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int  # index into Structure.article
    headline: bool


@dataclass
class Segment:
    role: Literal["main", "earlier"]
    sentences: list[Sentence] = field(default_factory=list)
    anchor: TimePoint | None = None


@dataclass
class Segmentation:
    main: Segment
    earlier: list[Segment]
    vague_history: list[Sentence]


def split_sentences(structure: Structure) -> list[Sentence]:
    """Sentences of the article lines (headline first), trimmed, with offsets."""
    out = []
    for index, line in enumerate(structure.article):
        for m in _SENTENCE.finditer(line.text):
            raw = m.group()
            left = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if text:
                start = line.start + m.start() + left
                out.append(Sentence(start, start + len(text), text, index, line is structure.headline))
    return out


def values_in(sentence: Sentence, values: Sequence[Value]) -> list[Value]:
    """The values inside ``sentence``; ``values`` are sorted by start (bisected, not scanned)."""
    i = bisect_left(values, sentence.start, key=lambda v: v.start)
    j = bisect_left(values, sentence.end, key=lambda v: v.start)
    return [v for v in values[i:j] if v.end <= sentence.end]


def _history_anchor(sentence: Sentence, values: Sequence[Value], published: TimePoint | None) -> TimePoint | None:
    """A past time at month or year level, or a day clearly before publication."""
    for v in values_in(sentence, values):
        tp = v.value
        if v.kind != "time" or not isinstance(tp, TimePoint) or tp.hour is not None:
            continue
        if tp.month is None and tp.year is None:
            continue
        if tp.day is not None or tp.weekday is not None:
            if _days_before(tp, published) >= 2:
                return tp
            continue
        if published is not None and published.year is not None:
            if tp.year is not None and tp.year > published.year:
                continue
            if tp.month is None and tp.year == published.year:
                continue  # "চলতি বছরে" alone: this year's outages, not one of them
            if tp.month == published.month and tp.year in (None, published.year):
                continue
        return tp
    return None


def _days_before(tp: TimePoint, published: TimePoint | None) -> int:
    """How many days ``tp`` lies before the publication date (0 when either is not a full date)."""
    if published is None or None in (published.year, published.month, published.day, tp.year, tp.month, tp.day):
        return 0
    try:
        then = dt.date(tp.year, tp.month, tp.day)  # type: ignore[arg-type]
        now = dt.date(published.year, published.month, published.day)  # type: ignore[arg-type]
    except ValueError:
        return 0
    return (now - then).days


def _opens_recollection(
    sentence: Sentence, nxt: Sentence | None, anchor: TimePoint, published: TimePoint | None
) -> bool:
    text = sentence.text
    if terms.VAGUE_HISTORY.search(text):
        return False
    earlier_year = (
        published is not None and published.year is not None and anchor.year is not None and anchor.year < published.year
    )
    told_as_past = bool(terms.PLUPERFECT.search(text) or terms.RECALL.search(text) or earlier_year)
    outage_here = bool(terms.OUTAGE.search(text) or (terms.CAUSES and any(p.search(text) for p, _ in terms.CAUSES)))
    outage_next = nxt is not None and nxt.line == sentence.line and bool(terms.OUTAGE.search(nxt.text))
    return told_as_past and (outage_here or outage_next) and (anchor.month is not None or anchor.year is not None)


def _is_vague_history(sentence: Sentence) -> bool:
    t = sentence.text
    recalls = terms.RECALL.search(t) or terms.VAGUE_HISTORY.search(t)
    return bool(recalls) and bool(terms.OUTAGE.search(t) or any(p.search(t) for p, _ in terms.STATUS))


def _names_a_day(sentence: Sentence, values: Sequence[Value]) -> bool:
    return any(
        isinstance(v.value, TimePoint) and (v.value.weekday is not None or v.value.day is not None)
        for v in values_in(sentence, values)
    )


def segment(sentences: Sequence[Sentence], values: Sequence[Value], published: TimePoint | None) -> Segmentation:
    """Split the article's sentences into the main incident and recollections."""
    main = Segment("main")
    earlier: list[Segment] = []
    vague: list[Sentence] = []
    current: Segment | None = None
    for i, sentence in enumerate(sentences):
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        anchor = None if sentence.headline else _history_anchor(sentence, values, published)
        if anchor is not None and _opens_recollection(sentence, nxt, anchor, published):
            current = Segment("earlier", [sentence], anchor)
            earlier.append(current)
            continue
        if current is not None:
            same_paragraph = sentence.line == current.sentences[-1].line
            carries_on = bool(terms.CONTINUATION.search(sentence.text) or terms.PLUPERFECT.search(sentence.text))
            if (same_paragraph or carries_on) and not terms.RETURN.search(sentence.text):
                current.sentences.append(sentence)
                continue
            current = None
        if not sentence.headline and _is_vague_history(sentence):
            vague.append(sentence)
            continue
        if (
            vague
            and vague[-1].line == sentence.line
            and not terms.RETURN.search(sentence.text)
            and not _names_a_day(sentence, values)
        ):
            # A vague recollection runs on through its paragraph, like a dated one, until a
            # sentence names a day ("বৃহস্পতিবার …"): that is the outage at hand again.
            vague.append(sentence)
            continue
        main.sentences.append(sentence)
    return Segmentation(main, earlier, vague)
