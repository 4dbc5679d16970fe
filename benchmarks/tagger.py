"""Speed of the rules tagger, and of the merged tagger (rules, shipped model, merge): articles/s and words/s.

Articles are made by shuffling the sentences of ``fixtures/corpus/entities.toml``
into ~3 KB texts (seeded, so runs compare); the real seed articles in
``../shared/seeds`` are timed too when that folder exists. Prints figures only.

    python benchmarks/tagger.py [--articles 2000] [--merged-articles 300]

"merged" runs ``tag.merge.tag_entities``: the rules, the shipped NER model and the
``rules-first`` merge, one text at a time on one core, as ``extract`` does.
"""

from __future__ import annotations

import argparse
import random
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from bengali_outage._script import normalise_text
from bengali_outage.tag.merge import tag_entities
from bengali_outage.tag.model import MODEL_DIR, load_model
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


def _rules(text: str) -> int:
    return len(find_entities(text)) + len(find_region_markers(text))


def _merged(text: str) -> int:
    return len(tag_entities(text)) + len(find_region_markers(text))


def time_tagging(label: str, texts: Sequence[str], repeat: int = 1, *, merged: bool = False) -> None:
    normalised = [normalise_text(t).text for t in texts]
    words = sum(len(t.split()) for t in normalised) * repeat
    entities = 0
    tag = _merged if merged else _rules
    start = time.perf_counter()
    for _ in range(repeat):
        for text in normalised:
            entities += tag(text)
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
    parser.add_argument(
        "--merged-articles", type=int, default=300, help="synthetic articles for the merged tagger"
    )
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
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    load_model()
    tag_entities("উষ্ণ করার জন্য একটি বাক্য।")  # load once before timing
    print(f"merged tagger, model {MODEL_DIR.name} ({size / 1e6:.1f} MB):")
    time_tagging("merged, synthetic", synthetic_articles(args.merged_articles, seed=7), merged=True)
    if seeds:
        texts = [p.read_text(encoding="utf-8") for p in seeds]
        time_tagging(
            f"merged, seeds ({len(texts)})", [f"{t}\n{i}" for i in range(10) for t in texts], merged=True
        )


if __name__ == "__main__":
    main()
