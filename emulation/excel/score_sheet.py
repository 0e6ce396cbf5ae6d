"""The official score sheet workbook, which a board signs and files: per cluster its ranking, its scores by
indicator and, under a guide, its appraisal records (each a sheet with its own columns, printing as a document
with heading, signatures and page numbers), then every cluster side by side; status colours.

The printed cells read the Vietnamese way (105,94; 1.512,1; 124,0%) whatever the PC's regional setting: an
xlsx number format cannot fix the decimal mark (Excel and LibreOffice print «#,##0.00» with the PC's own), so
those cells hold the text `views.tables.as_text` prints, right-aligned like numbers. The numbers themselves,
unrounded, are in the hidden sheets «Số liệu» (the columns of `scores`, `attainment` and `criteria --format
csv`), which print nothing."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ..engine.analysis import Analysis
from ..files import atomic_path
from ..views.awards import Awards
from ..views.reasons import tie_reasons
from ..views.tables import (
    APPRAISAL_COLUMNS,
    NUMBER_TEXT,
    STATUS_COLOURS,
    appraisal_values,
    as_text,
    number_columns,
    ranking_values,
    sheet_values,
)
from ..views.terminal import machine_table
from ..views.words import is_bloc, period_name, word
from .document import heading, print_as_document, signatures
from .proposal_sheet import proposal_sheet
from .workbook import fit_widths, header, put, save_dated

RANKING = [
    "rank",
    "unit_name",
    "role",
    "total",
    "indicator_points",
    "adjustment_points",
    "achieved_count",
    "mean_attainment",
    "award",
    "passed_over",
]
DETAIL = ["unit_name", "name", "measure", "plan", "actual", "attainment_pct", "status", "points"]


def write_score_sheet(
    analysis: Analysis,
    path: str | Path,
    lang: str = "vi",
    today: datetime.date | None = None,
    proposals: pd.DataFrame | None = None,
    names: dict[str, str] | None = None,
    awards: Awards | None = None,
) -> None:
    """Writes the workbook atomically: per cluster its ranking and its scores by indicator (with each unit's
    appraisal record under a guide), each a sheet that prints as a document of its own; then every cluster
    side by side; with the year's `proposals` (engine.proposals), the sheet «Đề nghị khen thưởng». `today`
    dates the documents (the day of writing by default); `awards` names the awards and the year's holds
    (`Awards.of(dataset, period)`; by default the rules' forms without holds)."""
    awards = awards or Awards.of_rules(analysis.rules, analysis.period)
    why = tie_reasons(analysis, lang)  # what placed a unit above an equal one: once, for every sheet that says it
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for cluster, units in analysis.units.sort_values(["cluster_id", "rank"], kind="stable").groupby(
        "cluster_id", sort=False
    ):
        document = Document(analysis, str(cluster), lang, today, awards)
        _ranking_sheet(workbook.create_sheet(_sheet_name(str(cluster), taken)), units, why[units.index], document)
        details = workbook.create_sheet(_sheet_name(f"{cluster} {word('document.details_sheet', lang)}", taken))
        _detail_sheet(details, analysis.rows[analysis.rows["cluster_id"] == cluster], units, document)
        criteria = analysis.criteria[analysis.criteria["cluster_id"] == cluster]
        if len(criteria):
            records = workbook.create_sheet(_sheet_name(f"{cluster} {word('document.appraisal_sheet', lang)}", taken))
            _appraisal_sheet(records, criteria, units, document)
    _all_clusters(
        workbook.create_sheet(_sheet_name(word("report.clusters", lang), taken)), analysis, why, lang, today, awards
    )
    if proposals is not None:
        proposal_sheet(
            workbook.create_sheet(_sheet_name(word("document.proposals_sheet", lang), taken)),
            proposals,
            names or {},
            lang,
            today,
        )
    for kind, key in (("scores", "data_sheet"), ("attainment", "data_rows_sheet"), ("criteria", "data_criteria_sheet")):
        if kind != "criteria" or len(analysis.criteria):
            _data_sheet(
                workbook.create_sheet(_sheet_name(word(f"document.{key}", lang), taken)), machine_table(analysis, kind)
            )
    with atomic_path(path) as temporary:
        save_dated(workbook, temporary, today or datetime.date.today())


@dataclass(frozen=True)
class Document:
    """What the heading and the signatures of one cluster's sheets say."""

    analysis: Analysis
    cluster: str
    lang: str
    today: datetime.date | None
    awards: Awards

    @property
    def province(self) -> str:
        province = self.analysis.names["province"].get(self.cluster)
        return "" if province is None or pd.isna(province) else str(province)

    @property
    def name(self) -> str:
        return str(self.analysis.names["cluster"].get(self.cluster, self.cluster))

    def body(self) -> list[str]:
        return ([word("document.province", self.lang, name=self.province)] if self.province else []) + [self.name]

    def subtitle(self) -> str:
        return f"{self.name} · {period_name(self.analysis.period, self.lang)}"

    def head(self, units: pd.DataFrame) -> tuple[str, str]:
        """The signer's title (the head of a cụm or of a khối) and the head unit's name, if the data names one."""
        bloc = is_bloc(self.name)
        heads = units.loc[units["role"] == "head", "unit_name"]
        return word("document.head_bloc" if bloc else "document.head_cluster", self.lang), (
            str(heads.iloc[0]) if len(heads) else ""
        )


def _sheet_name(text: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", "_", text)[:31] or "_"
    name, number = base, 2
    while name.lower() in taken:
        name = f"{base[:28]}~{number}"
        number += 1
    taken.add(name.lower())
    return name


def _write_rows(sheet, values: pd.DataFrame, top: int, lang: str) -> None:
    """The rows of a table from `top`, as they print: every measured number as the text `as_text` gives it
    (the Vietnamese way whatever the PC's setting), right-aligned, as are whole numbers (ranks) and counts
    ("4/7"); text as safe text, never a formula."""
    printed = as_text(values, lang)
    right = Alignment(horizontal="right")
    numbers = {values.columns.get_loc(key) for key in number_columns(printed)}
    for offset, (row, texts) in enumerate(
        zip(values.itertuples(index=False), printed.itertuples(index=False)), start=top
    ):
        for column, (key, value, text) in enumerate(zip(values.columns, row, texts)):
            cell = put(sheet, offset, column + 1, (text or None) if key in NUMBER_TEXT else value)
            if column in numbers:
                cell.alignment = right


def _data_sheet(sheet: Worksheet, frame: pd.DataFrame) -> None:
    """The numbers of a table as numbers, unrounded, with the contract's column names (what `--format csv`
    prints): hidden, so that printing the workbook prints the documents only."""
    header(sheet, list(frame.columns))
    for offset, row in enumerate(frame.itertuples(index=False), start=2):
        for column, value in enumerate(row, start=1):
            value = value.item() if hasattr(value, "item") else value  # NumPy's scalars as Python's
            if isinstance(value, bool):
                sheet.cell(row=offset, column=column).value = value  # TRUE / FALSE, not text
            else:
                put(sheet, offset, column, None if value is None or pd.isna(value) else value)
    sheet.auto_filter.ref = sheet.dimensions
    sheet.sheet_state = "hidden"


NARROW, WIDE = 30, 50  # the widest a column of the ranking / of the indicator table grows before its text wraps
# rules.toml's forms are long ("Bằng khen của Chủ tịch UBND tỉnh"): they wrap, and the grade beside them, so that a
# cluster's ranking still prints on A4 at its size
AWARD_WIDTH, GRADE_WIDTH = 14, 26


def _labels(columns: list[str], lang: str) -> list[str]:
    return [word(f"label.{column}", lang) for column in columns]


def _ranking_columns(units: pd.DataFrame, why: pd.Series) -> list[str]:
    """The ranking's columns, with the grade where the rules give any and what placed a unit above an equal one
    (`why`, see `views.reasons.tie_reasons`) where any unit has a reason."""
    return RANKING + (["grade"] if units["grade"].ne("").any() else []) + (["tie_reason"] if why.ne("").any() else [])


def _caps(columns: list[str]) -> dict[int, int]:
    """The ranking's award and grade columns (by number) at their own widths."""
    return {
        columns.index(key) + 1: width
        for key, width in (("award", AWARD_WIDTH), ("grade", GRADE_WIDTH))
        if key in columns
    }


def _ranking_sheet(sheet: Worksheet, units: pd.DataFrame, why: pd.Series, document: Document) -> None:
    """The cluster's ranking as a document: heading, title, the table (`why`: each unit's tie reason), the
    signatures."""
    columns, lang = _ranking_columns(units, why), document.lang
    top = heading(
        sheet,
        len(columns),
        document.body(),
        document.province,
        word("document.ranking_title", lang),
        document.subtitle(),
        lang,
        document.today,
    )
    header(sheet, _labels(columns, lang), row=top)
    _write_rows(
        sheet, ranking_values(units, lang, document.awards).assign(tie_reason=why.to_numpy())[columns], top + 1, lang
    )
    last = top + len(units)
    fit_widths(sheet, most=NARROW, rows=(top, last), caps=_caps(columns))
    signatures(sheet, last + 2, len(columns), *document.head(units), lang=lang)
    sheet.freeze_panes = None
    print_as_document(sheet, top, len(columns), lang)


def _detail_sheet(sheet: Worksheet, rows: pd.DataFrame, units: pd.DataFrame, document: Document) -> None:
    """Every member × indicator row as a document, filterable."""
    lang = document.lang
    width = len(DETAIL)
    top = heading(
        sheet,
        width,
        document.body(),
        document.province,
        word("document.detail_title", lang),
        document.subtitle(),
        lang,
        document.today,
    )
    header(sheet, _labels(DETAIL, lang), row=top)
    _write_rows(sheet, sheet_values(rows, lang)[DETAIL], top + 1, lang)
    last = top + len(rows)
    _status_colours(sheet, f"G{top + 1}:G{last}", lang)
    sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(DETAIL))}{last}"
    fit_widths(sheet, most=WIDE, rows=(top, last), short_headings=True)
    signatures(sheet, last + 2, width, *document.head(units), lang=lang)
    sheet.freeze_panes = None
    print_as_document(sheet, top, width, lang)


def _appraisal_sheet(sheet: Worksheet, criteria: pd.DataFrame, units: pd.DataFrame, document: Document) -> None:
    """Each unit's appraisal record as a document of its own: the heading, then every record from a new page
    under its own title and header (the sheet repeats no header row: a record never prints under another
    table's), the signatures."""
    lang, width = document.lang, len(APPRAISAL_COLUMNS)
    top = heading(
        sheet,
        width,
        document.body(),
        document.province,
        word("report.appraisal", lang),
        document.subtitle(),
        lang,
        document.today,
    )
    end = _appraisal_records(sheet, criteria, top, lang)
    fit_widths(sheet, most=WIDE, rows=(top + 1, end))
    signatures(sheet, end + 2, width, *document.head(units), lang=lang)
    sheet.freeze_panes = None
    print_as_document(sheet, None, width, lang)


def _appraisal_records(sheet: Worksheet, table: pd.DataFrame, top: int, lang: str) -> int:
    """From row `top`, each unit's appraisal record (biên bản thẩm định): its tree with standard, bonuses,
    deductions, computed, claimed, agreed, final and why, then the total, each after a page break but the
    first; returns the last row written."""
    last, first = top - 2, top
    for unit_name, record in table.groupby("unit_name", sort=False):
        if top > first:  # every record but the first starts a page
            sheet.row_breaks.append(Break(id=top - 1))
        put(sheet, top, 1, f"{word('report.appraisal', lang)} · {unit_name}").font = Font(bold=True, size=12)
        header(sheet, _labels(APPRAISAL_COLUMNS, lang), row=top + 1)
        values = appraisal_values(record, lang)
        _write_rows(sheet, values, top + 2, lang)
        for row in [top + 2 + index for index, parent in enumerate(record["parent_id"]) if pd.isna(parent)] + [
            top + 1 + len(values)
        ]:
            for column in range(1, len(APPRAISAL_COLUMNS) + 1):
                sheet.cell(row=row, column=column).font = Font(bold=True)
        last = top + 1 + len(values)
        top += len(values) + 3
    return last


def _all_clusters(
    sheet: Worksheet, analysis: Analysis, why: pd.Series, lang: str, today: datetime.date | None, awards: Awards
) -> None:
    units = analysis.units.sort_values(["cluster_id", "rank"], kind="stable")
    why = why[units.index]  # as each cluster's own sheet gives it
    ranking = _ranking_columns(units, why)
    columns = ["cluster_id"] + ranking
    provinces = analysis.names["province"].reindex(units["cluster_id"].unique()).dropna().unique()
    province = str(provinces[0]) if len(provinces) == 1 else ""
    body = ([word("document.province", lang, name=province)] if province else []) + [word("document.board", lang)]
    top = heading(
        sheet,
        len(columns),
        body,
        province,
        word("document.rollup_title", lang),
        period_name(analysis.period, lang).capitalize(),
        lang,
        today,
    )
    header(sheet, _labels(columns, lang), row=top)
    clusters = pd.DataFrame({"cluster_id": units["cluster_id"] + " · " + units["cluster_name"]})
    _write_rows(
        sheet,
        pd.concat([clusters, ranking_values(units, lang, awards).assign(tie_reason=why.to_numpy())[ranking]], axis=1),
        top + 1,
        lang,
    )
    last = top + len(units)
    fit_widths(sheet, most=NARROW, rows=(top, last), caps=_caps(columns))
    signatures(sheet, last + 2, len(columns), word("document.head_unit", lang), "", lang)
    sheet.freeze_panes = None
    print_as_document(sheet, top, len(columns), lang)


def _status_colours(sheet, area: str, lang: str) -> None:
    for status, colour in STATUS_COLOURS.items():
        fill = PatternFill("solid", fgColor=colour.lstrip("#"), bgColor=colour.lstrip("#"))
        sheet.conditional_formatting.add(
            area, CellIsRule(operator="equal", formula=[f'"{word(f"status.{status}", lang)}"'], fill=fill)
        )
