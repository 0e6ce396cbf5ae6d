"""A validated dataset: the typed tables, the rules and the warnings, opened from a folder or workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..resources import sample_folder
from .csv_files import ReadAhead
from .dtypes import empty
from .load import read_raw
from .periods import period_sort_key
from .problems import Problem
from .rules import Rules
from .tree import Tree
from .validate import validate

SAMPLE = sample_folder()


@dataclass
class Dataset:
    """A validated dataset: its tables as DataFrames (the names of docs/reference.md, "Tables", plus `row`, the
    row in the user's file), its rules and its warnings. Optional tables absent from the data are empty, with
    their columns. Dtypes are fixed (docs/reference.md, "Frames for notebooks"): `period` is one ordered
    categorical in time order, codes of `results`, `adjustments` and `votes` are categoricals.
    Made by `open_dataset`."""

    clusters: pd.DataFrame
    units: pd.DataFrame
    members: pd.DataFrame
    indicators: pd.DataFrame
    results: pd.DataFrame
    adjustments: pd.DataFrame
    votes: pd.DataFrame
    criteria: pd.DataFrame  # the scoring guide (empty without one): docs/reference.md, "A scoring guide"
    bands: pd.DataFrame
    criterion_scores: pd.DataFrame
    unit_years: pd.DataFrame  # ratings by year, holds (docs/reference.md, "History"; empty without them)
    awards: pd.DataFrame
    predecessors: pd.DataFrame
    # docs/reference.md, "Events" (empty without one)
    events: pd.DataFrame = field(default_factory=lambda: empty("events"))
    rules: Rules = field(default_factory=Rules)
    warnings: list[Problem] = field(default_factory=list)
    source: str = ""
    tree: Tree | None = None  # the guide's tree over every member's (cluster, year), as validation built it

    @property
    def periods(self) -> list[str]:
        """The periods that have results, in time order."""
        return sorted({period for period, _ in self._pairs}, key=period_sort_key)

    @property
    def unit_names(self) -> dict[str, str]:
        """Each unit's name by its code."""
        return dict(zip(self.units["unit_id"].tolist(), self.units["name"].tolist()))

    @property
    def provinces(self) -> pd.Series:
        """The province of each cluster, by code ("" where the data gives none)."""
        table = self.clusters.set_index("cluster_id")
        return table["province"].fillna("") if "province" in table else pd.Series("", index=table.index)

    @property
    def has_guide(self) -> bool:
        """Whether the dataset scores with a guide of its own (a criteria table or any rule other than % KH)."""
        return not self.criteria.empty or bool((self.indicators["scoring"] != "attainment").any())

    def province_clusters(self, period: str, cluster: str) -> list[str]:
        """The clusters with results in a period that are in the same province as `cluster`."""
        province = self.provinces
        return [code for code in self.clusters_in(period) if province[code] == province[cluster]]

    def clusters_in(self, period: str) -> list[str]:
        """Clusters with results in a period, in the order of the clusters table."""
        present = {cluster for with_results, cluster in self._pairs if with_results == period}
        return [code for code in self.clusters["cluster_id"].tolist() if code in present]

    @cached_property
    def _pairs(self) -> set[tuple[str, str]]:
        """The (period, cluster) pairs that have results, counted once for every question above."""
        counts = self.results.groupby(["period", "cluster_id"], observed=True).size()
        return set(counts.index.tolist())


def open_dataset(path: str | Path | None = None, ahead: ReadAhead | None = None) -> Dataset:
    """Read and validate a dataset.

    Parameters
    ----------
    path : str or Path, optional
        A folder of CSV files or an .xlsx workbook, with its rules.toml beside it; the sample when left out.
    ahead : ReadAhead, optional
        The folder's CSV files already being read on a second thread (the command line starts it before it
        imports pandas).

    Returns
    -------
    Dataset

    Raises
    ------
    DataError
        When the data breaks the rules of docs/reference.md; `entries` holds every problem with its place.

    Examples
    --------
    >>> dataset = open_dataset()
    >>> dataset.periods[:3]
    ['2017-H1', '2017', '2018-H1']
    """
    path = Path(path) if path is not None else SAMPLE
    frames, rules, warnings, tree = validate(read_raw(path, ahead))
    return Dataset(**frames, rules=rules, warnings=warnings, source=str(path), tree=tree)
