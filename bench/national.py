"""A national-scale dataset for the benchmarks: ~3,300 communes in clusters of six, 30 indicators,
five years with mid-year and year-end periods: about one million result rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

UNITS, CLUSTER_SIZE, INDICATORS = 3300, 6, 30
YEARS = range(2020, 2025)


def build(folder: Path, seed: int = 7, units: int = UNITS, years: range = YEARS) -> Path:
    """Writes the dataset once (later calls reuse it); smaller sizes serve the tests."""
    UNITS, YEARS = units, years  # noqa: N806 - the module's sizes, overridden for this build
    if (folder / "results.csv").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    units = [f"X{index:04d}" for index in range(UNITS)]
    clusters = [f"K{index // CLUSTER_SIZE:03d}" for index in range(UNITS)]
    pd.DataFrame({"cluster_id": sorted(set(clusters)), "name": [f"Cụm xã số {code[1:]}" for code in sorted(set(clusters))],
                  "province": "Toàn quốc"}).to_csv(folder / "clusters.csv", index=False)
    pd.DataFrame({"unit_id": units, "name": [f"Xã {code[1:]}" for code in units], "kind": "xã"}).to_csv(
        folder / "units.csv", index=False)
    members = pd.DataFrame({"year": np.repeat(list(YEARS), UNITS), "cluster_id": clusters * len(YEARS),
                            "unit_id": units * len(YEARS)})
    members["role"] = np.where(np.arange(len(members)) % CLUSTER_SIZE == 0, "head",
                               np.where(np.arange(len(members)) % CLUSTER_SIZE == 1, "deputy", "member"))
    members.to_csv(folder / "members.csv", index=False)
    directions = np.array(["higher"] * 20 + ["lower"] * 6 + ["binary"] * 4)
    flows = np.array(["yes"] * 12 + ["no"] * 8 + ["yes"] * 3 + ["no"] * 3 + ["no"] * 4)
    pd.DataFrame({"indicator_id": [f"T{index:02d}" for index in range(INDICATORS)],
                  "name": [f"Chỉ tiêu {index + 1}" for index in range(INDICATORS)], "direction": directions,
                  "flow": flows, "max_points": rng.integers(2, 11, INDICATORS)}).to_csv(folder / "indicators.csv", index=False)
    periods = [period for year in YEARS for period in (f"{year}-H1", f"{year}")]
    size = len(periods) * UNITS * INDICATORS
    indicator_index = np.tile(np.arange(INDICATORS), len(periods) * UNITS)
    plan = np.round(rng.uniform(10, 1000, size), 2)
    ratio = np.where(np.repeat(np.array([period.endswith("H1") for period in periods]), UNITS * INDICATORS), 0.5, 1.0)
    actual = np.round(plan * ratio * rng.normal(1.02, 0.1, size), 2)
    binary = directions[indicator_index] == "binary"
    plan[binary] = 1
    actual[binary] = (rng.random(binary.sum()) < 0.9).astype(float)
    results = pd.DataFrame({"period": np.repeat(periods, UNITS * INDICATORS),
                            "unit_id": np.tile(np.repeat(units, INDICATORS), len(periods)),
                            "indicator_id": np.array([f"T{index:02d}" for index in range(INDICATORS)])[indicator_index],
                            "plan": plan, "actual": actual})
    results.loc[rng.random(size) < 0.001, "actual"] = np.nan
    results.to_csv(folder / "results.csv", index=False)
    return folder
