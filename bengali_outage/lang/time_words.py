"""Time words: parts of the day, clock hours, fractions of the hour, zones, relative days.

Every string is NFC (so য়, ড়, ঢ় are spelled base letter + nukta, U+09BC).
Hour ranges follow SPEC section 4. Case endings (সকালে, রাতের, সন্ধ্যায়,
বৃহস্পতিবারের) are not listed: the normalisers read them after any stem.
"""

from __future__ import annotations

from typing import Final, Literal

from bengali_outage.models import PartOfDay

Meridiem = Literal["am", "pm"]
PeriodUnit = Literal["day", "week", "month", "year"]

# fmt: off
# Parts of the day with the 24-hour span each names (first, last hour,
# inclusive; রাত wraps past midnight). A clock hour after the word is read as
# the 24-hour hour inside that span: রাত আটটা = 20:00 but রাত ২টা = 02:00.
# বেলা ("daytime") spans the late morning and the early afternoon: বেলা ১১টা
# is 11:00, বেলা ২টা 14:00; it takes its part of day from the hour.
DAY_PART_HOURS: Final[tuple[tuple[PartOfDay, int, int], ...]] = (
    ("dawn",      4,  6),
    ("morning",   5, 11),
    ("noon",     12, 15),
    ("afternoon", 15, 18),
    ("evening",  17, 20),
    ("night",    19,  4),
)

# Surface words for the parts of the day. None as the part means "from the
# hour" (বেলা). ভোররাত/শেষরাত are the small hours; মধ্যরাত, মাঝরাত and গভীর রাত
# the middle of the night.
DAY_PARTS: Final[tuple[tuple[str, PartOfDay | None], ...]] = (
    ("ভোর", "dawn"), ("ভোররাত", "dawn"), ("ভোর রাত", "dawn"), ("কাকভোর", "dawn"),
    ("ভোর-রাত", "dawn"), ("প্রত্যুষ", "dawn"),
    ("সকাল", "morning"), ("সাতসকাল", "morning"), ("সাত সকাল", "morning"),
    ("সকালবেলা", "morning"), ("সকাল বেলা", "morning"),
    ("বেলা", None),
    ("দুপুর", "noon"), ("ভরদুপুর", "noon"), ("ভর দুপুর", "noon"), ("মধ্যাহ্ন", "noon"),
    ("দুপুরবেলা", "noon"), ("দুপুর বেলা", "noon"),
    ("বিকেল", "afternoon"), ("বিকাল", "afternoon"), ("বিকেলবেলা", "afternoon"),
    ("বিকেল বেলা", "afternoon"), ("বিকাল বেলা", "afternoon"),
    ("সন্ধ্যা", "evening"), ("সন্ধ্যে", "evening"), ("সন্ধে", "evening"), ("সন্ধা", "evening"),
    ("সন্ধ্যাবেলা", "evening"), ("সন্ধ্যা বেলা", "evening"), ("সন্ধেবেলা", "evening"),
    ("সন্ধ্যেবেলা", "evening"),
    ("রাত", "night"), ("রাত্রি", "night"), ("রাত্রে", "night"), ("রাতবেলা", "night"),
    ("মধ্যরাত", "night"), ("মধ্যরাত্রি", "night"), ("মাঝরাত", "night"), ("গভীর রাত", "night"),
    ("শেষরাত", "night"), ("শেষ রাত", "night"), ("রাতের বেলা", "night"),
)
# Words that name midnight itself: with no clock hour they still give 00:00.
MIDNIGHT_WORDS: Final[frozenset[str]] = frozenset({"মধ্যরাত", "মধ্যরাত্রি", "মাঝরাত"})

# বেলা ("daytime") has no part of its own; a clock hour after it falls in this span.
DAYTIME_HOURS: Final[tuple[int, int]] = (8, 16)

# Meridiem markers. Latin a.m./p.m. follow the hour; Bangladeshi print also
# writes এএম/পিএম, and formal পূর্বাহ্ণ ("forenoon") and অপরাহ্ণ ("afternoon")
# go before the hour as a.m./p.m. do (অপরাহ্ণ ৩টা = 15:00, অপরাহ্ণ ৮টা = 20:00).
MERIDIEMS: Final[tuple[tuple[str, Meridiem], ...]] = (
    ("AM", "am"), ("A.M.", "am"), ("am", "am"), ("a.m.", "am"), ("a.m", "am"),
    ("PM", "pm"), ("P.M.", "pm"), ("pm", "pm"), ("p.m.", "pm"), ("p.m", "pm"),
    ("এএম", "am"), ("এ.এম.", "am"), ("এ.এম", "am"),
    ("পিএম", "pm"), ("পি.এম.", "pm"), ("পি.এম", "pm"),
    ("পূর্বাহ্ণ", "am"), ("পূর্বাহ্ন", "am"),
    ("অপরাহ্ণ", "pm"), ("অপরাহ্ন", "pm"),
)

# Clock hours written as words. The counter ending টা (also টে, টো) makes a
# number a clock hour only in context: দশটা বই is "ten books".
# দেড়টা and আড়াইটা carry their half hour: 1:30 and 2:30.
HOUR_WORDS: Final[tuple[tuple[str, int, int], ...]] = (
    ("একটা", 1, 0),
    ("দুটো", 2, 0), ("দুটা", 2, 0), ("দু'টা", 2, 0), ("দুইটা", 2, 0), ("দু'টো", 2, 0),
    ("তিনটা", 3, 0), ("তিনটে", 3, 0),
    ("চারটা", 4, 0), ("চারটে", 4, 0),
    ("পাঁচটা", 5, 0), ("পাঁচটে", 5, 0),
    ("ছ'টা", 6, 0), ("ছটা", 6, 0), ("ছয়টা", 6, 0), ("ছ'টে", 6, 0), ("ছটে", 6, 0),
    ("সাতটা", 7, 0), ("সাতটে", 7, 0),
    ("আটটা", 8, 0), ("আটটে", 8, 0),
    ("ন'টা", 9, 0), ("নটা", 9, 0), ("নয়টা", 9, 0), ("ন'টে", 9, 0), ("নটে", 9, 0),
    ("দশটা", 10, 0), ("দশটে", 10, 0),
    ("এগারোটা", 11, 0), ("এগারটা", 11, 0), ("এগারোটে", 11, 0),
    ("বারোটা", 12, 0), ("বারটা", 12, 0), ("বারোটে", 12, 0),
    ("দেড়টা", 1, 30), ("দেড়টে", 1, 30),
    ("আড়াইটা", 2, 30), ("আড়াইটে", 2, 30),
)
# The counter endings written after a digit hour (১০টা, ৮ টায়); ঘটিকা is the
# formal Bangladeshi "o'clock" (সকাল ১০ ঘটিকায়).
HOUR_COUNTERS: Final[tuple[str, ...]] = ("টা", "টে", "টো", "ঘটিকা")

# Fractions of the hour before an hour: সাড়ে ন'টা = 9:30, সোয়া ন'টা = 9:15,
# পৌনে ন'টা = 8:45 (a quarter *to* nine).
HOUR_FRACTIONS: Final[tuple[tuple[str, int], ...]] = (
    ("সাড়ে", 30),
    ("সোয়া", 15), ("সওয়া", 15),
    ("পৌনে", -15),
)

# "About": before a time (প্রায় রাত ৮টা, আনুমানিক ৯টা) or after it
# (রাত ৮টা নাগাদ, ৯টার দিকে, ১০টার আশপাশে). দিকে follows a genitive.
APPROXIMATE_BEFORE: Final[tuple[str, ...]] = (
    "প্রায়", "আনুমানিক", "মোটামুটি", "around", "about", "approximately", "approx.",
    "circa", "~",
)
APPROXIMATE_AFTER: Final[tuple[str, ...]] = (
    "নাগাদ", "দিকে", "আশপাশে", "আশেপাশে", "কাছাকাছি",
)
# "After": রাত ৮টার পর, সন্ধ্যার পরে. The time is a lower bound, so approximate.
AFTER_WORDS: Final[tuple[str, ...]] = ("পর", "পরে", "পরই", "পরেই")

# Time zones. None = the phrase names a zone but not its offset: the US zones
# change with daylight saving, and স্থানীয় সময় ("local time") depends on where.
# In Bangladeshi text BST is Bangladesh Standard Time, not British Summer Time.
# অনুযায়ী, অনুসারে and মতে ("according to") may follow any of them.
ZONES: Final[tuple[tuple[str, str | None], ...]] = (
    ("IST", "+05:30"), ("আইএসটি", "+05:30"),
    ("ভারতীয় সময়", "+05:30"), ("ভারতের সময়", "+05:30"), ("ভারত সময়", "+05:30"),
    ("BST", "+06:00"), ("BDT", "+06:00"), ("বিএসটি", "+06:00"),
    ("বাংলাদেশ সময়", "+06:00"), ("বাংলাদেশের সময়", "+06:00"),
    ("ঢাকা সময়", "+06:00"), ("ঢাকার সময়", "+06:00"),
    ("GMT", "+00:00"), ("UTC", "+00:00"), ("জিএমটি", "+00:00"), ("ইউটিসি", "+00:00"),
    ("গ্রিনিচ মান সময়", "+00:00"), ("গ্রিনিচ মিন টাইম", "+00:00"), ("গ্রীনিচ মান সময়", "+00:00"),
    ("EST", "-05:00"), ("EDT", "-04:00"), ("ET", None),
    ("CST", "-06:00"), ("CDT", "-05:00"),
    ("PST", "-08:00"), ("PDT", "-07:00"), ("PT", None),
    ("মার্কিন সময়", None), ("আমেরিকার সময়", None), ("আমেরিকান সময়", None),
    ("মার্কিন যুক্তরাষ্ট্রের সময়", None), ("যুক্তরাষ্ট্রের সময়", None),
    ("নিউইয়র্ক সময়", None), ("নিউ ইয়র্ক সময়", None), ("নিউইয়র্কের সময়", None),
    ("প্রশান্ত মহাসাগরীয় সময়", None), ("ক্যালিফোর্নিয়ার সময়", None),
    ("পূর্বাঞ্চলীয় সময়", None), ("যুক্তরাষ্ট্রের পূর্বাঞ্চলীয় সময়", None), ("ইস্টার্ন টাইম", None),
    ("প্যাসিফিক সময়", None), ("প্যাসিফিক টাইম", None), ("পশ্চিমাঞ্চলীয় সময়", None),
    ("ব্রিটিশ সময়", None), ("যুক্তরাজ্যের সময়", None), ("লন্ডনের সময়", None), ("লন্ডন সময়", None),
    ("স্থানীয় সময়", None),
    ("পাকিস্তান সময়", "+05:00"), ("পাকিস্তানের সময়", "+05:00"),
    ("নেপাল সময়", "+05:45"), ("নেপালের সময়", "+05:45"),
    ("সৌদি সময়", "+03:00"), ("সৌদি আরবের সময়", "+03:00"),
    ("সিঙ্গাপুর সময়", "+08:00"), ("চীনের সময়", "+08:00"), ("বেইজিং সময়", "+08:00"),
    ("জাপানের সময়", "+09:00"), ("জাপান সময়", "+09:00"),
)
ZONE_AFTERWORDS: Final[tuple[str, ...]] = ("অনুযায়ী", "অনুসারে", "মতে", "মোতাবেক")

# Days counted from the reference day. পরশু alone means both "the day before
# yesterday" and "the day after tomorrow"; news mostly looks back, so it is
# read as -2 with a warning (RELATIVE_DAYS_AMBIGUOUS).
RELATIVE_DAYS: Final[tuple[tuple[str, int], ...]] = (
    ("আজ", 0), ("আজকে", 0), ("আজকের", 0), ("today", 0), ("Today", 0),
    ("গতকাল", -1), ("গত কাল", -1), ("গতকালকে", -1), ("yesterday", -1), ("Yesterday", -1),
    ("আগামীকাল", 1), ("আগামী কাল", 1), ("আগামীকালকে", 1), ("tomorrow", 1), ("Tomorrow", 1),
    ("গত পরশু", -2), ("গতপরশু", -2),
    ("আগামী পরশু", 2),
    ("পরশু", -2),
)
RELATIVE_DAYS_AMBIGUOUS: Final[frozenset[str]] = frozenset({"পরশু"})

# Days named by pointing back at a day the article already named: এদিন ("this
# day"), সেদিন/ওইদিন ("that day"), পরদিন ("the next day"), আগের দিন ("the day
# before"). Offsets are from that day; with none named before, এদিন is the
# reference day and the others stay unresolved.
ANAPHORIC_DAYS: Final[tuple[tuple[str, int], ...]] = (
    ("এদিন", 0), ("এ দিন", 0), ("এই দিন", 0),
    ("সেদিন", 0), ("সে দিন", 0), ("ওইদিন", 0), ("ওই দিন", 0), ("ঐদিন", 0), ("ঐ দিন", 0),
    ("পরদিন", 1), ("পরের দিন", 1), ("তার পরের দিন", 1),
    ("আগের দিন", -1),
)
# The words of ANAPHORIC_DAYS that mean "today" when no day was named before.
THIS_DAY: Final[frozenset[str]] = frozenset({"এদিন", "এ দিন", "এই দিন"})

# Words before a calendar unit that count from the reference: গত সপ্তাহে
# (last week), আগামী মাসে (next month), চলতি বছর (this year). গেল is the
# Bangladeshi colloquial "last".
PERIOD_SHIFTS: Final[tuple[tuple[str, int], ...]] = (
    ("গত", -1), ("বিগত", -1), ("গেল", -1), ("গেলো", -1), ("গতো", -1),
    ("আগামী", 1), ("সামনের", 1), ("আসছে", 1),
    ("চলতি", 0), ("এ", 0), ("এই", 0), ("এবারের", 0),
)
PERIOD_UNITS: Final[tuple[tuple[str, PeriodUnit], ...]] = (
    ("দিন", "day"),
    ("সপ্তাহ", "week"), ("সপ্তাহে", "week"), ("হপ্তা", "week"), ("হপ্তায়", "week"),
    ("মাস", "month"),
    ("বছর", "year"), ("বছরে", "year"), ("সাল", "year"), ("বৎসর", "year"),
)
# Words after a count of units that look back: দু'দিন আগে, তিন মাস আগে.
AGO_WORDS: Final[tuple[str, ...]] = ("আগে", "আগেই", "পূর্বে", "ago")
# "Within N days" (চার দিনের মধ্যেই): a window ending at the reference.
WITHIN_WORDS: Final[tuple[str, ...]] = ("মধ্যে", "মধ্যেই", "ভিতরে", "ভেতরে")

# Counts written with -এক, "about N": মাস তিনেক আগে = about three months ago;
# খানেক alone is "one or so".
APPROXIMATE_COUNTS: Final[tuple[tuple[str, int], ...]] = (
    ("খানেক", 1),   # মাসখানেক আগে: a month or so ago
    ("দুয়েক", 2), ("দু-এক", 2), ("দুএক", 2),
    ("তিনেক", 3),
    ("চারেক", 4),
    ("পাঁচেক", 5),
    ("ছয়েক", 6),
    ("সাতেক", 7),
    ("আটেক", 8),
    ("দশেক", 10),
    ("বারোক", 12),
    ("পনেরোক", 15),
    ("বিশেক", 20),
)

# Words after a month that narrow it to part of the month: মে মাসের শুরুতে
# (early May), শেষে (at the end), মাঝামাঝি (in the middle). They do not change
# the value (the day stays unknown) but belong to the expression.
MONTH_PARTS: Final[tuple[str, ...]] = (
    "শুরুতে", "শুরুতেই", "শুরুর দিকে", "গোড়ায়", "গোড়ার দিকে", "প্রথম দিকে", "প্রথমার্ধে",
    "প্রথম সপ্তাহে", "দ্বিতীয় সপ্তাহে", "তৃতীয় সপ্তাহে", "শেষ সপ্তাহে",
    "মাঝামাঝি", "মাঝামাঝি সময়ে", "মাঝে", "মধ্যভাগে",
    "শেষে", "শেষের দিকে", "শেষ দিকে", "শেষভাগে", "দ্বিতীয়ার্ধে",
)
# fmt: on
