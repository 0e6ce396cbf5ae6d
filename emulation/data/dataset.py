"""A validated dataset: the typed tables, the rules and the warnings, opened from a folder or workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from ..resources import sample_folder
from .cells import codes_of
from .csv_files import ReadAhead
from .load import read_raw
from .periods import period_sort_key
from .problems import Problem
from .rules import Rules
from .tree import Tree
from .validate import validate

SAMPLE = sample_folder()


@dataclass
class Dataset:
    clusters: pd.DataFrame
    units: pd.DataFrame
    members: pd.DataFrame
    indicators: pd.DataFrame
    results: pd.DataFrame
    adjustments: pd.DataFrame
    votes: pd.DataFrame
    criteria: pd.DataFrame  # section 7: the scoring guide (empty without one)
    bands: pd.DataFrame
    criterion_scores: pd.DataFrame
    rules: Rules = field(default_factory=Rules)
    warnings: list[Problem] = field(default_factory=list)
    source: str = ""
    tree: Tree | None = None  # the guide's tree over every member's (cluster, year), as validation built it

    @property
    def periods(self) -> list[str]:
        periods, _, present = self._presence
        return sorted(periods[present.any(axis=1)], key=period_sort_key)

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
        periods, clusters, present = self._presence
        at = periods.get_indexer([period])[0]
        found = set(clusters[present[at, :-1]]) if at >= 0 else set()
        return [code for code in self.clusters["cluster_id"].tolist() if code in found]

    @cached_property
    def _presence(self) -> tuple[pd.Index, pd.Index, np.ndarray]:
        """The results' periods and clusters, and which (period, cluster) pairs have rows (a last column for
        rows without a cluster): one count over a million rows' codes, shared by every question above, instead
        of a filter and a hash of their text per question."""
        period_codes, periods = codes_of(self.results["period"])
        cluster_codes, clusters = codes_of(self.results["cluster_id"])
        width = len(clusters) + 1
        pair = period_codes.astype(np.int32)  # in place from here: a million rows' temporaries cost more than the count
        pair[pair < 0] = len(periods)  # a blank period: a row of its own, left out below
        pair *= width
        cluster = cluster_codes.astype(np.int32)
        cluster[cluster < 0] = width - 1
        pair += cluster
        counts = np.bincount(pair, minlength=(len(periods) + 1) * width)[:len(periods) * width]
        return periods, clusters, counts.reshape(len(periods), width) > 0


def open_dataset(path: str | Path | None = None, ahead: ReadAhead | None = None) -> Dataset:
    """Read and validate a dataset (the sample when no path is given); raises DataError when refused.

    `ahead`: the folder's CSV files already being read on a second thread (the command line starts it
    before it imports pandas)."""
    path = Path(path) if path is not None else SAMPLE
    frames, rules, warnings, tree = validate(read_raw(path, ahead))
    return Dataset(**frames, rules=rules, warnings=warnings, source=str(path), tree=tree)
