"""Bengali words and phrases that tell what an outage sentence says.

Each table holds rows of ``(pattern, value)``; a pattern is a regular-expression
fragment over NFC text with ASCII quotes (what ``normalise_text`` returns). The
assembly stage compiles them with word boundaries; ``W`` below stands for "any
Bengali case ending or none". Written for this project from the registers of
Indian and Bangladeshi news.
"""

from __future__ import annotations

from typing import Final

from bengali_outage.models import CauseCategory, Status, Symptom

W: Final = r"[\p{L}\p{M}]*"  # the rest of a word: an inflection, or nothing

# fmt: off
# A sentence with one of these talks about a service failing.
OUTAGE_TERMS: Final[tuple[str, ...]] = (
    r"ডাউন(?:-?(?:এর|ের|ে|ও|ই))?", r"down", r"outage" + W, r"আউটেজ" + W,
    r"বিভ্রাট" + W, r"বিপর্যয়" + W, r"বিপর্যস্ত", r"বিপত্তি" + W, r"অচল" + W, r"স্তব্ধ" + W,
    r"বিঘ্ন" + W, r"ব্যাহত", r"বিচ্ছিন্ন", r"গোলযোগ" + W, r"ত্রুটি" + W, r"সমস্যা" + W,
    r"কাজ কর(?:ছে|ছিল|ছিলো|েনি|ে) না", r"কাজ করা বন্ধ", r"বন্ধ (?:হয়ে|ছিল|থাকে|রয়েছে|আছে|রাখা|করে দেয়)" + W,
    r"মুখ থুবড়ে", r"ধীরগতি" + W, r"খুল(?:ছে|ছিল|তে পারছেন|তে পারছিলেন) না", r"খুলতে না পেরে",
    r"ঢুকতে পার(?:ছেন|ছিলেন|েননি)" + W, r"লোড হচ্ছে না", r"ভোগান্তি" + W, r"বিপাকে",
    r"উধাও", r"নেটওয়ার্ক (?:নেই|পাচ্ছেন না|মিলছে না)", r"শাটডাউন" + W, r"shutdown",
    r"খোলেনি", r"খুলছিল না", r"বসে (?:যায়|গেছে|গিয়েছে|যেতে|পড়ে)" + W, r"অকেজো", r"বিকল", r"ঠপ্প?",
    r"ভুগ(?:লেন|ছেন|ছে|েছেন|তে)" + W, r"গোলমাল" + W, r"ছিন্ন", r"ব্যাঘাত" + W, r"অনলাইন থেকে উধাও",
    r"আটকে (?:যায়|যাচ্ছে|যাচ্ছিল|যেতে|গেছে|গিয়েছে|গিয়েছিল|থাকে|ছিল)" + W,
    r"বন্ধ (?:রেখেছিল|রেখেছে|রাখে|রাখা হয়)" + W, r"বসে (?:গিয়েছিল|গেল)", r"(?:গতি|স্পিড)(?: [\p{L}\p{M}]+ভাবে| অনেক| আরও| খুব)? (?:কম|কমে)" + W, r"থমকে" + W, r"থেমে (?:যায়|গেছে|গিয়েছে|গেল)",
    r"ক্র্যাশ" + W, r"হ্যাং" + W, r"লোড হচ্ছিল না", r"কাজ করছিল না", r"সংযোগহীন" + W,
)

# Restoration language → status. Longer, more specific rows first: "অনেকটা
# স্বাভাবিক হয়েছে" is still recovering.
STATUS_TERMS: Final[tuple[tuple[str, Status], ...]] = (
    (r"(?:স্বাভাবিক|চালু|সচল) হয়েছে (?:কি না|কিনা)[^।]{0,40}(?:নিশ্চিত|জানা) (?:হওয়া )?যায়নি", "unknown"),
    (r"চালু হওয়ার পথে", "recovering"),
    (r"পুরোপুরি (?:স্বাভাবিক|চালু|সচল) হতে (?:আরও |আরো )?সময় (?:লাগবে|লাগতে পারে)", "recovering"),
    (r"(?:কিছু|কয়েকটি|বেশ কিছু) (?:এলাকায়|জায়গায়|অঞ্চলে)[^।]{0,30}(?:ফিরেছে|ফিরে এসেছে|চালু হয়েছে|স্বাভাবিক হয়েছে)", "recovering"),
    (r"(?:অনেকটা|অনেকটাই|আংশিক|আংশিকভাবে|ধীরে ধীরে|ক্রমশ) (?:স্বাভাবিক|চালু|সচল)" + W, "recovering"),
    (r"স্বাভাবিক (?:হতে শুরু|হচ্ছে|হওয়ার পথে)" + W, "recovering"),
    (r"(?:সচল|চালু) হতে শুরু" + W, "recovering"),
    (r"ফিরতে শুরু" + W, "recovering"),
    (r"(?:পরিস্থিতির|পরিষেবার) উন্নতি (?:হচ্ছে|হয়েছে)", "recovering"),
    (r"স্বাভাবিক (?:হয়েছে|হয়ে (?:যায়|গেছে|গিয়েছে|এসেছে)|হয়|হয়ে আসে)", "resolved"),
    (r"স্বাভাবিক (?:অবস্থায়|কার্যক্রমে|ছন্দে) ফির" + W, "resolved"),
    (r"(?:ফিরে (?:এসেছে|আসে|পেয়েছে|পান)|ফিরেছে)", "resolved"),
    (r"(?:পুনরুদ্ধার|পুনর্বহাল|পুনঃস্থাপন) (?:করা )?(?:হয়েছে|হয়|করেছে|করা গেছে)", "resolved"),
    (r"(?:সচল|চালু) (?:হয়েছে|হয়ে (?:যায়|গেছে)|করা হয়েছে)", "resolved"),
    (r"সমস্যার সমাধান (?:হয়েছে|করা হয়েছে|হয়ে গেছে)", "resolved"),
    (r"(?:restored|resolved)", "resolved"),
    (r"(?:আবার|পুনরায়|ফের) (?:স্বাভাবিকভাবে )?কাজ (?:শুরু কর|করতে শুরু কর|কর(?:ছে|তে শুরু))" + W, "resolved"),
    (r"এখন(?:ও|ো) (?:পর্যন্ত )?(?:স্বাভাবিক হয়নি|বন্ধ|কাজ করছে না|সমস্যা)" + W, "ongoing"),
    (r"সমস্যা এখন(?:ও|ো) (?:রয়ে গেছে|রয়েছে|চলছে|কাটেনি)", "ongoing"),
    (r"(?:মেরামতের|সমাধানের|সারানোর|রক্ষণাবেক্ষণের) (?:কাজ|চেষ্টা) চলছে", "ongoing"),
    (r"(?:পূরণের|সমাধানের|ঠিক করার|স্বাভাবিক করার) চেষ্টা চলছে", "ongoing"),
    (r"(?:বিভ্রাট|সমস্যা|বিঘ্ন) অব্যাহত" + W, "ongoing"),
    (r"বন্ধ (?:রয়েছে|থাকবে|থাকছে)", "ongoing"),
    (r"সমাধান হয়নি", "ongoing"),
    (r"(?:সচল|চালু|স্বাভাবিক) (?:হয়নি|হয় নি|হবে)", "ongoing"),
)

# What users could not do → symptom. ``needs_trouble`` rows count only in a
# sentence that also says something failed (TROUBLE_TERMS).
SYMPTOM_TERMS: Final[tuple[tuple[str, Symptom, bool], ...]] = (
    (r"(?:এরর|ত্রুটি|error) (?:ম্যাসেজ|মেসেজ|বার্তা)" + W, "error", False),
    (r"(?:Something went wrong|কিছু ভুল হয়েছে)", "error", False),
    (r"লগ ?আউট হয়ে (?:যাচ্ছ|যাচ্ছে|গেছে|যায়|যাচ্ছেন)" + W, "logout", False),
    (r"(?:স্বয়ংক্রিয়ভাবে|আপনাআপনি|নিজে থেকেই) লগ ?আউট" + W, "logout", False),
    (r"(?:logged out|log out)", "logout", False),
    (r"খুল(?:ছে|ছিল) না", "access", False),
    (r"খুলতে (?:না পেরে|পারছেন না|পারছিলেন না|পারেননি|সমস্যা)", "access", False),
    (r"ঢুকতে (?:পারছেন না|পারছিলেন না|পারেননি|পারছে না|না পেরে)", "access", False),
    (r"অ্যাক্সেস (?:করতে )?(?:পারছেন না|পারছিলেন না|পারেননি|করা যাচ্ছে না|করা যায়নি)", "access", False),
    (r"(?:সাদা|ফাঁকা|অন্ধকার|কালো) (?:পাতা|স্ক্রিন|পর্দা)" + W, "access", False),
    (r"(?:হোমপেজ|হোম পেজ|পাতা|স্ক্রিন|পর্দা)" + W + r" (?:ফাঁকা|সাদা|অন্ধকার|কালো)", "access", False),
    (r"খোলা (?:যাচ্ছে না|যাচ্ছিল না|যায়নি)", "access", False),
    (r"(?:ব্ল্যাঙ্ক|blank) (?:পেজ|পাতা|page|screen)" + W, "access", False),
    (r"(?:সাইট|ওয়েবসাইট|অ্যাপ|অ্যাপটি|প্ল্যাটফর্ম|হ্যান্ডল|হ্যান্ডেল)" + W + r" লোড হচ্ছে না", "access", False),
    (r"ব্যবহার (?:করতে )?(?:পারছেন না|পারছিলেন না|পারেননি|করা যাচ্ছে না)", "access", False),
    (r"লগ ?ইন" + W, "login", True),
    (r"(?:login|sign in|সাইন ইন)" + W, "login", True),
    (r"(?:টাইমলাইন|ফিড|নিউজফিড|নিউজ ফিড)" + W, "feed", True),
    (r"(?:অন্যদের|অন্যের|অন্য কারও|বন্ধুদের) (?:করা )?(?:পোস্ট|টুইট)" + W + r" দেখ" + W, "feed", True),
    (r"(?:পোস্ট|টুইট)" + W + r" দেখতে (?:পাওয়া|পারছেন|পাচ্ছেন|গিয়ে)" + W, "feed", True),
    (r"(?:পোস্ট|টুইট|আপলোড|শেয়ার) (?:করা যাচ্ছে না|করতে)" + W, "posting", True),
    (r"(?:পোস্টিং|posting)", "posting", True),
    (r"(?:ডিরেক্ট )?(?:মেসেজ|ম্যাসেজ|মেসেজিং|ইনবক্স|inbox|বার্তা আদান-প্রদান|বার্তা পাঠা|এসএমএস|SMS)" + W, "messaging", True),
    (r"(?:ডিএম|চ্যাট|চ্যাটে|চ্যাটের|চ্যাটিং)", "messaging", True),
    (r"(?:নোটিফিকেশন|বিজ্ঞপ্তি|notification)" + W, "notifications", True),
    (r"(?:সার্চ|খোঁজা|search)" + W, "search", True),
    (r"(?:ছবি|ভিডিও|ভিডিয়ো|রিলস?|স্টোরি|স্ট্রিমিং|photo|video)" + W, "media", True),
    (r"(?:ভয়েস কল|কল ড্রপ|কল করা|কল করতে|কল যাচ্ছে|কল কেটে|ফোন করতে|কথা বলতে)" + W, "calls", True),
    (r"(?:লেনদেন|পেমেন্ট|ট্রানজ্যাকশন|টাকা পাঠা|টাকা তোলা|ক্যাশ আউট|রিচার্জ|বিল পরিশোধ|payment)" + W, "payments", True),
    (r"(?:মোবাইল ডেটা|মোবাইল ইন্টারনেট|ইন্টারনেট সংযোগ|নেটওয়ার্ক|সিগন্যাল|ব্রডব্যান্ড|ডেটা সংযোগ)" + W, "connectivity", True),
    (r"সংযোগ (?:বিচ্ছিন্ন|নেই|পাচ্ছেন না|মিলছে না|না থাকা|হারিয়ে|ছিন্ন)" + W, "connectivity", False),
    (r"(?:এরর|error)" + W, "error", False),
)

# A feature's failure: these make a "needs_trouble" row count.
TROUBLE_TERMS: Final[tuple[str, ...]] = (
    r"না", r"পার(?:ছেন|ছিলেন|েন)নি", r"পারি(?:নি)?", r"আটকে" + W, r"দেরি" + W, r"কেটে (?:যায়|যাচ্ছে|গেছে)",
    r"ফিরে আসতে হ" + W, r"ফাঁকা", r"নাজেহাল", r"হতাশ" + W, r"ঝামেলা" + W, r"বিচ্ছিন্ন" + W,
    r"ঘুর(?:ছে|েই চলেছে|তে থাকে|ছিল)", r"ব্যর্থ" + W, r"(?:হয়|যায়|পারে|করে)নি", r"হচ্ছে না", r"যাচ্ছে না", r"হচ্ছিল না",
    r"সমস্যা" + W, r"অচল" + W, r"বন্ধ", r"ব্যর্থ" + W, r"বিঘ্ন" + W, r"ব্যাহত", r"ত্রুটি" + W,
    r"বিপাকে", r"ভোগান্তি" + W, r"ধীরগতি" + W, r"উধাও", r"নেই", r"মিলছে না",
)

# A feature named only as what the user did before the trouble ("লগআউট করে
# লগইন করার পরেও সমস্যা যাচ্ছে না") is not the feature that failed.
USER_ACTION_TAILS: Final[tuple[str, ...]] = (r"করে", r"করার পরেও", r"করার পর", r"করেও", r"করলেও")

# "কাজ করছে না" names the whole service failing only when its subject is the
# service, not one of its features.
NOT_WORKING: Final = (
    r"কাজ (?:কর(?:ছে|ছিল|ছিলো|েনি|ে) না|করা বন্ধ)|কাজ করছিল না|অচল|স্তব্ধ|বন্ধ হয়ে (?:গেছে|যায়|গিয়েছে|গেল)"
    r"|ডাউন|চলছে না|চলছিল না|বসে (?:যায়|গেছে|গিয়েছে|যেতেই|পড়ে)|থমকে (?:যায়|গেল|গেছে)"
)
# Words the statistical tagger may call a service that are common nouns, never brands.
COMMON_NOUNS: Final[frozenset[str]] = frozenset({
    "ব্যাংক", "ব্যাঙ্ক", "কার্ড", "অ্যাপ", "ট্রেডিং", "সার্ভার", "নেটওয়ার্ক", "সিস্টেম", "পেমেন্ট", "মোবাইল",
    "ইন্টারনেট", "ওয়েবসাইট", "সাইট", "টাইমলাইন", "ফিড", "প্ল্যাটফর্ম", "পরিষেবা", "সেবা", "এটিএম", "ডেটা",
    "সফটওয়্যার", "ক্লাউড", "সার্ভিস", "চ্যাটবট", "গেম", "ব্রোকিং", "লেনদেন", "অ্যাকাউন্ট",
    "ডেস্কটপ", "ল্যাপটপ", "কম্পিউটার", "ফোন", "স্মার্টফোন", "ট্যাব", "ব্রাউজার", "হ্যান্ডল", "হ্যান্ডেল",
})
# A network-level failure: generic network ids stand beside the operators named.
NETWORK_LEVEL_CAUSES: Final = frozenset({"cable_cut", "government", "power", "weather"})

# When only networks fail (operators, ISPs, the internet at large), apps and sites
# not opening is what a lost connection looks like, and failed payments follow
# from it: these symptoms become, or give way to, connectivity.
NETWORK_KINDS: Final = frozenset({"operator", "isp", "generic"})
NETWORK_SYMPTOMS: Final[frozenset[Symptom]] = frozenset({"connectivity", "calls", "messaging", "error"})
FEATURE_NOUNS: Final[tuple[str, ...]] = (
    r"ফিচার" + W, r"বিজ্ঞপ্তি" + W, r"নোটিফিকেশন" + W, r"মেসেজ" + W, r"মেসেজিং" + W,
    r"সার্চ" + W, r"টাইমলাইন" + W, r"ফিড" + W,
)

# Cause phrases → category. The first matching row of a sentence names its cause.
CAUSE_TERMS: Final[tuple[tuple[str, CauseCategory], ...]] = (
    (r"(?:সাইবার|সাইবার-) ?(?:আক্রমণ|হামলা)" + W, "cyberattack"),
    (r"(?:ডিডস|ডিডিওএস|DDoS|ডিস্ট্রিবিউটেড ডিনায়াল অব সার্ভিস|ডিনায়াল অব সার্ভিস)" + W, "cyberattack"),
    (r"হ্যাক(?:ার|িং|ড|ারদের|ারেরা)?" + W, "cyberattack"),
    (r"(?:এই|ওই|সেই) হামলা" + W, "cyberattack"),
    (r"(?:বিদ্যুৎ|বিদ্যুতের) ?(?:বিভ্রাট|বিপর্যয়|সরবরাহ বন্ধ|সরবরাহ বিঘ্নিত|সংযোগ বিচ্ছিন্ন|চলে যা)" + W, "power"),
    (r"(?:power (?:outage|failure|cut)|লোডশেডিং)" + W, "power"),
    (r"(?:ডেটা|ডাটা) ?সেন্টার" + W, "data_center"),
    (r"(?:data cent(?:er|re))", "data_center"),
    (r"(?:সাবমেরিন|সমুদ্রের তলদেশের|আন্তর্জাতিক) ?(?:কেবল|ক্যাবল)" + W, "cable_cut"),
    (r"(?:ফাইবার|অপটিক্যাল ফাইবার|ক্যাবল|কেবল) (?:কাটা|কেটে|ছিঁড়ে|ক্ষতিগ্রস্ত)" + W, "cable_cut"),
    # Bare কেবল also means "only": a cable counts when cut a few words on.
    (r"(?:কেবল|ক্যাবল|কেব্ল)" + W + r"(?: [\p{L}\p{M}\p{N}-]+){0,4} (?:কাটা|কেটে|ছিঁড়ে)" + W, "cable_cut"),
    (r"(?:সরকারের|সরকারি|প্রশাসনের|মন্ত্রণালয়ের|বিটিআরসির) (?:নির্দেশ|সিদ্ধান্ত|আদেশ)" + W, "government"),
    (r"বন্ধ(?:ের| রাখার| করার| রাখতে| রাখা) ?(?:নির্দেশ|সিদ্ধান্ত|আদেশ|নির্দেশনা)" + W, "government"),
    (r"(?:নির্দেশে|আদেশে) (?:[\p{L}\p{M}]+ )?(?:ইন্টারনেট|সেবা|পরিষেবা) বন্ধ", "government"),
    (r"(?:ইন্টারনেট )?শাটডাউন" + W, "government"),
    (r"বন্ধ (?:রেখেছিল|রেখেছে|রাখে|করে দেয়|করে দিয়েছিল) (?:সরকার|প্রশাসন)" + W, "government"),
    (r"(?:সরকার|প্রশাসন)" + W + r"[^।]{0,40} বন্ধ (?:রাখে|রেখেছিল|রেখেছে|করে দেয়)", "government"),
    (r"(?:রক্ষণাবেক্ষণ|মেইনটেন্যান্স|maintenance)" + W, "maintenance"),
    (r"(?:কনফিগারেশন|configuration)" + W, "configuration"),
    (r"(?:সফটওয়্যার|software) ?(?:আপডেট|ত্রুটি|বাগ)?" + W, "software"),
    (r"(?:বাগ|bug)" + W, "software"),
    (r"(?:আপডেটের পর|নতুন আপডেট|কোড পরিবর্তন|ডিপ্লয়)" + W, "software"),
    (r"(?:অতিরিক্ত|বাড়তি|অস্বাভাবিক|বিপুল) (?:চাপ|ট্রাফিক|লোড)" + W, "capacity"),
    (r"(?:লেনদেনের|ট্রাফিকের|ব্যবহারকারীদের|দর্শকের|সার্ভারের (?:ওপর|উপর)) চাপ" + W, "capacity"),
    (r"চাপ (?:পড়ায়|তৈরি হয়|সামলা|সামাল|নিতে পারেনি|বাড়ে|বেড়ে)" + W, "capacity"),
    (r"(?:ঘূর্ণিঝড়|ঝড়বৃষ্টি|বন্যা|ভূমিকম্প|বজ্রপাত|ভূমিধস|পাহাড়ধস|cyclone|landslide)" + W, "weather"),
    (r"(?:ধসে|ধস নেমে|ধস নামায়)", "weather"),
)
# A cause named only to be denied or guarded against is no cause:
# "কোনও সাইবার হামলার প্রমাণ পাইনি", "সাইবার হামলা ঠেকাতে".
CAUSE_DENIED_AFTER: Final = r"^[^,।]{0,40}?(?:পাইনি|পাওয়া যায়নি|মেলেনি|নয়|নেই|ছিল না|হয়নি|উড়িয়ে দি|নাকচ|ঠেকাতে|রুখতে|প্রতিরোধ)"
CAUSE_DENIED_BEFORE: Final = r"(?:কোনও|কোনো|কোন)\s+$"

# A sentence that only wonders ("...না কি...", "?") speculates about its cause.
SPECULATION_TERMS: Final[tuple[str, ...]] = (
    r"না কি", r"নাকি", r"কি না", r"কিনা", r"সন্দেহ" + W, r"ধারণা করা হচ্ছে", r"আশঙ্কা" + W,
    r"হতে পারে", r"জল্পনা" + W, r"প্রশ্ন উঠ" + W, r"অনুমান" + W, r"মনে করছেন", r"ধারণা" + W,
)
CAUSE_UNKNOWN_TERMS: Final[tuple[str, ...]] = (
    r"কারণ" + W + r"[^।?!]{0,40}(?:জানা যায়নি|জানানো হয়নি|জানান হয়নি|স্পষ্ট নয়|জানা যায় নি)",
    r"কী কারণে[^।?!]{0,60}(?:জানা যায়নি|জানানো হয়নি|জানান হয়নি|স্পষ্ট নয়)",
    r"কিছু জানানো হয়নি", r"কোনো মন্তব্য করেনি", r"কোনও মন্তব্য করেনি",
)
# Claims by third parties: "দায় স্বীকার" is a group claiming an attack.
CLAIM_TERMS: Final[tuple[str, ...]] = (r"দায় স্বীকার" + W, r"দায় নিয়েছে", r"দাবি কর" + W, r"claimed")

# Verbs of saying: a statement by the operator or provider confirms a cause.
SPEECH_TERMS: Final[tuple[str, ...]] = (
    r"জানায়", r"জানান", r"জানিয়েছে" + W, r"জানানো হয়(?:েছে)?", r"বলেছে" + W, r"বলেন", r"বলা হয়(?:েছে)?",
    r"লেখা হয়(?:েছে)?", r"স্বীকার কর" + W, r"জানাল", r"জানিয়ে" + W,
    r"লিখেছে" + W, r"স্বীকার করেছে" + W, r"নিশ্চিত করেছে" + W, r"বিবৃতি" + W, r"ঘোষণা" + W,
    r"পোস্টে", r"বার্তায়",
)
# Who speaks for the operator: the company, its spokesperson, its status page.
OPERATOR_VOICE_TERMS: Final[tuple[str, ...]] = (
    r"সংস্থা(?:র|টি|টির)?(?: তরফে| পক্ষ থেকে)?", r"তরফে", r"পক্ষ থেকে", r"কর্তৃপক্ষ" + W, r"মুখপাত্র" + W, r"কোম্পানি" + W,
    r"কম্পানি" + W, r"স্টেটাস পেজ" + W, r"ইঞ্জিনিয়ারিং অ্যাকাউন্ট" + W, r"আমরা", r"আমাদের",
)

# A recollection of history ("এর আগেও", "অতীতে") is not about today's outage.
RECALL_TERMS: Final[tuple[str, ...]] = (
    r"এর আগে(?:ও|ই)?", r"আগেও", r"অতীতে", r"সেবার", r"গত বছর" + W, r"একই রকম ঘটনা", r"একই ধরনের ঘটনা",
    r"উল্লেখ্য", r"প্রসঙ্গত", r"(?:এই )?প্রথম নয়", r"নতুন নয়",
)
# Frequency words make a recollection vague: no incident of its own.
VAGUE_HISTORY_TERMS: Final[tuple[str, ...]] = (
    r"বহুবার", r"যত ?বার", r"বারবার", r"প্রায়ই", r"একাধিকবার", r"কয়েকবার", r"বেশ কয়েকবার", r"প্রতিবার" + W,
    r"প্রত্যেকবার" + W,
)
# Carry a recollection on into the next sentence.
CONTINUATION_TERMS: Final[tuple[str, ...]] = (
    r"তখন", r"সেই সময়" + W, r"সে সময়" + W, r"ওই সময়" + W, r"সে ?বার", r"ওই ঘটনা" + W, r"সেই ঘটনা" + W,
)

# A service named as where something was said is a channel, not a casualty:
# "এক্স হ্যান্ডলে জানানো হয়েছে", "টেলিগ্রামে এক বার্তায় ... দায় স্বীকার".
CHANNEL_NOUNS: Final[tuple[str, ...]] = (
    r"হ্যান্ডল" + W, r"হ্যান্ডেল" + W, r"অ্যাকাউন্ট" + W, r"পেজ" + W, r"চ্যানেল" + W, r"প্রোফাইল" + W,
    r"পোস্ট" + W, r"গ্রুপ" + W,
)
# After an owner in the genitive ("গুগলের"), a product or a spokesperson follows.
OWNER_FOLLOWERS: Final[tuple[str, ...]] = (
    r"মুখপাত্র" + W, r"কর্তৃপক্ষ" + W, r"তরফে", r"পক্ষ থেকে", r"সিইও", r"প্রধান", r"কর্মকর্তা" + W,
    r"প্রকৌশলী" + W, r"ইঞ্জিনিয়ার" + W, r"মালিকানাধীন", r"স্ট্যাটাস পেজ" + W, r"স্টেটাস পেজ" + W,
    r"মালিক" + W, r"হেড অব", r"জনসংযোগ" + W, r"বিবৃতি" + W,
)
GENITIVE_ENDING: Final = r"(?:এর|ের|র|য়ের|দের)$"
# Said to be working: the services named beside these were not hit.
UNAFFECTED_TERMS: Final[tuple[str, ...]] = (
    r"স্বাভাবিক (?:ছিল|ছিলো|রয়েছে|আছে|চলছে|চলছিল)", r"স্বাভাবিকভাবে (?:চলছে|চলছিল|কাজ করছে|কাজ করছিল)",
    r"ঠিকঠাক (?:চলছে|চলছিল|কাজ করছে|কাজ করছিল|ছিল)", r"প্রভাব পড়েনি", r"(?:কোনো|কোনও) সমস্যা (?:হয়নি|নেই|ছিল না)",
    r"সমস্যা হয়নি", r"সচল ছিল", r"চালু ছিল", r"কাজ করছিল", r"ক্ষতিগ্রস্ত হয়নি", r"আওতার বাইরে",
)
# "সচল ছিল না" is the opposite of "সচল ছিল": a working phrase followed by this is negated.
NEGATION_AFTER: Final = r"\s*(?:না|নি)(?![\p{L}\p{M}])"
# Back to the outage at hand.
RETURN_TERMS: Final[tuple[str, ...]] = (r"ফের", r"এবার" + W, r"এদিন", r"আজ" + W, r"বর্তমানে", r"নতুন করে")
# The pluperfect (-েছিল) tells a recollection; plain past (ছিল) does not.
PLUPERFECT: Final = r"[\p{L}\p{M}]+(?:েছিল|েছিলেন|েছিলো|েছিলাম|য়েছিল|য়েছিলেন)[\p{L}\p{M}]*"

# A time tied to these is when the outage began ("সকাল থেকেই", "প্রথম রিপোর্ট").
# "থেকে" marks a start only right after its time ("সকাল ৬টা থেকেই"); these verbs and
# adverbs mark one anywhere later in the sentence ("১০টা নাগাদ প্রথম … জানাতে শুরু করেন").
START_FROM: Final = r"^\s*থেকে(?:ই)?(?![\p{L}\p{M}])"  # not "ভারত থেকে" ("from India") further on
START_TERMS: Final[tuple[str, ...]] = (
    r"শুরু (?:হয়|হয়েছে|হয়েছিল|করেন|করে|করেছেন|করেছে)", r"সূত্রপাত" + W, r"কার্যকর (?:হয়|হয়েছে|হবে)",
    r"প্রথম (?:এই |ওই )?(?:রিপোর্ট|অভিযোগ|সমস্যা)" + W,
)
# Adverbs of suddenness mark a start only right beside the time: "শুক্রবার হঠাৎ করে".
START_NEAR: Final[tuple[str, ...]] = (r"হঠাৎ" + W, r"আচমকা")
# A time followed by this is where the outage stood at that hour, not where it began.
UNTIL: Final = r"^\s*(?:পর্যন্ত|অবধি|নাগাদও|অবধিও)"
# Counts: who reported, and what was counted.
REPORT_NOUNS: Final[tuple[str, ...]] = (r"অভিযোগ" + W, r"রিপোর্ট" + W, r"reports?")
USER_NOUNS: Final[tuple[str, ...]] = (
    r"ব্যবহারকারী" + W, r"ইউজার" + W, r"গ্রাহক" + W, r"মানুষ" + W, r"জন", r"নেটাগরিক" + W, r"নেটিজেন" + W,
    r"লগ্নিকারী" + W, r"বিনিয়োগকারী" + W,
    # Person nouns by their endings: করদাতা, সেবাপ্রত্যাশী, পরীক্ষার্থী, প্রবাসী, চাকরিজীবী.
    r"[\p{L}\p{M}]+(?:কারী|দাতা|প্রত্যাশী|র্থী|বাসী|জীবী)" + W, r"গেমার" + W, r"খেলোয়াড়" + W, r"দর্শক" + W, r"যাত্রী" + W,
    r"শিক্ষার্থী" + W, r"বাসিন্দা" + W, r"সাবস্ক্রাইবার" + W, r"ক্রেতা" + W, r"অ্যাকাউন্ট" + W, r"users?",
)
# A user base, not a count of the hit: "২৫০ কোটিরও বেশি ব্যবহারকারী রয়েছে".
USER_BASE_TERMS: Final[tuple[str, ...]] = (
    r"রয়েছে", r"আছে", r"নিবন্ধিত", r"সক্রিয়", r"মাসিক", r"সাপ্তাহিক", r"দৈনিক", r"প্রতিদিন", r"প্রতি মাসে",
    r"ব্যবহার কর(?:েন|ে)", r"গ্রাহকসংখ্যা" + W, r"মোট", r"monthly", r"active",
)
# In a sentence about restoration, "দুই ঘণ্টা পর স্বাভাবিক হয়েছে" gives the outage's length.
AFTER_DURATION: Final = r"(?<=(?:ঘণ্টা|ঘন্টা|মিনিট|দিন|সময়)[\p{L}\p{M}]*) (?:পরে?|পরেই)(?![\p{L}\p{M}])"
COUNT_ANAPHORA: Final = r"(?:সেই|এই|ওই|অভিযোগের|রিপোর্টের) সংখ্যা" + W
NOT_A_COUNT_UNITS: Final[tuple[str, ...]] = (
    r"ডলার" + W, r"টাকা" + W, r"রুপি" + W, r"শতাংশ" + W, r"%", r"বছর" + W, r"দিন" + W,
    r"ঘণ্টা" + W, r"মিনিট" + W, r"কিলোমিটার" + W, r"জিবি" + W, r"এমবিপিএস" + W,
)

# A time zone named after a country places the people it is told to:
# "ভারতীয় সময় ... অনেক ব্যবহারকারী সমস্যায় পড়েছেন" → users in India.
ZONE_COUNTRIES: Final[tuple[tuple[str, str], ...]] = (
    (r"ভারতীয় সময়" + W, "IN"), (r"\bIST\b", "IN"),
    (r"বাংলাদেশ সময়" + W, "BD"), (r"\bBST\b", "BD"),
    (r"(?:মার্কিন যুক্তরাষ্ট্রের|যুক্তরাষ্ট্রের|মার্কিন|আমেরিকার) (?:স্থানীয় )?সময়" + W, "US"),
    (r"\b(?:ET|EST|EDT|PT|PST|PDT)\b", "US"),
    (r"(?:ব্রিটেনের|যুক্তরাজ্যের) (?:স্থানীয় )?সময়" + W, "GB"),
)
# Text quoted on users' screens: cues around the quote, and verbs that make a
# quote a statement instead.
# Strong enough after a quote to outweigh a verb of saying before it: "'…' লেখা আসছে".
SCREEN_AFTER_CUES: Final[tuple[str, ...]] = (
    r"লেখা (?:আসছে|উঠছে|দেখাচ্ছে|আসে|ওঠে|ভেসে)" + W, r"ভেসে (?:ওঠে|উঠছে|উঠেছে|উঠছিল|আসছে)", r"দেখাচ্ছে", r"দেখাচ্ছিল",
    r"(?:এরর|ত্রুটি) ?(?:বার্তা|মেসেজ)" + W,
)
SCREEN_CUES: Final[tuple[str, ...]] = (
    r"স্ক্রিন" + W, r"পর্দা" + W, r"ভেসে (?:ওঠে|উঠছে|উঠেছে|উঠছিল|আসছে)", r"লেখা (?:আসছে|উঠছে|দেখাচ্ছে|আসে|ওঠে)",
    r"দেখাচ্ছে", r"দেখাচ্ছিল", r"এরর" + W, r"error", r"বার্তা" + W, r"মেসেজ" + W, r"ম্যাসেজ" + W, r"পপ-আপ" + W,
)
# fmt: on
