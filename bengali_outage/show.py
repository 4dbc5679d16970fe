"""Render an article with what was found in it highlighted (``bengali-outage show``)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Final

from bengali_outage.models import Incident, Report, TimePoint

# fmt: off
_ANSI: Final = {
    "SERVICE": "\033[1;34m", "ORG": "\033[36m", "PERSON": "\033[35m", "GPE": "\033[32m",
    "MONITOR": "\033[33m", "GROUP": "\033[1;31m", "TIME": "\033[4m", "MESSAGE": "\033[7m",
}
_HTML_COLOURS: Final = {
    "SERVICE": "#aec7e8", "ORG": "#9edae5", "PERSON": "#f7b6d2", "GPE": "#98df8a",
    "MONITOR": "#ffbb78", "GROUP": "#ff9896", "TIME": "#dbdb8d", "MESSAGE": "#c7c7c7",
}
# fmt: on
_RESET: Final = "\033[0m"


def _marks(report: Report) -> list[tuple[int, int, str]]:
    marks: list[tuple[int, int, str]] = [(e.span[0], e.span[1], e.label) for e in report.entities]
    for incident in report.incidents:
        for tp in _times(incident):
            marks.append((tp.span[0], tp.span[1], "TIME"))
        marks += [(m.span[0], m.span[1], "MESSAGE") for m in incident.error_messages]
    marks.sort(key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, str]] = []
    for m in marks:
        if not kept or m[0] >= kept[-1][1]:
            kept.append(m)
    return kept


def _times(incident: Incident) -> Iterable[TimePoint]:
    for tp in (incident.start, incident.end):
        if tp is not None and tp.span[1] > tp.span[0]:
            yield tp


def _summary(report: Report) -> list[str]:
    lines = []
    for i in report.incidents:
        services = ", ".join(s.id for s in i.services) or "?"
        regions = ", ".join(r.code for r in i.regions) or "-"
        cause = i.cause.category if i.cause else "-"
        start = i.start.text if i.start else "-"
        lines.append(f"{i.role}: {services} | regions {regions} | start {start} | status {i.status} | cause {cause}")
    return lines + [f"warning: {w}" for w in report.warnings]


def render_terminal(text: str, report: Report, *, colour: bool = True) -> str:
    """The text with entities, times and error messages marked ([label ...] without colour)."""
    out: list[str] = []
    last = 0
    for s, e, label in _marks(report):
        out.append(text[last:s])
        piece = text[s:e]
        out.append(f"{_ANSI[label]}{piece}{_RESET}" if colour else f"[{label} {piece}]")
        last = e
    out.append(text[last:])
    return "".join(out).rstrip() + "\n\n" + "\n".join(_summary(report))


def render_html(text: str, report: Report) -> str:
    """A self-contained, displaCy-style HTML page."""
    parts: list[str] = []
    last = 0
    for s, e, label in _marks(report):
        parts.append(html.escape(text[last:s]))
        parts.append(
            f'<mark style="background:{_HTML_COLOURS[label]};padding:0 .2em;border-radius:.3em">'
            f'{html.escape(text[s:e])}<span style="font-size:.6em;font-weight:bold;margin-left:.3em">'
            f"{label}</span></mark>"
        )
        last = e
    parts.append(html.escape(text[last:]))
    summary = "".join(f"<li>{html.escape(line)}</li>" for line in _summary(report))
    return (
        '<!doctype html><html lang="bn"><meta charset="utf-8">'
        f"<title>{html.escape(report.headline or report.id or 'article')}</title>"
        '<body style="font-family:sans-serif;line-height:2;max-width:50em;margin:2em auto">'
        f'<div style="white-space:pre-wrap">{"".join(parts)}</div><ul>{summary}</ul></body></html>'
    )
