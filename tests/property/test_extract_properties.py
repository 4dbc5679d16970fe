"""Hypothesis: extract never raises on text, and every span points at its value."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bengali_outage import extract

# Words that make the pipeline's stages fire, mixed with noise: digits of both scripts,
# quotes, joiners, dandas, line breaks and Latin.
WORDS = st.sampled_from(
    [
        "এক্স", "টুইটার", "ক্লাউডফ্লেয়ারের", "ডাউনডিটেক্টরে", "ভারত-সহ", "আমেরিকাতেই", "রাত", "সাড়ে",
        "আটটা", "নাগাদ", "৪৭", "হাজার", "হাজারেরও", "বেশি", "অভিযোগ", "ব্যবহারকারী", "কয়েক", "লক্ষ",
        "বৃহস্পতিবার", "শনিবার", "(২৪", "মে)", "২০২৪", "সালের", "অগস্ট", "মাসে", "এর", "আগেও", "ডাউন",
        "হয়েছিল", "স্বাভাবিক", "হয়েছে", "সাইবার", "হামলা", "দায়", "স্বীকার", "করেছে", "'ত্রুটি'",
        "স্ক্রিনে", "বার্তা", "প্রকাশিত:", "Published", ":", "November", "18,", "2025", "8:02", "PM", "IST",
        "১০:৩০", "২৪/৭", "।", "৷", "?", "!", "\n", "\u200c", "\u200d", "’", "“", "”", "য়", "\u09df", "X",
        "Advertisement", "সর্বশেষ", "আরও", "পড়ুনঃ", "ঘণ্টা", "দুই", "ঘণ্টাব্যাপী", "বিভ্রাট", "😀",
    ]
)
TEXTS = st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=80)


def _spans(obj: Any) -> list[tuple[list[int], str | None]]:
    out: list[tuple[list[int], str | None]] = []
    if isinstance(obj, dict):
        if obj.get("span") is not None:
            out.append((obj["span"], obj.get("text", obj.get("place"))))
        out += [(sp, None) for sp in obj.get("spans") or []]
        for value in obj.values():
            out += _spans(value)
    elif isinstance(obj, list):
        for value in obj:
            out += _spans(value)
    return out


@settings(max_examples=150)
@given(TEXTS)
def test_extract_never_raises_and_every_span_slices_its_value(text: str) -> None:
    report = extract(text, reference=dt.date(2025, 6, 1)).model_dump(mode="json")
    for (start, end), value in _spans(report):
        assert 0 <= start <= end <= len(text)
        if value is not None:
            assert text[start:end] == value
    if report["headline"] is not None:
        assert report["headline"] in text
