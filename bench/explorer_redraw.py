"""Benchmark: how long the explorer takes to redraw after a change of control, on the sample and on the
national-scale dataset (~1 million result rows). Goal: under 0.2 s on the sample; interactive (about a
second or less) on the national dataset.

The figures are built and serialised as a notebook would receive them (fig.to_json), so the time includes
what the kernel does before the browser draws.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import time
from pathlib import Path

from national import build

from emulation.jupyter import explorer as widgets

HERE = Path(__file__).resolve().parent


def serialise(*items) -> None:
    for item in items:
        if hasattr(item, "to_json"):
            item.to_json()
        elif hasattr(item, "to_html"):
            item.to_html()


def measure(data: str | None, label: str) -> None:
    widgets.display = serialise  # what display() would send to the browser, without a browser
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        explorer = widgets.Explorer(data)
    opened = time.perf_counter() - started

    def nth(control, index):
        return control.options[index % len(control.options)][1]

    changes = {
        "cluster": lambda index: setattr(explorer.cluster, "value", nth(explorer.cluster, index)),
        "indicator (tab Chỉ tiêu)": lambda index: (
            setattr(explorer.tabs, "selected_index", 2),
            setattr(explorer.indicator, "value", nth(explorer.indicator, index)),
        ),
        "rules (tab Giả định)": lambda index: (
            setattr(explorer.tabs, "selected_index", 8),
            setattr(explorer.bonus_cap, "value", 0.1 + 0.05 * (index % 5)),
        ),
    }
    print(f"{label}: opened in {opened:.2f} s")
    for name, change in changes.items():
        times = []
        for index in range(1, 6):
            with contextlib.redirect_stdout(io.StringIO()):  # outside a kernel, clear_output writes to stdout
                change(index)
            times.append(explorer.last_redraw_seconds)
        print(f"  {name:26s} median {statistics.median(times):.3f} s, worst {max(times):.3f} s")
    explorer.tabs.selected_index = 0


if __name__ == "__main__":
    measure(None, "sample")
    measure(str(build(HERE / "out" / "national")), "national (990,000 result rows)")
