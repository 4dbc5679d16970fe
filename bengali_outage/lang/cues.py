"""Context cues that name the kind of an entity the registry does not know.

Read by ``tag/cues.py``. Every word is compared folded (``registry.fold``) and, for a
Bengali word, also less one case ending, so ``সংস্থার`` matches ``সংস্থা``.

* ``HEADS``: the last word of a name says what it names: ``তিস্তা টেলিকম`` (SERVICE),
  ``সাইবার ৭১ স্কোয়াড`` (GROUP), ``কলকাতা হাইকোর্ট`` (ORG). ``words`` is how many name
  words may stand before the head; ``needs`` is a condition on the sentence
  (``"hacker"``: a hacking word in it) or on the word before (``"place"``: a known
  GPE, as in ``কলকাতা হাইকোর্ট``). With ``place``, a bare known place just before the
  head is part of the name, not a GPE (``উত্তরা নেটওয়ার্কস``); "<country> সরকার" is not
  a head: the government's country is where a shutdown happens (নেপাল সরকার ...).
* ``TYPES``: a phrase just before a name says what it is: ``মেসেজিং অ্যাপ কাকাওটক``,
  ``হ্যাকার সংগঠন রেড ফ্যান্টমের``, ``পর্যবেক্ষণ সংস্থা নেটস্কাউট``. The same phrases
  after ``<name> নামের (একটি)`` say the same: ``মেঘদূত ক্লাউড নামের হোস্টিং সংস্থা``.
  The longest phrase wins (``পর্যবেক্ষণ সংস্থা`` over ``সংস্থা``).
* ``ROLES``: a person's role or trade before their name: ``বাসিন্দা সৌমিত্র দাস``.
* ``SURNAMES``: family names that end a person's name: ``অদিতি পাল``, ``আব্দুল করিম``.
  Those that are also common words (সরকার, রায়, মিত্র) count only with a role
  before the name or a speech verb after it.
* ``SPEECH``: verbs of saying that follow a speaker's name: ``... জানিয়েছেন``.
* ``NAME_TITLES``: honorifics that begin a name and belong to it: ``মো. সাইফুল ইসলাম``.
* ``NOT_NAMES``: modifiers that make ``<word> <head>`` a description, not a name
  (মোবাইল ওয়ালেট, অপটিক্যাল ফাইবার, রাজ্য সরকার).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from bengali_outage.models import Label


class Head(NamedTuple):
    word: str
    label: Label
    words: int  # most name words before the head
    needs: str | None  # None, "hacker" (a hacking word in the sentence) or "place" (a GPE before)
    strict: bool = False  # the name's first word may not be a common word (রাত নেট, সারা দিন অনলাইন)
    place: bool = False  # a bare known place before it is part of the name (উত্তরা নেটওয়ার্কস)


# fmt: off
HEADS: Final[tuple[Head, ...]] = (
    # networks and payment services named after a place, a river or a flower
    Head("টেলিকম", "SERVICE", 2, None, place=True), Head("ব্রডব্যান্ড", "SERVICE", 2, None),
    Head("ওয়াইফাই", "SERVICE", 2, None), Head("ফাইবার", "SERVICE", 2, None, strict=True),
    Head("নেট", "SERVICE", 2, None, strict=True), Head("নেটওয়ার্কস", "SERVICE", 2, None, place=True),
    Head("ক্লাউড", "SERVICE", 2, None, strict=True),
    Head("পে", "SERVICE", 2, None, strict=True), Head("ওয়ালেট", "SERVICE", 2, None, strict=True),
    Head("পোর্টাল", "SERVICE", 2, None, strict=True),
    # claimed actors
    Head("স্কোয়াড", "GROUP", 3, "hacker"), Head("ব্রিগেড", "GROUP", 3, "hacker"),
    Head("কালেক্টিভ", "GROUP", 3, "hacker"), Head("আর্মি", "GROUP", 3, "hacker", strict=True),
    Head("ফ্রন্ট", "GROUP", 3, "hacker", strict=True), Head("ব্রাদার্স", "GROUP", 3, "hacker"),
    Head("হ্যাকার্স", "GROUP", 3, None), Head("গ্যাং", "GROUP", 3, "hacker"),
    # bodies
    Head("মন্ত্রণালয়", "ORG", 3, None), Head("মন্ত্রক", "ORG", 3, None),
    Head("অধিদপ্তর", "ORG", 4, None), Head("অধিদফতর", "ORG", 4, None),
    Head("দফতর", "ORG", 2, None), Head("দপ্তর", "ORG", 2, None), Head("পর্ষদ", "ORG", 3, None),
    Head("অ্যাসোসিয়েশন", "ORG", 4, None), Head("সমিতি", "ORG", 3, None),
    Head("বিশ্ববিদ্যালয়", "ORG", 3, None), Head("কমিশন", "ORG", 3, None, strict=True),
    Head("ফাউন্ডেশন", "ORG", 3, None), Head("ইনস্টিটিউট", "ORG", 3, None),
    Head("লিমিটেড", "ORG", 3, None, strict=True), Head("পিএলসি", "ORG", 3, None),
    Head("হাইকোর্ট", "ORG", 1, "place", place=True),
)

TYPES: Final[tuple[tuple[str, Label], ...]] = (
    ("অ্যাপ", "SERVICE"), ("অ্যাপস", "SERVICE"), ("অ্যাপ্লিকেশন", "SERVICE"),
    ("প্ল্যাটফর্ম", "SERVICE"), ("পোর্টাল", "SERVICE"), ("ওয়েবসাইট", "SERVICE"),
    ("ওয়ালেট", "SERVICE"), ("মেসেঞ্জার", "SERVICE"), ("স্ট্রিমিং পরিষেবা", "SERVICE"),
    ("সেবাদাতা", "SERVICE"), ("সেবাদাতা প্রতিষ্ঠান", "SERVICE"), ("অপারেটর", "SERVICE"),
    ("ইন্টারনেট সেবাদাতা", "SERVICE"), ("হোস্টিং সংস্থা", "SERVICE"), ("হোস্টিং প্রতিষ্ঠান", "SERVICE"),
    ("ক্লাউড সংস্থা", "SERVICE"), ("ব্রডব্যান্ড সংস্থা", "SERVICE"), ("টেলিকম সংস্থা", "SERVICE"),
    ("হ্যাকার গোষ্ঠী", "GROUP"), ("হ্যাকার গ্রুপ", "GROUP"), ("হ্যাকার সংগঠন", "GROUP"),
    ("হ্যাকার দল", "GROUP"), ("হ্যাকারদের দল", "GROUP"), ("সাইবার গোষ্ঠী", "GROUP"),
    ("হ্যাকারগোষ্ঠী", "GROUP"), ("হ্যাক্টিভিস্ট গোষ্ঠী", "GROUP"), ("বটনেট", "GROUP"),
    ("দল", "GROUP"), ("গোষ্ঠী", "GROUP"),
    ("নজরদারি সাইট", "MONITOR"), ("নজরদারি প্ল্যাটফর্ম", "MONITOR"), ("নজরদারি সংস্থা", "MONITOR"),
    ("পর্যবেক্ষণ সংস্থা", "MONITOR"), ("পর্যবেক্ষণ সাইট", "MONITOR"), ("পর্যবেক্ষণ পরিষেবা", "MONITOR"),
    ("পর্যবেক্ষক সংস্থা", "MONITOR"), ("সংগ্রহকারী সাইট", "MONITOR"), ("ট্র্যাকার", "MONITOR"),
    ("নিরাপত্তা সংস্থা", "ORG"), ("নিরাপত্তা প্রতিষ্ঠান", "ORG"), ("গবেষণা সংস্থা", "ORG"),
    ("বার্তা সংস্থা", "ORG"), ("সংবাদ সংস্থা", "ORG"), ("সফটওয়্যার সংস্থা", "ORG"),
    ("প্রযুক্তি সংস্থা", "ORG"), ("সংস্থা", "ORG"), ("প্রতিষ্ঠান", "ORG"), ("কোম্পানি", "ORG"),
    ("সংগঠন", "ORG"), ("সমিতি", "ORG"),
)
# One-word types too vague to introduce a name on their own ("দল", "সংস্থা"): they count
# only after "<name> নামের".
WEAK_TYPES: Final[frozenset[str]] = frozenset({
    "দল", "গোষ্ঠী", "সংস্থা", "প্রতিষ্ঠান", "কোম্পানি", "সংগঠন", "সমিতি", "অপারেটর",
})

ROLES: Final[frozenset[str]] = frozenset({
    "মুখপাত্র", "সিইও", "সিটিও", "সিওও", "প্রধান", "নির্বাহী", "চেয়ারম্যান", "মন্ত্রী", "প্রতিমন্ত্রী",
    "উপমন্ত্রী", "মুখ্যমন্ত্রী", "প্রধানমন্ত্রী", "সচিব", "সেনেটর", "সাংসদ", "বিধায়ক", "মেয়র",
    "উপদেষ্টা", "কমিশনার", "মহাপরিচালক", "পরিচালক", "ডিরেক্টর", "ব্যবস্থাপক", "ম্যানেজার",
    "কর্মকর্তা", "আধিকারিক", "সভাপতি", "সম্পাদক", "প্রতিষ্ঠাতা", "অধ্যাপক", "গবেষক",
    "বিশেষজ্ঞ", "বিশ্লেষক", "প্রকৌশলী", "ইঞ্জিনিয়ার", "কর্মী", "বাসিন্দা", "ছাত্র", "ছাত্রী",
    "শিক্ষার্থী", "পড়ুয়া", "শিক্ষক", "শিক্ষিকা", "স্কুলশিক্ষিকা", "স্কুলশিক্ষক", "ব্যবসায়ী",
    "উদ্যোক্তা", "ফ্রিল্যান্সার", "চালক", "রপ্তানিকারক", "দোকানি", "দোকানদার", "বিক্রেতা",
    "গৃহবধূ", "গৃহিণী", "চিকিৎসক", "আইনজীবী", "সাংবাদিক", "কমেডিয়ান", "অভিনেতা", "অভিনেত্রী",
    "ক্রিকেটার", "ইউটিউবার", "কনটেন্ট", "নির্মাতা", "অধিকর্তা", "আয়োজক", "সংগঠক", "পরামর্শক",
    "অ্যাকাউন্ট্যান্ট", "কনসালট্যান্ট", "ডেভেলপার", "প্রোগ্রামার", "ডিজাইনার", "অ্যানালিস্ট",
    "স্পেশালিস্ট", "এক্সিকিউটিভ", "অফিসার", "কো-ফাউন্ডার", "ফাউন্ডার", "ব্লগার", "ইনফ্লুয়েন্সার",
    "চাষি", "চাষী", "কৃষক", "শ্রমিক", "মজুর", "দিনমজুর", "জেলে", "কর্মচারী", "তাঁতি", "কারিগর",
    "রিকশাচালক", "গাড়িচালক", "দর্জি", "নার্স", "পুলিশকর্মী", "স্বাস্থ্যকর্মী", "দোকানমালিক",
})

SURNAMES: Final[frozenset[str]] = frozenset({
    "দাস", "পাল", "বসু", "ঘোষ", "দত্ত", "চক্রবর্তী", "ব্যানার্জি", "বন্দ্যোপাধ্যায়", "মুখার্জি",
    "মুখোপাধ্যায়", "চ্যাটার্জি", "চট্টোপাধ্যায়", "ভট্টাচার্য", "গঙ্গোপাধ্যায়", "সেন", "সেনগুপ্ত",
    "দাশগুপ্ত", "দত্তগুপ্ত", "সাহা", "মণ্ডল", "মন্ডল", "হালদার", "নন্দী", "বিশ্বাস", "গুহ", "নাগ",
    "কর", "ধর", "দে", "পাত্র", "মাইতি", "প্রামাণিক", "বর্মন", "সিংহ", "ঘোষাল", "রক্ষিত", "মজুমদার",
    "চৌধুরী", "তালুকদার", "ইসলাম", "হোসেন", "হোসাইন", "হক", "রহমান", "আহমেদ", "আহমদ", "আলম",
    "খান", "উদ্দিন", "উদ্দীন", "শেখ", "মিয়া", "করিম", "আক্তার", "আখতার", "বেগম", "খাতুন", "জাহান",
    "হাসান", "মাহমুদ", "কবির", "সরদার", "মোল্লা", "হুদা", "কাদের", "আলী", "আলি", "রশিদ", "সিদ্দিকী",
    "চৌধুরি", "ভূঁইয়া", "ভুইয়া", "নাথ", "শর্মা", "সিং", "আগরওয়াল", "পাণ্ডে", "মিশ্র",
    "যাদব", "সরকার", "রায়", "মিত্র",
})
AMBIGUOUS_SURNAMES: Final[frozenset[str]] = frozenset({"সরকার", "রায়", "মিত্র", "কর", "দে", "খান", "নাগ", "ধর", "সেন", "ইসলাম"})

SPEECH: Final[frozenset[str]] = frozenset({
    "বলেন", "বলেছেন", "বললেন", "বলছেন", "বলেছে", "বলছে", "জানান", "জানিয়েছেন", "জানালেন",
    "জানাচ্ছেন", "জানিয়েছে", "লিখেছেন", "লেখেন", "দাবি", "অভিযোগ", "মনে",
})

NAME_TITLES: Final[frozenset[str]] = frozenset({"মো", "মোঃ", "মোহাম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "সৈয়দ"})

# Words that mark a sentence as about hacking (for GROUP heads).
HACKING: Final[frozenset[str]] = frozenset({
    "হ্যাকার", "হ্যাকারদের", "হ্যাকিং", "হ্যাক", "হামলা", "হামলার", "ডিডস", "ডিডিওএস", "সাইবার",
    "সাইবারহামলা", "দায়", "বটনেট", "আক্রমণ",
})

NOT_NAMES: Final[frozenset[str]] = frozenset({
    "মোবাইল", "হোম", "ফ্রি", "পাবলিক", "রাজ্য", "কেন্দ্র", "কেন্দ্রীয়", "জাতীয়", "দেশীয়", "স্থানীয়",
    "সরকারি", "বেসরকারি", "অপটিক্যাল", "অপটিক", "সাবমেরিন", "ডিজিটাল", "অনলাইন", "নতুন", "পুরনো",
    "পুরোনো", "বড়", "ছোট", "সব", "সকল", "কোনো", "কোনও", "অন্য", "অন্যান্য", "এই", "ওই", "সেই",
    "হাই", "স্পিড", "ইন্টারনেট", "ওয়াইফাই", "ব্রডব্যান্ড", "ফাইবার", "নেট", "টেলিকম", "ক্লাউড",
    "ইউপিআই", "আন্তর্জাতিক", "বিদেশি", "অন্তর্বর্তী", "অন্তর্বর্তীকালীন", "তত্ত্বাবধায়ক", "বর্তমান",
    "আগের", "পূর্ববর্তী", "বিরোধী", "ক্ষমতাসীন", "পেমেন্ট", "ই", "এম", "ভিডিও", "ক্যাশলেস", "বিনামূল্যে",
    "বাণিজ্যিক", "বিশ্ব", "গ্লোবাল", "লোকাল", "ব্যক্তিগত", "নিজস্ব", "নিজেদের", "তাদের", "আমাদের",
    "বৃহত্তম", "অন্যতম", "শীর্ষ", "শীর্ষস্থানীয়", "রাষ্ট্রায়ত্ত", "রাষ্ট্রীয়", "প্রথম", "দ্বিতীয়",
    "তৃতীয়", "অব", "হেড", "প্রধান", "করপোরেট", "কর্পোরেট", "গ্রাহক", "ব্যবহারকারী",
    "কমিউনিকেশনস", "কমিউনিকেশন", "অ্যাফেয়ার্স", "রিলেশনস", "মার্কেটিং", "অপারেশনস", "ঠিকমতো",
    "ঠিকঠাক", "একেবারে", "পুরোপুরি", "আংশিক", "হঠাৎ", "আবার", "ফের", "সম্পূর্ণ",
    "বিভ্রাট", "সমস্যা", "হামলা", "দায়", "অচল", "বন্ধ", "বিকল", "ধীরগতি", "ধীরগতির", "বিপর্যস্ত", "বিঘ্নিত", "ডাউন", "স্বাভাবিক", "চালু",
})

# Words after "<place> <head>" that make it an operator's unit, not a service: দার্জিলিং টেলিকম জেলা.
UNITS: Final[frozenset[str]] = frozenset({"জেলা", "সার্কেল", "অঞ্চল", "বিভাগ", "শাখা", "জোন"})

# Verbs that make the noun before them part of a phrase: "ক্যাব বুক করতে", "কাজ করেনি".
LIGHT_VERBS: Final[frozenset[str]] = frozenset({
    "করা", "করতে", "করে", "করেন", "করেনি", "করছে", "করছিল", "করল", "করলেন", "হয়", "হয়নি",
    "হচ্ছে", "হচ্ছিল", "হলো", "হল", "দেওয়া", "দিতে", "নেওয়া", "নিতে", "যায়", "যাচ্ছে", "যাচ্ছিল",
})

# Endings of verb forms (খুলছে, খুলতেও, পড়ল): a word with one is not a service's or a
# group's name.
VERB_ENDINGS: Final[tuple[str, ...]] = (
    "ছে", "ছেন", "ছিল", "ছিলো", "ছিলেন", "লেন", "লাম", "তেও", "তেই", "লেও", "লেই", "বেন", "বে",
    "তে", "লে", "নি", "চ্ছে", "য়ে", "িয়ে",
)

# Endings of agent nouns (আয়োজক, ব্যবহারকারী, আইনজীবী): a word with one before a name is
# the person's role, not the first word of the name.
AGENT_ENDINGS: Final[tuple[str, ...]] = ("কারী", "জীবী", "বিদ", "কর্তা")

# Endings that proper names do not take: classifiers (-টি, -টা, -গুলো) and plurals
# (-রা after -ে, -দের). A span the model tags that ends so is a common noun phrase.
NOT_NAME_ENDINGS: Final[tuple[str, ...]] = (
    "টি", "টির", "টিকে", "টিতে", "টা", "টার", "টাকে", "গুলো", "গুলোর", "গুলোকে", "গুলি",
    "গুলির", "গুলিকে", "গুলোতে", "গুলিতে", "েরা", "দের", "দেরকে", "েরাও", "দেরও",
)

# English function words: a Latin span with one is a phrase from an error message
# ("process your request"), not a name.
ENGLISH_FUNCTION_WORDS: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "to", "of", "or", "and", "is", "are", "was", "be", "not", "no", "we",
    "you", "your", "our", "it", "this", "that", "please", "try", "again", "could", "can",
    "cannot", "unable", "only", "have", "has", "been", "something", "went", "wrong", "with",
    "for", "in", "on", "at", "by", "from", "too", "many", "requests", "request", "error",
})
# fmt: on
