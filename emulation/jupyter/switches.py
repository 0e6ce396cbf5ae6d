"""The what-if tab's switches for the rules real guides add (docs/reference.md, "Tie-breaks, events and points
for awards held"): each tie-break key of the rules on or off, and each event's effect on a grade (the grade it
sets, or the grade it caps at) on or off."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable

import ipywidgets as widgets

from ..data.dataset import Dataset
from ..data.rules import Rules
from ..engine.analysis import Analysis
from ..views.reasons import key_words
from ..views.words import word


class RuleSwitches:
    """A checkbox per key of the rules' `ranking_keys` (`keys`) and per `[[events]]` entry that sets or caps a
    grade (`events`), all on as the rules have them; `apply` gives the rules with the keys switched off left out
    and the effects switched off removed (an event's `no_award` stays).

    Parameters
    ----------
    lang : {"vi", "en"}
    changed : callable
        Called with no argument when a checkbox changes.
    """

    def __init__(self, lang: str, changed: Callable[[], None]):
        self.lang, self.changed = lang, changed
        self.widget = widgets.VBox()
        self.keys: list[widgets.Checkbox] = []
        self.events: dict[str, widgets.Checkbox] = {}  # by the event's name in rules.toml

    def build(self, dataset: Dataset) -> None:
        """The checkboxes of the dataset's rules, all on; labelled by `show`."""
        rules = dataset.rules
        self.keys = [self._box(key.text) for key in rules.ranking_keys]
        self.events = {
            event.name: self._box(
                word(
                    "why.switch_veto" if event.grade else "why.switch_cap",
                    self.lang,
                    event=event.name,
                    grade=event.grade or event.max_grade,
                )
            )
            for event in rules.events
            if event.grade or event.max_grade
        }
        parts: list[widgets.Widget] = []
        if self.keys:
            parts += [widgets.HTML(f"<b>{html.escape(word('why.switch_keys', self.lang))}</b>"), *self.keys]
        if self.events:
            parts += [
                widgets.HTML(f"<b>{html.escape(word('why.switch_events', self.lang))}</b>"),
                *self.events.values(),
            ]
        self.widget.children = tuple(parts)

    def _box(self, label: str) -> widgets.Checkbox:
        box = widgets.Checkbox(value=True, description=label, indent=False, layout=widgets.Layout(width="auto"))
        box.observe(lambda _: self.changed(), names="value")
        return box

    def show(self, analysis: Analysis) -> None:
        """Each key's checkbox says, in words, what it compares in the analysis' cluster ("votes: số phiếu bầu
        nhiều hơn")."""
        for box, key in zip(self.keys, analysis.rules.ranking_keys):
            box.description = f"{key.text}: {key_words(analysis, key, self.lang)}"

    def reset(self) -> None:
        """Every switch on, as the rules have it (the caller redraws)."""
        for box in [*self.keys, *self.events.values()]:
            box.value = True

    def apply(self, rules: Rules) -> Rules:
        """`rules` with the keys and effects switched off taken out; the same rules when every switch is on."""
        keys = tuple(key for key, box in zip(rules.ranking_keys, self.keys) if box.value)
        if len(keys) < len(rules.ranking_keys):
            rules = rules.replace(tie_breaks=keys)
        off = {name for name, box in self.events.items() if not box.value}
        if off:
            rules = rules.replace(
                events=tuple(
                    dataclasses.replace(event, grade=None, max_grade=None) if event.name in off else event
                    for event in rules.events
                )
            )
        return rules
