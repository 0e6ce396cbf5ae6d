"""What each of the explorer's tabs shows, one function per tab in `TABS` (the tabs' order), each reading the
explorer's state and calling package functions only."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Protocol

import ipywidgets as widgets
import pandas as pd
from IPython.display import display

from ..data.dataset import Dataset
from ..data.kinds import ATTAINED_KINDS
from ..engine.analysis import Analysis, analyse, analyse_periods
from ..engine.comparisons import rule_changes
from ..engine.proposals import proposals
from ..engine.unit_years import lineage_rows, unit_years
from ..views import figures, tables
from ..views.awards import Awards
from ..views.checks import flagged
from ..views.proposals import proposal_tables
from ..views.reasons import tie_reasons
from ..views.words import word
from .corrections import CorrectionsPanel


class ExplorerState(Protocol):
    """What the tabs read of `explorer.Explorer`: its open dataset and analyses, language, template and controls."""

    dataset: Dataset | None
    analysis: Analysis | None
    alternative: Analysis | None
    lang: str
    template: str | None
    cluster: widgets.Dropdown
    indicator: widgets.Dropdown
    unit: widgets.Dropdown
    tree_kind: widgets.ToggleButtons
    corrections: CorrectionsPanel
    whatif_controls: widgets.VBox


def _state(explorer: ExplorerState) -> tuple[Dataset, Analysis]:
    assert explorer.dataset is not None and explorer.analysis is not None  # tabs are drawn once a dataset is open
    return explorer.dataset, explorer.analysis


def _attained(analysis: Analysis) -> pd.DataFrame:
    return analysis.rows[analysis.rows["scoring"].isin(ATTAINED_KINDS)]  # the indicator tabs show % KH


def heatmap(explorer: ExplorerState) -> list:
    _, analysis = _state(explorer)
    return [
        figures.attainment_heatmap(
            _attained(analysis), cap=analysis.rules.cap, lang=explorer.lang, template=explorer.template
        )
    ]


def ranked(dataset: Dataset, analysis: Analysis, lang: str, template: str | None) -> list:
    """The ranking as a figure and a table, with the awards as the report names them (rules.toml's forms, the
    year's holds), each grade with the event that changed it and what placed a unit above an equal one."""
    awards = Awards.of(dataset, analysis.period)
    return [
        figures.ranking(analysis.units, lang=lang, template=template, awards=awards),
        tables.ranking_table(analysis.units, lang, awards, why=tie_reasons(analysis, lang)),
    ]


def ranking(explorer: ExplorerState) -> list:
    dataset, analysis = _state(explorer)
    return ranked(dataset, analysis, explorer.lang, explorer.template)


def indicator(explorer: ExplorerState) -> list:
    dataset, analysis = _state(explorer)
    rows = analysis.rows
    chosen = rows[rows["indicator_id"] == explorer.indicator.value]
    chosen = chosen.assign(check=flagged(chosen, dataset.warnings))  # a likely slip, as the report flags it
    summary = analysis.indicators.set_index("indicator_id").loc[explorer.indicator.value]
    return [
        figures.indicator_bars(
            chosen,
            total=summary["total_progress_pct"],
            check="check",
            title=chosen["name"].iloc[0],
            lang=explorer.lang,
            template=explorer.template,
        )
    ]


def unit(explorer: ExplorerState) -> list:
    _, analysis = _state(explorer)
    return [
        figures.unit_profile(
            _attained(analysis),
            explorer.unit.value,
            cap=analysis.rules.cap,
            lang=explorer.lang,
            template=explorer.template,
        )
    ]


def trend(explorer: ExplorerState) -> list:
    """Like with like: years with years, a part of the year with the same part; the old units before."""
    dataset, analysis = _state(explorer)
    lang, template = explorer.lang, explorer.template
    part = analysis.period.partition("-")[2]
    same_part = [period for period in dataset.periods if period.partition("-")[2] == part]
    trend_units, trend_rows = analyse_periods(dataset, [explorer.cluster.value], same_part)
    earlier = {
        period: analyse(dataset, period).units
        for period in same_part
        if period < analysis.period and not dataset.predecessors.empty
    }
    lineage = lineage_rows(dataset, analysis.units, earlier, dataset.unit_names, word("figure.split", lang))
    chosen = trend_rows[trend_rows["indicator_id"] == explorer.indicator.value]
    return [
        figures.lineage_trend(trend_units, lineage, lang=lang, template=template),
        figures.trend(chosen, y="attainment_pct", title=chosen["name"].iloc[0], lang=lang, template=template),
    ]


def province(explorer: ExplorerState) -> list:
    dataset, analysis = _state(explorer)
    units = analyse(dataset, analysis.period, dataset.province_clusters(analysis.period, explorer.cluster.value)).units
    return [
        figures.province_view(units, lang=explorer.lang, template=explorer.template),
        figures.province_view(units, y="total", lang=explorer.lang, template=explorer.template),
    ]


def self_points(explorer: ExplorerState) -> list:
    """The units' own scores against the board's; never an empty chart without a word."""
    _, analysis = _state(explorer)
    units, lang = analysis.units, explorer.lang
    if units["self_points"].notna().any():
        return [figures.self_points(units, lang=lang, template=explorer.template)]
    claims = analysis.appraisal is not None and analysis.appraisal.has_claims
    return [
        widgets.HTML(
            html.escape(
                word("report.no_self_points", lang) + (" " + word("report.claims_in_guide", lang) if claims else "")
            )
        )
    ]


def sheet(explorer: ExplorerState) -> list:
    return [tables.score_sheet(_state(explorer)[1].rows, explorer.lang)]


def guide(explorer: ExplorerState) -> list:
    """One unit's tree as a figure beside its appraisal record, then the cluster's criteria side by side."""
    _, analysis = _state(explorer)
    table, lang, template = analysis.criteria, explorer.lang, explorer.template
    if table.empty:
        return [widgets.HTML(html.escape(word("message.no_guide", lang)))]
    chosen = table[table["unit_id"] == explorer.unit.value]
    # side by side where there is room, the record under the tree on a narrow screen (JupyterLab at 1366 px
    # with its file browser open): each keeps a width its text reads at
    tree = widgets.Output(layout=widgets.Layout(flex="1 1 520px", min_width="480px"))
    with tree:
        display(
            figures.criteria_tree(
                chosen,
                kind=explorer.tree_kind.value,
                title=chosen["unit_name"].iloc[0] if len(chosen) else None,
                lang=lang,
                template=template,
            )
        )
    record = widgets.HTML(
        tables.appraisal_table(chosen, lang).to_html(), layout=widgets.Layout(flex="1 1 560px", min_width="520px")
    )
    return [
        explorer.tree_kind,
        widgets.HBox([tree, record], layout=widgets.Layout(flex_flow="row wrap")),
        figures.criteria_heatmap(table[table["parent_id"].isna()], lang=lang, template=template),
        figures.criteria_heatmap(table[table["parent_id"].notna()], lang=lang, template=template),
    ]


def unit_history(explorer: ExplorerState) -> list:
    """The unit's years (ratings, awards, the old units before a reorganisation) beside the province's
    proposal list of the period's year."""
    dataset, analysis = _state(explorer)
    lang, year = explorer.lang, analysis.period[:4]
    years, awards = unit_years(dataset, explorer.unit.value, until=int(year))
    name = dataset.units.set_index("unit_id")["name"].get(explorer.unit.value, explorer.unit.value)
    items: list = [
        figures.unit_history(years, awards, title=name, lang=lang, template=explorer.template)
        if len(years)
        else widgets.HTML(html.escape(word("message.no_history", lang)))
    ]
    if not dataset.rules.history.award_forms:
        return items + [widgets.HTML(html.escape(word("message.no_award_forms", lang)))]
    table, _ = proposals(dataset, int(year))
    # the list a board sends up, a line counting unmatched decisions, the annex: as the year's page shows them
    shown = table[table["province"] == dataset.provinces.get(explorer.cluster.value, "")]
    return (
        items
        + [
            part
            for title, listed in proposal_tables(shown, dataset.unit_names, lang)
            for part in [widgets.HTML(f"<b>{html.escape(title)}</b>"), listed]
            if part is not None
        ]
        + _draft_links(shown, year, lang)
    )


def whatif(explorer: ExplorerState) -> list:
    """The rules' controls, how totals, ranks and awards move under them, and the ranking they give."""
    dataset, analysis = _state(explorer)
    alternative, lang = explorer.alternative, explorer.lang
    assert alternative is not None  # made with the analysis
    changes = rule_changes(analysis.units, alternative.units)
    return [
        explorer.whatif_controls,
        widgets.HTML(f"<b>{word('control.changes', lang)}</b>"),
        tables.rule_changes_table(changes, lang),
        *ranked(dataset, alternative, lang, explorer.template),
    ]


def corrections(explorer: ExplorerState) -> list:
    """A published archive beside the current data."""
    dataset, analysis = _state(explorer)
    return explorer.corrections.contents(dataset, analysis)


TABS: dict[str, Callable[[ExplorerState], list]] = {  # each tab's key (its title is the word tab.KEY) → what it shows
    "heatmap": heatmap,
    "ranking": ranking,
    "indicator": indicator,
    "unit": unit,
    "trend": trend,
    "province": province,
    "self": self_points,
    "sheet": sheet,
    "guide": guide,
    "history": unit_history,
    "whatif": whatif,
    "corrections": corrections,
}


def _draft_links(table: pd.DataFrame, year: str, lang: str) -> list:
    """A link to each proposed or council unit's report draft that `emulation dossier` wrote (its default
    folder, beside the notebook); nothing before it was run."""
    from urllib.parse import quote

    from ..publish.dossier import dossier_folder, report_files

    folder = dossier_folder(year)
    links = [
        f'<li><a href="{html.escape(quote(f"{folder.as_posix()}/{name}"))}" '
        f'target="_blank">{html.escape(name)}</a></li>'
        for name in report_files(table).values()
        if (folder / name).is_file()
    ]
    return (
        [widgets.HTML(f"<b>{html.escape(word('dossier.drafts', lang))}</b><ul>{''.join(links)}</ul>")] if links else []
    )
