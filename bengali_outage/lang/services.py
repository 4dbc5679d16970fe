"""Online services, apps and networks whose outages Bengali news reports.

One row per service: its stable id (SPEC section 3: the brand's current English
name, lowercased, hyphenated, without "the"/"app"/"online"; former names map to
the current id), its kind, its canonical Bengali name, other Bengali spellings
seen in West Bengal and Bangladesh outlets, and Latin spellings (brand names,
abbreviations, domains). The canonical name is always a surface form too.

Bengali spellings vary in ways the tagger folds away by itself (ী/ি, ূ/ু,
hasanta, ঙ/ং, অ্যা/এ, Bengali/Latin digits; see ``docs/registry.md``), so a row
lists only the variants that differ in other ways (ক্লাউডফ্লেয়ার and
ক্লাউডফেয়ার; হোয়াটসঅ্যাপ and হোয়াটসআপ). Forms are written in the NFC spelling
``_script.normalise_text`` produces (য় as য + nukta).

Written for this library from general knowledge of the brands and of Bengali
news spelling.
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

ServiceKind = Literal[
    "social", "messaging", "video", "streaming", "music", "search", "email", "productivity",
    "ai", "cloud", "cdn", "security", "software", "dev", "reference", "game", "store",
    "food", "transport", "operator", "isp", "payment", "bank", "travel", "gov", "news",
    "generic",
]  # fmt: skip


class Service(NamedTuple):
    id: str
    kind: ServiceKind
    name: str  # canonical Bengali name
    bengali: tuple[str, ...] = ()  # other Bengali spellings
    latin: tuple[str, ...] = ()  # Latin spellings, brand case


class CueSet(NamedTuple):
    """Words and neighbours that show an ambiguous form names the brand.

    ``supporters`` are ``id:<id>``, ``kind:<service kind>`` or ``label:<label>``:
    an accepted entity of that id, kind or label nearby counts as a cue.
    """

    name: str
    words: tuple[str, ...]
    supporters: tuple[str, ...] = ()


class Ambiguous(NamedTuple):
    """A surface form that is also an ordinary word; kept only with a cue nearby."""

    form: str
    cue: str  # a CueSet name
    why: str


class NeighbourBlock(NamedTuple):
    """A form next to this word (``side`` "next" or "previous") is not the entity."""

    form: str
    side: Literal["next", "previous"]
    word: str
    why: str


# fmt: off
SERVICES: Final[tuple[Service, ...]] = (
    # social networks
    Service("x", "social", "এক্স", ("টুইটার", "এক্স কর্পোরেশন"), ("X", "Twitter", "twitter.com", "x.com")),
    Service("facebook", "social", "ফেসবুক", ("ফেইসবুক", "ফেসবুক ডট কম"), ("Facebook", "FB", "facebook.com")),
    Service("instagram", "social", "ইনস্টাগ্রাম", ("ইন্সটাগ্রাম", "ইনস্টা", "ইন্সটা", "ইনস্তাগ্রাম"), ("Instagram", "Insta", "IG")),
    Service("threads", "social", "থ্রেডস", ("থ্রেড্স",), ("Threads",)),
    Service("snapchat", "social", "স্ন্যাপচ্যাট", ("স্ন্যাপ চ্যাট",), ("Snapchat",)),
    Service("linkedin", "social", "লিংকডইন", ("লিংকড ইন", "লিংকডিন"), ("LinkedIn",)),
    Service("reddit", "social", "রেডিট", ("রেডইট",), ("Reddit",)),
    Service("pinterest", "social", "পিন্টারেস্ট", ("পিনটারেস্ট",), ("Pinterest",)),
    Service("tiktok", "social", "টিকটক", ("টিক টক",), ("TikTok",)),
    Service("bluesky", "social", "ব্লুস্কাই", ("ব্লু স্কাই",), ("Bluesky",)),
    Service("mastodon", "social", "মাস্টোডন", ("ম্যাস্টোডন",), ("Mastodon",)),
    Service("truth-social", "social", "ট্রুথ সোশ্যাল", ("ট্রুথ সোশাল",), ("Truth Social",)),
    Service("quora", "social", "কোরা", (), ("Quora",)),
    Service("likee", "social", "লাইকি", (), ("Likee",)),
    Service("sharechat", "social", "শেয়ারচ্যাট", ("শেয়ার চ্যাট",), ("ShareChat",)),
    Service("tumblr", "social", "টাম্বলার", (), ("Tumblr",)),
    Service("weibo", "social", "ওয়েইবো", ("উইবো",), ("Weibo",)),
    Service("clubhouse", "social", "ক্লাবহাউস", ("ক্লাব হাউস",), ("Clubhouse",)),
    # messaging
    Service("messenger", "messaging", "মেসেঞ্জার", ("ম্যাসেঞ্জার", "ফেসবুক মেসেঞ্জার", "ফেসবুক ম্যাসেঞ্জার"), ("Messenger", "Facebook Messenger")),
    Service("whatsapp", "messaging", "হোয়াটসঅ্যাপ", ("হোয়াটস্যাপ", "হোয়াটসআপ", "হোয়াটস অ্যাপ", "হোয়্যাটসঅ্যাপ", "হোয়াটসঅ্যাপ ওয়েব", "হোয়াটঅ্যাপ"), ("WhatsApp", "WhatsApp Web")),
    Service("telegram", "messaging", "টেলিগ্রাম", (), ("Telegram",)),
    Service("signal", "messaging", "সিগন্যাল", ("সিগনাল",), ("Signal",)),
    Service("imo", "messaging", "ইমো", (), ("imo", "IMO")),
    Service("viber", "messaging", "ভাইবার", (), ("Viber",)),
    Service("skype", "messaging", "স্কাইপ", ("স্কাইপি",), ("Skype",)),
    Service("discord", "messaging", "ডিসকর্ড", ("ডিস্কর্ড",), ("Discord",)),
    Service("wechat", "messaging", "উইচ্যাট", ("উই চ্যাট",), ("WeChat",)),
    Service("imessage", "messaging", "আইমেসেজ", ("আই মেসেজ",), ("iMessage",)),
    Service("facetime", "messaging", "ফেসটাইম", (), ("FaceTime",)),
    Service("truecaller", "messaging", "ট্রুকলার", ("ট্রু কলার",), ("Truecaller",)),
    Service("tinder", "social", "টিন্ডার", (), ("Tinder",)),
    # video and streaming
    Service("youtube", "video", "ইউটিউব", ("ইউ টিউব", "য়ুটিউব"), ("YouTube", "youtube.com", "YT")),
    Service("twitch", "video", "টুইচ", (), ("Twitch",)),
    Service("netflix", "streaming", "নেটফ্লিক্স", (), ("Netflix",)),
    Service("prime-video", "streaming", "অ্যামাজন প্রাইম ভিডিও", ("প্রাইম ভিডিও", "অ্যামাজন প্রাইম"), ("Prime Video", "Amazon Prime", "Amazon Prime Video")),
    Service("disney-plus", "streaming", "ডিজনি প্লাস", (), ("Disney Plus",)),
    # JioCinema and Disney+ Hotstar merged as JioHotstar in 2025: former names map here
    Service("jiohotstar", "streaming", "জিওহটস্টার", ("জিও হটস্টার", "হটস্টার", "ডিজনি হটস্টার", "ডিজনি প্লাস হটস্টার", "জিও সিনেমা", "জিওসিনেমা"), ("JioHotstar", "Hotstar", "Disney Hotstar", "JioCinema")),
    Service("zee5", "streaming", "জি৫", ("জি ফাইভ", "জিফাইভ"), ("ZEE5", "Zee5")),
    Service("sonyliv", "streaming", "সোনিলিভ", ("সোনি লিভ", "সনি লিভ"), ("SonyLIV",)),
    Service("hoichoi", "streaming", "হইচই", (), ("hoichoi", "Hoichoi")),
    Service("chorki", "streaming", "চরকি", (), ("Chorki",)),
    Service("toffee", "streaming", "টফি", (), ("Toffee",)),
    Service("mx-player", "streaming", "এমএক্স প্লেয়ার", ("এম এক্স প্লেয়ার",), ("MX Player",)),
    Service("hbo-max", "streaming", "এইচবিও ম্যাক্স", (), ("HBO Max",)),
    Service("crunchyroll", "streaming", "ক্রাঞ্চিরোল", (), ("Crunchyroll",)),
    # music
    Service("spotify", "music", "স্পটিফাই", ("স্পোটিফাই",), ("Spotify",)),
    Service("apple-music", "music", "অ্যাপল মিউজিক", (), ("Apple Music",)),
    Service("youtube-music", "music", "ইউটিউব মিউজিক", (), ("YouTube Music",)),
    Service("jiosaavn", "music", "জিওসাভন", ("জিও সাভন", "সাভন"), ("JioSaavn", "Saavn")),
    Service("gaana", "music", "গানা", (), ("Gaana",)),
    Service("wynk-music", "music", "উইঙ্ক মিউজিক", ("উইঙ্ক",), ("Wynk", "Wynk Music")),
    Service("soundcloud", "music", "সাউন্ডক্লাউড", ("সাউন্ড ক্লাউড",), ("SoundCloud",)),
    # search, mail and Google's consumer services
    Service("google", "search", "গুগল", ("গুগুল",), ("Google", "google.com")),
    Service("bing", "search", "বিং", (), ("Bing",)),
    Service("yahoo", "search", "ইয়াহু", (), ("Yahoo",)),
    Service("google-maps", "search", "গুগল ম্যাপস", ("গুগল ম্যাপ",), ("Google Maps",)),
    Service("gmail", "email", "জিমেইল", ("জি-মেইল", "জিমেল"), ("Gmail",)),
    Service("yahoo-mail", "email", "ইয়াহু মেইল", (), ("Yahoo Mail",)),
    # Hotmail became Outlook.com
    Service("outlook", "email", "আউটলুক", ("হটমেইল",), ("Outlook", "outlook.com", "Hotmail")),
    Service("proton-mail", "email", "প্রোটন মেইল", ("প্রোটনমেইল",), ("Proton Mail", "ProtonMail")),
    # productivity
    Service("google-drive", "productivity", "গুগল ড্রাইভ", (), ("Google Drive",)),
    Service("google-docs", "productivity", "গুগল ডকস", ("গুগল ডক",), ("Google Docs",)),
    Service("google-meet", "productivity", "গুগল মিট", (), ("Google Meet",)),
    # G Suite became Google Workspace
    Service("google-workspace", "productivity", "গুগল ওয়ার্কস্পেস", ("জি স্যুট",), ("Google Workspace", "G Suite")),
    # Office 365 became Microsoft 365
    Service("microsoft-365", "productivity", "মাইক্রোসফট ৩৬৫", ("মাইক্রোসফ্ট ৩৬৫", "অফিস ৩৬৫", "এমএস অফিস", "মাইক্রোসফট অফিস"), ("Microsoft 365", "Office 365", "M365", "O365", "MS Office")),
    Service("teams", "productivity", "মাইক্রোসফট টিমস", ("টিমস", "এমএস টিমস"), ("Microsoft Teams", "MS Teams", "Teams")),
    Service("onedrive", "productivity", "ওয়ানড্রাইভ", ("ওয়ান ড্রাইভ",), ("OneDrive",)),
    Service("zoom", "productivity", "জুম", (), ("Zoom",)),
    Service("webex", "productivity", "ওয়েবেক্স", (), ("Webex",)),
    Service("slack", "productivity", "স্ল্যাক", (), ("Slack",)),
    Service("dropbox", "productivity", "ড্রপবক্স", (), ("Dropbox",)),
    Service("canva", "productivity", "ক্যানভা", (), ("Canva",)),
    Service("notion", "productivity", "নোশন", (), ("Notion",)),
    # AI assistants
    Service("chatgpt", "ai", "চ্যাটজিপিটি", ("চ্যাট জিপিটি",), ("ChatGPT", "chatgpt.com", "chat.openai.com")),
    Service("openai", "ai", "ওপেনএআই", ("ওপেন এআই",), ("OpenAI",)),
    Service("gemini", "ai", "জেমিনি", ("গুগল জেমিনি", "জেমিনাই"), ("Gemini", "Google Gemini")),
    Service("claude", "ai", "ক্লড", ("ক্লদ",), ("Claude",)),
    Service("copilot", "ai", "কোপাইলট", ("মাইক্রোসফট কোপাইলট",), ("Copilot", "Microsoft Copilot", "GitHub Copilot")),
    Service("grok", "ai", "গ্রোক", ("গ্রক",), ("Grok",)),
    Service("perplexity", "ai", "পারপ্লেক্সিটি", ("পারপ্লেক্সিটি এআই",), ("Perplexity",)),
    Service("deepseek", "ai", "ডিপসিক", ("ডিপ সিক", "ডিপসিক এআই"), ("DeepSeek",)),
    Service("meta-ai", "ai", "মেটা এআই", (), ("Meta AI",)),
    Service("midjourney", "ai", "মিডজার্নি", (), ("Midjourney",)),
    Service("character-ai", "ai", "ক্যারেক্টার এআই", (), ("Character AI", "Character.ai")),
    # cloud, CDN, security
    Service("cloudflare", "cdn", "ক্লাউডফ্লেয়ার", ("ক্লাউডফেয়ার", "ক্লাউড ফ্লেয়ার", "ক্লাউডফ্লেআর"), ("Cloudflare",)),
    Service("akamai", "cdn", "আকামাই", ("অ্যাকামাই",), ("Akamai",)),
    Service("fastly", "cdn", "ফাস্টলি", (), ("Fastly",)),
    Service("aws", "cloud", "অ্যামাজন ওয়েব সার্ভিসেস", ("অ্যামাজন ওয়েব সার্ভিস", "এডব্লিউএস", "এডব্লুএস", "এডাব্লিউএস"), ("AWS", "Amazon Web Services")),
    Service("azure", "cloud", "অ্যাজিওর", ("অ্যাজুর", "অ্যাজুরে", "আজুর", "মাইক্রোসফট অ্যাজিওর", "মাইক্রোসফট অ্যাজুর"), ("Azure", "Microsoft Azure")),
    Service("google-cloud", "cloud", "গুগল ক্লাউড", (), ("Google Cloud", "GCP")),
    Service("oracle-cloud", "cloud", "ওরাকল ক্লাউড", (), ("Oracle Cloud", "OCI")),
    Service("alibaba-cloud", "cloud", "আলিবাবা ক্লাউড", (), ("Alibaba Cloud",)),
    Service("digitalocean", "cloud", "ডিজিটালওশান", ("ডিজিটাল ওশান",), ("DigitalOcean",)),
    Service("icloud", "cloud", "আইক্লাউড", ("আই ক্লাউড",), ("iCloud",)),
    Service("crowdstrike", "security", "ক্রাউডস্ট্রাইক", ("ক্রাউড স্ট্রাইক",), ("CrowdStrike",)),
    Service("zscaler", "security", "জেডস্কেলার", (), ("Zscaler",)),
    Service("okta", "security", "ওকটা", (), ("Okta",)),
    # software platforms
    Service("windows", "software", "উইন্ডোজ", ("মাইক্রোসফট উইন্ডোজ",), ("Windows", "Microsoft Windows")),
    Service("chrome", "software", "গুগল ক্রোম", ("ক্রোম",), ("Google Chrome", "Chrome")),
    Service("github", "dev", "গিটহাব", ("গিট হাব",), ("GitHub",)),
    Service("gitlab", "dev", "গিটল্যাব", (), ("GitLab",)),
    Service("stack-overflow", "dev", "স্ট্যাক ওভারফ্লো", (), ("Stack Overflow",)),
    Service("wikipedia", "reference", "উইকিপিডিয়া", (), ("Wikipedia",)),
    # app stores and shops
    Service("app-store", "store", "অ্যাপ স্টোর", ("অ্যাপস্টোর", "অ্যাপল অ্যাপ স্টোর"), ("App Store",)),
    Service("play-store", "store", "প্লে স্টোর", ("প্লেস্টোর", "গুগল প্লে স্টোর", "গুগল প্লে"), ("Play Store", "Google Play", "Google Play Store")),
    Service("amazon", "store", "অ্যামাজন", ("আমাজন",), ("Amazon", "amazon.com", "amazon.in")),
    Service("flipkart", "store", "ফ্লিপকার্ট", (), ("Flipkart",)),
    Service("meesho", "store", "মিশো", (), ("Meesho",)),
    Service("myntra", "store", "মিন্ত্রা", (), ("Myntra",)),
    Service("daraz", "store", "দারাজ", (), ("Daraz",)),
    Service("chaldal", "store", "চালডাল", (), ("Chaldal",)),
    Service("shopify", "store", "শপিফাই", (), ("Shopify",)),
    Service("ebay", "store", "ইবে", (), ("eBay",)),
    Service("epic-games-store", "store", "এপিক গেমস স্টোর", ("এপিক গেমস",), ("Epic Games Store", "Epic Games")),
    # food and rides
    Service("foodpanda", "food", "ফুডপান্ডা", ("ফুড পান্ডা",), ("foodpanda",)),
    Service("swiggy", "food", "সুইগি", (), ("Swiggy",)),
    Service("zomato", "food", "জোমাটো", ("জমাটো",), ("Zomato",)),
    Service("uber", "transport", "উবার", (), ("Uber",)),
    Service("ola", "transport", "ওলা", (), ("Ola",)),
    Service("pathao", "transport", "পাঠাও", (), ("Pathao",)),
    Service("indrive", "transport", "ইনড্রাইভ", ("ইন ড্রাইভ",), ("inDrive",)),
    # games
    Service("pubg-mobile", "game", "পাবজি", ("পাবজি মোবাইল", "পাব জি"), ("PUBG", "PUBG Mobile")),
    Service("battlegrounds-mobile-india", "game", "বিজিএমআই", ("ব্যাটলগ্রাউন্ডস মোবাইল ইন্ডিয়া", "ব্যাটলগ্রাউন্ডস"), ("BGMI", "Battlegrounds Mobile India")),
    Service("free-fire", "game", "ফ্রি ফায়ার", ("ফ্রিফায়ার", "গ্যারেনা ফ্রি ফায়ার"), ("Free Fire", "Garena Free Fire")),
    Service("roblox", "game", "রোবলক্স", ("রবলক্স",), ("Roblox",)),
    Service("fortnite", "game", "ফোর্টনাইট", (), ("Fortnite",)),
    Service("minecraft", "game", "মাইনক্রাফট", ("মাইনক্র্যাফট",), ("Minecraft",)),
    Service("call-of-duty", "game", "কল অব ডিউটি", ("কল অফ ডিউটি",), ("Call of Duty",)),
    Service("valorant", "game", "ভ্যালোরান্ট", (), ("Valorant",)),
    Service("clash-of-clans", "game", "ক্ল্যাশ অব ক্ল্যানস", ("ক্ল্যাশ অফ ক্ল্যানস",), ("Clash of Clans",)),
    Service("league-of-legends", "game", "লিগ অব লেজেন্ডস", (), ("League of Legends",)),
    Service("steam", "game", "স্টিম", (), ("Steam",)),
    Service("playstation-network", "game", "প্লেস্টেশন নেটওয়ার্ক", ("প্লে স্টেশন নেটওয়ার্ক", "পিএসএন", "প্লেস্টেশন"), ("PlayStation Network", "PSN", "PlayStation")),
    # Xbox Live was renamed Xbox network
    Service("xbox-network", "game", "এক্সবক্স নেটওয়ার্ক", ("এক্সবক্স লাইভ", "এক্সবক্স"), ("Xbox network", "Xbox Live", "Xbox")),
    # mobile operators: India
    Service("jio", "operator", "জিও", ("রিলায়েন্স জিও", "জিও ফাইবার"), ("Jio", "JIO", "Reliance Jio", "JioFiber")),
    Service("airtel", "operator", "এয়ারটেল", ("ভারতী এয়ারটেল", "এয়ারটেল এক্সস্ট্রিম"), ("Airtel", "Bharti Airtel")),
    Service("vi", "operator", "ভিআই", ("ভি আই", "ভোডাফোন আইডিয়া", "ভোডাফোন-আইডিয়া"), ("Vi", "Vodafone Idea")),
    Service("bsnl", "operator", "বিএসএনএল", ("বি এস এন এল",), ("BSNL",)),
    Service("mtnl", "operator", "এমটিএনএল", (), ("MTNL",)),
    # mobile operators: Bangladesh
    Service("grameenphone", "operator", "গ্রামীণফোন", ("গ্রামীণ ফোন", "গ্রামীন ফোন", "জিপি"), ("Grameenphone", "GP")),
    Service("banglalink", "operator", "বাংলালিংক", (), ("Banglalink",)),
    Service("robi", "operator", "রবি", ("রবি আজিয়াটা", "রবি-আজিয়াটা"), ("Robi", "Robi Axiata")),
    Service("teletalk", "operator", "টেলিটক", (), ("Teletalk",)),
    # mobile operators: elsewhere
    Service("vodafone", "operator", "ভোডাফোন", (), ("Vodafone",)),
    Service("verizon", "operator", "ভেরাইজন", ("ভেরিজন",), ("Verizon",)),
    Service("at-t", "operator", "এটিঅ্যান্ডটি", ("এটি অ্যান্ড টি",), ("AT&T",)),
    Service("t-mobile", "operator", "টি-মোবাইল", (), ("T-Mobile",)),
    Service("rogers", "operator", "রজার্স", (), ("Rogers",)),
    Service("optus", "operator", "অপটাস", (), ("Optus",)),
    # fixed-line and satellite internet providers
    Service("btcl", "isp", "বিটিসিএল", (), ("BTCL",)),
    Service("starlink", "isp", "স্টারলিংক", ("স্টার লিংক",), ("Starlink",)),
    Service("link3", "isp", "লিংক থ্রি", ("লিংক৩",), ("Link3",)),
    Service("amber-it", "isp", "অ্যাম্বার আইটি", ("আম্বার আইটি",), ("Amber IT",)),
    Service("act-fibernet", "isp", "এসিটি ফাইবারনেট", (), ("ACT Fibernet",)),
    Service("hathway", "isp", "হ্যাথওয়ে", (), ("Hathway",)),
    # payments and mobile financial services
    Service("upi", "payment", "ইউপিআই", (), ("UPI",)),
    Service("phonepe", "payment", "ফোনপে", ("ফোন পে",), ("PhonePe",)),
    Service("paytm", "payment", "পেটিএম", (), ("Paytm",)),
    Service("google-pay", "payment", "গুগল পে", ("জিপে", "জি পে"), ("Google Pay", "GPay")),
    Service("bhim", "payment", "ভীম অ্যাপ", ("ভিম অ্যাপ", "ভীম ইউপিআই"), ("BHIM", "BHIM UPI")),
    Service("bkash", "payment", "বিকাশ", (), ("bKash", "Bkash")),
    Service("nagad", "payment", "নগদ", (), ("Nagad",)),
    Service("rocket", "payment", "রকেট", ("ডাচ-বাংলা রকেট",), ("Rocket",)),
    Service("upay", "payment", "উপায়", (), ("Upay",)),
    Service("paypal", "payment", "পেপ্যাল", ("পে-প্যাল",), ("PayPal",)),
    Service("apple-pay", "payment", "অ্যাপল পে", (), ("Apple Pay",)),
    Service("amazon-pay", "payment", "অ্যামাজন পে", (), ("Amazon Pay",)),
    # banks and their apps
    Service("sbi", "bank", "এসবিআই", ("স্টেট ব্যাংক অব ইন্ডিয়া", "স্টেট ব্যাঙ্ক অফ ইন্ডিয়া", "স্টেট ব্যাংক"), ("SBI", "State Bank of India")),
    Service("yono-sbi", "bank", "ইয়োনো", ("যোনো", "ইউনো", "ইয়োনো এসবিআই"), ("YONO", "YONO SBI")),
    Service("hdfc-bank", "bank", "এইচডিএফসি ব্যাংক", ("এইচডিএফসি", "এইচডিএফসি ব্যাঙ্ক"), ("HDFC Bank", "HDFC")),
    Service("icici-bank", "bank", "আইসিআইসিআই ব্যাংক", ("আইসিআইসিআই", "আইসিআইসিআই ব্যাঙ্ক"), ("ICICI Bank", "ICICI")),
    Service("axis-bank", "bank", "অ্যাক্সিস ব্যাংক", ("অ্যাক্সিস ব্যাঙ্ক",), ("Axis Bank",)),
    Service("dutch-bangla-bank", "bank", "ডাচ-বাংলা ব্যাংক", ("ডিবিবিএল",), ("Dutch-Bangla Bank", "DBBL")),
    Service("sonali-bank", "bank", "সোনালী ব্যাংক", (), ("Sonali Bank",)),
    Service("islami-bank", "bank", "ইসলামী ব্যাংক", (), ("Islami Bank",)),
    Service("brac-bank", "bank", "ব্র্যাক ব্যাংক", (), ("BRAC Bank",)),
    # travel and government portals
    Service("irctc", "travel", "আইআরসিটিসি", (), ("IRCTC",)),
    Service("indigo", "travel", "ইন্ডিগো", (), ("IndiGo",)),
    Service("digilocker", "gov", "ডিজিলকার", ("ডিজি লকার",), ("DigiLocker",)),
    # network-level services (SPEC: reported beside any operator named)
    Service("internet", "generic", "ইন্টারনেট", ("ইন্টারনেট পরিষেবা", "ইন্টারনেট সেবা", "ইন্টারনেট সংযোগ"), ("Internet",)),
    Service("mobile-internet", "generic", "মোবাইল ইন্টারনেট", ("মোবাইল ডেটা", "মোবাইল ডাটা", "মোবাইল নেট"), ("Mobile Internet", "Mobile data")),
    Service("broadband", "generic", "ব্রডব্যান্ড", ("ব্রডব্যান্ড ইন্টারনেট", "ব্রডব্যান্ড পরিষেবা", "ব্রডব্যান্ড সংযোগ"), ("Broadband",)),
    Service("mobile-network", "generic", "মোবাইল নেটওয়ার্ক", ("মোবাইল পরিষেবা", "মোবাইল সেবা", "মোবাইল নেটওয়ার্ক পরিষেবা"), ("Mobile network",)),
)

# Latin spellings that are ordinary English words: matched only in the case
# written here (or in capitals). Latin forms of three letters or fewer are
# always matched in their own case (X, GP, Vi, FB, US).
LATIN_EXACT_CASE: Final[frozenset[str]] = frozenset({
    "Threads", "Signal", "Teams", "Zoom", "Slack", "Notion", "Steam", "Rocket", "Nagad",
    "Windows", "Chrome", "Messenger", "Discord", "Telegram", "Gemini", "Claude", "Copilot",
    "Grok", "Perplexity", "Amazon", "Uber", "Rogers", "Internet", "Broadband", "Mobile network",
    "Mobile data", "Mobile Internet", "Xbox", "PlayStation", "Hotmail", "Outlook", "Canva",
})

# Cue words are single words, compared after stripping an inflection ending.
CUE_SETS: Final[tuple[CueSet, ...]] = (
    CueSet(
        "mobile-money",
        ("এমএফএস", "ব্যাংকিং", "ব্যাংক", "অ্যাপ", "অ্যাপস", "লেনদেন", "ওয়ালেট", "অ্যাকাউন্ট",
         "ক্যাশআউট", "ক্যাশ", "সেন্ডমানি", "গ্রাহক", "সেবা", "পরিষেবা", "সার্ভার", "এজেন্ট",
         "বিভ্রাট", "রিচার্জ", "পেমেন্ট", "অ্যাকাউন্টধারী", "ট্রানজ্যাকশন", "ডাউন", "মুখপাত্র",
         "কর্মকর্তা", "কর্তৃপক্ষ"),
        ("kind:payment", "kind:bank"),
    ),
    # উপায় ('way, means') is among the commonest Bengali words: only money words count.
    CueSet(
        "mobile-money-strict",
        ("এমএফএস", "ব্যাংকিং", "অ্যাপ", "অ্যাপস", "লেনদেন", "ওয়ালেট", "ক্যাশআউট", "সেন্ডমানি",
         "এজেন্ট", "অ্যাকাউন্ট"),
        ("id:bkash", "id:nagad", "id:rocket", "id:dutch-bangla-bank"),
    ),
    CueSet(
        "operator",
        ("অপারেটর", "মোবাইল", "গ্রাহক", "নেটওয়ার্ক", "সিম", "টাওয়ার", "কল", "ইন্টারনেট",
         "ডেটা", "ডাটা", "টেলিকম", "নেট", "সংযোগ", "ফোরজি", "ফাইভজি", "সিগন্যাল", "রিচার্জ",
         "প্যাকেজ", "বিভ্রাট", "বিটিআরসি", "আজিয়াটা", "সাবস্ক্রাইবার", "মুখপাত্র", "কর্মকর্তা"),
        ("kind:operator", "kind:isp", "kind:generic"),
    ),
    CueSet(
        "messaging-app",
        ("অ্যাপ", "অ্যাপস", "মেসেজিং", "চ্যাটিং", "এনক্রিপ্টেড", "এনক্রিপশন", "চ্যাট", "মেসেজ"),
        ("kind:messaging", "kind:social"),
    ),
    CueSet(
        "ott",
        ("অ্যাপ", "অ্যাপস", "ওটিটি", "প্ল্যাটফর্ম", "স্ট্রিমিং", "স্ট্রিম", "সিরিজ", "ওয়েবসিরিজ",
         "সাবস্ক্রিপশন", "সাবস্ক্রাইবার", "গান", "মিউজিক"),
        ("kind:streaming", "kind:video", "kind:music"),
    ),
    CueSet(
        "meeting-app",
        ("অ্যাপ", "অ্যাপস", "মিটিং", "বৈঠক", "ক্লাস", "কনফারেন্স", "ওয়েবিনার", "ভিডিও", "কল",
         "অনলাইন"),
        ("kind:productivity",),
    ),
    CueSet(
        "ride-app",
        ("অ্যাপ", "অ্যাপস", "রাইড", "রাইডার", "চালক", "যাত্রী", "ডেলিভারি", "পার্সেল", "রাইডশেয়ারিং"),
        ("kind:transport", "kind:food"),
    ),
    CueSet(
        "airline",
        ("বিমান", "বিমানবন্দর", "ফ্লাইট", "এয়ারলাইন", "এয়ারলাইনস", "যাত্রী", "চেক", "বিমানসংস্থা"),
        ("kind:travel",),
    ),
    CueSet(
        "app",
        ("অ্যাপ", "অ্যাপস", "অ্যাপলিকেশন", "অ্যাপ্লিকেশন", "প্ল্যাটফর্ম", "ওয়েবসাইট", "ব্রাউজার",
         "গেম", "গেমিং", "গেমার", "প্রশ্নোত্তর", "সার্ভার", "ডাউনলোড", "এক্সটেনশন"),
    ),
    CueSet(
        "ai",
        ("এআই", "চ্যাটবট", "কৃত্রিম", "বুদ্ধিমত্তা", "অ্যাসিস্ট্যান্ট", "সহকারী", "প্রম্পট", "মডেল"),
        ("kind:ai", "id:microsoft", "id:github"),
    ),
)

AMBIGUOUS_SERVICES: Final[tuple[Ambiguous, ...]] = (
    Ambiguous("বিকাশ", "mobile-money", "also 'development, growth', and a common given name"),
    Ambiguous("নগদ", "mobile-money", "also 'cash'"),
    Ambiguous("রকেট", "mobile-money", "also a space rocket"),
    Ambiguous("Rocket", "mobile-money", "also a space rocket"),
    Ambiguous("উপায়", "mobile-money-strict", "also 'way, means'"),
    Ambiguous("রবি", "operator", "also Sunday (রবিবার is another word), the sun, the rabi crop season and a given name"),
    Ambiguous("জিপি", "operator", "also gram panchayat in West Bengal"),
    Ambiguous("GP", "operator", "also gram panchayat, Grand Prix"),
    Ambiguous("সিগন্যাল", "messaging-app", "also a mobile signal or a traffic signal"),
    Ambiguous("সিগনাল", "messaging-app", "also a mobile signal or a traffic signal"),
    Ambiguous("জুম", "meeting-app", "also a camera zoom and jhum cultivation in the hill tracts"),
    Ambiguous("হইচই", "ott", "also 'commotion'"),
    Ambiguous("চরকি", "ott", "also a spinning top"),
    Ambiguous("টফি", "ott", "also a toffee"),
    Ambiguous("গানা", "ott", "also a colloquial form of 'song'"),
    Ambiguous("পাঠাও", "ride-app", "also the imperative 'send'"),
    Ambiguous("ওলা", "ride-app", "also an old word for cholera"),
    Ambiguous("কোরা", "app", "also 'unbleached, blank'"),
    Ambiguous("ক্রোম", "app", "also chrome the metal finish"),
    Ambiguous("স্টিম", "app", "also steam"),
    Ambiguous("কোপাইলট", "ai", "also an aircraft's co-pilot"),
    Ambiguous("Copilot", "ai", "also an aircraft's co-pilot"),
    Ambiguous("ইন্ডিগো", "airline", "also the colour indigo (নীল)"),
)

NEIGHBOUR_BLOCKS: Final[tuple[NeighbourBlock, ...]] = (
    NeighbourBlock("এক্স", "next", "রে", "এক্স-রে is an X-ray"),
    NeighbourBlock("X", "next", "ray", "X-ray"),
    NeighbourBlock("X", "next", "Ray", "X-Ray"),
    NeighbourBlock("X", "next", "Men", "X-Men"),
    NeighbourBlock("X", "previous", "iPhone", "the iPhone X"),
    NeighbourBlock("এক্স", "next", "ফ্যাক্টর", "এক্স ফ্যাক্টর, a decisive quality"),
    NeighbourBlock("অ্যামাজন", "next", "জঙ্গল", "the Amazon rainforest"),
    NeighbourBlock("অ্যামাজন", "next", "বন", "the Amazon rainforest"),
    NeighbourBlock("অ্যামাজন", "next", "বনাঞ্চল", "the Amazon rainforest"),
    NeighbourBlock("অ্যামাজন", "next", "নদী", "the Amazon river"),
    NeighbourBlock("অ্যামাজন", "next", "অরণ্য", "the Amazon rainforest"),
    NeighbourBlock("অ্যামাজন", "next", "রেইনফরেস্ট", "the Amazon rainforest"),
    NeighbourBlock("নগদ", "next", "টাকা", "নগদ টাকা, cash money"),
    NeighbourBlock("নগদ", "next", "অর্থ", "নগদ অর্থ, cash"),
    NeighbourBlock("নগদ", "next", "সহায়তা", "নগদ সহায়তা, cash aid"),
    NeighbourBlock("নগদ", "next", "পুরস্কার", "নগদ পুরস্কার, a cash prize"),
    NeighbourBlock("নগদ", "next", "প্রণোদনা", "নগদ প্রণোদনা, a cash incentive"),
    NeighbourBlock("নগদ", "next", "মূল্য", "নগদ মূল্য, cash price"),
    NeighbourBlock("নগদ", "next", "লেনদেন", "নগদ লেনদেন, cash transactions"),
    NeighbourBlock("নগদ", "next", "ডলার", "cash dollars"),
    NeighbourBlock("বিকাশ", "next", "ঘটে", "বিকাশ ঘটে, growth happens"),
    NeighbourBlock("বিকাশ", "next", "ঘটেছে", "growth has happened"),
    NeighbourBlock("বিকাশ", "next", "ঘটাতে", "to foster growth"),
    NeighbourBlock("বিকাশ", "next", "লাভ", "বিকাশ লাভ, to grow"),
    NeighbourBlock("বিকাশ", "previous", "অর্থনৈতিক", "economic development"),
    NeighbourBlock("বিকাশ", "previous", "মানসিক", "mental development"),
    NeighbourBlock("বিকাশ", "previous", "শারীরিক", "physical development"),
    NeighbourBlock("বিকাশ", "previous", "শিশুর", "a child's development"),
    NeighbourBlock("বিকাশ", "previous", "প্রযুক্তির", "the growth of technology"),
    NeighbourBlock("রকেট", "next", "উৎক্ষেপণ", "a rocket launch"),
    NeighbourBlock("রকেট", "previous", "স্পেসএক্সের", "a SpaceX rocket"),
    NeighbourBlock("রবি", "next", "শস্য", "rabi crops"),
    NeighbourBlock("রবি", "next", "মৌসুম", "the rabi season"),
    NeighbourBlock("রবি", "next", "ঠাকুর", "Rabindranath Tagore"),
    NeighbourBlock("জুম", "next", "চাষ", "jhum cultivation"),
    NeighbourBlock("জুম", "next", "ইন", "zoom in"),
    NeighbourBlock("সিগন্যাল", "previous", "ট্রাফিক", "a traffic signal"),
)

# Letters for slugging the name of an unknown service or group (SPEC: "an id
# made from its name"). A consonant carries an inherent "o" unless a vowel sign,
# a hasanta or the end of the word follows it; the slug drops it at word end,
# as Bengali speech does.
# fmt: off
SLUG_LETTERS: Final[tuple[tuple[str, str], ...]] = (
    ("অ", "o"), ("আ", "a"), ("ই", "i"), ("ঈ", "i"), ("উ", "u"), ("ঊ", "u"), ("ঋ", "ri"),
    ("এ", "e"), ("ঐ", "oi"), ("ও", "o"), ("ঔ", "ou"),
    ("া", "a"), ("ি", "i"), ("ী", "i"), ("ু", "u"), ("ূ", "u"), ("ৃ", "ri"), ("ে", "e"),
    ("ৈ", "oi"), ("ো", "o"), ("ৌ", "ou"),
    ("ক", "k"), ("খ", "kh"), ("গ", "g"), ("ঘ", "gh"), ("ঙ", "ng"),
    ("চ", "ch"), ("ছ", "chh"), ("জ", "j"), ("ঝ", "jh"), ("ঞ", "n"),
    ("ট", "t"), ("ঠ", "th"), ("ড", "d"), ("ঢ", "dh"), ("ণ", "n"),
    ("ত", "t"), ("থ", "th"), ("দ", "d"), ("ধ", "dh"), ("ন", "n"),
    ("প", "p"), ("ফ", "f"), ("ব", "b"), ("ভ", "bh"), ("ম", "m"),
    ("য", "j"), ("র", "r"), ("ল", "l"), ("শ", "sh"), ("ষ", "sh"), ("স", "s"), ("হ", "h"),
    ("ড়", "r"), ("ঢ়", "rh"), ("য়", "y"), ("ৎ", "t"), ("ং", "ng"), ("ঃ", ""), ("ঁ", ""),
    ("০", "0"), ("১", "1"), ("২", "2"), ("৩", "3"), ("৪", "4"),
    ("৫", "5"), ("৬", "6"), ("৭", "7"), ("৮", "8"), ("৯", "9"),
)
# fmt: on

# Nouns after "<name> নামের" that make the name a service: "<name> নামের একটি অ্যাপ".
# fmt: off
SERVICE_NOUNS: Final[tuple[tuple[str, str], ...]] = (
    ("অ্যাপ", "app"), ("অ্যাপস", "app"), ("অ্যাপলিকেশন", "application"), ("অ্যাপ্লিকেশন", "application"),
    ("প্ল্যাটফর্ম", "platform"), ("প্ল্যাটফরম", "platform"), ("পরিষেবা", "service (West Bengal)"),
    ("সেবা", "service (Bangladesh)"), ("ওয়েবসাইট", "website"), ("সাইট", "site"),
    ("মেসেজিং", "messaging (app)"), ("সার্ভিস", "service"),
)
# fmt: on
