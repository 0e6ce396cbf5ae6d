"""Benchmark: `emulation proposals --year 2024` on a national dataset (3,300 communes in 34 provinces, seven
years of ratings and awards, a hundred communes formed in 2024) against a bare pandas.read_csv of the same
files. Fresh processes, best of seven runs, interleaved. The goal is a ratio of at most 1.5×."""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

from national import build_history
from scores_vs_read_csv import timed

HERE = Path(__file__).resolve().parent
RUNS = 7


def main() -> None:
    compileall.compile_dir(HERE.parent / "emulation", quiet=1)
    data = build_history(HERE / "out" / "national-history")
    files = sorted(str(path) for path in data.glob("*.csv"))
    commands = {"read_csv": [sys.executable, "-c", f"import pandas as pd\nfor f in {files!r}: pd.read_csv(f)"],
                "proposals": [sys.executable, "-m", "emulation", "proposals", str(data), "--year", "2024", "--format", "csv"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            times[name].append(timed(command))
    read_csv, proposals = min(times["read_csv"]), min(times["proposals"])
    print(f"pandas.read_csv of the files      : {read_csv:6.2f} s")
    print(f"emulation proposals --year 2024   : {proposals:6.2f} s")
    print(f"ratio: {proposals / read_csv:.2f}x (goal ≤ 1.5x)")


if __name__ == "__main__":
    main()
