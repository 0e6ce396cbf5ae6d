"""Benchmark: 12 cluster reports with 2 workers against 12 papermill runs of a notebook that only takes its
parameters, 2 at a time, in the same process and environment. Prints the ratio: at most 2.5x, aiming to beat
papermill's own floor (≤ 1x): papermill pays a kernel start per run, the batch reuses warm kernels.
"""

from __future__ import annotations

import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

from emulation.data.dataset import open_dataset
from emulation.publish.batch import run_reports

WORKERS = 2


def parameters_only(folder: Path) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = nbformat.v4.new_code_cell('period = "2019"\ncluster = "HG-DL"')
    cell.metadata["tags"] = ["parameters"]
    notebook.cells = [cell]
    path = folder / "parameters_only.ipynb"
    nbformat.write(notebook, path)
    return path


def main() -> None:
    import papermill

    dataset = open_dataset()
    jobs = [(period, cluster) for period in ("2017", "2018", "2019", "2020") for cluster in dataset.clusters_in(period)]
    assert len(jobs) == 12, jobs
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        notebook = parameters_only(folder)
        started = time.perf_counter()
        with ThreadPoolExecutor(WORKERS) as pool:
            list(pool.map(lambda job: papermill.execute_notebook(
                str(notebook), str(folder / f"{job[0]}-{job[1]}.ipynb"), parameters={"period": job[0], "cluster": job[1]},
                kernel_name="python3", progress_bar=False, execution_timeout=120), jobs))
        floor = time.perf_counter() - started
        started = time.perf_counter()
        outcomes = run_reports(None, jobs, folder / "reports", WORKERS, progress=False)
        batch = time.perf_counter() - started
    assert all(outcome.ok for outcome in outcomes)
    print(f"12 papermill runs of a parameters-only notebook, {WORKERS} at a time: {floor:6.2f} s")
    print(f"12 cluster reports (notebook + offline HTML), {WORKERS} workers:      {batch:6.2f} s")
    print(f"ratio: {batch / floor:.2f}x (goal ≤ 2.5x, aim ≤ 1x)")


if __name__ == "__main__":
    main()
