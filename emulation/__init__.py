"""emulation: attainment, scores, charts and reports for emulation and commendation boards.

The stages, one subpackage each, data flowing one way (a test reads the imports to keep it so):

    data (load, validate) → engine (attainment, scores, analysis) → views (words, narrative, figures,
    tables, terminal) → publish (report sections, pages, batch, slides, images) · excel (input workbook,
    score sheet, merge) · jupyter (explorer, dashboard) → cli

`files` (atomic writes) serves every stage that writes. The names a notebook author needs are re-exported
here, imported on first use so that the command line does not pay for widgets it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what a type checker and an editor see; at run time each name is imported on first use
    from .data.dataset import Dataset, open_dataset
    from .data.problems import DataError
    from .engine.analysis import Analysis, analyse, analyse_periods
    from .errors import EmulationError
    from .jupyter.explorer import Explorer, offline_charts
    from .publish.sections import ClusterReport
    from .views.narrative import summary_text

__version__ = "0.1.0"

_EXPORTS = {
    "open_dataset": "data.dataset",
    "Dataset": "data.dataset",
    "DataError": "data.problems",
    "analyse": "engine.analysis",
    "analyse_periods": "engine.analysis",
    "Analysis": "engine.analysis",
    "summary_text": "views.narrative",
    "ClusterReport": "publish.sections",
    "Explorer": "jupyter.explorer",
    "offline_charts": "jupyter.explorer",
    "EmulationError": "errors",
}
__all__ = [
    "Analysis",
    "ClusterReport",
    "DataError",
    "Dataset",
    "EmulationError",
    "Explorer",
    "analyse",
    "analyse_periods",
    "offline_charts",
    "open_dataset",
    "summary_text",
]  # the names of _EXPORTS (a test checks they agree)


_DEPRECATED = {"history": "engine.analysis"}  # importable still, warning when called: its new name is exported


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS and name not in _DEPRECATED:
        raise AttributeError(f"module 'emulation' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS.get(name) or _DEPRECATED[name]}", __name__), name)
