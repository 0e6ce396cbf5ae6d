"""The interactive explorer: ipywidgets controls wired to the analysis, figure and table functions.

Callbacks only call package functions; only the visible tab is drawn, the others when first shown again.
"""

from __future__ import annotations

import dataclasses
import html
import os
import time
from pathlib import Path
from typing import Any

import ipywidgets as widgets
from IPython.display import display

from ..data.dataset import Dataset, open_dataset
from ..data.kinds import ATTAINED_KINDS
from ..data.problems import DataError
from ..data.rules import Rules
from ..engine.analysis import Analysis, analyse
from ..resources import DASHBOARD_VARIABLE, DATA_ROOT_VARIABLE, DATA_VARIABLE, TEMPLATE_VARIABLE
from ..views.words import format_number, grouped, period_name, word
from .corrections import CorrectionsPanel
from .grades import GradeLadder
from .switches import RuleSwitches
from .tabs import TABS

# tab titles whole ("Hướng dẫn chấm", not "Hướng dẫn c…"): ipywidgets gives every tab the same narrow width
TAB_STYLE = (
    "<style>.widget-tab > .lm-TabBar .lm-TabBar-tab, .widget-tab > .p-TabBar .p-TabBar-tab "
    "{flex: 0 0 auto !important; max-width: none !important; min-width: 0 !important;}</style>"
)
# the controls read from the back of a meeting room, like the charts' projector template
# and so do the tables the meeting discusses (ranking, score sheet, record, proposal list, what-if): 19 px, not 13
PROJECTOR_STYLE = (
    "<style>.widget-dropdown select, .widget-label, .widget-dropdown label {font-size: 20px !important; "
    "height: auto !important; line-height: 1.4 !important;} .widget-tab .lm-TabBar-tab {font-size: 18px !important; "
    "min-height: 36px !important; line-height: 36px !important;} "
    ".widget-output table, .widget-output th, .widget-output td, .widget-html-content, .widget-html-content table, "
    ".widget-html-content th, .widget-html-content td {font-size: 19px !important; line-height: 1.4 !important;} "
    ".widget-readout, .widget-toggle-button, .widget-button {font-size: 18px !important; height: auto !important;}"
    "</style>"
)
TREE_KINDS = ("icicle", "treemap", "sunburst")


def offline_charts() -> None:
    """Embed plotly.js once, for charts that draw with no network; run it in a cell of its own.

    On the dashboard the page draws plotly's own mimetype with the plotly.js its server ships (JupyterLab's
    plotly extension): another 3.5 MB copy in the page would only delay the first chart by about a second.
    """
    import plotly.io as pio
    import plotly.offline

    if os.environ.get(DASHBOARD_VARIABLE):
        pio.renderers.default = "plotly_mimetype"
        return
    pio.renderers.default = "plotly_mimetype+notebook"
    plotly.offline.init_notebook_mode(connected=False)


class Explorer:
    """Controls for dataset, period, cluster, indicator and unit; figures and tables in tabs; a what-if panel.

    Parameters
    ----------
    data : str, optional
        A dataset folder or workbook to open at once; the sample when left out.
    lang : {"vi", "en"}, default "vi"
    template : {None, "projector"}, optional
        The figures' template; "projector" for large type on a meeting-room screen.
    data_root : str, optional
        Limits the data box to datasets under one folder (the environment's EMULATION_DATA_ROOT, which
        `emulation dashboard` sets, does too): on a shared server nobody opens what the server alone may read.

    Examples
    --------
    In a notebook cell (the explorer draws itself)::

        from emulation import Explorer, offline_charts
        offline_charts()
        Explorer(lang="en", template="projector")
    """

    def __init__(
        self,
        data: str | None = None,
        lang: str = "vi",
        template: str | None = None,
        data_root: str | None = None,
        data_box: bool = True,
    ):
        template = template or os.environ.get(TEMPLATE_VARIABLE) or None
        data = data or os.environ.get(DATA_VARIABLE) or None
        self.lang, self.template = lang, (None if template == "default" else template)
        root = data_root or os.environ.get(DATA_ROOT_VARIABLE)
        self.data_root = Path(root).resolve() if root else None
        self.dataset: Dataset | None = None
        self.analysis: Analysis | None = None
        self.alternative: Analysis | None = None
        self.last_redraw_seconds = 0.0
        self.path = widgets.Text(value=data or "", placeholder="data/sample", description=word("control.data", lang))
        self.load_button = widgets.Button(description=word("control.load", lang))
        self.period = widgets.Dropdown(description=word("control.period", lang))
        self.cluster = widgets.Dropdown(description=word("control.cluster", lang))
        self.indicator = widgets.Dropdown(description=word("control.indicator", lang))
        self.unit = widgets.Dropdown(description=word("control.unit", lang))
        self.bonus_rate = widgets.FloatSlider(description=word("control.bonus_rate", lang), min=0, max=3, step=0.1)
        self.bonus_cap = widgets.FloatSlider(description=word("control.bonus_cap", lang), min=0, max=1, step=0.05)
        self.zero_below = widgets.FloatSlider(description=word("control.zero_below", lang), min=0, max=100, step=5)
        self.lower = widgets.ToggleButtons(
            description=word("control.lower", lang),
            options=[(word("control.mirror", lang), "mirror"), (word("control.inverse", lang), "inverse")],
        )
        self.flags = widgets.IntSlider(description=word("control.flags", lang), min=0, max=5)
        self.commendations = widgets.IntSlider(description=word("control.commendations", lang), min=0, max=10)
        self.reset = widgets.Button(description=word("control.reset", lang))
        self.tree_kind = widgets.ToggleButtons(options=[(word(f"control.{kind}", lang), kind) for kind in TREE_KINDS])
        self.grades = GradeLadder(lang, lambda: self._changed(rules=True))  # the cluster's grades and their minima
        self.grade_controls, self.grade_totals = self.grades.widget, self.grades.sliders
        self.switches = RuleSwitches(lang, lambda: self._changed(rules=True))  # tie-break keys, events' effects
        for control in (self.bonus_rate, self.bonus_cap, self.zero_below, self.lower, self.flags, self.commendations):
            control.style.description_width = "initial"
        self.readouts = {}  # a slider's value in the language's numbers, with its unit (ipywidgets prints 0.20)
        for name, decimals in (("bonus_rate", 1), ("bonus_cap", 2), ("zero_below", 0)):
            slider = getattr(self, name)
            slider.readout = False
            self.readouts[name] = widgets.Label()
            slider.observe(lambda change, name=name, decimals=decimals: self._readout(name, decimals), names="value")
            self._readout(name, decimals)
        self.message = widgets.HTML()
        self.corrections = CorrectionsPanel(lang, self._compare, self.data_root, _inside)
        self.outputs = {key: widgets.Output() for key in TABS}
        self.tabs = widgets.Tab(children=list(self.outputs.values()), titles=[word(f"tab.{key}", lang) for key in TABS])
        self._stale: set[str] = set(TABS)
        self._quiet = False
        self.load_button.on_click(lambda _: self.load(self.path.value or None))
        self.reset.on_click(lambda _: self._reset_rules())
        for control in (self.period, self.cluster):
            control.observe(lambda _: self._changed(analysis=True), names="value")
        for control in (self.indicator, self.unit, self.tree_kind):
            control.observe(lambda _: self._changed(), names="value")
        for control in (self.bonus_rate, self.bonus_cap, self.zero_below, self.lower, self.flags, self.commendations):
            control.observe(lambda _: self._changed(rules=True), names="value")
        self.tabs.observe(lambda _: self._draw_visible(), names="selected_index")
        for control in (self.period, self.cluster, self.indicator, self.unit):  # names whole, never cut off
            control.layout = widgets.Layout(
                width="auto", min_width="600px" if self.template == "projector" else "300px"
            )
            control.style.description_width = "initial"
        self.widget = widgets.VBox(
            ([widgets.HBox([self.path, self.load_button])] if data_box else [])
            + [
                widgets.HTML(TAB_STYLE + (PROJECTOR_STYLE if self.template == "projector" else "")),
                widgets.HBox([self.period, self.cluster]),
                widgets.HBox([self.indicator, self.unit]),
                self.message,
                self.tabs,
            ]
        )
        # each control whole, with room between them; a row too long for the screen wraps rather than cuts
        spaced = widgets.Layout(margin="0 24px 4px 0", overflow="visible")
        wrapping = widgets.Layout(flex_flow="row wrap", align_items="center")
        self.lower.style.button_width = "auto"  # "Đối xứng 2 − TH/KH" whole at the projector's size too
        self.whatif_controls = widgets.VBox(
            [
                widgets.HBox(
                    [
                        widgets.HBox([getattr(self, name), self.readouts[name]], layout=spaced)
                        for name in ("bonus_rate", "bonus_cap", "zero_below")
                    ],
                    layout=wrapping,
                ),
                widgets.HBox([self.lower, self.flags, self.commendations, self.reset], layout=wrapping),
                self.grade_controls,
                self.switches.widget,
            ]
        )
        self.load(data)

    def _readout(self, name: str, decimals: int) -> None:
        value = getattr(self, name).value
        unit = word(f"control.{name}_unit", self.lang)
        self.readouts[name].value = f"{format_number(value, decimals, self.lang)} {unit}"

    def show(self) -> None:
        display(self.widget)  # type: ignore[no-untyped-call]  # IPython's display is not annotated

    def load(self, data: str | None) -> None:
        """Open a dataset; a refused one (or one outside the data root) is listed under the controls and the
        previous one stays."""
        outside = data and self.data_root is not None and not _inside(self.data_root, data)
        if outside:
            self.message.value = (
                "<p style='color:#B00020'>"
                + html.escape(word("message.outside_root", self.lang, path=data, root=self.data_root))
                + "</p>"
            )
            return
        try:
            dataset = open_dataset(self.data_root / data if self.data_root is not None and data else data)
        except DataError as error:
            problems = "".join(f"<li>{html.escape(line)}</li>" for line in grouped(error.entries, self.lang)[:50])
            self.message.value = f"<ul style='color:#B00020'>{problems}</ul>"
            return
        self.dataset, self.message.value = dataset, ""
        self._quiet = True
        self.grades.build(dataset)
        self.switches.build(dataset)
        self._reset_rules()
        self.period.options = [(period_name(period, self.lang).capitalize(), period) for period in dataset.periods]
        self.period.value = dataset.periods[-1]
        self._quiet = False
        self._changed(analysis=True)

    def _reset_rules(self) -> None:
        assert self.dataset is not None  # the rules' controls follow an open dataset
        rules = self.dataset.rules
        quiet, self._quiet = self._quiet, True
        self.bonus_rate.value, self.bonus_cap.value, self.zero_below.value = (
            rules.bonus_rate,
            rules.bonus_cap,
            rules.zero_below,
        )
        self.lower.value, self.flags.value, self.commendations.value = rules.lower, rules.flags, rules.commendations
        for control, grade in zip(self.grade_totals, rules.grades):
            control.value = grade.min_total or 0.0
        self.switches.reset()
        self._quiet = quiet
        if not quiet:
            self._changed(rules=True)

    def _changed(self, analysis: bool = False, rules: bool = False) -> None:
        if self._quiet or self.dataset is None:
            return
        started = time.perf_counter()
        self._quiet = True
        if analysis:
            clusters = self.dataset.clusters_in(self.period.value)
            names = self.dataset.clusters.set_index("cluster_id")["name"]
            _choose(self.cluster, [(f"{code} · {names[code]}", code) for code in clusters])
            self.grades.show(self.dataset, self.cluster.value)
            self.analysis = analyse(self.dataset, self.period.value, [self.cluster.value])
            self.switches.show(self.analysis)
            rows, units = self.analysis.rows, self.analysis.units.sort_values("rank", kind="stable")
            rows = rows[rows["scoring"].isin(ATTAINED_KINDS)]  # the indicator tabs show % KH
            _choose(self.indicator, list(dict(zip(rows["name"], rows["indicator_id"])).items()))
            _choose(self.unit, list(dict(zip(units["unit_name"], units["unit_id"])).items()))
        if analysis or rules:
            alternative_rules = self._rules()
            self.alternative = (
                self.analysis
                if alternative_rules == self.dataset.rules
                else analyse(self.dataset, self.period.value, [self.cluster.value], alternative_rules)
            )
        self._quiet = False
        self._stale = set(TABS) if analysis or rules else self._stale | {"indicator", "unit"}
        self._draw_visible()
        self.last_redraw_seconds = time.perf_counter() - started

    def _rules(self) -> Rules:
        assert self.dataset is not None  # the rules' controls follow an open dataset
        rules = self.switches.apply(self.dataset.rules)
        grades = tuple(
            dataclasses.replace(
                grade, min_total=control.value if grade.min_total is not None or control.value else None
            )
            for grade, control in zip(rules.grades, self.grade_totals)
        )
        return rules.replace(
            bonus_rate=self.bonus_rate.value,
            bonus_cap=self.bonus_cap.value,
            zero_below=self.zero_below.value,
            lower=self.lower.value,
            flags=self.flags.value,
            commendations=self.commendations.value,
            grades=grades,
        )

    def _draw_visible(self) -> None:
        key = list(TABS)[self.tabs.selected_index or 0]
        if key not in self._stale or self.analysis is None:
            return
        self._stale.discard(key)
        output = self.outputs[key]
        output.clear_output(wait=True)
        with output:
            for item in self.contents(key):
                display(item)  # type: ignore[no-untyped-call]  # IPython's display is not annotated

    def contents(self, key: str) -> list[Any]:
        """What a tab shows: figures, styled tables and widgets, all from package functions (`tabs.TABS`)."""
        return TABS[key](self)

    def _compare(self) -> None:
        self._stale.add("corrections")
        self._draw_visible()


def _inside(root: Path, data: str) -> bool:
    """Whether `data` (relative to `root`, or absolute) lies under `root` once `..` and symbolic links are
    resolved."""
    resolved = (root / data).resolve()
    return resolved == root or root in resolved.parents


def _choose(control: widgets.Dropdown, options: list[tuple[str, str]]) -> None:
    """New options for a dropdown, keeping its value when it is still offered, else the first option."""
    current = control.value
    control.options = options
    values = [value for _, value in options]
    control.value = current if current in values else (values[0] if values else None)
