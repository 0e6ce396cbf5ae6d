"""The proposal list in words: each row's basis as a sentence, the machine table of `emulation proposals`, and
the list a board sends up (Danh sách đề nghị khen thưởng), grouped by province and form."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..engine.proposals import COLUMNS
from .tables import aligned
from .words import format_percent, word

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

# one colour per status wherever the list is shown: the year's page, the score sheet, the explorer
STATUS_COLOURS = {"proposed": "C6EFCE", "over_quota": "FFEB9C", "council": "DDEBF7", "held": "F8CBAD", "not_eligible": "E7E6E6"}


def reason(row: Mapping[str, Any], names: dict[str, str], lang: str = "vi") -> str:
    """A row's basis in words: the cluster and rank, each year's rating and each award used with its decision,
    or what failed; a council row says that only the old units' history would make it eligible."""
    parts = []
    for key, values in row["basis"]:
        values = dict(values)
        if key == "basis_cluster":
            values = {"cluster": row["cluster_name"], "rank": row["rank"],
                      "tie": f" ({word('report.tied', lang)})" if values.get("tie") else ""}
            key = "basis_flag" if row["route"] in ("cluster_flag", "leaders") else "basis_commendation"
        if key == "basis_leader":
            values["share"] = format_percent(100 * row["share"], 2, lang) if pd.notna(row["share"]) else "—"
        if key == "failed_rating" and not values["rating"]:
            values["rating"] = "—"
        if key == "basis_award":
            values["holder"] = f" ({names.get(values['holder'], values['holder'])})" if values["holder"] != row["unit_id"] else ""
        parts.append(word(f"proposal.{key}", lang, **values))
    text = "; ".join(parts)
    if row["status"] == "council":
        lineage = ", ".join(names.get(code, code) for code in str(row["lineage"]).split(";") if code)
        text = word("proposal.council", lang, lineage=lineage) + text
    if row["status"] == "over_quota":
        text = word("proposal.over_quota", lang) + text
    return text


def machine_table(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> pd.DataFrame:
    """The columns of `emulation proposals --format csv|json`: the contract's, then the unit's and cluster's names."""
    columns = {name: table[name].tolist() for name in ("basis", "cluster_name", "rank", "route", "share", "status", "lineage",
                                                       "unit_id")}
    reasons = [reason(dict(zip(columns, values)), names, lang) for values in zip(*columns.values())]
    return table.assign(reason=pd.Series(reasons, index=table.index, dtype="str"))[COLUMNS]


def by_province_and_form(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """The list as a board reads it: each province and form, in the list's order, with its rows, each numbered
    from 1 under its form (`number`), its status in words (`status_words`) and its basis (`reason`)."""
    for (province, form), group in table.groupby(["province", "award"], sort=False):
        yield province, form, [dict(row, number=number, status_words=word(f"proposal.status_{row['status']}", lang),
                                    reason=reason(row, names, lang))
                               for number, row in enumerate(group.to_dict("records"), start=1)]


# the notebook table's columns: (heading key, row key)
FRAME_COLUMNS = [("award", "award"), ("number", "number"), ("unit_name", "unit_name"), ("cluster_name", "cluster_name"),
                 ("status", "status_words"), ("reason", "reason")]


def _frame(rows: list[dict[str, Any]], lang: str) -> pd.DataFrame:
    return pd.DataFrame([{word(f"label.proposal_{column}", lang): row[key] for column, key in FRAME_COLUMNS} for row in rows])


def proposal_frame(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> pd.DataFrame:
    """The list as a table for a notebook: form, STT, unit, cluster, status and basis in words."""
    return _frame([row for _, _, rows in by_province_and_form(table, names, lang) for row in rows], lang)


def proposal_table(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> Styler:
    """The list as the explorer shows it: `proposal_frame` aligned, each status in its colour."""
    rows = [row for _, _, rows_of_form in by_province_and_form(table, names, lang) for row in rows_of_form]
    if not rows:
        return aligned(_frame(rows, lang))
    colours = [f"background-color: #{STATUS_COLOURS[row['status']]}" for row in rows]
    return aligned(_frame(rows, lang)).apply(lambda _: colours, subset=[word("label.proposal_status", lang)])


def proposal_list(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> str:
    """The list as a board sends it up: per province and form, STT, the unit, its cluster, the status and the
    basis."""
    out = io.StringIO()
    if table.empty:
        return word("proposal.none", lang) + "\n"
    year = int(table["year"].iloc[0])
    out.write(word("proposal.title", lang, year=year).upper() + "\n")
    for province, form, rows in by_province_and_form(table, names, lang):
        out.write(f"\n{word('proposal.province', lang, name=province) if province else word('proposal.no_province', lang)}"
                  f" · {form}\n")
        for row in rows:
            flags = (f" · {word('proposal.tie', lang)}" if row["tie"] else "") + \
                    (f" · {word('proposal.multiple', lang)}" if row["multiple"] else "")
            out.write(f"{row['number']:>3}. {row['unit_name']} ({row['cluster_name']}) — {row['status_words']}{flags}\n")
            out.write(f"     {word('proposal.basis', lang)}: {row['reason']}\n")
    return out.getvalue()
