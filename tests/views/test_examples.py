"""The examples in the public functions' docstrings run as written."""

import doctest

import pytest

import emulation.data.codes
import emulation.data.dataset
import emulation.engine.analysis
import emulation.publish.sections
import emulation.views.figures.comparisons
import emulation.views.figures.guide
import emulation.views.figures.units
import emulation.views.narrative

MODULES = [emulation.views.figures.units, emulation.views.figures.comparisons, emulation.views.figures.guide,
           emulation.data.codes, emulation.data.dataset, emulation.engine.analysis, emulation.views.narrative,
           emulation.publish.sections]


@pytest.mark.parametrize("module", MODULES, ids=[module.__name__ for module in MODULES])
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 0 and failures == 0
