"""A name-disjoint train/dev/test split of the repo's NER corpus.

``python -m bengali_outage.train.split`` writes ``fixtures/ner/split.json``:
``{"train": [ids], "dev": [ids], "test": [ids], "test_unseen_names": [names]}``.

About 40% of the corpus's distinct entity names are held out. Candidates are
the less-known names: those in at most ``MAX_CANDIDATE_SENTENCES`` sentences
and found nowhere in the CC0 training corpus, so "unseen" means unseen by the
whole training run. They are drawn in a seeded order, cheapest first in the
sense that a name whose sentences are already in test costs nothing, while
the test split stays under ``MAX_TEST_FRACTION`` of the corpus. A sentence goes
to test whenever it names a held-out entity or contains a held-out name
anywhere in its text; the rest are split into train and dev with the same seed.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from bengali_outage.train.corpus import REPO, Sentence, read_corpus
from bengali_outage.train.data import DEFAULT_CC0_DIR, read_cc0

SPLIT: Final = REPO / "fixtures" / "ner" / "split.json"
SEED: Final = 20251118
HELD_OUT_NAME_FRACTION: Final = 0.40
MAX_CANDIDATE_SENTENCES: Final = 3
MAX_TEST_FRACTION: Final = 0.33
DEV_FRACTION: Final = 0.12


def _sentences_with(name: str, sentences: Sequence[Sentence]) -> set[str]:
    return {s.id for s in sentences if name in s.names or name in s.text}


def make_split(
    sentences: Sequence[Sentence], other_texts: Sequence[str], *, seed: int = SEED
) -> dict[str, list[str]]:
    """Split ``sentences``; no held-out name may occur in ``other_texts`` (other training data)."""
    names = sorted({n for s in sentences for n in s.names})
    reach = {n: _sentences_with(n, sentences) for n in names}
    other = "\n".join(other_texts)
    candidates = [n for n in names if len(reach[n]) <= MAX_CANDIDATE_SENTENCES and n not in other]
    rng = random.Random(seed)
    rng.shuffle(candidates)
    target = round(len(names) * HELD_OUT_NAME_FRACTION)
    cap = int(len(sentences) * MAX_TEST_FRACTION)
    held: list[str] = []
    test: set[str] = set()
    while candidates and len(held) < target:
        # The cheapest candidate next (ties keep the seeded order), so names that share
        # sentences are held out together and the test split stays small.
        best = min(range(len(candidates)), key=lambda i: len(reach[candidates[i]] - test))
        name = candidates.pop(best)
        if len(test | reach[name]) > cap:
            continue
        held.append(name)
        test |= reach[name]
    rest = [s.id for s in sentences if s.id not in test]
    rng.shuffle(rest)
    n_dev = round(len(rest) * DEV_FRACTION)
    order = {s.id: i for i, s in enumerate(sentences)}
    return {
        "train": sorted(rest[n_dev:], key=order.__getitem__),
        "dev": sorted(rest[:n_dev], key=order.__getitem__),
        "test": sorted(test, key=order.__getitem__),
        "test_unseen_names": sorted(held),
    }


def read_split(path: Path = SPLIT) -> dict[str, list[str]]:
    """Read ``split.json``."""
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def main(argv: Sequence[str] | None = None) -> None:
    """Write ``fixtures/ner/split.json`` and print its sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cc0", type=Path, default=DEFAULT_CC0_DIR, help="CC0 corpus directory")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    sentences = read_corpus()
    rows, _ = read_cc0(args.cc0)
    split = make_split(sentences, [r.text for r in rows], seed=args.seed)
    SPLIT.write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    names = {n for s in sentences for n in s.names}
    print(
        f"train {len(split['train'])}, dev {len(split['dev'])}, test {len(split['test'])}; "
        f"{len(split['test_unseen_names'])} of {len(names)} names held out"
    )


if __name__ == "__main__":
    main()
