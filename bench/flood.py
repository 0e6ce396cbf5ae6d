"""Benchmark: a national results file whose plan column is text everywhere (990,000 bad cells), refused by
`emulation validate`, against a bare pandas.read_csv of the same files: time, peak memory (the child's own
maximum resident size) and the lines printed. Goals: ≤ 3× the time, ≤ 2× the memory, ≤ 100 lines.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from national import build

HERE = Path(__file__).resolve().parent


def flooded(folder: Path) -> Path:
    """The national dataset with every plan written as text ("k695.11")."""
    if (folder / "results.csv").exists():
        return folder
    source = build(HERE / "out" / "national")
    folder.mkdir(parents=True, exist_ok=True)
    for file in source.glob("*.csv"):
        shutil.copy(file, folder / file.name)
    results = pd.read_csv(folder / "results.csv", dtype=str)
    results["plan"] = "k" + results["plan"].fillna("")
    results.to_csv(folder / "results.csv", index=False)
    return folder


def measured(command: list[str]) -> tuple[float, float, int, int]:
    """Seconds, peak MB, exit status and printed lines of one run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far, in KB
    lines = len((done.stdout + done.stderr).splitlines())
    return seconds, max(peak, before) / 1024, done.returncode, lines


def main() -> None:
    data = flooded(HERE / "out" / "national-flood")
    files = sorted(str(path) for path in data.glob("*.csv"))
    # the bare read first, so that the peak of the children so far is its own
    read_seconds, read_peak, _, _ = min(
        measured([sys.executable, "-c", f"import pandas as pd\nfor f in {files!r}: pd.read_csv(f)"]) for _ in range(3)
    )
    runs = [measured([sys.executable, "-m", "emulation", "validate", str(data)]) for _ in range(3)]
    seconds = min(run[0] for run in runs)
    peak, status, lines = runs[-1][1], runs[-1][2], runs[-1][3]
    print(f"dataset: 990,000 text plans in {data}")
    print(f"pandas.read_csv of the files: {read_seconds:6.2f} s, {read_peak:6.0f} MB")
    print(f"emulation validate          : {seconds:6.2f} s, {peak:6.0f} MB, exit {status}, {lines} lines printed")
    print(
        f"ratios: time {seconds / read_seconds:.2f}x (goal ≤ 3x), memory {peak / read_peak:.2f}x (goal ≤ 2x), "
        f"{lines} lines (goal ≤ 100)"
    )


if __name__ == "__main__":
    main()
