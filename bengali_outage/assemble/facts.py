"""The facts of one incident, read from its sentences.

Each function takes the incident's sentences plus what earlier stages found
(entities, region mentions, values) and returns SPEC parts with spans into the
normalised text. The rules are about Bengali news in general; ``docs/`` and
``lang/incident_terms.py`` say what each looks for.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from bengali_outage.assemble import terms
from bengali_outage.assemble.segment import Sentence, values_in
from bengali_outage.lang.incident_terms import COMMON_NOUNS, NETWORK_LEVEL_CAUSES, NETWORK_SYMPTOMS
from bengali_outage.lang.places import COUNTRIES
from bengali_outage.lang.services import SERVICE_NOUNS
from bengali_outage.models import (
    Cause,
    CauseCategory,
    Duration,
    ErrorMessage,
    Quantity,
    RegionRef,
    ServiceRef,
    Span,
    Status,
    Symptom,
    TimePoint,
    UserReport,
)
from bengali_outage.normalise.duration import find_durations
from bengali_outage.normalise.time import Interval
from bengali_outage.normalise.values import Value
from bengali_outage.tag._types import EntityMatch, RegionMention
from bengali_outage.tag.registry import without_ending

# Service kinds that other services run on: named beside failing apps, they are the cause.
PROVIDER_KINDS: Final = frozenset({"cdn", "cloud", "security", "hosting", "dns"})
_GENERIC_KIND: Final = "generic"
_SERVICE_NOUN: Final = regex.compile(
    r"(?<![\p{L}\p{M}])(?:" + "|".join(noun for noun, _ in SERVICE_NOUNS) + r")[\p{L}\p{M}]*"
)
_BARE_SERVICE_NOUN: Final = regex.compile("|".join(noun for noun, _ in SERVICE_NOUNS))
_DOUBLE_QUOTED: Final = regex.compile(r'"([^"\n]{2,300}?)"')
# An apostrophe between letters (Couldn't, I'm) does not close a single-quoted message.
_SINGLE_QUOTED: Final = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){2,300}?)'(?![\p{L}\p{M}\p{N}])"
)
_SCREEN_WINDOW: Final = 80
_SPEECH_WINDOW: Final = 40
_NEAR: Final = 40
_SMALLEST_COUNT: Final = 10


def _within(start: int, end: int, sentences: Sequence[Sentence]) -> Sentence | None:
    return next((s for s in sentences if s.start <= start and end <= s.end), None)


def _entities_in(sentence: Sentence, entities: Sequence[EntityMatch]) -> list[EntityMatch]:
    """The entities inside ``sentence``; ``entities`` are sorted by start (bisected, not scanned)."""
    return _starting_in(entities, sentence.start, sentence.end)


def _starting_in(entities: Sequence[EntityMatch], lo: int, hi: int) -> list[EntityMatch]:
    i = bisect_left(entities, lo, key=lambda e: e.start)
    j = bisect_left(entities, hi, key=lambda e: e.start)
    return [e for e in entities[i:j] if e.end <= hi]


def is_outage_sentence(sentence: Sentence) -> bool:
    """Says a service failed: an outage word, or people/complaints beside a failure."""
    t = sentence.text
    if terms.OUTAGE.search(t):
        return True
    return bool(terms.TROUBLE.search(t) and (terms.USER_NOUN.search(t) or terms.REPORT_NOUN.search(t)))


# --- services -----------------------------------------------------------------------------


@dataclass
class ServiceFinding:
    affected: list[EntityMatch]  # mentions of services said to fail
    providers: list[EntityMatch]  # upstream providers named beside them

    def refs(self, text: str, cause_category: str | None) -> list[ServiceRef]:
        """The failing services, once the cause is known.

        One operator's own failure does not take the generic network ids with it: those are
        for failures across operators (a cable cut, a shutdown, a cyclone).
        """
        mentions = self.affected
        operators = {m.id for m in mentions if m.kind in ("operator", "isp")}
        if len(operators) == 1 and cause_category not in NETWORK_LEVEL_CAUSES:
            mentions = [m for m in mentions if m.kind != _GENERIC_KIND]
        return _refs(mentions, text)


def _refs(mentions: Sequence[EntityMatch], text: str) -> list[ServiceRef]:
    grouped: dict[str, list[EntityMatch]] = {}
    for m in mentions:
        if m.id:
            grouped.setdefault(m.id, []).append(m)
    return [
        ServiceRef(id=sid, name=ms[0].name or text[ms[0].start : ms[0].end], spans=tuple(Span(m.start, m.end) for m in ms))
        for sid, ms in grouped.items()
    ]


def _near_outage(sentence: Sentence, m: EntityMatch) -> bool:
    lo = max(0, m.start - sentence.start - _NEAR)
    hi = m.end - sentence.start + _NEAR
    return bool(terms.OUTAGE.search(sentence.text[lo:hi]))


def _is_channel(m: EntityMatch, text: str) -> bool:
    """Named as where something was said: "এক্স হ্যান্ডলে জানানো হয়েছে"."""
    after = text[m.end : m.end + 45]
    noun = terms.CHANNEL_NOUN.match(after.lstrip())
    locative = regex.search(r"(?:এ|ে|তে|য়)$", text[m.start : m.end]) is not None
    if not (noun or locative):
        return False
    return terms.SPEECH.search(after) is not None or terms.CLAIM.search(after) is not None


def is_owner(m: EntityMatch, entities: Sequence[EntityMatch], text: str) -> bool:
    """A company in the genitive before its product or its spokesperson: "গুগলের জেমিনি"."""
    if not terms.GENITIVE.search(text[m.start : m.end]):
        return False
    window_end = m.end + 60
    # The operator's own network ("এয়ারটেলের মোবাইল ইন্টারনেট") is not a product it owns.
    following = [
        e
        for e in _starting_in(entities, m.end + 1, window_end)
        if e.label == "SERVICE" and e.id != m.id and e.kind != _GENERIC_KIND
    ]
    if following:
        gap = text[m.end : following[0].start]
        if len(gap.split()) <= 5 and "," not in gap and "।" not in gap:
            return True
    return terms.OWNER_FOLLOWER.match(text[m.end : m.end + 30].lstrip()) is not None


def _clause(sentence: Sentence, m: EntityMatch) -> str:
    """The clause of a sentence around a mention (cut at commas, semicolons and 'but')."""
    t = sentence.text
    a, b = m.start - sentence.start, m.end - sentence.start
    cuts = [x.end() for x in regex.finditer(r"[,;]|তবে|কিন্তু|যদিও", t[:a])]
    ends = [x.start() for x in regex.finditer(r"[,;]|তবে|কিন্তু|যদিও", t[b:])]
    return t[(cuts[-1] if cuts else 0) : (b + ends[0] if ends else len(t))]


def _in_quotes(m: EntityMatch, text: str, line_start: int) -> bool:
    before = text[line_start : m.start]
    return before.count('"') % 2 == 1 or len(regex.findall(r"(?:^|(?<=[\s(—–:-]))'", before)) > before.count("' ")


def _possessed_generic(m: EntityMatch, entities: Sequence[EntityMatch], text: str) -> bool:
    """"এয়ারটেলের মোবাইল পরিষেবা": the operator's own service, not the network at large."""
    for e in entities:
        if e.label == "SERVICE" and e.kind != _GENERIC_KIND and 0 <= m.start - e.end <= 2:
            return terms.GENITIVE.search(text[e.start : e.end]) is not None
    return False


def _is_speaker(m: EntityMatch, text: str) -> bool:
    """Named as who said something: "ওপেনএআই তাদের স্ট্যাটাস পেজে জানায়"."""
    if terms.GENITIVE.search(text[m.start : m.end]) or regex.search(r"(?:এ|ে|তে|য়)$", text[m.start : m.end]):
        return False
    after = text[m.end : m.end + 50]
    said = terms.SPEECH.search(after)
    return said is not None and len(after[: said.start()].split()) <= 4 and "," not in after[: said.start()]


def _alias_of_previous(m: EntityMatch, entities: Sequence[EntityMatch], text: str) -> bool:
    """"স্টেট ব্যাঙ্ক অফ ইন্ডিয়ার (এসবিআই)": a bracketed alias shares its name's role."""
    before = _starting_in(entities, max(0, m.start - 80), m.start)
    return any(e.id == m.id and text[e.end : m.start].strip() == "(" for e in before)


def _model_service_ok(m: EntityMatch, text: str, headline: Sentence | None) -> bool:
    """A service only the model found needs a service noun beside it or a place in the headline."""
    word = text[m.start : m.end]
    if len(word) < 3 or without_ending(word) in COMMON_NOUNS:
        return False
    if headline is not None and headline.start <= m.start < headline.end:
        return True
    # "ব্রোকিং অ্যাপ গ্রো", "গ্রো অ্যাপে": the noun stands right beside the name; before it,
    # bare (প্ল্যাটফর্মে পারফরম্যান্স is "performance on the platform", not a name).
    before = text[max(0, m.start - 30) : m.start].split()[-1:]
    after = text[m.end : m.end + 30].split()[:1]
    return any(_BARE_SERVICE_NOUN.fullmatch(w) for w in before) or any(_SERVICE_NOUN.match(w) for w in after)


def services(sentences: Sequence[Sentence], entities: Sequence[EntityMatch], text: str) -> ServiceFinding:
    """Services said to fail, and upstream providers named beside them."""
    affected: list[EntityMatch] = []
    providers: list[EntityMatch] = []
    headline = next((s for s in sentences if s.headline), None)
    for s in sentences:
        if not (s.headline or is_outage_sentence(s)):
            continue
        for m in _entities_in(s, entities):
            if m.label != "SERVICE" or not m.id or terms.UNAFFECTED.search(_clause(s, m)):
                continue
            if m.kind in PROVIDER_KINDS:
                # A provider speaking of its own failure ("ক্লাউডফ্লেয়ারের তরফে জানানো হয়") is still the provider.
                providers.append(m)
                continue
            if _is_channel(m, text) or is_owner(m, entities, text) or _alias_of_previous(m, entities, text):
                continue
            if m.source.startswith("model:") and not _model_service_ok(m, text, headline):
                continue
            if _is_speaker(m, text):
                continue
            elif m.kind != _GENERIC_KIND or (
                _near_outage(s, m)
                and not _possessed_generic(m, entities, text)
                and not _in_quotes(m, text, text.rfind("\n", 0, m.start) + 1)
            ):
                affected.append(m)
    if not affected and providers:
        # Only a provider is named: its own service is what failed.
        return ServiceFinding(providers, [])
    return ServiceFinding(affected, providers)


# --- regions --------------------------------------------------------------------------------


def _has_people_in_trouble(sentence: Sentence) -> bool:
    t = sentence.text
    return bool(terms.REPORT_NOUN.search(t) or (terms.USER_NOUN.search(t) and terms.TROUBLE.search(t)))


def zone_country(text: str) -> tuple[str, int, int] | None:
    """The country whose clock a phrase like ``ভারতীয় সময়`` names, with its span."""
    for pattern, code in terms.ZONES:
        m = pattern.search(text)
        if m:
            return code, m.start(), m.end()
    return None


def regions(
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMatch],
    markers: Sequence[RegionMention],
    *,
    exclude: Span | None,
    text: str,
) -> list[RegionRef]:
    """Where the outage was felt: places in sentences about the outage or its users."""
    found: dict[tuple[str, str], list[Span]] = {}
    for s in sentences:
        if not (s.headline or is_outage_sentence(s) or _has_people_in_trouble(s)):
            continue
        for m in _entities_in(s, entities):
            if m.label == "GPE" and m.country and Span(m.start, m.end) != exclude:
                name = m.name or text[m.start : m.end]
                found.setdefault((m.country, name), []).append(Span(m.start, m.end))
        for r in markers:
            if s.start <= r.start and r.end <= s.end:
                found.setdefault((r.code, r.name), []).append(Span(r.start, r.end))
        zone = zone_country(s.text)
        if zone and (is_outage_sentence(s) or _has_people_in_trouble(s)):
            code, zs, ze = zone
            if not any(c == code for c, _ in found):
                found.setdefault((code, _ZONE_NAMES.get(code, code)), []).append(Span(s.start + zs, s.start + ze))
    # One entry per code: named after the country itself when the text names it, else the first place.
    by_code: dict[str, tuple[str, list[Span]]] = {}
    for (code, name), spans in found.items():
        if code not in by_code:
            by_code[code] = (name, list(spans))
        else:
            first, kept = by_code[code]
            by_code[code] = (name if name == _COUNTRY_NAMES.get(code) else first, kept + spans)
    return [RegionRef(code=c, name=n, spans=tuple(sorted(sp))) for c, (n, sp) in by_code.items()]


_ZONE_NAMES: Final = {"IN": "ভারত", "BD": "বাংলাদেশ", "US": "মার্কিন যুক্তরাষ্ট্র", "GB": "যুক্তরাজ্য"}
_COUNTRY_NAMES: Final = {row.code: row.name for row in COUNTRIES}


# --- symptoms -----------------------------------------------------------------------------


def symptoms(
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMatch],
    has_error_message: bool,
    *,
    network_only: bool = False,
) -> list[Symptom]:
    """What users could not do, in SPEC vocabulary, in order of first mention."""
    seen: dict[Symptom, int] = {}
    for s in sentences:
        t = s.text
        trouble = terms.TROUBLE.search(t) is not None
        taken: list[tuple[int, int]] = []
        for pattern, symptom, needs_trouble in terms.SYMPTOMS:
            for m in pattern.finditer(t):
                if any(m.start() < e and b < m.end() for b, e in taken):
                    continue
                if needs_trouble and (not trouble or terms.USER_ACTION_TAIL.match(t, m.end())):
                    continue
                taken.append((m.start(), m.end()))
                seen.setdefault(symptom, s.start + m.start())
        failing = terms.NOT_WORKING.search(t)
        if failing and not terms.FEATURE_NOUN.search(t, 0, failing.start()):
            names_service = any(e.label == "SERVICE" for e in _entities_in(s, entities))
            if names_service or regex.search(r"প্ল্যাটফর্ম|অ্যাপ|সাইট|হ্যান্ডেল|হ্যান্ডল|পরিষেবা|সার্ভিস", t):
                seen.setdefault("access", s.start + failing.start())
    if has_error_message:
        seen.setdefault("error", 10**9)
    if network_only:
        if "access" in seen:
            seen.setdefault("connectivity", seen["access"])
        seen = {k: v for k, v in seen.items() if k in NETWORK_SYMPTOMS}
    return sorted(seen, key=lambda k: seen[k])


# --- status -------------------------------------------------------------------------------


def status(sentences: Sequence[Sentence]) -> Status:
    """The latest thing said about restoration; 'ongoing' if failure is told in the present."""
    latest: Status | None = None
    for s in sentences:
        for pattern, value in terms.STATUS:
            m = pattern.search(s.text)
            if (m and not regex.match(r"\s*(?:কি না|কিনা)", s.text[m.end() :])) or (m and value == "unknown"):
                latest = value
                break
    if latest is not None:
        return latest
    present = regex.compile(r"(?:করছে|যাচ্ছে|হচ্ছে|পারছেন|পারছে|পাচ্ছেন) না")
    return "ongoing" if any(present.search(s.text) and is_outage_sentence(s) for s in sentences) else "unknown"


# --- counts -------------------------------------------------------------------------------


@dataclass
class Counts:
    user_reports: list[UserReport]
    affected_users: Quantity | None


def _is_vague(q: Quantity) -> bool:
    return q.qualifier == "several"


def _monitor_for(sentence: Sentence, entities: Sequence[EntityMatch], article_monitor: str | None) -> str | None:
    for e in _entities_in(sentence, entities):
        if e.label == "MONITOR" and e.id:
            return e.id
    return article_monitor


def _region_for(sentence: Sentence, entities: Sequence[EntityMatch], markers: Sequence[RegionMention]) -> str | None:
    for e in _entities_in(sentence, entities):
        if e.label == "GPE" and e.country:
            return e.country
    for r in markers:
        if sentence.start <= r.start and r.end <= sentence.end and r.code != "WORLD":
            return r.code
    zone = zone_country(sentence.text)
    return zone[0] if zone else None


def _time_for(sentence: Sentence, values: Sequence[Value]) -> TimePoint | None:
    times = [v.value for v in values_in(sentence, values) if isinstance(v.value, TimePoint)]
    clocked = [t for t in times if t.hour is not None]
    chosen = clocked or times
    return chosen[0] if chosen else None


def counts(
    sentences: Sequence[Sentence],
    values: Sequence[Value],
    entities: Sequence[EntityMatch],
    markers: Sequence[RegionMention],
    text: str,
    article_monitor: str | None,
) -> Counts:
    """Counts of reports (user_reports) and vague magnitudes of people hit (affected_users)."""
    reports: list[UserReport] = []
    affected: Quantity | None = None
    for s in sentences:
        for v in values_in(s, values):
            q = v.value
            if v.kind != "number" or not isinstance(q, Quantity):
                continue
            if max(q.min or 0, q.max or 0) < _SMALLEST_COUNT:
                continue  # "চার", "দুটি": too few to be a count of reports or users
            after = text[v.end : min(s.end, v.end + 30)]
            before = text[max(s.start, v.start - 60) : v.start]
            if terms.NOT_A_COUNT.match(after.lstrip()):
                continue
            user_after = terms.USER_NOUN.search(after[:25])
            report_near = terms.REPORT_NOUN.search(after[:20]) or terms.REPORT_NOUN.search(before)
            anaphora = terms.COUNT_ANAPHORA.search(before)
            if user_after and _is_vague(q) and not report_near:
                affected = affected or q
                continue
            if user_after and not (report_near or anaphora):
                told = terms.TROUBLE.search(s.text) or terms.OUTAGE.search(s.text) or terms.SPEECH.search(s.text)
                if not told or terms.USER_BASE.search(s.text):
                    continue  # a user base, not a count of those hit
            if user_after or report_near or anaphora:
                reports.append(
                    UserReport(
                        **q.model_dump(),
                        region=_region_for(s, entities, markers),
                        at=_time_for(s, values),
                        source=_monitor_for(s, entities, article_monitor),
                    )
                )
    return Counts(reports, affected)


# --- cause --------------------------------------------------------------------------------


@dataclass
class _Candidate:
    rank: int  # 4 operator statement, 3 told as fact, 2 third-party claim, 1 speculation
    category: CauseCategory
    provider: str | None
    confirmed: bool
    span: Span


# An ordered shutdown or an announced maintenance window is a public act, not a guess.
_PUBLIC_ACTS: Final = frozenset({"government", "maintenance"})


def _denied(text: str, m: regex.Match[str]) -> bool:
    """Named to be denied or guarded against: "কোনও সাইবার হামলার প্রমাণ পাইনি"."""
    return bool(terms.CAUSE_DENIED_AFTER.search(text[m.end() :]) or terms.CAUSE_DENIED_BEFORE.search(text[: m.start()]))


def _voice_of_operator(sentence: Sentence, entities: Sequence[EntityMatch]) -> bool:
    t = sentence.text
    if regex.search(r"(?<![\p{L}\p{M}])(?:আমরা|আমাদের)(?![\p{L}\p{M}])", t):
        return True
    speaks = terms.SPEECH.search(t)
    if not speaks:
        return False
    named = any(e.label in ("SERVICE", "ORG") for e in _entities_in(sentence, entities))
    return bool(terms.OPERATOR_VOICE.search(t)) or named


def cause(
    sentences: Sequence[Sentence],
    entities: Sequence[EntityMatch],
    providers: Sequence[EntityMatch],
    messages: Sequence[ErrorMessage],
) -> Cause | None:
    """The best-attested cause: the operator's word beats a fact, a claim, a guess."""
    candidates: list[_Candidate] = []
    claimed_by: str | None = None
    unknown: Span | None = None
    for s in sentences:
        t = s.text
        speculative = "?" in t or terms.SPECULATION.search(t) is not None
        claim = terms.CLAIM.search(t) is not None
        for pattern, category in terms.CAUSES:
            m = next((x for x in pattern.finditer(t) if not _denied(t, x)), None)
            if m is None:
                continue
            group = next((e for e in _entities_in(s, entities) if e.label == "GROUP"), None)
            if claim and (group is not None or category == "cyberattack"):
                rank, confirmed = 2, False
                if group is not None and claimed_by is None:
                    claimed_by = t[group.start - s.start : group.end - s.start]
            elif speculative or claim:
                rank, confirmed = 1, False
            elif category in _PUBLIC_ACTS or _voice_of_operator(s, entities):
                rank, confirmed = 4, True
            else:
                rank, confirmed = 3, False
            candidates.append(_Candidate(rank, category, None, confirmed, Span(s.start + m.start(), s.start + m.end())))
            break
        if unknown is None:
            u = terms.CAUSE_UNKNOWN.search(t)
            if u:
                unknown = Span(s.start + u.start(), s.start + u.end())
    for p in providers:
        home = _within(p.start, p.end, sentences)
        if home is None:
            continue
        voice = _voice_of_operator(home, entities)
        candidates.append(_Candidate(4 if voice else 3, "provider", p.id, voice, Span(p.start, p.end)))
    for msg in messages:
        for p in providers:
            if msg.span[0] <= p.start and p.end <= msg.span[1]:
                candidates.append(_Candidate(3, "provider", p.id, False, Span(p.start, p.end)))
    if providers:
        # Apps failed because a provider under them did: the category is "provider" (SPEC),
        # confirmed when the provider itself speaks of the failure anywhere in the incident.
        ids = {p.id for p in providers}
        voiced = any(
            terms.SPEECH.search(s.text) and any(e.id in ids for e in _entities_in(s, entities)) for s in sentences
        )
        first = providers[0]
        return Cause(
            category="provider",
            provider=first.id,
            claimed_by=claimed_by,
            confirmed=voiced or any(c.confirmed for c in candidates if c.category == "provider"),
            span=Span(first.start, first.end),
        )
    if not candidates:
        if unknown is not None:
            return Cause(category="unknown", claimed_by=claimed_by, span=unknown)
        return None
    # At equal standing: a provider first, then a mechanism (power, a cut cable) over a place
    # (the data centre it happened in), then the first told.
    best = max(candidates, key=lambda c: (c.rank, c.category == "provider", c.category != "data_center", -c.span[0]))
    # Confirmed when any statement by the operator or an authority names the same cause.
    confirmed = any(c.confirmed for c in candidates if c.category == best.category and c.rank >= 3)
    return Cause(
        category=best.category,
        provider=best.provider,
        claimed_by=claimed_by,
        confirmed=confirmed,
        span=best.span,
    )


# --- error messages -----------------------------------------------------------------------


def error_messages(line_text: str, line_start: int) -> list[ErrorMessage]:
    """Text quoted as users saw it on screen, in one article line."""
    out = []
    for pattern in (_DOUBLE_QUOTED, _SINGLE_QUOTED):
        for m in pattern.finditer(line_text):
            before = line_text[max(0, m.start() - _SCREEN_WINDOW) : m.start()]
            after = line_text[m.end() : m.end() + 25]
            screen_before = terms.SCREEN.search(before)
            screen_after = terms.SCREEN.match(after.lstrip())
            if not (screen_before or screen_after):
                continue
            near = before[-_SPEECH_WINDOW:]
            said = terms.SPEECH.search(near) or terms.OPERATOR_VOICE.search(near)
            shown = terms.SCREEN_AFTER.match(after.lstrip()) or regex.search(r"স্ক্রিন|পর্দা|ভেসে", before)
            if said and not shown:
                continue
            inner = m.group(1).strip()
            if len(inner) < 2:
                continue
            s = line_start + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            out.append(ErrorMessage(text=inner, span=Span(s, s + len(inner))))
    return sorted(out, key=lambda e: e.span[0])


# --- times --------------------------------------------------------------------------------


@dataclass
class Times:
    start: TimePoint | None
    end: TimePoint | None
    duration: Duration | None


def _specificity(tp: TimePoint) -> int:
    if tp.hour is not None:
        return 3
    if tp.part_of_day is not None:
        return 2
    if tp.weekday is not None or tp.day is not None:
        return 1
    return 0


def _has_date(tp: TimePoint) -> bool:
    return tp.weekday is not None or tp.day is not None


_DATE_FIELDS: Final = ("year", "month", "day", "weekday")


def fill_date(tp: TimePoint, donor: TimePoint | None) -> TimePoint:
    """``tp`` with the date fields of ``donor`` when it names no day of its own."""
    if donor is None or _has_date(tp):
        return tp
    return tp.model_copy(update={k: getattr(donor, k) for k in _DATE_FIELDS})


def _restores(sentence: Sentence) -> bool:
    return any(p.search(sentence.text) for p, v in terms.STATUS if v in ("resolved", "recovering"))


def _lengths_before_restoration(sentence: Sentence) -> list[Duration]:
    """"দুই ঘণ্টার বেশি সময় পর ... স্বাভাবিক হয়েছে": the length before "পর" is the outage's."""
    masked = terms.AFTER_DURATION.sub(lambda m: " " * len(m.group()), sentence.text)
    if masked == sentence.text:
        return []
    out = []
    for d in find_durations(masked):
        s, e = d.span
        out.append(d.model_copy(update={"span": Span(s + sentence.start, e + sentence.start), "text": sentence.text[s:e]}))
    return out


def times(
    sentences: Sequence[Sentence],
    values: Sequence[Value],
    *,
    exclude: Sequence[Span] = (),
) -> Times:
    """When it began and ended, and how long it lasted."""
    starts: list[tuple[tuple[int, int, int, int, int], TimePoint]] = []
    ends: list[TimePoint] = []
    durations: list[Duration] = []
    restoration_lengths: list[Duration] = []
    for order, s in enumerate(sentences):
        restoring = _restores(s)
        if restoring:
            restoration_lengths += _lengths_before_restoration(s)
        caused = any(p.search(s.text) for p, _ in terms.CAUSES)
        shows_error = terms.SCREEN.search(s.text) is not None and regex.search("['\"]", s.text) is not None
        incident = s.headline or restoring or caused or shows_error or is_outage_sentence(s)
        counting = any(v.kind == "number" for v in values_in(s, values)) and terms.REPORT_NOUN.search(s.text)
        for v in values_in(s, values):
            if Span(v.start, v.end) in exclude:
                continue
            if isinstance(v.value, Duration):
                if incident:
                    durations.append(v.value)
                continue
            points: list[TimePoint] = []
            if isinstance(v.value, Interval):
                points = [v.value.start]
                if restoring:
                    ends.append(v.value.end)
            elif isinstance(v.value, TimePoint):
                points = [v.value]
            for tp in points:
                if restoring and not isinstance(v.value, Interval):
                    ends.append(tp)
                    continue
                after = s.text[tp.span[1] - s.start :]
                before = s.text[max(0, tp.span[0] - s.start - 10) : tp.span[0] - s.start]
                own = regex.search(r"থেকে(?:ই)?$", tp.text) is not None  # the reader keeps "থেকে" in the span
                marker = int(
                    own
                    or bool(terms.START_FROM.match(after) or terms.START.search(after))
                    or bool(terms.START_NEAR.search(after[:30]) or terms.START_NEAR.search(before))
                )
                if not (incident or marker) or (counting and not marker):
                    continue
                if not isinstance(v.value, Interval) and terms.UNTIL.match(s.text[tp.span[1] - s.start :]):
                    continue
                minutes = (tp.hour or 0) * 60 + (tp.minute or 0) if tp.hour is not None else 24 * 60
                starts.append(((-_specificity(tp), -marker, int(s.headline), minutes, order), tp))
    start = min(starts, key=lambda x: x[0])[1] if starts else None
    if start is not None and not _has_date(start):
        dated = [tp for _, tp in sorted(starts, key=lambda x: x[0]) if _has_date(tp)]
        with_weekday = [tp for tp in dated if tp.weekday is not None and not tp.approximate] or dated
        start = fill_date(start, with_weekday[0] if with_weekday else None)
    end = ends[-1] if ends else None
    if end is not None:
        end = fill_date(end, start)
    # A length told with the restoration comes first, then a measured length, then "দীর্ঘ সময়".
    measured = [d for d in durations if d.min_minutes is not None]
    chosen = restoration_lengths or measured or durations
    return Times(start, end, chosen[0] if chosen else None)
