"""The optional stanza backend: a caller's stanza NER pipeline in place of the shipped model.

``pip install bengali-outage[stanza]`` installs stanza; the caller builds the pipeline
and, once, downloads its weights (this library downloads nothing)::

    import stanza
    stanza.download("bn", processors="tokenize,ner")
    nlp = stanza.Pipeline("bn", processors="tokenize,ner", download_method=None)
    report = bengali_outage.extract(text, backend="stanza", stanza_pipeline=nlp)

The pipeline runs on the normalised text, so its ``doc.ents`` character offsets index the
same string as the registry rules' and are mapped back to the caller's text like theirs.
Its entities are merged under the ``rules-first`` policy of
:mod:`bengali_outage.tag.merge` and carry the source ``stanza:<stanza version>``.

stanza is imported only when this backend is asked for; without it the request raises
:class:`~bengali_outage.errors.ModelUnavailableError`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Final

from bengali_outage.errors import ModelUnavailableError
from bengali_outage.models import Label
from bengali_outage.tag._types import EntityMatch

# fmt: off
# Stanza NER label → the library's label; a label with no row (TIM, MISC, NORP, DATE …) is dropped.
# Stanza's Bengali model (bn, trained on the Daffodil University corpus) tags PER, LOC, ORG and TIM,
# and its LOC is the places an outage is reported in (বাংলাদেশ, ঢাকা, দক্ষিণ এশিয়া), hence GPE.
# CoNLL-style models say PER/LOC/ORG/MISC and OntoNotes-style ones PERSON/GPE/ORG.
STANZA_LABELS: Final[tuple[tuple[str, Label], ...]] = (
    ("PER", "PERSON"), ("PERSON", "PERSON"),
    ("LOC", "GPE"), ("GPE", "GPE"),
    ("ORG", "ORG"),
)
# fmt: on
_LABEL_OF: Final[dict[str, Label]] = dict(STANZA_LABELS)

INSTALL_HINT: Final = "pip install bengali-outage[stanza]"
PIPELINE_HINT: Final = 'stanza.Pipeline("bn", processors="tokenize,ner") after a one-time stanza.download("bn", processors="tokenize,ner")'


def require_stanza() -> ModuleType:
    """The ``stanza`` module, or :class:`ModelUnavailableError` naming the extra that installs it."""
    try:
        return importlib.import_module("stanza")
    except ImportError as exc:
        raise ModelUnavailableError(
            f"backend='stanza' needs the stanza package, which is not installed; install it with `{INSTALL_HINT}`"
        ) from exc


def check_pipeline(pipeline: Any) -> None:
    """Raise ``ValueError`` naming the fix unless ``pipeline`` looks like a stanza NER pipeline.

    stanza must be installed first (:class:`ModelUnavailableError` otherwise).
    """
    require_stanza()
    if pipeline is None:
        raise ValueError(f"backend='stanza' needs stanza_pipeline=, e.g. {PIPELINE_HINT}")
    if not callable(pipeline):
        raise ValueError(f"stanza_pipeline must be a callable stanza.Pipeline, not {type(pipeline).__name__}")
    processors = getattr(pipeline, "processors", None)
    if processors is not None and "ner" not in processors:
        raise ValueError(
            f"stanza_pipeline has no ner processor (it has {', '.join(processors) or 'none'}); build it with {PIPELINE_HINT}"
        )


def entities_from_document(doc: Any, text: str, *, source: str = "stanza") -> list[EntityMatch]:
    """The entities of a stanza ``Document`` made from ``text``, as matches over ``text``.

    Labels are mapped by :data:`STANZA_LABELS`; an entity with another label, without
    character offsets, or whose offsets do not cut its own text out of ``text`` (a document
    made from some other string) is left out.

    >>> from stanza.models.common.doc import Document
    >>> words = [("ঢাকা", "S-LOC"), ("থেকে", "O"), ("জানান", "O")]
    >>> tokens, start = [], 0
    >>> for i, (word, tag) in enumerate(words, 1):
    ...     tokens.append({"id": i, "text": word, "ner": tag, "start_char": start, "end_char": start + len(word)})
    ...     start += len(word) + 1
    >>> [(m.start, m.end, m.label) for m in entities_from_document(Document([tokens], text="ঢাকা থেকে জানান"), "ঢাকা থেকে জানান")]
    [(0, 4, 'GPE')]
    """
    matches = []
    for ent in doc.ents:
        label = _LABEL_OF.get(ent.type)
        start, end = ent.start_char, ent.end_char
        if label is None or start is None or end is None:
            continue
        if not 0 <= start < end <= len(text) or text[start:end] != ent.text:
            continue
        matches.append(EntityMatch(start, end, label, None, source))
    return matches


def stanza_entities(text: str, pipeline: Any) -> list[EntityMatch]:
    """Run the caller's stanza ``pipeline`` over normalised ``text`` and return its entities.

    ``text`` is the normalised text the other taggers read (``normalise_text(t).text``);
    the matches index it and carry the source ``stanza:<stanza version>``.

    >>> import stanza
    >>> nlp = stanza.Pipeline("bn", processors="tokenize,ner", download_method=None)  # doctest: +SKIP
    >>> [m.label for m in stanza_entities("ঢাকায় গ্রামীণফোনের নেটওয়ার্ক বন্ধ।", nlp)]  # doctest: +SKIP
    ['GPE', 'ORG']
    """
    stanza = require_stanza()
    check_pipeline(pipeline)
    return entities_from_document(pipeline(text), text, source=f"stanza:{stanza.__version__}")
