"""The explorer as a Voilà dashboard on the loopback interface, with idle kernels culled and live kernels bounded.

A meeting-room browser left open all day must not fill memory: a kernel idle for CULL_IDLE_SECONDS is shut
down (checked every CULL_INTERVAL_SECONDS, connected or not), and no more than MAX_KERNELS run at once: a
page view beyond that is refused with 503 until one is culled.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado import web
from traitlets import Integer

from ..resources import sample_folder, shipped_notebook
from .explorer import DATA_ROOT_VARIABLE

NOTEBOOK = shipped_notebook("explore.ipynb")
TEMPLATES = Path(__file__).resolve().parent  # holds voila/templates/offline
CULL_IDLE_SECONDS = 600
CULL_INTERVAL_SECONDS = 60
MAX_KERNELS = 12  # each kernel with the sample loaded takes roughly 150 MB


class BoundedKernelManager(AsyncMappingKernelManager):
    """Refuses to start a kernel beyond max_kernels."""

    max_kernels = Integer(MAX_KERNELS, config=True, help="The most kernels alive at once.")

    async def start_kernel(self, *args, **kwargs):
        if len(self.list_kernel_ids()) >= self.max_kernels:
            raise web.HTTPError(503, "Too many open dashboards; close one or wait for idle ones to be culled.")
        return await super().start_kernel(*args, **kwargs)


def voila_command(port: int, notebook: Path = NOTEBOOK, cull_idle: int = CULL_IDLE_SECONDS,
                  cull_interval: int = CULL_INTERVAL_SECONDS, max_kernels: int = MAX_KERNELS) -> list[str]:
    return [
        sys.executable, "-m", "voila", str(notebook), "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
        "--VoilaConfiguration.template=offline",
        "--VoilaConfiguration.multi_kernel_manager_class=emulation.jupyter.dashboard.BoundedKernelManager",
        f"--BoundedKernelManager.max_kernels={max_kernels}",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle}",
        f"--MappingKernelManager.cull_interval={cull_interval}",
        "--MappingKernelManager.cull_connected=True",
        "--VoilaConfiguration.show_tracebacks=False",
    ]


def voila_environment(data_root: str | Path | None = None) -> dict[str, str]:
    """The environment Voilà needs to find the offline template, and the data root its explorers keep to
    (default: the folder holding the sample, `data/` in a checkout)."""
    paths = [str(TEMPLATES)] + [path for path in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if path]
    root = Path(data_root) if data_root else sample_folder().parent
    return {**os.environ, "JUPYTER_PATH": os.pathsep.join(paths), DATA_ROOT_VARIABLE: str(root.resolve())}


def lab_command(port: int) -> list[str]:
    """JupyterLab on the notebooks, on the loopback interface; --allow-root because boards' servers often run
    everything as root."""
    return [sys.executable, "-m", "jupyterlab", "--allow-root", "--no-browser", f"--port={port}",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={NOTEBOOK.parent}",
            "--LabApp.news_url=None",  # no "official Jupyter news?" prompt, nothing fetched on a closed network
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]


def launch(kind: str, port: int, data_root: str | None = None) -> None:
    """Replaces this process with JupyterLab ("lab", no data root: an analyst's own machine) or the Voilà
    dashboard ("dashboard", datasets only under `data_root`)."""
    if kind == "lab":
        environment = {key: value for key, value in voila_environment().items() if key != DATA_ROOT_VARIABLE}
        os.execve(sys.executable, lab_command(port), environment)
    os.execve(sys.executable, voila_command(port), voila_environment(data_root))
