"""Training data: the CC0 Bengali NER corpus read in place, and the repo's own corpus.

The CC0 corpus (``banglakit/bengali-ner-data``) lives outside the repo, in
``../shared/data/bengali-ner-data`` by default; it is read where it is and never
copied here. Each line of its ``main.jsonl`` is ``[sentence, BILOU tags]``. Its
README says one tag per whitespace token, but the tags follow a tokeniser that
also cuts punctuation off (``উঠেছে।`` is two tokens), so :func:`cc0_words`
does the same; the ~3% of lines whose tag count still disagrees are dropped and
counted. ``PERSON``, ``GPE`` and ``ORG`` are kept, ``LAW`` and ``DATE`` dropped.

The CC0 corpus tags telecom operators and platforms (গ্রামীণফোন, ফেসবুক) as
``ORG``; this project calls them ``SERVICE``, so an ``ORG`` span that is one of
the repo corpus's training SERVICE names (with any case ending) is relabelled.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import biluo_tags_to_spans
from spacy.vocab import Vocab

from bengali_outage._script import normalise_text
from bengali_outage.train.corpus import REPO, Sentence

DEFAULT_CC0_DIR: Final = REPO.parent / "shared" / "data" / "bengali-ner-data"
CC0_NAME: Final = "banglakit/bengali-ner-data"
CC0_COMMIT: Final = "8777ed550aff03d5fc8e7900f921ce43bcc76bb0"
CC0_LICENCE: Final = "CC0-1.0"
CC0_KEPT_LABELS: Final = frozenset({"PERSON", "GPE", "ORG"})
CC0_HELDOUT_FRACTION: Final = 0.10

# The punctuation the CC0 corpus's own tokeniser cut off words (after normalise_text,
# which has already turned curly quotes into ASCII ones).
_CC0_PUNCT: Final = "।,?!'\":;()\\-—"
_CC0_TOKEN: Final = regex.compile(rf"[^\s{regex.escape(_CC0_PUNCT)}]+|[{regex.escape(_CC0_PUNCT)}]")


@dataclass(frozen=True, slots=True)
class CC0Row:
    """One usable CC0 line: its index in ``main.jsonl``, normalised text, words and tags."""

    index: int
    text: str
    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    tags: tuple[str, ...]

    def char_entities(self) -> list[tuple[int, int, str]]:
        """Gold ``(start, end, label)`` character spans (kept labels only)."""
        doc = Doc(Vocab(), words=list(self.words), spaces=list(self.spaces))
        return [(s.start_char, s.end_char, s.label_) for s in _spans(doc, self.tags)]


def cc0_words(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Cut a normalised CC0 sentence as its tagger did; return words and trailing-space flags."""
    words: list[str] = []
    spaces: list[bool] = []
    for m in _CC0_TOKEN.finditer(text):
        words.append(m.group())
        spaces.append(m.end() < len(text) and text[m.end()].isspace())
    return tuple(words), tuple(spaces)


def _kept(tag: str) -> str:
    return tag if tag == "O" or tag.split("-", 1)[1] in CC0_KEPT_LABELS else "O"


def _spans(doc: Doc, tags: Sequence[str]) -> list[Span]:
    return list(biluo_tags_to_spans(doc, [_kept(t) for t in tags]))


def read_cc0(directory: Path = DEFAULT_CC0_DIR) -> tuple[list[CC0Row], int]:
    """Read the CC0 corpus in place; return its usable rows and how many lines were dropped."""
    path = directory / "main.jsonl"
    if not path.is_file():
        raise FileNotFoundError(
            f"CC0 corpus not found at {path}; pass --cc0 DIR pointing at a checkout of {CC0_NAME}"
        )
    rows: list[CC0Row] = []
    dropped = 0
    vocab = Vocab()
    with path.open(encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            sentence, tags = json.loads(line)
            text = normalise_text(sentence).text.strip()
            words, spaces = cc0_words(text)
            if len(words) != len(tags):
                dropped += 1
                continue
            try:
                _spans(Doc(vocab, words=list(words), spaces=list(spaces)), tags)
            except ValueError:  # an ill-formed BILOU sequence (spaCy raises ValueError)
                dropped += 1
                continue
            rows.append(CC0Row(index, text, words, spaces, tuple(tags)))
    return rows, dropped


def split_cc0(rows: Sequence[CC0Row], *, seed: int) -> tuple[list[CC0Row], list[CC0Row]]:
    """A fixed ``(train, held_out)`` split: 10% of usable rows, drawn with ``seed``."""
    indices = sorted(r.index for r in rows)
    held = set(random.Random(seed).sample(indices, round(len(indices) * CC0_HELDOUT_FRACTION)))
    return [r for r in rows if r.index not in held], [r for r in rows if r.index in held]


def cc0_doc(vocab: Vocab, row: CC0Row, service_names: Iterable[str]) -> Doc:
    """A gold Doc for one CC0 row, with ORG spans that are known services relabelled."""
    doc = Doc(vocab, words=list(row.words), spaces=list(row.spaces))
    names = tuple(service_names)
    spans = []
    for span in _spans(doc, row.tags):
        label = span.label_
        if label == "ORG" and _is_service(span, names):
            label = "SERVICE"
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return doc


def _is_service(span: Span, names: Sequence[str]) -> bool:
    text = span.text
    return any(text.startswith(n) and len(text.split()) == len(n.split()) for n in names)


def corpus_doc(nlp: Language, sentence: Sentence) -> Doc:
    """A gold Doc for one repo-corpus sentence, tokenised by the project tokeniser."""
    doc = nlp.make_doc(sentence.text)
    spans = []
    for start, end, label in sentence.entities:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            raise ValueError(f"{sentence.id}: span {start}-{end} does not align with any tokens")
        spans.append(span)
    doc.ents = spans
    return doc
