"""The tokeniser corpus (fixtures/corpus/tokens.toml) is the test."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from bengali_outage import tokenise
from bengali_outage._script import normalise_text
from bengali_outage._tokenise import sentences
from tests.conftest import FIXTURES

CORPUS: dict[str, Any] = tomllib.loads((FIXTURES / "corpus" / "tokens.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", CORPUS["example"], ids=[e["text"] for e in CORPUS["example"]])
def test_tokenise_cuts_as_a_reader_would(example: dict[str, Any]) -> None:
    assert tokenise(example["text"]) == example["tokens"]


@pytest.mark.parametrize("case", CORPUS["sentences"], ids=[c["text"][:20] for c in CORPUS["sentences"]])
def test_sentences_end_at_danda_marks_and_line_breaks(case: dict[str, Any]) -> None:
    text = normalise_text(case["text"]).text
    got = [text[s:e] for s, e in sentences(text)]
    assert got == [normalise_text(x).text for x in case["expected"]]


def test_tokens_cover_the_text_without_overlap() -> None:
    text = "রাত ৮টা নাগাদ এক্স-এর ১১,৫০০-এর বেশি অভিযোগ (Downdetector.com)।"
    pieces = tokenise(text)
    joined = "".join(pieces)
    assert joined == text.replace(" ", "")
