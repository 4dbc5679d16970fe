"""Speed of the registry rules tagger: articles/s and words/s.

Articles are made by shuffling the sentences of ``fixtures/corpus/entities.toml``
into ~3 KB texts (seeded, so runs compare); the real seed articles in
``../shared/seeds`` are timed too when that folder exists. Prints figures only.

    python benchmarks/tagger.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import random
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from bengali_outage._script import normalise_text
from bengali_outage.tag.registry import get_registry
from bengali_outage.tag.rules import find_entities, find_region_markers

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "fixtures" / "corpus" / "entities.toml"
SEEDS = REPO.parent / "shared" / "seeds"
ARTICLE_BYTES = 3_000


def synthetic_articles(count: int, seed: int = 20251118) -> list[str]:
    sentences = [s["text"] for s in tomllib.loads(CORPUS.read_text(encoding="utf-8"))["sentence"]]
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts: list[str] = []
        size = 0
        while size < ARTICLE_BYTES:
            sentence = rng.choice(sentences)
            parts.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
        articles.append(" ".join(parts))
    return articles


def time_tagging(label: str, texts: Sequence[str], repeat: int = 1) -> None:
    normalised = [normalise_text(t).text for t in texts]
    words = sum(len(t.split()) for t in normalised) * repeat
    entities = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for text in normalised:
            entities += len(find_entities(text)) + len(find_region_markers(text))
            # both calls share one cached analysis; clear it between repeats of the same text
    elapsed = time.perf_counter() - start
    n = len(normalised) * repeat
    print(
        f"{label:<22} {n:>6} articles  {words:>9} words  {elapsed:7.2f} s  "
        f"{n / elapsed:8.1f} articles/s  {words / elapsed:10.0f} words/s  {entities / n:6.1f} matches/article"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="synthetic articles to tag")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    reg = get_registry()
    print(f"registry: {len(reg.loose) + len(reg.exact)} keys built in {time.perf_counter() - start:.3f} s")
    time_tagging("synthetic (~3 KB)", synthetic_articles(args.articles))
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        texts = [p.read_text(encoding="utf-8") for p in seeds]
        # The seed set is small: tag it repeatedly, with distinct texts so the cache does not help.
        variants = [f"{t}\n{i}" for i in range(50) for t in texts]
        time_tagging(f"seeds ({len(texts)} files)", variants)
    else:
        print(f"seeds: {SEEDS} not found, skipped")


if __name__ == "__main__":
    main()
