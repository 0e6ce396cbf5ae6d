"""Problems found in a dataset: where they are, what is wrong, and how they read in each language."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..views.words import LOCATION, message


@dataclass
class Problem:
    code: str
    source: str = ""
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict = field(default_factory=dict)
    warning: bool = False

    def render(self, lang: str = "vi") -> str:
        words = LOCATION["en" if lang == "en" else "vi"]
        place = [self.source] if self.source else []
        for key in ("sheet", "row", "column"):
            if getattr(self, key) is not None:
                place.append(words[key].format(getattr(self, key)))
        if self.value is not None:
            place.append(words["value"].format(_shorten(self.value)))
        text = message(self.code, lang, **self.params)
        return f"{', '.join(place)}: {text}" if place else text

    def sort_key(self) -> tuple:
        return (self.source, self.sheet or "", self.row or 0, self.column or "", self.code)


class DataError(Exception):
    """The dataset was refused; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems, key=Problem.sort_key)


def _shorten(value: str, limit: int = 60) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM stopped the work; `status` is the conventional exit status (128 + signal)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.status = 128 + signum
