"""Benchmark: the report batch against papermill's own floor, 2 workers on this machine.

- 12 cluster reports (the sample's four years of three clusters);
- 60 cluster reports of one province at one year-end (60 clusters of six communes with ten periods each, so
  that every report's trend section reaches back over nine earlier periods);

each against 12 papermill runs of a notebook that only takes its parameters, 2 at a time, in the same
process and environment. Runs are interleaved (floor, 12, 60) and the best of each is kept, so that a busy
moment of the machine weighs on every side alike. Goals: ≤ 1.5× for 12 reports (aim ≤ 1×), ≤ 5× for 60
(aim ≤ 2.5×).
"""

from __future__ import annotations

import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from national import build

from emulation.data.dataset import open_dataset
from emulation.publish.batch import run_reports

HERE = Path(__file__).resolve().parent
WORKERS, RUNS = 2, 3


def parameters_only(folder: Path) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = nbformat.v4.new_code_cell('period = "2019"\ncluster = "HG-DL"')
    cell.metadata["tags"] = ["parameters"]
    notebook.cells = [cell]
    path = folder / "parameters_only.ipynb"
    nbformat.write(notebook, path)
    return path


def floor(notebook: Path, jobs: list[tuple[str, str]], folder: Path) -> float:
    import papermill

    started = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        list(
            pool.map(
                lambda job: papermill.execute_notebook(
                    str(notebook),
                    str(folder / f"{job[0]}-{job[1]}.ipynb"),
                    parameters={"period": job[0], "cluster": job[1]},
                    kernel_name="python3",
                    progress_bar=False,
                    execution_timeout=120,
                ),
                jobs,
            )
        )
    return time.perf_counter() - started


def batch(data: str | None, jobs: list[tuple[str, str]], folder: Path) -> float:
    started = time.perf_counter()
    outcomes = run_reports(data, jobs, folder, WORKERS, progress=False)
    elapsed = time.perf_counter() - started
    assert all(outcome.ok for outcome in outcomes), [outcome.error for outcome in outcomes if not outcome.ok]
    return elapsed


def main() -> None:
    sample = open_dataset()
    twelve = [
        (period, cluster) for period in ("2017", "2018", "2019", "2020") for cluster in sample.clusters_in(period)
    ]
    province = build(HERE / "out" / "province", units=360)  # 60 clusters of six, 2020-H1 … 2024
    sixty = [("2024", cluster) for cluster in open_dataset(province).clusters_in("2024")]
    assert len(twelve) == 12 and len(sixty) == 60, (len(twelve), len(sixty))
    times: dict[str, list[float]] = {"floor": [], "12": [], "60": []}
    for run in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            times["floor"].append(floor(parameters_only(folder), twelve, folder))
            times["12"].append(batch(None, twelve, folder / f"twelve-{run}"))
            times["60"].append(batch(str(province), sixty, folder / f"sixty-{run}"))
    best = {name: min(values) for name, values in times.items()}
    print(f"12 papermill runs of a parameters-only notebook, {WORKERS} at a time: {best['floor']:6.2f} s")
    print(f"12 cluster reports (notebook + offline HTML), {WORKERS} workers:      {best['12']:6.2f} s")
    print(f"60 cluster reports of a province, {WORKERS} workers:                  {best['60']:6.2f} s")
    print(f"ratio 12: {best['12'] / best['floor']:.2f}x (goal ≤ 1.5x, aim ≤ 1x)")
    print(f"ratio 60: {best['60'] / best['floor']:.2f}x (goal ≤ 5x, aim ≤ 2.5x)")


if __name__ == "__main__":
    main()
