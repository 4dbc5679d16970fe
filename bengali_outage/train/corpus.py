"""The repo's own NER corpus: its markup source, and the JSONL built from it.

``fixtures/ner/outage_sentences.src.txt`` holds one sentence a line, written for
this project, with entities marked inline as ``{surface|L}`` or
``{surface|L|canonical name}``. A ``+`` inside a surface separates the name from
its case ending and is dropped, so ``{এক্স+-এর|S}`` is the span ``এক্স-এর``
named ``এক্স``. ``L`` is one letter (see ``LABEL_CODES``). Lines starting with
``#`` and blank lines are skipped.

``python -m bengali_outage.train.corpus`` rebuilds
``fixtures/ner/outage_sentences.jsonl``: one object a line,
``{"id", "text", "entities": [[start, end, label]], "names": [...]}`` with
Python string offsets into NFC text with ASCII quotes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import regex

from bengali_outage._script import normalise_text
from bengali_outage.models import Label

REPO: Final = Path(__file__).resolve().parents[2]
SOURCE: Final = REPO / "fixtures" / "ner" / "outage_sentences.src.txt"
CORPUS: Final = REPO / "fixtures" / "ner" / "outage_sentences.jsonl"
# Training-only sentences (never split, never tested on): no held-out test name occurs in them.
EXTRA_SOURCE: Final = REPO / "fixtures" / "ner" / "train_extra.src.txt"
EXTRA: Final = REPO / "fixtures" / "ner" / "train_extra.jsonl"

# fmt: off
LABEL_CODES: Final[dict[str, Label]] = {
    "S": "SERVICE", "O": "ORG", "P": "PERSON", "G": "GPE", "M": "MONITOR", "H": "GROUP",
}
# fmt: on
LABELS: Final[frozenset[str]] = frozenset(LABEL_CODES.values())

_MARK: Final = regex.compile(r"\{([^{}|]+)\|([A-Z])(?:\|([^{}|]+))?\}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One annotated sentence: text, ``(start, end, label)`` spans, and entity names."""

    id: str
    text: str
    entities: tuple[tuple[int, int, str], ...]
    names: tuple[str, ...]

    def to_json(self) -> str:
        record = {
            "id": self.id,
            "text": self.text,
            "entities": [list(e) for e in self.entities],
            "names": list(self.names),
        }
        return json.dumps(record, ensure_ascii=False)


def _norm(text: str) -> str:
    return normalise_text(text).text


def parse_line(line: str, sentence_id: str) -> Sentence:
    """Turn one marked-up line into a :class:`Sentence`.

    >>> s = parse_line("{এক্স+-এর|S} সমস্যা {ভারত+ে|G}", "s0001")
    >>> s.text, s.entities, s.names
    ('এক্স-এর সমস্যা ভারতে', ((0, 7, 'SERVICE'), (15, 20, 'GPE')), ('এক্স', 'ভারত'))
    """
    parts: list[str] = []
    entities: list[tuple[int, int, str]] = []
    names: list[str] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(line):
        plain = _norm(line[last : m.start()])
        parts.append(plain)
        pos += len(plain)
        surface_marked, code, canonical = m.group(1), m.group(2), m.group(3)
        if code not in LABEL_CODES:
            raise ValueError(f"{sentence_id}: unknown label code {code!r} in {m.group()!r}")
        surface = _norm(surface_marked.replace("+", ""))
        name = canonical if canonical is not None else surface_marked.split("+", 1)[0]
        parts.append(surface)
        entities.append((pos, pos + len(surface), LABEL_CODES[code]))
        names.append(_norm(name.strip()))
        pos += len(surface)
        last = m.end()
    parts.append(_norm(line[last:]))
    text = "".join(parts)
    if "{" in text or "}" in text:
        raise ValueError(f"{sentence_id}: unbalanced markup in {line!r}")
    if _norm(text) != text:
        raise ValueError(f"{sentence_id}: text is not stable under normalise_text: {line!r}")
    for start, end, _ in entities:
        span = text[start:end]
        if span != span.strip() or not span:
            raise ValueError(f"{sentence_id}: span {span!r} has outer whitespace or is empty")
    return Sentence(sentence_id, text, tuple(entities), tuple(names))


def parse_source(lines: Iterable[str], prefix: str = "s") -> Iterator[Sentence]:
    """Parse the markup source, numbering sentences ``s0001``, ``s0002``, ... in order."""
    n = 0
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        n += 1
        yield parse_line(line, f"{prefix}{n:04d}")


def read_corpus(path: Path = CORPUS) -> list[Sentence]:
    """Read the built JSONL corpus."""
    out: list[Sentence] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            entities = tuple((int(s), int(e), str(lab)) for s, e, lab in record["entities"])
            out.append(Sentence(record["id"], record["text"], entities, tuple(record["names"])))
    return out


def write_corpus(sentences: Sequence[Sentence], path: Path = CORPUS) -> None:
    """Write sentences as JSONL, one object a line."""
    path.write_text("".join(s.to_json() + "\n" for s in sentences), encoding="utf-8")


def main() -> None:
    """Rebuild both JSONL files (corpus ``s…``, training-only ``x…``) from their markup and summarise."""
    for source, target, prefix in ((SOURCE, CORPUS, "s"), (EXTRA_SOURCE, EXTRA, "x")):
        sentences = list(parse_source(source.read_text(encoding="utf-8").splitlines(), prefix))
        write_corpus(sentences, target)
        labels: dict[str, int] = {}
        for s in sentences:
            for _, _, label in s.entities:
                labels[label] = labels.get(label, 0) + 1
        distinct = {n for s in sentences for n in s.names}
        print(
            f"{target.name}: {len(sentences)} sentences, {sum(labels.values())} entities, "
            f"{len(distinct)} names: {labels}"
        )


if __name__ == "__main__":
    main()
