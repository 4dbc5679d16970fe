"""The entity registry: ``lang/`` tables loaded once into lookup dictionaries.

Every surface form of every row (services, places, monitors, actors, world
phrases, demonyms) becomes a *key*: its words, each folded (see ``fold``),
joined by single spaces. ``Registry.loose`` maps folded keys; ``Registry.exact``
maps Latin forms that must keep their case (X, GP, Vi, US, and English words
such as Signal or Teams). ``first_words`` says how many words the longest key
starting with a given word has, so the matcher tries multi-word keys only where
one can start.

Loading validates the tables and raises ``RegistryError`` (a bug in
bengali_outage, not a caller mistake) when two rows claim one key, an id breaks
the SPEC grammar, or an ambiguity, cue or block row points at nothing.

>>> reg = get_registry()
>>> reg.loose[key_of("ক্লাউডফেয়ার")[0]].entry.id
'cloudflare'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Final, Literal

import regex

from bengali_outage.lang import actors, inflection, monitors, places, services

Category = Literal["SERVICE", "ORG", "PERSON", "GPE", "MONITOR", "GROUP", "DEMONYM", "WORLD"]

ID_PATTERN: Final = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY_CODE: Final = regex.compile(r"^[A-Z]{2}$")

# One word of text: a run of Latin letters and digits (with inner . _ & for
# domains, identifiers such as DNS_PROBE_FINISHED_NO_INTERNET, and AT&T), or a run of Bengali letters, signs and digits.
ATOM: Final = regex.compile(
    r"(?P<latin>[\p{Latin}0-9]+(?:[._&][\p{Latin}0-9]+)*)|(?P<bengali>[[\p{Bengali}&&[\p{L}\p{M}\p{Nd}]]]+)",
    regex.V1,
)
# Between two words of one multi-word name: spaces, or one hyphen.
JOINING_GAP: Final = regex.compile(r"[ \t]+|[-\u2010\u2011]")

# Spelling variation folded away before lookup (both in the tables and in text):
# ী/ি and ূ/ু are confused in print, hasanta is dropped or added (মাইক্রোসফট /
# মাইক্রোসফ্ট), ঙ and ং alternate before a stop (সিঙ্গাপুর / সিংগাপুর), ৎ stands for ত্,
# অ্যা and এ both render the English "a" in "app" (অ্যাপ / এপ), a nukta marks the
# English z and f on জ and ফ in West Bengal print (অ্যাজ়িওর / অ্যাজিওর), and digits may be
# Bengali or Latin.
_FOLD_TABLE: Final = str.maketrans(
    {
        "ী": "ি", "ূ": "ু", "ঈ": "ই", "ঊ": "উ", "ৎ": "ত", "ঙ": "ং", "্": None,
        "০": "0", "১": "1", "২": "2", "৩": "3", "৪": "4",
        "৫": "5", "৬": "6", "৭": "7", "৮": "8", "৯": "9",
    }
)  # fmt: skip
_BENGALI_LETTER: Final = regex.compile(r"\p{Bengali}")


class RegistryError(ValueError):
    """The lang tables are inconsistent: this is a bug in bengali_outage."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One registry row, whatever table it came from."""

    category: Category
    id: str
    name: str  # canonical Bengali name
    table: str  # "services", "places", "monitors", "actors", "world", "demonyms"
    kind: str | None = None  # service kind, or place kind
    country: str | None = None  # ISO code (GPE, DEMONYM) or "WORLD"


@dataclass(frozen=True, slots=True)
class Sense:
    """What one key means: the entry, and the cue set it needs if the form is ambiguous."""

    entry: Entry
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    words: frozenset[str]  # folded
    ids: frozenset[str]
    kinds: frozenset[str]
    labels: frozenset[str]


@dataclass(frozen=True)
class Registry:
    loose: Mapping[str, Sense]
    exact: Mapping[str, Sense]
    first_words: Mapping[str, int]  # folded first word -> most words in a key starting with it
    endings: frozenset[str]  # folded
    ending_lengths: tuple[int, ...]  # ascending
    latin_endings: frozenset[str]
    false_inflections: frozenset[str]
    cues: Mapping[str, Cue]
    blocks_next: Mapping[tuple[Category, str], frozenset[str]]
    blocks_previous: Mapping[tuple[Category, str], frozenset[str]]
    time_and_money: frozenset[str]
    naming_words: frozenset[str]
    naming_fillers: frozenset[str]
    name_stopwords: frozenset[str]
    name_stop_suffixes: tuple[str, ...]
    service_nouns: frozenset[str]
    hacker_words: frozenset[str]
    group_nouns: frozenset[str]
    slug_letters: Mapping[str, str]
    entries: tuple[Entry, ...] = field(default=())


def fold(word: str) -> str:
    """Fold one Bengali word's spelling variants; casefold a Latin one.

    >>> fold("মাইক্রোসফ্ট") == fold("মাইক্রোসফট")
    True
    """
    if word.isascii() or not _BENGALI_LETTER.search(word):
        return word.casefold()
    return fold_bengali(word)


def fold_bengali(word: str) -> str:
    """``fold`` for a word known to be Bengali (the matcher's hot path)."""
    if "\u09bc" in word:  # nukta: only on জ and ফ is it a spelling variant (য়, ড় are letters)
        word = word.replace("জ\u09bc", "জ").replace("ফ\u09bc", "ফ")
    return word.replace("অ্যা", "এ").replace("এ্যা", "এ").translate(_FOLD_TABLE)


def key_of(form: str) -> tuple[str, str, bool]:
    """Return ``(loose key, exact key, is Latin)`` of a surface form.

    Raises RegistryError when the form has words joined by anything but spaces
    or one hyphen, since text could never match it.
    """
    atoms = list(ATOM.finditer(form))
    if not atoms or atoms[0].start() != 0 or atoms[-1].end() != len(form):
        raise RegistryError(f"surface form {form!r} does not start and end with a word")
    for a, b in pairwise(atoms):
        if not JOINING_GAP.fullmatch(form[a.end() : b.start()]):
            raise RegistryError(f"surface form {form!r} joins words with {form[a.end() : b.start()]!r}")
    loose = " ".join(fold(a.group()) for a in atoms)
    exact = " ".join(a.group() if a.group("latin") else fold(a.group()) for a in atoms)
    return loose, exact, any(a.group("latin") for a in atoms)


def _needs_exact_case(form: str, is_latin: bool) -> bool:
    if not is_latin:
        return False
    letters = sum(ch.isalpha() for ch in form)
    return letters <= 3 or form in services.LATIN_EXACT_CASE


def _rows() -> Iterable[tuple[Entry, tuple[str, ...]]]:
    for s in services.SERVICES:
        yield Entry("SERVICE", s.id, s.name, "services", kind=s.kind), (s.name, *s.bengali, *s.latin)
    for c in places.COUNTRIES:
        yield (
            Entry("GPE", c.code, c.name, "places", kind="country", country=c.code),
            (c.name, *c.bengali, *c.latin),
        )
    for p in places.SUBDIVISIONS:
        yield (
            Entry("GPE", p.id, p.name, "places", kind=p.kind, country=p.country),
            (p.name, *p.bengali, *p.latin),
        )
    for m in monitors.MONITORS:
        yield Entry("MONITOR", m.id, m.name, "monitors"), (m.name, *m.bengali, *m.latin)
    for a in actors.ACTORS:
        yield Entry(a.label, a.id, a.name, "actors"), (a.name, *a.bengali, *a.latin)
    for w in places.WORLD_PHRASES:
        yield Entry("WORLD", "world", w.name, "world", country=w.code), (w.form,)
    for d in places.DEMONYMS:
        yield Entry("DEMONYM", d.code.lower(), d.name, "demonyms", country=d.code), (d.form,)


def _check_id(entry: Entry) -> None:
    if entry.category == "GPE" and entry.kind == "country":
        if not COUNTRY_CODE.fullmatch(entry.id):
            raise RegistryError(f"country id {entry.id!r} is not an ISO 3166-1 alpha-2 code")
    elif not ID_PATTERN.fullmatch(entry.id):
        raise RegistryError(f"id {entry.id!r} of {entry.name!r} breaks the id grammar {ID_PATTERN.pattern}")
    if entry.country is not None and entry.country != "WORLD" and not COUNTRY_CODE.fullmatch(entry.country):
        raise RegistryError(f"{entry.id!r} maps to {entry.country!r}, not an ISO code")


def _add(table: dict[str, Sense], key: str, sense: Sense, form: str) -> None:
    old = table.get(key)
    if old is not None and old.entry != sense.entry:
        raise RegistryError(
            f"surface form {form!r} is claimed by {old.entry.category} {old.entry.id!r} "
            f"and {sense.entry.category} {sense.entry.id!r}; keep it in one row"
        )
    table[key] = sense


def _pairs(rows: Iterable[tuple[str, str]]) -> frozenset[str]:
    return frozenset(fold(word) for word, _ in rows)


def build_registry() -> Registry:
    """Build and validate the registry from the ``lang`` tables (use ``get_registry``)."""
    ambiguous = {
        a.form: a.cue
        for a in (*services.AMBIGUOUS_SERVICES, *places.AMBIGUOUS_PLACES, *actors.AMBIGUOUS_ACTORS)
    }
    cue_rows = (*services.CUE_SETS, *places.CUE_SETS_PLACES, *actors.CUE_SETS_ACTORS)
    cues: dict[str, Cue] = {}
    for c in cue_rows:
        ids = frozenset(s.removeprefix("id:") for s in c.supporters if s.startswith("id:"))
        kinds = frozenset(s.removeprefix("kind:") for s in c.supporters if s.startswith("kind:"))
        labels = frozenset(s.removeprefix("label:") for s in c.supporters if s.startswith("label:"))
        if len(ids) + len(kinds) + len(labels) != len(c.supporters):
            raise RegistryError(f"cue set {c.name!r} has a supporter that is not id:, kind: or label:")
        cues[c.name] = Cue(frozenset(fold(w) for w in c.words), ids, kinds, labels)

    loose: dict[str, Sense] = {}
    exact: dict[str, Sense] = {}
    first_words: dict[str, int] = {}
    entries: list[Entry] = []
    seen_forms: set[str] = set()
    by_form: dict[str, Entry] = {}
    for entry, forms in _rows():
        _check_id(entry)
        entries.append(entry)
        for form in forms:
            cue = ambiguous.get(form)
            if cue is not None and cue not in cues:
                raise RegistryError(f"ambiguous form {form!r} names unknown cue set {cue!r}")
            sense = Sense(entry, cue)
            loose_key, exact_key, is_latin = key_of(form)
            if _needs_exact_case(form, is_latin):
                _add(exact, exact_key, sense, form)
                upper = key_of(form.upper())[1]
                _add(exact, upper, sense, form)
            else:
                _add(loose, loose_key, sense, form)
            words = loose_key.split(" ")
            first_words[words[0]] = max(first_words.get(words[0], 1), len(words))
            seen_forms.add(form)
            by_form[form] = entry
    for form in ambiguous:
        if form not in seen_forms:
            raise RegistryError(f"ambiguous form {form!r} is not a surface form of any row")

    blocks_next: dict[tuple[Category, str], set[str]] = {}
    blocks_previous: dict[tuple[Category, str], set[str]] = {}
    for b in (*services.NEIGHBOUR_BLOCKS, *places.NEIGHBOUR_BLOCKS_PLACES, *actors.NEIGHBOUR_BLOCKS_ACTORS):
        blocked = by_form.get(b.form)
        if blocked is None:
            raise RegistryError(f"neighbour block names {b.form!r}, which is not a surface form of any row")
        side = blocks_next if b.side == "next" else blocks_previous
        side.setdefault((blocked.category, blocked.id), set()).add(fold(b.word))

    endings = _pairs(inflection.ENDINGS)
    return Registry(
        loose=loose,
        exact=exact,
        first_words=first_words,
        endings=endings,
        ending_lengths=tuple(sorted({len(e) for e in endings})),
        latin_endings=_pairs(inflection.LATIN_ENDINGS),
        false_inflections=_pairs(inflection.FALSE_INFLECTIONS),
        cues=cues,
        blocks_next={k: frozenset(v) for k, v in blocks_next.items()},
        blocks_previous={k: frozenset(v) for k, v in blocks_previous.items()},
        time_and_money=_pairs(places.TIME_AND_MONEY_WORDS),
        naming_words=_pairs(inflection.NAMING_WORDS),
        naming_fillers=_pairs(inflection.NAMING_FILLERS),
        name_stopwords=_pairs(inflection.NAME_STOPWORDS),
        name_stop_suffixes=tuple(fold(s) for s, _ in inflection.NAME_STOP_SUFFIXES),
        service_nouns=_pairs(services.SERVICE_NOUNS),
        hacker_words=_pairs(actors.HACKER_WORDS),
        group_nouns=_pairs(actors.GROUP_NOUNS),
        slug_letters=dict(services.SLUG_LETTERS),
        entries=tuple(entries),
    )


@cache
def get_registry() -> Registry:
    """The registry, built on first use and cached for the life of the process."""
    return build_registry()


def ending_length(word: str) -> int:
    """How many letters of a Bengali word are its longest known case ending (0 if none).

    At least two letters stay, and a letter after a hasanta belongs to a conjunct, not
    to an ending: ``আমফানের`` ends in ``ের``, ``সৌমিত্র`` in nothing.
    """
    reg = get_registry()
    n = len(word)
    for k in reversed(reg.ending_lengths):
        if (
            k <= n - 2
            and "\u09cd" not in word[n - k - 1 : n - k + 1]
            and fold_bengali(word[-k:]) in reg.endings
        ):
            return k
    return 0


def without_ending(word: str) -> str:
    """A Bengali word less its longest known case ending ("আমফানের" → "আমফান")."""
    k = ending_length(word)
    return word[:-k].rstrip("-'") if k else word


def name_less_ending(name: str) -> str:
    """A name of one or more words less the case ending of its last word
    ("রেড ফ্যান্টমের" → "রেড ফ্যান্টম"); its words joined by single spaces."""
    *head, last = name.split() or [""]
    return " ".join([*head, without_ending(last)])
