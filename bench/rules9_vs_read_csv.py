"""Benchmark: `emulation scores` with the rules real guides add (docs/reference.md, "Tie-breaks, events and
points for awards held") on the national dataset, against a bare pandas.read_csv of the same files: 3,300
communes, ~1 million result rows, ties broken by the units' actuals and then votes, grades with `no_zero`,
events for 2 % of the units, points for the flags held the year before.

Fresh processes, best of eleven runs, interleaved (see bench/scores_vs_read_csv.py). The goal is at most 1.5×.
"""

from __future__ import annotations

import compileall
from pathlib import Path

import numpy as np
import pandas as pd
from national import build
from scores_vs_read_csv import HERE, compare

RULES = """
[ranking]
tie_breaks = ["actual:T00+T01", "actual:T20", "votes"]

[[grades]]
name = "Hoàn thành xuất sắc nhiệm vụ"
min_total = 170
no_zero = true
[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
min_total = 150
no_zero = true
[[grades]]
name = "Hoàn thành nhiệm vụ"
min_total = 100
[[grades]]
name = "Không hoàn thành nhiệm vụ"

[[events]]
name = "Để xảy ra tham nhũng"
grade = "Không hoàn thành nhiệm vụ"
no_award = true
[[events]]
name = "Người đứng đầu bị khiển trách"
max_grade = "Hoàn thành tốt nhiệm vụ"
[[events]]
name = "Người đứng đầu bị cảnh cáo"
max_grade = "Hoàn thành nhiệm vụ"

[[award_forms]]
name = "Cờ thi đua của UBND tỉnh"
routes = ["cluster_flag"]
[[award_forms]]
name = "Cờ thi đua của Chính phủ"
routes = ["leaders"]
leaders_share = 0.2

[[award_points]]
award = "Cờ thi đua của UBND tỉnh"
points = 10
[[award_points]]
award = "Cờ thi đua của Chính phủ"
points = 15
"""


def build_rules9(folder: Path, seed: int = 17) -> Path:
    """The national dataset with votes of 2024 for every unit (whole numbers, so that they tie too), events of
    2024 for 2 % of the units, the flags of 2023 (a tenth of the units) and the rules above."""
    base = build(folder.parent / "national")
    if (folder / "events.csv").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("clusters", "units", "members", "indicators", "results"):  # the same files, not copies of 90 MB
        target = folder / f"{name}.csv"
        if not target.is_symlink():
            target.symlink_to((base / f"{name}.csv").resolve())
    rng = np.random.default_rng(seed)
    units = pd.read_csv(base / "units.csv")["unit_id"].to_numpy()
    pd.DataFrame({"period": "2024", "unit_id": units, "votes": rng.integers(10, 21, len(units)), "voters": 20}).to_csv(
        folder / "votes.csv", index=False
    )
    chosen = rng.choice(units, len(units) // 50, replace=False)
    pd.DataFrame(
        {
            "year": 2024,
            "unit_id": chosen,
            "event": rng.choice(
                ["Để xảy ra tham nhũng", "Người đứng đầu bị khiển trách", "Người đứng đầu bị cảnh cáo"], len(chosen)
            ),
            "note": "",
        }
    ).to_csv(folder / "events.csv", index=False)
    flagged = rng.choice(units, len(units) // 10, replace=False)
    pd.DataFrame(
        {
            "unit_id": flagged,
            "award": np.where(
                np.arange(len(flagged)) % 10 == 0, "Cờ thi đua của Chính phủ", "Cờ thi đua của UBND tỉnh"
            ),
            "year": 2023,
            "decision": [f"{number}/QĐ-UBND" for number in range(len(flagged))],
        }
    ).to_csv(folder / "awards.csv", index=False)
    (folder / "rules.toml").write_text(RULES, encoding="utf-8")
    return folder


def main() -> None:
    compileall.compile_dir(HERE.parent / "emulation", quiet=1)
    compare(build_rules9(HERE / "out" / "national-rules9"))


if __name__ == "__main__":
    main()
