"""The tables of the report's listing sections (missing data, bonus and deduction points, votes, self points), in
the words of `lang`: frames built from the analysis, each shown by `sections.ClusterReport` as a table, or as a
one-line note when it is empty."""

from __future__ import annotations

import pandas as pd

from ..engine.analysis import Analysis
from ..views.reasons import award_point_lines
from ..views.words import format_number, format_percent, word


def missing(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows without data: the unit and the indicator."""
    missing = rows[rows["status"] == "missing"]
    return pd.DataFrame(
        {word("label.unit_name", lang): missing["unit_name"], word("label.name", lang): missing["name"]}
    )


def adjustments(
    analysis: Analysis, entries: pd.DataFrame, units: pd.DataFrame, lang: str
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Bonus and deduction points of `units`: the adjustments table's `entries` of the period with the points for
    awards held, and with a guide its rules' by unit (capped per criterion; None without any)."""
    chosen = entries[(entries["period"] == analysis.period) & entries["unit_id"].isin(units["unit_id"])]
    held = award_point_lines(analysis, lang)  # points for awards held, listed with their award and decision
    held = held[held["unit_id"].isin(units["unit_id"])]
    if len(held):
        chosen = pd.concat(
            [
                chosen[["unit_id", "points", "reason"]].astype(object),
                held[["unit_id", "points", "reason"]].astype(object),
            ],
            ignore_index=True,
        )
    names = units.set_index("unit_id")["unit_name"]
    frame = pd.DataFrame(
        {
            word("label.unit_name", lang): names.reindex(chosen["unit_id"]).to_numpy(),
            word("label.points", lang): [format_number(value, 2, lang) for value in chosen["points"]],
            word("report.reason", lang): chosen["reason"].to_numpy(),
        }
    )
    rules = analysis.criteria.groupby("unit_id", sort=False)[["bonuses", "deductions"]].sum()
    rules = rules[(rules["bonuses"] > 0) | (rules["deductions"] > 0)]
    if rules.empty:
        return frame, None
    by_rule = pd.DataFrame(
        {
            word("label.unit_name", lang): names.reindex(rules.index).to_numpy(),
            word("report.rule_bonuses", lang): [format_number(v, 2, lang) for v in rules["bonuses"]],
            word("report.rule_deductions", lang): [format_number(v, 2, lang) for v in rules["deductions"]],
        }
    )
    return frame, by_rule


def votes(units: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The units voted on: their votes, the voters and the share."""
    voted = units.dropna(subset=["voters"])
    return pd.DataFrame(
        {
            word("label.unit_name", lang): voted["unit_name"],
            word("label.votes", lang): voted["votes"].astype(int),
            word("report.voters", lang): voted["voters"].astype(int),
            word("report.share", lang): [
                format_percent(100 * votes / voters, 1, lang) for votes, voters in zip(voted["votes"], voted["voters"])
            ],
        }
    )


def self_points(scored: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows' self points of the `scored` units against the data's."""
    return pd.DataFrame(
        {
            word("label.unit_name", lang): scored["unit_name"],
            word("label.self_points", lang): [format_number(v, 2, lang) for v in scored["self_points"]],
            word("label.points", lang): [format_number(v, 2, lang) for v in scored["self_compared"]],
            word("label.self_diff", lang): [format_number(v, 2, lang) for v in scored["self_diff"]],
        }
    )


def claims(units: pd.DataFrame, lang: str) -> pd.DataFrame:
    """With a guide, the units' claims: the claimed total against the final one."""
    claimed = units.dropna(subset=["self_total"])
    return pd.DataFrame(
        {
            word("label.unit_name", lang): claimed["unit_name"],
            word("report.claimed_total", lang): [format_number(v, 2, lang) for v in claimed["self_total"]],
            word("label.total", lang): [format_number(v, 2, lang) for v in claimed["total"]],
            word("label.claim_diff", lang): [
                format_number(a - b, 2, lang) for a, b in zip(claimed["self_total"], claimed["total"])
            ],
        }
    )
