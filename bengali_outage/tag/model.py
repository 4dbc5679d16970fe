"""The shipped statistical NER model: loading it offline and tagging with it.

The model lives in ``bengali_outage/data/ner`` (a spaCy pipeline with one
``ner`` component and its own small CNN tok2vec), trained by
``python -m bengali_outage.train`` from the committed config; see
``docs/model.md``. It is loaded with ``spacy.load`` from that directory and
never downloaded. Text is normalised and cut by the project tokeniser
(``bengali_outage._tokenise``), the same one the model was trained on, and the
tokens are handed to the model as a ready-made ``Doc`` whose rare words share
the norm ``<unk>`` (see :func:`set_known_norms`); calling the pipeline on a raw
string skips both steps, so use :func:`model_entities`.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Final, cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bengali_outage._script import normalise_text
from bengali_outage.errors import ModelUnavailableError
from bengali_outage.models import Label
from bengali_outage.tag._types import EntityMatch

MODEL_DIR: Final = Path(__file__).resolve().parents[1] / "data" / "ner"
LABELS: Final[frozenset[str]] = frozenset({"SERVICE", "ORG", "PERSON", "GPE", "MONITOR", "GROUP"})
KNOWN_NORMS_TABLE: Final = "bengali_outage_known_norms"
UNKNOWN_NORM: Final = "<unk>"


def _read_version(path: Path) -> str:
    meta = path / "meta.json"
    if not meta.is_file():
        return "missing"
    version: str = json.loads(meta.read_text(encoding="utf-8"))["version"]
    return version


MODEL_VERSION: Final[str] = _read_version(MODEL_DIR)


def tokeniser_nlp() -> Language:
    """The blank ``bn`` pipeline whose tokeniser the model is trained and run with."""
    from bengali_outage._tokenise import blank_nlp

    return blank_nlp()


@lru_cache(maxsize=1)
def _tokeniser() -> Language:
    return tokeniser_nlp()


@lru_cache(maxsize=4)
def _load(path: Path) -> Language:
    if not (path / "meta.json").is_file():
        raise ModelUnavailableError(
            f"no NER model at {path}; reinstall bengali-outage, or train one with `python -m bengali_outage.train`"
        )
    try:
        nlp: Language = spacy.load(path)
    except (OSError, ValueError) as exc:  # spaCy's errors for an unreadable pipeline
        raise ModelUnavailableError(f"the NER model at {path} could not be loaded: {exc}") from exc
    return nlp


def load_model(path: str | Path | None = None) -> Language:
    """Load the NER pipeline (cached), from the package data unless ``path`` is given.

    >>> load_model().pipe_names
    ['ner']
    """
    return _load(Path(path).resolve() if path is not None else MODEL_DIR)


def set_known_norms(doc: Doc, known: Container[str]) -> Doc:
    """Give every token whose norm is not in ``known`` the one norm ``<unk>``.

    The model's word feature (``NORM``) then carries a name only when training saw
    it often enough; a rare or new name looks like every other unknown word, so the
    model has to read it from its context, its case ending and its shape.
    """
    for token in doc:
        if token.norm_ not in known:
            token.norm_ = UNKNOWN_NORM
    return doc


def make_doc(nlp: Language, text: str) -> Doc:
    """Cut ``text`` with the project tokeniser into a ``Doc`` in ``nlp``'s vocabulary.

    Norms outside the model's known-word table (shipped in its vocab) become ``<unk>``.
    """
    tokens = _tokeniser().make_doc(text)
    doc = Doc(nlp.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    if nlp.vocab.lookups.has_table(KNOWN_NORMS_TABLE):
        set_known_norms(doc, nlp.vocab.lookups.get_table(KNOWN_NORMS_TABLE))
    return doc


def _matches(doc: Doc, source: str) -> list[EntityMatch]:
    return [
        EntityMatch(ent.start_char, ent.end_char, cast(Label, ent.label_), None, source)
        for ent in doc.ents
        if ent.label_ in LABELS
    ]


def tag_normalised(
    texts: Iterable[str], *, nlp: Language | None = None, source: str | None = None, batch_size: int = 64
) -> Iterator[list[EntityMatch]]:
    """Run a model over already-normalised texts, one list of matches per text, in order."""
    model = nlp if nlp is not None else load_model()
    label = source if source is not None else f"model:{model.meta.get('version', MODEL_VERSION)}"
    docs = (make_doc(model, text) for text in texts)
    for doc in model.pipe(docs, batch_size=batch_size):
        yield _matches(doc, label)


def model_entities(text: str) -> list[EntityMatch]:
    """Entities the shipped model finds; offsets index ``normalise_text(text).text``.

    >>> [(m.label, m.source.startswith("model:")) for m in model_entities("রোববার ফেসবুক বন্ধ ছিল।")]
    [('SERVICE', True)]
    """
    return next(tag_normalised([normalise_text(text).text]))


def model_entities_many(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[list[EntityMatch]]:
    """:func:`model_entities` for many texts, batched through ``nlp.pipe``; same order."""
    return tag_normalised((normalise_text(t).text for t in texts), batch_size=batch_size)
