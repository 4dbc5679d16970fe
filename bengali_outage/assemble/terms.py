"""The incident-term tables of ``lang.incident_terms``, compiled once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, TypeVar

import regex

from bengali_outage.lang import incident_terms as it

V = TypeVar("V")
_FLAGS: Final = regex.V1 | regex.IGNORECASE
_LEFT: Final = r"(?<![\p{L}\p{M}\p{N}])"
_RIGHT: Final = r"(?![\p{L}\p{M}\p{N}])"


def bounded(rows: Sequence[str]) -> regex.Pattern[str]:
    """One pattern matching any row as whole words."""
    return regex.compile(_LEFT + "(?:" + "|".join(rows) + ")" + _RIGHT, _FLAGS)


def table(rows: Sequence[tuple[str, V]]) -> list[tuple[regex.Pattern[str], V]]:
    return [(bounded([pattern]), value) for pattern, value in rows]


OUTAGE: Final = bounded(it.OUTAGE_TERMS)
STATUS: Final = table(it.STATUS_TERMS)
SYMPTOMS: Final = [(bounded([p]), symptom, needs) for p, symptom, needs in it.SYMPTOM_TERMS]
TROUBLE: Final = bounded(it.TROUBLE_TERMS)
USER_ACTION_TAIL: Final = regex.compile(r"\s*(?:" + "|".join(it.USER_ACTION_TAILS) + ")" + _RIGHT, _FLAGS)
NOT_WORKING: Final = bounded([it.NOT_WORKING])
FEATURE_NOUN: Final = bounded(it.FEATURE_NOUNS)
CAUSES: Final = table(it.CAUSE_TERMS)
SPECULATION: Final = bounded(it.SPECULATION_TERMS)
CAUSE_DENIED_AFTER: Final = regex.compile(it.CAUSE_DENIED_AFTER, _FLAGS)
CAUSE_DENIED_BEFORE: Final = regex.compile(it.CAUSE_DENIED_BEFORE, _FLAGS)
CAUSE_UNKNOWN: Final = bounded(it.CAUSE_UNKNOWN_TERMS)
CLAIM: Final = bounded(it.CLAIM_TERMS)
SPEECH: Final = bounded(it.SPEECH_TERMS)
OPERATOR_VOICE: Final = bounded(it.OPERATOR_VOICE_TERMS)
RECALL: Final = bounded(it.RECALL_TERMS)
VAGUE_HISTORY: Final = bounded(it.VAGUE_HISTORY_TERMS)
CONTINUATION: Final = bounded(it.CONTINUATION_TERMS)
RETURN: Final = bounded(it.RETURN_TERMS)
PLUPERFECT: Final = regex.compile(_LEFT + it.PLUPERFECT + _RIGHT, _FLAGS)
START: Final = bounded(it.START_TERMS)
START_FROM: Final = regex.compile(it.START_FROM, _FLAGS)
START_NEAR: Final = bounded(it.START_NEAR)
UNTIL: Final = regex.compile(it.UNTIL, _FLAGS)
REPORT_NOUN: Final = bounded(it.REPORT_NOUNS)
USER_NOUN: Final = bounded(it.USER_NOUNS)
COUNT_ANAPHORA: Final = bounded([it.COUNT_ANAPHORA])
USER_BASE: Final = bounded(it.USER_BASE_TERMS)
AFTER_DURATION: Final = regex.compile(it.AFTER_DURATION, _FLAGS)
NOT_A_COUNT: Final = bounded(it.NOT_A_COUNT_UNITS)
ZONES: Final = [(regex.compile(p, _FLAGS), code) for p, code in it.ZONE_COUNTRIES]
SCREEN: Final = bounded(it.SCREEN_CUES)
SCREEN_AFTER: Final = bounded(it.SCREEN_AFTER_CUES)
CHANNEL_NOUN: Final = bounded(it.CHANNEL_NOUNS)
OWNER_FOLLOWER: Final = bounded(it.OWNER_FOLLOWERS)
GENITIVE: Final = regex.compile(it.GENITIVE_ENDING)
UNAFFECTED: Final = regex.compile(
    _LEFT + "(?:" + "|".join(it.UNAFFECTED_TERMS) + ")" + _RIGHT + "(?!" + it.NEGATION_AFTER + ")", _FLAGS
)
