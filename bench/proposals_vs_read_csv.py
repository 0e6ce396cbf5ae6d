"""Benchmark: `emulation proposals --year 2025` on the bar's workload (`national.build_history`: 3,300 communes
in 550 clusters and 34 provinces, 30 indicators, ten periods 2021-H1 … 2025 with 990,000 result rows, a rating
for every unit and year 2019-2025, ~7,700 awards, 1,056 communes formed in 2025 from three old ones each, the
lineage's history counted) against a bare pandas.read_csv of the same files. Fresh processes, eleven runs,
interleaved; the best and the median of each side. The goal is a ratio of at most 1.5×."""

from __future__ import annotations

import compileall
import statistics
import sys
from pathlib import Path

from national import build_history
from scores_vs_read_csv import timed

HERE = Path(__file__).resolve().parent
YEAR = "2025"
RUNS = 11  # as bench/scores_vs_read_csv.py: seven runs often missed a side's quiet moment


def main() -> None:
    compileall.compile_dir(HERE.parent / "emulation", quiet=1)
    data = build_history(HERE / "out" / "national-proposals")
    files = sorted(str(path) for path in data.glob("*.csv"))
    commands = {
        "read_csv": [sys.executable, "-c", f"import pandas as pd\nfor f in {files!r}: pd.read_csv(f)"],
        "proposals": [sys.executable, "-m", "emulation", "proposals", str(data), "--year", YEAR, "--format", "csv"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            times[name].append(timed(command))
    best = {name: min(values) for name, values in times.items()}
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"pandas.read_csv of the files      : {best['read_csv']:6.2f} s (median {median['read_csv']:.2f} s)")
    print(f"emulation proposals --year {YEAR}   : {best['proposals']:6.2f} s (median {median['proposals']:.2f} s)")
    print(
        f"ratio: {best['proposals'] / best['read_csv']:.2f}x best, "
        f"{median['proposals'] / median['read_csv']:.2f}x median (goal ≤ 1.5x)"
    )


if __name__ == "__main__":
    main()
