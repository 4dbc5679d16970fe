"""Calendar words: Gregorian, Bengali and Hijri months, weekdays, day suffixes, eras.

Every string is NFC (so য়, ড়, ঢ় are spelled base letter + nukta, U+09BC).
Spellings are those seen in West Bengal and Bangladesh news prose and page
furniture (datelines, "প্রকাশ:" lines); each spelling has its own row.
"""

from __future__ import annotations

from typing import Final, Literal

from bengali_outage.models import Weekday

Era = Literal["gregorian", "bangla", "hijri", "unmarked"]

# fmt: off
# Gregorian months, Bengali transliterations first. ী and ি both end জানুয়ারি
# and ফেব্রুয়ারি; West Bengal writes অগস্ট, Bangladesh আগস্ট (and আগষ্ট).
GREGORIAN_MONTHS: Final[tuple[tuple[str, int], ...]] = (
    ("জানুয়ারি", 1), ("জানুয়ারী", 1), ("জানুআরি", 1),
    ("ফেব্রুয়ারি", 2), ("ফেব্রুয়ারী", 2), ("ফেব্রুআরি", 2),
    ("মার্চ", 3),
    ("এপ্রিল", 4),
    ("মে", 5),
    ("জুন", 6),
    ("জুলাই", 7),
    ("আগস্ট", 8), ("অগস্ট", 8), ("আগষ্ট", 8), ("অগাস্ট", 8), ("আগাস্ট", 8), ("অগষ্ট", 8),
    ("সেপ্টেম্বর", 9), ("সেপ্টেম্বার", 9), ("সেপ্টেমবর", 9),
    ("অক্টোবর", 10), ("অক্টোবার", 10), ("অকটোবর", 10),
    ("নভেম্বর", 11), ("নবেম্বর", 11), ("নভেম্বার", 11),
    ("ডিসেম্বর", 12), ("ডিসেম্বার", 12),
    # English, as in "Published: November 18, 2025" lines; matched ignoring case.
    ("January", 1), ("Jan", 1),
    ("February", 2), ("Feb", 2),
    ("March", 3), ("Mar", 3),
    ("April", 4), ("Apr", 4),
    ("May", 5),
    ("June", 6), ("Jun", 6),
    ("July", 7), ("Jul", 7),
    ("August", 8), ("Aug", 8),
    ("September", 9), ("Sept", 9), ("Sep", 9),
    ("October", 10), ("Oct", 10),
    ("November", 11), ("Nov", 11),
    ("December", 12), ("Dec", 12),
)

# Month words that are also ordinary words: মার্চ is a protest march (লং মার্চ),
# and English month names double as verbs and names (May, March). These are a
# month only beside a day number, a year, or মাস.
AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset(
    {"মার্চ", "মে"} | {w for w, _ in GREGORIAN_MONTHS if w.isascii()}
)

# Weekdays. রোববার is the usual Bangladeshi spelling, বিষ্যুদবার a colloquial
# Thursday. The -বার ending takes case endings: বৃহস্পতিবারের, সোমবারে.
WEEKDAY_NAMES: Final[tuple[tuple[str, Weekday], ...]] = (
    ("সোমবার", "monday"),
    ("মঙ্গলবার", "tuesday"),
    ("বুধবার", "wednesday"),
    ("বৃহস্পতিবার", "thursday"), ("বিষ্যুদবার", "thursday"), ("বৃহষ্পতিবার", "thursday"),
    ("বিস্যুদবার", "thursday"),
    ("শুক্রবার", "friday"),
    ("শনিবার", "saturday"),
    ("রবিবার", "sunday"), ("রোববার", "sunday"), ("রোবার", "sunday"),
    ("Monday", "monday"), ("Tuesday", "tuesday"), ("Wednesday", "wednesday"),
    ("Thursday", "thursday"), ("Friday", "friday"), ("Saturday", "saturday"),
    ("Sunday", "sunday"),
)
# English abbreviations are weekdays only right beside a date ("Tue, 18 Nov").
WEEKDAY_ABBREVIATIONS: Final[tuple[tuple[str, Weekday], ...]] = (
    ("Mon", "monday"), ("Tue", "tuesday"), ("Tues", "tuesday"), ("Wed", "wednesday"),
    ("Thu", "thursday"), ("Thur", "thursday"), ("Thurs", "thursday"), ("Fri", "friday"),
    ("Sat", "saturday"), ("Sun", "sunday"),
)

# Bengali calendar months (বঙ্গাব্দ), 1 = বৈশাখ. Bangladesh and West Bengal name
# them alike; অঘ্রান is the spoken name of অগ্রহায়ণ, ফাগুন of ফাল্গুন.
BANGLA_MONTHS: Final[tuple[tuple[str, int], ...]] = (
    ("বৈশাখ", 1),
    ("জ্যৈষ্ঠ", 2), ("জৈষ্ঠ", 2), ("জ্যেষ্ঠ", 2), ("জৈষ্ঠ্য", 2),
    ("আষাঢ়", 3),
    ("শ্রাবণ", 4), ("শ্রাবন", 4), ("শাওন", 4),
    ("ভাদ্র", 5),
    ("আশ্বিন", 6),
    ("কার্তিক", 7), ("কার্ত্তিক", 7),
    ("অগ্রহায়ণ", 8), ("অগ্রহায়ন", 8), ("অঘ্রান", 8), ("অঘ্রাণ", 8),
    ("পৌষ", 9),
    ("মাঘ", 10),
    ("ফাল্গুন", 11), ("ফাগুন", 11),
    ("চৈত্র", 12),
)

# Hijri (Islamic lunar) months, as Bangladeshi datelines print them beside the
# Gregorian and Bengali dates. Spellings vary with the Arabic transliteration.
HIJRI_MONTHS: Final[tuple[tuple[str, int], ...]] = (
    ("মহররম", 1), ("মুহাররম", 1), ("মহরম", 1),
    ("সফর", 2), ("ছফর", 2),
    ("রবিউল আউয়াল", 3), ("রবিউল আওয়াল", 3),
    ("রবিউস সানি", 4), ("রবিউস সানী", 4), ("রবিউল আখির", 4), ("রবিউল আখের", 4),
    ("জমাদিউল আউয়াল", 5), ("জমাদিউল আওয়াল", 5), ("জুমাদাল উলা", 5),
    ("জমাদিউস সানি", 6), ("জমাদিউস সানী", 6), ("জমাদিউল আখির", 6), ("জুমাদাল আখিরাহ", 6),
    ("রজব", 7),
    ("শাবান", 8), ("শা'বান", 8),
    ("রমজান", 9), ("রমযান", 9), ("রামাদান", 9), ("রামাদ্বান", 9),
    ("শাওয়াল", 10),
    ("জিলকদ", 11), ("জিলক্বদ", 11), ("জ্বিলকদ", 11), ("জিলকাদ", 11),
    ("জিলহজ", 12), ("জিলহজ্জ", 12), ("জ্বিলহজ", 12), ("জিলহজ্ব", 12),
)

# Day-of-month suffixes on digits: লা after 1, রা after 2 and 3, ঠা after 4,
# ই after 5-18 and শে after 19-31 (১লা বৈশাখ, ২১শে ফেব্রুয়ারি).
DAY_SUFFIXES: Final[tuple[tuple[int, str], ...]] = (
    (1, "লা"), (2, "রা"), (3, "রা"), (4, "ঠা"),
    *((d, "ই") for d in range(5, 19)),
    *((d, "শে") for d in range(19, 32)),
)
# Writers do not always pick the textbook suffix (২২ই, ১০শে), so any of these
# is read after any day number; the table above is the standard usage.
DAY_SUFFIX_FORMS: Final[tuple[str, ...]] = ("লা", "রা", "ঠা", "ই", "শে")

# Traditional words for the first days of a month: পয়লা (West Bengal) and
# পহেলা (Bangladesh) বৈশাখ are New Year's day.
DAY_WORDS: Final[tuple[tuple[str, int], ...]] = (
    ("পয়লা", 1), ("পহেলা", 1),
    ("দোসরা", 2),
    ("তেসরা", 3),
    ("চৌঠা", 4),
)

# Words after a year number that name its era. সাল and সন say only "year":
# the number decides (1300-1550 is a বঙ্গাব্দ year, later ones Gregorian).
# ইং (ইংরেজি, "English") marks a Gregorian date in Bangladeshi documents.
ERA_WORDS: Final[tuple[tuple[str, Era], ...]] = (
    ("খ্রিস্টাব্দ", "gregorian"), ("খ্রিষ্টাব্দ", "gregorian"),
    ("খ্রিঃ", "gregorian"), ("খ্রি.", "gregorian"), ("ইংরেজি", "gregorian"), ("ইং", "gregorian"),
    ("AD", "gregorian"), ("CE", "gregorian"),
    ("বঙ্গাব্দ", "bangla"), ("বাংলা সন", "bangla"),
    ("হিজরি", "hijri"), ("হিজরী", "hijri"), ("হিঃ", "hijri"),
    ("সাল", "unmarked"), ("সন", "unmarked"),
)
# Year numbers read as বঙ্গাব্দ when only সাল/সন marks them.
BANGLA_YEAR_RANGE: Final[tuple[int, int]] = (1300, 1550)
# Gregorian years we accept at all (outside these a number is not a year).
GREGORIAN_YEAR_RANGE: Final[tuple[int, int]] = (1800, 2199)
# fmt: on
