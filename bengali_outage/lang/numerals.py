"""Bengali number words: cardinals, scale words, fractions, ordinals and counters.

Every string is NFC (so য়, ড়, ঢ় are spelled base letter + nukta, U+09BC).
Spellings are those of West Bengal and Bangladesh news prose; each spelling
has its own row.
"""

from __future__ import annotations

from typing import Final

from bengali_outage.models import Qualifier

# fmt: off
# Cardinals 0-99. Bengali 0-99 are separate words, not tens + units, so every
# one is listed. The ঊন- (one less than) numbers are also written উন-.
CARDINALS: Final[tuple[tuple[str, int], ...]] = (
    ("শূন্য", 0),
    ("এক", 1),
    ("দুই", 2), ("দু", 2),
    ("তিন", 3),
    ("চার", 4),
    ("পাঁচ", 5),
    ("ছয়", 6), ("ছ", 6),
    ("সাত", 7),
    ("আট", 8),
    ("নয়", 9), ("ন", 9),
    ("দশ", 10),
    ("এগারো", 11), ("এগার", 11),
    ("বারো", 12), ("বার", 12),
    ("তেরো", 13), ("তের", 13),
    ("চৌদ্দ", 14), ("চোদ্দ", 14), ("চোদ্দো", 14),
    ("পনেরো", 15), ("পনের", 15),
    ("ষোলো", 16), ("ষোল", 16),
    ("সতেরো", 17), ("সতের", 17),
    ("আঠারো", 18), ("আঠার", 18),
    ("উনিশ", 19), ("ঊনিশ", 19),
    ("বিশ", 20), ("কুড়ি", 20),   # both in use; বিশ is the canonical rendering
    ("একুশ", 21),
    ("বাইশ", 22),
    ("তেইশ", 23),
    ("চব্বিশ", 24),
    ("পঁচিশ", 25),
    ("ছাব্বিশ", 26),
    ("সাতাশ", 27),
    ("আঠাশ", 28), ("আটাশ", 28),
    ("উনত্রিশ", 29), ("ঊনত্রিশ", 29),
    ("ত্রিশ", 30), ("তিরিশ", 30),
    ("একত্রিশ", 31),
    ("বত্রিশ", 32),
    ("তেত্রিশ", 33),
    ("চৌত্রিশ", 34), ("চৌঁত্রিশ", 34), ("চোত্রিশ", 34),
    ("পঁয়ত্রিশ", 35),
    ("ছত্রিশ", 36),
    ("সাঁইত্রিশ", 37),
    ("আটত্রিশ", 38),
    ("উনচল্লিশ", 39), ("ঊনচল্লিশ", 39),
    ("চল্লিশ", 40),
    ("একচল্লিশ", 41),
    ("বিয়াল্লিশ", 42), ("বেয়াল্লিশ", 42),
    ("তেতাল্লিশ", 43),
    ("চুয়াল্লিশ", 44),
    ("পঁয়তাল্লিশ", 45),
    ("ছেচল্লিশ", 46),
    ("সাতচল্লিশ", 47),
    ("আটচল্লিশ", 48),
    ("উনপঞ্চাশ", 49), ("ঊনপঞ্চাশ", 49),
    ("পঞ্চাশ", 50),
    ("একান্ন", 51),
    ("বাহান্ন", 52), ("বায়ান্ন", 52),
    ("তিপ্পান্ন", 53),
    ("চুয়ান্ন", 54),
    ("পঞ্চান্ন", 55),
    ("ছাপ্পান্ন", 56),
    ("সাতান্ন", 57),
    ("আটান্ন", 58),
    ("উনষাট", 59), ("ঊনষাট", 59),
    ("ষাট", 60),
    ("একষট্টি", 61),
    ("বাষট্টি", 62),
    ("তেষট্টি", 63),
    ("চৌষট্টি", 64),
    ("পঁয়ষট্টি", 65),
    ("ছেষট্টি", 66),
    ("সাতষট্টি", 67),
    ("আটষট্টি", 68),
    ("উনসত্তর", 69), ("ঊনসত্তর", 69),
    ("সত্তর", 70),
    ("একাত্তর", 71),
    ("বাহাত্তর", 72), ("বায়াত্তর", 72),
    ("তিয়াত্তর", 73),
    ("চুয়াত্তর", 74),
    ("পঁচাত্তর", 75),
    ("ছিয়াত্তর", 76),
    ("সাতাত্তর", 77),
    ("আটাত্তর", 78),
    ("উনআশি", 79), ("ঊনআশি", 79), ("উনাশি", 79), ("ঊনাশি", 79),
    ("আশি", 80),
    ("একাশি", 81),
    ("বিরাশি", 82),
    ("তিরাশি", 83),
    ("চুরাশি", 84),
    ("পঁচাশি", 85),
    ("ছিয়াশি", 86),
    ("সাতাশি", 87),
    ("অষ্টআশি", 88), ("অষ্টাশি", 88),
    ("উননব্বই", 89), ("ঊননব্বই", 89), ("উননব্বুই", 89),
    ("নব্বই", 90), ("নব্বুই", 90),
    ("একানব্বই", 91),
    ("বিরানব্বই", 92),
    ("তিরানব্বই", 93),
    ("চুরানব্বই", 94),
    ("পঁচানব্বই", 95),
    ("ছিয়ানব্বই", 96),
    ("সাতানব্বই", 97),
    ("আটানব্বই", 98),
    ("নিরানব্বই", 99),
)

# Scale words multiply the amount before them. শ is also written শো, শত and,
# with an apostrophe marking the dropped vowel, 'শ or শ' (পাঁচ'শ, পাঁচশ').
# সহস্র is the formal (Sanskrit) thousand. Indian English lakh/crore appear
# in Latin script in both countries; Latin words are matched ignoring case.
SCALES: Final[tuple[tuple[str, int], ...]] = (
    ("শ", 100), ("শো", 100), ("শত", 100), ("'শ", 100), ("শ'", 100), ("'শো", 100),
    ("হাজার", 1_000), ("সহস্র", 1_000),
    ("লাখ", 100_000), ("লক্ষ", 100_000),
    ("কোটি", 10_000_000),
    ("মিলিয়ন", 1_000_000),
    ("বিলিয়ন", 1_000_000_000),
    ("ট্রিলিয়ন", 1_000_000_000_000),
    ("ডজন", 12),   # কয়েক ডজন, দুই ডজন
    ("hundred", 100),
    ("thousand", 1_000),
    ("lakh", 100_000), ("lac", 100_000), ("lakhs", 100_000), ("lacs", 100_000),
    ("crore", 10_000_000), ("crores", 10_000_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
)
# A bare scale word without a number before it is "one" of it only for হাজার
# (হাজার মানুষ, "a thousand people"); a bare লক্ষ is usually the verb stem
# "notice" (লক্ষ করা) and a bare কোটি or শত is figurative.
BARE_SCALES: Final[tuple[tuple[str, int], ...]] = (("হাজার", 1_000),)

# দেড় (one and a half) and আড়াই (two and a half) are whole amounts on their own:
# দেড় হাজার = 1500, আড়াই লাখ = 250000.
FRACTION_WHOLES: Final[tuple[tuple[str, float], ...]] = (
    ("দেড়", 1.5),
    ("আড়াই", 2.5),
    ("অর্ধ", 0.5),   # অর্ধশত = 50, অর্ধ লক্ষ = 50000, অর্ধশতাধিক = more than 50
)
# সাড়ে, সোয়া and পৌনে add to (or take from) the number after them:
# সাড়ে তিন = 3.5, সোয়া দুই = 2.25, পৌনে পাঁচ = 4.75.
FRACTION_OFFSETS: Final[tuple[tuple[str, float], ...]] = (
    ("সাড়ে", 0.5),
    ("সোয়া", 0.25),
    ("পৌনে", -0.25),
)
FRACTIONS: Final[tuple[tuple[str, float], ...]] = FRACTION_WHOLES + FRACTION_OFFSETS

# Counter (classifier) suffixes written onto a number: তিনটি, ৩টি, দুটো, পাঁচজন.
# টা and টায় after a number of 1-12 usually mean a clock hour (১০টা, সাতটায়).
COUNTERS: Final[tuple[str, ...]] = ("টি", "টা", "টো", "টে", "খানা", "খানি", "জন")
# টি is also typed after a space (১৪০ টি টাওয়ার); it is a counter even so.
SPACED_COUNTERS: Final[tuple[str, ...]] = ("টি",)

# Ordinal words and the digit suffixes of ordinals and calendar days.
ORDINALS: Final[tuple[tuple[str, int], ...]] = (
    ("প্রথম", 1),
    ("দ্বিতীয়", 2),
    ("তৃতীয়", 3),
    ("চতুর্থ", 4),
    ("পঞ্চম", 5),
    ("ষষ্ঠ", 6),
    ("সপ্তম", 7),
    ("অষ্টম", 8),
    ("নবম", 9),
    ("দশম", 10),
    ("একাদশ", 11),
    ("দ্বাদশ", 12),
    ("ত্রয়োদশ", 13),
    ("চতুর্দশ", 14),
    ("পঞ্চদশ", 15),
    ("ষোড়শ", 16),
    ("সপ্তদশ", 17),
    ("অষ্টাদশ", 18),
    ("ঊনবিংশ", 19), ("উনবিংশ", 19),
    ("বিংশ", 20),
    ("একবিংশ", 21),
)
# Suffixes on digit ordinals (১ম, ২য়, ৩য়, ৪র্থ, ৬ষ্ঠ, ২১তম) and on day-of-month
# numbers (১লা, ২রা, ৩রা, ৪ঠা, ৫ই, ২১শে). ম/য়/র্থ/ষ্ঠ follow only the digits
# shown; তম follows any number; লা, রা, ঠা, ই, শে are the calendar forms.
ORDINAL_DIGIT_SUFFIXES: Final[tuple[tuple[str, frozenset[int] | None], ...]] = (
    ("ম", frozenset({1, 5, 7, 8, 9, 10})),
    ("য়", frozenset({2, 3})),
    ("র্থ", frozenset({4})),
    ("ষ্ঠ", frozenset({6})),
    ("তম", None),
    ("লা", frozenset({1})),
    ("রা", frozenset({2, 3})),
    ("ঠা", frozenset({4})),
    ("ই", frozenset(range(5, 19))),
    ("শে", frozenset(range(19, 32))),
)

# Number words that are also everyday words: নয় "is not", ন a negative prefix,
# বার "time(s)" (দুই বার, এবার), ছ an interjection, শূন্য "empty", অর্ধ "half-"
# in compounds. In running text they are numbers only before a scale word or
# with a counter (নয় হাজার, নয়জন, অর্ধশত).
AMBIGUOUS_CARDINALS: Final[frozenset[str]] = frozenset({"নয়", "ন", "বার", "ছ", "শূন্য", "অর্ধ"})
# এক before a noun, and একটি, একটা, একজন, are the indefinite article "a";
# এক is "one" only before a scale word (এক হাজার, একশো).
ARTICLE_CARDINALS: Final[frozenset[str]] = frozenset({"এক"})

# কয়েক "a few" before a scale word or a counter: কয়েক হাজার, কয়েকশো,
# কয়েকজন. SPEC: কয়েক N is 2·N to 9·N. বেশ কয়েক is "quite a few".
FEW_WORDS: Final[tuple[str, ...]] = ("কয়েক", "বেশ কয়েক")

# Vague multitudes: a doubled scale word (হাজার হাজার, লক্ষ লক্ষ), its
# locative doubled (হাজারে হাজারে, শয়ে শয়ে) or the -ও plural (হাজারো,
# লাখো). SPEC: N·2 to N·99, "several". The doubled forms are also written
# solid or with a hyphen (শতশত, লক্ষ-লক্ষ).
MANY: Final[tuple[tuple[str, int], ...]] = (
    ("শত শত", 100), ("শয়ে শয়ে", 100), ("শ'য়ে শ'য়ে", 100),
    ("হাজার হাজার", 1_000), ("হাজারে হাজারে", 1_000), ("হাজারো", 1_000),
    ("লাখ লাখ", 100_000), ("লক্ষ লক্ষ", 100_000), ("লাখে লাখে", 100_000),
    ("লক্ষে লক্ষে", 100_000), ("লাখো লাখো", 100_000), ("লাখো", 100_000),
    ("কোটি কোটি", 10_000_000),
    ("মিলিয়ন মিলিয়ন", 1_000_000),
)

# N + অধিক "more than N", written solid with the vowels joined (শত + অধিক =
# শতাধিক). SPEC: শতাধিক is at least 101. A number may go before the scale
# forms: দুই শতাধিক = more than 200.
MORE_THAN: Final[tuple[tuple[str, int], ...]] = (
    ("একাধিক", 1),
    ("দশাধিক", 10),
    ("শতাধিক", 100),
    ("হাজারাধিক", 1_000), ("সহস্রাধিক", 1_000),
    ("লক্ষাধিক", 100_000), ("লাখাধিক", 100_000),
)

# -খানেক after a scale word is "about one": হাজারখানেক ≈ 1000, শ'খানেক ≈ 100.
# After a cardinal, -এক says "about": হাজার পাঁচেক ≈ 5000, জনা দশেক ≈ 10
# people (the word order is inverted: scale first).
ABOUT_SUFFIXES: Final[tuple[str, ...]] = ("খানেক",)
ABOUT_COUNT_SUFFIX: Final = "েক"
# দুই takes -য়েক, not -েক; and একেক is "each", not "about one".
ABOUT_COUNTS_IRREGULAR: Final[tuple[tuple[str, int], ...]] = (("দুয়েক", 2),)
# জনা before a count of people: জনা পঞ্চাশ, জনা দশেক (about N people).
PEOPLE_ABOUT: Final = "জনা"

# Qualifiers before a number.
PREFIX_QUALIFIERS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("প্রায়", "approximate"), ("আনুমানিক", "approximate"), ("মোটামুটি", "approximate"),
    ("কমবেশি", "approximate"), ("কম-বেশি", "approximate"), ("কমবেশী", "approximate"),
    ("আন্দাজ", "approximate"),
    ("অন্তত", "at_least"), ("অন্ততপক্ষে", "at_least"), ("কমপক্ষে", "at_least"),
    ("কম করে", "at_least"), ("ন্যূনতম", "at_least"), ("নূন্যতম", "at_least"),
    ("সর্বনিম্ন", "at_least"),
    ("সর্বোচ্চ", "at_most"), ("সর্বাধিক", "at_most"), ("বড়জোর", "at_most"),
    ("অনধিক", "at_most"), ("অনূর্ধ্ব", "at_most"),
)
# Qualifiers after a genitive (-এর, -র, হাজারের), with or without ও "even":
# ৪০ হাজারেরও বেশি, ১০০-র কম, ৩০০-র মতো.
AFTER_GENITIVE_QUALIFIERS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("বেশি", "at_least"), ("বেশী", "at_least"), ("অধিক", "at_least"),
    ("ঊর্ধ্বে", "at_least"), ("উর্ধ্বে", "at_least"),
    ("ওপরে", "at_least"), ("উপরে", "at_least"), ("ওপর", "at_least"), ("উপর", "at_least"),
    ("কম", "at_most"), ("নিচে", "at_most"), ("নীচে", "at_most"),
    ("কাছাকাছি", "approximate"), ("মতো", "approximate"), ("মত", "approximate"),
    ("আশপাশে", "approximate"), ("আশেপাশে", "approximate"),
)
# Qualifiers right after the number: ৫ হাজার ছাড়িয়ে ("passing 5000"),
# ৩০০ নাগাদ, ৫০০ মতো. ছাড়া alone is "except" and is not here.
AFTER_QUALIFIERS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("ছাড়িয়ে", "at_least"), ("ছাড়িয়েছে", "at_least"), ("ছাড়াল", "at_least"),
    ("ছাড়ালো", "at_least"), ("ছাড়ায়", "at_least"), ("ছাড়িয়ে গেছে", "at_least"),
    ("পেরিয়ে", "at_least"), ("পেরিয়েছে", "at_least"), ("পেরোল", "at_least"),
    ("প্লাস", "at_least"),
    ("নাগাদ", "approximate"), ("মতো", "approximate"), ("মত", "approximate"),
    ("ছুঁইছুঁই", "approximate"), ("ছুঁই ছুঁই", "approximate"),
)
# Written solid after the digits: ৫০০+ ("500 plus").
SOLID_AFTER_QUALIFIERS: Final[tuple[tuple[str, Qualifier], ...]] = (("+", "at_least"),)

# A number before these is a label, not an amount: ৯৯৯ নম্বরে (Bangladesh's
# emergency line), ১৪৪ ধারা (an order banning gatherings, often beside an
# internet shutdown), ৫ নং ওয়ার্ড, ১২ তারিখে (the 12th of the month), উত্তর
# ২৪ পরগনা (a West Bengal district).
LABEL_WORDS_AFTER: Final[tuple[str, ...]] = (
    "নম্বর", "নং", "ধারা", "অনুচ্ছেদ", "ক্রমিক", "তারিখ", "পরগনা", "পরগণা",
)
# ... and after these: নং ৫, ধারা ১৪৪, হেল্পলাইন ১৬২৩৪, হটলাইন ১২১.
LABEL_WORDS_BEFORE: Final[tuple[str, ...]] = (
    "নম্বর", "নং", "ধারা", "অনুচ্ছেদ", "ক্রমিক", "হেল্পলাইন", "হটলাইন", "কোড",
)
# fmt: on
