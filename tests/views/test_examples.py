"""The examples in the package's docstrings run as written: every module is searched, so that an example added
anywhere runs without a list to keep."""

import doctest
import importlib
import pkgutil

import pytest

import emulation


def modules_with_examples() -> list[str]:
    """The package's modules whose docstrings hold at least one example."""
    names = [module.name for module in pkgutil.walk_packages(emulation.__path__, prefix="emulation.")]
    finder = doctest.DocTestFinder()
    return [
        name
        for name in names
        if not name.endswith("__main__") and any(test.examples for test in finder.find(importlib.import_module(name)))
    ]


MODULES = modules_with_examples()


def test_the_examples_are_found():
    """The modules whose examples the reference quotes are among those searched."""
    assert {"emulation.engine.analysis", "emulation.views.narrative", "emulation.views.figures.history"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    failures, tried = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert tried > 0 and failures == 0
