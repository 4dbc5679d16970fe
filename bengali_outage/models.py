"""The output contract of ``../shared/SPEC.md`` section 2, as frozen pydantic models.

``Report.model_dump(mode="json")`` is the SPEC's JSON object. Every value that
came from the text carries ``text`` and ``span``: ``span`` is ``(start, end)``
in Python string indices into the caller's original text, and
``original[start:end] == text`` always holds.

A few fields say more than the SPEC (it allows that): ``Entity.source`` names
the rule or model that found an entity, and ``Duration.qualifier`` says how
exact a duration is. Both are documented in ``docs/``.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1

Label = Literal["SERVICE", "ORG", "PERSON", "GPE", "MONITOR", "GROUP"]
Role = Literal["main", "earlier"]
Status = Literal["ongoing", "recovering", "resolved", "unknown"]
Qualifier = Literal["exact", "approximate", "at_least", "at_most", "several"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PartOfDay = Literal["dawn", "morning", "noon", "afternoon", "evening", "night"]
Symptom = Literal[
    "access",
    "login",
    "logout",
    "feed",
    "posting",
    "messaging",
    "notifications",
    "search",
    "media",
    "calls",
    "payments",
    "connectivity",
    "error",
]
CauseCategory = Literal[
    "cyberattack",
    "provider",
    "data_center",
    "software",
    "configuration",
    "capacity",
    "power",
    "cable_cut",
    "government",
    "maintenance",
    "weather",
    "unknown",
]

WEEKDAYS: tuple[Weekday, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


class Span(NamedTuple):
    """``[start, end)`` into the caller's original text; serialises as ``[start, end]``."""

    start: int
    end: int


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimePoint(_Model):
    """A point in time, as partial as the text leaves it."""

    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: Weekday | None = None
    hour: int | None = Field(default=None, ge=0, le=23)
    minute: int | None = Field(default=None, ge=0, le=59)
    part_of_day: PartOfDay | None = None
    utc_offset: str | None = Field(default=None, pattern=r"^[+-]\d\d:\d\d$")
    approximate: bool = False
    text: str
    span: Span


class Quantity(_Model):
    """An amount: ``min``/``max`` bound it, ``qualifier`` says how (SPEC section 2)."""

    min: int | float | None
    max: int | float | None = None
    qualifier: Qualifier = "exact"
    text: str
    span: Span


class Duration(_Model):
    """How long an outage lasted; ``min_minutes`` is None for a vague 'long time'."""

    min_minutes: int | float | None
    max_minutes: int | float | None = None
    qualifier: Qualifier = "exact"
    text: str
    span: Span


class Entity(_Model):
    text: str
    label: Label
    span: Span
    id: str | None = None
    source: str = Field(description="'rule:<name>', 'model:<version>' or 'stanza:<version>'")


class Dateline(_Model):
    place: str
    span: Span


class ServiceRef(_Model):
    id: str
    name: str
    spans: tuple[Span, ...]


class RegionRef(_Model):
    code: str = Field(pattern=r"^(?:[A-Z]{2}|WORLD)$")
    name: str
    spans: tuple[Span, ...]


class UserReport(Quantity):
    """A count of user reports, with where, when and on which monitor."""

    region: str | None = None
    at: TimePoint | None = None
    source: str | None = None


class Cause(_Model):
    category: CauseCategory
    provider: str | None = None
    claimed_by: str | None = None
    confirmed: bool = False
    span: Span


class ErrorMessage(_Model):
    text: str
    span: Span


class Incident(_Model):
    role: Role
    services: tuple[ServiceRef, ...] = ()
    regions: tuple[RegionRef, ...] = ()
    start: TimePoint | None = None
    end: TimePoint | None = None
    duration: Duration | None = None
    status: Status = "unknown"
    symptoms: tuple[Symptom, ...] = ()
    user_reports: tuple[UserReport, ...] = ()
    affected_users: Quantity | None = None
    cause: Cause | None = None
    error_messages: tuple[ErrorMessage, ...] = ()


class Report(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: str | None = None
    published: TimePoint | None = None
    headline: str | None = None
    dateline: Dateline | None = None
    entities: tuple[Entity, ...] = ()
    incidents: tuple[Incident, ...] = ()
    warnings: tuple[str, ...] = ()
