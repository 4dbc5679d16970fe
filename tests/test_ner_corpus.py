"""The repo's NER corpus (fixtures/ner): well-formed spans, NFC text, a name-disjoint split;
its training-only sentences and the blind evaluation set."""

from __future__ import annotations

import unicodedata

import pytest

from bengali_outage._script import normalise_text
from bengali_outage.train.corpus import EXTRA as EXTRA_FILE
from bengali_outage.train.corpus import (
    EXTRA_SOURCE,
    LABELS,
    REPO,
    SOURCE,
    Sentence,
    parse_line,
    parse_source,
    read_corpus,
)
from bengali_outage.train.split import make_split, read_split

from .conftest import SHARED

CORPUS = read_corpus()
BLIND_SOURCE = REPO / "fixtures" / "ner" / "blind_sentences.src.txt"
BLIND2_SOURCE = REPO / "fixtures" / "ner" / "blind2_sentences.src.txt"
SPLIT = read_split()
BY_ID = {s.id: s for s in CORPUS}


def test_corpus_is_large_enough_and_ids_are_unique() -> None:
    assert len(CORPUS) >= 600
    assert len(BY_ID) == len(CORPUS)


def test_corpus_jsonl_is_built_from_its_markup_source() -> None:
    assert list(parse_source(SOURCE.read_text(encoding="utf-8").splitlines())) == CORPUS


@pytest.mark.parametrize("sentence", CORPUS, ids=[s.id for s in CORPUS])
def test_corpus_sentence_is_well_formed(sentence: Sentence) -> None:
    text = sentence.text
    assert unicodedata.is_normalized("NFC", text)
    assert normalise_text(text).text == text
    assert len(sentence.names) == len(sentence.entities)
    previous_end = 0
    for start, end, label in sentence.entities:
        assert 0 <= start < end <= len(text)
        assert start >= previous_end, "spans overlap or are out of order"
        assert label in LABELS
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    assert all(name and name == name.strip() for name in sentence.names)


def test_corpus_uses_every_label() -> None:
    used = {label for s in CORPUS for _, _, label in s.entities}
    assert used == LABELS


def test_markup_keeps_case_endings_inside_the_span() -> None:
    s = parse_line("{ক্লাউডফ্লেয়ার+ের|S} গোলমালে {আমেরিকা+তেই|G}", "s9999")
    assert [s.text[a:b] for a, b, _ in s.entities] == ["ক্লাউডফ্লেয়ারের", "আমেরিকাতেই"]
    assert s.names == ("ক্লাউডফ্লেয়ার", "আমেরিকা")


def test_split_covers_the_corpus_once() -> None:
    parts = [set(SPLIT[k]) for k in ("train", "dev", "test")]
    assert sum(map(len, parts)) == len(CORPUS)
    assert set().union(*parts) == set(BY_ID)


def test_split_holds_out_about_forty_percent_of_names() -> None:
    names = {n for s in CORPUS for n in s.names}
    assert 0.35 <= len(SPLIT["test_unseen_names"]) / len(names) <= 0.45


def test_no_held_out_name_appears_in_train_or_dev() -> None:
    held = set(SPLIT["test_unseen_names"])
    for sentence_id in SPLIT["train"] + SPLIT["dev"]:
        sentence = BY_ID[sentence_id]
        assert not held & set(sentence.names), sentence_id
        assert not [n for n in held if n in sentence.text], sentence_id


def test_every_held_out_name_is_in_the_test_split() -> None:
    test_names = {n for i in SPLIT["test"] for n in BY_ID[i].names}
    assert set(SPLIT["test_unseen_names"]) <= test_names


def test_split_is_reproducible_from_its_script() -> None:
    cc0 = SHARED / "data" / "bengali-ner-data"
    if not (cc0 / "main.jsonl").is_file():
        pytest.skip(f"CC0 corpus not found at {cc0} (it lives beside the repo in ../shared)")
    from bengali_outage.train.data import read_cc0

    rows, _ = read_cc0(cc0)
    assert make_split(CORPUS, [r.text for r in rows]) == SPLIT


EXTRA = read_corpus(EXTRA_FILE)
BLIND = list(parse_source(BLIND_SOURCE.read_text(encoding="utf-8").splitlines(), "b"))
BLIND2 = list(parse_source(BLIND2_SOURCE.read_text(encoding="utf-8").splitlines(), "c"))


def test_training_only_sentences_are_built_from_their_source() -> None:
    assert list(parse_source(EXTRA_SOURCE.read_text(encoding="utf-8").splitlines(), "x")) == EXTRA
    assert len(EXTRA) >= 400
    assert not {s.id for s in EXTRA} & set(BY_ID)


def test_no_held_out_name_appears_in_the_training_only_sentences() -> None:
    held = set(SPLIT["test_unseen_names"])
    for sentence in EXTRA:
        assert not [n for n in held if n in sentence.text], sentence.id


@pytest.mark.parametrize("sentence", EXTRA + BLIND + BLIND2, ids=[s.id for s in EXTRA + BLIND + BLIND2])
def test_extra_and_blind_sentences_are_normalised(sentence: Sentence) -> None:
    assert normalise_text(sentence.text).text == sentence.text
    assert all(sentence.text[s:e] == sentence.text[s:e].strip() for s, e, _ in sentence.entities)


@pytest.mark.parametrize("blind", [BLIND, BLIND2], ids=["blind", "blind2"])
def test_blind_sets_use_every_label(blind: list[Sentence]) -> None:
    assert len(blind) >= 200
    assert {label for s in blind for _, _, label in s.entities} == LABELS
