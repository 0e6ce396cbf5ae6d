"""The dashboard's kernel manager hands a view a pooled kernel whose notebook has run to its end (no browser,
no kernels: Voilà's pool is a list of tasks, played here by hand)."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from emulation.jupyter.dashboard import BoundedKernelManager


class Preheating(BoundedKernelManager):
    """As Voilà's preheating subclass does: the view takes the pool's first kernel."""

    async def get_rendered_notebook(self, notebook_name, extra_kernel_env_variables=None, **kwargs):
        return self._pools[notebook_name].pop(0)

    def fill_if_needed(self, delay=None, notebook_name=None, **kwargs):
        """Starts a kernel into the pool at once, as Voilà's refill does (its run here ends at once)."""
        self.refills = getattr(self, "refills", 0) + 1
        self._pools[notebook_name].append(pooled(asyncio.get_running_loop(), f"refill {self.refills}", ran=True))

    async def _reclaim(self, kernel):
        self.reclaimed = getattr(self, "reclaimed", []) + [kernel]


def run(scenario):
    """Plays a scenario on an event loop of its own, in a thread: Playwright's loop may be running in this one."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, scenario()).result()


def pooled(loop, kernel_id: str, ran: bool) -> asyncio.Task:
    """A pool entry: a started kernel whose notebook has run to its end (ran) or is still running."""
    run = loop.create_future()
    if ran:
        run.set_result(None)

    async def start():
        return {"kernel_id": kernel_id, "task": run}

    return loop.create_task(start())


def test_a_view_takes_a_kernel_whose_run_has_ended_before_one_still_running():
    async def scenario():
        loop = asyncio.get_running_loop()
        manager = Preheating()
        manager._pools = {"nb": [pooled(loop, "running", ran=False), pooled(loop, "ran", ran=True)]}
        await asyncio.sleep(0)  # both kernels started
        taken = await manager.get_rendered_notebook("nb")
        return taken.result()["kernel_id"], [task.result()["kernel_id"] for task in manager._pools["nb"]]

    assert run(scenario) == ("ran", ["running"])


async def views_of_one_running_kernel(count: int, run_wait: int = 60):
    """A pool of one kernel whose run has not ended, and `count` views asking for a kernel meanwhile: the
    manager, the views' tasks and the kernel's pool entry."""
    loop = asyncio.get_running_loop()
    manager = Preheating(run_wait=run_wait)
    first = pooled(loop, "first", ran=False)
    manager._pools = {"nb": [first]}
    views = [loop.create_task(manager.get_rendered_notebook("nb")) for _ in range(count)]
    for _ in range(5):
        await asyncio.sleep(0)
    return manager, views, first


def test_a_view_waits_for_the_run_to_end_when_none_has():
    async def scenario():
        manager, (view,), first = await views_of_one_running_kernel(1)
        waiting = not view.done() and manager._pools["nb"] == [first]
        (await first)["task"].set_result(None)  # the notebook's last cell ends
        taken = await view
        return waiting, taken is first, manager._pools["nb"]

    assert run(scenario) == (True, True, [])


def test_views_waiting_together_each_get_a_kernel_and_the_emptied_pool_is_refilled():
    async def scenario():
        manager, views, first = await views_of_one_running_kernel(2)
        (await first)["task"].set_result(None)
        taken = await asyncio.gather(*views)
        return sorted(task.result()["kernel_id"] for task in taken), manager.refills

    assert run(scenario) == (["first", "refill 1"], 1)


def test_a_run_that_never_ends_is_given_up_and_its_kernel_replaced():
    async def scenario():
        manager, (view,), first = await views_of_one_running_kernel(1, run_wait=0)
        taken = await view  # the first kernel's run never ends
        return taken.result()["kernel_id"], manager.reclaimed, first in manager._pools["nb"]

    assert run(scenario) == ("refill 1", ["first"], False)


def test_voilas_own_preheating_manager_takes_kernels_this_way():
    """Voilà builds its preheating manager as a subclass of ours with its own get_rendered_notebook."""
    from voila.voila_kernel_manager import voila_kernel_manager_factory

    manager_class = voila_kernel_manager_factory(BoundedKernelManager, True, 2)
    assert manager_class.get_rendered_notebook.__qualname__.startswith("BoundedKernelManager.__init_subclass__")
    assert voila_kernel_manager_factory(BoundedKernelManager, False, 0)().get_pool_size("nb") == 0  # no pool


def test_voila_is_the_exact_version_whose_private_pool_the_dashboard_reads():
    """Voilà has no public API for its preheated pool: the dashboard reads `_pools` and wraps
    `get_rendered_notebook`. pyproject pins the one version this was verified on; a new version must be verified
    (this file's scenarios against its source) before the pin moves."""
    import tomllib
    from importlib.metadata import version
    from pathlib import Path

    from voila.voila_kernel_manager import voila_kernel_manager_factory

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = next(entry for entry in project["project"]["dependencies"] if entry.startswith("voila"))
    assert pinned == f"voila=={version('voila')}", f"Voilà {version('voila')} is installed, {pinned} was verified"
    preheating = voila_kernel_manager_factory(BoundedKernelManager, True, 2)
    assert "_pools" in preheating.__init__.__code__.co_names  # where its pool lives
    assert hasattr(preheating, "get_rendered_notebook") and hasattr(preheating, "fill_if_needed")
