"""Outage monitors: sites that count user reports or measure networks (MONITOR).

One row per monitor: a slug id, the canonical Bengali name, other Bengali
spellings and Latin spellings (names and domains). Bengali news cites them as
ডাউনডিটেক্টর, "ডাউন ডিটেক্টর" or the domain Downdetector.com; NetBlocks and
Cloudflare Radar report internet shutdowns and traffic drops.

Written for this library from general knowledge. Forms are in the NFC spelling
``_script.normalise_text`` produces (য় as য + nukta).
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Monitor(NamedTuple):
    id: str
    name: str  # canonical Bengali name
    bengali: tuple[str, ...] = ()
    latin: tuple[str, ...] = ()


# fmt: off
MONITORS: Final[tuple[Monitor, ...]] = (
    Monitor("downdetector", "ডাউনডিটেক্টর", ("ডাউন ডিটেক্টর", "ডাউনডিটেকটর", "ডাউন ডিটেকটর", "ডাউনডিটেক্টর ডটকম", "ডাউনডিটেক্টর ডট কম", "ডাউন-ডিটেক্টর"), ("Downdetector", "Down Detector", "Downdetector.com", "downdetector.in", "downdetector.co.uk", "Downdetector.ca")),
    Monitor("isdown", "ইজডাউন", ("ইজ ডাউন", "ইসডাউন"), ("IsDown", "isdown.app")),
    Monitor("statusgator", "স্ট্যাটাসগেটর", ("স্ট্যাটাস গেটর",), ("StatusGator", "statusgator.com")),
    Monitor("down-for-everyone-or-just-me", "ডাউন ফর এভরিওয়ান অর জাস্ট মি", (), ("Down for Everyone or Just Me", "downforeveryoneorjustme.com")),
    Monitor("outage-report", "আউটেজ রিপোর্ট", (), ("Outage.Report", "outage.report")),
    Monitor("is-it-down-right-now", "ইজ ইট ডাউন রাইট নাউ", (), ("Is It Down Right Now", "isitdownrightnow.com")),
    Monitor("netblocks", "নেটব্লকস", ("নেট ব্লকস", "নেটব্লক"), ("NetBlocks", "netblocks.org")),
    Monitor("cloudflare-radar", "ক্লাউডফ্লেয়ার রাডার", ("ক্লাউডফেয়ার রাডার",), ("Cloudflare Radar",)),
    Monitor("ookla", "ওকলা", ("উকলা", "স্পিডটেস্ট", "ওকলা স্পিডটেস্ট"), ("Ookla", "Speedtest", "Speedtest.net")),
    Monitor("thousandeyes", "থাউজ্যান্ডআইজ", ("থাউজেন্ড আইজ", "থাউজেন্ডআইজ"), ("ThousandEyes", "Cisco ThousandEyes")),
    Monitor("kentik", "কেনটিক", (), ("Kentik",)),
    Monitor("ioda", "আইওডিএ", (), ("IODA",)),
    Monitor("internet-society-pulse", "ইন্টারনেট সোসাইটি পালস", (), ("Internet Society Pulse",)),
    Monitor("allestoringen", "অলেস্টোরিঙেন", (), ("Allestoringen",)),
    Monitor("updownradar", "আপডাউনরাডার", (), ("UpDownRadar", "updownradar.com")),
)
# fmt: on
