"""Benchmark: `emulation publish` of a national period, against a bare pandas.read_csv of the dataset's files;
and `emulation diff` of that archive against a copy with a hundred corrected actuals, against a bare
pandas.read_csv of both sides' files (contract section 11).

Both run as fresh processes in the same environment (interpreter start and imports included), best of
seven runs, interleaved. The goals are ratios of at most 2×.
"""

from __future__ import annotations

import compileall
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from national import build

HERE = Path(__file__).resolve().parent
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7  # fewer for a quick look
PERIOD = "2024"
CORRECTIONS = 100


def timed(command: list[str], before=None) -> float:
    if before is not None:
        before()
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def corrected(data: Path, folder: Path, seed: int = 3) -> Path:
    """A copy of the dataset with a hundred actuals of the period changed (made once)."""
    if (folder / "results.csv").exists():
        return folder
    shutil.copytree(data, folder)
    results = pd.read_csv(folder / "results.csv", dtype=str, keep_default_na=False)
    rng = np.random.default_rng(seed)
    rows = rng.choice(
        np.flatnonzero((results["period"] == PERIOD).to_numpy() & (results["actual"] != "").to_numpy()),
        CORRECTIONS,
        replace=False,
    )
    results.loc[rows, "actual"] = [f"{float(value) * 1.1:.2f}" for value in results.loc[rows, "actual"]]
    results.to_csv(folder / "results.csv", index=False)
    return folder


def read_all(*folders: Path) -> list[str]:
    files = sorted(str(path) for folder in folders for path in folder.glob("*.csv"))
    return [sys.executable, "-c", f"import pandas as pd\nfor f in {files!r}: pd.read_csv(f, low_memory=False)"]


def compare(name: str, commands: dict[str, list[str]], before: dict | None = None) -> float:
    times: dict[str, list[float]] = {side: [] for side in commands}
    for _ in range(RUNS):  # interleaved, so that a busy moment of the machine weighs on both sides alike
        for side, command in commands.items():
            times[side].append(timed(command, (before or {}).get(side)))
    bare, ours = (min(times[side]) for side in commands)
    print(f"{name}: read_csv {bare:5.2f} s, emulation {ours:5.2f} s, ratio {ours / bare:.2f}x (goal ≤ 2x)")
    return ours / bare


def main() -> None:
    compileall.compile_dir(HERE.parent / "emulation", quiet=1)  # as installed from a wheel (see scores_vs_read_csv)
    data = build(HERE / "out" / "national")
    archive = HERE / "out" / "national-published"
    scratch = HERE / "out" / "national-publishing"
    shutil.rmtree(archive, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "emulation", "publish", str(data), "--period", PERIOD, "--out", str(archive)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rows = sum(1 for _ in open(data / "results.csv", encoding="utf-8")) - 1
    print(f"dataset: {rows:,} result rows in {data}; period {PERIOD}")
    compare(
        "publish",
        {
            "read_csv": read_all(data),
            "publish": [
                sys.executable,
                "-m",
                "emulation",
                "publish",
                str(data),
                "--period",
                PERIOD,
                "--out",
                str(scratch),
            ],
        },
        before={"publish": lambda: shutil.rmtree(scratch, ignore_errors=True)},
    )
    shutil.rmtree(scratch, ignore_errors=True)
    copy = corrected(data, HERE / "out" / "national-corrected")
    compare(
        f"diff ({CORRECTIONS} corrected actuals)",
        {
            "read_csv": read_all(archive, copy),
            "diff": [sys.executable, "-m", "emulation", "diff", str(archive), str(copy), "--format", "csv"],
        },
    )


if __name__ == "__main__":
    main()
