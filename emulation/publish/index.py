"""A period's index page: a link to every cluster's report (failures named), then the province roll-up with
all clusters side by side."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import cast
from urllib.parse import quote

import pandas as pd
from markupsafe import Markup

from ..engine.analysis import analyse
from ..files import write_text
from ..views import figures
from ..views.awards import Awards
from ..views.words import format_number, format_percent, period_name, word
from .dossier import dossier_folder, report_files
from .naming import report_paths, safe_name
from .pages import embed, plain_table, render


def index_page(dataset, period: str, outcomes: list, lang: str = "vi", drafts: str = "") -> str:
    """The index of one period as a self-contained page; `outcomes` are the batch's, one per cluster; `drafts`
    the folder of the year's dossier relative to the page, to link each proposed unit to its report's draft."""
    names = dataset.clusters.set_index("cluster_id")["name"]
    links = [
        {
            "name": f"{outcome.cluster} · {names.get(outcome.cluster, '')}",
            "error": outcome.error,
            "target": report_paths(Path("."), period, outcome.cluster)[1].name if outcome.ok else None,
        }
        for outcome in outcomes
    ]
    units = analyse(dataset, period).units
    awards = Awards.of(dataset, period)
    listed = _proposal_lists(dataset, period, lang, drafts)
    province = dataset.provinces.reindex(units["cluster_id"]).fillna("").to_numpy()
    provinces = []
    for number, (name, group) in enumerate(units.assign(_province=province).groupby("_province", sort=True)):
        charts = []
        for column in ("total_share", "total", "mean_attainment"):
            figure = figures.province_view(group, y=column, lang=lang)
            charts.append(
                {"element_id": f"rollup-{number}-{column}", "data": figure.to_json(), "height": figure.layout.height}
            )
        provinces.append(
            {
                "name": name,
                "table": _rollup_table(group, lang, awards),
                "figures": charts,
                "proposals": listed.get(cast(str, name), {}),
            }
        )
    words: dict[str, object] = {key: word(f"report.{key}", lang) for key in ("clusters", "failed", "rollup")}
    columns = [
        word(f"label.proposal_{column}", lang) for column in ("number", "unit_name", "cluster_name", "status", "reason")
    ]
    words |= {
        "proposals": word("proposal.title", lang, year=period),
        "proposal_columns": columns,
        "annex": word("proposal.annex", lang),
        "annex_columns": columns[:-1] + [word("proposal.why", lang)],
        "none": word("proposal.none", lang),
    }
    title = f"{word('report.index', lang)} · {period_name(period, lang).capitalize()}"
    return embed(render("index.html.j2", lang=lang, title=title, words=words, links=links, provinces=provinces))


def write_index(dataset, period: str, outcomes: list, out: Path, lang: str = "vi") -> Path:
    """`<period>/index.html`, written atomically."""
    target = Path(out) / safe_name(period) / "index.html"
    drafts = (
        Path(os.path.relpath(dossier_folder(period), target.parent.absolute())).as_posix() if "-" not in period else ""
    )
    write_text(target, index_page(dataset, period, outcomes, lang, drafts))
    return target


def write_home(dataset, out: Path, lang: str = "vi") -> Path:
    """`<out>/index.html`: every period of the dataset written under `out`, newest first, with a link to
    each cluster's page and a line of figures (members, best total, mean % KH)."""
    out = Path(out)
    periods = []
    for period in reversed(dataset.periods):
        if not (out / safe_name(period) / "index.html").exists():
            continue
        units = analyse(dataset, period).units
        clusters = []
        for cluster, group in units.groupby("cluster_id", sort=False):
            page = report_paths(Path("."), period, cast(str, cluster))[1]
            if (out / page).exists():
                best = group.loc[group["total"].idxmax()]  # type: ignore[call-overload]  # pandas-stubs: a label
                clusters.append(
                    {
                        "name": f"{cluster} · {group['cluster_name'].iloc[0]}",
                        "target": page.as_posix(),
                        "line": word(
                            "report.home_line",
                            lang,
                            units=len(group),
                            best=best["unit_name"],
                            total=format_number(best["total"], 2, lang),
                            mean=format_percent(group["mean_attainment"].mean(), 1, lang),
                        ),
                    }
                )
        periods.append(
            {
                "name": period_name(period, lang).capitalize(),
                "clusters": clusters,
                "index": f"{safe_name(period)}/index.html",
                "corrected": corrected_mark(out, period, lang),
            }
        )
    target = out / "index.html"
    write_text(
        target,
        embed(render("home.html.j2", lang=lang, title=word("report.index", lang), periods=periods), charts=False),
    )
    return target


def _proposal_lists(dataset, period: str, lang: str, drafts: str = "") -> dict[str, dict]:
    """A whole-year period's proposal list per province: the list a board sends up (`list`) and its annex
    (`annex`), form by form, each status in words with its marks (and a class the page colours), a proposed or
    council row with the link to its report's draft under `drafts`, and the line counting the decisions whose
    form matches none (`unmatched`); nothing for a part of a year or without award forms."""
    from ..engine.proposals import year_proposals
    from ..views.proposals import by_province_and_form, unmatched_line

    table = year_proposals(dataset, period)
    if table is None:
        return {}
    files = report_files(table) if drafts else {}
    lists: dict[str, dict] = {}
    for annex in (False, True):
        for province, form, rows in by_province_and_form(table, dataset.unit_names, lang, annex):
            rows = [
                dict(row, draft=f"{drafts}/{quote(files[key])}" if (key := (row["unit_id"], form)) in files else "")
                for row in rows
            ]
            listed = lists.setdefault(province, {"list": [], "annex": [], "unmatched": unmatched_line(table, lang)})
            listed["annex" if annex else "list"].append({"name": form, "rows": rows})
    return lists


def _rollup_table(units: pd.DataFrame, lang: str, awards: Awards) -> Markup:
    rows = []
    for cluster, group in units.groupby("cluster_id", sort=False):
        head = group.loc[group["role"] == "head", "unit_name"]
        rows.append(
            {
                word("label.cluster_id", lang): f"{cluster} · {group['cluster_name'].iloc[0]}",
                word("report.units", lang): len(group),
                word("report.head", lang): head.iloc[0] if len(head) else "",
                **{
                    awards.name(award, lang): awards.listed(group[group["award"] == award], lang)
                    for award in ("flag", "commendation")
                },
                word("report.best", lang): format_number(group["total"].max(), 2, lang),
                word("report.best_share", lang): format_percent(group["total_share"].max(), 1, lang),
                word("report.mean_share", lang): format_percent(group["total_share"].mean(), 1, lang),
                word("label.mean_attainment", lang): format_percent(group["mean_attainment"].mean(), 1, lang),
                word("label.missing_count", lang): int(group["missing_count"].sum()),
            }
        )
    return plain_table(pd.DataFrame(rows))


CORRECTIONS = "corrections.json"  # beside a period's index: what `report --published` found changed since publication


def corrected_mark(out: Path, period: str, lang: str = "vi") -> str:
    """The home page's mark of a period whose current data differs from its published archive ("" otherwise)."""
    try:
        found = json.loads((Path(out) / safe_name(period) / CORRECTIONS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    if not found.get("inputs") and not found.get("units"):
        return ""
    return word(
        "correction.index_mark",
        lang,
        inputs=format_number(found.get("inputs", 0), 0, lang),
        units=format_number(found.get("units", 0), 0, lang),
        archive=Path(str(found.get("archive", ""))).name,
    )
