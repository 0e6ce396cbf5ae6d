"""The explorer as a Voilà dashboard on the loopback interface, with idle kernels culled and live kernels bounded.

A meeting-room browser left open all day must not fill memory: a kernel idle for CULL_IDLE_SECONDS is shut
down (checked every CULL_INTERVAL_SECONDS, connected or not), and no more than MAX_KERNELS run at once.
Voilà starts a kernel for every request of the page, even one that never opens a websocket (a refresh storm,
a link checker, a proxy's health check): a kernel no browser has been connected to for UNCONNECTED_SECONDS is
reclaimed, and when MAX_KERNELS run, the oldest unconnected one makes room for the new page view. A view is
refused (503) only when every kernel has a browser connected.

A page view must not wait for a kernel to start and run the explorer (imports, data, first figures: seconds on
a meeting-room machine): POOL_SIZE kernels run the notebook ahead (Voilà's `preheat_kernel`), a view takes
one whose run has ended (waiting for one when none has), and the pool refills behind it. A kernel waiting in
the pool is neither culled nor reclaimed (no browser can be connected to it yet); its 45 s to connect start
when a view takes it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import time
from pathlib import Path

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado import web
from tornado.ioloop import PeriodicCallback
from traitlets import Integer

from ..resources import (
    DASHBOARD_VARIABLE,
    DATA_ROOT_VARIABLE,
    DATA_VARIABLE,
    TEMPLATE_VARIABLE,
    sample_folder,
    shipped_notebook,
)

NOTEBOOK = shipped_notebook("explore.ipynb")
PRESENT = shipped_notebook("present.ipynb")  # the explorer for the meeting's screen: no help text, no data box
TEMPLATES = Path(__file__).resolve().parent  # holds voila/templates/offline
LAB_SETTINGS = TEMPLATES / "lab_settings"  # JupyterLab's application settings for `emulation lab`
CULL_IDLE_SECONDS = 600
CULL_INTERVAL_SECONDS = 60
MAX_KERNELS = 12  # each kernel with the sample loaded takes roughly 150 MB
UNCONNECTED_SECONDS = 45  # a page's websocket connects within seconds of the page; a bare request's never does
RECLAIM_INTERVAL_SECONDS = 5
RUN_WAIT_SECONDS = 45  # the explorer runs in seconds; a run still going after this hangs (voila#1428)
POOL_SIZE = 2  # kernels kept ready: a refresh, or a second viewer, also opens on a drawn page


class BoundedKernelManager(AsyncMappingKernelManager):
    """At most max_kernels kernels; kernels no browser is connected to are reclaimed (see the module's text)."""

    max_kernels = Integer(MAX_KERNELS, config=True, help="The most kernels alive at once.")
    unconnected_seconds = Integer(
        UNCONNECTED_SECONDS, config=True, help="Reclaim a kernel no browser has been connected to for this long."
    )
    reclaim_interval = Integer(RECLAIM_INTERVAL_SECONDS, config=True, help="How often to look for such kernels.")
    run_wait = Integer(
        RUN_WAIT_SECONDS,
        config=True,
        help="Replace a pooled kernel whose run of the notebook a view has waited this long for.",
    )

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._last_connected: dict[str, float] = {}  # kernel → when it started or last had a browser connected
        self._reclaimer: PeriodicCallback | None = None
        self._starting = asyncio.Lock()  # the pool refills concurrently: one start at a time keeps the bound

    def __init_subclass__(cls, **kwargs):
        """Voilà's preheating subclasses this manager (its own get_rendered_notebook, which takes the pool's
        first kernel): a view now takes a kernel whose notebook has run to its end."""
        super().__init_subclass__(**kwargs)
        take = getattr(cls, "get_rendered_notebook", None)
        if take is None:  # preheating off: no pool to take from
            return

        async def get_rendered_notebook(self, notebook_name: str, *args, **kwargs):
            await self._rendered_first(notebook_name)
            return await take(self, notebook_name, *args, **kwargs)

        setattr(cls, "get_rendered_notebook", get_rendered_notebook)  # noqa: B010 - Voilà's subclass defines it

    async def _rendered_first(self, notebook_name: str) -> None:
        """Puts a pooled kernel whose notebook has run to its end first, waiting for one where none has.

        Voilà hands a view the pool's first kernel even while the notebook is still running in it, stops that
        run after the current cell and resumes it in the view's request; that resumed run can wait forever for
        a reply (voila-dashboards/voila#1428): the page never draws. A run left to finish has nothing to resume.
        A run can hang on its own too: one still going after run_wait seconds is given up, its kernel replaced."""
        pool = getattr(self, "_pools", {}).get(notebook_name)

        def ran(task: asyncio.Task) -> bool:
            return _started(task) and task.result()["task"].done()

        while pool is not None:
            if not pool:  # views waiting together took the pool's kernels meanwhile
                # fill_if_needed is defined by Voilà's subclass of this pool
                self.fill_if_needed(delay=0, notebook_name=notebook_name)  # type: ignore[attr-defined]
            if not pool:
                return
            pool.sort(key=lambda task: not ran(task))  # stable: the finished runs first, in their order
            if ran(pool[0]):
                return
            entry = pool[0]
            try:
                started = await asyncio.shield(entry)
            except Exception:  # a start that failed (at the bound): Voilà answers the view with its error
                return
            ended, _ = await asyncio.wait([started["task"]], timeout=self.run_wait)
            if not ended and entry in pool:  # a run can hang too: a fresh kernel takes its place
                self.log.warning("The notebook's run in kernel %s did not end: replacing it", started["kernel_id"])
                pool.remove(entry)
                await self._reclaim(started["kernel_id"])

    def _pooled(self) -> set[str]:
        """Kernels waiting in Voilà's preheated pool for a page view (none without preheating)."""
        return {
            task.result()["kernel_id"]
            for pool in getattr(self, "_pools", {}).values()
            for task in pool
            if _started(task)
        }

    def _connections(self, kernel: str) -> int:
        """How many browsers hold the kernel's websocket, from jupyter_server's public kernel model."""
        return int(self.kernel_model(kernel)["connections"])

    async def start_kernel(self, *args, **kwargs):  # type: ignore[override]  # jupyter_server's async manager
        async with self._starting:
            return await self._start_bounded(*args, **kwargs)

    async def _start_bounded(self, *args, **kwargs):
        if len(self.list_kernel_ids()) >= self.max_kernels:
            pooled = self._pooled()
            unconnected = [
                kernel for kernel in self.list_kernel_ids() if not self._connections(kernel) and kernel not in pooled
            ]
            if not unconnected:
                raise web.HTTPError(503, "Too many open dashboards; close one or wait for idle ones to be culled.")
            await self._reclaim(min(unconnected, key=lambda kernel: self._last_connected.get(kernel, 0.0)))
        kernel_id = await super().start_kernel(*args, **kwargs)
        self._last_connected[kernel_id] = time.monotonic()
        if self._reclaimer is None:
            self._reclaimer = PeriodicCallback(self._reclaim_unconnected, 1000 * self.reclaim_interval)
            self._reclaimer.start()
        return kernel_id

    async def _reclaim_unconnected(self) -> None:
        now = time.monotonic()
        pooled = self._pooled()
        for kernel in list(self.list_kernel_ids()):
            if self._connections(kernel) or kernel in pooled:
                self._last_connected[kernel] = now
            elif now - self._last_connected.get(kernel, now) > self.unconnected_seconds:
                await self._reclaim(kernel)

    async def _reclaim(self, kernel: str) -> None:
        self.log.info("Reclaiming kernel %s: no browser connected to it", kernel)
        self._last_connected.pop(kernel, None)
        try:
            await self.shutdown_kernel(kernel)
        except KeyError:  # already gone (culled meanwhile)
            pass


def _started(task: asyncio.Task) -> bool:
    """Whether a pool entry's kernel has started (its run of the notebook may still be going)."""
    return task.done() and not task.cancelled() and task.exception() is None


def voila_command(
    port: int,
    notebook: Path = NOTEBOOK,
    cull_idle: int = CULL_IDLE_SECONDS,
    cull_interval: int = CULL_INTERVAL_SECONDS,
    max_kernels: int = MAX_KERNELS,
    unconnected: int = UNCONNECTED_SECONDS,
    reclaim_interval: int = RECLAIM_INTERVAL_SECONDS,
    pool_size: int = POOL_SIZE,
) -> list[str]:
    return [
        sys.executable,
        "-m",
        "voila",
        str(notebook),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--VoilaConfiguration.template=offline",
        "--VoilaConfiguration.multi_kernel_manager_class=emulation.jupyter.dashboard.BoundedKernelManager",
        f"--BoundedKernelManager.max_kernels={max_kernels}",
        f"--BoundedKernelManager.unconnected_seconds={unconnected}",
        f"--BoundedKernelManager.reclaim_interval={reclaim_interval}",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle}",
        f"--MappingKernelManager.cull_interval={cull_interval}",
        "--MappingKernelManager.cull_connected=True",
        "--VoilaConfiguration.show_tracebacks=False",
        f"--VoilaConfiguration.preheat_kernel={pool_size > 0}",
        f"--VoilaConfiguration.default_pool_size={pool_size}",
    ]


def voila_environment(
    data_root: str | Path | None = None, template: str | None = None, data: str | Path | None = None
) -> dict[str, str]:
    """The environment Voilà needs to find the offline template, the data root its explorers keep to (default:
    the folder holding the sample, `data/` in a checkout), and for a meeting the figures' template and the
    dataset shown."""
    paths = [str(TEMPLATES)] + [path for path in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if path]
    root = Path(data_root) if data_root else sample_folder().parent
    chosen = {TEMPLATE_VARIABLE: template} if template else {}
    chosen |= {DATA_VARIABLE: str(Path(data).resolve())} if data else {}
    return {
        **os.environ,
        "JUPYTER_PATH": os.pathsep.join(paths),
        DATA_ROOT_VARIABLE: str(root.resolve()),
        DASHBOARD_VARIABLE: "1",
        **chosen,
    }


def lab_command(port: int, folder: str | Path) -> list[str]:
    """JupyterLab on the user's `folder`, on the loopback interface; --allow-root because boards' servers often
    run everything as root. Its application settings (LAB_SETTINGS/overrides.json, JupyterLab's documented
    defaults file) turn the news feed and its "official Jupyter news?" prompt off: nothing is fetched on a
    closed network and nobody is asked."""
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        "--allow-root",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.root_dir={Path(folder).resolve()}",
        f"--LabApp.app_settings_dir={LAB_SETTINGS}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]


SHIPPED_NOTEBOOKS = ("explore.ipynb", "scores.ipynb")  # what an analyst starts from (the report template stays put)


def prepare_lab_folder(folder: str | Path) -> list[Path]:
    """Copies the shipped notebooks into the user's `folder` where absent (never over the user's own) and
    returns those copied: the analyst works, and autosaves, in a folder of their own, never in the package."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in SHIPPED_NOTEBOOKS:
        target = folder / name
        if not target.exists():
            shutil.copyfile(shipped_notebook(name), target)
            copied.append(target)
    return copied


def meeting_root(data: str | Path, data_root: str | Path | None = None) -> Path | None:
    """The folder the dashboard's explorers keep to when it starts on `data`: `data_root` when it holds `data`
    (None when it does not: the page could not open it), else the folder holding `data`, wherever that is."""
    chosen = Path(data).resolve()
    if data_root is None:
        return chosen.parent
    root = Path(data_root).resolve()
    return root if chosen == root or root in chosen.parents else None


def launch(
    kind: str,
    port: int,
    data_root: str | None = None,
    folder: str | Path = ".",
    template: str | None = None,
    data: str | None = None,
) -> None:
    """Replaces this process with JupyterLab on `folder` ("lab", no data root: an analyst's own machine) or the
    Voilà dashboard ("dashboard", datasets only under `data_root`; with the projector template, the meeting's
    page of `data`: large type, no help text and no data box)."""
    if kind == "lab":
        environment = {
            key: value
            for key, value in voila_environment().items()
            if key not in (DATA_ROOT_VARIABLE, DASHBOARD_VARIABLE)
        }
        os.execve(sys.executable, lab_command(port, folder), environment)
    notebook = PRESENT if template == "projector" else NOTEBOOK
    os.execve(sys.executable, voila_command(port, notebook), voila_environment(data_root, template, data))
