"""Organisations, people and groups that outage news names (ORG, PERSON, GROUP).

* ORG: companies behind services, regulators and ministries, news agencies and
  outlets that stories credit. A company whose name is also the name of the
  service people use (গুগল, অ্যামাজন, ওপেনএআই, ক্লাউডফ্লেয়ার) is a SERVICE row
  in ``services.py`` and is not repeated here: each surface form has one label.
  Companies whose name is not itself a service (মেটা, অ্যালফাবেট, মাইক্রোসফট,
  অ্যাপল, টেসলা, স্পেসএক্স, এক্সএআই) are ORG.
* PERSON: executives, officials and politicians of this beat, with the
  surname-only forms Bengali news uses after the first mention. A surname that
  is also a common word (মাস্ক 'mask', পলক 'blink') is in ``AMBIGUOUS_ACTORS``.
* GROUP: hacker groups and other claimed actors of attacks.

Written for this library from general knowledge of the beat. Forms are in the
NFC spelling ``_script.normalise_text`` produces (য় as য + nukta).
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

from bengali_outage.lang.services import Ambiguous, CueSet, NeighbourBlock


class Actor(NamedTuple):
    id: str
    label: Literal["ORG", "PERSON", "GROUP"]
    name: str  # canonical Bengali name
    bengali: tuple[str, ...] = ()
    latin: tuple[str, ...] = ()


# fmt: off
ACTORS: Final[tuple[Actor, ...]] = (
    # companies behind services
    Actor("meta", "ORG", "মেটা", ("মেটা প্ল্যাটফর্মস",), ("Meta", "Meta Platforms")),
    Actor("alphabet", "ORG", "অ্যালফাবেট", (), ("Alphabet",)),
    Actor("microsoft", "ORG", "মাইক্রোসফট", (), ("Microsoft",)),
    Actor("apple", "ORG", "অ্যাপল", ("অ্যাপেল",), ("Apple",)),
    Actor("tesla", "ORG", "টেসলা", (), ("Tesla",)),
    Actor("spacex", "ORG", "স্পেসএক্স", ("স্পেস এক্স",), ("SpaceX",)),
    Actor("xai", "ORG", "এক্সএআই", ("এক্স এআই",), ("xAI",)),
    Actor("anthropic", "ORG", "অ্যানথ্রপিক", ("অ্যানথ্রোপিক",), ("Anthropic",)),
    Actor("nvidia", "ORG", "এনভিডিয়া", (), ("Nvidia",)),
    Actor("samsung", "ORG", "স্যামসাং", (), ("Samsung",)),
    Actor("huawei", "ORG", "হুয়াওয়ে", (), ("Huawei",)),
    Actor("cisco", "ORG", "সিসকো", (), ("Cisco",)),
    Actor("oracle", "ORG", "ওরাকল", (), ("Oracle",)),
    Actor("ibm", "ORG", "আইবিএম", (), ("IBM",)),
    Actor("bytedance", "ORG", "বাইটড্যান্স", (), ("ByteDance",)),
    Actor("disney", "ORG", "ডিজনি", (), ("Disney",)),
    Actor("sony", "ORG", "সোনি", ("সনি",), ("Sony",)),
    Actor("reliance", "ORG", "রিলায়েন্স", ("রিলায়েন্স ইন্ডাস্ট্রিজ",), ("Reliance", "Reliance Industries")),
    Actor("axiata", "ORG", "আজিয়াটা", (), ("Axiata",)),
    Actor("telenor", "ORG", "টেলিনর", (), ("Telenor",)),
    Actor("summit-communications", "ORG", "সামিট কমিউনিকেশনস", (), ("Summit Communications",)),
    Actor("fiber-at-home", "ORG", "ফাইবার অ্যাট হোম", (), ("Fiber at Home",)),
    Actor("bscplc", "ORG", "বাংলাদেশ সাবমেরিন কেবল পিএলসি", ("বিএসসিপিএলসি", "বিএসসিসিএল", "সাবমেরিন কেবল কোম্পানি", "বাংলাদেশ সাবমেরিন ক্যাবল কোম্পানি"), ("BSCPLC", "BSCCL")),
    # regulators, ministries, CERTs and industry bodies
    Actor("btrc", "ORG", "বিটিআরসি", ("বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন",), ("BTRC",)),
    Actor("trai", "ORG", "ট্রাই", ("টেলিকম রেগুলেটরি অথরিটি অব ইন্ডিয়া",), ("TRAI",)),
    Actor("dot", "ORG", "টেলিযোগাযোগ দফতর", ("টেলিকম দফতর", "টেলিযোগাযোগ দপ্তর", "টেলিকম দপ্তর"), ("DoT", "Department of Telecommunications")),
    Actor("posts-and-telecommunications-division", "ORG", "ডাক ও টেলিযোগাযোগ বিভাগ", (), ("Posts and Telecommunications Division",)),
    Actor("ict-division", "ORG", "তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ", ("আইসিটি বিভাগ",), ("ICT Division",)),
    Actor("meity", "ORG", "ইলেকট্রনিক্স ও তথ্যপ্রযুক্তি মন্ত্রক", ("মেইটি",), ("MeitY",)),
    Actor("cert-in", "ORG", "সার্ট-ইন", ("সার্টইন",), ("CERT-In",)),
    Actor("bgd-e-gov-cirt", "ORG", "বিজিডি ই-গভ সার্ট", (), ("BGD e-GOV CIRT",)),
    Actor("npci", "ORG", "এনপিসিআই", ("ন্যাশনাল পেমেন্টস কর্পোরেশন অব ইন্ডিয়া",), ("NPCI",)),
    Actor("rbi", "ORG", "আরবিআই", ("রিজার্ভ ব্যাংক অব ইন্ডিয়া", "রিজার্ভ ব্যাঙ্ক"), ("RBI", "Reserve Bank of India")),
    Actor("bangladesh-bank", "ORG", "বাংলাদেশ ব্যাংক", (), ("Bangladesh Bank",)),
    Actor("ispab", "ORG", "আইএসপিএবি", (), ("ISPAB",)),
    Actor("amtob", "ORG", "অ্যামটব", (), ("AMTOB",)),
    Actor("coai", "ORG", "সিওএআই", (), ("COAI",)),
    Actor("fcc", "ORG", "এফসিসি", (), ("FCC",)),
    Actor("ofcom", "ORG", "অফকম", (), ("Ofcom",)),
    Actor("cisa", "ORG", "সিআইএসএ", (), ("CISA",)),
    Actor("european-commission", "ORG", "ইউরোপীয় কমিশন", (), ("European Commission",)),
    # news agencies and outlets
    Actor("afp", "ORG", "এএফপি", ("বার্তা সংস্থা এএফপি",), ("AFP", "Agence France-Presse")),
    Actor("reuters", "ORG", "রয়টার্স", ("রয়টার",), ("Reuters",)),
    Actor("ap", "ORG", "এপি", ("অ্যাসোসিয়েটেড প্রেস",), ("AP", "Associated Press")),
    Actor("pti", "ORG", "পিটিআই", ("প্রেস ট্রাস্ট অব ইন্ডিয়া",), ("PTI", "Press Trust of India")),
    Actor("ians", "ORG", "আইএএনএস", (), ("IANS",)),
    Actor("ani", "ORG", "এএনআই", (), ("ANI",)),
    Actor("bss", "ORG", "বাসস", ("বাংলাদেশ সংবাদ সংস্থা",), ("BSS",)),
    Actor("unb", "ORG", "ইউএনবি", (), ("UNB",)),
    Actor("xinhua", "ORG", "সিনহুয়া", (), ("Xinhua",)),
    Actor("bbc", "ORG", "বিবিসি", (), ("BBC",)),
    Actor("bbc-bangla", "ORG", "বিবিসি বাংলা", (), ("BBC Bangla",)),
    Actor("cnn", "ORG", "সিএনএন", (), ("CNN",)),
    Actor("cnbc", "ORG", "সিএনবিসি", (), ("CNBC",)),
    Actor("al-jazeera", "ORG", "আল জাজিরা", ("আলজাজিরা",), ("Al Jazeera",)),
    Actor("bloomberg", "ORG", "ব্লুমবার্গ", (), ("Bloomberg",)),
    Actor("verge", "ORG", "দ্য ভার্জ", ("ভার্জ",), ("The Verge",)),
    Actor("techcrunch", "ORG", "টেকক্রাঞ্চ", (), ("TechCrunch",)),
    Actor("wired", "ORG", "ওয়্যার্ড", (), ("Wired",)),
    Actor("business-insider", "ORG", "বিজনেস ইনসাইডার", (), ("Business Insider",)),
    Actor("forbes", "ORG", "ফোর্বস", (), ("Forbes",)),
    Actor("new-york-times", "ORG", "নিউইয়র্ক টাইমস", ("নিউ ইয়র্ক টাইমস",), ("New York Times", "NYT")),
    Actor("washington-post", "ORG", "ওয়াশিংটন পোস্ট", (), ("Washington Post",)),
    Actor("guardian", "ORG", "দ্য গার্ডিয়ান", ("গার্ডিয়ান",), ("The Guardian", "Guardian")),
    Actor("sky-news", "ORG", "স্কাই নিউজ", (), ("Sky News",)),
    Actor("times-of-india", "ORG", "টাইমস অব ইন্ডিয়া", ("টাইমস অফ ইন্ডিয়া",), ("Times of India",)),
    Actor("ndtv", "ORG", "এনডিটিভি", (), ("NDTV",)),
    Actor("geo-news", "ORG", "জিও নিউজ", ("জিও টিভি",), ("Geo News",)),
    Actor("prothom-alo", "ORG", "প্রথম আলো", (), ("Prothom Alo",)),
    Actor("daily-star", "ORG", "দ্য ডেইলি স্টার", ("ডেইলি স্টার",), ("The Daily Star", "Daily Star")),
    Actor("anandabazar", "ORG", "আনন্দবাজার", ("আনন্দবাজার পত্রিকা",), ("Anandabazar",)),
    Actor("bdnews24", "ORG", "বিডিনিউজ টোয়েন্টিফোর", ("বিডিনিউজ২৪",), ("bdnews24",)),
    # people: executives
    Actor("elon-musk", "PERSON", "ইলন মাস্ক", ("এলন মাস্ক", "মাস্ক"), ("Elon Musk", "Musk")),
    Actor("mark-zuckerberg", "PERSON", "মার্ক জাকারবার্গ", ("মার্ক জুকারবার্গ", "জাকারবার্গ", "জুকারবার্গ"), ("Mark Zuckerberg", "Zuckerberg")),
    Actor("sundar-pichai", "PERSON", "সুন্দর পিচাই", ("পিচাই",), ("Sundar Pichai", "Pichai")),
    Actor("sam-altman", "PERSON", "স্যাম অল্টম্যান", ("স্যাম অল্টমান", "স্যাম অলটম্যান", "অল্টম্যান", "অল্টমান"), ("Sam Altman", "Altman")),
    Actor("satya-nadella", "PERSON", "সত্য নাদেলা", ("সত্য নাডেলা", "নাদেলা"), ("Satya Nadella", "Nadella")),
    Actor("tim-cook", "PERSON", "টিম কুক", (), ("Tim Cook",)),
    Actor("linda-yaccarino", "PERSON", "লিন্ডা ইয়াকারিনো", ("ইয়াকারিনো",), ("Linda Yaccarino", "Yaccarino")),
    Actor("parag-agrawal", "PERSON", "পরাগ আগরওয়াল", ("পারাগ আগরওয়াল",), ("Parag Agrawal",)),
    Actor("jack-dorsey", "PERSON", "জ্যাক ডরসি", ("ডরসি",), ("Jack Dorsey", "Dorsey")),
    Actor("matthew-prince", "PERSON", "ম্যাথিউ প্রিন্স", (), ("Matthew Prince",)),
    Actor("jeff-bezos", "PERSON", "জেফ বেজোস", ("বেজোস",), ("Jeff Bezos", "Bezos")),
    Actor("andy-jassy", "PERSON", "অ্যান্ডি জ্যাসি", ("জ্যাসি",), ("Andy Jassy", "Jassy")),
    Actor("adam-mosseri", "PERSON", "অ্যাডাম মোসেরি", ("মোসেরি",), ("Adam Mosseri", "Mosseri")),
    Actor("andy-stone", "PERSON", "অ্যান্ডি স্টোন", (), ("Andy Stone",)),
    Actor("neal-mohan", "PERSON", "নীল মোহন", (), ("Neal Mohan",)),
    Actor("george-kurtz", "PERSON", "জর্জ কার্টজ", ("জর্জ কুর্টজ",), ("George Kurtz",)),
    Actor("shou-zi-chew", "PERSON", "শো জি চিউ", (), ("Shou Zi Chew",)),
    Actor("pavel-durov", "PERSON", "পাভেল দুরভ", ("দুরভ",), ("Pavel Durov", "Durov")),
    Actor("mukesh-ambani", "PERSON", "মুকেশ আম্বানি", (), ("Mukesh Ambani",)),
    Actor("akash-ambani", "PERSON", "আকাশ আম্বানি", (), ("Akash Ambani",)),
    Actor("sunil-mittal", "PERSON", "সুনীল মিত্তল", ("সুনীল ভারতী মিত্তল",), ("Sunil Mittal", "Sunil Bharti Mittal")),
    Actor("bill-gates", "PERSON", "বিল গেটস", (), ("Bill Gates",)),
    Actor("dario-amodei", "PERSON", "দারিও আমোদেই", (), ("Dario Amodei",)),
    Actor("jensen-huang", "PERSON", "জেনসেন হুয়াং", (), ("Jensen Huang",)),
    Actor("nick-clegg", "PERSON", "নিক ক্লেগ", (), ("Nick Clegg",)),
    # people: politicians and officials
    Actor("donald-trump", "PERSON", "ডোনাল্ড ট্রাম্প", ("ট্রাম্প",), ("Donald Trump", "Trump")),
    Actor("joe-biden", "PERSON", "জো বাইডেন", ("বাইডেন",), ("Joe Biden", "Biden")),
    Actor("vladimir-putin", "PERSON", "ভ্লাদিমির পুতিন", ("পুতিন",), ("Vladimir Putin", "Putin")),
    Actor("narendra-modi", "PERSON", "নরেন্দ্র মোদী", ("মোদী", "মোদি"), ("Narendra Modi", "Modi")),
    Actor("mamata-banerjee", "PERSON", "মমতা বন্দ্যোপাধ্যায়", ("মমতা ব্যানার্জি", "মমতা ব্যানার্জী"), ("Mamata Banerjee",)),
    Actor("ashwini-vaishnaw", "PERSON", "অশ্বিনী বৈষ্ণব", (), ("Ashwini Vaishnaw",)),
    Actor("jyotiraditya-scindia", "PERSON", "জ্যোতিরাদিত্য সিন্ধিয়া", (), ("Jyotiraditya Scindia",)),
    Actor("rajeev-chandrasekhar", "PERSON", "রাজীব চন্দ্রশেখর", (), ("Rajeev Chandrasekhar",)),
    Actor("sheikh-hasina", "PERSON", "শেখ হাসিনা", (), ("Sheikh Hasina",)),
    Actor("muhammad-yunus", "PERSON", "মুহাম্মদ ইউনূস", ("মুহাম্মদ ইউনুস", "ইউনূস"), ("Muhammad Yunus", "Yunus")),
    Actor("zunaid-ahmed-palak", "PERSON", "জুনাইদ আহমেদ পলক", ("পলক",), ("Zunaid Ahmed Palak", "Palak")),
    Actor("nahid-islam", "PERSON", "নাহিদ ইসলাম", (), ("Nahid Islam",)),
    Actor("faiz-ahmad-taiyeb", "PERSON", "ফয়েজ আহমদ তৈয়্যব", ("ফয়েজ আহমদ তৈয়ব", "ফয়েজ আহমেদ তৈয়্যব", "ফয়েজ তৈয়্যব"), ("Faiz Ahmad Taiyeb",)),
    Actor("mustafa-jabbar", "PERSON", "মোস্তাফা জব্বার", ("মোস্তফা জব্বার",), ("Mustafa Jabbar",)),
    # hacker groups and claimed actors
    Actor("anonymous-sudan", "GROUP", "অ্যানোনিমাস সুদান", (), ("Anonymous Sudan",)),
    Actor("anonymous", "GROUP", "অ্যানোনিমাস", (), ("Anonymous",)),
    Actor("killnet", "GROUP", "কিলনেট", ("কিল নেট",), ("Killnet",)),
    Actor("dark-storm-team", "GROUP", "ডার্ক স্টর্ম টিম", ("ডার্ক স্টর্ম",), ("Dark Storm Team", "Dark Storm")),
    Actor("lazarus", "GROUP", "লাজারাস", ("লাজারাস গ্রুপ",), ("Lazarus", "Lazarus Group")),
    Actor("noname057", "GROUP", "নোনেম০৫৭", ("নো নেম ০৫৭", "নোনেম ০৫৭"), ("NoName057",)),
    Actor("mysterious-team-bangladesh", "GROUP", "মিস্টেরিয়াস টিম বাংলাদেশ", (), ("Mysterious Team Bangladesh",)),
    Actor("lapsus", "GROUP", "ল্যাপসাস", (), ("Lapsus",)),
    Actor("scattered-spider", "GROUP", "স্ক্যাটারড স্পাইডার", (), ("Scattered Spider",)),
    Actor("lockbit", "GROUP", "লকবিট", (), ("LockBit",)),
    Actor("sandworm", "GROUP", "স্যান্ডওয়ার্ম", (), ("Sandworm",)),
    Actor("fancy-bear", "GROUP", "ফ্যান্সি বেয়ার", (), ("Fancy Bear", "APT28")),
    Actor("cl0p", "GROUP", "ক্লপ", (), ("Cl0p", "Clop")),
    Actor("blackcat", "GROUP", "ব্ল্যাকক্যাট", (), ("BlackCat", "ALPHV")),
    Actor("volt-typhoon", "GROUP", "ভোল্ট টাইফুন", (), ("Volt Typhoon",)),
    Actor("salt-typhoon", "GROUP", "সল্ট টাইফুন", (), ("Salt Typhoon",)),
    Actor("indian-cyber-force", "GROUP", "ইন্ডিয়ান সাইবার ফোর্স", (), ("Indian Cyber Force",)),
    Actor("team-insane-pk", "GROUP", "টিম ইনসেন পিকে", (), ("Team Insane PK",)),
    Actor("sylhet-gang", "GROUP", "সিলেট গ্যাং", (), ("Sylhet Gang",)),
    Actor("handala", "GROUP", "হান্দালা", (), ("Handala",)),
)

CUE_SETS_ACTORS: Final[tuple[CueSet, ...]] = (
    CueSet(
        "musk",
        ("টেসলা", "এক্স", "টুইটার", "স্পেসএক্স", "এক্সএআই", "স্টারলিংক", "গ্রোক", "ধনকুবের",
         "ধনী", "বিলিয়নেয়ার", "শতকোটিপতি", "মালিক", "মালিকানাধীন", "সিইও", "ইলন", "টুইট",
         "পোস্ট", "লিখেছেন", "জানিয়েছেন", "বলেছেন", "দাবি", "মন্তব্য"),
        ("id:x", "id:tesla", "id:spacex", "id:xai", "id:starlink", "id:grok"),
    ),
    CueSet(
        "bd-minister",
        ("প্রতিমন্ত্রী", "মন্ত্রী", "আইসিটি", "তথ্যপ্রযুক্তি", "টেলিযোগাযোগ", "সাবেক", "জুনাইদ",
         "বলেন", "বলেছেন", "জানান", "জানিয়েছেন", "ইন্টারনেট"),
    ),
    CueSet(
        "regulator",
        ("টেলিকম", "টেলিযোগাযোগ", "নিয়ন্ত্রক", "নিয়ন্ত্রণ", "রেগুলেটর", "কর্তৃপক্ষ", "নির্দেশ",
         "নির্দেশিকা", "অপারেটর", "সংস্থা", "জরিমানা", "রিপোর্ট"),
        ("kind:operator",),
    ),
)

AMBIGUOUS_ACTORS: Final[tuple[Ambiguous, ...]] = (
    Ambiguous("মাস্ক", "musk", "Musk; also a face mask"),
    Ambiguous("Musk", "musk", "also musk the scent"),
    Ambiguous("পলক", "bd-minister", "Palak; also 'blink, instant' (পলকের মধ্যে)"),
    Ambiguous("Palak", "bd-minister", "also spinach in Indian English"),
    Ambiguous("ট্রাই", "regulator", "TRAI; also the English loan 'try' (ট্রাই করুন)"),
)

NEIGHBOUR_BLOCKS_ACTORS: Final[tuple[NeighbourBlock, ...]] = (
    NeighbourBlock("ট্রাম্প", "next", "কার্ড", "ট্রাম্প কার্ড, a trump card"),
    NeighbourBlock("মেটা", "next", "ডেটা", "মেটা ডেটা, metadata"),
    NeighbourBlock("মাস্ক", "next", "পরা", "wearing a mask"),
    NeighbourBlock("অ্যাপল", "next", "ফল", "the apple fruit"),
)
# fmt: on

# Words that make a name a GROUP: "<name> নামের হ্যাকার গোষ্ঠী", "হ্যাকার গ্রুপ <name>".
# fmt: off
HACKER_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("হ্যাকার", "hacker"), ("হ্যাকিং", "hacking"), ("হ্যাকারদের", "of hackers"),
    ("সাইবার", "cyber"), ("হ্যাক্টিভিস্ট", "hacktivist"),
)
GROUP_NOUNS: Final[tuple[tuple[str, str], ...]] = (
    ("গ্রুপ", "group"), ("গোষ্ঠী", "group"), ("দল", "team, party"), ("গ্যাং", "gang"),
    ("সংগঠন", "organisation"),
)
# fmt: on
