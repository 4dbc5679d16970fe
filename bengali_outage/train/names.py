"""Build the table of names the training text labels (``data/training_names.tsv``).

Each entity span of the training text (``common_words.training_sources``: the repo
corpus's train and dev splits and training-only sentences, and the CC0 corpus's training
part; never a test sentence) is counted under its keys
(:func:`~bengali_outage.tag.known_names.name_keys`): the name as written and, apart, the
name less its case ending. A key keeps the label more than half of its mentions carry,
counted in the repo corpus when it names it there (its labels follow this project's SPEC)
and else in the CC0 corpus; a key with no such label is left out. Lines are
``key<TAB>label<TAB>form`` (form ``written`` or ``stem``), sorted.

``python -m bengali_outage.train.names [--cc0 DIR]`` rebuilds it.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from bengali_outage.tag.known_names import STEM, TABLE_NAME, WRITTEN, name_keys
from bengali_outage.train.common_words import Annotated, training_sources
from bengali_outage.train.data import DEFAULT_CC0_DIR

OUTPUT: Final = Path(__file__).resolve().parents[1] / "data" / TABLE_NAME
HEADER: Final = "# Names of the training text and their labels, built by python -m bengali_outage.train.names; do not edit.\n"


def label_counts(
    texts: Iterable[tuple[str, Sequence[tuple[int, int, str]]]],
) -> dict[tuple[str, str], Counter[str]]:
    """How often each ``(name key, form)`` carries each label; form is ``written`` for the
    name as written and ``stem`` for it less its case ending."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for text, spans in texts:
        for start, end, label in spans:
            for key, form in zip(name_keys(text[start:end]), (WRITTEN, STEM), strict=False):
                if len(key) > 1:
                    counts[key, form][label] += 1
    return counts


def majority(counts: Counter[str]) -> str | None:
    """The label of more than half the mentions, if one has them.

    >>> majority(Counter({"ORG": 2, "GPE": 1})), majority(Counter({"ORG": 1, "GPE": 1}))
    ('ORG', None)
    """
    label, n = counts.most_common(1)[0]
    return label if 2 * n > sum(counts.values()) else None


def table_lines(cc0: Annotated, repo: Annotated) -> str:
    """The file's text: the header, then ``key<TAB>label<TAB>form`` rows, sorted."""
    from_repo, from_cc0 = label_counts(repo), label_counts(cc0)
    rows: dict[tuple[str, str], str] = {}
    for key in from_repo.keys() | from_cc0.keys():
        label = majority(from_repo[key] if key in from_repo else from_cc0[key])
        if label is not None:
            rows[key] = label
    return HEADER + "".join(f"{k}\t{rows[k, f]}\t{f}\n" for k, f in sorted(rows))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=f"rebuild bengali_outage/data/{TABLE_NAME}")
    parser.add_argument("--cc0", type=Path, default=DEFAULT_CC0_DIR, help="directory of the CC0 corpus")
    args = parser.parse_args(argv)
    table = table_lines(*training_sources(args.cc0))
    OUTPUT.write_text(table, encoding="utf-8")
    print(f"{table.count(chr(10)) - 1} names -> {OUTPUT}")


if __name__ == "__main__":
    main()
