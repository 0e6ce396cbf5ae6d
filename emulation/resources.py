"""Where the files that ship with the program are: the sample dataset and the notebooks.

In an installed wheel they sit inside the package (`emulation/shipped/`, put there by `setup.py`) and are
found with importlib.resources; in a source checkout (an editable install) they are the repository's own
`data/sample/` and `notebooks/`, the one copy that is kept.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CHECKOUT = {"sample": ("data", "sample"), "notebooks": ("notebooks",)}
# the one folder the explorer's data box may open from (the dashboard sets it)
DATA_ROOT_VARIABLE = "EMULATION_DATA_ROOT"
DASHBOARD_VARIABLE = "EMULATION_DASHBOARD"  # set for the dashboard's kernels, whose page brings its own plotly.js
TEMPLATE_VARIABLE = "EMULATION_TEMPLATE"  # the dashboard's figure template ("projector" for the meeting's screen)
DATA_VARIABLE = "EMULATION_DATA"  # the dataset a dashboard started for a meeting shows


def shipped(name: str) -> Path:
    """The folder `name` ("sample" or "notebooks"), wherever this installation keeps it."""
    packaged = Path(str(files("emulation"))) / "shipped" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.joinpath(*CHECKOUT[name])


def sample_folder() -> Path:
    return shipped("sample")


def shipped_notebook(*parts: str) -> Path:
    """A notebook that ships with the program, e.g. shipped_notebook("templates", "cluster_report.ipynb")."""
    return shipped("notebooks").joinpath(*parts)
