"""The content of a cluster report, section by section, for the report notebook and the batch.

Each section is a list of displayable items: HTML rendered from `templates/section.html.j2` (autoescaped),
styled tables and figures. Figures carry plotly's own mimetype for JupyterLab and an HTML rendering for the
exported page, with stable element ids so that a batch run twice gives the same pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from IPython.display import HTML, display
from markupsafe import Markup

from ..data.dataset import SAMPLE, Dataset, open_dataset
from ..data.kinds import ATTAINED_KINDS
from ..engine.analysis import analyse
from ..errors import Unsupported
from ..views import figures, tables
from ..views.awards import Awards
from ..views.cases import cases_html, cases_table
from ..views.checks import check_lines, flagged
from ..views.conference import award_sentences, next_year_roles
from ..views.narrative import summary_sentences
from ..views.reasons import grade_with_event, tie_reasons
from ..views.words import format_number, period_name, word
from . import listings, over_time
from .naming import safe_id
from .pages import Figure, plain_table, render

if TYPE_CHECKING:
    import plotly.graph_objects as go

Item = HTML | Figure  # what a section lists: a piece of HTML (headings, paragraphs, tables) or a figure


class ClusterReport:
    """One cluster's report for one period: the sections the report notebook shows, in order.

    Parameters
    ----------
    data : str
        A dataset folder or workbook; "" for the sample.
    period : str
        A period with results for the cluster.
    cluster : str
        The cluster's code.
    lang : {"vi", "en"}, default "vi"

    Raises
    ------
    ValueError
        When the cluster has no results in the period.
    DataError
        When the dataset is refused.

    Examples
    --------
    >>> report = ClusterReport("", "2019", "HG-DL")
    >>> report.name
    'Khối các huyện, thành phố vùng động lực'
    """

    def __init__(self, data: str, period: str, cluster: str, lang: str = "vi", published: str = ""):
        self.published = published  # a published archive of the period: the report adds what changed since
        self.dataset, self._period_units = _opened(data)
        if cluster not in self.dataset.clusters_in(period):
            raise Unsupported(f"cluster {cluster!r} has no results in period {period!r}")
        self.period, self.cluster, self.lang = period, cluster, lang
        self.analysis = analyse(self.dataset, period, [cluster])
        # the forms' names and the year's holds, as every document reads them
        self.awards = Awards.of(self.dataset, period)
        self.rows, self.units = self.analysis.rows, self.analysis.units.sort_values("rank", kind="stable")
        self.attained = self.rows[self.rows["scoring"].isin(ATTAINED_KINDS)]  # the rows % KH charts can show
        self.checks = check_lines(self.rows, self.dataset.warnings, lang)  # figures a warning asks to check
        self.name = self.units["cluster_name"].iloc[0]
        self._figures = 0

    def show(self, section: str) -> None:
        for item in getattr(self, section)():
            display(item)  # type: ignore[no-untyped-call]  # IPython's display is not annotated

    def _figure(self, figure: go.Figure) -> Figure:
        self._figures += 1
        return Figure(figure, f"figure-{safe_id(self.cluster)}-{self._figures}")

    def _html(self, heading: str | None = None, **parts: Any) -> HTML:
        """A piece of the report from the section template; `heading` is a key of the report's words."""
        html = render("section.html.j2", heading=heading and word(f"report.{heading}", self.lang), **parts)
        return HTML(html)  # type: ignore[no-untyped-call]  # IPython's HTML is not annotated

    def corrections(self) -> list[Item]:
        """With a published archive, "Điều chỉnh sau công bố": what changed since (docs/reference.md, "Published
        results and corrections"); nothing without one."""
        if not self.published:
            return []
        from .corrections import correction_section

        return correction_section(self.published, self.analysis, self.dataset, self.cluster, self.lang)

    def header(self) -> list[Item]:
        lang = self.lang
        members = pd.DataFrame(
            {
                word("label.unit_name", lang): self.units["unit_name"],
                word("report.kind", lang): self.units["unit_kind"].fillna(""),
                word("label.role", lang): [word(f"role.{role}", lang) for role in self.units["role"]],
            }
        )
        province = self.dataset.provinces[self.cluster]
        following = next_year_roles(self.dataset, self.cluster, self.period, lang)
        return [
            self._html(
                title=f"{self.name} · {period_name(self.period, lang).capitalize()}",
                before=[f"{word('report.province', lang)}: {province}"] if province else [],
            ),
            self._html("members", tables=[(None, plain_table(members))], after=[following] if following else []),
        ]

    def narrative(self) -> list[Item]:
        """The narrative in paragraphs: the opening, the indicators as a list, the shortfalls, the guide's largest
        bonuses and deductions, its agreed totals as a list, the grades, the scores and awards."""
        parts = summary_sentences(self.analysis, self.cluster, self.lang, self.awards)

        def paragraphs(*keys: str) -> list[str]:
            return [" ".join(parts[key]) for key in keys if parts[key]]

        return [
            self._html("narrative", before=paragraphs("opening"), items=parts["indicators"]),
            self._html(
                before=paragraphs("shortfalls", "adjustments"),
                items=parts["agreed"],
                after=paragraphs("grades", "closing"),
            ),
            *self._checks(),
        ]

    def _checks(self) -> list[Item]:
        """Reads "Số liệu cần kiểm tra": each figure a warning of the data asks to check, by unit and indicator."""
        return [self._html("checks", level=3, items=self.checks)] if self.checks else []

    def ranking(self) -> list[Item]:
        why = tie_reasons(self.analysis, self.lang).reindex(self.units.index)  # what placed a unit above an equal one
        placed = [f"{name}: {reason}." for name, reason in zip(self.units["unit_name"], why) if reason]
        return [
            self._html("ranking"),
            self._figure(figures.ranking(self.units, lang=self.lang, awards=self.awards)),
            self._html(
                tables=[(None, Markup(tables.ranking_table(self.units, self.lang, self.awards).to_html()))],
                after=award_sentences(self.units, self.lang, self.awards) + placed,
            ),
        ]

    def guide(self) -> list[Item]:
        """With a scoring guide: the grades, the criteria side by side, and every unit's appraisal record
        (biên bản thẩm định); nothing for a cluster scored by % KH alone."""
        table, lang = self.analysis.criteria, self.lang
        if table.empty:
            return []
        grades = pd.DataFrame(
            {
                word("label.rank", lang): self.units["rank"].astype(int),
                word("label.unit_name", lang): self.units["unit_name"],
                word("label.total", lang): [format_number(value, 2, lang) for value in self.units["total"]],
                word("label.grade", lang): [
                    grade_with_event(grade, event, lang)
                    for grade, event in zip(self.units["grade"], self.units["grade_event"])  # its event
                ],
            }
        )
        return [
            self._html("guide", tables=[(None, plain_table(grades))] if (self.units["grade"] != "").any() else []),
            self._figure(
                figures.criteria_heatmap(
                    table[table["parent_id"].isna()], title=word("report.standards", lang), lang=lang
                )
            ),
            self._figure(
                figures.criteria_heatmap(table[table["parent_id"].notna()], title=word("report.items", lang), lang=lang)
            ),
            self._html(
                "appraisal",
                tables=[
                    (name, Markup(tables.appraisal_table(group, lang).to_html()))
                    for name, group in table.groupby("unit_name", sort=False)
                ],
            ),
        ]

    def score_sheet(self) -> list[Item]:
        return [
            self._html(
                "score_sheet",
                tables=[
                    (
                        group["unit_name"].iloc[0],
                        Markup(tables.score_sheet(group, self.lang, with_unit=False).to_html()),
                    )
                    for _, group in self.rows.groupby("unit_id", sort=False)
                ],
            )
        ]

    def heatmap(self) -> list[Item]:
        return [
            self._html("heatmap"),
            self._figure(figures.attainment_heatmap(self.attained, cap=self.analysis.rules.cap, lang=self.lang)),
        ]

    def indicators(self) -> list[Item]:
        items: list[Item] = [self._html("indicators")]
        totals = self.analysis.indicators.set_index("indicator_id")["total_progress_pct"]
        attained = self.attained.assign(check=flagged(self.attained, self.dataset.warnings))
        for indicator, group in attained.groupby("indicator_id", sort=False):
            items.append(
                self._figure(
                    figures.indicator_bars(
                        group, total=totals[indicator], check="check", title=group["name"].iloc[0], lang=self.lang
                    )
                )
            )
        cases = cases_table(self.rows, list(self.units["unit_name"]), self.lang)
        if len(cases):  # the items a % KH chart cannot show: their cases and points
            items.append(
                self._html(
                    tables=[(word("report.cases", self.lang), Markup(cases_html(cases).to_html()))],
                    after=[word("report.cases_note", self.lang)],
                )
            )
        return items

    def profiles(self) -> list[Item]:
        return [self._html("profiles")] + [
            self._figure(
                figures.unit_profile(self.attained, unit, cap=self.analysis.rules.cap, title=name, lang=self.lang)
            )
            for unit, name in zip(self.units["unit_id"], self.units["unit_name"])
        ]

    def previous(self) -> list[Item]:
        """The same part of the year before and the trend over that part's periods (`over_time.previous`)."""
        return over_time.previous(self)

    def history(self) -> list[Item]:
        """Each member's ratings and awards over the years, where there is history to read (`over_time.history`)."""
        return over_time.history(self)

    def _listing(self, key: str, frame: pd.DataFrame | None, empty: str, *extra: Item) -> list[Item]:
        """A section that is a table, or a one-line note when there is nothing to list."""
        if frame is None or frame.empty:
            return [self._html(key, before=[word(f"report.{empty}", self.lang)])]
        return [self._html(key, tables=[(None, plain_table(frame))]), *extra]

    def missing(self) -> list[Item]:
        return self._listing("missing", listings.missing(self.rows, self.lang), "no_missing") + self._checks()

    def adjustments(self) -> list[Item]:
        """Bonus and deduction points: the adjustments table's, and with a guide its rules' (capped per
        criterion), so that the section agrees with the appraisal records."""
        frame, by_rule = listings.adjustments(self.analysis, self.dataset.adjustments, self.units, self.lang)
        if by_rule is None:
            return self._listing("adjustments", frame, "no_adjustments")
        tables = ([(None, plain_table(frame))] if len(frame) else []) + [
            (word("report.guide_rules", self.lang), plain_table(by_rule))
        ]
        return [self._html("adjustments", tables=tables)]

    def votes(self) -> list[Item]:
        return self._listing("votes", listings.votes(self.units, self.lang), "no_votes")

    def self_points(self) -> list[Item]:
        """Self points against the data: the rows' self points, and with a guide the units' claims (the claimed
        total against the final one), so that the section agrees with the appraisal records."""
        scored = self.units.dropna(subset=["self_points"])
        frame = listings.self_points(scored, self.lang)
        extra = [self._figure(figures.self_points(scored, lang=self.lang))] if len(scored) else []
        if self.analysis.appraisal is None or not self.analysis.appraisal.has_claims:
            return self._listing("self_points", frame, "no_self_points", *extra)
        tables = ([(None, plain_table(frame))] if len(frame) else []) + [
            (word("report.guide_claims", self.lang), plain_table(listings.claims(self.units, self.lang)))
        ]
        return [self._html("self_points", tables=tables), *extra]


Stamps = tuple[tuple[str, int, int], ...]  # each file's name, size and modification time
# path → (file stamps, dataset, units by period): a batch kernel makes many reports from one dataset
_OPENED: dict[Path, tuple[Stamps, Dataset, dict[str, pd.DataFrame]]] = {}


def _opened(data: str) -> tuple[Dataset, dict[str, pd.DataFrame]]:
    """The dataset at `data` (blank: the sample), read again only when one of its files changed, and the units
    of its periods analysed so far."""
    path = Path(data) if data else SAMPLE
    files = sorted(path.iterdir()) if path.is_dir() else [path, path.parent / "rules.toml"]
    stamp = tuple((file.name, file.stat().st_size, file.stat().st_mtime_ns) for file in files if file.is_file())
    if _OPENED.get(path, (None,))[0] != stamp:
        _OPENED[path] = (stamp, open_dataset(path), {})
    return _OPENED[path][1:]
