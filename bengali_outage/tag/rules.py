"""Registry rules: find services, places, monitors, organisations, people and groups.

The text (already through ``_script.normalise_text``) is cut into words by one
regex (``registry.ATOM``). At each word the matcher looks up the longest key
the registry could have there: several words joined by spaces or a hyphen, the
last of which may carry an inflection ending (ভারতের, যুক্তরাষ্ট্রে) or be
followed by one after a hyphen or apostrophe (এক্স-এর, X'র). The mention is
the whole inflected word. Words are whole runs of one script, so a name never
matches inside another word (এক্স is not found in এক্সপ্রেস or এক্সএআই).

Then three checks, all driven by ``lang`` tables:

* a form that is also an ordinary word (বিকাশ, নগদ, রবি, মাস্ক) is kept only
  with a cue: a cue word or a supporting entity in the same sentence within
  ``WINDOW`` words, or another unambiguous mention of the same id anywhere in
  the text, or a second ambiguous name of the same cue set nearby (বিকাশ, নগদ
  ও রকেট);
* a neighbouring word can rule a form out (এক্স-রে, নগদ টাকা, আমাজনের জঙ্গল);
* a bare demonym or country name before a time or currency word names a time
  zone or a currency (ভারতীয় সময়, বাংলাদেশ সময়, মার্কিন ডলার), not a place.

Unknown names are found by contextual rules (``RULE_*``): a name before
নামের/নামক + হ্যাকার গোষ্ঠী is a GROUP, before নামের + অ্যাপ/প্ল্যাটফর্ম a
SERVICE; a quoted or Latin name after হ্যাকার গোষ্ঠী is a GROUP. Their id is a
slug of the name (Bengali transliterated letter by letter). More context rules
(head words, type phrases, people by role and family name) live in ``tag/cues.py``;
their names are added last, never over a registry match, except that a known place
can be part of a name (``কলকাতা হাইকোর্ট``).

>>> [(m.label, m.id) for m in find_entities("ক্লাউডফ্লেয়ারের সমস্যায় এক্স-এর পাশাপাশি চ্যাটজিপিটিও বন্ধ ছিল।")]
[('SERVICE', 'cloudflare'), ('SERVICE', 'x'), ('SERVICE', 'chatgpt')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from bengali_outage.models import Label
from bengali_outage.tag._atoms import SENTENCE_BREAK as _SENTENCE_BREAK
from bengali_outage.tag._atoms import Atom as _Atom
from bengali_outage.tag._atoms import atoms as _atoms
from bengali_outage.tag._types import EntityMatch, RegionMention
from bengali_outage.tag.cues import find_cued
from bengali_outage.tag.registry import (
    JOINING_GAP,
    Category,
    Registry,
    Sense,
    get_registry,
    name_less_ending,
)

WINDOW: Final = 8  # words either side searched for a cue
MAX_NAME_WORDS: Final = 3  # words read backwards from নামের for an unknown Bengali name
MAX_LATIN_NAME_WORDS: Final = 4

RULE_REGISTRY: Final = "registry"
RULE_NAMED_GROUP: Final = "<name> নামের|নামক হ্যাকার গোষ্ঠী|গ্রুপ|দল"
RULE_GROUP_NAME: Final = "হ্যাকার গোষ্ঠী|গ্রুপ <latin-or-quoted-name>"
RULE_NAME_GROUP: Final = "<latin-or-quoted-name> হ্যাকার গোষ্ঠী|গ্রুপ"
RULE_NAMED_SERVICE: Final = "<name> নামের|নামক অ্যাপ|প্ল্যাটফর্ম|পরিষেবা"

_SUFFIX_GAP: Final = regex.compile(r"-|'|'-|-'|")
_QUOTES: Final = "'\""
_ENTITY_LABELS: Final[frozenset[str]] = frozenset({"SERVICE", "ORG", "PERSON", "GPE", "MONITOR", "GROUP"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int  # index of the first atom
    last: int  # index of the last atom (including a hyphenated ending)
    start: int
    end: int
    sense: Sense
    bare: bool  # no inflection ending


@lru_cache(maxsize=1 << 16)
def _bengali_stems(word: str) -> tuple[tuple[str, int], ...]:
    """A folded Bengali word, then its stems with one ending stripped (longest stem first)."""
    reg = get_registry()
    out = [(word, 0)]
    if word in reg.false_inflections:
        return tuple(out)
    for k in reg.ending_lengths:
        if k >= len(word):
            break
        if word[-k:] in reg.endings:
            out.append((word[:-k], k))
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _bengali_stem_set(word: str) -> frozenset[str]:
    return frozenset(s for s, _ in _bengali_stems(word))


def _stems(atom: _Atom, reg: Registry) -> tuple[tuple[str, int], ...]:
    return ((atom.loose, 0),) if atom.latin else _bengali_stems(atom.loose)


def _stem_set(atom: _Atom, reg: Registry) -> frozenset[str]:
    return frozenset((atom.loose,)) if atom.latin else _bengali_stem_set(atom.loose)


def _gap(text: str, atoms: Sequence[_Atom], i: int) -> str:
    """The text between atom i-1 and atom i."""
    return text[atoms[i - 1].end : atoms[i].start]


def _lookup(reg: Registry, loose: str, exact: str, has_latin: bool) -> Sense | None:
    if has_latin:
        hit = reg.exact.get(exact)
        if hit is not None:
            return hit
    return reg.loose.get(loose)


def _blocked(text: str, atoms: Sequence[_Atom], cand: _Candidate, reg: Registry) -> bool:
    key = (cand.sense.entry.category, cand.sense.entry.id)
    nxt = cand.last + 1
    has_next = nxt < len(atoms) and atoms[nxt].sentence == atoms[cand.last].sentence
    if has_next:
        words = _stem_set(atoms[nxt], reg)
        if words & reg.blocks_next.get(key, frozenset()):
            return True
        if (
            cand.bare
            and cand.sense.entry.category in ("GPE", "DEMONYM")
            and words & reg.time_and_money
            and JOINING_GAP.fullmatch(_gap(text, atoms, nxt))
        ):
            return True
    prev = cand.first - 1
    return (
        prev >= 0
        and atoms[prev].sentence == atoms[cand.first].sentence
        and bool(_stem_set(atoms[prev], reg) & reg.blocks_previous.get(key, frozenset()))
    )


def _match_at(text: str, atoms: Sequence[_Atom], i: int, reg: Registry) -> _Candidate | None:
    first = atoms[i]
    longest = reg.first_words.get(first.loose, 1)
    for n in range(min(longest, len(atoms) - i), 0, -1):
        last_i = i + n - 1
        if n > 1 and any(
            atoms[j].sentence != first.sentence or not JOINING_GAP.fullmatch(_gap(text, atoms, j))
            for j in range(i + 1, last_i + 1)
        ):
            continue
        if n == 1:
            loose_prefix = exact_prefix = ""
            has_latin = first.latin
        else:
            prefix = atoms[i:last_i]
            loose_prefix = "".join(a.loose + " " for a in prefix)
            exact_prefix = "".join(a.exact + " " for a in prefix)
            has_latin = any(a.latin for a in atoms[i : last_i + 1])
        last = atoms[last_i]
        for stem, stripped in _stems(last, reg):
            exact_stem = last.exact if stripped == 0 else stem
            sense = _lookup(reg, loose_prefix + stem, exact_prefix + exact_stem, has_latin)
            if sense is None:
                continue
            end_i, bare = last_i, stripped == 0
            nxt = last_i + 1
            if bare and nxt < len(atoms) and _SUFFIX_GAP.fullmatch(_gap(text, atoms, nxt)):
                follower = atoms[nxt]
                gap = _gap(text, atoms, nxt)
                if (not follower.latin and follower.loose in reg.endings) or (
                    follower.latin
                    and last.latin
                    and gap.startswith("'")
                    and follower.loose in reg.latin_endings
                ):
                    end_i, bare = nxt, False
            cand = _Candidate(i, end_i, first.start, atoms[end_i].end, sense, bare)
            if not _blocked(text, atoms, cand, reg):
                return cand
    return None


def _near(atoms: Sequence[_Atom], cand: _Candidate, j: int) -> bool:
    return (
        atoms[j].sentence == atoms[cand.first].sentence
        and cand.first - WINDOW <= j <= cand.last + WINDOW
        and not cand.first <= j <= cand.last
    )


def _supported(
    atoms: Sequence[_Atom],
    cand: _Candidate,
    accepted: list[_Candidate],
    accepted_ids: set[tuple[Category, str]],
    reg: Registry,
) -> bool:
    entry = cand.sense.entry
    if (entry.category, entry.id) in accepted_ids:
        return True  # one sense per text: the name was unambiguous elsewhere
    cue = reg.cues[cand.sense.cue or ""]
    lo = max(0, cand.first - WINDOW)
    hi = min(len(atoms), cand.last + WINDOW + 1)
    for j in range(lo, hi):
        if _near(atoms, cand, j) and _stem_set(atoms[j], reg) & cue.words:
            return True
    for other in accepted:
        e = other.sense.entry
        if other is cand or not (_near(atoms, cand, other.first) or _near(atoms, cand, other.last)):
            continue
        if e.id in cue.ids or (e.category == "SERVICE" and e.kind in cue.kinds) or e.category in cue.labels:
            return True
    return False


def _resolve_ambiguous(atoms: Sequence[_Atom], cands: list[_Candidate], reg: Registry) -> list[_Candidate]:
    accepted = [c for c in cands if c.sense.cue is None]
    pending = [c for c in cands if c.sense.cue is not None]
    changed = True
    while pending and changed:
        ids = {(c.sense.entry.category, c.sense.entry.id) for c in accepted}
        keep = [c for c in pending if _supported(atoms, c, accepted, ids, reg)]
        changed = bool(keep)
        accepted.extend(keep)
        pending = [c for c in pending if c not in keep]
    # Two different ambiguous names of one cue set side by side support each other.
    for c in pending:
        if any(
            o is not c
            and o.sense.cue == c.sense.cue
            and o.sense.entry.id != c.sense.entry.id
            and (_near(atoms, c, o.first) or _near(atoms, c, o.last))
            for o in pending
        ):
            accepted.append(c)
    return sorted(accepted, key=lambda c: c.start)


def _registry_candidates(text: str, atoms: Sequence[_Atom], reg: Registry) -> list[_Candidate]:
    out: list[_Candidate] = []
    i = 0
    while i < len(atoms):
        cand = _match_at(text, atoms, i, reg)
        if cand is None:
            i += 1
        else:
            out.append(cand)
            i = cand.last + 1
    return out


# Contextual rules for names the registry does not know.


def slug(name: str, letters: dict[str, str] | None = None) -> str | None:
    """An id from a name: Latin lowercased, Bengali transliterated letter by letter.

    >>> slug("Team Insane PK"), slug("ব্ল্যাকআউট")
    ('team-insane-pk', 'blyakaut')
    """
    table = letters if letters is not None else dict(get_registry().slug_letters)
    out: list[str] = []
    i = 0
    while i < len(name):
        pair = name[i : i + 2]
        if pair in table:
            out.append(table[pair])
            i += 2
            continue
        ch = name[i]
        if ch.isascii():
            out.append(ch.lower() if ch.isalnum() else "-")
        elif ch == "্" and i + 1 < len(name) and name[i + 1] == "য":
            out.append("y")  # the ya-phala (্য) sounds as a glide
            i += 1
        else:
            out.append(table.get(ch, "-" if not regex.match(r"[\p{L}\p{M}]", ch) else ""))
        i += 1
    text = regex.sub(r"-+", "-", "".join(out)).strip("-")
    return text or None


def _quoted_before(text: str, atoms: Sequence[_Atom], t: int) -> tuple[int, int] | None:
    """A quoted name ending just before atom t: 'Team X' নামের."""
    gap = _gap(text, atoms, t) if t > 0 else ""
    closing = gap.rstrip(" ")
    if not closing or closing[-1] not in _QUOTES or closing.strip(" ") != closing[-1]:
        return None
    end = atoms[t - 1].end
    if text[end : end + 1] != closing[-1]:
        return None
    opening = text.rfind(closing[-1], max(0, end - 60), end)
    if opening < 0 or _SENTENCE_BREAK.search(text, opening, end):
        return None
    start = opening + 1
    return (start, end) if text[start:end].strip() else None


def _quoted_after(text: str, atoms: Sequence[_Atom], t: int) -> tuple[int, int] | None:
    """A quoted name starting just after atom t: হ্যাকার গোষ্ঠী 'Team X'."""
    if t + 1 >= len(atoms):
        return None
    gap = _gap(text, atoms, t + 1)
    if gap.strip(" ") not in _QUOTES or not gap.strip(" "):
        return None
    quote = gap.strip(" ")
    start = atoms[t + 1].start
    close = text.find(quote, start, start + 60)
    if close < 0 or _SENTENCE_BREAK.search(text, start, close):
        return None
    return (start, close)


def _covered(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _name_before(
    text: str, atoms: Sequence[_Atom], t: int, reg: Registry, taken: list[tuple[int, int]]
) -> tuple[int, int] | None:
    quoted = _quoted_before(text, atoms, t)
    if quoted is not None:
        return quoted
    if t == 0 or not JOINING_GAP.fullmatch(_gap(text, atoms, t)) or "-" in _gap(text, atoms, t):
        return None
    nearest = atoms[t - 1]
    limit = MAX_LATIN_NAME_WORDS if nearest.latin else MAX_NAME_WORDS
    j = t - 1
    first = t
    while j >= 0 and t - j <= limit:
        a = atoms[j]
        if a.latin != nearest.latin or a.sentence != nearest.sentence or _covered(a.start, a.end, taken):
            break
        if not a.latin and (
            a.loose in reg.name_stopwords or any(a.loose.endswith(s) for s in reg.name_stop_suffixes)
        ):
            break
        first = j
        if j == 0 or not regex.fullmatch(r"[ \t]+", _gap(text, atoms, j)):
            break
        j -= 1
    if first == t:
        return None
    return atoms[first].start, atoms[t - 1].end


def _latin_or_quoted_after(
    text: str, atoms: Sequence[_Atom], t: int, taken: list[tuple[int, int]]
) -> tuple[int, int] | None:
    quoted = _quoted_after(text, atoms, t)
    if quoted is not None:
        return quoted
    j = t + 1
    if j >= len(atoms) or not atoms[j].latin or not regex.fullmatch(r"[ \t]+", _gap(text, atoms, j)):
        return None
    last = j
    while last + 1 < len(atoms) and last + 1 - j < MAX_LATIN_NAME_WORDS and atoms[last + 1].latin:
        if not regex.fullmatch(r"[ \t]+", _gap(text, atoms, last + 1)):
            break
        last += 1
    if _covered(atoms[j].start, atoms[last].end, taken):
        return None
    return atoms[j].start, atoms[last].end


def _contextual(
    text: str, atoms: Sequence[_Atom], reg: Registry, taken: list[tuple[int, int]]
) -> list[EntityMatch]:
    out: list[EntityMatch] = []

    def emit(span: tuple[int, int] | None, label: Label, rule: str) -> None:
        if span is None or _covered(span[0], span[1], taken):
            return
        name = text[span[0] : span[1]].strip()
        out.append(
            EntityMatch(
                span[0], span[1], label, slug(name, dict(reg.slug_letters)), f"rule:{rule}", name=name
            )
        )
        taken.append(span)

    for t, atom in enumerate(atoms):
        if atom.loose in reg.naming_words:
            k = t + 1
            while k < len(atoms) and atoms[k].loose in reg.naming_fillers:
                k += 1
            if k >= len(atoms) or atoms[k].sentence != atom.sentence:
                continue
            noun = _stem_set(atoms[k], reg)
            if atoms[k].loose in reg.hacker_words and k + 1 < len(atoms):
                if _stem_set(atoms[k + 1], reg) & reg.group_nouns:
                    emit(_name_before(text, atoms, t, reg, taken), "GROUP", RULE_NAMED_GROUP)
            elif noun & reg.service_nouns:
                emit(_name_before(text, atoms, t, reg, taken), "SERVICE", RULE_NAMED_SERVICE)
        elif (
            atom.loose in reg.hacker_words
            and t + 1 < len(atoms)
            and _stem_set(atoms[t + 1], reg) & reg.group_nouns
        ):
            if t > 0 and atoms[t - 1].loose in reg.naming_words:
                continue
            after = _latin_or_quoted_after(text, atoms, t + 1, taken)
            if after is not None:
                emit(after, "GROUP", RULE_GROUP_NAME)
                continue
            if t > 0 and (atoms[t - 1].latin or _quoted_before(text, atoms, t) is not None):
                emit(_name_before(text, atoms, t, reg, taken), "GROUP", RULE_NAME_GROUP)
    return out


def _to_match(cand: _Candidate) -> EntityMatch | RegionMention:
    e = cand.sense.entry
    source = f"rule:{RULE_REGISTRY}:{e.table}"
    if e.category in ("WORLD", "DEMONYM"):
        return RegionMention(cand.start, cand.end, e.country or "WORLD", e.name, source)
    label: Label = e.category  # type: ignore[assignment]  # the other categories are Labels
    return EntityMatch(
        cand.start,
        cand.end,
        label,
        e.id,
        source,
        kind=e.kind if e.category == "SERVICE" else None,
        country=e.country if e.category == "GPE" else None,
        name=e.name,
    )


def _with_cued(text: str, entities: list[EntityMatch], reg: Registry) -> list[EntityMatch]:
    """Add the names context tells (``tag/cues.py``), dropping the places they absorb."""
    cued = find_cued(text, entities)
    absorbed = {n for c in cued for n in c.absorbs}
    out = [m for n, m in enumerate(entities) if n not in absorbed]
    for c in cued:
        name = name_less_ending(text[c.start : c.end])
        # SPEC: an unknown service or group gets an id made from its name; others none
        ident = slug(name, dict(reg.slug_letters)) if c.label in ("SERVICE", "GROUP") else None
        out.append(EntityMatch(c.start, c.end, c.label, ident, f"rule:{c.rule}", name=name))
    return out


@lru_cache(maxsize=4)
def _analyse(text: str) -> tuple[tuple[EntityMatch, ...], tuple[RegionMention, ...]]:
    reg = get_registry()
    atoms = _atoms(text)
    cands = _resolve_ambiguous(atoms, _registry_candidates(text, atoms, reg), reg)
    entities: list[EntityMatch] = []
    regions: list[RegionMention] = []
    for c in cands:
        m = _to_match(c)
        if isinstance(m, RegionMention):
            regions.append(m)
        else:
            entities.append(m)
    taken = [(c.start, c.end) for c in cands]
    entities.extend(_contextual(text, atoms, reg, taken))
    entities = _with_cued(text, entities, reg)
    entities.sort(key=lambda m: (m.start, m.end))
    return tuple(entities), tuple(regions)


def find_entities(text: str) -> list[EntityMatch]:
    """Services, places, monitors, organisations, people and groups named in ``text``.

    ``text`` is the output of ``normalise_text`` (offsets index it). Matches do
    not overlap (the longest wins) and come sorted by position.

    >>> [(m.label, m.id, m.country) for m in find_entities("আমেরিকাতেই ডাউনডিটেক্টরে অভিযোগ জমা পড়ে।")]
    [('GPE', 'US', 'US'), ('MONITOR', 'downdetector', None)]
    """
    return list(_analyse(text)[0])


def find_region_markers(text: str) -> list[RegionMention]:
    """World phrases and demonyms that place an outage without naming a GPE.

    >>> [(r.code, r.name) for r in find_region_markers("বিশ্বজুড়ে ভারতীয় ব্যবহারকারীরা সমস্যায় পড়েন।")]
    [('WORLD', 'বিশ্ব'), ('IN', 'ভারত')]
    >>> find_region_markers("ভারতীয় সময় রাত আটটা নাগাদ")
    []
    """
    return list(_analyse(text)[1])
