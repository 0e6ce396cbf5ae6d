"""Figures to check before they are trusted ("Số liệu cần kiểm tra"): the results rows the data's warnings point
at (a likely typing slip: docs/reference.md, "Choices where the contract is silent"), found by their place in
the user's file, so that a report and its slides name the unit and the indicator and flag the bar. The rules
themselves live where the warnings are made (`data.validate`); this module only reads the warnings, whichever
they are."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..data.problems import Problem, ProblemRun
from ..data.schema import table_for
from .words import format_number, problem_message, word


def _on_results(entry: Problem | ProblemRun) -> bool:
    """Whether a warning is about a row of the results table (its sheet's or file's name means that table)."""
    table = table_for(entry.sheet if entry.sheet else Path(entry.source or "").stem)
    return table is not None and table.name == "results"


def suspected(rows: pd.DataFrame, warnings: list) -> pd.DataFrame:
    """The rows of `rows` a warning of the dataset points at, with the warning's message (`check`, in Vietnamese
    and English: `check_vi`, `check_en`), in the rows' order.

    Parameters
    ----------
    rows : DataFrame
        Results rows with their `row` in the user's file, as `Analysis.rows`.
    warnings : list of Problem or ProblemRun
        The dataset's warnings (`Dataset.warnings`).

    Returns
    -------
    DataFrame
        The warned rows of `rows`, with `check_vi` and `check_en`.
    """
    found: dict[int, list[Problem]] = {}
    wanted = set(rows["row"].dropna().astype(int).tolist())
    for entry in warnings:
        if not entry.warning or not _on_results(entry):
            continue
        if isinstance(entry, ProblemRun):
            for index in np.flatnonzero(np.isin(entry.rows, list(wanted))):
                problem = entry.problem(int(index))
                found.setdefault(int(problem.row or 0), []).append(problem)
        elif entry.row in wanted:
            found.setdefault(int(entry.row or 0), []).append(entry)
    chosen = rows[rows["row"].isin(list(found))]
    texts = {
        lang: [" ".join(problem_message(problem, lang) for problem in found[int(row)]) for row in chosen["row"]]
        for lang in ("vi", "en")
    }
    return chosen.assign(check_vi=texts["vi"], check_en=texts["en"])


def check_lines(rows: pd.DataFrame, warnings: list, lang: str = "vi") -> list[str]:
    """One line per warned row: "Xã An Minh – Thu ngân sách trên địa bàn xã, phường (Thực hiện 0,0468; Kế hoạch 45):
    the warning's message"; none when nothing is suspected."""
    warned = suspected(rows, warnings)
    return [
        word(
            "report.check_line",
            lang,
            unit=unit,
            indicator=name,
            actual=format_number(actual, 6, lang, trim=True),
            plan=format_number(plan, 6, lang, trim=True),
            message=message,
        )
        for unit, name, actual, plan, message in zip(
            warned["unit_name"], warned["name"], warned["actual"], warned["plan"], warned[f"check_{lang}"]
        )
    ]


def flagged(rows: pd.DataFrame, warnings: list) -> pd.Series:
    """Whether each row of `rows` is warned about (a column for the % KH charts' `check`)."""
    return rows["row"].isin(suspected(rows, warnings)["row"])
