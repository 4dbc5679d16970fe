"""Context rules for names the registry does not know, and labels from context.

News keeps naming things no table lists: a district ISP, a new wallet, a hacker crew, a
shopkeeper. Their context often says what they are (``lang/cues.py``):

* a head word ends the name: ``তিস্তা টেলিকম``, ``সাইবার ৭১ স্কোয়াড``, ``কলকাতা হাইকোর্ট``;
* a type phrase stands before it: ``মেসেজিং অ্যাপ কাকাওটক``, ``হ্যাকার সংগঠন রেড ফ্যান্টমের``;
* ``<name> নামের (একটি) <type>`` after it: ``মেঘদূত ক্লাউড নামের হোস্টিং সংস্থা``;
* a person has a role before the name and a family name or a verb of saying after:
  ``বাসিন্দা সৌমিত্র দাস বলেন``, ``অদিতি পাল``, ``মো. সাইফুল ইসলাম``.

Bengali has no capitals, so an unknown name is read word by word and stops at a common
word (``data/common_words.txt``, built from the training text by
``python -m bengali_outage.train.common_words``), a function word, a case-marked word
(which ends it: ``রেড ফ্যান্টমের``) or punctuation.

:func:`find_cued` adds these names to the registry's matches (a known place inside a
name, ``পশ্চিমবঙ্গ সরকার``, is absorbed into it); :func:`label_from_context` lets the
merge correct a statistical tagger's label where the context is decisive.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex
from spacy.lang.bn.stop_words import STOP_WORDS

from bengali_outage._data import data_lines
from bengali_outage.lang import cues as table
from bengali_outage.lang.inflection import NAME_STOPWORDS, NAMING_FILLERS, NAMING_WORDS
from bengali_outage.models import Label
from bengali_outage.tag._atoms import atoms as text_atoms
from bengali_outage.tag._types import EntityMatch
from bengali_outage.tag.registry import ending_length, fold, get_registry

RULE_HEAD: Final = "<name> <head word>"
RULE_TYPE: Final = "<type phrase> <name>"
RULE_NAMED: Final = "<name> নামের <type phrase>"
RULE_PERSON: Final = "<role> <name> <family name|verb of saying>"
MAX_NAME_WORDS: Final = 3
_PHRASE_GAP: Final = regex.compile(r"[ \t]+")
_TITLE_GAP: Final = regex.compile(r"\.?[ \t]*")
_ENDING_GAP: Final = regex.compile(r"-|'")
_SENTENCE_GAP: Final = regex.compile(r"[।!?\n]")
_CONJUNCTION: Final = regex.compile(r"(?:^|[ \t])(?:ও|এবং|আর|বা)(?:[ \t]|$)|,")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int  # including a hyphenated ending (এক্স-এর)
    folded: str
    stem: str  # folded, less one case ending ("" if none)
    latin: bool
    phrase: int  # words of one phrase have only spaces between them
    sentence: int
    verbal: bool = False  # ends like a verb form (খুলছে, পড়ল): not a service's name
    agent: bool = False  # ends like an agent noun (ব্যবহারকারী): a role, not a name
    hyphened: bool = False  # joined to the word before by a hyphen (ই-ফাইলিং): not a name's start

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.folded, self.stem) if self.stem else (self.folded,)

    @property
    def inflected(self) -> bool:
        return bool(self.stem)

    @property
    def strongly_inflected(self) -> bool:
        """Carries a case ending of two letters or more (দত্তের, করিমকে); a one-letter
        "ending" is too often the end of a person's name (জাকির, কবির) to close one."""
        return bool(self.stem) and len(self.folded) - len(self.stem) >= 2


@dataclass(frozen=True, slots=True)
class _Tables:
    heads: dict[str, table.Head]
    types: dict[tuple[str, ...], Label]
    longest_type: int
    weak: frozenset[str]
    roles: frozenset[str]
    surnames: frozenset[str]
    ambiguous_surnames: frozenset[str]
    speech: frozenset[str]
    titles: frozenset[str]
    hacking: frozenset[str]
    not_names: frozenset[str]
    stop: frozenset[str]
    naming: frozenset[str]
    fillers: frozenset[str]
    common: frozenset[str]
    lexicon: frozenset[str]  # hand-written common words: for the merge's test of a model span only
    english_function: frozenset[str]
    type_words: frozenset[str]
    units: frozenset[str]
    light_verbs: frozenset[str]


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    common = frozenset(data_lines("common_words.txt"))
    types = {tuple(fold(w) for w in phrase.split()): label for phrase, label in table.TYPES}
    return _Tables(
        heads={fold(h.word): h for h in table.HEADS},
        types=types,
        longest_type=max(len(k) for k in types),
        weak=_folded(table.WEAK_TYPES),
        roles=_folded(table.ROLES),
        surnames=_folded(table.SURNAMES),
        ambiguous_surnames=_folded(table.AMBIGUOUS_SURNAMES),
        speech=_folded(table.SPEECH),
        titles=_folded(table.NAME_TITLES),
        hacking=_folded(table.HACKING),
        not_names=_folded(table.NOT_NAMES),
        stop=_folded(w for w, _ in NAME_STOPWORDS) | _folded(STOP_WORDS),
        naming=_folded(w for w, _ in NAMING_WORDS),
        fillers=_folded(w for w, _ in NAMING_FILLERS) | _folded(table.NOT_NAMES),
        common=common,
        lexicon=_folded(data_lines("lexicon_bn.txt")),
        english_function=frozenset(table.ENGLISH_FUNCTION_WORDS),
        type_words=frozenset(k[-1] for k in types if len(k) == 1),
        units=_folded(table.UNITS),
        light_verbs=_folded(table.LIGHT_VERBS),
    )


def _strip_ending(raw: str) -> str:
    """The folded stem of ``raw`` less its longest case ending, or "" if it has none."""
    k = ending_length(raw)
    return fold(raw[:-k]) if k else ""


@lru_cache(maxsize=1 << 16)
def _word_facts(raw: str, latin: bool) -> tuple[str, str, bool, bool]:
    """A word's folded form, folded stem less a case ending, and whether it looks like a
    verb form or an agent noun (cached: words repeat)."""
    word = fold(raw)
    if latin:
        return word, "", False, False
    stem = "" if word in get_registry().false_inflections else _strip_ending(raw)
    verbal = any(raw.endswith(e) and len(raw) > len(e) + 1 for e in table.VERB_ENDINGS) or (
        raw.endswith("ল") and len(raw) >= 4  # পড়ল, ছিঁড়ল (but নীল)
    )
    agent = any(raw.endswith(e) and len(raw) > len(e) + 1 for e in table.AGENT_ENDINGS)
    return word, stem, verbal, agent


@lru_cache(maxsize=8)
def _words(text: str) -> tuple[_Word, ...]:
    reg = get_registry()
    titles = _tables().titles
    out: list[_Word] = []
    phrase = sentence = 0
    atoms = text_atoms(text)  # the registry rules' scan of the same text
    i = 0
    prev_end = 0
    while i < len(atoms):
        m = atoms[i]
        gap = text[prev_end : m.start]
        if gap == " ":
            pass  # most gaps: same phrase
        elif out and _SENTENCE_GAP.search(gap):
            sentence += 1
            phrase += 1
        elif (
            out
            and not _PHRASE_GAP.fullmatch(gap)
            and not (out[-1].folded in titles and _TITLE_GAP.fullmatch(gap))
        ):
            phrase += 1
        end, latin = m.end, m.latin
        word, stem, verbal, agent = _word_facts(m.raw, latin)
        # a case ending after a hyphen or apostrophe belongs to the word (এক্স-এর, X'র)
        if i + 1 < len(atoms) and _ENDING_GAP.fullmatch(text[end : atoms[i + 1].start]):
            nxt = fold(atoms[i + 1].raw)
            if nxt in reg.endings:
                out.append(_Word(m.start, atoms[i + 1].end, word, word, latin, phrase, sentence))
                prev_end = atoms[i + 1].end
                i += 2
                continue
        hyphened = bool(out) and gap in ("-", "\u2010", "\u2011")
        out.append(_Word(m.start, end, word, stem, latin, phrase, sentence, verbal, agent, hyphened))
        prev_end = end
        i += 1
    return tuple(out)


@lru_cache(maxsize=8)
def _starts(text: str) -> list[int]:
    return [w.start for w in _words(text)]


def _in(word: _Word, words: frozenset[str]) -> bool:
    return any(f in words for f in word.forms)


def _surname(word: _Word, t: _Tables) -> bool:
    """A family name, bare or with a case ending of two letters or more (দত্তের); a short one
    that is also a word takes no ending (করতে is no কর)."""
    if word.folded in t.surnames:
        return True
    return word.strongly_inflected and word.stem in t.surnames and word.stem not in t.ambiguous_surnames


def _name_like(
    word: _Word,
    t: _Tables,
    *,
    allow_common: bool = False,
    person: bool = False,
    body: bool = False,
    lexicon: bool = False,
) -> bool:
    """Could this word be part of an unknown name (of a person, if ``person``; of a body such
    as a ministry or a company, whose names are made of ordinary words, if ``body``)? With
    ``lexicon``, a word of the hand-written lexicon cannot either."""
    if word.latin:
        return True
    # the answer depends only on the word's form, not where it stands: cached
    return _name_like_form(
        word.folded, word.stem, word.verbal, word.agent, allow_common, person, body, lexicon
    )


@lru_cache(maxsize=1 << 16)
def _name_like_form(
    folded: str,
    stem: str,
    verbal: bool,
    agent: bool,
    allow_common: bool,
    person: bool,
    body: bool,
    lexicon: bool = False,
) -> bool:
    word = _Word(0, 0, folded, stem, False, 0, 0, verbal, agent)
    t = _tables()
    if (word.verbal and not person) or word.agent:
        return False
    if person and _surname(word, t):
        return True
    if _in(word, t.stop) or _in(word, t.roles) or _in(word, t.speech) or _in(word, t.type_words):
        return False
    if not body and _in(word, t.not_names):
        return False
    if not person and word.folded in t.titles:
        return False  # মো., ডা.: a title starts a person's name, never another kind
    if word.folded in t.naming or any(f in t.heads for f in word.forms):
        return False
    if lexicon and _in(word, t.lexicon):
        return False
    return allow_common or not _in(word, t.common)


def _type_ending_at(words: Sequence[_Word], i: int, t: _Tables, *, weak: bool) -> tuple[Label, int] | None:
    """The label and length of the longest type phrase whose last word is words[i]."""
    for n in range(min(t.longest_type, i + 1), 0, -1):
        span = words[i - n + 1 : i + 1]
        if len({w.phrase for w in span}) != 1:
            continue
        for last in span[-1].forms:
            key = (*(w.folded for w in span[:-1]), last)
            label = t.types.get(key)
            if label is not None and (weak or n > 1 or last not in t.weak):
                return label, n
    return None


def _type_starting_at(words: Sequence[_Word], k: int, t: _Tables) -> Label | None:
    """The label of the longest type phrase starting at words[k] (its last word may be inflected)."""
    for n in range(min(t.longest_type, len(words) - k), 0, -1):
        span = words[k : k + n]
        if len({w.phrase for w in span}) != 1:
            continue
        for last in span[-1].forms:
            label = t.types.get((*(w.folded for w in span[:-1]), last))
            if label is not None:
                return label
    return None


class _Cover:
    """Which words a match already covers (a flag a word: articles can be long)."""

    def __init__(self, words: Sequence[_Word], spans: Sequence[tuple[int, int]]) -> None:
        self._words = words
        self._starts = [w.start for w in words]
        self._index = {w.start: i for i, w in enumerate(words)}
        self._flags = bytearray(len(words))
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self._words) and self._words[i].start < end:
            if self._words[i].end > start:
                self._flags[i] = 1
            i += 1

    def hit(self, w: _Word) -> bool:
        return bool(self._flags[self._index[w.start]])


def _taken(covered: _Cover, w: _Word) -> bool:
    return covered.hit(w)


@dataclass(frozen=True, slots=True)
class _Known:
    """The registry's matches, indexed by where they start and end."""

    matches: Sequence[EntityMatch]
    by_start: dict[int, int]
    by_end: dict[int, int]

    @classmethod
    def of(cls, matches: Sequence[EntityMatch]) -> _Known:
        return cls(
            matches, {m.start: n for n, m in enumerate(matches)}, {m.end: n for n, m in enumerate(matches)}
        )


def _forward_name(
    words: Sequence[_Word],
    i: int,
    t: _Tables,
    covered: _Cover,
    *,
    allow_common: bool = False,
    person: bool = False,
) -> int:
    """Index past the last word of a name starting at words[i] (== i if there is none)."""
    j = i
    while j < len(words) and j - i < MAX_NAME_WORDS and words[j].phrase == words[i].phrase:
        w = words[j]
        if _taken(covered, w) or not _name_like(w, t, allow_common=allow_common, person=person):
            break
        j += 1
        if w.strongly_inflected if person else w.inflected:
            break  # a case ending closes the name: রেড ফ্যান্টমের দাবি
    return j


def _backward_name(
    words: Sequence[_Word],
    i: int,
    limit: int,
    t: _Tables,
    covered: _Cover,
    *,
    allow_common: bool,
    body: bool = False,
) -> int:
    """Index of the first word of an uninflected name ending at words[i-1] (== i if none)."""
    j = i
    while j > 0 and i - j < limit and words[j - 1].phrase == words[i].phrase:
        w = words[j - 1]
        # a case ending ends the phrase before a name; a one-letter one only on a common word
        # (বাসার ওয়াইফাই), since names end so too (নীলসাগর কমিউনিকেশনস)
        ended = w.strongly_inflected or (w.inflected and _in(w, t.common))
        if _taken(covered, w) or ended or not _name_like(w, t, allow_common=allow_common, body=body):
            break
        j -= 1
    if j < i and words[j].hyphened:
        return i  # the name would start inside a hyphenated word (ই-ফাইলিং পোর্টাল)
    return j


@dataclass(frozen=True, slots=True)
class Cued:
    """A name found from its context, and any registry matches it absorbs."""

    start: int
    end: int
    label: Label
    rule: str
    absorbs: tuple[int, ...] = ()  # indices into the registry matches


def _place_before(words: Sequence[_Word], i: int, known: _Known) -> int | None:
    """Index of a registry GPE that ends just before words[i] in the same phrase."""
    if i == 0 or words[i - 1].phrase != words[i].phrase:
        return None
    n = known.by_end.get(words[i - 1].end)
    return n if n is not None and known.matches[n].label == "GPE" else None


def _heads(words: Sequence[_Word], t: _Tables, known: _Known, covered: _Cover) -> list[Cued]:
    out: list[Cued] = []
    hacking = {w.sentence for w in words if _in(w, t.hacking)}
    for i, w in enumerate(words):
        head = next((t.heads[f] for f in w.forms if f in t.heads), None)
        if head is None or w.verbal:
            continue  # পেতেই is a verb, not পে + তেই
        own: list[int] = []
        if _taken(covered, w):
            # the registry's network word (ব্রডব্যান্ড) may be the head of a name: কাঞ্চন ব্রডব্যান্ড
            n = known.by_start.get(w.start)
            if n is None or known.matches[n].kind != "generic" or known.matches[n].end != w.end:
                continue
            own = [n]
        if head.needs == "hacker" and w.sentence not in hacking:
            continue
        place = _place_before(words, i, known)
        unit = i + 1 < len(words) and words[i + 1].phrase == w.phrase and _in(words[i + 1], t.units)
        if unit:
            continue  # দার্জিলিং টেলিকম জেলা is an operator's district, not a service
        if place is not None and head.place and not words[i - 1].inflected:
            out.append(Cued(known.matches[place].start, w.end, head.label, RULE_HEAD, (place, *own)))
            covered.add(known.matches[place].start, w.end)
            continue
        if head.needs == "place":
            continue
        first = _backward_name(words, i, head.words, t, covered, allow_common=True, body=head.label == "ORG")
        if first == i or (head.strict and _in(words[first], t.common)):
            continue
        if all(_in(n, t.not_names) for n in words[first:i]):
            continue  # সরকারি দফতর, জাতীয় কমিশন: a description, not a name
        start, absorbs = words[first].start, own
        if head.label == "ORG":
            # a body's name may begin with a place or a network word and end "অব <place>":
            # বাংলাদেশ টেলিকমিউনিকেশনস কোম্পানি লিমিটেড, ইন্টারনেট সার্ভিস প্রোভাইডারস অ্যাসোসিয়েশন অব বাংলাদেশ
            before = _known_before(words, first, known)
            if before is not None:
                start, absorbs = known.matches[before].start, [before]
        end = w.end
        after = _place_after_of(words, i, known) if head.label == "ORG" else None
        if after is not None:
            end, absorbs = known.matches[after].end, [*absorbs, after]
        out.append(Cued(start, end, head.label, RULE_HEAD, tuple(absorbs)))
        covered.add(start, end)
    return out


def _known_before(words: Sequence[_Word], i: int, known: _Known) -> int | None:
    """A registry place or network word ending just before words[i], in the same phrase."""
    if i == 0 or words[i - 1].phrase != words[i].phrase:
        return None
    n = known.by_end.get(words[i - 1].end)
    if n is None:
        return None
    m = known.matches[n]
    return n if m.label == "GPE" or m.kind == "generic" else None


def _place_after_of(words: Sequence[_Word], i: int, known: _Known) -> int | None:
    """A registry place after words[i] and "অব": ... অ্যাসোসিয়েশন অব বাংলাদেশ."""
    if i + 2 >= len(words) or words[i + 1].folded != fold("অব") or words[i + 2].phrase != words[i].phrase:
        return None
    n = known.by_start.get(words[i + 2].start)
    return n if n is not None and known.matches[n].label == "GPE" else None


def _types(words: Sequence[_Word], t: _Tables, covered: _Cover) -> list[Cued]:
    out: list[Cued] = []
    for i in range(len(words) - 1):
        w = words[i]
        if w.inflected or words[i + 1].phrase != w.phrase:
            continue
        found = _type_ending_at(words, i, t, weak=False)
        if found is None:
            continue
        label, size = found
        k = i - size
        while k >= 0 and words[k].phrase == w.phrase and _in(words[k], t.fillers):
            k -= 1
        if k >= 0 and words[k].folded in t.naming:
            continue  # "<name> নামের একটি হ্যাকার গোষ্ঠী": the name is before, not after
        # after a two-word type (হ্যাকার গোষ্ঠী) a name may be made of common words (কালো চিতা)
        end = _forward_name(words, i + 1, t, covered, allow_common=size > 1)
        if end == i + 1 or (
            end < len(words) and words[end].phrase == w.phrase and _in(words[end], t.light_verbs)
        ):
            continue  # অ্যাপে ক্যাব বুক করতে: a noun and its verb, not a name
        out.append(Cued(words[i + 1].start, words[end - 1].end, label, RULE_TYPE))
        covered.add(words[i + 1].start, words[end - 1].end)
    return out


def _named(words: Sequence[_Word], t: _Tables, covered: _Cover) -> list[Cued]:
    out: list[Cued] = []
    for i, w in enumerate(words):
        if w.folded not in t.naming or i == 0:
            continue
        k = i + 1
        while k < len(words) and words[k].phrase == w.phrase and _in(words[k], t.fillers):
            k += 1
        # the type may follow an adjective no table lists: নামের একটি অচেনা হ্যাকার দল
        label = next(
            (
                found
                for j in range(k, min(k + 2, len(words)))
                if words[j].phrase == w.phrase
                and (j == k or not words[j - 1].inflected)
                and (found := _type_starting_at(words, j, t)) is not None
            ),
            None,
        )
        if label is None:
            continue
        first = _backward_name(words, i, MAX_NAME_WORDS, t, covered, allow_common=False)
        if first == i:
            continue
        out.append(Cued(words[first].start, words[i - 1].end, label, RULE_NAMED))
        covered.add(words[first].start, words[i - 1].end)
    return out


def _persons(words: Sequence[_Word], t: _Tables, covered: _Cover) -> list[Cued]:
    out: list[Cued] = []
    i = 0
    while i < len(words):
        w = words[i]
        start: int | None = None
        cued = False
        if (
            (_in(w, t.roles) or w.agent)
            and not w.inflected
            and i + 1 < len(words)
            and words[i + 1].phrase == w.phrase
        ):
            start, cued = i + 1, True
        elif (
            w.folded in t.titles
            and not _taken(covered, w)
            and i + 1 < len(words)
            and words[i + 1].phrase == w.phrase
        ):
            start, cued = i, True
        elif not _taken(covered, w) and _name_like(w, t, person=True) and not w.strongly_inflected:
            start, cued = i, False
        if start is None:
            i += 1
            continue
        first = start + 1 if start == i and w.folded in t.titles else start
        end = _forward_name(words, first, t, covered, allow_common=True, person=True)
        # the longest prefix that ends in a family name, or is followed by a verb of saying
        found = None
        for stop in range(end, first, -1):
            last = words[stop - 1]
            after = words[stop] if stop < len(words) and words[stop].phrase == last.phrase else None
            # "X-কে বলেন" names whom one told: a speaker's name is uninflected
            says = after is not None and _in(after, t.speech) and not last.strongly_inflected
            if stop - first == 1 and (not cued or _in(last, t.common)):
                continue  # a lone word is a name only after a role or title, and not a common word
            given = words[first : stop - 1]
            plain = all(not _in(g, t.common) and not g.strongly_inflected for g in given)
            if _surname(last, t) and (cued or says or (plain and not _in(last, t.ambiguous_surnames))):
                found = stop
                break
            if says and cued and plain and not _in(last, t.common):
                found = stop
                break
        if found is None:
            i += 1
            continue
        s = words[start].start
        out.append(Cued(s, words[found - 1].end, "PERSON", RULE_PERSON))
        covered.add(s, words[found - 1].end)
        i = found
    return out


def find_cued(text: str, known: Sequence[EntityMatch]) -> list[Cued]:
    """Names in ``text`` told by their context, not overlapping ``known`` (the registry's).

    >>> text = "রোববার তিস্তা টেলিকমের গ্রাহকেরা বিপাকে।"
    >>> [(text[c.start : c.end], c.label) for c in find_cued(text, [])]
    [('তিস্তা টেলিকমের', 'SERVICE')]
    """
    t = _tables()
    words = _words(text)
    covered = _Cover(words, [(m.start, m.end) for m in known])
    out = _heads(words, t, _Known.of(known), covered)
    out += _named(words, t, covered)
    out += _types(words, t, covered)
    out += _persons(words, t, covered)
    return sorted(out, key=lambda c: c.start)


def label_from_context(text: str, start: int, end: int) -> Label | None:
    """The label the context of ``text[start:end]`` decides, if it decides one.

    The name's last word (``... টেলিকম``), a type phrase just before it or
    ``নামের <type>`` just after it, or a role just before it (PERSON).

    >>> label_from_context(s := "হ্যাকার সংগঠন রেড ফ্যান্টমের দাবি", 14, 28)
    'GROUP'
    """
    t = _tables()
    words = _words(text)
    starts = _starts(text)
    first = bisect_left(starts, start)
    last = bisect_left(starts, end) - 1  # words are found by bisection: articles can be long
    while last >= first and words[last].end > end:
        last -= 1
    if last < first:
        return None
    head = next((t.heads[f] for f in words[last].forms if f in t.heads), None)
    if head is not None and any(_name_like(w, t, allow_common=True) for w in words[first:last]):
        return head.label  # তোর্সা টেলিকম, but not সরকারি পোর্টাল
    if first > 0 and words[first - 1].phrase == words[first].phrase and not words[first - 1].inflected:
        if _in(words[first - 1], t.roles):
            return "PERSON"
        found = _type_ending_at(words, first - 1, t, weak=False)
        if found is not None:
            return found[0]
    k = last + 1
    if k < len(words) and words[k].folded in t.naming and words[k].phrase == words[last].phrase:
        k += 1
        while k < len(words) and _in(words[k], t.fillers):
            k += 1
        for j in range(k, min(k + 2, len(words))):  # নামের একটি অচেনা হ্যাকার দল
            if words[j].phrase != words[last].phrase or (j > k and words[j - 1].inflected):
                break
            named = _type_starting_at(words, j, t)
            if named is not None:
                return named
    return None


def ordinary_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` cannot be a name: it is made only of words that are not
    names on their own (common words, words of the hand-written lexicon ``data/lexicon_bn.txt``,
    function words, roles, verb forms: রেস্তরাঁ, অফিসগামী),
    its last word carries a classifier or plural ending, which names do not take (হামলাটি,
    বিক্রেতাদের), or it runs English words into a phrase (process your request)."""
    words = _words(text)
    starts = _starts(text)
    t = _tables()
    inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
    if not inside:
        return False
    last = text[inside[-1].start : inside[-1].end]
    if not inside[-1].latin and last.endswith(table.NOT_NAME_ENDINGS):
        return True
    if len(inside) > 1 and any(w.latin and w.folded in t.english_function for w in inside):
        return True
    return not any(_name_like(w, t, lexicon=True) for w in inside)


def has_conjunction(text: str) -> bool:
    """Whether a span joins two things (ও, এবং, আর, বা, a comma): then it is not one name."""
    return bool(_CONJUNCTION.search(text))
