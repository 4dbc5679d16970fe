"""Wires the stages into one spaCy pipeline and exposes ``extract``.

Stages are spaCy components registered with spaCy's factory registry, so a
spaCy user can add them to a ``bn`` pipeline of their own::

    nlp = bengali_outage.blank_nlp()
    for name in bengali_outage.COMPONENTS:
        nlp.add_pipe(name)

Each stage leaves its findings in ``doc.user_data`` under the keys below (and,
for spaCy's tools, entities in ``doc.ents`` and values in ``doc.spans``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from bengali_outage._script import Normalised, normalise_text
from bengali_outage._spans import remap
from bengali_outage._tokenise import blank_nlp
from bengali_outage.assemble.report import Tagged, build
from bengali_outage.assemble.structure import Structure, analyse
from bengali_outage.errors import InputError, ReferenceTimeError
from bengali_outage.models import Dateline, Report, Span, TimePoint
from bengali_outage.normalise.values import Value, find_values
from bengali_outage.tag.merge import BACKENDS, Backend, merge, statistical_entities
from bengali_outage.tag.rules import find_entities, find_region_markers
from bengali_outage.tag.stanza_backend import check_pipeline

KEY_REFERENCE: Final = "bengali_outage.reference"
KEY_PUBLISHED: Final = "bengali_outage.published"
KEY_ID: Final = "bengali_outage.id"
KEY_RULE_ENTITIES: Final = "bengali_outage.rule_entities"
KEY_MODEL_ENTITIES: Final = "bengali_outage.model_entities"
KEY_ENTITIES: Final = "bengali_outage.entities"
KEY_MARKERS: Final = "bengali_outage.markers"
KEY_STRUCTURE: Final = "bengali_outage.structure"
KEY_VALUES: Final = "bengali_outage.values"
KEY_WARNINGS: Final = "bengali_outage.warnings"
KEY_REPORT: Final = "bengali_outage.report"
KEY_BACKEND: Final = "bengali_outage.backend"
KEY_STANZA_PIPELINE: Final = "bengali_outage.stanza_pipeline"

COMPONENTS: Final = (
    "outage_rules",
    "outage_model",
    "outage_merge",
    "outage_structure",
    "outage_values",
    "outage_incidents",
)
MAX_CHARS: Final = 1_000_000

Reference = dt.date | dt.datetime


@Language.component("outage_rules")
def outage_rules(doc: Doc) -> Doc:
    """Registry rules: entity matches with ids, and phrases that place an outage (বিশ্বজুড়ে)."""
    doc.user_data[KEY_RULE_ENTITIES] = find_entities(doc.text)
    doc.user_data[KEY_MARKERS] = find_region_markers(doc.text)
    return doc


@Language.component("outage_model")
def outage_model(doc: Doc) -> Doc:
    """The statistical tagger: the shipped model, or the caller's stanza pipeline (``backend``)."""
    doc.user_data[KEY_MODEL_ENTITIES] = statistical_entities(
        doc.text, doc.user_data.get(KEY_BACKEND, "model"), doc.user_data.get(KEY_STANZA_PIPELINE)
    )
    return doc


@Language.component("outage_merge")
def outage_merge(doc: Doc) -> Doc:
    """The ``rules-first`` merge policy (``bengali_outage.tag.merge``); sets ``doc.ents``."""
    matches = merge(doc.user_data.get(KEY_RULE_ENTITIES, []), doc.user_data.get(KEY_MODEL_ENTITIES, []), doc.text)
    doc.user_data[KEY_ENTITIES] = matches
    spans = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand") for m in matches]
    doc.ents = filter_spans([s for s in spans if s is not None])
    return doc


@Language.component("outage_structure")
def outage_structure(doc: Doc) -> Doc:
    """Find headline, dateline, publication time and page furniture."""
    doc.user_data[KEY_STRUCTURE] = analyse(
        doc.text, doc.user_data.get(KEY_ENTITIES, []), reference=doc.user_data.get(KEY_REFERENCE)
    )
    return doc


def _anchor(structure: Structure, published: Reference | None, reference: Reference | None) -> Reference | None:
    """What relative dates resolve against: the page's publication date, the caller's, the reference."""
    tp = structure.published
    if tp is not None and tp.year is not None and tp.month is not None and tp.day is not None:
        try:
            return dt.date(tp.year, tp.month, tp.day)
        except ValueError:
            pass
    return published or reference


@Language.component("outage_values")
def outage_values(doc: Doc) -> Doc:
    """Read numbers, dates, times, durations and intervals, resolved against the anchor date."""
    structure: Structure = doc.user_data[KEY_STRUCTURE]
    anchor = _anchor(structure, doc.user_data.get(KEY_PUBLISHED), doc.user_data.get(KEY_REFERENCE))
    warnings: list[str] = doc.user_data.setdefault(KEY_WARNINGS, [])
    values = find_values(doc.text, reference=anchor, warnings=warnings)
    doc.user_data[KEY_VALUES] = values
    spans = [doc.char_span(v.start, v.end, label=v.kind.upper(), alignment_mode="expand") for v in values]
    doc.spans["values"] = [s for s in spans if isinstance(s, SpacySpan)]
    return doc


@Language.component("outage_incidents")
def outage_incidents(doc: Doc) -> Doc:
    """Assemble the incidents and the report."""
    tagged = Tagged(
        text=doc.text,
        structure=doc.user_data[KEY_STRUCTURE],
        entities=doc.user_data.get(KEY_ENTITIES, []),
        markers=doc.user_data.get(KEY_MARKERS, []),
        values=doc.user_data.get(KEY_VALUES, []),
        warnings=doc.user_data.get(KEY_WARNINGS, []),
    )
    doc.user_data[KEY_REPORT] = build(tagged, id=doc.user_data.get(KEY_ID))
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The full pipeline, built once per process."""
    nlp = blank_nlp()
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _check_time(value: object, name: str) -> Reference | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ReferenceTimeError(
                f"{name}={value.isoformat()!r} is a naive datetime; give it a timezone "
                f"(e.g. .replace(tzinfo=datetime.timezone.utc)) or pass a date"
            )
        return value
    if isinstance(value, dt.date):
        return value
    raise ReferenceTimeError(f"{name} must be a datetime.date or an aware datetime.datetime, not {type(value).__name__}")


def _check_text(text: object) -> str:
    if isinstance(text, bytes):
        raise InputError("text is bytes; decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise InputError(f"text has {len(text):,} characters, more than the {MAX_CHARS:,} an article may have")
    return text


def _check_backend(backend: object, stanza_pipeline: object) -> None:
    if backend not in BACKENDS:
        raise ValueError(f"backend={backend!r} is not one of {', '.join(map(repr, BACKENDS))}")
    if backend == "stanza":
        check_pipeline(stanza_pipeline)
    elif stanza_pipeline is not None:
        raise ValueError(f"stanza_pipeline is given but backend={backend!r}; pass backend='stanza' to use it")


def _published_point(published: Reference) -> TimePoint:
    """A caller-given publication time, with an empty span: it is not in the text."""
    fields: dict[str, Any] = {"year": published.year, "month": published.month, "day": published.day}
    fields["weekday"] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")[
        published.weekday()
    ]
    if isinstance(published, dt.datetime):
        offset = published.utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        fields |= {"hour": published.hour, "minute": published.minute}
        fields["utc_offset"] = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return TimePoint(**fields, text="", span=Span(0, 0))


def _to_original(report: Report, headline: Span | None, norm: Normalised) -> Report:
    out = remap(report, norm)
    update: dict[str, Any] = {}
    if headline is not None:
        s, e = norm.to_original(*headline)
        update["headline"] = norm.original[s:e]
    if out.dateline is not None:
        s, e = out.dateline.span
        update["dateline"] = Dateline(place=norm.original[s:e], span=out.dateline.span)
    return out.model_copy(update=update) if update else out


def run(nlp: Language, norm: Normalised, context: Mapping[str, Any]) -> Report:
    """Run ``nlp``'s components over normalised text and map the report back."""
    doc = nlp.make_doc(norm.text)
    doc.user_data.update(context)
    for _, component in nlp.pipeline:
        doc = component(doc)
    report, headline = doc.user_data[KEY_REPORT]
    return _to_original(report, headline, norm)


def extract(
    text: str,
    *,
    published: Reference | None = None,
    reference: Reference | None = None,
    id: str | None = None,
    backend: Backend = "model",
    stanza_pipeline: Any = None,
) -> Report:
    """Read one article and return its report.

    ``published`` is the article's publication time when the caller knows it; ``reference`` is the
    date relative expressions fall back on (the day the page was fetched, say). The library
    never reads the clock.

    ``backend`` picks the statistical tagger merged with the registry rules: ``"model"`` the
    shipped model, ``"stanza"`` the caller's ``stanza_pipeline`` (a ``stanza.Pipeline`` with an
    ``ner`` processor; needs ``pip install bengali-outage[stanza]``), ``"rules"`` none.

    >>> r = extract("শুক্রবার রাত আটটা নাগাদ ভারতে এক্স ডাউন হয়ে যায়।")
    >>> [s.id for s in r.incidents[0].services], r.incidents[0].start.hour
    (['x'], 20)
    """
    text = _check_text(text)
    ref = _check_time(reference, "reference")
    pub = _check_time(published, "published")
    _check_backend(backend, stanza_pipeline)
    norm = normalise_text(text)
    context: dict[str, Any] = {KEY_REFERENCE: ref, KEY_PUBLISHED: pub, KEY_ID: id, KEY_WARNINGS: []}
    context |= {KEY_BACKEND: backend, KEY_STANZA_PIPELINE: stanza_pipeline}
    report = run(pipeline(), norm, context)
    if report.published is None and pub is not None:
        report = report.model_copy(
            update={
                "published": _published_point(pub),
                "warnings": (*report.warnings, "publication time given by the caller, not found in the text"),
            }
        )
    return report


def extract_many(
    texts_or_records: Iterable[str | Mapping[str, Any]],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    published: Reference | None = None,
    reference: Reference | None = None,
) -> Iterator[Report]:
    """``extract`` over many texts or records (``{"text", "id", "published"}``), in input order,
    in ``n_process`` worker processes; see :func:`bengali_outage.batch.extract_many`.

    >>> [r.id for r in extract_many([{"id": "a", "text": "এক্স ডাউন।"}, "জিও বন্ধ।"])]
    ['a', None]
    """
    from bengali_outage import batch  # batch imports this module

    return batch.extract_many(
        texts_or_records, n_process=n_process, batch_size=batch_size, published=published, reference=reference
    )


def values_of(doc: Doc) -> list[Value]:
    """The values the ``outage_values`` component left on ``doc``."""
    values: list[Value] = doc.user_data.get(KEY_VALUES, [])
    return values
