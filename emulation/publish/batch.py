"""The report batch: one executed notebook and one offline HTML page per cluster.

Papermill's parameterisation with an engine of our own: the report notebook runs on a few warm kernels
(`kernels`). A failing report never stops the others; SIGINT and SIGTERM stop the whole batch. Every file
appears atomically; every run has an execution timeout.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..data.problems import Interrupted
from ..files import write_text
from ..resources import shipped_notebook
from ..views.words import period_name, word
from .kernels import WarmKernel
from .naming import report_paths
from .pages import notebook_page, warm_up

REPORT_NOTEBOOK = shipped_notebook("templates", "cluster_report.ipynb")


@dataclass
class Outcome:
    period: str
    cluster: str
    error: str | None = None  # None when both files were written

    @property
    def ok(self) -> bool:
        return self.error is None


def run_reports(
    data: str | None,
    jobs: list[tuple[str, str]],
    out: Path,
    workers: int,
    lang: str = "vi",
    progress: bool = True,
    published: str | None = None,
) -> list[Outcome]:
    """Runs the (period, cluster) jobs on `workers` warm kernels; returns one outcome per job, in order.

    A relative `data` path is made absolute: the notebooks must not depend on the kernels' working folder.

    The event loop runs in a thread of its own, so that nbclient leaves signals alone (its handlers would
    shut a kernel down and let the batch go on); here SIGINT and SIGTERM cancel the whole batch instead:
    kernels are stopped, half-written files removed, and Interrupted is raised.
    """
    data = str(Path(data).resolve()) if data else None
    loop = asyncio.new_event_loop()
    published = str(Path(published).resolve()) if published else ""  # with it, each report's corrections section
    task = loop.create_task(
        _run_reports(data, jobs, Path(out), max(1, min(workers, len(jobs))), lang, progress, published)
    )
    result: dict = {}

    def drive() -> None:
        try:
            result["outcomes"] = loop.run_until_complete(task)
        except BaseException as error:  # noqa: BLE001 - handed to the calling thread
            result["error"] = error
        finally:
            loop.close()

    stopped: list[int] = []

    def stop(signum, _frame) -> None:
        stopped.append(signum)
        loop.call_soon_threadsafe(task.cancel)

    runner = threading.Thread(target=drive, name="report-batch")
    in_main = threading.current_thread() is threading.main_thread()
    previous = {signum: signal.signal(signum, stop) for signum in (signal.SIGINT, signal.SIGTERM)} if in_main else {}
    try:
        runner.start()
        while runner.is_alive():
            runner.join(0.2)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if stopped:
        raise Interrupted(stopped[0])
    if "error" in result:
        raise result["error"]
    return result["outcomes"]


async def _run_reports(data, jobs, out, workers, lang, progress, published="") -> list[Outcome]:
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook
    from tqdm import tqdm

    report = json.dumps(load_notebook_node(str(REPORT_NOTEBOOK)))  # each job parses its own copy: cheaper than deepcopy

    # nbconvert's templates compile while the kernels start and import pandas and plotly
    kernels, _ = await asyncio.gather(
        asyncio.gather(*(WarmKernel().start() for _ in range(workers))), asyncio.to_thread(warm_up)
    )
    runs = _contiguous_runs(list(enumerate(jobs)), len(kernels))
    outcomes: list[Outcome | None] = [None] * len(jobs)
    bar = tqdm(
        total=len(jobs),
        file=sys.stderr,
        disable=not progress,
        desc=word("report.progress", lang),
        unit=word("report.progress_unit", lang),
    )

    async def work(kernel: WarmKernel, own: list) -> None:
        while own or any(runs):
            # a kernel's own run first, in order: the periods it analysed for one report serve the next;
            # then, from the end of the longest run left, the reports another kernel has not reached
            index, (period, cluster) = own.pop(0) if own else max(runs, key=len).pop()
            notebook = parameterize_notebook(
                nbformat.from_dict(json.loads(report)),
                {"data": data or "", "period": period, "cluster": cluster, "lang": lang, "published": published},
            )
            for cell in notebook.cells:  # papermill gives its cell a random id; the same batch must give the same file
                if "injected-parameters" in cell.metadata.get("tags", []):
                    cell.id = "injected-parameters"
            outcomes[index] = await _one(kernel, notebook, out, period, cluster, lang)
            bar.update(1)

    try:
        await asyncio.gather(*(work(kernel, own) for kernel, own in zip(kernels, runs)))
    finally:
        bar.close()
        await asyncio.gather(*(kernel.stop() for kernel in kernels), return_exceptions=True)
    return [outcome for outcome in outcomes if outcome is not None]  # every report has its outcome by now


def _contiguous_runs(jobs: list, count: int) -> list[list]:
    """The jobs cut into `count` runs of consecutive jobs, as even as can be."""
    size, extra = divmod(len(jobs), count)
    bounds = [index * size + min(index, extra) for index in range(count + 1)]
    return [jobs[start:end] for start, end in zip(bounds, bounds[1:])]


async def _one(
    kernel: WarmKernel, notebook: nbformat.NotebookNode, out: Path, period: str, cluster: str, lang: str = "vi"
) -> Outcome:
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    notebook_path, page_path = report_paths(out, period, cluster)
    try:
        await kernel.run(notebook, notebook_path.parent)
    except CellExecutionError as error:
        return Outcome(period, cluster, f"{error.ename}: {error.evalue}")
    except (CellTimeoutError, DeadKernelError, TimeoutError) as error:
        await kernel.restart()
        return Outcome(period, cluster, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
    # in a thread: the other kernels' messages keep flowing while this page renders
    title = f"{cluster} · {period_name(period, lang).capitalize()}"  # nbconvert escapes the title
    page = await asyncio.to_thread(notebook_page, notebook, title, lang)
    write_text(notebook_path, nbformat.v4.writes(notebook) + "\n")  # as nbformat.write, without validating it again
    write_text(page_path, page)
    return Outcome(period, cluster)
