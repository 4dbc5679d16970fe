"""The registry rules tagger (``tag/rules.py``), driven by ``fixtures/corpus/entities.toml``."""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path
from typing import Any

import pytest

from bengali_outage._script import normalise_text
from bengali_outage.tag.registry import ending_length, without_ending
from bengali_outage.tag.rules import find_entities, find_region_markers, slug

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "entities.toml"
SENTENCES: list[dict[str, Any]] = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["sentence"]

Gold = set[tuple[int, int, str, str | None]]


def _span(text: str, item: dict[str, Any]) -> tuple[int, int]:
    start = -1
    for _ in range(item.get("occurrence", 0) + 1):
        start = text.find(item["text"], start + 1)
        if start < 0:
            raise ValueError(f"{item['text']!r} (occurrence {item.get('occurrence', 0)}) is not in {text!r}")
    return start, start + len(item["text"])


def _gold(sentence: dict[str, Any]) -> tuple[str, Gold, Gold]:
    text = normalise_text(sentence["text"]).text
    entities = {
        (*_span(text, e), e["label"], None if e["id"] == "-" else e["id"]) for e in sentence["entities"]
    }
    regions = {(*_span(text, r), "REGION", r["code"]) for r in sentence.get("regions", [])}
    return text, entities, regions


def _found(text: str) -> tuple[Gold, Gold]:
    entities: Gold = {(m.start, m.end, str(m.label), m.id) for m in find_entities(text)}
    regions: Gold = {(r.start, r.end, "REGION", r.code) for r in find_region_markers(text)}
    return entities, regions


def _readable(text: str, items: Gold) -> list[tuple[str, str, str | None]]:
    return sorted((text[s:e], label, id_) for s, e, label, id_ in items)


def _params() -> list[Any]:
    out = []
    for s in SENTENCES:
        marks = [pytest.mark.xfail(strict=True, reason=s["xfail"])] if "xfail" in s else []
        out.append(pytest.param(s, id=s["text"], marks=marks))
    return out


@pytest.mark.parametrize("sentence", _params())
def test_rules_corpus_sentence(sentence: dict[str, Any]) -> None:
    text, gold_entities, gold_regions = _gold(sentence)
    entities, regions = _found(text)
    assert _readable(text, entities) == _readable(text, gold_entities)
    assert _readable(text, regions) == _readable(text, gold_regions)


def test_rules_corpus_precision_and_recall() -> None:
    true_pos = false_pos = false_neg = 0
    for sentence in SENTENCES:
        text, gold_entities, gold_regions = _gold(sentence)
        entities, regions = _found(text)
        gold, found = gold_entities | gold_regions, entities | regions
        true_pos += len(gold & found)
        false_pos += len(found - gold)
        false_neg += len(gold - found)
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert recall >= 0.95, f"recall {recall:.3f}"


def test_rules_corpus_covers_every_label_and_has_near_misses() -> None:
    labels = {e["label"] for s in SENTENCES for e in s["entities"]}
    assert labels == {"SERVICE", "ORG", "PERSON", "GPE", "MONITOR", "GROUP"}
    near_misses = [s for s in SENTENCES if not s["entities"] and not s.get("regions")]
    assert len(SENTENCES) >= 200
    assert len(near_misses) >= 30


# Targeted checks of the rules the corpus leans on.


def _ids(text: str) -> list[tuple[str, str | None]]:
    text = normalise_text(text).text
    return [(text[m.start : m.end], m.id) for m in find_entities(text)]


@pytest.mark.parametrize("word", ["এক্সপ্রেস", "এক্সক্লুসিভ", "এক্সট্রা", "এক্স-রে"])
def test_rules_x_never_fires_inside_another_word(word: str) -> None:
    assert _ids(f"খবরে {word} শব্দটি আছে।") == []


def test_rules_xai_is_its_own_org() -> None:
    text = normalise_text("এক্সএআই আর এক্স আলাদা।").text
    assert [(m.label, m.id) for m in find_entities(text)] == [("ORG", "xai"), ("SERVICE", "x")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("এক্স-এর সমস্যা", "এক্স-এর"),
        ("এক্সের সমস্যা", "এক্সের"),
        ("X-এর সমস্যা", "X-এর"),
        ("X'র সমস্যা", "X'র"),
        ("Xএর সমস্যা", "Xএর"),
        ("ভারত-সহ কয়েকটি দেশ", "ভারত-সহ"),
        ("আমেরিকাতেই সমস্যা", "আমেরিকাতেই"),
        ("মার্কিন যুক্তরাষ্ট্রের মানুষ", "মার্কিন যুক্তরাষ্ট্রের"),
        ("কলকাতারও খবর", "কলকাতারও"),
    ],
)
def test_rules_mention_is_the_whole_inflected_word(text: str, mention: str) -> None:
    assert [m for m, _ in _ids(text)] == [mention]


def test_rules_latin_short_forms_keep_their_case() -> None:
    assert _ids("x আর gp লেখা") == []
    assert _ids("X আর GP অপারেটর") == [("X", "x"), ("GP", "grameenphone")]
    assert _ids("us আর vi") == []


def test_rules_ambiguous_word_needs_a_cue() -> None:
    assert _ids("দেশের অর্থনৈতিক বিকাশ হয়েছে।") == []
    assert _ids("বিকাশ অ্যাপে লেনদেন বন্ধ।") == [("বিকাশ", "bkash")]
    assert _ids("রবিবার রবি শস্যের চাষ।") == []
    assert _ids("রবির নেটওয়ার্কে সমস্যা।") == [("রবির", "robi")]


def test_rules_one_sense_per_text() -> None:
    # মাস্ক alone is a face mask, unless the text already named Elon Musk.
    assert _ids("সে মাস্ক খুলে রাখল।") == []
    assert _ids("ইলন মাস্ক লিখেছেন। সে মাস্ক খুলে রাখল।") == [
        ("ইলন মাস্ক", "elon-musk"),
        ("মাস্ক", "elon-musk"),
    ]


def test_rules_time_zone_and_currency_are_not_regions() -> None:
    for text in ("ভারতীয় সময় রাত ন'টা", "মার্কিন সময় সকাল", "দশ লাখ মার্কিন ডলার", "বাংলাদেশ সময় রাত ১১টা"):
        norm = normalise_text(text).text
        assert find_region_markers(norm) == []
        assert find_entities(norm) == []


def test_rules_matches_are_sorted_and_do_not_overlap() -> None:
    text = normalise_text(
        "মার্কিন যুক্তরাষ্ট্রের ব্যবহারকারীরা ডাউন ডিটেক্টরে জানান, ক্লাউডফ্লেয়ার রাডার ও ক্লাউডফ্লেয়ার দুটোই বলছে সমস্যা।"
    ).text
    found = find_entities(text)
    assert [m.id for m in found] == ["US", "downdetector", "cloudflare-radar", "cloudflare"]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_rules_entity_fields() -> None:
    text = normalise_text("কলকাতায় জিওর গ্রাহকেরা ডাউনডিটেক্টরে অভিযোগ করেন।").text
    kolkata, jio, monitor = find_entities(text)
    assert (kolkata.label, kolkata.id, kolkata.country, kolkata.name) == ("GPE", "kolkata", "IN", "কলকাতা")
    assert (jio.label, jio.id, jio.kind, jio.name) == ("SERVICE", "jio", "operator", "জিও")
    assert jio.source == "rule:registry:services"
    assert (monitor.label, monitor.id) == ("MONITOR", "downdetector")


def test_rules_unknown_group_and_service_get_slug_ids() -> None:
    text = normalise_text("'Team Nova' নামের একটি হ্যাকার গোষ্ঠী দায় নেয়। ঝটপট নামের অ্যাপটি বন্ধ।").text
    group, service = find_entities(text)
    assert (group.label, group.id, text[group.start : group.end]) == ("GROUP", "team-nova", "Team Nova")
    assert group.source.startswith("rule:<name> নামের")
    assert (service.label, service.id) == ("SERVICE", "jhtpt")


def test_rules_slug() -> None:
    assert slug("Team Insane PK") == "team-insane-pk"
    assert slug("কিলনেট") == "kilnet"
    assert slug("!!!") is None


def test_rules_empty_and_odd_text() -> None:
    assert find_entities("") == []
    assert find_region_markers("") == []
    assert find_entities("।।। --- ''") == []


def test_an_ending_never_cuts_into_a_conjunct() -> None:
    assert without_ending("আমফানের") == "আমফান"
    assert without_ending("এক্স-এর") == "এক্স"
    assert without_ending("সৌমিত্র") == "সৌমিত্র"  # ্র is part of ত্র, not the genitive র
    assert ending_length("সৌমিত্র") == 0
    assert ending_length("ঢাকার") == 1
