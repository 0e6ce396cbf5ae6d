"""Comparisons across the members of a cluster: per-indicator summaries and cluster totals for flows."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .attainment import TOLERANCE


def indicator_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """One row per period, cluster and indicator.

    members, reported and achieved (met or exceeded) counts; mean, lowest, highest and spread (standard
    deviation) of attainment; on_pace counts members whose progress reached the expected share of the year;
    for flows, plan_total and actual_total over the members that reported and total_progress_pct =
    100 · ΣA / ΣP (docs/reference.md, "Attainment", cluster totals); blank for levels and binaries.
    """
    reported = scored["status"] != "missing"
    rows = scored.assign(
        reported=reported,
        achieved=scored["status"].isin(["exceeded", "met"]),
        on_pace=reported & (scored["progress_pct"] >= scored["expected_share"] - TOLERANCE),
        reported_plan=scored["plan"].where(reported),
        reported_actual=scored["actual"].where(reported),
    )
    summary = (
        rows.groupby(["period", "cluster_id", "indicator_id"], sort=False)
        .agg(
            name=("name", "first"),
            measure=("measure", "first"),
            group=("group", "first"),
            direction=("direction", "first"),
            flow=("flow", "first"),
            expected_share=("expected_share", "first"),
            max_points=("max_points", "first"),
            members=("unit_id", "size"),
            reported=("reported", "sum"),
            achieved=("achieved", "sum"),
            on_pace=("on_pace", "sum"),
            mean_attainment=("attainment_pct", "mean"),
            min_attainment=("attainment_pct", "min"),
            max_attainment=("attainment_pct", "max"),
            spread=("attainment_pct", "std"),
            plan_total=("reported_plan", "sum"),
            actual_total=("reported_actual", "sum"),
        )
        .reset_index()
    )
    summary[["plan_total", "actual_total"]] = summary[["plan_total", "actual_total"]].where(summary["reported"] > 0)
    flow = summary["flow"].astype(bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        progress = 100 * summary["actual_total"] / summary["plan_total"]
    summary["total_progress_pct"] = progress.where(flow & (summary["plan_total"] > 0))
    summary[["plan_total", "actual_total"]] = summary[["plan_total", "actual_total"]].where(flow, axis=0)
    return summary


def rule_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """How totals, ranks and awards move between two unit tables (the same units under two sets of rules).

    rank_change is positive when a unit moves up; award_changed marks every unit whose proposed award differs.
    """
    keys = ["period", "cluster_id", "unit_id"]
    kept = keys + ["unit_name", "total", "rank", "award"]
    merged = before[[column for column in kept if column in before]].merge(
        after[keys + ["total", "rank", "award"]], on=keys, suffixes=("_before", "_after")
    )
    merged["total_change"] = merged["total_after"] - merged["total_before"]
    merged["rank_change"] = merged["rank_before"] - merged["rank_after"]
    merged["award_changed"] = merged["award_before"] != merged["award_after"]
    return merged.sort_values(["period", "cluster_id", "rank_after", "unit_id"], kind="stable").reset_index(drop=True)
