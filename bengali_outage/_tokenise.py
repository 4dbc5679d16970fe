"""Tokeniser: spaCy's ``bn`` language with its faults on news text fixed.

spaCy's character class ``ALPHA`` spans the whole Bengali block, digits
০-৯ included, so its letter-letter infix rules cut ``১১,৫০০`` at the comma,
``১০:৩০`` at the colon and ``২৪/৭`` at the slash, while the Latin forms stay
whole. It also cuts hyphenated case endings off (``এক্স-এর`` → ``এক্স - এর``),
although a reader takes ``এক্স-এর`` as one word. Here the infixes use a
letter class without digits, numbers with separators and endings are one token,
and a hyphen between letters stays inside the word.

Sentences end at ``।``, ``?``, ``!`` and line breaks, never inside ``২.১``
(one token) or after ``ডঃ`` (``ঃ`` is a letter sign, not a stop).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

import numpy
import regex
import spacy
from spacy.attrs import SENT_START
from spacy.lang.bn import Bengali
from spacy.lang.char_classes import ALPHA, LIST_ELLIPSES, LIST_ICONS
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from bengali_outage.lang.abbreviations import ABBREVIATIONS

# ALPHA less the Bengali digits (U+09E6-U+09EF).
_LETTERS: Final = ALPHA.replace(r"\u0980-\u09FF", r"\u0980-\u09E5\u09F0-\u09FF")
_DIGITS: Final = "0-9০-৯"

_INFIXES: Final = [
    *LIST_ELLIPSES,
    *LIST_ICONS,
    rf"(?<=[{_DIGITS}])[+\*^=](?=[{_DIGITS}])",
    rf"(?<=[{_LETTERS}]),(?=[{_LETTERS}])",
    rf"(?<=[{_LETTERS}])[:<>=/](?=[{_LETTERS}])",
    r"\)(?=-)",  # (ডিওজিই)-তে: the bracket closes before the ending
    r"—",  # শান্তিপুর—দুই: an em dash never joins a word, whatever stands beside it
]
# A dash that ends a word is punctuation (প্ল্যাটফর্ম- যা), not a joiner.
_EXTRA_SUFFIXES: Final = [rf"(?<=[{_LETTERS}{_DIGITS}])[-–—]"]
_EXTRA_PREFIXES: Final = ["[–—]"]  # —ফাইল চিত্র: a caption's dash

# A number with grouping, decimal, clock or fraction separators, optionally with a
# hyphenated or attached case ending: ১১,৫০০-এর, ১০:৩০, ২৪/৭, ২.১, 11,500-এর, ৭টায়.
_NUMBER_TOKEN: Final = regex.compile(
    rf"[{_DIGITS}]+(?:[,.:/][{_DIGITS}]+)*(?:-?[\u0980-\u09E5\u09F0-\u09FF]+)?", regex.V1
)

SENTENCE_ENDS: Final = frozenset({"।", "॥", "?", "!", "?!", "!!", "??"})


def _customise(nlp: Language) -> Language:
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(_INFIXES).finditer
    prefixes = [*(nlp.Defaults.prefixes or ()), *_EXTRA_PREFIXES]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = [*(nlp.Defaults.suffixes or ()), *_EXTRA_SUFFIXES]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.token_match = _NUMBER_TOKEN.fullmatch  # a C method: no Python frame per substring
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


@Bengali.component("bn_sentences")
def bn_sentences(doc: Doc) -> Doc:
    """Mark sentence starts after ``।``/``?``/``!`` and after line breaks.

    The starts are written in one array: setting ``token.is_sent_start`` one token at a
    time makes spaCy re-check the whole document each time, quadratic in its length.
    """
    starts = numpy.zeros((len(doc), 1), dtype="int64")
    start_next = True
    for token in doc:
        starts[token.i, 0] = 1 if start_next else -1
        start_next = token.text in SENTENCE_ENDS or ("\n" in token.text and token.is_space)
    if len(doc):
        # spaCy stores attributes as uint64; -1 ("not a start") wraps, as in its own to_array.
        wrapped: Any = starts.astype("uint64")
        doc.from_array([SENT_START], wrapped)
    return doc


def blank_nlp() -> Language:
    """A fresh blank ``bn`` pipeline with the tuned tokeniser and sentence splitter."""
    nlp = _customise(spacy.blank("bn"))
    nlp.add_pipe("bn_sentences")
    return nlp


@lru_cache(maxsize=1)
def _shared_nlp() -> Language:
    return blank_nlp()


def tokenise(text: str) -> list[str]:
    """Cut ``text`` into tokens as a reader would (whitespace tokens dropped).

    >>> tokenise("১১,৫০০-এর বেশি অভিযোগ, রাত ১০:৩০ নাগাদ এক্স-এর।")
    ['১১,৫০০-এর', 'বেশি', 'অভিযোগ', ',', 'রাত', '১০:৩০', 'নাগাদ', 'এক্স-এর', '।']
    """
    return [t.text for t in _shared_nlp().make_doc(text) if not t.is_space]


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, whitespace trimmed."""
    doc = _shared_nlp()(text)
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if tokens:
            out.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return out


def describe() -> dict[str, Any]:
    """What was changed from spaCy's defaults, for debugging and docs."""
    return {"infixes": list(_INFIXES), "token_match": _NUMBER_TOKEN.pattern, "special_cases": ABBREVIATIONS}
