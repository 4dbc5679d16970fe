"""Every example in the package's docstrings runs and prints what it says it prints."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import bengali_outage

MODULES = sorted(m.name for m in pkgutil.walk_packages(bengali_outage.__path__, "bengali_outage."))
# modules of the optional extras, imported only where those are installed
EXTRAS = {"dask", "pyarrow", "stanza", "torch"}


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in EXTRAS:
            pytest.skip(f"{name} needs the optional {exc.name} (not installed)")
        raise
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    for test in finder.find(module, name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
