"""Every example in the package's docstrings runs and prints what it says it prints."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from importlib.util import find_spec

import pytest

import bengali_outage

MODULES = sorted(m.name for m in pkgutil.walk_packages(bengali_outage.__path__, "bengali_outage."))
# packages of the optional extras: a module or an example that needs one runs only where it is installed
EXTRAS = {"dask", "pyarrow", "stanza", "torch"}
_IMPORT = re.compile(r"^\s*(?:from|import)\s+(\w+)", re.MULTILINE)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in EXTRAS:
            pytest.skip(f"{name} needs the optional {exc.name} (not installed)")
        raise
    tests = doctest.DocTestFinder(exclude_empty=True).find(module, name)
    needed = {p for t in tests for e in t.examples for p in _IMPORT.findall(e.source)} & EXTRAS
    missing = sorted(p for p in needed if find_spec(p) is None)
    if missing:
        pytest.skip(f"{name}'s examples need the optional {', '.join(missing)} (not installed)")
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
