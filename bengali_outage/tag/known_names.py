"""Names the training data labels: the label a model entity takes when the model forgot it.

The shipped model reads a rare word as ``<unk>`` (``tag/model.py``), so it may label a name
it was trained on from its context alone, and wrongly: ``বুয়েটের অধ্যাপক`` as a place. The
table ``data/training_names.tsv`` keeps each name of the training text with the label
most of its mentions carry there (built by ``python -m bengali_outage.train.names``); the
merge uses it to correct a model entity's label when the context decides none. It never
adds a span: only the registry rules and the model find names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, cast

from bengali_outage._data import data_lines
from bengali_outage.models import Label
from bengali_outage.tag.registry import fold, name_less_ending

TABLE_NAME: Final = "training_names.tsv"
WRITTEN: Final = "written"
STEM: Final = "stem"


def name_keys(name: str) -> tuple[str, ...]:
    """A name's lookup keys: its words folded, then the same less the last word's case
    ending (a bare name may end like one: ওপেনএআই, ওপেনএআই-এর, ওপেনএআইয়ের).

    >>> name_keys("বুয়েটের")[-1] == name_keys("বুয়েট")[0]
    True
    """
    whole, stem = " ".join(name.split()), name_less_ending(name)
    keys = (whole,) if stem == whole else (whole, stem)
    return tuple(" ".join(fold(w) for w in k.split()) for k in keys if k)


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, bool], Label]:
    """``(key, is a stem)`` → label: a name as written and a name less its ending are kept
    apart, so that a bare word (আমি) never takes the label of a name it is the stem of (আমির)."""
    rows = (line.split("\t") for line in data_lines(TABLE_NAME))
    return {(key, form == STEM): cast(Label, label) for key, label, form in rows}


def remembered_label(name: str) -> Label | None:
    """The label the training text gives ``name``, or None if it has none.

    ``name`` as written is looked up among the names as written; less its case ending, among
    the names as written and then among the names less theirs (বুয়েটের: বুয়েট, বুয়েটের).
    """
    table = _table()
    whole, *stem = name_keys(name) or ("",)
    tries = [(whole, False), *((s, as_stem) for s in stem for as_stem in (False, True))]
    return next((table[k] for k in tries if k in table), None)
