"""What every tagger (registry rules, shipped model, stanza) hands to the merge step."""

from __future__ import annotations

from dataclasses import dataclass

from bengali_outage.models import Label


@dataclass(frozen=True, slots=True)
class EntityMatch:
    """One entity mention; ``start``/``end`` index the *normalised* text."""

    start: int
    end: int
    label: Label
    id: str | None  # registry id (service id, ISO code for countries, slug for others)
    source: str  # "rule:<name>", "model:<version>" or "stanza:<version>"
    kind: str | None = None  # for SERVICE: "social", "cdn", "operator", "payment", ...
    country: str | None = None  # for GPE: the ISO 3166-1 alpha-2 code it maps to
    name: str | None = None  # canonical display name, e.g. "ক্লাউডফ্লেয়ার"


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A phrase that places an outage without naming a GPE entity.

    World phrases (বিশ্বজুড়ে → WORLD) and adjectives (ভারতীয় ব্যবহারকারী → IN).
    """

    start: int
    end: int
    code: str  # ISO 3166-1 alpha-2 or "WORLD"
    name: str  # canonical name of the place, e.g. "ভারত" or "বিশ্ব"
    source: str
