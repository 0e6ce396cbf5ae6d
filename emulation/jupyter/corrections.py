"""The explorer's tab "Điều chỉnh": a published archive opened beside the current data, and what changed since
(docs/reference.md, "Published results and corrections")."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets

from ..data.archive import ArchiveRefused, open_archive
from ..data.problems import DataError
from ..engine.analysis import Analysis
from ..engine.corrections import cluster_changes, items
from ..views.corrections import Names, award_changes, input_line, moment, paragraph, result_lines
from ..views.words import grouped, word


class CorrectionsPanel:
    """A box for the archive's folder, a button, and the differences of the explorer's period against it.

    Parameters
    ----------
    lang : {"vi", "en"}
    redraw : callable
        Called when the button is pressed (the explorer redraws the tab).
    data_root, inside : Path or None, callable
        The explorer's data root, and its test of whether a path lies under it.
    """

    def __init__(
        self, lang: str, redraw: Callable[[], object], data_root: Path | None, inside: Callable[[Path, str], bool]
    ):
        self.lang, self.data_root, self._inside = lang, data_root, inside
        self.path = widgets.Text(
            placeholder="cong-bo-2024",
            description=word("control.archive", lang),
            style={"description_width": "initial"},
        )
        self.button = widgets.Button(description=word("control.compare", lang))
        self.button.on_click(lambda _: redraw())

    def contents(self, dataset, analysis: Analysis) -> list:
        """The controls, then the differences (or why there are none to show)."""
        controls = widgets.HBox([self.path, self.button])
        if not self.path.value.strip():
            return [controls, widgets.HTML(html.escape(word("correction.choose_archive", self.lang)))]
        path = self._openable(self.path.value.strip())
        if path is None:
            return [controls, _error([word("correction.archive_outside", self.lang, path=self.path.value)])]
        try:
            manifest, before, scores = open_archive(path, analysis.period)
        except ArchiveRefused as refusal:
            return [controls, _error([word(f"message.{refusal.code}", self.lang, **refusal.params)])]
        except DataError as error:
            return [controls, _error(grouped(error.entries, self.lang)[:50])]
        cluster = str(analysis.units["cluster_id"].iloc[0]) if len(analysis.units) else ""
        diff = cluster_changes(before, dataset, analysis.period, scores, analysis.units, cluster)
        names = Names.of(dataset, before)
        results, inputs = items(diff)
        shown = (
            award_changes(diff, names, self.lang)
            + result_lines(results, names, self.lang)
            + [input_line(line, names, self.lang) for line in inputs.itertuples(index=False)]
        )
        heading = word("correction.title", self.lang) + f" · {moment(manifest.get('published', ''), self.lang)}"
        text = (
            f"<h3>{html.escape(heading)}</h3><p>{html.escape(paragraph(diff, names, analysis.period, self.lang))}</p>"
            + "<ul>"
            + "".join(f"<li>{html.escape(item)}</li>" for item in shown)
            + "</ul>"
        )
        return [controls, widgets.HTML(text)]

    def _openable(self, data: str) -> Path | None:
        """The path to open for `data`, None when it lies outside the data root."""
        if self.data_root is None:
            return Path(data)
        return self.data_root / data if self._inside(self.data_root, data) else None


def _error(lines: list[str]) -> widgets.HTML:
    return widgets.HTML(
        "<ul style='color:#B00020'>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
    )
