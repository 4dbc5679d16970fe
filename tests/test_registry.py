"""Data integrity of the entity registry (``lang/`` tables and ``tag/registry.py``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest

from bengali_outage._script import normalise_text
from bengali_outage.lang import actors, inflection, monitors, places, services
from bengali_outage.tag.registry import (
    ID_PATTERN,
    RegistryError,
    build_registry,
    fold,
    get_registry,
    key_of,
)

# fmt: off
# ISO 3166-1 alpha-2: the 249 officially assigned codes.
ISO_3166_ALPHA2 = frozenset(
    """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()  # noqa: SIM905  (the official list, as published)
)

BD_DISTRICTS = (
    "dhaka", "gazipur", "narayanganj", "narsingdi", "manikganj", "munshiganj", "tangail", "kishoreganj",
    "faridpur", "madaripur", "shariatpur", "gopalganj", "rajbari",
    "mymensingh", "jamalpur", "sherpur", "netrokona",
    "chattogram", "coxs-bazar", "rangamati", "bandarban", "khagrachhari", "noakhali", "lakshmipur",
    "feni", "cumilla", "chandpur", "brahmanbaria",
    "rajshahi", "natore", "naogaon", "chapainawabganj", "pabna", "sirajganj", "bogura", "joypurhat",
    "rangpur", "dinajpur", "thakurgaon", "panchagarh", "nilphamari", "lalmonirhat", "kurigram", "gaibandha",
    "khulna", "bagerhat", "satkhira", "jashore", "jhenaidah", "magura", "narail", "kushtia", "chuadanga",
    "meherpur",
    "barishal", "bhola", "patuakhali", "barguna", "pirojpur", "jhalokati",
    "sylhet", "moulvibazar", "habiganj", "sunamganj",
)
INDIAN_STATES = (
    "andhra-pradesh", "arunachal-pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana",
    "himachal-pradesh", "jharkhand", "karnataka", "kerala", "madhya-pradesh", "maharashtra", "manipur",
    "meghalaya", "mizoram", "nagaland", "odisha", "punjab", "rajasthan", "sikkim", "tamil-nadu",
    "telangana", "tripura", "uttar-pradesh", "uttarakhand", "west-bengal",
)
INDIAN_UNION_TERRITORIES = (
    "andaman-and-nicobar-islands", "chandigarh", "dadra-and-nagar-haveli-and-daman-and-diu", "delhi",
    "jammu-and-kashmir", "ladakh", "lakshadweep", "puducherry",
)
# The service ids SPEC section 3 names, and those the tagger's brief requires.
REQUIRED_SERVICES = (
    "x", "facebook", "messenger", "instagram", "whatsapp", "threads", "youtube", "gmail", "google",
    "google-drive", "google-meet", "google-pay", "chatgpt", "openai", "gemini", "claude", "copilot", "grok",
    "perplexity", "deepseek", "cloudflare", "aws", "azure", "google-cloud", "akamai", "fastly",
    "microsoft-365", "outlook", "teams", "crowdstrike", "jio", "airtel", "vi", "bsnl", "grameenphone",
    "banglalink", "robi", "teletalk", "btcl", "bkash", "nagad", "rocket", "upi", "phonepe", "paytm", "sbi",
    "yono-sbi", "irctc", "telegram", "snapchat", "discord", "linkedin", "netflix", "spotify", "zoom", "icloud",
    "apple-music", "app-store", "play-store", "amazon", "flipkart", "jiohotstar", "pubg-mobile", "battlegrounds-mobile-india",
    "free-fire", "roblox", "fortnite", "steam", "playstation-network", "xbox-network", "reddit", "pinterest",
    "tiktok", "imo", "viber", "signal", "skype", "wikipedia", "github", "shopify", "uber", "pathao",
    "foodpanda", "daraz", "internet", "mobile-internet", "broadband", "mobile-network",
)
# Spellings the brief names, with the id each must reach.
REQUIRED_FORMS = (
    ("এক্স", "x"), ("X", "x"), ("টুইটার", "x"), ("Twitter", "x"), ("twitter.com", "x"), ("x.com", "x"),
    ("ফেসবুক", "facebook"), ("ফেইসবুক", "facebook"), ("FB", "facebook"),
    ("ইনস্টাগ্রাম", "instagram"), ("ইনস্টা", "instagram"),
    ("হোয়াটসঅ্যাপ", "whatsapp"), ("হোয়াটস্যাপ", "whatsapp"), ("হোয়াটসআপ", "whatsapp"),
    ("ইউটিউব", "youtube"), ("জিপে", "google-pay"), ("গুগল পে", "google-pay"),
    ("চ্যাটজিপিটি", "chatgpt"), ("চ্যাট জিপিটি", "chatgpt"),
    ("ক্লাউডফ্লেয়ার", "cloudflare"), ("ক্লাউডফেয়ার", "cloudflare"),
    ("অ্যামাজন ওয়েব সার্ভিসেস", "aws"), ("এডব্লিউএস", "aws"),
    ("জিও", "jio"), ("রিলায়েন্স জিও", "jio"), ("এয়ারটেল", "airtel"),
    ("ভিআই", "vi"), ("ভোডাফোন আইডিয়া", "vi"), ("Vodafone Idea", "vi"),
    ("গ্রামীণফোন", "grameenphone"), ("জিপি", "grameenphone"), ("GP", "grameenphone"),
    ("বাংলালিংক", "banglalink"), ("রবি", "robi"), ("টেলিটক", "teletalk"), ("বিটিসিএল", "btcl"),
    ("বিকাশ", "bkash"), ("নগদ", "nagad"), ("রকেট", "rocket"),
    ("ইন্টারনেট", "internet"), ("মোবাইল ইন্টারনেট", "mobile-internet"), ("ব্রডব্যান্ড", "broadband"),
    ("মোবাইল নেটওয়ার্ক", "mobile-network"),
    ("আমেরিকা", "US"), ("মার্কিন যুক্তরাষ্ট্র", "US"), ("যুক্তরাষ্ট্র", "US"), ("ইউএসএ", "US"),
    ("USA", "US"), ("US", "US"), ("ব্রিটেন", "GB"), ("যুক্তরাজ্য", "GB"), ("ইংল্যান্ড", "GB"),
    ("কলকাতা", "kolkata"), ("দিল্লি", "delhi"), ("দিল্লী", "delhi"), ("মুম্বই", "mumbai"),
    ("মুম্বাই", "mumbai"), ("হায়দরাবাদ", "hyderabad"), ("হায়দ্রাবাদ", "hyderabad"),
    ("বেঙ্গালুরু", "bengaluru"), ("ব্যাঙ্গালোর", "bengaluru"), ("চেন্নাই", "chennai"),
    ("ঢাকা", "dhaka"), ("চট্টগ্রাম", "chattogram"), ("সিলেট", "sylhet"),
    ("নিউইয়র্ক", "new-york"), ("লন্ডন", "london"), ("সান ফ্রান্সিসকো", "san-francisco"),
    ("ডাউনডিটেক্টর", "downdetector"), ("ডাউন ডিটেক্টর", "downdetector"), ("Downdetector", "downdetector"),
    ("Downdetector.com", "downdetector"), ("downdetector.in", "downdetector"),
    ("isdown.app", "isdown"), ("NetBlocks", "netblocks"),
    ("এএফপি", "afp"), ("AFP", "afp"), ("রয়টার্স", "reuters"), ("বাসস", "bss"), ("ইউএনবি", "unb"),
    ("ইলন মাস্ক", "elon-musk"), ("মাস্ক", "elon-musk"), ("জাকারবার্গ", "mark-zuckerberg"),
    ("অ্যানোনিমাস সুদান", "anonymous-sudan"), ("কিলনেট", "killnet"), ("মিস্টেরিয়াস টিম বাংলাদেশ", "mysterious-team-bangladesh"),
    ("বিশ্বজুড়ে", "world"), ("গোটা বিশ্ব", "world"), ("সারাবিশ্ব", "world"), ("worldwide", "world"),
    ("ভারতীয়", "in"), ("মার্কিন", "us"), ("বাংলাদেশি", "bd"), ("ব্রিটিশ", "gb"),
)
# fmt: on


def _all_strings() -> Iterator[tuple[str, str]]:
    """Every string a lang table holds that is matched against text, with where it lives."""
    for s in services.SERVICES:
        for f in (s.name, *s.bengali, *s.latin):
            yield f"services:{s.id}", f
    for c in places.COUNTRIES:
        for f in (c.name, *c.bengali, *c.latin):
            yield f"countries:{c.code}", f
    for p in places.SUBDIVISIONS:
        for f in (p.name, *p.bengali, *p.latin):
            yield f"places:{p.id}", f
    for m in monitors.MONITORS:
        for f in (m.name, *m.bengali, *m.latin):
            yield f"monitors:{m.id}", f
    for a in actors.ACTORS:
        for f in (a.name, *a.bengali, *a.latin):
            yield f"actors:{a.id}", f
    for mk in (*places.WORLD_PHRASES, *places.DEMONYMS):
        yield "markers", mk.form
        yield "markers", mk.name
    for amb in (*services.AMBIGUOUS_SERVICES, *places.AMBIGUOUS_PLACES, *actors.AMBIGUOUS_ACTORS):
        yield "ambiguous", amb.form
    for cue in (*services.CUE_SETS, *places.CUE_SETS_PLACES, *actors.CUE_SETS_ACTORS):
        for w in cue.words:
            yield f"cue:{cue.name}", w
    for b in (*services.NEIGHBOUR_BLOCKS, *places.NEIGHBOUR_BLOCKS_PLACES, *actors.NEIGHBOUR_BLOCKS_ACTORS):
        yield "blocks", b.form
        yield "blocks", b.word
    for table in (
        inflection.ENDINGS,
        inflection.FALSE_INFLECTIONS,
        inflection.NAMING_WORDS,
        inflection.NAMING_FILLERS,
        inflection.NAME_STOPWORDS,
        inflection.NAME_STOP_SUFFIXES,
        places.TIME_AND_MONEY_WORDS,
        services.SERVICE_NOUNS,
        actors.HACKER_WORDS,
        actors.GROUP_NOUNS,
    ):
        for word, _ in table:
            yield "words", word


def test_registry_every_string_is_already_normalised() -> None:
    bad = [(where, s) for where, s in _all_strings() if normalise_text(s).text != s]
    assert bad == []


def test_registry_builds_without_conflicts() -> None:
    reg = build_registry()
    assert len(reg.loose) > 2000


def test_registry_no_form_maps_to_two_ids() -> None:
    # The registry refuses conflicts at load; this repeats the check on the raw rows
    # so a failure names every offender at once.
    owners: dict[str, set[str]] = defaultdict(set)
    for where, form in _all_strings():
        if where.split(":")[0] in {"services", "countries", "places", "monitors", "actors"}:
            owners[key_of(form)[0]].add(where.split(":", 1)[1])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_registry_refuses_a_form_claimed_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    clash = services.Service("clash-test", "generic", "ফেসবুক")
    monkeypatch.setattr(services, "SERVICES", (*services.SERVICES, clash))
    with pytest.raises(RegistryError, match="ফেসবুক"):
        build_registry()


def test_registry_countries_are_exactly_iso_3166() -> None:
    codes = [c.code for c in places.COUNTRIES]
    assert len(codes) == len(set(codes)) == 249
    assert set(codes) == ISO_3166_ALPHA2


def test_registry_every_region_code_is_iso_or_world() -> None:
    codes = {p.country for p in places.SUBDIVISIONS}
    codes |= {m.code for m in (*places.DEMONYMS, *places.WORLD_PHRASES)}
    assert codes - ISO_3166_ALPHA2 <= {"WORLD"}
    assert {m.code for m in places.WORLD_PHRASES} == {"WORLD"}


def test_registry_has_at_least_120_services() -> None:
    ids = [s.id for s in services.SERVICES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 120


@pytest.mark.parametrize("service_id", REQUIRED_SERVICES)
def test_registry_has_required_service(service_id: str) -> None:
    assert service_id in {s.id for s in services.SERVICES}


def test_registry_has_all_64_bangladesh_districts() -> None:
    districts = {p.id for p in places.SUBDIVISIONS if p.country == "BD" and p.kind == "district"}
    assert len(BD_DISTRICTS) == len(set(BD_DISTRICTS)) == 64
    assert set(BD_DISTRICTS) == districts
    assert set(places.BD_DIVISIONS) <= districts
    assert len(places.BD_DIVISIONS) == 8


def test_registry_has_all_indian_states_and_union_territories() -> None:
    states = {p.id for p in places.SUBDIVISIONS if p.country == "IN" and p.kind == "state"}
    territories = {p.id for p in places.SUBDIVISIONS if p.country == "IN" and p.kind == "territory"}
    assert states == set(INDIAN_STATES)
    assert territories == set(INDIAN_UNION_TERRITORIES)


def test_registry_ids_follow_the_spec_grammar() -> None:
    ids = [s.id for s in services.SERVICES]
    ids += [p.id for p in places.SUBDIVISIONS]
    ids += [m.id for m in monitors.MONITORS]
    ids += [a.id for a in actors.ACTORS]
    assert [i for i in ids if not ID_PATTERN.fullmatch(i)] == []


def test_registry_place_and_actor_ids_are_unique() -> None:
    for ids in (
        [p.id for p in places.SUBDIVISIONS],
        [m.id for m in monitors.MONITORS],
        [a.id for a in actors.ACTORS],
    ):
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("form", "expected"), REQUIRED_FORMS, ids=[f for f, _ in REQUIRED_FORMS])
def test_registry_required_form_reaches_its_id(form: str, expected: str) -> None:
    reg = get_registry()
    loose, exact, _ = key_of(form)
    sense = reg.exact.get(exact) or reg.loose.get(loose)
    assert sense is not None
    assert sense.entry.id == expected


def test_registry_every_ambiguous_form_has_a_known_cue_set() -> None:
    reg = get_registry()
    ambiguous = (*services.AMBIGUOUS_SERVICES, *places.AMBIGUOUS_PLACES, *actors.AMBIGUOUS_ACTORS)
    forms = [a.form for a in ambiguous]
    assert len(forms) == len(set(forms))
    for a in ambiguous:
        assert a.cue in reg.cues
        loose, exact, _ = key_of(a.form)
        sense = reg.exact.get(exact) or reg.loose.get(loose)
        assert sense is not None
        assert sense.cue == a.cue


def test_registry_endings_are_unique_and_folded_endings_stay_distinct() -> None:
    endings = [e for e, _ in inflection.ENDINGS]
    assert len(endings) == len(set(endings))
    assert len({fold(e) for e in endings}) == len(endings)


def test_registry_fold_merges_known_spelling_variants() -> None:
    assert fold("দিল্লী") == fold("দিল্লি")
    assert fold("মাইক্রোসফ্ট") == fold("মাইক্রোসফট")
    assert fold("সিঙ্গাপুর") == fold("সিংগাপুর")
    assert fold("অ্যাপ") == fold("এপ")
    assert fold("৩৬৫") == "365"
    assert fold("Twitter") == "twitter"
