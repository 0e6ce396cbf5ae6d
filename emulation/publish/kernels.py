"""Kernels kept warm for many reports: started and warmed once (the imports of pandas and plotly cost
seconds), each report run after a reset of the namespace, so that reports stay isolated without paying a
kernel start each."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import nbformat

WARM_UP = "import emulation.publish.sections, emulation.views.figures, pandas, plotly"
# What `%reset -f` clears between two reports (the user's names, the output cache), without the two
# full garbage collections that cost it 0.1–0.2 s a report in a kernel holding pandas and plotly
RESET = """
_forget = [name for name in get_ipython().user_ns if name not in get_ipython().user_ns_hidden]
for _name in _forget + ["_forget", "_name"]:
    get_ipython().user_ns.pop(_name, None)
get_ipython().history_manager.reset(new_session=False)
get_ipython().user_ns["Out"].clear()
"""
CELL_TIMEOUT = 300  # seconds for one cell of one report
START_TIMEOUT = 120


class WarmKernel:
    """A kernel kept warm for many reports."""

    def __init__(self):
        from jupyter_client.manager import AsyncKernelManager

        self.manager = AsyncKernelManager(kernel_name="python3")
        self.client: Any = None  # connected by `start`

    async def start(self) -> WarmKernel:
        # its transport warnings are no user's business; a report's cells need no history database
        await self.manager.start_kernel(stderr=subprocess.DEVNULL, extra_arguments=["--HistoryManager.enabled=False"])
        await self._connect()
        return self

    async def _connect(self) -> None:
        self.client = self.manager.client()
        self.client.start_channels()
        await self.client.wait_for_ready(timeout=START_TIMEOUT)
        await self.client.execute_interactive(WARM_UP, timeout=START_TIMEOUT, store_history=False)

    async def restart(self) -> None:
        assert self.client is not None, "start() connects the kernel first"
        self.client.stop_channels()
        await self.manager.restart_kernel(now=True)
        await self._connect()

    async def run(self, notebook: nbformat.NotebookNode, folder: Path) -> None:
        from nbclient import NotebookClient

        assert self.client is not None, "start() connects the kernel first"
        await self.client.execute_interactive(RESET, timeout=CELL_TIMEOUT, store_history=False)
        runner = NotebookClient(
            notebook,
            km=self.manager,
            kernel_name="python3",
            timeout=CELL_TIMEOUT,
            record_timing=False,
            allow_errors=False,
            resources={"metadata": {"path": str(folder)}},
        )
        runner.kc = self.client
        await runner.async_execute(cleanup_kc=False)

    async def stop(self) -> None:
        if self.client is not None:
            self.client.stop_channels()
        await self.manager.shutdown_kernel(now=True)
