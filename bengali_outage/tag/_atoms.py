"""The words of a text, as the taggers see them: one scan shared by the registry rules
(``tag/rules.py``) and the context rules (``tag/cues.py``), cached per text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from bengali_outage.tag.registry import ATOM, fold_bengali

SENTENCE_BREAK: Final = regex.compile(r"[।!?\n|]|\.(?:\s|$)")


@dataclass(frozen=True, slots=True)
class Atom:
    """One word (``registry.ATOM``): a run of Latin letters and digits, or of Bengali ones."""

    start: int
    end: int
    latin: bool
    raw: str
    loose: str  # folded (Bengali) or casefolded (Latin)
    exact: str  # folded (Bengali) or as written (Latin)
    sentence: int


@lru_cache(maxsize=8)
def atoms(text: str) -> tuple[Atom, ...]:
    """The words of ``text`` in order, each with the number of its sentence."""
    out: list[Atom] = []
    sentence = 0
    prev_end = 0
    for m in ATOM.finditer(text):
        start = m.start()
        # most gaps are one space: skip the search there
        if (start - prev_end != 1 or text[prev_end] != " ") and SENTENCE_BREAK.search(text, prev_end, start):
            sentence += 1
        raw = m.group()
        if m.group("latin") is not None:
            out.append(Atom(start, m.end(), True, raw, raw.casefold(), raw, sentence))
        else:
            loose = fold_bengali(raw)
            out.append(Atom(start, m.end(), False, raw, loose, loose, sentence))
        prev_end = m.end()
    return tuple(out)
