"""Problems found in a dataset: where they are and what is wrong, as codes (`views.words` puts them in words)."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def sort_key(self) -> tuple:
        return (self.source, self.sheet or "", self.row or 0, self.column or "", self.code)


class DataError(Exception):
    """The dataset was refused; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems, key=Problem.sort_key)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM stopped the work; `status` is the conventional exit status (128 + signal)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.status = 128 + signum
