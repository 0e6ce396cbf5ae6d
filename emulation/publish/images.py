"""Charts as image files for Word documents and slides, all of a batch drawn by one headless browser.

kaleido 1.x drives the system's Chromium (Debian's /usr/bin/chromium); starting it costs about a second,
so every image of a run goes through one session.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import nbformat
import plotly.graph_objects as go

SIZES = {  # name → (width, height, scale): the pixel size is width·scale × height·scale
    "word": (1000, 560, 2),  # 2000 × 1120 px: sharp at the 16 cm of an A4 page
    "slides": (1280, 720, 1.5),  # 1920 × 1080 px: a full 16:9 slide
    "gallery": (1000, 560, 1),  # the README's pictures: the Word layout, small files
}


def write_images(
    figures: list[tuple[str, go.Figure]], folder: Path, formats: tuple[str, ...] = ("png",), size: str = "word"
) -> list[Path]:
    """Writes every (name, figure) in every format into `folder`; each file appears whole (written to a
    temporary folder beside it, then renamed)."""
    import plotly.io as pio

    if not figures:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    width, height, scale = SIZES[size]
    written = []
    with tempfile.TemporaryDirectory(dir=folder, prefix=".images-") as scratch:
        jobs = [
            (figure, Path(scratch) / f"{name}.{kind}", folder / f"{name}.{kind}")
            for name, figure in figures
            for kind in formats
        ]
        pio.write_images(
            [job[0] for job in jobs], [str(job[1]) for job in jobs], width=width, height=height, scale=scale
        )
        for _, temporary, target in jobs:
            os.replace(temporary, target)
            written.append(target)
    return written


def notebook_figures(notebook_path: Path) -> list[go.Figure]:
    """The figures an executed report notebook shows, in order (from plotly's mimetype in its outputs)."""
    notebook = nbformat.read(notebook_path, as_version=4)
    return [
        go.Figure(output["data"]["application/vnd.plotly.v1+json"])
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if "application/vnd.plotly.v1+json" in output.get("data", {})
    ]
