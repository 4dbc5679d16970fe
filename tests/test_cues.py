"""Context rules for unknown names (tag/cues.py) and their place in the merge (tag/merge.py).

The sentences are written for these tests; none is in the NER corpus.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bengali_outage._script import normalise_text
from bengali_outage.tag import known_names
from bengali_outage.tag._types import EntityMatch
from bengali_outage.tag.cues import find_cued, has_conjunction, label_from_context, ordinary_words
from bengali_outage.tag.merge import merge
from bengali_outage.tag.rules import find_entities
from bengali_outage.train import common_words, names
from bengali_outage.train.data import DEFAULT_CC0_DIR

REPO_DATA = common_words.OUTPUT.parent


def _found(text: str) -> list[tuple[str, str]]:
    text = normalise_text(text).text
    return [(text[m.start : m.end], m.label) for m in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head word ends the name
        ("রাতভর অচল কাঞ্চন ব্রডব্যান্ড, ক্ষুব্ধ গ্রাহকেরা", ("কাঞ্চন ব্রডব্যান্ড", "SERVICE")),
        ("ময়ূরাক্ষী টেলিকমের গ্রাহকেরা দুদিন ধরে সংযোগ পাচ্ছেন না।", ("ময়ূরাক্ষী টেলিকমের", "SERVICE")),
        ("হ্যাকারদের দাবি, হামলা চালিয়েছে নীল বাঘ স্কোয়াড।", ("নীল বাঘ স্কোয়াড", "GROUP")),
        ("টেলিযোগাযোগ গ্রাহক সমিতি এক বিবৃতিতে ক্ষতিপূরণ দাবি করেছে।", ("টেলিযোগাযোগ গ্রাহক সমিতি", "ORG")),
        # a type phrase before it
        ("মেসেজিং অ্যাপ টুকটাক সকাল থেকে বসে আছে।", ("টুকটাক", "SERVICE")),
        ("হ্যাকার গোষ্ঠী কালো চিতার দাবি, তারাই সাইটটি নামিয়েছে।", ("কালো চিতার", "GROUP")),
        ("পর্যবেক্ষণ সংস্থা নেটপ্রহরী জানিয়েছে, অভিযোগ কমছে।", ("নেটপ্রহরী", "MONITOR")),
        # নামের <type> after it
        ("ঝুমকো পে নামের একটি ওয়ালেট অ্যাপ রাতভর বন্ধ ছিল।", ("ঝুমকো পে", "SERVICE")),
        ("গাঙচিল নামের একটি হ্যাকার দল দায় স্বীকার করেছে।", ("গাঙচিল", "GROUP")),
        # people: a role, a family name, a verb of saying
        ("শিলিগুড়ির ব্যবসায়ী তমাল ঘোষ বলেন, সারাদিন লেনদেন হয়নি।", ("তমাল ঘোষ", "PERSON")),
        ("গৃহবধূ রুমকি বললেন, রান্নার গ্যাস বুক করা যায়নি।", ("রুমকি", "PERSON")),
        ("মো. জাকির হোসেন জানান, সার্ভার বদলানো হচ্ছে।", ("মো. জাকির হোসেন", "PERSON")),
    ],
)
def test_context_names_an_unknown_entity(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "সারা রাত নেট ছিল না, সকালে ফিরল।",  # a common word before a head word
        "অ্যাপ খুলছে না বলে অভিযোগ করেছেন অনেকে।",  # a verb after a type word
        "অ্যাপে ক্যাব বুক করতে গিয়ে বিপাকে যাত্রীরা।",  # a noun and its light verb
        "ঝড়ে ছিঁড়ল ফাইবার, বিচ্ছিন্ন গোটা পাড়া।",  # a verb before a head word
        "সংস্থার এক মুখপাত্র শুধু বলেছেন, কাজ চলছে।",  # a common word after a role
        "সংস্থার মুখপাত্র সাংবাদিকদের বলেন, কাজ চলছে।",  # whom one told is not the speaker
        "মোবাইল ওয়ালেট আর অপটিক্যাল ফাইবার নিয়ে আলোচনা হলো।",  # descriptions, not names
        "রাজ্য সরকার কোনো মন্তব্য করেনি।",  # the state government, unnamed
        "শিলিগুড়ি ও জলপাইগুড়িতে ব্রডব্যান্ড বন্ধ ছিল।",  # a place with a case ending is no name's part
    ],
)
def test_context_without_a_name_finds_nothing_new(text: str) -> None:
    found = find_entities(normalise_text(text).text)
    assert [m for m in found if not m.source.startswith("rule:registry")] == []


def test_a_government_keeps_its_country_as_a_place() -> None:
    # the country of a government is where its shutdown happens: নেপাল stays a GPE
    assert _found("ত্রিপুরা সরকার রাতেই ইন্টারনেট বন্ধের নির্দেশ দেয়।")[0] == ("ত্রিপুরা", "GPE")


def test_a_known_place_inside_a_body_name_is_absorbed() -> None:
    found = _found("কেরালা হাইকোর্ট ইন্টারনেট বন্ধের বিরুদ্ধে রায় দিয়েছে।")
    assert ("কেরালা হাইকোর্ট", "ORG") in found
    assert all(label != "GPE" for _, label in found)


def test_cued_services_and_groups_get_a_slug_id_and_people_none() -> None:
    text = normalise_text("ভাস্কর দত্ত জানান, কাঞ্চন ব্রডব্যান্ডের সংযোগ ফিরেছে।").text
    by_label = {m.label: m for m in find_entities(text) if m.label in ("SERVICE", "PERSON")}
    assert by_label["SERVICE"].id == "kanchn-brdbyand"
    assert by_label["SERVICE"].name == "কাঞ্চন ব্রডব্যান্ড"  # the case ending is not part of the name
    assert by_label["PERSON"].id is None
    assert by_label["SERVICE"].source.startswith("rule:")


def test_label_from_context() -> None:
    text = "হ্যাকার সংগঠন লাল পিঁপড়ের দাবি, সাইটটি তাদের দখলে।"
    start = text.index("লাল")
    end = text.index(",")
    assert label_from_context(text, start, end) == "GROUP"
    text = "সকালে তোর্সা টেলিকম বন্ধ ছিল।"
    assert label_from_context(text, text.index("তোর্সা"), text.index(" বন্ধ")) == "SERVICE"
    assert label_from_context("আজ বৃষ্টি হয়েছে।", 0, 2) is None


def test_conjunction_guard() -> None:
    assert has_conjunction("ভারত ও বাংলাদেশ")
    assert has_conjunction("জিও, এয়ারটেল")
    assert not has_conjunction("আইটি আর্মি অব ইউক্রেন")


def _model(text: str, surface: str, label: str) -> EntityMatch:
    start = text.index(surface)
    return EntityMatch(start, start + len(surface), label, None, "model:test")  # type: ignore[arg-type]


def test_merge_lets_a_model_name_absorb_a_place_inside_it() -> None:
    text = "ইউনিভার্সিটি অব মেলবোর্নের গবেষকেরা জানান, বিভ্রাট দীর্ঘ হয়েছে।"
    rules = find_entities(text)
    assert any(m.label == "GPE" for m in rules)  # মেলবোর্নের on its own
    merged = merge(rules, [_model(text, "ইউনিভার্সিটি অব মেলবোর্নের", "ORG")], text)
    assert [(text[m.start : m.end], m.label) for m in merged] == [("ইউনিভার্সিটি অব মেলবোর্নের", "ORG")]


def test_merge_keeps_two_places_joined_by_and() -> None:
    text = "ভারত ও বাংলাদেশে পরিষেবা বিঘ্নিত।"
    rules = find_entities(text)
    merged = merge(rules, [_model(text, "ভারত ও বাংলাদেশে", "ORG")], text)
    assert [m.label for m in merged] == ["GPE", "GPE"]


def test_merge_corrects_a_model_label_from_context() -> None:
    text = "হ্যাকার সংগঠন ধূসর শকুন দাবি করেছে, তারা সার্ভার অচল করেছে।"
    merged = merge([], [_model(text, "ধূসর শকুন", "PERSON")], text)
    assert [(m.label, m.id) for m in merged] == [("GROUP", "dhusr-shkun")]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["তিস্তা", "টেলিকম", "অ্যাপ", "নামের", "একটি", "দল", "বাসিন্দা", "দাস", "বলেন", "হ্যাকার",
             "গোষ্ঠী", "স্কোয়াড", "কলকাতা", "সরকার", "অব", "ভারত", "ও", ",", "।", "-এর", "ের", "মো.",
             "X", "Net", "৭১", " ", "রাত", "নেট"]
        ),
        max_size=14,
    ).map(" ".join)
)  # fmt: skip
@example(raw="অ্যাপ মো. তিস্তা দাস")  # a title the type rule had taken started a person too
def test_cued_spans_are_inside_the_text_and_do_not_overlap(raw: str) -> None:
    text = normalise_text(raw).text
    known = find_entities(text)
    for m in known:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == text[m.start : m.end].strip()
    spans = sorted((m.start, m.end) for m in known)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    for c in find_cued(text, []):
        assert 0 <= c.start < c.end <= len(text)


def test_merge_drops_a_model_entity_made_of_common_words() -> None:
    text = "রাতে রেস্তরাঁর অর্ডার আটকে গেল, বন্ধ ছিল অ্যাপ।"
    assert ordinary_words(text, 0, 4)  # রাতে
    assert merge([], [_model(text, "রাতে", "ORG")], text) == []


def test_merge_keeps_a_model_name_that_is_no_common_word() -> None:
    text = "ঝিনুকপে অ্যাপে রাতভর লেনদেন আটকে ছিল।"
    assert not ordinary_words(text, 0, len("ঝিনুকপে"))
    merged = merge([], [_model(text, "ঝিনুকপে", "SERVICE")], text)
    assert [(m.label, m.source) for m in merged] == [("SERVICE", "model:test")]


def test_common_word_table_is_rebuilt_by_its_script() -> None:
    if not (DEFAULT_CC0_DIR / "main.jsonl").is_file():
        pytest.skip(f"CC0 corpus not found at {DEFAULT_CC0_DIR} (it lives beside the repo in ../shared)")
    expected = common_words.table_lines(common_words.training_texts(DEFAULT_CC0_DIR))
    assert common_words.OUTPUT.read_text(encoding="utf-8") == expected


def test_names_take_no_classifier_or_plural_and_no_english_phrase_is_one() -> None:
    text = "হামলাটি সেকেন্ডে বাড়ে। পর্দায় লেখা ছিল process your request আর Zentro Pay।"
    assert ordinary_words(text, 0, len("হামলাটি"))
    start = text.index("process")
    assert ordinary_words(text, start, start + len("process your request"))
    start = text.index("Zentro")
    assert not ordinary_words(text, start, start + len("Zentro Pay"))


def test_a_body_head_after_a_description_is_no_name() -> None:
    assert _found("সরকারি দফতরকে চিঠি দিয়েছে সংস্থা।") == []


def _remembered(label: str) -> str:
    """A Bengali name of the training-name table with ``label`` that the rules do not know."""
    rows = known_names._table()
    for (key, stem), found in rows.items():
        if found == label and not stem and " " not in key and not key.isascii() and not find_entities(key):
            return key
    raise AssertionError(f"no {label} name in the training-name table")


def test_merge_gives_a_model_entity_the_label_its_name_carries_in_training() -> None:
    name = _remembered("ORG")
    text = f"{name}-এর অধ্যাপক বলেন, সংযোগ ফিরেছে।"
    entity = _model(text, f"{name}-এর", "GPE")
    assert label_from_context(text, entity.start, entity.end) is None
    assert known_names.remembered_label(f"{name}-এর") == "ORG"
    assert [m.label for m in merge([], [entity], text)] == ["ORG"]


def test_context_outranks_the_training_name_table() -> None:
    name = _remembered("PERSON")
    text = f"হ্যাকার গোষ্ঠী {name} দায় নিয়েছে।"
    merged = merge([], [_model(text, name, "PERSON")], text)
    assert [m.label for m in merged] == ["GROUP"]


def test_an_unknown_name_keeps_the_model_label() -> None:
    assert known_names.remembered_label("ঝিনুকপে") is None
    text = "ঝিনুকপে অ্যাপে রাতভর লেনদেন আটকে ছিল।"
    assert [m.label for m in merge([], [_model(text, "ঝিনুকপে", "ORG")], text)] == ["ORG"]


@pytest.mark.parametrize(
    ("a", "b"), [("বুয়েটের", "বুয়েট"), ("ওপেনএআই-এর", "ওপেনএআই"), ("ওপেনএআইয়ের", "ওপেনএআই")]
)
def test_an_inflected_name_is_looked_up_as_its_bare_form(a: str, b: str) -> None:
    assert known_names.name_keys(b)[0] in known_names.name_keys(a)


def test_name_keys_fold_latin_case() -> None:
    assert known_names.name_keys("Anonymous Sudan") == known_names.name_keys("anonymous sudan")


def test_majority_needs_more_than_half_the_mentions() -> None:
    assert names.majority(Counter({"ORG": 2, "GPE": 1})) == "ORG"
    assert names.majority(Counter({"ORG": 1, "GPE": 1})) is None


def test_training_name_table_is_rebuilt_by_its_script() -> None:
    if not (DEFAULT_CC0_DIR / "main.jsonl").is_file():
        pytest.skip(f"CC0 corpus not found at {DEFAULT_CC0_DIR} (it lives beside the repo in ../shared)")
    expected = names.table_lines(*common_words.training_sources(DEFAULT_CC0_DIR))
    assert names.OUTPUT.read_text(encoding="utf-8") == expected


def test_a_bare_word_never_takes_the_label_of_a_name_it_is_the_stem_of() -> None:
    rows = known_names._table()
    stems = [
        k for (k, stem) in rows if stem and (k, False) not in rows and len(known_names.name_keys(k)) == 1
    ]
    assert stems, "the table should hold stems with no written form"
    assert all(known_names.remembered_label(k) is None for k in stems)


def _lexicon() -> list[str]:
    text = (REPO_DATA / "lexicon_bn.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_lexicon_is_single_normalised_bengali_words_without_repeats() -> None:
    words = _lexicon()
    assert len(words) == len(set(words))
    bengali_word = regex.compile(r"[\u0980-\u09FF]+")
    assert [w for w in words if not bengali_word.fullmatch(w) or normalise_text(w).text != w] == []


def test_lexicon_holds_no_name_the_registry_knows() -> None:
    assert [w for w in _lexicon() if any(m.kind != "generic" for m in find_entities(w))] == []


def test_merge_drops_a_model_entity_of_lexicon_words_unless_its_context_names_it() -> None:
    common = set(common_words.OUTPUT.read_text(encoding="utf-8").splitlines())
    word = next(w for w in _lexicon() if len(w) > 3 and w not in common and not find_entities(w))
    plain = f"সকালে {word} নিয়ে কথা হল।"
    assert merge([], [_model(plain, word, "GPE")], plain) == []
    cued = f"মেসেজিং অ্যাপ {word} সকাল থেকে বসে আছে।"
    assert [(cued[m.start : m.end], m.label) for m in merge([], [_model(cued, word, "GPE")], cued)] == [
        (word, "SERVICE")
    ]
