"""The merge policy between registry rules and statistical taggers: ``rules-first``.

1. Every rule match is kept: it carries a registry id (or, for a name found from its
   context by ``tag/cues.py``, a slug).
2. A model entity's label is corrected where its context decides one
   (:func:`~bengali_outage.tag.cues.label_from_context`: a head word such as টেলিকম, a
   type phrase such as হ্যাকার সংগঠন before it, নামের <type> after it, a role before a
   person). Context outranks the model, which confuses ORG, SERVICE and GROUP. Where the
   context decides nothing, a name of the training text takes the label it carries there
   (:func:`~bengali_outage.tag.known_names.remembered_label`: the model reads rare words
   as unknown and may mislabel a name it was trained on, বুয়েটের অধ্যাপক as a place).
3. A model entity overlapping a rule match is dropped: the rule's span, label and id win
   (the registry was written for this beat; the model learned from general news). The one
   exception: a model span that contains only places or network words (kind ``generic``)
   and is one name around them, either cued by its context (ঢাকা বিশ্ববিদ্যালয়, শাপলা
   ব্রডব্যান্ড) or built with "অব" (ইউনিভার্সিটি অব টরন্টো), with no conjunction inside
   (not ভারত ও বাংলাদেশ); then the model span replaces them.
4. A model entity overlapping nothing is kept with source ``model:<version>`` and id
   ``None``, except a SERVICE or GROUP, which gets an id slugged from its name less its
   case ending (SPEC section 3). Unless its context decided its label, it is dropped when
   it is made only of common words (রেস্তরাঁ, ব্যাঙ্কের: the common-word table or the
   hand-written lexicon ``data/lexicon_bn.txt``; :func:`~bengali_outage.tag.cues.ordinary_words`).
   Whether a model-only SERVICE is a service the article reports down is for the assembly
   (it wants a service noun beside it, ``assemble/facts.py``).
5. Mentions lose a hyphenated postposition: ``ভারত-সহ`` ("with India") names ``ভারত``.

``tag_entities`` runs the rules and a statistical tagger, by default the shipped model when
it is present, or the caller's stanza pipeline (:mod:`bengali_outage.tag.stanza_backend`), or
none, and merges them. In a spaCy pipeline the same three steps are the components
``outage_rules``, ``outage_model`` and ``outage_merge`` (this policy).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, Final, Literal, get_args

import regex

from bengali_outage.lang.postpositions import HYPHENATED_POSTPOSITIONS
from bengali_outage.tag._types import EntityMatch
from bengali_outage.tag.cues import has_conjunction, label_from_context, ordinary_words
from bengali_outage.tag.known_names import remembered_label
from bengali_outage.tag.registry import name_less_ending
from bengali_outage.tag.rules import find_entities, slug
from bengali_outage.tag.stanza_backend import stanza_entities

POLICY: Final = "rules-first"
_OF: Final = regex.compile(r"[ \t](?:অব|of|Of)[ \t]")
_POSTPOSITION: Final = regex.compile("-(?:" + "|".join(HYPHENATED_POSTPOSITIONS) + r")$")


def _trim(m: EntityMatch, text: str) -> EntityMatch:
    tail = _POSTPOSITION.search(text[m.start : m.end])
    return replace(m, end=m.start + tail.start()) if tail else m


def _absorbs(m: EntityMatch, inner: Sequence[EntityMatch], text: str, *, cued: bool) -> bool:
    """Whether model span ``m`` is one name around the rule matches ``inner``.

    A place or a network word inside a longer name whose context names its kind
    (``cued``: ঢাকা বিশ্ববিদ্যালয়, শাপলা ব্রডব্যান্ড) or that is built with "অব"
    (ইউনিভার্সিটি অব টরন্টো); never two things joined (ভারত ও বাংলাদেশ).
    """
    return (
        bool(inner)
        and (cued or bool(_OF.search(text[m.start : m.end])))
        and m.label != "GPE"
        and all(m.start <= r.start and r.end <= m.end and (r.start, r.end) != (m.start, m.end) for r in inner)
        and all(r.label == "GPE" or r.kind == "generic" for r in inner)
        and not has_conjunction(text[m.start : m.end])
    )


def merge(rules: Sequence[EntityMatch], model: Sequence[EntityMatch], text: str) -> list[EntityMatch]:
    """Merge rule and model matches under the ``rules-first`` policy (see module docstring)."""
    ordered = sorted(rules, key=lambda r: r.start)  # rule matches never overlap each other
    starts = [r.start for r in ordered]
    ends = [r.end for r in ordered]
    dropped: set[int] = set()
    added: list[EntityMatch] = []
    for m in model:
        label = label_from_context(text, m.start, m.end)
        decided = label if label is not None else remembered_label(text[m.start : m.end])
        if decided is not None and decided != m.label:
            m = replace(m, label=decided)
        # the rules overlapping m, found by bisection (articles can be long)
        lo, hi = bisect_right(ends, m.start), bisect_left(starts, m.end)
        inner = [ordered[i] for i in range(lo, hi) if i not in dropped]
        if inner:
            if not _absorbs(m, inner, text, cued=label is not None):
                continue
            dropped.update(i for i in range(lo, hi))
        if label is None and ordinary_words(text, m.start, m.end):
            continue  # the model alone tags common words (রেস্তরাঁ, ব্যাঙ্কের): a name needs one of its own
        m = _trim(m, text)
        if m.label in ("SERVICE", "GROUP") and m.id is None:
            m = replace(m, id=slug(name_less_ending(text[m.start : m.end])))
        added.append(m)
    kept = [_trim(r, text) for i, r in enumerate(ordered) if i not in dropped]
    return sorted([*kept, *added], key=lambda e: (e.start, e.end))


@lru_cache(maxsize=1)
def _model_tagger() -> Callable[[str], list[EntityMatch]] | None:
    """The shipped model's tagger, or None where the model is not installed."""
    from importlib.util import find_spec

    if find_spec("bengali_outage.tag.model") is None:
        return None
    from bengali_outage.tag import model

    if not (model.MODEL_DIR / "meta.json").exists():
        return None
    tagger: Callable[[str], list[EntityMatch]] | None = getattr(model, "model_entities", None)
    return tagger


Backend = Literal["model", "stanza", "rules"]
BACKENDS: Final[tuple[Backend, ...]] = get_args(Backend)


def tag_entities(
    text: str, *, use_model: bool = True, backend: Backend = "model", stanza_pipeline: Any = None
) -> list[EntityMatch]:
    """All entities in normalised ``text``: registry rules merged with a statistical tagger.

    ``backend`` picks the tagger: ``"model"`` the shipped model (when installed and
    ``use_model``), ``"stanza"`` the caller's ``stanza_pipeline``, ``"rules"`` none.
    """
    return merge(
        find_entities(text),
        statistical_entities(text, backend if use_model else "rules", stanza_pipeline),
        text,
    )


def statistical_entities(
    text: str, backend: Backend = "model", stanza_pipeline: Any = None
) -> list[EntityMatch]:
    """What the chosen statistical tagger finds: the shipped model, the caller's stanza, or nothing."""
    if backend == "stanza":
        return stanza_entities(text, stanza_pipeline)
    tagger = _model_tagger() if backend == "model" else None
    return tagger(text) if tagger else []
