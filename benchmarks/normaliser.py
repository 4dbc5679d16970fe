"""Dates and times: bengali_outage against dateparser, on the repo's own corpora.

    python benchmarks/normaliser.py [--repeat N]

Reads fixtures/corpus/dates.toml and times.toml (every example text, and the
negatives) and prints, per dimension:

* accuracy: an example counts as right when the parser's value agrees on every
  field the corpus gives among year, month, day, hour, minute (the fields a
  datetime can hold; fields the corpus leaves out are not checked, which is
  lenient to dateparser, as it fills them from the clock). Examples that give
  none of these fields (a part of the day alone, a Hijri date) are left out of
  this comparison and counted in our strict score only;
* strict: ours only, every TimePoint field as the corpus gives it (part of the
  day, zone, weekday, approximate, and None where the corpus gives nothing);
* negatives: how many of the texts that hold no date or time each parser
  leaves alone;
* speed: expressions per second over all the texts, in CPU time of this
  process (time.process_time), best of a few rounds in which the parsers take
  turns, so that other work on a shared machine slows them alike.

dateparser runs with languages=["bn"] and RELATIVE_BASE set to the corpus
reference, after one warm-up call. If it is not installed the comparison is
skipped with a message and only our figures are printed.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bengali_outage._script import normalise_text
from bengali_outage.models import TimePoint
from bengali_outage.normalise.time import find_times, parse_time

CORPUS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
DIMENSIONS = ("dates", "times")
COMPARABLE = ("year", "month", "day", "hour", "minute")
STRICT = ("year", "month", "day", "weekday", "hour", "minute", "part_of_day", "utc_offset", "approximate")


@dataclass
class Corpus:
    name: str
    reference: datetime
    examples: list[tuple[str, dict[str, Any]]]
    negatives: list[str]


def load(name: str) -> Corpus:
    data = tomllib.loads((CORPUS_DIR / f"{name}.toml").read_text("utf-8"))
    examples = [(text, ex["value"]) for ex in data["example"] for text in ex["texts"]]
    return Corpus(name, data["reference"], examples, list(data["negative"]["texts"]))


def agrees(got: dict[str, Any] | None, want: dict[str, Any]) -> bool:
    if got is None:
        return False
    return all(got.get(f) == want[f] for f in COMPARABLE if f in want)


def fields_of(tp: TimePoint | None) -> dict[str, Any] | None:
    return None if tp is None else {f: getattr(tp, f) for f in STRICT}


def strict_ok(tp: TimePoint | None, want: dict[str, Any]) -> bool:
    if tp is None:
        return False
    return all(getattr(tp, f) == want.get(f, False if f == "approximate" else None) for f in STRICT)


def datetime_fields(dt: datetime | None) -> dict[str, Any] | None:
    if dt is None:
        return None
    return {"year": dt.year, "month": dt.month, "day": dt.day, "hour": dt.hour, "minute": dt.minute}


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f}/s" if seconds > 0 else "       n/a"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="timing rounds, each parser once per round; best kept (default 5)",
    )
    args = parser.parse_args(argv)

    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        dateparser = None
        print(
            "dateparser is not installed: comparison skipped (pip install dateparser); our figures follow.\n"
        )

    rows: list[str] = []
    speed_texts: list[str] = []
    for name in DIMENSIONS:
        corpus = load(name)
        ref = corpus.reference
        comparable = [(t, v) for t, v in corpus.examples if any(f in v for f in COMPARABLE)]
        ours = {t: parse_time(t, reference=ref) for t, _ in corpus.examples}
        ours_ok = sum(agrees(fields_of(ours[t]), v) for t, v in comparable)
        ours_strict = sum(strict_ok(ours[t], v) for t, v in corpus.examples)
        ours_neg = sum(not find_times(normalise_text(t).text, reference=ref) for t in corpus.negatives)
        n, k, m = len(comparable), len(corpus.examples), len(corpus.negatives)
        rows.append(f"[{name}] {k} examples ({n} with year/month/day/hour/minute), {m} negatives")
        rows.append(f"  {'':22} {'accuracy':>16} {'strict':>12} {'negatives left':>16}")
        rows.append(
            f"  {'bengali_outage':22} {ours_ok:>5}/{n:<4} {ours_ok / n:6.1%}"
            f" {ours_strict / k:12.1%} {ours_neg:>9}/{m:<4}"
        )
        if dateparser is not None:
            settings = {"RELATIVE_BASE": ref.replace(tzinfo=None)}
            dateparser.parse(
                "১২ মার্চ ২০২৪", languages=["bn"], settings=settings
            )  # warm-up: loads language data
            dp_parse = sum(
                agrees(datetime_fields(dateparser.parse(t, languages=["bn"], settings=settings)), v)
                for t, v in comparable
            )
            dp_search = 0
            for t, v in comparable:
                found = search_dates(t, languages=["bn"], settings=settings) or []
                dp_search += any(agrees(datetime_fields(dt), v) for _, dt in found)
            neg_parse = sum(
                dateparser.parse(t, languages=["bn"], settings=settings) is None for t in corpus.negatives
            )
            neg_search = sum(
                not search_dates(t, languages=["bn"], settings=settings) for t in corpus.negatives
            )
            rows.append(
                f"  {'dateparser.parse':22} {dp_parse:>5}/{n:<4} {dp_parse / n:6.1%} {'-':>12} {neg_parse:>9}/{m:<4}"
            )
            rows.append(
                f"  {'dateparser.search_dates':22} {dp_search:>5}/{n:<4} {dp_search / n:6.1%} {'-':>12} {neg_search:>9}/{m:<4}"
            )
        rows.append("")
        speed_texts += [t for t, _ in corpus.examples] + corpus.negatives

    print("\n".join(rows))
    count = len(speed_texts)
    ref = load("times").reference
    normalised = [normalise_text(t).text for t in speed_texts]
    runners: dict[str, Callable[[], object]] = {
        "bengali_outage.parse_time": lambda: [parse_time(t, reference=ref) for t in speed_texts],
        "bengali_outage.find_times": lambda: [find_times(t, reference=ref) for t in normalised],
    }
    if dateparser is not None:
        settings = {"RELATIVE_BASE": ref.replace(tzinfo=None)}
        runners["dateparser.parse"] = lambda: [
            dateparser.parse(t, languages=["bn"], settings=settings) for t in speed_texts
        ]
        runners["dateparser.search_dates"] = lambda: [
            search_dates(t, languages=["bn"], settings=settings) for t in speed_texts
        ]
    # Rounds interleave the parsers, so that a busy machine slows them alike; the best round counts.
    best = dict.fromkeys(runners, float("inf"))
    for _ in range(args.repeat):
        for name, run in runners.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    print(f"speed over {count} expressions (CPU time, best of {args.repeat} interleaved rounds)")
    for name, seconds in best.items():
        print(f"  {name:28} {rate(count, seconds)}")
    if dateparser is not None:
        print(
            f"  ours/dateparser: parse_time vs parse {best['dateparser.parse'] / best['bengali_outage.parse_time']:.1f}x, "
            f"find_times vs search_dates {best['dateparser.search_dates'] / best['bengali_outage.find_times']:.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
