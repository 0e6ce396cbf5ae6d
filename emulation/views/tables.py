"""The two tables people read, each built once and then dressed for its medium: the score sheet (one row per
unit and indicator) and the ranking (one row per unit). `sheet_values` and `ranking_values` give words in
place of codes and numbers as numbers; `as_text` prints them the Vietnamese way (1.234,5 and 153,3%);
`score_sheet` and `ranking_table` style them as HTML (`aligned`: every text escaped, numbers to the right and
text to the left), the terminal aligns them and the score-sheet workbook writes the numbers with Excel formats.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

import pandas as pd

from .awards import Awards
from .reasons import grade_with_event
from .words import format_number, format_percent, role_name, word

if TYPE_CHECKING:  # the styler's module costs a tenth of a second to import, and only reports need it
    from pandas.io.formats.style import Styler

STATUS_COLOURS = {
    "exceeded": "#CFE3F3",
    "met": "#E3F1E0",
    "missed": "#F8D9C4",
    "missing": "#E0E0E0",
    "scored": "#FFFFFF",
}
SHEET_COLUMNS = ["unit_name", "name", "measure", "plan", "actual", "progress_pct", "attainment_pct", "status", "points"]
RANKING_COLUMNS = [
    "rank",
    "unit_name",
    "role",
    "total",
    "indicator_points",
    "adjustment_points",
    "achieved_count",
    "missing_count",
    "mean_attainment",
    "award",
    "passed_over",
    "self_diff",
    "grade",
]
# how each number column prints: (decimals, as a percentage, trailing zeros trimmed)
NUMBER_TEXT = {
    "plan": (3, False, True),
    "actual": (3, False, True),
    "progress_pct": (2, True, False),
    "attainment_pct": (1, True, False),
    "mean_attainment": (1, True, False),
    "points": (2, False, False),
    "total": (2, False, False),
    "indicator_points": (2, False, False),
    "adjustment_points": (2, False, False),
    "self_diff": (2, False, False),
    "standard_total": (2, False, True),
    "bonuses": (2, False, True),
    "deductions": (2, False, True),
    "computed": (2, False, True),
    "claimed": (2, False, True),
    "agreed_points": (2, False, True),
    "final": (2, False, True),
    "self_total": (2, False, False),
    "claim_diff": (2, False, True),
}
APPRAISAL_COLUMNS = [
    "criterion",
    "standard_total",
    "bonuses",
    "deductions",
    "computed",
    "claimed",
    "agreed_points",
    "final",
    "reason",
]


def sheet_values(rows: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The score sheet's cells: the status in words, the rest as the analysis has them."""
    return rows[SHEET_COLUMNS].assign(status=[word(f"status.{status}", lang) for status in rows["status"]])


def ranking_values(units: pd.DataFrame, lang: str = "vi", awards: Awards | None = None) -> pd.DataFrame:
    """The ranking's cells, in the order given: role, award and the reason for passing over in words, the award
    as `awards` names it (a shared award marked "(đồng hạng)", a held unit's "(tạm dừng xét)"), achieved as
    "4/6"."""
    return pd.DataFrame(
        {
            "rank": units["rank"].astype(int).to_numpy(),
            "unit_name": units["unit_name"].to_numpy(),
            "role": [
                role_name(role, cluster, lang)
                for role, cluster in zip(
                    units["role"], units["cluster_name"] if "cluster_name" in units else [None] * len(units)
                )
            ],
            "total": units["total"].to_numpy(),
            "indicator_points": units["indicator_points"].to_numpy(),
            "adjustment_points": units["adjustment_points"].to_numpy(),
            "achieved_count": [f"{int(a)}/{int(b)}" for a, b in zip(units["achieved_count"], units["row_count"])],
            "missing_count": units["missing_count"].astype(int).to_numpy(),
            "mean_attainment": units["mean_attainment"].to_numpy(),
            "award": (awards or Awards()).cells(units, lang),
            "passed_over": [word(f"passed_over.{reason}", lang) for reason in units["passed_over"]],
            "self_diff": units["self_diff"].to_numpy(),
            "grade": (
                [grade_with_event(grade, event, lang) for grade, event in zip(units["grade"], units["grade_event"])]
                if "grade_event" in units
                else units["grade"].to_numpy()
                if "grade" in units
                else ""
            ),
        },
        index=units.index,
    )


def appraisal_values(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """One unit's appraisal record (biên bản thẩm định): every criterion of its tree in order, indented under
    its parent (a standard's row is its subtotal), then the total: standards, claimed and final scores of the
    top level, bonuses and deductions of every criterion. A unit's claim shows where it claimed (a unit that
    claimed per standard leaves its items blank), so that the items never seem to add to another claim."""
    top = table["parent_id"].isna()
    record = pd.DataFrame(
        {
            "criterion": [
                f"{'    ' * int(depth)}{code}. {name}"
                for depth, code, name in zip(table["depth"], table["criterion_id"], table["name"])
            ],
            **{column: table[column].to_numpy(dtype=float) for column in APPRAISAL_COLUMNS[1:-1]},
            "claimed": table["self_points"].to_numpy(dtype=float),
            "reason": table["reason"].fillna("").to_numpy(),
        }
    )
    total = {
        "criterion": word("label.grand_total", lang),
        "agreed_points": float("nan"),
        "reason": "",
        **{column: table.loc[top, column].sum() for column in ("standard_total", "computed", "claimed", "final")},
        **{column: table[column].sum() for column in ("bonuses", "deductions")},
    }
    return pd.concat([record, pd.DataFrame([total])], ignore_index=True)[APPRAISAL_COLUMNS]


def as_text(values: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """Every cell as it prints: numbers in the language's format, blanks for missing values."""

    def column_text(column: str) -> list[str]:
        if column not in NUMBER_TEXT:
            return values[column].fillna("").astype(str).tolist()
        decimals, percent, trim = NUMBER_TEXT[column]
        show = format_percent if percent else format_number
        return [show(value, decimals, lang, trim) for value in values[column]]

    return pd.DataFrame({column: column_text(column) for column in values.columns}, index=values.index)


def labelled(frame: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """Column keys replaced by their headings."""
    return frame.rename(columns={column: word(f"label.{column}", lang) for column in frame.columns})


NUMBER_CELL = re.compile(r"[−+-]?[\d.,]+(%|/\d+)?")  # 1.234,5 · 153,3% · −2 · 4/7 (achieved of all)
BLANK_CELLS = {"", "—"}


def number_columns(cells: pd.DataFrame) -> list[str]:
    """The columns of printed cells that hold numbers: every cell that is not blank reads as a number."""

    def holds_numbers(column: pd.Series) -> bool:
        filled = [str(cell) for cell in column if str(cell) not in BLANK_CELLS and not pd.isna(cell)]
        return bool(filled) and all(NUMBER_CELL.fullmatch(cell) for cell in filled)

    return [column for column in cells.columns if holds_numbers(cells[column])]


def aligned(cells: pd.DataFrame) -> Styler:
    """Printed cells as an HTML table, aligned as a spreadsheet aligns them: numbers to the right, text to the
    left, each heading above its column alike; every text escaped, no index; an element id derived from the
    content, so that the same table renders to the same HTML on every run."""
    numbers = set(number_columns(cells))
    # room on both sides of every cell, so that a number's column never touches the text beside it, and lines of
    # text at their own height (a widget shows the table without the page's table style, at a control's height)
    cell = "padding: 0.3em 0.45em; line-height: 1.3"
    sides = {
        column: [{"selector": "", "props": f"text-align: {'right' if column in numbers else 'left'}; {cell}"}]
        for column in cells.columns
    }
    uuid = hashlib.sha1(cells.to_csv().encode("utf-8")).hexdigest()[:10]
    styler = cells.style.hide(axis="index").format(escape="html", na_rep="")
    # styles by column label: pandas-stubs types the mapping's keys as Never
    return styler.set_table_styles(sides).set_uuid(uuid)  # type: ignore[arg-type]


def score_sheet(data_frame: pd.DataFrame, lang: str = "vi", with_unit: bool = True) -> Styler:
    """Chỉ tiêu, Đơn vị tính, Kế hoạch, Thực hiện, % KH, Đánh giá, Điểm (and % KH năm at a partial period),
    one row per unit and indicator (the unit column left out for one unit's table), the status cell coloured."""
    partial = bool((data_frame["expected_share"] < 100).any())
    columns = [
        column
        for column in SHEET_COLUMNS
        if (with_unit or column != "unit_name") and (partial or column != "progress_pct")
    ]
    table = labelled(as_text(sheet_values(data_frame, lang)[columns], lang), lang)
    colours = [f"background-color: {STATUS_COLOURS[status]}" for status in data_frame["status"]]
    return aligned(table).apply(lambda _: colours, subset=[word("label.status", lang)])


def ranking_table(
    data_frame: pd.DataFrame, lang: str = "vi", awards: Awards | None = None, why: pd.Series | None = None
) -> Styler:
    """Rank, unit, role, total, indicator points, adjustments, achieved, mean % KH, proposed award (as `awards`
    names it). With `why` (`reasons.tie_reasons`, indexed like `data_frame`), as the explorer shows it: the grade
    with the event that changed it, where some unit has a grade, and what placed a unit above an equal one, where
    some unit has a reason."""
    ordered = data_frame.sort_values(["rank", "unit_name"], kind="stable")
    columns = [
        "rank",
        "unit_name",
        "role",
        "total",
        "indicator_points",
        "adjustment_points",
        "achieved_count",
        "mean_attainment",
        "award",
    ]
    values = ranking_values(ordered, lang, awards)
    if why is not None:
        values = values.assign(tie_reason=why.reindex(ordered.index).fillna("").to_numpy())
        columns += [
            column
            for column, shown in (
                ("grade", "grade" in ordered and (ordered["grade"] != "").any()),
                ("tie_reason", (values["tie_reason"] != "").any()),
            )
            if shown
        ]
    return aligned(labelled(as_text(values[columns], lang), lang))


def appraisal_table(table: pd.DataFrame, lang: str = "vi") -> Styler:
    """One unit's appraisal record as HTML: standards (top-level rows) and the total in bold, claimed figures
    that the appraisal changed highlighted."""
    values = appraisal_values(table, lang)
    bold = list(table["parent_id"].isna()) + [True]
    changed = list((table["claim_diff"].abs() > 0.005).fillna(False)) + [False]
    cells = labelled(as_text(values, lang), lang)
    return (
        aligned(cells)
        .apply(lambda _: ["font-weight: bold" if flag else "" for flag in bold], axis=0)
        .apply(
            lambda _: ["background-color: #FFF3B0" if flag else "" for flag in changed],
            subset=[word("label.claimed", lang)],
        )
        .set_properties(
            subset=[word("label.criterion", lang), word("label.reason", lang)],
            **{"text-align": "left", "white-space": "pre-wrap"},
        )
    )


def rule_changes_table(data_frame: pd.DataFrame, lang: str = "vi") -> Styler:
    """The what-if comparison: totals, ranks and awards before and after, changed awards highlighted."""
    table = labelled(
        pd.DataFrame(
            {
                "unit_name": data_frame["unit_name"].to_numpy(),
                "total_before": [format_number(value, 2, lang) for value in data_frame["total_before"]],
                "total_after": [format_number(value, 2, lang) for value in data_frame["total_after"]],
                "rank_before": data_frame["rank_before"].to_numpy(),
                "rank_after": data_frame["rank_after"].to_numpy(),
                "award_before": [word(f"award.{award}", lang) for award in data_frame["award_before"]],
                "award_after": [word(f"award.{award}", lang) for award in data_frame["award_after"]],
            }
        ),
        lang,
    )
    changed = data_frame["award_changed"].to_numpy()
    return aligned(table).apply(
        lambda column: ["background-color: #FFF3B0" if flag else "" for flag in changed], axis=0
    )
