"""Where a batch writes: file names from codes that cannot leave their folder, element ids that are safe in
HTML and JavaScript, and the paths of a cluster's report files."""

from __future__ import annotations

import re
from pathlib import Path


def safe_name(code: str) -> str:
    """A file name from a code: only letters, digits, '.', '_' and '-', never starting with a dot."""
    name = re.sub(r"[^0-9A-Za-z._-]", "_", code).lstrip(".")
    return name or "_"


def safe_id(code: str) -> str:
    """An element id part from a code: only letters, digits, '_' and '-'."""
    return re.sub(r"[^0-9A-Za-z_-]", "_", code)


def report_paths(out: Path, period: str, cluster: str) -> tuple[Path, Path]:
    """The executed notebook and the page of one cluster's report."""
    folder = Path(out) / safe_name(period)
    return folder / f"{safe_name(cluster)}.ipynb", folder / f"{safe_name(cluster)}.html"


def slides_path(out: Path, period: str, cluster: str) -> Path:
    return Path(out) / safe_name(period) / f"{safe_name(cluster)}-slides.html"
