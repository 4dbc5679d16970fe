"""Move values found in normalised text back onto the caller's original text."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from bengali_outage._script import Normalised
from bengali_outage.models import Span

M = TypeVar("M", bound=BaseModel)


def remap(value: M, norm: Normalised) -> M:
    """Rewrite every ``span``/``spans``/``text`` in ``value`` to point into ``norm.original``.

    Works on any model of ``bengali_outage.models``, nested or not.
    """
    data = _remap_obj(value.model_dump(), norm)
    return type(value).model_validate(data)


def _remap_obj(obj: Any, norm: Normalised) -> Any:
    if isinstance(obj, dict):
        out = {k: _remap_obj(v, norm) for k, v in obj.items()}
        if "span" in obj and obj["span"] is not None:
            s, e = norm.to_original(*obj["span"])
            out["span"] = Span(s, e)
            if "text" in obj:
                out["text"] = norm.original[s:e]
        if "spans" in obj:
            out["spans"] = tuple(Span(*norm.to_original(*sp)) for sp in obj["spans"])
        return out
    if isinstance(obj, (list, tuple)) and not isinstance(obj, Span):
        return type(obj)(_remap_obj(v, norm) for v in obj) if isinstance(obj, list) else tuple(
            _remap_obj(v, norm) for v in obj
        )
    return obj
