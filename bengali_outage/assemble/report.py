"""From page structure, entities and values to the Report, in normalised offsets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bengali_outage.assemble import facts
from bengali_outage.assemble.segment import Segment, Sentence, segment, split_sentences
from bengali_outage.assemble.structure import Structure
from bengali_outage.lang.incident_terms import NETWORK_KINDS
from bengali_outage.models import (
    WEEKDAYS,
    Dateline,
    Entity,
    ErrorMessage,
    Incident,
    Report,
    ServiceRef,
    Span,
    TimePoint,
)
from bengali_outage.normalise.time import parse_time
from bengali_outage.normalise.values import Value
from bengali_outage.tag._types import EntityMatch, RegionMention


@dataclass(frozen=True)
class Tagged:
    """What the pipeline's stages left for assembly (all offsets in ``text``)."""

    text: str
    structure: Structure
    entities: Sequence[EntityMatch]
    markers: Sequence[RegionMention]
    values: Sequence[Value]
    warnings: Sequence[str]


def _article_entities(tagged: Tagged) -> list[EntityMatch]:
    return [e for e in tagged.entities if tagged.structure.in_article(e.start, e.end)]


def _as_organisations(entities: Sequence[EntityMatch], text: str) -> list[EntityMatch]:
    """A service name used for its company ("গুগলের মুখপাত্র", "ওপেনএআইয়ের চ্যাটজিপিটি") is an ORG there."""
    return [
        replace(e, label="ORG") if e.label == "SERVICE" and facts.is_owner(e, entities, text) else e for e in entities
    ]


def _article_monitor(entities: Sequence[EntityMatch]) -> str | None:
    ids = {e.id for e in entities if e.label == "MONITOR" and e.id}
    return ids.pop() if len(ids) == 1 else None


def _date_of(tp: TimePoint | None) -> dt.date | None:
    if tp is None or tp.year is None or tp.month is None or tp.day is None:
        return None
    try:
        return dt.date(tp.year, tp.month, tp.day)
    except ValueError:
        return None


def _explicit_date(tp: TimePoint) -> dt.date | None:
    """The date a time point names itself (not one resolved from a bare weekday)."""
    bare = parse_time(tp.text)
    if bare is None or bare.day is None or bare.month is None:
        return None
    return _date_of(tp)


def _reanchor_weekdays(values: Sequence[Value], sentences: Sequence[Sentence], warnings: list[str]) -> list[Value]:
    """Without a publication date, date bare weekdays by the article's own explicit date.

    "শুক্রবার এবং শনিবার (২৪ মে)": the Friday is the day before 24 May, not a Friday near the
    caller's reference. The nearest day with that weekday within three days of the latest
    explicit date in the article wins.
    """
    in_article = [v for v in values if any(s.start <= v.start and v.end <= s.end for s in sentences)]
    anchors = [d for v in in_article if isinstance(v.value, TimePoint) and (d := _explicit_date(v.value))]
    if not anchors:
        return list(values)
    anchor = max(anchors)
    out = []
    for v in values:
        tp = v.value
        if isinstance(tp, TimePoint) and tp.weekday is not None and v in in_article and _explicit_date(tp) is None:
            target = WEEKDAYS.index(tp.weekday)
            offsets = sorted(range(-3, 4), key=abs)
            delta = next(o for o in offsets if (anchor + dt.timedelta(days=o)).weekday() == target)
            day = anchor + dt.timedelta(days=delta)
            if _date_of(tp) != day:
                warnings.append(f"'{tp.text}' dated {day.isoformat()}: the {tp.weekday} nearest {anchor.isoformat()}")
                tp = tp.model_copy(update={"year": day.year, "month": day.month, "day": day.day})
                v = Value(v.kind, v.start, v.end, tp)
        out.append(v)
    return out


def _incident(
    seg: Segment,
    tagged: Tagged,
    entities: Sequence[EntityMatch],
    messages: Sequence[ErrorMessage],
    values: Sequence[Value],
    *,
    inherit: Sequence[ServiceRef] = (),
    dateline: Span | None = None,
    exclude_times: Sequence[Span] = (),
) -> Incident:
    text = tagged.text
    found = facts.services(seg.sentences, entities, text)
    monitor = _article_monitor(entities)
    own_messages = [m for m in messages if any(s.start <= m.span[0] < s.end for s in seg.sentences)]
    cause = facts.cause(seg.sentences, entities, found.providers, own_messages)
    services = found.refs(text, cause.category if cause else None)
    if seg.role == "earlier":
        services = services or list(inherit)
    kinds = {e.id: e.kind for e in entities if e.label == "SERVICE"}
    network_only = bool(services) and all(kinds.get(s.id) in NETWORK_KINDS for s in services)
    counts = facts.counts(seg.sentences, values, entities, tagged.markers, text, monitor)
    if seg.role == "main":
        t = facts.times(seg.sentences, values, exclude=exclude_times)
        start, end, duration = t.start, t.end, t.duration
        status = facts.status(seg.sentences)
        if status == "ongoing":
            end = None  # the last word is that it goes on: a restoration told earlier was partial
        counts = facts.Counts(
            [r.model_copy(update={"at": facts.fill_date(r.at, start)}) if r.at else r for r in counts.user_reports],
            counts.affected_users,
        )
    else:
        start, end, duration, status = seg.anchor, None, None, "unknown"
    return Incident(
        role=seg.role,
        services=tuple(services),
        regions=tuple(facts.regions(seg.sentences, entities, tagged.markers, exclude=dateline, text=text)),
        start=start,
        end=end,
        duration=duration,
        status=status,
        symptoms=tuple(facts.symptoms(seg.sentences, entities, bool(own_messages), network_only=network_only)),
        user_reports=tuple(counts.user_reports),
        affected_users=counts.affected_users,
        cause=cause,
        error_messages=tuple(own_messages),
    )


def build(tagged: Tagged, *, id: str | None = None) -> tuple[Report, Span | None]:
    """Assemble the report (spans still in normalised offsets) and the headline's span."""
    warnings = list(tagged.warnings)
    structure = tagged.structure
    entities = _article_entities(tagged)
    sentences = split_sentences(structure)
    values = list(tagged.values)
    if _date_of(structure.published) is None:
        values = _reanchor_weekdays(values, sentences, warnings)
    parts = segment(sentences, values, structure.published)
    messages = [m for line in structure.article for m in facts.error_messages(line.text, line.start)]
    dateline_span = structure.dateline[1] if structure.dateline else None
    exclude_times = [structure.dateline_date.span] if structure.dateline_date else []
    main = _incident(
        parts.main, tagged, entities, messages, values, dateline=dateline_span, exclude_times=exclude_times
    )
    incidents = [main]
    for seg in parts.earlier:
        incidents.append(_incident(seg, tagged, entities, messages, values, inherit=main.services))
    if not main.services and not any(i.services for i in incidents[1:]):
        warnings.append("no failing service was found: is this an outage article?")
    headline = Span(structure.headline.start, structure.headline.end) if structure.headline else None
    report = Report(
        id=id,
        published=structure.published,
        headline=structure.headline.text if structure.headline else None,
        dateline=Dateline(place=structure.dateline[0], span=structure.dateline[1]) if structure.dateline else None,
        entities=tuple(
            Entity(text=tagged.text[e.start : e.end], label=e.label, span=Span(e.start, e.end), id=e.id, source=e.source)
            for e in _as_organisations(entities, tagged.text)
        ),
        incidents=tuple(incidents),
        warnings=tuple(warnings),
    )
    return report, headline
