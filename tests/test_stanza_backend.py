"""The optional stanza backend, offline: stanza ``Document``s built from token dicts, no weights.

A fake pipeline stands in for ``stanza.Pipeline``: it cuts the text it is given at spaces and
punctuation and tags the words it was told about, in BIOES or BIO, as stanza's NER does.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from types import ModuleType
from typing import Any, get_args

import pytest
import regex

import bengali_outage as bo
from bengali_outage._script import normalise_text
from bengali_outage.models import Label
from bengali_outage.tag.merge import tag_entities
from bengali_outage.tag.stanza_backend import STANZA_LABELS, entities_from_document, stanza_entities

_WORD = regex.compile(r"[^\s।,]+|[।,]")

# য় written precomposed (U+09DF) twice before the names: normalisation makes each two characters,
# so the normalised offsets the fake pipeline sees run ahead of the caller's text.
TEXT = (
    "কৈমারীর ব্যবসা\u09dfী করিম শেখ জানান, সোমবার সকালে এক্স ডাউন হয়ে যা\u09dfয়।"
    " নীলসাগর কমিউনিকেশনস লিমিটেড দুঃখ প্রকাশ করেছে।"
)
TAGS: Mapping[str, str] = {
    "কৈমারীর": "S-LOC",
    "করিম": "B-PER",
    "শেখ": "E-PER",
    "সোমবার": "S-TIM",  # no counterpart: dropped
    "এক্স": "S-ORG",  # the registry's service X: the rule wins
    "ডাউন": "S-MISC",  # no counterpart: dropped
    "নীলসাগর": "B-ORG",
    "কমিউনিকেশনস": "I-ORG",
    "লিমিটেড": "E-ORG",
}
EXPECTED = {
    ("কৈমারীর", "GPE"),
    ("করিম শেখ", "PERSON"),
    ("নীলসাগর কমিউনিকেশনস লিমিটেড", "ORG"),
}


def _bio(tag: str) -> str:
    return {"S": "B", "E": "I"}.get(tag[0], tag[0]) + tag[1:] if tag != "O" else tag


class FakePipeline:
    """Builds a stanza ``Document`` of the text it is called with, tagging the words in ``tags``."""

    def __init__(self, tags: Mapping[str, str], *, scheme: str = "bioes", processors: Any = None) -> None:
        self.tags = {normalise_text(word).text: tag for word, tag in tags.items()}
        self.scheme = scheme
        self.calls: list[str] = []
        if processors is not None:
            self.processors = processors

    def __call__(self, text: str) -> Any:
        from stanza.models.common.doc import Document

        self.calls.append(text)
        tokens = []
        for i, m in enumerate(_WORD.finditer(text), 1):
            tag = self.tags.get(m.group(), "O")
            tag = _bio(tag) if self.scheme == "bio" else tag
            tokens.append(
                {"id": i, "text": m.group(), "ner": tag, "start_char": m.start(), "end_char": m.end()}
            )
        return Document([tokens], text=text)


@pytest.fixture
def stanza() -> ModuleType:
    module: ModuleType = pytest.importorskip(
        "stanza", reason="the [stanza] extra is not installed: pip install bengali-outage[stanza]"
    )
    return module


@pytest.fixture
def no_downloads(stanza: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to fetch or build a real stanza model fail the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("bengali_outage must not download or build stanza models")

    monkeypatch.setattr(stanza, "download", refuse)
    monkeypatch.setattr(stanza, "Pipeline", refuse)


def test_label_table_maps_onto_library_labels_once() -> None:
    names = [name for name, _ in STANZA_LABELS]
    assert len(names) == len(set(names))
    assert {label for _, label in STANZA_LABELS} <= set(get_args(Label))
    assert dict(STANZA_LABELS) == {
        "PER": "PERSON",
        "PERSON": "PERSON",
        "LOC": "GPE",
        "GPE": "GPE",
        "ORG": "ORG",
    }


@pytest.mark.parametrize("scheme", ["bioes", "bio"])
def test_document_entities_keep_offsets_and_map_labels(stanza: ModuleType, scheme: str) -> None:
    text = normalise_text(TEXT).text
    matches = entities_from_document(FakePipeline(TAGS, scheme=scheme)(text), text, source="stanza:test")
    found = {(text[m.start : m.end], m.label) for m in matches}
    assert found == EXPECTED | {("এক্স", "ORG")}
    assert {(m.id, m.source) for m in matches} == {(None, "stanza:test")}


def test_document_from_another_text_gives_no_entities(stanza: ModuleType) -> None:
    text = normalise_text(TEXT).text
    doc = FakePipeline(TAGS)(text)
    assert entities_from_document(doc, "এ" + text) == []


def test_stanza_entities_runs_the_pipeline_on_the_text_it_is_given(stanza: ModuleType) -> None:
    text = normalise_text(TEXT).text
    fake = FakePipeline(TAGS)
    matches = stanza_entities(text, fake)
    assert fake.calls == [text]
    assert {m.source for m in matches} == {f"stanza:{stanza.__version__}"}


def test_extract_maps_stanza_spans_to_the_original_text(no_downloads: None) -> None:
    assert len(normalise_text(TEXT).text) == len(TEXT) + 2  # the offsets do move
    report = bo.extract(TEXT, backend="stanza", stanza_pipeline=FakePipeline(TAGS))
    stanza_found = {(e.text, e.label) for e in report.entities if e.source.startswith("stanza:")}
    # the context rules find the person and the company themselves (rules first); the place is stanza's
    assert stanza_found == {("কৈমারীর", "GPE")}
    assert {(e.text, e.label) for e in report.entities} >= EXPECTED
    for e in report.entities:
        assert TEXT[e.span.start : e.span.end] == e.text


def test_rule_match_wins_over_an_overlapping_stanza_entity(no_downloads: None) -> None:
    report = bo.extract(TEXT, backend="stanza", stanza_pipeline=FakePipeline(TAGS))
    x = [e for e in report.entities if e.text == "এক্স"]
    assert [(e.label, e.id, e.source.startswith("rule:")) for e in x] == [("SERVICE", "x", True)]
    assert [s.id for s in report.incidents[0].services] == ["x"]


def test_stanza_backend_replaces_the_shipped_model(no_downloads: None) -> None:
    text = normalise_text(TEXT).text
    matches = tag_entities(text, backend="stanza", stanza_pipeline=FakePipeline({}))
    assert matches == tag_entities(text, backend="rules")
    assert not any(m.source.startswith(("model:", "stanza:")) for m in matches)


def test_rules_backend_runs_only_the_rules() -> None:
    report = bo.extract(TEXT, backend="rules")
    assert report.entities
    assert all(e.source.startswith("rule:") for e in report.entities)
    # The registry knows none of these names; context rules find two (a role and a family
    # name, a company head word), the place only stanza's fake does.
    found = {(e.text, e.label) for e in report.entities}
    assert ("কৈমারীর", "GPE") not in found
    assert EXPECTED - found == {("কৈমারীর", "GPE")}


def test_missing_pipeline_names_the_fix(stanza: ModuleType) -> None:
    with pytest.raises(ValueError, match=r'stanza_pipeline=.*stanza\.Pipeline\("bn"'):
        bo.extract(TEXT, backend="stanza")


def test_pipeline_without_ner_is_a_clear_error(stanza: ModuleType) -> None:
    fake = FakePipeline(TAGS, processors={"tokenize": object()})
    with pytest.raises(ValueError, match="no ner processor"):
        bo.extract(TEXT, backend="stanza", stanza_pipeline=fake)
    assert fake.calls == []


def test_pipeline_without_stanza_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="backend='stanza'"):
        bo.extract(TEXT, stanza_pipeline=object())


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="'spacy' is not one of 'model', 'stanza', 'rules'"):
        bo.extract(TEXT, backend="spacy")  # type: ignore[arg-type]


def test_missing_stanza_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` raise ImportError
    with pytest.raises(bo.ModelUnavailableError, match=r"pip install bengali-outage\[stanza\]") as info:
        bo.extract(TEXT, backend="stanza", stanza_pipeline=lambda text: None)
    assert isinstance(info.value, ImportError)
