"""Properties of the number and duration readers (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bengali_outage._script import normalise_text, to_bengali_digits, to_latin_digits
from bengali_outage.normalise.duration import find_durations
from bengali_outage.normalise.numeral import find_numbers, parse_number, render_digits, render_number

EXAMPLES = settings(max_examples=200)

_BENGALI_WORDS = st.sampled_from(
    [
        "হাজার",
        "লাখ",
        "কোটি",
        "শো",
        "প্রায়",
        "বেশি",
        "ঘণ্টা",
        "মিনিট",
        "দিন",
        "টা",
        "টি",
        "-এর",
        "সালে",
        "কয়েক",
        "সাড়ে",
        "দেড়",
    ]
)
_TEXT = st.lists(
    st.one_of(
        st.text(
            alphabet=st.sampled_from(
                "অআইএকখগঘচজটডণতথদনপবমযরলশসহ়ািীুূেৈোৌ্ংঁৎ০১২৩৪৫৬৭৮৯0123456789aXzK ,.-–:/'\"।+%\u200c\u200d\u00a0\u2019"
            ),
            max_size=12,
        ),
        _BENGALI_WORDS,
    ),
    max_size=12,
).map(" ".join)


@EXAMPLES
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_render_then_parse_is_identity(n: int) -> None:
    q = parse_number(render_number(n))
    assert q is not None
    assert (q.min, q.max, q.qualifier) == (n, n, "exact")


@EXAMPLES
@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans())
def test_bengali_digits_parse_back(n: int, grouping: bool) -> None:
    q = parse_number(render_digits(n, grouping=grouping))
    assert q is not None
    assert q.min == n


@EXAMPLES
@given(st.text(alphabet="0123456789০১২৩৪৫৬৭৮৯", max_size=20))
def test_digit_transliteration_is_a_bijection(digits: str) -> None:
    latin = to_latin_digits(digits)
    assert to_latin_digits(to_bengali_digits(latin)) == latin
    assert to_bengali_digits(to_latin_digits(to_bengali_digits(latin))) == to_bengali_digits(latin)
    assert len({to_bengali_digits(c) for c in "0123456789"}) == 10


@EXAMPLES
@given(_TEXT)
def test_finders_never_raise_and_spans_hold(raw: str) -> None:
    text = normalise_text(raw).text
    previous_end = 0
    for q in find_numbers(text):
        assert previous_end <= q.span.start < q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        previous_end = q.span.end
    previous_end = 0
    for d in find_durations(text):
        assert previous_end <= d.span.start < d.span.end <= len(text)
        assert text[d.span.start : d.span.end] == d.text
        previous_end = d.span.end


@EXAMPLES
@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(["", " ", "\u200c", "“", "‘"]),
    st.sampled_from(["", " ", "\u200d", "”", "’", "।"]),
)
def test_parse_number_spans_point_into_raw_text(n: int, before: str, after: str) -> None:
    raw = before + render_number(n) + after
    q = parse_number(raw)
    assert q is not None
    assert q.min == n
    assert raw[q.span.start : q.span.end] == q.text
