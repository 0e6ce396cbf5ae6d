"""Problems found in a dataset: where they are and what is wrong, as codes (`views.words` puts them in words)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from ..errors import EmulationError

SortKey = tuple[str, str, int, str, str]  # file, sheet, row, column, code: the order problems are listed in


@dataclass
class Problem:
    """One problem of the data (an error, or a warning with `warning=True`), with its place: the file, the sheet,
    the row as Excel numbers it and the column. `code` names the message in `views.catalogue`, `params` fill it."""

    code: str
    source: str = ""
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False

    def sort_key(self) -> SortKey:
        return (self.source, self.sheet or "", self.row or 0, self.column or "", self.code)


@dataclass
class ProblemRun:
    """Many problems of one kind in one column of one table, kept as arrays: a million bad cells cost two arrays,
    not a million objects, and become Problems only when somebody asks for them all."""

    code: str
    source: str
    sheet: str | None
    column: str | None
    rows: np.ndarray
    values: np.ndarray  # object: the cell as text, None where blank
    params: dict[str, Any] = field(default_factory=dict)  # a value for all rows, or an array with one entry per row
    warning: bool = False

    def __len__(self) -> int:
        return len(self.rows)

    def problem(self, index: int) -> Problem:
        params = {key: (value[index] if isinstance(value, np.ndarray) else value) for key, value in self.params.items()}
        return Problem(
            self.code,
            self.source,
            self.sheet,
            int(self.rows[index]),
            self.column,
            self.values[index],
            params,
            self.warning,
        )

    def __iter__(self) -> Iterator[Problem]:
        return (self.problem(index) for index in range(len(self)))

    def sort_key(self) -> SortKey:
        return (self.source, self.sheet or "", int(self.rows[0]), self.column or "", self.code)


Entry = Problem | ProblemRun


def expanded(entries: Sequence[Entry]) -> list[Problem]:
    """Every problem one by one, runs opened up."""
    return [problem for entry in entries for problem in (entry if isinstance(entry, ProblemRun) else (entry,))]


class DataError(EmulationError):
    """The dataset was refused; carries every problem found (`entries`: problems and runs of problems, in the
    order of the data; `problems`: every one of them, opened up when first asked for)."""

    def __init__(self, problems: Sequence[Entry]):
        self.entries = sorted(problems, key=lambda entry: entry.sort_key())
        self.count = sum(len(entry) if isinstance(entry, ProblemRun) else 1 for entry in self.entries)
        super().__init__(f"{self.count} problem(s)")

    @cached_property
    def problems(self) -> list[Problem]:
        return sorted(expanded(self.entries), key=Problem.sort_key)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM stopped the work; `status` is the conventional exit status (128 + signal)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.status = 128 + signum
