"""The items a % KH chart cannot show (scored per case, by value bands or by the conference: docs/reference.md,
"Kinds of scoring"), as the table a meeting reads instead: one row per item, one column per unit, each cell the
cases or the value and the points they gave."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

from ..data.kinds import ATTAINED_KINDS, SCORING_KINDS
from .tables import aligned
from .words import format_number, word


def unattained(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows of items that have no attainment (per case, value bands, direct), in the rows' order."""
    return rows[~rows["scoring"].isin(ATTAINED_KINDS)]


def _signed(points: float, lang: str) -> str:
    text = format_number(points, 2, lang, trim=True)
    return f"+{text}" if points > 0 else text.replace("-", "−")


def _item(name: str, scoring: str, per_case: float, max_points: float, lang: str) -> str:
    """The item's name and how it scores, in its kind's words (`report.<kind>_rule`, `_open` for points given
    without a maximum): "(−0,5 điểm/trường hợp)", "(điểm theo bậc giá trị)", "(tối đa 10 điểm)"."""
    open_ = SCORING_KINDS[scoring].given and pd.isna(max_points)
    rule = word(
        f"report.{scoring}_rule{'_open' if open_ else ''}",
        lang,
        per_case=_signed(per_case, lang) if pd.notna(per_case) else "",
        most=format_number(max_points, 2, lang, trim=True) if pd.notna(max_points) else "",
    )
    return f"{name} ({rule})"


def _cell(value: float, points: float, scoring: str, missing: bool, lang: str) -> str:
    """Cases or the value, then the points in brackets where it gives any; the conference's score as it is; "—"
    for no figure."""
    if missing or pd.isna(points):
        return "—"
    if SCORING_KINDS[scoring].given:
        return format_number(points, 2, lang, trim=True)
    shown = format_number(0.0 if pd.isna(value) else value, 3, lang, trim=True)
    return f"{shown} ({_signed(points, lang)})" if points else shown


def cases_table(rows: pd.DataFrame, units: list[str], lang: str = "vi") -> pd.DataFrame:
    """Printed cells of the items without attainment: the item (with its rule) down, `units` (names, in their
    order) across; empty when every item has an attainment.

    Parameters
    ----------
    rows : DataFrame
        The cluster's rows, as `Analysis.rows`.
    units : list of str
        The units' names in the order of the columns (the ranking's, usually).
    lang : {"vi", "en"}, default "vi"

    Returns
    -------
    DataFrame
        Text cells, the first column the item.

    Examples
    --------
    >>> from emulation import analyse, open_dataset
    >>> analysis = analyse(open_dataset(), "2025", ["AG-X1"])
    >>> table = cases_table(analysis.rows, list(analysis.units["unit_name"]))
    >>> table.iloc[0, 0]
    'Báo cáo gửi chậm so với quy định (−0,5 điểm/trường hợp)'
    """
    chosen = unattained(rows)
    heading = word("report.item", lang)
    if chosen.empty:
        return pd.DataFrame(columns=[heading, *units])
    lines = []
    for _, item in chosen.groupby("indicator_id", sort=False):
        first = item.iloc[0]
        cells = {
            name: _cell(value, points, scoring, status == "missing", lang)
            for name, value, points, scoring, status in zip(
                item["unit_name"], item["actual"], item["points"], item["scoring"], item["status"]
            )
        }
        lines.append(
            {
                heading: _item(first["name"], first["scoring"], first["points_per_case"], first["max_points"], lang),
                **{name: cells.get(name, "—") for name in units},
            }
        )
    return pd.DataFrame(lines, columns=[heading, *units])


def cases_html(table: pd.DataFrame) -> Styler:
    """`cases_table`'s cells as HTML: the item to the left, every unit's cell to the right, as figures are."""
    units = list(table.columns[1:])
    return aligned(table).set_table_styles(
        {unit: [{"selector": "", "props": "text-align: right"}] for unit in units}, overwrite=False
    )
