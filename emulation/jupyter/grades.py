"""The what-if tab's grades: a minimum total per grade of the rules, the current cluster's shown under its name."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from ..data.dataset import Dataset
from ..views.words import format_number, word


class GradeLadder:
    """A slider per grade of the rules (`sliders`, in the rules' order, the list kept as the same object), and
    `widget` showing the grades of the current cluster (the rules' `grades_for`) under the cluster's name: each
    grade's whole name, its slider and its minimum in the language's numbers (ipywidgets would print 90.00).

    Parameters
    ----------
    lang : {"vi", "en"}
    changed : callable
        Called with no argument when a slider moves.
    """

    def __init__(self, lang: str, changed: Callable[[], None]):
        self.lang, self.changed = lang, changed
        self.widget = widgets.VBox()
        self.sliders: list[widgets.FloatSlider] = []
        self._rows: list[list[widgets.Widget]] = []  # name, slider and readout of each grade

    def build(self, dataset: Dataset) -> None:
        """One row per grade of the dataset's rules (none shown until `show`)."""
        self.sliders.clear()
        self._rows = []
        for grade in dataset.rules.grades:
            slider = widgets.FloatSlider(
                min=0, max=150, step=0.5, readout=False, layout=widgets.Layout(width="auto", min_width="200px")
            )
            readout = widgets.Label(layout=widgets.Layout(width="auto"))
            slider.observe(lambda _, slider=slider, readout=readout: self._readout(slider, readout), names="value")
            slider.observe(lambda _: self.changed(), names="value")
            self.sliders.append(slider)
            self._rows.append([widgets.Label(grade.name, layout=widgets.Layout(width="auto")), slider, readout])
            self._readout(slider, readout)
        self.widget.children = ()

    def _readout(self, slider: widgets.FloatSlider, readout: widgets.Label) -> None:
        readout.value = f"{format_number(slider.value, 1, self.lang)} {word('figure.points', self.lang)}"

    def show(self, dataset: Dataset, cluster: str | None) -> None:
        """The grades that grade `cluster`, under its name; nothing when none does (or no cluster is chosen)."""
        rules = dataset.rules
        ladder = rules.grades_for(cluster) if cluster else ()
        chosen = [row for grade, row in zip(rules.grades, self._rows) if any(grade is rung for rung in ladder)]
        if not chosen:
            self.widget.children = ()
            return
        name = dataset.clusters.set_index("cluster_id")["name"].get(cluster, cluster)
        heading = widgets.HTML(f"<b>{html.escape(word('control.grade_ladder', self.lang, cluster=name))}</b>")
        grid = widgets.GridBox(
            [cell for row in chosen for cell in row],
            layout=widgets.Layout(
                grid_template_columns="max-content minmax(200px, 1fr) max-content", grid_gap="4px 12px", width="100%"
            ),
        )
        self.widget.children = (heading, grid)
