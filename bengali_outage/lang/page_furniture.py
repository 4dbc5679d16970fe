"""What news pages put around an article: lines that are not the article.

Rows are regular-expression fragments matched against a whole line (stripped),
over NFC text with ASCII quotes. Written for this project from the layouts of
Indian and Bangladeshi news sites.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# A line that is entirely one of these is furniture.
NOISE_LINES: Final[tuple[str, ...]] = (
    r"advertisement", r"বিজ্ঞাপন", r"sponsored", r"img", r"close", r"or continue with",
    r"share(?: this(?: article| news| story)?)?(?: on)?:?(?: save:?)?", r"save:?", r"শেয়ার করুন:?",
    r"log ?in(?: / create account)?", r"sign ?in", r"লগ ?ইন করুন", r"বিস্তারিত আসছে\.*", r"বিস্তারিত আসছে…",
    r"ফলো করুন.*", r"follow us.*", r"subscribe.*", r"সাবস্ক্রাইব করুন.*", r"we will send you.*",
    r"by proceeding you agree.*", r"সবচেয়ে আগে সব খবর.*", r"টপ নিউজ", r"ট্যাগ:?.*", r"tags?:.*",
    r"প্রিন্ট", r"print", r"কপি লিংক", r"copy link",
)
# A line opening with one of these is furniture ("আরও পড়ুন: <headline>").
NOISE_PREFIXES: Final[tuple[str, ...]] = (
    r"আরও পড়ুন", r"আরো পড়ুন", r"আরও পড়ুনঃ", r"read more", r"read also", r"আরও দেখুন",
    r"ছবি ?:", r"ছবি ?-", r"ফাইল ছবি", r"সূত্র ?:", r"তথ্যসূত্র", r"source ?:", r"photo ?:",
    r"ইমেইল ?:", r"e-?mail ?:",
)
# A line closing with one of these is a caption.
CAPTION_SUFFIXES: Final[tuple[str, ...]] = (
    r"ফাইল চিত্র।?", r"ফাইল ছবি।?", r"প্রতীকী ছবি।?", r"ছবি: সংগৃহীত।?", r"সংগৃহীত ছবি।?", r"ছবি: রয়টার্স।?",
    r"ছবি: এএফপি।?", r"প্রতীকী চিত্র।?",
)
# A line that is one of these starts the page's list of other stories:
# everything after it is furniture.
TAIL_MARKERS: Final[tuple[str, ...]] = (
    r"সর্বশেষ(?: খবর)?:?", r"সর্বাধিক পঠিত:?", r"আরও খবর:?", r"আরো খবর:?", r"সম্পর্কিত খবর:?",
    r"এই বিভাগের আরো খবর:?", r"এই বিভাগের আরও খবর:?", r"অন্য বিষয়গুলি:?", r"অন্য বিষয়গুলো:?",
    r"related(?: news| stories)?:?", r"latest(?: news)?:?", r"পাঠকপ্রিয়:?", r"জনপ্রিয় খবর:?",
    r"share this news on:?", r"more from .*", r"you may like:?", r"আপনার পছন্দ হতে পারে:?",
)
# Bylines and desks.
BYLINE_LINES: Final[tuple[str, ...]] = (
    r".{0,40}(?:অনলাইন ডেস্ক|ডিজিটাল ডেস্ক|ওয়েব ডেস্ক|ডেস্ক রিপোর্ট|নিউজ ডেস্ক|আন্তর্জাতিক ডেস্ক|প্রযুক্তি ডেস্ক)",
    r"নিজস্ব (?:প্রতিবেদক|সংবাদদাতা)(?:,.{0,30})?", r"স্টাফ রিপোর্টার(?:,.{0,30})?",
    r".{0,30}(?:প্রতিনিধি|বার্তা সংস্থা)", r"(?:by|written by) .{0,40}",
)
# A reporter's sign-off: "আরএম/এসএন", "/এসএইচ", "এমএইচ/জেআইএম".
SIGN_OFF: Final = r"/?[\p{Bengali}\p{Lu}]{1,6}(?:/[\p{Bengali}\p{Lu}]{1,6})+|/[\p{Bengali}\p{Lu}]{2,6}"

# Labels that introduce the publication time; the first of these on the page wins.
PUBLISHED_LABELS: Final[tuple[str, ...]] = (
    r"প্রকাশিত", r"প্রকাশ", r"প্রথম প্রকাশ", r"published(?: on| at)?", r"first published",
    r"posted(?: on)?", r"পোস্ট করা হয়েছে",
)
UPDATED_LABELS: Final[tuple[str, ...]] = (
    r"শেষ আপডেট", r"সর্বশেষ আপডেট", r"আপডেট", r"হালনাগাদ", r"updated(?: on| at)?", r"last updated",
)
# bdnews/banglanews sign-off: "বাংলাদেশ সময়: ১৯৪৫ ঘণ্টা, মার্চ ০৩, ২০২২" (HHMM hours).
BD_SIGN_OFF: Final = r"বাংলাদেশ সময়\s*:\s*([০-৯0-9]{3,4})\s*ঘণ্টা\s*,\s*(.+)"
# fmt: on
