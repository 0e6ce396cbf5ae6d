"""The dossier's documents as the fields their templates fill (docs/reference.md, "Dossier drafts"): the board's
proposal (tờ trình) of each province, the minutes (biên bản) of each cluster with results in the year, and
the achievement report (báo cáo thành tích) of each proposed or council row of the year's list. Pure: the
dataset in, plain dicts of text out, every number written the Vietnamese way; `FIELDS` lists every field a
template may use, and each context holds exactly those."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..data.dataset import Dataset
from ..data.text import fold
from ..engine.award_year import Year
from ..engine.proposals import proposal_year
from .awards import Awards
from .catalogue import CATALOGUE
from .proposals import by_province_and_form
from .reasons import grade_with_event, tie_reasons
from .words import format_number, format_percent, role_name, word

LANG = "vi"  # the documents are Vietnamese administrative documents; --lang sets only the program's messages
DRAFTED = ("proposed", "council")  # the list's statuses that get a report and appear in the proposal

_COMMON = ["year", "date.day", "date.month", "date.year", "place", "issuer.upper", "issuer.name"]
FIELDS: dict[str, list[str]] = {  # every field a template may use, by document (docs/reference.md lists them)
    "proposal": _COMMON
    + [
        "province",
        "count",
        "forms[].name",
        "forms[].count",
        "forms[].rows[].number",
        "forms[].rows[].unit",
        "forms[].rows[].cluster",
        "forms[].rows[].status",
        "forms[].rows[].basis",
    ],
    "minutes": _COMMON
    + [
        "cluster.name",
        "cluster.code",
        "chair",
        "chair_role",
        "members[].number",
        "members[].unit",
        "members[].role",
        "ranking[].rank",
        "ranking[].unit",
        "ranking[].total",
        "ranking[].grade",
        "ranking[].award",
        "ranking[].note",
        "ballot[].number",
        "ballot[].unit",
        "ballot[].votes",
        "proposed[].number",
        "proposed[].unit",
        "proposed[].form",
        "proposed[].status",
    ],
    "report": _COMMON
    + [
        "unit.name",
        "unit.code",
        "unit.kind",
        "form",
        "council",
        "cluster.name",
        "cluster.role",
        "previous_year",
        "results[].number",
        "results[].indicator",
        "results[].measure",
        "results[].plan",
        "results[].actual",
        "results[].attainment",
        "results[].status",
        "results[].previous",
        "formed_note",
        "score.total",
        "score.rank",
        "score.members",
        "score.share",
        "score.grade",
        "ratings[].year",
        "ratings[].unit",
        "ratings[].rating",
        "ratings[].note",
        *(
            f"{table}[].{column}"
            for table in ("titles", "commendations")
            for column in ("year", "form", "decision", "date", "body", "note")
        ),
    ],
}
# danh hiệu thi đua (Luật Thi đua, khen thưởng 2022, Điều 9): what a collective's title names start or hold, folded
TITLE_WORDS = ("cothidua", "laodongxuatsac", "laodongtientien", "donviquyetthang", "donvitientien", "chiensithidua")


@dataclass(frozen=True)
class Draft:
    """One document: its kind ("proposal", "minutes", "report"), the name its file takes (before it is made
    safe), the code added when two names are equal, the award form (a report's template may be its own) and
    its fields."""

    kind: str
    name: str
    code: str
    form: str
    fields: dict[str, Any]


def dossier(dataset: Dataset, year: int, date: datetime.date) -> tuple[list[Draft], list[str]]:
    """Every document of year `year`, dated `date`: the proposals, the minutes, then the reports; and the
    proposal list's warnings (catalogue keys). Raises engine.proposals.NoAwardForms without award forms."""
    state, table, warnings = proposal_year(dataset, year)
    drafted = table[table["status"].isin(DRAFTED)]
    dated = {
        "year": str(year),
        "date": {
            "day": f"{date.day:02d}",
            "month": f"{date.month:02d}" if date.month < 3 else str(date.month),
            "year": str(date.year),
        },
    }  # Nghị định 30/2020: 05, 02, but 12
    drafts = [_proposal(state, drafted, province, dated) for province in _provinces(state, table)]
    if state.analysis is not None:
        drafts += [
            _minutes(state, drafted, cluster, dated) for cluster in dict.fromkeys(state.analysis.units["cluster_id"])
        ]
    drafts += [_report(state, row, dated) for row in drafted.to_dict("records")]
    return drafts, warnings


def _issuer(province: str, name: str) -> dict[str, str]:
    """The heading's issuer: the province above (as the data writes it, "Tỉnh" added unless it says tỉnh or
    thành phố itself), then the council, the cluster or the unit."""
    named = fold(province).startswith(("tinh", "thanhpho"))
    upper = province if named else word("document.province", LANG, name=province) if province else ""
    return {"upper": upper, "name": name}


def _place(province: str) -> str:
    return province or "……"


def _provinces(state: Year, table: pd.DataFrame) -> list[str]:
    """The provinces that take part in the year (a cluster with members in it, or a row in the list), in the
    order of the clusters table; the blank province is one more."""
    provinces = state.dataset.provinces.to_dict()
    present = {provinces.get(cluster, "") for cluster in state.clusters.values()} | set(table["province"].tolist())
    return [province for province in dict.fromkeys(provinces.values()) if province in present]


def _proposal(state: Year, drafted: pd.DataFrame, province: str, dated: dict) -> Draft:
    mine = drafted[drafted["province"] == province]
    forms = [
        {
            "name": form,
            "count": str(len(rows)),
            "rows": [
                {
                    "number": str(row["number"]),
                    "unit": row["unit_name"],
                    "cluster": row["cluster_name"],
                    "status": row["status_words"],
                    "basis": row["reason"],
                }
                for row in rows
            ],
        }
        for _, form, rows in by_province_and_form(mine, state.dataset.unit_names, LANG)
    ]
    fields = {
        **dated,
        "place": _place(province),
        "issuer": _issuer(province, word("document.board", LANG)),
        "province": province,
        "count": str(len(mine)),
        "forms": forms,
    }
    name = word("dossier.proposal_file", LANG, province=province or word("dossier.no_province", LANG))
    return Draft("proposal", name, province, "", fields)


def _minutes(state: Year, drafted: pd.DataFrame, cluster: str, dated: dict) -> Draft:
    assert state.analysis is not None
    dataset = state.dataset
    names = dataset.unit_names
    cluster_name = str(dict(zip(dataset.clusters["cluster_id"], dataset.clusters["name"])).get(cluster) or cluster)
    province = dataset.provinces.get(cluster, "")
    members = dataset.members[(dataset.members["year"] == state.year) & (dataset.members["cluster_id"] == cluster)]
    roles = dict(zip(members["unit_id"].tolist(), members["role"].tolist()))
    order = sorted(
        roles, key=lambda unit: ("head", "deputy").index(roles[unit]) if roles[unit] in ("head", "deputy") else 2
    )
    head = next((unit for unit in order if roles[unit] == "head"), None)
    units = state.analysis.units
    ranked = units[units["cluster_id"] == cluster]
    shared = ranked["rank"].duplicated(keep=False).tolist()
    awards = Awards.of(dataset, str(state.year)).cells(ranked, LANG)  # as the report and the score sheet name them
    placed = tie_reasons(state.analysis, LANG).reindex(ranked.index).tolist()  # what placed a unit above an equal one
    events = ranked["grade_event"] if "grade_event" in ranked else pd.Series("", index=ranked.index)
    ranking = [
        {
            "rank": str(row["rank"]),
            "unit": row["unit_name"],
            "total": format_number(row["total"], 2, LANG),
            "grade": grade_with_event(_text(row["grade"]), event, LANG),
            "award": award,
            "note": "; ".join(
                part
                for part in (word("figure.tied", LANG) if tie else "", why, _passed_over(row["passed_over"]))
                if part
            ),
        }
        for row, tie, award, why, event in zip(
            ranked.to_dict("records"), shared, awards, placed, events.fillna("").tolist()
        )
    ]
    voted = ranked[ranked["votes"].notna()]
    ballot = [
        {
            "number": str(number),
            "unit": row["unit_name"],
            "votes": word(
                "dossier.votes",
                LANG,
                votes=int(row["votes"]),
                voters=int(row["voters"]),
                share=format_percent(100 * row["votes"] / row["voters"] if row["voters"] else math.nan, 1, LANG),
            ),
        }
        for number, row in enumerate(voted.to_dict("records"), start=1)
    ]
    mine = drafted[drafted["cluster_id"] == cluster]
    fields = {
        **dated,
        "place": _place(province),
        "issuer": _issuer(province, cluster_name),
        "cluster": {"name": cluster_name, "code": cluster},
        "chair": names.get(head, head) if head else "",
        "chair_role": role_name("head", cluster_name, LANG) if head else "",
        "members": [
            {
                "number": str(number),
                "unit": names.get(unit, unit),
                "role": role_name(roles[unit], cluster_name, LANG) or word("dossier.member", LANG),
            }
            for number, unit in enumerate(order, start=1)
        ],
        "ranking": ranking,
        "ballot": ballot,
        "proposed": [
            {
                "number": str(number),
                "unit": row["unit_name"],
                "form": row["award"],
                "status": word(f"proposal.status_{row['status']}", LANG),
            }
            for number, row in enumerate(mine.to_dict("records"), start=1)
        ],
    }
    return Draft("minutes", word("dossier.minutes_file", LANG, cluster=cluster_name), cluster, "", fields)


def _report(state: Year, row: dict, dated: dict) -> Draft:
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
        "place": _place(province),
        "issuer": _issuer(province, row["unit_name"]),
        "unit": {"name": row["unit_name"], "code": unit, "kind": _text(kinds.get(unit))},
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


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _passed_over(reason: object) -> str:
    """Why the ranking passed a unit over, in words ("" for none; a reason without words as it is)."""
    reason = _text(reason)
    return word(f"passed_over.{reason}", LANG) if f"passed_over.{reason}" in CATALOGUE else reason


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
            "measure": _text(row["measure"]),
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
        "grade": _text(grade),
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
            "decision": _text(row["decision"]),
            "date": _text(row["date"]),
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
