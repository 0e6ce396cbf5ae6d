"""The report batch: one executed notebook and one offline HTML page per cluster, then the index.

Papermill's parameterisation with an engine of our own: a few kernels are started and warmed once (the
imports of pandas and plotly cost seconds), then each report runs in one of them after a reset of its
namespace, so that reports stay isolated without paying a kernel start each. A failing report never stops
the others. Every file appears atomically; every run has an execution timeout.
"""

from __future__ import annotations

import asyncio
import copy
import re
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..files import atomic_path, write_text
from ..data.problems import Interrupted

TEMPLATE = Path(__file__).resolve().parents[2] / "notebooks" / "templates" / "cluster_report.ipynb"
WARM_UP = "import emulation.publish.sections, emulation.views.figures, pandas, plotly"
RESET = "get_ipython().run_line_magic('reset', '-f')"
CELL_TIMEOUT = 300  # seconds for one cell of one report
START_TIMEOUT = 120


@dataclass
class Outcome:
    period: str
    cluster: str
    error: str | None = None  # None when both files were written

    @property
    def ok(self) -> bool:
        return self.error is None


def safe_name(code: str) -> str:
    """A file name from a code that cannot leave its folder: only letters, digits, '.', '_' and '-'."""
    name = re.sub(r"[^0-9A-Za-z._-]", "_", code).lstrip(".")
    return name or "_"


def report_paths(out: Path, period: str, cluster: str) -> tuple[Path, Path]:
    folder = out / safe_name(period)
    return folder / f"{safe_name(cluster)}.ipynb", folder / f"{safe_name(cluster)}.html"


class _Kernel:
    """A kernel kept warm for many reports."""

    def __init__(self):
        from jupyter_client.manager import AsyncKernelManager

        self.manager = AsyncKernelManager(kernel_name="python3")
        self.client = None

    async def start(self) -> "_Kernel":
        await self.manager.start_kernel(stderr=subprocess.DEVNULL)  # its transport warnings are no user's business
        await self._connect()
        return self

    async def _connect(self) -> None:
        self.client = self.manager.client()
        self.client.start_channels()
        await self.client.wait_for_ready(timeout=START_TIMEOUT)
        await self.client.execute_interactive(WARM_UP, timeout=START_TIMEOUT, store_history=False)

    async def restart(self) -> None:
        self.client.stop_channels()
        await self.manager.restart_kernel(now=True)
        await self._connect()

    async def run(self, notebook: nbformat.NotebookNode, folder: Path) -> None:
        from nbclient import NotebookClient

        await self.client.execute_interactive(RESET, timeout=CELL_TIMEOUT, store_history=False)
        runner = NotebookClient(notebook, km=self.manager, kernel_name="python3", timeout=CELL_TIMEOUT,
                                record_timing=False, allow_errors=False, resources={"metadata": {"path": str(folder)}})
        runner.kc = self.client
        await runner.async_execute(cleanup_kc=False)

    async def stop(self) -> None:
        if self.client is not None:
            self.client.stop_channels()
        await self.manager.shutdown_kernel(now=True)


def run_reports(data: str | None, jobs: list[tuple[str, str]], out: Path, workers: int, lang: str = "vi",
                progress: bool = True) -> list[Outcome]:
    """Runs the (period, cluster) jobs on `workers` warm kernels; returns one outcome per job, in order.

    A relative `data` path is made absolute: the notebooks must not depend on the kernels' working folder.

    The event loop runs in a thread of its own, so that nbclient leaves signals alone (its handlers would
    shut a kernel down and let the batch go on); here SIGINT and SIGTERM cancel the whole batch instead:
    kernels are stopped, half-written files removed, and Interrupted is raised.
    """
    data = str(Path(data).resolve()) if data else None
    loop = asyncio.new_event_loop()
    task = loop.create_task(_run_reports(data, jobs, Path(out), max(1, min(workers, len(jobs))), lang, progress))
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


def write_index(dataset, period: str, outcomes: list[Outcome], out: Path, lang: str = "vi") -> Path:
    """`<period>/index.html`: the links and the province roll-up."""
    from ..views.words import period_name, say
    from .pages import standalone_page
    from .sections import index_body

    target = Path(out) / safe_name(period) / "index.html"
    title = f"{say('index', lang)} · {period_name(period, lang)}"
    write_text(target, standalone_page(title, index_body(dataset, period, outcomes, lang), lang))
    return target


async def _run_reports(data, jobs, out, workers, lang, progress) -> list[Outcome]:
    from papermill.parameterize import parameterize_notebook
    from tqdm import tqdm

    from papermill.iorw import load_notebook_node

    template = load_notebook_node(str(TEMPLATE))
    from .pages import warm_up

    # nbconvert's templates compile while the kernels start and import pandas and plotly
    kernels, _ = await asyncio.gather(asyncio.gather(*(_Kernel().start() for _ in range(workers))),
                                      asyncio.to_thread(warm_up))
    pending = list(enumerate(jobs))
    outcomes: list[Outcome | None] = [None] * len(jobs)
    bar = tqdm(total=len(jobs), file=sys.stderr, disable=not progress, desc="Báo cáo" if lang != "en" else "Reports",
               unit="cụm" if lang != "en" else "cluster")

    async def work(kernel: _Kernel) -> None:
        while pending:
            index, (period, cluster) = pending.pop(0)
            notebook = parameterize_notebook(copy.deepcopy(template), {"data": data or "", "period": period,
                                                                       "cluster": cluster, "lang": lang})
            for cell in notebook.cells:  # papermill gives its cell a random id; the same batch must give the same file
                if "injected-parameters" in cell.metadata.get("tags", []):
                    cell.id = "injected-parameters"
            outcomes[index] = await _one(kernel, notebook, out, period, cluster)
            bar.update(1)

    try:
        await asyncio.gather(*(work(kernel) for kernel in kernels))
    finally:
        bar.close()
        await asyncio.gather(*(kernel.stop() for kernel in kernels), return_exceptions=True)
    return outcomes


async def _one(kernel: _Kernel, notebook: nbformat.NotebookNode, out: Path, period: str, cluster: str) -> Outcome:
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    from .pages import notebook_page

    notebook_path, page_path = report_paths(out, period, cluster)
    try:
        await kernel.run(notebook, notebook_path.parent)
    except CellExecutionError as error:
        return Outcome(period, cluster, f"{error.ename}: {error.evalue}")
    except (CellTimeoutError, DeadKernelError, TimeoutError) as error:
        await kernel.restart()
        return Outcome(period, cluster, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
    # in a thread: the other kernels' messages keep flowing while this page renders
    page = await asyncio.to_thread(notebook_page, notebook, f"{cluster} · {period}")  # nbconvert escapes the title
    with atomic_path(notebook_path) as temporary:
        nbformat.write(notebook, temporary)
    write_text(page_path, page)
    return Outcome(period, cluster)
