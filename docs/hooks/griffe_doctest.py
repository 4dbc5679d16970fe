"""A griffe extension for the API reference: the package's docstrings, readable as Markdown.

The docstrings follow the project's style guide (a summary, notes, one ``>>>`` example),
not a docstring convention, so two things would render badly as Markdown: a ``>>>``
example would run into one paragraph (and its ``[...]`` output would read as a link),
and Sphinx roles such as ``:func:`x``` would show as written. This extension fences each
run of ``>>>`` lines as Python code and turns a role into plain inline code. It changes
only what the documentation site shows, never the code. Loaded from ``mkdocs.yml``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|mod|class|meth|attr|data|exc):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each ``>>>`` example (up to the next blank line) in a Python code fence."""
    out: list[str] = []
    in_example = False
    for line in text.split("\n"):
        if not in_example and line.lstrip().startswith(">>>"):
            out.append("```python")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence ``>>>`` examples and flatten Sphinx roles in every docstring."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(_ROLE.sub(r"`\1`", obj.docstring.value))
