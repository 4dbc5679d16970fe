"""Score reports against gold records (SPEC section 5), field by field.

The scoring is the project's reference scorer's (``../shared/eval/score.py``),
re-implemented here so a user's clone can evaluate without ``../shared``; a
test checks that both print the same figures on the same predictions.

Matching is on values. Text values compare after NFC, joiner removal,
stripping of surrounding punctuation and case folding. Sets (services,
regions, symptoms) count each member; scalars count one true positive, or a
false positive *and* a false negative when wrong; time points count each
field the gold gives; a gold ``{"any_of": [...]}`` takes the best alternative.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TIME_FIELDS = ("year", "month", "day", "weekday", "hour", "minute", "part_of_day", "utc_offset")
_STRIP = "\"'“”‘’«»।৷!?,.:;—–-()[] \u200c\u200d\u00a0"

Json = Any


def canonical(value: object) -> str:
    """The form text values are compared in."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\u200c", "").replace("\u200d", "")
    return text.strip(_STRIP).casefold()


@dataclass
class Tally:
    """True positives, false positives and false negatives per field."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, name: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.counts.setdefault(name, Counter()).update(tp=tp, fp=fp, fn=fn)

    def merge(self, other: Tally) -> None:
        for name, counter in other.counts.items():
            self.counts.setdefault(name, Counter()).update(counter)

    def total(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for counter in self.counts.values():
            out.update(counter)
        return out


def prf(counter: Mapping[str, int]) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side counts as perfect."""
    tp, fp, fn = counter.get("tp", 0), counter.get("fp", 0), counter.get("fn", 0)
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _same_text(a: object, b: object) -> bool:
    return canonical(a) == canonical(b)


def _scalar(t: Tally, name: str, gold: Json, pred: Json, same: Callable[[Json, Json], bool] = _same_text) -> None:
    if gold is None:
        return
    if pred is None:
        t.add(name, fn=1)
    elif same(gold, pred):
        t.add(name, tp=1)
    else:
        t.add(name, fp=1, fn=1)


def _members(t: Tally, name: str, gold: Iterable[Json], pred: Iterable[Json]) -> None:
    g, p = {canonical(x) for x in gold}, {canonical(x) for x in pred}
    t.add(name, tp=len(g & p), fp=len(p - g), fn=len(g - p))


def _best(score_one: Callable[[Tally, Json], None], gold: Json) -> Tally:
    options = gold["any_of"] if isinstance(gold, dict) and "any_of" in gold else [gold]
    best: Tally | None = None
    best_key: tuple[int, int] | None = None
    for option in options:
        t = Tally()
        score_one(t, option)
        c = t.total()
        key = (c["tp"] - c["fp"], c["tp"])
        if best_key is None or key > best_key:
            best, best_key = t, key
    return best if best is not None else Tally()


def _timepoint(t: Tally, name: str, gold: Json, pred: Json) -> None:
    if gold is None:
        if pred:
            t.add(name, fp=1)
        return

    def one(tt: Tally, option: Json) -> None:
        got = pred or {}
        for part in TIME_FIELDS:
            if option.get(part) is not None:
                _scalar(tt, name, option[part], got.get(part))

    t.merge(_best(one, gold))


def _duration(t: Tally, gold: Json, pred: Json) -> None:
    if gold is None:
        return

    def close(a: Json, b: Json) -> bool:
        return bool(abs(a - b) <= 0.1 * max(a, 1))

    def one(tt: Tally, option: Json) -> None:
        _scalar(tt, "duration", option.get("min_minutes"), (pred or {}).get("min_minutes"), close)

    t.merge(_best(one, gold))


def _reports(t: Tally, name: str, gold: Sequence[Json], pred: Sequence[Json]) -> None:
    unused = list(pred)
    for g in gold:
        hit = next((p for p in unused if p.get("min") == g.get("min")), None)
        if hit is None:
            t.add(name, fn=1)
            continue
        unused.remove(hit)
        t.add(name, tp=1)
        if g.get("region"):
            _scalar(t, name + ".region", g["region"], hit.get("region"))
    t.add(name, fp=len(unused))


def _claim_matches(gold: Json, pred: Json) -> bool:
    g, p = canonical(gold), canonical(pred)
    return bool(p) and (g in p or p in g)


def _cause(t: Tally, gold: Json, pred: Json) -> None:
    if gold is None:
        return
    got = pred or {}
    _scalar(t, "cause.category", gold.get("category"), got.get("category") or "unknown")
    _scalar(t, "cause.provider", gold.get("provider"), got.get("provider"))
    if "confirmed" in gold:
        _scalar(t, "cause.confirmed", gold["confirmed"], got.get("confirmed"), lambda a, b: bool(a) == bool(b))
    _scalar(t, "cause.claimed_by", gold.get("claimed_by"), got.get("claimed_by"), _claim_matches)


def texts_match(a: object, b: object) -> bool:
    """Equal, or one holds the other and is more than 60% of its length."""
    x, y = canonical(a), canonical(b)
    if not (x and y):
        return False
    return x == y or (x in y and len(x) > 0.6 * len(y)) or (y in x and len(y) > 0.6 * len(x))


def _messages(t: Tally, gold: Sequence[Json], pred: Sequence[Json]) -> None:
    unused = [m.get("text", "") if isinstance(m, dict) else str(m) for m in pred]
    for g in gold:
        hit = next((p for p in unused if texts_match(g, p)), None)
        if hit is None:
            t.add("error_messages", fn=1)
        else:
            unused.remove(hit)
            t.add("error_messages", tp=1)
    t.add("error_messages", fp=len(unused))


def _ids(items: Iterable[Json] | None) -> list[Json]:
    return [(x.get("id") or x.get("code")) if isinstance(x, dict) else x for x in items or []]


def _quantity_min(q: Json) -> Json:
    return q.get("min") if isinstance(q, dict) else None


def _main(t: Tally, g: Json, p: Json) -> None:
    p = p or {}
    _members(t, "services", g.get("services", []), _ids(p.get("services")))
    if "regions" in g:
        _members(t, "regions", g["regions"], _ids(p.get("regions")))
    if "symptoms" in g:
        _members(t, "symptoms", g["symptoms"], p.get("symptoms") or [])
    if "start" in g:
        _timepoint(t, "start", g.get("start"), p.get("start"))
    if "end" in g:
        _timepoint(t, "end", g.get("end"), p.get("end"))
    _duration(t, g.get("duration"), p.get("duration"))
    _scalar(t, "status", g.get("status"), p.get("status"))
    if "user_reports" in g:
        _reports(t, "user_reports", g["user_reports"], p.get("user_reports") or [])
    if "affected_users" in g:
        _scalar(t, "affected_users", _quantity_min(g["affected_users"]), _quantity_min(p.get("affected_users")))
    _cause(t, g.get("cause"), p.get("cause"))
    if "error_messages" in g:
        _messages(t, g["error_messages"], p.get("error_messages") or [])


def _same_earlier(g: Json, p: Json) -> bool:
    if not set(g.get("services", [])) & set(_ids(p.get("services"))):
        return False
    gs, ps = g.get("start") or {}, p.get("start") or {}
    return all(ps.get(k) == gs[k] for k in ("year", "month") if gs.get(k) is not None)


def _earlier(t: Tally, gold: Sequence[Json], pred: Sequence[Json]) -> None:
    unused = list(pred)
    for g in gold:
        hit = next((p for p in unused if _same_earlier(g, p)), None)
        if hit is None:
            t.add("earlier", fn=1)
            continue
        unused.remove(hit)
        t.add("earlier", tp=1)
        if "user_reports" in g:
            _reports(t, "earlier.user_reports", g["user_reports"], hit.get("user_reports") or [])
        if g.get("cause"):
            _scalar(t, "earlier.cause", g["cause"].get("category"), (hit.get("cause") or {}).get("category"))
    t.add("earlier", fp=len(unused))


def _entity_found(g: Json, pred: Sequence[Json]) -> bool:
    for p in pred:
        if p.get("label") != g["label"]:
            continue
        text = p.get("text", "")
        if texts_match(g["text"], text) or (canonical(text) and canonical(g["text"]).startswith(canonical(text))):
            return True
    return False


def score_article(gold: Json, pred: Json) -> Tally:
    """Score one report (as JSON) against its gold record."""
    t = Tally()
    _timepoint(t, "published", gold.get("published"), pred.get("published"))
    if "headline" in gold:
        _scalar(t, "headline", gold["headline"], pred.get("headline"))
    if "dateline" in gold:
        _scalar(t, "dateline", gold["dateline"], (pred.get("dateline") or {}).get("place"))
    for g in gold.get("entities", []):
        found = _entity_found(g, pred.get("entities") or [])
        t.add("entities", tp=int(found), fn=int(not found))
    incidents = pred.get("incidents") or []
    mains = [i for i in incidents if i.get("role") == "main"]
    gold_main = next((i for i in gold["incidents"] if i["role"] == "main"), None)
    if gold_main:
        _main(t, gold_main, mains[0] if mains else {})
    _earlier(
        t,
        [i for i in gold["incidents"] if i["role"] == "earlier"],
        [i for i in incidents if i.get("role") == "earlier"],
    )
    return t


def find_prediction(stem: str, predictions: Mapping[str, Json]) -> Json | None:
    """The prediction for a gold stem: same id, or one id a prefix of the other."""
    if stem in predictions:
        return predictions[stem]
    return next((v for k, v in predictions.items() if k and (stem.startswith(k) or k.startswith(stem))), None)


@dataclass
class Evaluation:
    per_article: dict[str, Tally]
    total: Tally
    missing: list[str]

    @property
    def f1(self) -> float:
        return prf(self.total.total())[2]

    def table(self) -> str:
        """The report: per-article P/R/F1, per-field P/R/F1 with counts, overall."""
        lines = [f"{'article':<28} {'P':>6} {'R':>6} {'F1':>6}"]
        for stem, t in self.per_article.items():
            p, r, f = prf(t.total())
            lines.append(f"{stem:<28} {p:6.3f} {r:6.3f} {f:6.3f}")
        lines += ["", f"{'field':<28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for name, c in sorted(self.total.counts.items()):
            p, r, f = prf(c)
            lines.append(f"{name:<28} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp']:4} {c['fp']:4} {c['fn']:4}")
        p, r, f = prf(self.total.total())
        lines += [f"overall precision {p:.3f} recall {r:.3f}", f"overall F1 {f:.3f}"]
        return "\n".join(lines)


def evaluate(gold_dir: Path, predictions: Mapping[str, Json]) -> Evaluation:
    """Score ``predictions`` (id → report JSON) against every ``*.json`` in ``gold_dir``."""
    per_article: dict[str, Tally] = {}
    total = Tally()
    missing: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = find_prediction(path.stem, predictions)
        if pred is None:
            missing.append(path.stem)
            pred = {}
        t = score_article(gold, pred)
        per_article[path.stem] = t
        total.merge(t)
    return Evaluation(per_article, total, missing)
