"""Tokeniser speed: tokens/s of the tuned tokeniser beside spaCy's plain ``bn`` one.

    python benchmarks/tokeniser.py [--repeat N]

The corpus is the repository's own fixture articles, repeated. Prints figures; asserts
nothing (timed assertions do not belong in tests).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from bengali_outage._script import normalise_text
from bengali_outage._tokenise import blank_nlp

ROOT = Path(__file__).resolve().parent.parent


def _rate(nlp: spacy.language.Language, texts: list[str]) -> tuple[int, float]:
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(texts))
    return tokens, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20, help="how many times the fixture corpus is repeated")
    args = ap.parse_args()
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    texts = [normalise_text(t).text for t in articles] * args.repeat
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} articles, {size_mb:.1f} MB (fixtures x{args.repeat})")
    for name, nlp in (("spacy.blank('bn')", spacy.blank("bn")), ("bengali_outage tokeniser", blank_nlp())):
        _rate(nlp, texts[:5])  # warm up
        tokens, seconds = _rate(nlp, texts)
        print(f"{name:<26} {tokens:>9,} tokens in {seconds:6.2f} s = {tokens / seconds:>10,.0f} tokens/s")


if __name__ == "__main__":
    main()
