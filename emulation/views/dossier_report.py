"""The achievement report (báo cáo thành tích) of a row of the year's proposal list, as the fields its template
fills (docs/reference.md, "Dossier drafts"): the unit's results with the year before's actuals, its score, its
ratings and its awards (an old unit's marked, and why one does not count), every number the Vietnamese way."""

from __future__ import annotations

import math
from typing import Any

from ..data.text import fold
from ..engine.award_year import Year
from .dossier_fields import LANG, Draft, issuer, place, text_of
from .words import format_number, format_percent, role_name, word

# danh hiệu thi đua (Luật Thi đua, khen thưởng 2022, Điều 9): what a collective's title names start or hold, folded
TITLE_WORDS = ("cothidua", "laodongxuatsac", "laodongtientien", "donviquyetthang", "donvitientien", "chiensithidua")


def achievement_report(state: Year, row: dict, dated: dict) -> Draft:
    """The achievement report of `row`, a proposed or council row of the year's list (`state`), dated as `dated`
    gives; its name is the unit's and the form's, its template may be the form's own."""
    dataset = state.dataset
    unit, cluster_name = row["unit_id"], row["cluster_name"]
    kinds = dict(zip(dataset.units["unit_id"].tolist(), dataset.units["kind"].tolist()))
    province = row["province"]
    members = dataset.members[(dataset.members["year"] == state.year) & (dataset.members["unit_id"] == unit)]
    role = members["role"].iloc[0] if len(members) else "member"
    form = next(form for form in dataset.rules.history.award_forms if form.name == row["award"])
    years = (
        range(state.year - form.years + 1, state.year + 1) if row["route"] == "history" and form.years else [state.year]
    )
    titles, commendations = _awards(state, unit)
    fields = {
        **dated,
        "place": place(province),
        "issuer": issuer(province, row["unit_name"]),
        "unit": {"name": row["unit_name"], "code": unit, "kind": text_of(kinds.get(unit))},
        "form": row["award"],
        "council": word("proposal.status_council", LANG) if row["status"] == "council" else "",
        "cluster": {"name": cluster_name, "role": role_name(role, cluster_name, LANG)},
        **_results(state, unit),
        "score": _score(state, unit),
        "ratings": _ratings(state, unit, years),
        "titles": titles,
        "commendations": commendations,
    }
    name = word("dossier.report_file", LANG, unit=row["unit_name"], form=row["award"])
    return Draft("report", name, unit, row["award"], fields)


def data_number(value: float) -> str:
    """A plan or actual with the decimals the data gives, at most 3: 5484 → 5.484, 133.448 → 133,448."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    decimals = next((places for places in range(3) if abs(round(value, places) - value) < 1e-9), 3)
    return format_number(value, decimals, LANG)


def _results(state: Year, unit: str) -> dict[str, Any]:
    """The unit's results of period Y (with its own actual of Y − 1), and the note of a formed unit."""
    previous_year = state.year - 1
    results = state.dataset.results
    before = (
        results[(results["period"] == str(previous_year)) & (results["unit_id"] == unit)]
        if str(previous_year) in state.dataset.periods
        else results.iloc[:0]
    )
    previous = dict(zip(before["indicator_id"].astype(str).tolist(), before["actual"].tolist()))
    rows = [] if state.analysis is None else state.analysis.rows.query("unit_id == @unit").to_dict("records")
    table = [
        {
            "number": str(number),
            "indicator": row["name"],
            "measure": text_of(row["measure"]),
            "plan": data_number(row["plan"]),
            "actual": data_number(row["actual"]),
            "attainment": format_percent(row["attainment_pct"], 1, LANG),
            "status": word(f"status.{row['status']}", LANG),
            "previous": data_number(previous.get(row["indicator_id"], math.nan)),
        }
        for number, row in enumerate(rows, start=1)
    ]
    lineage = state.lineage
    note = ""
    if lineage.reaches_before(unit, [previous_year]):
        old = ", ".join(state.dataset.unit_names.get(code, code) for code in lineage.units_in(unit, previous_year))
        note = word("dossier.formed_note", LANG, first=lineage.formed[unit], old=old, year=previous_year)
    return {"previous_year": str(previous_year), "results": table, "formed_note": note}


def _score(state: Year, unit: str) -> dict[str, str]:
    standing = state.standing.get(unit)
    if standing is None or state.analysis is None:
        return {}
    units = state.analysis.units
    grade = units.loc[units["unit_id"] == unit, "grade"].iloc[0]
    return {
        "total": format_number(standing.total, 2, LANG),
        "rank": str(standing.rank),
        "members": str(int((units["cluster_id"] == standing.cluster).sum())),
        "share": format_percent(100 * standing.share, 1, LANG) if standing.max_base > 0 else "—",
        "grade": text_of(grade),
    }


def _ratings(state: Year, unit: str, years) -> list[dict[str, str]]:
    """Each year's rating; before a formed unit's first year, each old unit's, named and marked."""
    names, rows = state.dataset.unit_names, []
    for year in years:
        holders = state.lineage.units_in(unit, year)
        for holder in holders:
            position = state.ratings.own(holder, year)
            rows.append(
                {
                    "year": str(year),
                    "unit": names.get(holder, holder),
                    "rating": state.ratings.name(position) or word("figure.unknown_rating", LANG),
                    "note": word("dossier.old_unit", LANG) if holder != unit else "",
                }
            )
    return rows


def _awards(state: Year, unit: str) -> tuple[list[dict], list[dict]]:
    """Every award not revoked of the unit and, for a formed unit, of its old units: danh hiệu thi đua, then
    hình thức khen thưởng, by year; each marked with its old unit, and when it does not count, why."""
    awards = state.dataset.awards
    lineage = state.lineage
    holders = {unit} | lineage.ancestors(unit)
    mine = awards[awards["unit_id"].isin(holders) & ~awards["revoked"]]
    mine = mine.assign(_date=mine["date"].fillna("")).sort_values(["year", "_date", "row"], kind="stable")
    titles: list[dict] = []
    commendations: list[dict] = []
    names = state.dataset.unit_names
    for row in mine.to_dict("records"):
        holder, year = row["unit_id"], int(row["year"])
        notes = [word("dossier.award_of", LANG, unit=names.get(holder, holder))] if holder != unit else []
        why = _not_counting(state, unit, row, holder, year)
        if why:
            notes.append(word("dossier.not_counting", LANG, why=word(f"dossier.why_{why}", LANG)))
        name = row["award"]
        body = name.split(" của ", 1)[1] if " của " in name else ""
        item = {
            "year": str(year),
            "form": name,
            "decision": text_of(row["decision"]),
            "date": text_of(row["date"]),
            "body": body,
            "note": "; ".join(notes),
        }
        folded = fold(name).replace(" ", "")
        (titles if any(key in folded for key in TITLE_WORDS) else commendations).append(item)
    return titles, commendations


def _not_counting(state: Year, unit: str, row: dict, holder: str, year: int) -> str:
    """Why an award is no basis for the unit (docs/reference.md, "History"), or "" when it counts."""
    if row["kind"] != "regular":
        return str(row["kind"])
    if not isinstance(row["form"], str):
        return "no_form"
    if holder == unit:
        return ""
    if not state.counts:
        return "lineage_shown"
    first = state.lineage.formed.get(unit)
    return "" if first is not None and year < first and holder in state.lineage.units_in(unit, year) else "lineage_late"
