"""Benchmark: `emulation scores` on the national dataset against a bare pandas.read_csv of the same files,
without a guide and with a 60-criterion guide (contract section 7).

Both run as fresh processes in the same environment (interpreter start and imports included), best of
eleven runs, interleaved. The goal is a ratio of at most 1.5×, aiming for 1.2×.
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import time
from pathlib import Path

from national import build, build_guided

HERE = Path(__file__).resolve().parent
RUNS = 11  # this machine's speed swings by up to 2× within minutes: seven runs often missed a side's quiet moment


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def compare(data: Path) -> None:
    rows = sum(1 for _ in open(data / "results.csv", encoding="utf-8")) - 1
    files = sorted(str(path) for path in data.glob("*.csv"))
    commands = {
        "read_csv": [sys.executable, "-c", f"import pandas as pd\nfor f in {files!r}: pd.read_csv(f)"],
        "scores": [sys.executable, "-m", "emulation", "scores", str(data), "--period", "2024", "--format", "csv"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):  # interleaved, so that a busy moment of the machine weighs on both sides alike
        for name, command in commands.items():
            times[name].append(timed(command))
    read_csv, scores = min(times["read_csv"]), min(times["scores"])
    print(f"dataset: {rows:,} result rows in {data}")
    print(f"pandas.read_csv of the files : {read_csv:6.2f} s")
    print(f"emulation scores --format csv: {scores:6.2f} s")
    print(f"ratio: {scores / read_csv:.2f}x (goal ≤ 1.5x, aim 1.2x)")


def main() -> None:
    # as installed from a wheel, where pip compiles every module: an editable checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile the package on every run, while pandas' is compiled
    compileall.compile_dir(HERE.parent / "emulation", quiet=1)
    compare(build(HERE / "out" / "national"))
    compare(build_guided(HERE / "out" / "national-guided"))


if __name__ == "__main__":
    main()
