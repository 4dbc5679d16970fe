"""Build the table of common Bengali words that the cue rules never read as part of a name.

A contextual rule (``tag/cues.py``) that reads an unknown name after a type word
(``মেসেজিং অ্যাপ কাকাওটক বসে যায়``) must know where the name stops. Bengali has no
capital letters, so it stops at the first *common* word: one seen at least
``MIN_COUNT`` times outside entity spans, and more often outside them than inside,
in the training text (the CC0 corpus's training part and the repo corpus's train
and dev splits and its training-only sentences; never a test sentence), plus spaCy's Bengali stop words. Words are stored folded
(``registry.fold``), one a line, in ``bengali_outage/data/common_words.txt``.

``python -m bengali_outage.train.common_words [--cc0 DIR]`` rebuilds it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from spacy.lang.bn.stop_words import STOP_WORDS

from bengali_outage.tag.registry import ATOM, fold
from bengali_outage.train.corpus import EXTRA, read_corpus
from bengali_outage.train.data import DEFAULT_CC0_DIR, read_cc0, split_cc0
from bengali_outage.train.split import read_split
from bengali_outage.train.train import SEED

OUTPUT: Final = Path(__file__).resolve().parents[1] / "data" / "common_words.txt"
MIN_COUNT: Final = 3
HEADER: Final = (
    "# Common words (folded), built by python -m bengali_outage.train.common_words; do not edit.\n"
)


def count_words(
    texts: Iterable[tuple[str, Sequence[tuple[int, int, str]]]],
) -> tuple[Counter[str], Counter[str]]:
    """Count each folded word's occurrences outside and inside entity spans."""
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for text, spans in texts:
        for m in ATOM.finditer(text):
            if m.group("bengali") is None:
                continue
            word = fold(m.group())
            within = any(s <= m.start() and m.end() <= e for s, e, _ in spans)
            (inside if within else outside)[word] += 1
    return outside, inside


def common_words(outside: Counter[str], inside: Counter[str], min_count: int = MIN_COUNT) -> list[str]:
    """Words seen ``min_count`` times outside names and more often outside than inside.

    >>> common_words(Counter({"বন্ধ": 5, "সোনালী": 3}), Counter({"সোনালী": 4}))
    ['বন্ধ']
    """
    return sorted(w for w, n in outside.items() if n >= min_count and n > inside[w])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="rebuild bengali_outage/data/common_words.txt")
    parser.add_argument("--cc0", type=Path, default=DEFAULT_CC0_DIR, help="directory of the CC0 corpus")
    args = parser.parse_args(argv)
    texts = training_texts(args.cc0)
    table = table_lines(texts)
    OUTPUT.write_text(table, encoding="utf-8")
    print(f"{table.count(chr(10)) - 1} common words from {len(texts)} sentences -> {OUTPUT}")


Annotated = list[tuple[str, Sequence[tuple[int, int, str]]]]


def training_sources(cc0_dir: Path = DEFAULT_CC0_DIR) -> tuple[Annotated, Annotated]:
    """The training text with its entity spans, as (CC0 corpus's training part, repo corpus's
    train and dev splits and training-only sentences); never a test sentence."""
    rows, _ = read_cc0(cc0_dir)
    cc0_train, _ = split_cc0(rows, seed=SEED)
    split = read_split()
    keep = set(split["train"]) | set(split["dev"])
    corpus = [s for s in read_corpus() if s.id in keep] + read_corpus(EXTRA)
    return [(r.text, r.char_entities()) for r in cc0_train], [(s.text, s.entities) for s in corpus]


def training_texts(cc0_dir: Path = DEFAULT_CC0_DIR) -> Annotated:
    """Both parts of :func:`training_sources`, CC0 first."""
    cc0, repo = training_sources(cc0_dir)
    return cc0 + repo


def table_lines(texts: Iterable[tuple[str, Sequence[tuple[int, int, str]]]]) -> str:
    """The file's text: the header, then the common words and spaCy's stop words, sorted."""
    words = sorted(set(common_words(*count_words(texts))) | {fold(w) for w in STOP_WORDS})
    return HEADER + "".join(w + "\n" for w in words)


if __name__ == "__main__":
    main()
