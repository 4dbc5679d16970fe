"""NER benchmark: precision, recall and F1 of the shipped model, the rules and their merge.

Run from the repo root: ``python benchmarks/ner.py [--cc0 DIR] [--json]``.

Four held-out sets, none seen in training:

* the repo corpus's name-disjoint test split (``fixtures/ner/split.json``), with
  recall on the mentions of held-out ("unseen") names reported on its own;
* the fixed 10% of the CC0 corpus held out by the training run (PERSON, GPE,
  ORG only, so SERVICE/MONITOR/GROUP predictions there count as false positives);
* the blind set ``fixtures/ner/blind_sentences.src.txt``: 250 sentences written by
  someone who had read neither the code, its tables nor the training corpus, and
  never used to write a rule (but its error lists were read: docs/model.md says what
  that changed). "Unseen" there means a name in no train or dev sentence of the
  corpus and in no training-only sentence;
* the second blind set ``fixtures/ner/blind2_sentences.src.txt`` (when present), written
  the same way later, scored once and never read for errors before its figures were
  recorded.

Generic network words (ইন্টারনেট, মোবাইল ডেটা, ব্রডব্যান্ড: registry SERVICEs of kind
``generic``) are tagged for the report's services but are not names, and no NER corpus
marks them, so they are left out of every tagger's output before scoring.

Two precisions ask whether adding the model costs what the rules already do, on the
corpus test split and on the blind sets ("known" names: every name that is not unseen):

* "known-name precision": over the predictions that overlap a gold mention of a known
  name and none of an unseen one (is a known name still tagged right?);
* "precision off unseen names": over every prediction that overlaps no mention of an
  unseen name, including those that overlap no gold mention at all (the false alarms
  the model adds on ordinary words count here, not in the first).

Taggers: "model" (``bengali_outage.tag.model``); and, when
``bengali_outage/tag/rules.py`` provides ``find_entities(text)``, "rules",
"merged" (rules ∪ model, a model span overlapping any rule span dropped) and
"merge.py" (the project's own ``rules-first`` merge, which also trims
hyphenated postpositions and drops model SERVICEs with no service noun nearby).
Matching is exact on ``(start, end, label)``. Speed is the model's words per
second over both sets, after one warm-up call.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bengali_outage.tag._types import EntityMatch
from bengali_outage.tag.model import load_model, tag_normalised
from bengali_outage.train.corpus import EXTRA, REPO, parse_source, read_corpus
from bengali_outage.train.data import DEFAULT_CC0_DIR, read_cc0, split_cc0
from bengali_outage.train.evaluate import Counts, recall_of, score
from bengali_outage.train.split import read_split
from bengali_outage.train.train import SEED

BLIND = REPO / "fixtures" / "ner" / "blind_sentences.src.txt"
BLIND_SETS = {"blind": BLIND, "blind2": REPO / "fixtures" / "ner" / "blind2_sentences.src.txt"}
Triple = tuple[int, int, str]
Matches = list[list[EntityMatch]]


def _triples(matches: Sequence[EntityMatch]) -> list[Triple]:
    """The spans scored: every match but generic network words (see above)."""
    return [(m.start, m.end, m.label) for m in matches if m.kind != "generic"]


def rules_finder() -> Callable[[str], list[EntityMatch]] | None:
    """The registry rules' ``find_entities``, if ``bengali_outage.tag.rules`` provides it."""
    try:
        rules = importlib.import_module("bengali_outage.tag.rules")
    except ModuleNotFoundError:
        return None
    find: Callable[[str], list[EntityMatch]] | None = getattr(rules, "find_entities", None)
    return find


def simple_merge(rules: Sequence[EntityMatch], model: Sequence[EntityMatch]) -> list[EntityMatch]:
    """Rules ∪ model; a model span that overlaps any rule span loses."""
    kept = [m for m in model if not any(m.start < r.end and r.start < m.end for r in rules)]
    return sorted([*rules, *kept], key=lambda e: (e.start, e.end))


def precision_off(
    gold: Sequence[Sequence[Triple]],
    unseen: Sequence[Sequence[Triple]],
    predicted: Sequence[Sequence[Triple]],
    *,
    on_known_only: bool = False,
) -> Counts:
    """Precision over the predictions that overlap no mention of an unseen name; with
    ``on_known_only``, only over those that also overlap a gold mention (of a known name)."""
    counts = Counts()
    for g, u, p in zip(gold, unseen, predicted, strict=True):
        right = set(g)
        for triple in p:
            if _overlaps(triple, u):
                continue
            if on_known_only and not _overlaps(triple, g):
                continue
            if triple in right:
                counts.tp += 1
            else:
                counts.fp += 1
    return counts


def _overlaps(triple: Triple, spans: Sequence[Triple]) -> bool:
    return any(triple[0] < e and s < triple[1] for s, e, _ in spans)


def evaluate(cc0_dir: Path) -> dict[str, Any]:
    """Scores of every available tagger on the held-out sets, and the model's speed."""
    corpus = {s.id: s for s in read_corpus()}
    split = read_split()
    test = [corpus[i] for i in split["test"]]
    unseen = set(split["test_unseen_names"])
    rows, _ = read_cc0(cc0_dir)
    _, cc0_heldout = split_cc0(rows, seed=SEED)
    sets = {
        "corpus_test": ([s.text for s in test], [list(s.entities) for s in test]),
        "cc0_heldout": ([r.text for r in cc0_heldout], [r.char_entities() for r in cc0_heldout]),
    }
    # the sets with names sorted into unseen and known: the unseen mentions of each sentence
    unseen_of = {
        "corpus_test": [[e for e, n in zip(s.entities, s.names, strict=True) if n in unseen] for s in test]
    }
    trained = {n for i in (*split["train"], *split["dev"]) for n in corpus[i].names}
    trained |= {n for s in read_corpus(EXTRA) for n in s.names}
    for name, path in BLIND_SETS.items():
        if not path.is_file():
            continue
        blind = list(parse_source(path.read_text(encoding="utf-8").splitlines()))
        sets[name] = ([s.text for s in blind], [list(s.entities) for s in blind])
        unseen_of[name] = [
            [e for e, n in zip(s.entities, s.names, strict=True) if n not in trained] for s in blind
        ]

    load_model()
    list(tag_normalised(["উষ্ণ করার জন্য একটি বাক্য।"]))
    predictions: dict[str, dict[str, Matches]] = {"model": {}}
    words = 0
    started = time.perf_counter()
    for name, (texts, _) in sets.items():
        predictions["model"][name] = list(tag_normalised(texts))
        words += sum(len(t.split()) for t in texts)
    elapsed = time.perf_counter() - started
    find = rules_finder()
    if find is not None:
        predictions["rules"] = {name: [find(t) for t in texts] for name, (texts, _) in sets.items()}
        pairs = {
            name: list(
                zip(predictions["rules"][name], predictions["model"][name], sets[name][0], strict=True)
            )
            for name in sets
        }
        predictions["merged"] = {name: [simple_merge(r, m) for r, m, _ in pairs[name]] for name in sets}
        try:
            project_merge = importlib.import_module("bengali_outage.tag.merge").merge
        except (ModuleNotFoundError, AttributeError):
            project_merge = None
        if project_merge is not None:
            predictions["merge.py"] = {
                name: [project_merge(r, m, t) for r, m, t in pairs[name]] for name in sets
            }

    report: dict[str, Any] = {"sizes": {k: len(v[0]) for k, v in sets.items()}, "taggers": {}}
    for tagger, by_set in predictions.items():
        entry: dict[str, Any] = {}
        for name, (_, gold) in sets.items():
            entry[name] = score(gold, [_triples(ms) for ms in by_set[name]]).as_dict()
        for name, unseen_gold in unseen_of.items():
            predicted = [_triples(ms) for ms in by_set[name]]
            entry[f"unseen_recall_{name}"] = recall_of(unseen_gold, predicted).as_dict()
            entry[f"known_name_precision_{name}"] = precision_off(
                sets[name][1], unseen_gold, predicted, on_known_only=True
            ).as_dict()
            entry[f"precision_off_unseen_{name}"] = precision_off(
                sets[name][1], unseen_gold, predicted
            ).as_dict()
        report["taggers"][tagger] = entry
    report["model_words_per_second"] = round(words / elapsed)
    report["unseen_name_mentions"] = {name: sum(map(len, u)) for name, u in unseen_of.items()}
    return report


def _print(report: dict[str, Any]) -> None:
    print(f"held-out sets: {report['sizes']}; unseen-name mentions: {report['unseen_name_mentions']}")
    print(f"{'tagger':9} {'set':14} {'P':>6} {'R':>6} {'F1':>6}")
    for tagger, entry in report["taggers"].items():
        for name in report["sizes"]:
            s = entry[name]
            print(f"{tagger:9} {name:14} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
        for name in report["unseen_name_mentions"]:
            print(
                f"{tagger:9} {name:14} unseen R {entry[f'unseen_recall_{name}']['r']:6.3f}"
                f"  known-name P {entry[f'known_name_precision_{name}']['p']:6.3f}"
                f"  off-unseen P {entry[f'precision_off_unseen_{name}']['p']:6.3f}"
            )
    for tagger, entry in report["taggers"].items():
        labels = entry["corpus_test"]["per_label"]
        cells = ", ".join(f"{k} {v['f']:.2f}" for k, v in labels.items())
        print(f"{tagger} per-label F1 on corpus_test: {cells}")
    print(f"model speed: {report['model_words_per_second']} words/s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="NER benchmark on the held-out sets")
    parser.add_argument("--cc0", type=Path, default=DEFAULT_CC0_DIR, help="directory of the CC0 corpus")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = evaluate(args.cc0)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        _print(report)


if __name__ == "__main__":
    main()
