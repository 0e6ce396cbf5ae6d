"""House habits that a reviewer should not have to check by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").rglob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: str(path.relative_to(ROOT)))
def test_notebooks_are_stored_without_outputs(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [
        index for index, cell in enumerate(cells) if cell.get("outputs") or cell.get("execution_count") is not None
    ]
    assert dirty == [], f"{notebook.name}: cells {dirty} hold outputs; clear them before committing"


def test_there_are_notebooks_to_check():
    assert {path.name for path in NOTEBOOKS} >= {"explore.ipynb", "scores.ipynb", "cluster_report.ipynb"}


def test_every_module_is_well_under_400_lines():
    long = {
        str(path.relative_to(ROOT)): count
        for path in (ROOT / "emulation").rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) >= 350
    }
    assert long == {}


def test_at_most_six_modules_sit_directly_in_the_package():
    assert len(list((ROOT / "emulation").glob("*.py"))) <= 6
