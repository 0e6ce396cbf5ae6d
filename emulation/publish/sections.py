"""The content of a cluster report, section by section, for the report template notebook and the batch.

Each section is a list of displayable items: HTML built here (every text from the data escaped), styled
tables and figures. Figures carry plotly's own mimetype for JupyterLab and an HTML rendering for the
exported page, with stable element ids so that a batch run twice gives the same pages.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

from ..views import figures

from ..views import tables
from ..engine.analysis import analyse, history
from ..data.dataset import SAMPLE, Dataset, open_dataset
from ..views.words import AWARD_NAMES, LABELS, PASSED_OVER_NAMES, ROLE_NAMES, format_number, format_percent, period_name, say, word
from ..views.narrative import summary_sentences
from ..data.periods import period_sort_key

SECTIONS = ("header", "narrative", "ranking", "score_sheet", "heatmap", "indicators", "profiles", "previous",
            "missing", "adjustments", "votes", "self_points")


class Figure:
    """A figure for a notebook output: plotly's mimetype for JupyterLab, HTML for the exported page."""

    def __init__(self, figure, element_id: str):
        self.figure, self.element_id = figure, element_id

    def __repr__(self) -> str:  # stable text/plain, so that a batch run twice writes the same notebook
        return f"Figure({self.element_id})"

    def _repr_mimebundle_(self, include=None, exclude=None):
        serialised = self.figure.to_json()  # once: the HTML rendering reuses it
        return {"application/vnd.plotly.v1+json": json.loads(serialised),
                "text/html": figure_html(serialised, self.element_id, self.figure.layout.height)}


def figure_html(serialised: str, element_id: str, height: int | None = None) -> str:
    """A figure as an HTML fragment drawn by the page's plotly.js; '</' is escaped so that no text can close
    the script."""
    safe = serialised.replace("</", "<\\/")
    style = f"height:{height}px; width:100%;" if height else "height:450px; width:100%;"
    return (f'<div id="{element_id}" class="plotly-graph-div" style="{style}"></div>\n<script type="text/javascript">'
            f'(function () {{ var figure = {safe}; Plotly.newPlot("{element_id}", figure.data, figure.layout, '
            f'{{"displaylogo": false, "responsive": true}}); }})();</script>')


class ClusterReport:
    """One cluster's report for one period, read from a dataset path (blank: the sample)."""

    def __init__(self, data: str, period: str, cluster: str, lang: str = "vi"):
        self.dataset = _opened(data)
        if cluster not in self.dataset.clusters_in(period):
            raise ValueError(f"cluster {cluster!r} has no results in period {period!r}")
        self.period, self.cluster, self.lang = period, cluster, lang
        self.analysis = analyse(self.dataset, period, [cluster])
        self.rows, self.units = self.analysis.rows, self.analysis.units.sort_values("rank", kind="stable")
        self.name = self.units["cluster_name"].iloc[0]
        self._figures = 0

    def show(self, section: str) -> None:
        for item in getattr(self, section)():
            display(item)

    def _figure(self, figure) -> Figure:
        """A figure with a stable element id made only of safe characters (it lands in HTML and JavaScript)."""
        self._figures += 1
        return Figure(figure, f"figure-{re.sub(r'[^0-9A-Za-z_-]', '_', self.cluster)}-{self._figures}")

    def _heading(self, key: str, level: int = 2, **params) -> HTML:
        return HTML(f"<h{level}>{html.escape(say(key, self.lang, **params))}</h{level}>")

    def header(self) -> list:
        lang = self.lang
        title = f"{self.name} · {period_name(self.period, lang).capitalize()}"
        province = self.dataset.provinces[self.cluster]
        members = pd.DataFrame({
            word(LABELS, "unit_name", lang): self.units["unit_name"],
            say("kind", lang): self.units["unit_kind"].fillna(""),
            word(LABELS, "role", lang): [word(ROLE_NAMES, role, lang) for role in self.units["role"]],
        })
        parts = [f"<h1>{html.escape(title)}</h1>"]
        if province:
            parts.append(f"<p>{html.escape(say('province', lang))}: {html.escape(province)}</p>")
        parts += [f"<h2>{html.escape(say('members', lang))}</h2>", _table(members)]
        following = self._next_year()
        if following:
            parts.append(f"<p>{html.escape(following)}</p>")
        return [HTML("\n".join(parts))]

    def _next_year(self) -> str:
        """Next year's head and deputy, where the data has them (the rotation the conference agrees on)."""
        year = int(self.period[:4]) + 1
        members = self.dataset.members
        chosen = members[(members["year"] == year) & (members["cluster_id"] == self.cluster)].set_index("role")["unit_id"]
        if "head" not in chosen.index:
            return ""
        names = self.dataset.units.set_index("unit_id")["name"]
        word_for = "Khối" if self.name.lower().startswith("khối") else "Cụm"
        deputy = names.get(chosen.get("deputy"), "—") if "deputy" in chosen.index else "—"
        return say("next_year", self.lang, year=year, head=names[chosen["head"]], deputy=deputy,
                   head_word=f"{word_for} trưởng", deputy_word=f"{word_for} phó")

    def narrative(self) -> list:
        parts = summary_sentences(self.analysis, self.cluster, self.lang)
        paragraph = lambda sentences: f"<p>{html.escape(' '.join(sentences))}</p>" if sentences else ""  # noqa: E731
        listed = "".join(f"<li>{html.escape(sentence)}</li>" for sentence in parts["indicators"])
        return [self._heading("narrative"),
                HTML(paragraph(parts["opening"]) + (f"<ul>{listed}</ul>" if listed else "") + paragraph(parts["closing"]))]

    def ranking(self) -> list:
        lang, units = self.lang, self.units
        notes = []
        for award in ("flag", "commendation"):
            chosen = units.loc[units["award"] == award, "unit_name"]
            if len(chosen):
                notes.append(say("proposed", lang, award=word(AWARD_NAMES, award, lang).lower() if lang == "en"
                                 else word(AWARD_NAMES, award, lang), names=", ".join(chosen)))
        if units["award_tie"].any():
            notes.append(say("ties", lang, names=", ".join(units.loc[units["award_tie"], "unit_name"])))
        passed = units[units["passed_over"] != ""]
        if len(passed):
            notes.append(say("passed_over", lang, names=", ".join(
                f"{name} ({word(PASSED_OVER_NAMES, reason, lang).lower()})"
                for name, reason in zip(passed["unit_name"], passed["passed_over"]))))
        return [self._heading("ranking"), self._figure(figures.ranking(units, lang=lang)),
                HTML(tables.ranking_table(units, lang).to_html()), HTML("".join(f"<p>{html.escape(note)}</p>" for note in notes))]

    def score_sheet(self) -> list:
        items = [self._heading("score_sheet")]
        for unit, group in self.rows.groupby("unit_id", sort=False):
            items += [HTML(f"<h3>{html.escape(group['unit_name'].iloc[0])}</h3>" + tables.score_sheet(group, self.lang, with_unit=False).to_html())]
        return items

    def heatmap(self) -> list:
        return [self._heading("heatmap"),
                self._figure(figures.attainment_heatmap(self.rows, cap=self.analysis.rules.cap, lang=self.lang))]

    def indicators(self) -> list:
        items = [self._heading("indicators")]
        summary = self.analysis.indicators.set_index("indicator_id")
        for indicator, group in self.rows.groupby("indicator_id", sort=False):
            items.append(self._figure(figures.indicator_bars(group, total=summary.loc[indicator, "total_progress_pct"],
                                                             title=group["name"].iloc[0], lang=self.lang)))
        return items

    def profiles(self) -> list:
        return [self._heading("profiles")] + [
            self._figure(figures.unit_profile(self.rows, unit, cap=self.analysis.rules.cap, title=name, lang=self.lang))
            for unit, name in zip(self.units["unit_id"], self.units["unit_name"])]

    def previous(self) -> list:
        lang = self.lang
        earlier = [period for period in self.dataset.periods
                   if period_sort_key(period) < period_sort_key(self.period) and self.cluster in self.dataset.clusters_in(period)]
        if not earlier:
            return self._listing("previous", None, "no_previous")
        trend_units, _ = history(self.dataset, [self.cluster], earlier + [self.period])
        before = trend_units[trend_units["period"] == earlier[-1]].set_index("unit_id")
        now = self.units.set_index("unit_id")
        frame = pd.DataFrame({
            word(LABELS, "unit_name", lang): now["unit_name"],
            f"{word(LABELS, 'total', lang)} · {earlier[-1]}": [format_number(before["total"].get(code), 2, lang) for code in now.index],
            f"{word(LABELS, 'total', lang)} · {self.period}": [format_number(value, 2, lang) for value in now["total"]],
            f"{word(LABELS, 'rank', lang)} · {earlier[-1]}": [_whole(before["rank"].get(code)) for code in now.index],
            f"{word(LABELS, 'rank', lang)} · {self.period}": now["rank"].astype(int).astype(str),
        })
        return [self._heading("previous"), HTML(f"<p>{html.escape(period_name(earlier[-1], lang))}</p>" + _table(frame)),
                self._figure(figures.trend(trend_units, lang=lang))]

    def _listing(self, key: str, frame: pd.DataFrame | None, empty: str, *extra) -> list:
        """A section that is a table, or a one-line note when there is nothing to list."""
        if frame is None or frame.empty:
            return [self._heading(key), HTML(f"<p>{html.escape(say(empty, self.lang))}</p>")]
        return [self._heading(key), HTML(_table(frame)), *extra]

    def missing(self) -> list:
        lang = self.lang
        missing = self.rows[self.rows["status"] == "missing"]
        frame = pd.DataFrame({word(LABELS, "unit_name", lang): missing["unit_name"], word(LABELS, "name", lang): missing["name"]})
        return self._listing("missing", frame, "no_missing")

    def adjustments(self) -> list:
        lang = self.lang
        entries = self.dataset.adjustments
        chosen = entries[(entries["period"] == self.period) & entries["unit_id"].isin(self.units["unit_id"])]
        names = self.units.set_index("unit_id")["unit_name"]
        frame = pd.DataFrame({word(LABELS, "unit_name", lang): names.reindex(chosen["unit_id"]).to_numpy(),
                              word(LABELS, "points", lang): [format_number(value, 2, lang) for value in chosen["points"]],
                              say("reason", lang): chosen["reason"].to_numpy()})
        return self._listing("adjustments", frame, "no_adjustments")

    def votes(self) -> list:
        lang = self.lang
        voted = self.units.dropna(subset=["voters"])
        frame = pd.DataFrame({word(LABELS, "unit_name", lang): voted["unit_name"],
                              word(LABELS, "votes", lang): voted["votes"].astype(int),
                              say("voters", lang): voted["voters"].astype(int),
                              say("share", lang): [format_percent(100 * v / n, 1, lang) for v, n in zip(voted["votes"], voted["voters"])]})
        return self._listing("votes", frame, "no_votes")

    def self_points(self) -> list:
        lang = self.lang
        scored = self.units.dropna(subset=["self_points"])
        frame = pd.DataFrame({word(LABELS, "unit_name", lang): scored["unit_name"],
                              word(LABELS, "self_points", lang): [format_number(v, 2, lang) for v in scored["self_points"]],
                              word(LABELS, "points", lang): [format_number(v, 2, lang) for v in scored["self_compared"]],
                              word(LABELS, "self_diff", lang): [format_number(v, 2, lang) for v in scored["self_diff"]]})
        extra = [self._figure(figures.self_points(scored, lang=lang))] if len(scored) else []
        return self._listing("self_points", frame, "no_self_points", *extra)


_OPENED: dict = {}  # path → (file stamps, dataset): a batch kernel makes many reports from one dataset


def _opened(data: str) -> Dataset:
    """The dataset at `data` (blank: the sample), read again only when one of its files changed."""
    path = Path(data) if data else SAMPLE
    files = sorted(path.iterdir()) if path.is_dir() else [path, path.parent / "rules.toml"]
    stamp = tuple((file.name, file.stat().st_size, file.stat().st_mtime_ns) for file in files if file.is_file())
    if _OPENED.get(path, (None,))[0] != stamp:
        _OPENED[path] = (stamp, open_dataset(path))
    return _OPENED[path][1]


def _table(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, border=0, na_rep="")


def _whole(value) -> str:
    return "" if value is None or pd.isna(value) else str(int(value))


def index_body(dataset, period: str, outcomes: list, lang: str = "vi") -> str:
    """The period's index: a link to every cluster's page (failures named), then the province roll-up with
    all clusters side by side."""
    from .batch import report_paths  # the file names the batch wrote

    clusters = dataset.clusters.set_index("cluster_id")
    links = []
    for outcome in outcomes:
        name = html.escape(f"{outcome.cluster} · {clusters['name'].get(outcome.cluster, '')}")
        if outcome.ok:
            target = report_paths(Path("."), period, outcome.cluster)[1].name
            links.append(f'<li><a href="{html.escape(target)}">{name}</a></li>')
        else:
            links.append(f'<li class="failed">{name}: {html.escape(say("failed", lang))} ({html.escape(outcome.error)})</li>')
    parts = [f"<h1>{html.escape(say('index', lang))} · {html.escape(period_name(period, lang))}</h1>",
             f"<h2>{html.escape(say('clusters', lang))}</h2><ul>{''.join(links)}</ul>",
             f"<h2>{html.escape(say('rollup', lang))}</h2>"]
    units = analyse(dataset, period).units
    province = dataset.provinces.reindex(units["cluster_id"]).fillna("").to_numpy()
    for number, (name, group) in enumerate(units.assign(_province=province).groupby("_province", sort=True)):
        if name:
            parts.append(f"<h3>{html.escape(name)}</h3>")
        parts.append(_rollup_table(group, lang))
        for column in ("total", "mean_attainment"):
            figure = figures.province_view(group, y=column, lang=lang)
            parts.append(figure_html(figure.to_json(), f"rollup-{number}-{column}", figure.layout.height))
    return "\n".join(parts)


def _rollup_table(units: pd.DataFrame, lang: str) -> str:
    rows = []
    for cluster, group in units.groupby("cluster_id", sort=False):
        head = group.loc[group["role"] == "head", "unit_name"]
        rows.append({
            word(LABELS, "cluster_id", lang): f"{cluster} · {group['cluster_name'].iloc[0]}",
            say("units", lang): len(group),
            say("head", lang): head.iloc[0] if len(head) else "",
            word(AWARD_NAMES, "flag", lang): ", ".join(group.loc[group["award"] == "flag", "unit_name"]),
            word(AWARD_NAMES, "commendation", lang): ", ".join(group.loc[group["award"] == "commendation", "unit_name"]),
            say("best", lang): format_number(group["total"].max(), 2, lang),
            word(LABELS, "mean_attainment", lang): format_percent(group["mean_attainment"].mean(), 1, lang),
            word(LABELS, "missing_count", lang): int(group["missing_count"].sum()),
        })
    return _table(pd.DataFrame(rows))
