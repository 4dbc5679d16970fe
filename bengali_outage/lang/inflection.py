"""Bengali endings that attach to a name without changing what it names.

A name in running text carries case endings, emphatic particles, classifiers
and plural markers, written solid (ভারতের, এক্সের, আমেরিকাতেই) or after a
hyphen or apostrophe, mostly after Latin or abbreviated names (এক্স-এর, X-এর,
ভারত-সহ, জিপি'র). The tagger strips one ending from this table to find the
stem, and reports the whole word (stem + ending) as the mention.

Endings are written in the NFC spelling that ``_script.normalise_text``
produces: য় is য + nukta (U+09AF U+09BC). Endings that begin with a vowel sign
(ে, ের) attach only to a stem ending in a consonant; those beginning with a
full letter (এর, তে, য়) follow a vowel-final stem or a hyphen. Combinations
are listed row by row rather than generated, so each can be read and tested.

Sources: standard Bengali grammar (চলিত ভাষা), checked against news usage of
both West Bengal and Bangladesh.
"""

from __future__ import annotations

from typing import Final

# fmt: off
ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    # genitive (-এর after consonant, -র after vowel; -য়ের after some vowels)
    ("ের", "genitive after a consonant-final stem: ভারতের, এক্সের"),
    ("এর", "genitive after a vowel or a hyphen: এক্স-এর, জিপিএর"),
    ("র", "genitive after a vowel-final stem: কলকাতার, মেটার"),
    ("য়ের", "genitive after some vowel-final stems: জিওয়ের"),
    # locative
    ("ে", "locative after a consonant-final stem: ভারতে, টুইটারে"),
    ("এ", "locative after a vowel or a hyphen: এক্স-এ"),
    ("য়", "locative after a vowel-final stem: ঢাকায়, আমেরিকায়"),
    ("য়ে", "locative after a vowel-final stem: মুম্বইয়ে, জিওয়ে"),
    ("তে", "locative: আমেরিকাতে, জিপিতে"),
    # objective / dative
    ("কে", "objective/dative: ভারতকে, মেটাকে"),
    # plural (people), used with demonyms and groups
    ("রা", "plural of people: ভারতীয়রা, ব্রিটিশরা"),
    ("েরা", "plural of people after a consonant: মার্কিনেরা"),
    ("দের", "plural genitive: ভারতীয়দের"),
    # classifiers and plural of things
    ("টি", "classifier: অ্যাপটি"),
    ("টা", "classifier (colloquial): অ্যাপটা"),
    ("টির", "classifier + genitive"),
    ("টার", "classifier + genitive (colloquial)"),
    ("টিতে", "classifier + locative"),
    ("টাতে", "classifier + locative (colloquial)"),
    ("টিও", "classifier + also"),
    ("টিই", "classifier + emphasis"),
    ("গুলি", "plural of things"),
    ("গুলো", "plural of things (Bangladesh spelling)"),
    ("গুলির", "plural + genitive"),
    ("গুলোর", "plural + genitive (Bangladesh spelling)"),
    ("গুলিতে", "plural + locative"),
    ("গুলোতে", "plural + locative (Bangladesh spelling)"),
    # emphatic ই and inclusive ও, alone and after a case ending
    ("ই", "emphasis: ভারতই"),
    ("ও", "also: চ্যাটজিপিটিও"),
    ("েই", "locative + emphasis: ভারতেই"),
    ("েও", "locative + also: ভারতেও"),
    ("তেই", "locative + emphasis: আমেরিকাতেই"),
    ("তেও", "locative + also: আমেরিকাতেও"),
    ("য়ই", "locative + emphasis: ঢাকায়ই"),
    ("য়ও", "locative + also: ঢাকায়ও"),
    ("য়েই", "locative + emphasis: মুম্বইয়েই"),
    ("য়েও", "locative + also: মুম্বইয়েও"),
    ("এই", "locative + emphasis after a hyphen: এক্স-এই"),
    ("এও", "locative + also after a hyphen: এক্স-এও"),
    ("েরই", "genitive + emphasis: ভারতেরই"),
    ("েরও", "genitive + also: ভারতেরও"),
    ("এরই", "genitive + emphasis: এক্স-এরই"),
    ("এরও", "genitive + also: এক্স-এরও"),
    ("রই", "genitive + emphasis: কলকাতারই"),
    ("রও", "genitive + also: কলকাতারও"),
    ("য়েরও", "genitive + also: জিওয়েরও"),
    ("কেই", "objective + emphasis: মেটাকেই"),
    ("কেও", "objective + also: মেটাকেও"),
    ("দেরই", "plural genitive + emphasis"),
    ("দেরও", "plural genitive + also"),
    ("রাও", "plural + also: ভারতীয়রাও"),
    ("রাই", "plural + emphasis"),
    # postpositions written solid with the name
    ("সহ", "including: ভারতসহ, ভারত-সহ"),
    ("জুড়ে", "across: ভারতজুড়ে"),
    ("ব্যাপী", "throughout: ভারতব্যাপী"),
)

# An apostrophe-s after a Latin name in mixed text: X's.
LATIN_ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    ("s", "English possessive after an apostrophe: X's"),
)

# Whole words that look like a registered stem plus an ending but are other words.
FALSE_INFLECTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("পেয়ে", "having got (পাওয়া), not পে + য়ে"),
    ("পেয়েও", "even having got, not পে + য়েও"),
    ("পেয়েই", "as soon as got, not পে + য়েই"),
    ("চাদর", "sheet, not চাদ (Chad) + র"),
    ("চাদরে", "on the sheet, not চাদ (Chad)"),
    ("জিপিএ", "GPA, the exam grade, not জিপি + এ"),
    ("মেটাতে", "to settle, to meet (মেটানো: দাম মেটাতে, চাহিদা মেটাতে), not মেটা + তে"),
    ("মেটাতেই", "to settle, with emphasis"),
    ("মেটাতেও", "to settle, also"),
    ("চিনতে", "to recognise (চেনা: চিনতে পারেননি), not চিন (China) + তে"),
    ("চিনতেই", "to recognise, with emphasis"),
    ("চিনতেও", "to recognise, also"),
)
# fmt: on

# Words that introduce a name: "<name> নামের একটি হ্যাকার গোষ্ঠী", "<name> নামক অ্যাপ".
# fmt: off
NAMING_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("নামের", "named (genitive): কিলনেট নামের গোষ্ঠী"),
    ("নামক", "named (literary): কিলনেট নামক গোষ্ঠী"),
    ("নামে", "by the name: কিলনেট নামে একটি গোষ্ঠী"),
    ("নামধারী", "bearing the name"),
)

# Words that stand between a naming word and the noun it names: নামের একটি গোষ্ঠী.
NAMING_FILLERS: Final[tuple[tuple[str, str], ...]] = (
    ("একটি", "a, one"), ("একটা", "a, one (colloquial)"), ("এক", "a, one"),
    ("নতুন", "new"), ("অখ্যাত", "little-known"), ("অপরিচিত", "unknown"),
    ("পরিচিত", "known"), ("তথাকথিত", "so-called"),
)

# Words that cannot be part of a name read backwards from a naming word.
NAME_STOPWORDS: Final[tuple[tuple[str, str], ...]] = (
    ("এক", "a, one"), ("একটি", "a"), ("একটা", "a"), ("এই", "this"), ("ওই", "that"),
    ("সেই", "that"), ("যে", "which"), ("যা", "which"), ("এবং", "and"), ("ও", "and"),
    ("আর", "and"), ("বা", "or"), ("কিংবা", "or"), ("তবে", "but"), ("কিন্তু", "but"),
    ("করে", "doing"), ("বলে", "saying"), ("থেকে", "from"), ("জন্য", "for"), ("দিয়ে", "with"),
    ("নিয়ে", "about"), ("হয়", "is"), ("হয়েছে", "has been"), ("ছিল", "was"), ("নতুন", "new"),
    ("জনপ্রিয়", "popular"), ("পরিচিত", "known"), ("স্থানীয়", "local"), ("দাবি", "claim"),
    ("সাইবার", "cyber"), ("হ্যাকার", "hacker"), ("গোষ্ঠী", "group"), ("গ্রুপ", "group"),
    ("তারা", "they"), ("তাদের", "their"), ("নিজেদের", "their own"),
    ("মোবাইল", "mobile"), ("অনলাইন", "online"), ("সামাজিক", "social"), ("ভিডিও", "video"),
    ("কথিত", "alleged"), ("অখ্যাত", "little-known"), ("অপরিচিত", "unknown"), ("বিদেশি", "foreign"),
)

# Endings after which a word is the end of a phrase, not part of a name before it.
NAME_STOP_SUFFIXES: Final[tuple[tuple[str, str], ...]] = (
    ("পন্থী", "-leaning: রাশিয়াপন্থী"), ("ভিত্তিক", "-based: পাকিস্তানভিত্তিক"),
    ("সমর্থিত", "-backed: রাষ্ট্র-সমর্থিত"), ("ের", "genitive"), ("তে", "locative"),
    ("কে", "objective"), ("দের", "plural genitive"),
)
# fmt: on
