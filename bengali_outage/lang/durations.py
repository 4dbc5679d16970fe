"""Duration words: units of time, vague spans, and the words around a duration.

Every string is NFC (so য়, ড়, ঢ় are spelled base letter + nukta, U+09BC).
Case endings on the units (ঘণ্টার, মিনিটে, দিনের) are not listed: the
duration normaliser reads them after any unit.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Units and their length in seconds. ঘণ্টা is often typed ঘন্টা (dental ন).
# A month is counted as 30 days and a year as 365 days.
DURATION_UNITS: Final[tuple[tuple[str, int], ...]] = (
    ("সেকেন্ড", 1), ("সেকেণ্ড", 1),
    ("মিনিট", 60),
    ("ঘণ্টা", 3_600), ("ঘন্টা", 3_600),
    ("দিন", 86_400), ("কর্মদিবস", 86_400),   # কর্মদিবস: a working day
    ("সপ্তাহ", 604_800), ("হপ্তা", 604_800),
    ("মাস", 2_592_000),
    ("বছর", 31_536_000), ("বৎসর", 31_536_000),
)

# আধ/আধা "half" before a unit, solid or spaced: আধঘণ্টা, আধ ঘণ্টা = 30 minutes.
HALF_WORDS: Final[tuple[str, ...]] = ("আধ", "আধা")

# A long or short while with no number. Read as a vague duration with no bound.
VAGUE_DURATIONS: Final[tuple[str, ...]] = (
    "দীর্ঘ সময়", "দীর্ঘসময়", "দীর্ঘক্ষণ", "অনেকক্ষণ", "বহুক্ষণ", "কিছুক্ষণ",
    "অনেক ক্ষণ", "দীর্ঘ ক্ষণ",
)

# "Hour after hour": at least two of the unit, no upper bound.
REPEATED_UNITS: Final[tuple[tuple[str, int], ...]] = (
    ("মিনিটের পর মিনিট", 60),
    ("ঘণ্টার পর ঘণ্টা", 3_600), ("ঘন্টার পর ঘন্টা", 3_600),
    ("দিনের পর দিন", 86_400),
    ("সপ্তাহের পর সপ্তাহ", 604_800),
    ("মাসের পর মাস", 2_592_000),
    ("বছরের পর বছর", 31_536_000),
)

# Words before a duration that stress its length without changing it:
# টানা ছয় ঘণ্টা ("six hours on end"), দীর্ঘ ১২ ঘণ্টা ("a long twelve hours").
EMPHASIS_BEFORE: Final[tuple[str, ...]] = ("টানা", "একটানা", "দীর্ঘ", "সুদীর্ঘ", "পুরো", "পাক্কা")

# Words after a duration that belong to it: দুই ঘণ্টা ধরে ("for two hours"),
# তিন দিন যাবৎ. সময় ("time") follows a qualifier: ৩০ মিনিটেরও বেশি সময় (ধরে).
DURATION_TAILS: Final[tuple[str, ...]] = (
    "ধরে", "ধরেই", "সময় ধরে", "সময় ধরেই", "সময়", "যাবৎ", "যাবত", "জুড়ে",
)
# After a genitive: দুই ঘণ্টার জন্য ("for two hours"), দীর্ঘ সময়ের জন্য.
DURATION_TAILS_AFTER_GENITIVE: Final[tuple[str, ...]] = ("জন্য", "জন্যে", "জন্যই")
# Written solid or spaced after the unit: দুই ঘণ্টাব্যাপী ("lasting two hours").
SOLID_DURATION_TAILS: Final[tuple[str, ...]] = ("ব্যাপী", "ব্যাপি")

# A count of units followed by these is a point in time, not a duration:
# দু'দিন আগে ("two days ago"), চার দিনের মধ্যে ("within four days"),
# এক ঘণ্টা পরে ("an hour later"), ২৪ ঘণ্টার ব্যবধানে ("within 24 hours").
# Those belong to the date module.
RELATIVE_AFTER: Final[tuple[str, ...]] = (
    "আগে", "আগেই", "আগেও", "আগের", "পূর্বে",
    "পরে", "পরেই", "পরেও", "পর", "পরই", "পরের",
    "মধ্যে", "মধ্যেই", "ভিতরে", "ভেতরে",
    "বাদে", "বাদেই", "পরও", "মাথায়", "ব্যবধানে",
)
# A count of units after these is a calendar window, not how long something
# lasted: গত ২৪ ঘণ্টায় ("in the last 24 hours"), আগামী দুই দিন, প্রথম ১০ মিনিট.
RELATIVE_BEFORE: Final[tuple[str, ...]] = (
    "গত", "বিগত", "গেল", "আগামী", "চলতি", "পরবর্তী", "আগের", "পরের", "শেষ",
    "সামনের", "প্রথম",
)
# A duration before these describes a thing, not an interruption: পাঁচ বছর
# বয়সী ("five years old"), দুই বছর মেয়াদি ("with a two-year term").
ATTRIBUTE_AFTER: Final[tuple[str, ...]] = (
    "বয়সী", "বয়সি", "বয়স", "বয়সে", "বয়সের", "মেয়াদি", "মেয়াদী", "মেয়াদের",
)
# ২৪ ঘণ্টা পরিষেবা is "round-the-clock service", unless an outage word
# follows (২৪ ঘণ্টা পরিষেবা বন্ধ, "service down for 24 hours").
ROUND_THE_CLOCK_NOUNS: Final[tuple[str, ...]] = (
    "পরিষেবা", "সেবা", "সার্ভিস", "হেল্পলাইন", "খোলা", "কল সেন্টার", "চালু",
)
OUTAGE_WORDS: Final[tuple[str, ...]] = (
    "বন্ধ", "ব্যাহত", "বিঘ্নিত", "অচল", "বিচ্ছিন্ন", "বিপর্যস্ত", "ডাউন", "বিকল",
)
# ... and after these: মেয়াদ ৩০ দিন ("valid for 30 days"), বয়স ৫ বছর.
ATTRIBUTE_BEFORE: Final[tuple[str, ...]] = ("মেয়াদ", "মেয়াদে", "মেয়াদি", "মেয়াদী", "বয়স", "বয়সে")
# Phrases that contain a duration but are not one: জি ২৪ ঘণ্টা is a West
# Bengal news channel; ৩৬৫ দিন ২৪ ঘণ্টা and সপ্তাহে সাত দিন mean "always".
NAMES_WITH_DURATIONS: Final[tuple[str, ...]] = (
    "জি ২৪ ঘণ্টা", "জি 24 ঘণ্টা", "জি ২৪ ঘন্টা", "Zee 24 ঘণ্টা", "Zee ২৪ ঘণ্টা",
    "৩৬৫ দিন ২৪ ঘণ্টা", "৩৬৫ দিনই ২৪ ঘণ্টা", "সাত দিন ২৪ ঘণ্টা", "৭ দিন ২৪ ঘণ্টা",
    "সপ্তাহে সাত দিন", "সপ্তাহে ৭ দিন", "দিনে ২৪ ঘণ্টা", "দিনে চব্বিশ ঘণ্টা",
)
# English time words after a number in page furniture (3 Min Read): the
# number is not a count. Matched ignoring case.
LATIN_TIME_WORDS: Final[tuple[str, ...]] = (
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
    "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years",
)
# fmt: on
