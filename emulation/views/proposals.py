"""The proposal list in words: each row's basis as a sentence, the machine table of `emulation proposals`, and
the list a board sends up (Danh sách đề nghị khen thưởng), grouped by province and form."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import pandas as pd

from ..data.award_rules import ROUTES
from ..engine.proposals import COLUMNS
from .tables import aligned
from .words import format_percent, word

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

# one colour per status wherever the list is shown: the year's page, the score sheet, the explorer
STATUS_COLOURS = {
    "proposed": "C6EFCE",
    "over_quota": "FFEB9C",
    "council": "DDEBF7",
    "held": "F8CBAD",
    "not_eligible": "E7E6E6",
}


def reason(row: Mapping[str, Any], names: dict[str, str], lang: str = "vi") -> str:
    """A row's basis in words: the cluster and rank, each year's rating and each award used with its decision,
    or what failed; a council row says that only the old units' history would make it eligible."""
    parts = []
    for key, values in row["basis"]:
        values = dict(values)
        if key == "basis_cluster":
            values = {
                "cluster": row["cluster_name"],
                "rank": row["rank"],
                "tie": f" ({word('report.tied', lang)})" if values.get("tie") else "",
            }
            key = f"basis_{ROUTES[row['route']].award}"  # the cluster's award the route reads
        if key == "basis_leader":
            values["share"] = format_percent(100 * row["share"], 2, lang) if pd.notna(row["share"]) else "—"
            values["above"] = word("proposal.above_full", lang) if pd.notna(row["share"]) and row["share"] > 1 else ""
        if key == "failed_rating" and not values["rating"]:
            values["rating"] = "—"
        if key == "basis_award":
            values["holder"] = (
                f" ({names.get(values['holder'], values['holder'])})" if values["holder"] != row["unit_id"] else ""
            )
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
    columns = {
        name: table[name].tolist()
        for name in ("basis", "cluster_name", "rank", "route", "share", "status", "lineage", "unit_id")
    }
    reasons = [reason(dict(zip(columns, values)), names, lang) for values in zip(*columns.values())]
    return table.assign(reason=pd.Series(reasons, index=table.index, dtype="str"))[COLUMNS]


SENT = ("proposed", "council")  # the statuses of the list a board sends up; the other rows go to its annex


def by_province_and_form(
    table: pd.DataFrame, names: dict[str, str], lang: str = "vi", annex: bool | None = None
) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """The list as a board reads it: each province and form, in the list's order, with its rows, each numbered
    from 1 under its form (`number`), its status in words (`status_words`), its marks (`marks`: a tie, "đề
    nghị nhiều hình thức: Hội đồng chọn một"), the status and marks in one cell (`status_text`) and its basis
    (`reason`). `annex=False` keeps the rows a board sends up (proposed, for the council), `True` the others
    (held, not eligible, over the quota: the annex, numbered on its own), None every row."""
    if annex is not None:
        table = table[table["status"].isin(SENT) != annex]
    for (province, form), group in table.groupby(["province", "award"], sort=False):
        rows = []
        records = cast(list[dict[str, Any]], group.to_dict("records"))  # the columns are named by text
        for number, row in enumerate(records, start=1):
            status = word(f"proposal.status_{row['status']}", lang)
            marks = [word(f"proposal.{key}", lang) for key in ("tie", "multiple") if row[key]]
            rows.append(
                dict(
                    row,
                    number=number,
                    status_words=status,
                    marks=marks,
                    status_text=" · ".join([status, *marks]),
                    reason=reason(row, names, lang),
                )
            )
        yield cast(str, province), cast(str, form), rows


def unmatched_line(table: pd.DataFrame, lang: str = "vi") -> str:
    """Reads "Lưu ý: 2 quyết định …": the decisions of «Khen thưởng» whose form matches none of rules.toml's, which
    count for nothing (engine.proposals.unmatched_awards); "" when every name matched."""
    unmatched = table.attrs.get("unmatched_awards") or {}
    if not unmatched:
        return ""
    return word(
        "proposal.unmatched", lang, count=sum(unmatched.values()), names="; ".join(f"«{name}»" for name in unmatched)
    )


# the notebook table's columns: (heading key, row key)
FRAME_COLUMNS = [
    ("award", "award"),
    ("number", "number"),
    ("unit_name", "unit_name"),
    ("cluster_name", "cluster_name"),
    ("status", "status_text"),
    ("reason", "reason"),
]


def _frame(rows: list[dict[str, Any]], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [{word(f"label.proposal_{column}", lang): row[key] for column, key in FRAME_COLUMNS} for row in rows],
        columns=[word(f"label.proposal_{column}", lang) for column, _ in FRAME_COLUMNS],
    )


def proposal_frame(
    table: pd.DataFrame, names: dict[str, str], lang: str = "vi", annex: bool | None = None
) -> pd.DataFrame:
    """The list as a table for a notebook: form, STT, unit, cluster, status (and marks) and basis in words;
    `annex` as `by_province_and_form` takes it."""
    return _frame([row for _, _, rows in by_province_and_form(table, names, lang, annex) for row in rows], lang)


def proposal_table(table: pd.DataFrame, names: dict[str, str], lang: str = "vi", annex: bool | None = None) -> Styler:
    """The list as the explorer shows it: `proposal_frame` aligned, each status in its colour."""
    rows = [row for _, _, rows_of_form in by_province_and_form(table, names, lang, annex) for row in rows_of_form]
    if not rows:
        return aligned(_frame(rows, lang))
    colours = [f"background-color: #{STATUS_COLOURS[row['status']]}" for row in rows]
    return aligned(_frame(rows, lang)).apply(lambda _: colours, subset=[word("label.proposal_status", lang)])


def proposal_tables(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> list[tuple[str, Styler | None]]:
    """The list as the explorer shows it, in parts: (heading, table) for the list a board sends up, a line
    counting the unmatched decisions (no table), and the annex where it has rows."""
    year = table.attrs.get("year", int(table["year"].iloc[0]) if len(table) else "")
    parts: list[tuple[str, Styler | None]] = [
        (word("proposal.title", lang, year=year), proposal_table(table, names, lang, False))
    ]
    if unmatched_line(table, lang):
        parts.append((unmatched_line(table, lang), None))
    if (~table["status"].isin(SENT)).any():
        parts.append((word("proposal.annex", lang), proposal_table(table, names, lang, True)))
    return parts


def proposal_list(table: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> str:
    """The list as a board sends it up: per province and form, STT, the unit, its cluster, the status and the
    basis; a line counting the decisions whose form matches none; then the annex of the units considered but
    not proposed, numbered on its own."""
    out = io.StringIO()
    if table.empty:
        return (
            word("proposal.none", lang)
            + "\n"
            + (unmatched_line(table, lang) + "\n" if unmatched_line(table, lang) else "")
        )
    year = int(table["year"].iloc[0])
    out.write(word("proposal.title", lang, year=year).upper() + "\n")
    if unmatched_line(table, lang):
        out.write(f"\n{unmatched_line(table, lang)}\n")
    if not table["status"].isin(SENT).any():
        out.write(f"\n{word('proposal.none', lang)}\n")
    for annex in (False, True):
        if annex and table["status"].isin(SENT).all():
            break
        if annex:
            out.write(f"\n\n{word('proposal.annex', lang).upper()}\n")
        for province, form, rows in by_province_and_form(table, names, lang, annex):
            heading = word("proposal.province", lang, name=province) if province else word("proposal.no_province", lang)
            out.write(f"\n{heading} · {form}\n")
            for row in rows:
                out.write(f"{row['number']:>3}. {row['unit_name']} ({row['cluster_name']}) — {row['status_text']}\n")
                out.write(f"     {word('proposal.why' if annex else 'proposal.basis', lang)}: {row['reason']}\n")
    return out.getvalue()
