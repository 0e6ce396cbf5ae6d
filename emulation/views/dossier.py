"""The dossier's documents as the fields their templates fill (docs/reference.md, "Dossier drafts"): the board's
proposal (tờ trình) of each province, the minutes (biên bản) of each cluster with results in the year, and
the achievement report (báo cáo thành tích) of each proposed or council row of the year's list (built in
`dossier_report`). Pure: the dataset in, plain dicts of text out, every number written the Vietnamese way;
`FIELDS` (from `dossier_fields`, the dossier's form) lists every field a template may use, and each context
holds exactly those."""

from __future__ import annotations

import datetime
import math

import pandas as pd

from ..data.dataset import Dataset
from ..engine.award_year import Year
from ..engine.proposals import proposal_year
from .awards import Awards
from .catalogue import CATALOGUE
from .dossier_fields import DRAFTED, FIELDS, LANG, Draft, issuer, place, text_of
from .dossier_report import achievement_report
from .proposals import by_province_and_form
from .reasons import grade_with_event, tie_reasons
from .words import format_number, format_percent, role_name, word

__all__ = ["DRAFTED", "FIELDS", "LANG", "Draft", "dossier"]  # the form's names, where publish and the tests read them


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
    drafts += [achievement_report(state, row, dated) for row in drafted.to_dict("records")]
    return drafts, warnings


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
        "place": place(province),
        "issuer": issuer(province, word("document.board", LANG)),
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
            "grade": grade_with_event(text_of(row["grade"]), event, LANG),
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
        "place": place(province),
        "issuer": issuer(province, cluster_name),
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


def _passed_over(reason: object) -> str:
    """Why the ranking passed a unit over, in words ("" for none; a reason without words as it is)."""
    reason = text_of(reason)
    return word(f"passed_over.{reason}", LANG) if f"passed_over.{reason}" in CATALOGUE else reason
