"""The training run: ``python -m bengali_outage.train``.

1. Read the CC0 corpus in place (``--cc0``) and hold out a fixed 10% of it.
2. Read the repo corpus and its name-disjoint split (``fixtures/ner``), plus the
   training-only sentences (``train_extra``); the train split with them is repeated ``--oversample`` times and joined by ``--augment``
   copies in which every entity name is swapped for another training name of
   the same label (case endings kept), so the model learns contexts, not names.
3. Write DocBins to a temporary directory and train with spaCy's own
   ``train`` from ``bengali_outage/train/config.cfg``.
4. Score the best model on the two held-out sets and write it, with a
   ``meta.json`` recording data, config hash, seed and scores, to
   ``bengali_outage/data/ner`` (``--output``).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import regex
import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Corpus, Example
from spacy.util import registry

from bengali_outage.tag.model import (
    KNOWN_NORMS_TABLE,
    MODEL_DIR,
    UNKNOWN_NORM,
    set_known_norms,
    tag_normalised,
    tokeniser_nlp,
)
from bengali_outage.train.corpus import CORPUS, EXTRA, REPO, Sentence, read_corpus
from bengali_outage.train.data import (
    CC0_COMMIT,
    CC0_HELDOUT_FRACTION,
    CC0_LICENCE,
    CC0_NAME,
    DEFAULT_CC0_DIR,
    CC0Row,
    cc0_doc,
    corpus_doc,
    read_cc0,
    split_cc0,
)
from bengali_outage.train.evaluate import recall_of, score
from bengali_outage.train.split import SPLIT, read_split

CONFIG: Final = Path(__file__).with_name("config.cfg")
MODEL_NAME: Final = "outage_ner"
MODEL_VERSION: Final = "0.2.0"
SEED: Final = 13
CC0_DEV_ROWS: Final = 150
# A norm seen fewer times than this in the (unaugmented) training text is <unk>.
MIN_KNOWN_COUNT: Final = 3

# Bengali vowel signs and independent vowels: a name ending in one takes -র/-য়,
# a name ending in a consonant takes -ের/-ে, so swaps keep the final sound's class.
_CLUSTERS: Final = regex.compile(r"\X")
_VOWELS: Final = frozenset("অআইঈউঊঋএঐওঔ\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc")


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ending_class(name: str) -> str:
    last = name[-1]
    if last.isascii():
        return "latin"
    return "vowel" if last in _VOWELS else "consonant"


def synthetic_name(name: str, choices: Sequence[str], rng: random.Random) -> str:
    """A name no text contains: the head of one training name joined to the tail of another.

    Multi-word names swap words (a first name with another's surname); one-word
    names are cut between letters (grapheme clusters), so the new word keeps the
    tail, and with it the final sound, of a name that takes the same endings.
    """
    head, tail = rng.choice(choices), rng.choice(choices)
    head_words, tail_words = head.split(), tail.split()
    if len(head_words) > 1 and len(tail_words) > 1:
        return " ".join(head_words[: rng.randint(1, len(head_words) - 1)] + tail_words[1:])
    a, b = _CLUSTERS.findall(head_words[0]), _CLUSTERS.findall(tail_words[-1])
    if len(a) < 2 or len(b) < 2:
        return tail
    made_up = a[: rng.randint(1, len(a) - 1)] + b[rng.randint(1, len(b) - 1) :]
    return "".join(made_up) if len(made_up) >= 3 else tail


def swap_names(
    sentence: Sentence,
    pool: Mapping[str, Sequence[str]],
    rng: random.Random,
    *,
    synthetic: float = 0.5,
    avoid: frozenset[str] = frozenset(),
) -> Sentence:
    """A copy of ``sentence`` with each entity's name replaced by another of its label.

    With probability ``synthetic`` the new name is made up (:func:`synthetic_name`), so the
    model meets names it cannot have memorised; a made-up name in ``avoid`` (held-out
    names, and ordinary words, so that no real word is taught as a name) is not used.
    """
    parts: list[str] = []
    entities: list[tuple[int, int, str]] = []
    names: list[str] = []
    last = 0
    pos = 0
    for (start, end, label), name in zip(sentence.entities, sentence.names, strict=True):
        surface = sentence.text[start:end]
        choices = [n for n in pool.get(label, ()) if _ending_class(n) == _ending_class(name) and n != name]
        if surface.startswith(name) and choices:
            new_name = rng.choice(choices)
            if rng.random() < synthetic:
                made_up = synthetic_name(name, choices, rng)
                new_name = made_up if made_up not in avoid else new_name
            surface = new_name + surface[len(name) :]
        else:
            new_name = name
        gap = sentence.text[last:start]
        parts += [gap, surface]
        pos += len(gap)
        entities.append((pos, pos + len(surface), label))
        names.append(new_name)
        pos += len(surface)
        last = end
    parts.append(sentence.text[last:])
    return Sentence(sentence.id + "-swap", "".join(parts), tuple(entities), tuple(names))


def known_norm_corpus(
    path: Path, known_words: Path, entity_unk: float = 0.0, seed: int = SEED
) -> Callable[[Language], Iterator[Example]]:
    """spaCy's ``Corpus`` (stored tokens kept) with rare norms set to ``<unk>``, as at run time.

    With ``entity_unk`` > 0, each gold entity's tokens also get ``<unk>`` with that
    probability (fresh each epoch), so a name the model knows is sometimes hidden and
    it must learn the entity from its context as well.
    """
    corpus = Corpus(path, gold_preproc=True)
    known = frozenset(Path(known_words).read_text(encoding="utf-8").split("\n"))
    rng = random.Random(seed)

    def read(nlp: Language) -> Iterator[Example]:
        for example in corpus(nlp):
            predicted = set_known_norms(example.predicted, known)
            if entity_unk > 0:
                for ent in example.reference.ents:
                    if rng.random() < entity_unk:
                        for token in predicted[ent.start : ent.end]:
                            token.norm_ = UNKNOWN_NORM
            yield example

    return read


registry.readers.register("bengali_outage.KnownNormCorpus.v1", func=known_norm_corpus)


def known_norms(docs: Sequence[Doc]) -> list[str]:
    """Norms seen at least ``MIN_KNOWN_COUNT`` times, sorted."""
    counts = Counter(t.norm_ for doc in docs for t in doc)
    return sorted(n for n, c in counts.items() if c >= MIN_KNOWN_COUNT)


def _write(docs: Sequence[Doc], path: Path) -> None:
    DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False, docs=docs).to_disk(path)


def _evaluate(nlp: Language, texts: Sequence[str], gold: Sequence[list[tuple[int, int, str]]]) -> Any:
    predicted = [[(m.start, m.end, m.label) for m in ms] for ms in tag_normalised(texts, nlp=nlp)]
    return score(gold, predicted), predicted


def heldout_scores(
    nlp: Language, test: Sequence[Sentence], unseen: frozenset[str], cc0_heldout: Sequence[CC0Row]
) -> dict[str, Any]:
    """Scores on the corpus's name-disjoint test split and the CC0 held-out rows."""
    gold = [list(s.entities) for s in test]
    corpus_scores, predicted = _evaluate(nlp, [s.text for s in test], gold)
    unseen_gold = [[e for e, n in zip(s.entities, s.names, strict=True) if n in unseen] for s in test]
    cc0_scores, _ = _evaluate(nlp, [r.text for r in cc0_heldout], [r.char_entities() for r in cc0_heldout])
    return {
        "corpus_test": {"sentences": len(test), **corpus_scores.as_dict()},
        "corpus_test_unseen_names_recall": recall_of(unseen_gold, predicted).as_dict()["r"],
        "cc0_heldout": {"sentences": len(cc0_heldout), **cc0_scores.as_dict()},
    }


def run(
    *,
    cc0_dir: Path = DEFAULT_CC0_DIR,
    output: Path = MODEL_DIR,
    oversample: int = 2,
    augment: int = 5,
    seed: int = SEED,
    config: Path = CONFIG,
    overrides: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Train, score and write the model; return what went into ``meta.json``."""
    started = time.monotonic()
    sentences = read_corpus()
    by_id = {s.id: s for s in sentences}
    split = read_split()
    extra = read_corpus(EXTRA)
    train = [by_id[i] for i in split["train"]] + extra  # the training-only sentences join the train split
    dev = [by_id[i] for i in split["dev"]]
    test = [by_id[i] for i in split["test"]]
    rows, dropped = read_cc0(cc0_dir)
    cc0_train, cc0_heldout = split_cc0(rows, seed=seed)
    rng = random.Random(seed)
    cc0_dev = rng.sample(cc0_train, CC0_DEV_ROWS)
    dev_ids = {r.index for r in cc0_dev}
    cc0_train = [r for r in cc0_train if r.index not in dev_ids]

    pool: dict[str, list[str]] = {}
    for s in train:
        for (_, _, label), name in zip(s.entities, s.names, strict=True):
            if name not in pool.setdefault(label, []):
                pool[label].append(name)
    nlp = tokeniser_nlp()
    services = sorted(pool.get("SERVICE", []), key=len, reverse=True)
    train_docs = [cc0_doc(nlp.vocab, r, services) for r in cc0_train]
    originals = [corpus_doc(nlp, s) for s in train]
    known = known_norms([*train_docs, *originals])
    for _ in range(oversample):
        train_docs += [corpus_doc(nlp, s) for s in train]
    # Made-up names that happen to equal a held-out test name, or any word of the
    # training text, are skipped: the test split's names stay unseen, and no
    # ordinary word (পরের, বাই) is taught as a name.
    avoid = frozenset(split["test_unseen_names"]) | frozenset(
        w for text in [*(s.text for s in train), *(r.text for r in cc0_train)] for w in text.split()
    )
    for _ in range(augment):
        train_docs += [corpus_doc(nlp, swap_names(s, pool, rng, avoid=avoid)) for s in train]
    rng.shuffle(train_docs)
    dev_docs = [corpus_doc(nlp, s) for s in dev] + [cc0_doc(nlp.vocab, r, services) for r in cc0_dev]

    with tempfile.TemporaryDirectory(prefix="bengali-outage-ner-") as tmp:
        work = Path(tmp)
        _write(train_docs, work / "train.spacy")
        _write(dev_docs, work / "dev.spacy")
        (work / "known.txt").write_text("\n".join(known), encoding="utf-8")
        settings = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "paths.known_words": str(work / "known.txt"),
            "system.seed": seed,
            **(overrides or {}),
        }
        spacy_train(config, work / "out", overrides=settings)
        trained = spacy.load(work / "out" / "model-best")
    trained.vocab.lookups.add_table(KNOWN_NORMS_TABLE, dict.fromkeys(known, 1))
    seconds = round(time.monotonic() - started, 1)

    unseen = frozenset(split["test_unseen_names"])
    scores = heldout_scores(trained, test, unseen, cc0_heldout)
    trained.meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "Bengali outage-news NER (SERVICE, ORG, PERSON, GPE, MONITOR, GROUP); CNN tok2vec",
            "license": "MIT",
            "author": "bengali_outage",
            "sources": [
                {"name": CC0_NAME, "commit": CC0_COMMIT, "license": CC0_LICENCE},
                {"name": "bengali_outage fixtures/ner/outage_sentences.jsonl", "license": "MIT"},
                {"name": "bengali_outage fixtures/ner/train_extra.jsonl", "license": "MIT"},
            ],
        }
    )
    record: dict[str, Any] = {
        "training_data": {
            "cc0": {
                "name": CC0_NAME,
                "commit": CC0_COMMIT,
                "licence": CC0_LICENCE,
                "rows_used": len(rows),
                "rows_dropped_tag_mismatch": dropped,
                "train_rows": len(cc0_train),
                "dev_rows": len(cc0_dev),
                "heldout_rows": len(cc0_heldout),
                "heldout_fraction": CC0_HELDOUT_FRACTION,
            },
            "corpus": {
                "file": str(CORPUS.relative_to(REPO)),
                "sha256": sha256(CORPUS),
                "split_file": str(SPLIT.relative_to(REPO)),
                "split_sha256": sha256(SPLIT),
                "train": len(train) - len(extra),
                "training_only_file": str(EXTRA.relative_to(REPO)),
                "training_only_sha256": sha256(EXTRA),
                "training_only": len(extra),
                "dev": len(dev),
                "test": len(test),
                "oversample": oversample,
                "augment": augment,
                "known_norms": len(known),
                "min_known_count": MIN_KNOWN_COUNT,
            },
        },
        "config": str(config.relative_to(REPO)) if config.is_relative_to(REPO) else str(config),
        "config_sha256": sha256(config),
        "config_overrides": {k: v for k, v in (overrides or {}).items()},
        "seed": seed,
        "training_seconds": seconds,
        "heldout_scores": scores,
    }
    trained.meta["bengali_outage"] = record
    if output.exists():
        shutil.rmtree(output)
    trained.to_disk(output)
    return record


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m bengali_outage.train", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--cc0", type=Path, default=DEFAULT_CC0_DIR, help="directory of the CC0 corpus")
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="where to write the pipeline")
    parser.add_argument("--oversample", type=int, default=2, help="copies of the corpus train split")
    parser.add_argument("--augment", type=int, default=5, help="name-swapped copies of the train split")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--config", type=Path, default=CONFIG, help="spaCy config (for experiments)")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    args = parser.parse_args(argv)
    overrides = {"training.max_steps": args.max_steps} if args.max_steps is not None else {}
    record = run(
        cc0_dir=args.cc0,
        output=args.output,
        oversample=args.oversample,
        augment=args.augment,
        seed=args.seed,
        config=args.config,
        overrides=overrides,
    )
    scores = record["heldout_scores"]
    print(f"trained in {record['training_seconds']} s; written to {args.output}")
    for key in ("corpus_test", "cc0_heldout"):
        s = scores[key]
        print(f"{key}: P {s['p']:.3f} R {s['r']:.3f} F {s['f']:.3f}")
    print(f"unseen-name recall: {scores['corpus_test_unseen_names_recall']:.3f}")
