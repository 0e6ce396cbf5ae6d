"""Data flows one way through the package, read from the imports themselves so that it stays true:

data → engine → views → publish · excel · jupyter → cli; `files` serves every stage that writes,
`resources` finds the files that ship with the program.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "emulation"
ALLOWED = {  # what each stage may import from the package, besides itself
    "data": {"errors", "resources"},
    "engine": {"errors", "data"},
    "views": {"errors", "data", "engine"},
    "publish": {"errors", "data", "engine", "views", "files", "resources"},
    "excel": {"errors", "data", "engine", "views", "files"},
    "jupyter": {"errors", "data", "engine", "views", "publish", "resources"},
    "files": set(),
    "errors": set(),  # the one base of every error raised on purpose: every stage may raise it
    "resources": set(),
    "cli": {
        "errors",
        "",
        "data",
        "engine",
        "views",
        "publish",
        "excel",
        "jupyter",
        "files",
        "resources",
    },  # "": __version__
    "": {"errors", "data", "engine", "views", "publish", "jupyter"},  # emulation/__init__.py re-exports
    "__main__": {"cli"},  # the program's entry: NumPy's environment, then the command line
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported(module: str, source: str, is_package: bool = False) -> set[str]:
    """The emulation modules `source` imports, at the top or inside a function, relative or absolute
    (`from ..views import figures` names emulation.views.figures)."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = (
                ".".join(package[: len(package) - node.level + 1] + [node.module or ""]).strip(".")
                if node.level
                else node.module
            )
            found |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.split(".")[0] == "emulation"}


def stage(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    mine = stage(module)
    return [
        other
        for other in sorted(imported(module, source, is_package))
        if stage(other) != mine and stage(other) not in ALLOWED[mine]
    ]


def source(module: str) -> str:
    return MODULES[module].read_text(encoding="utf-8")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_stage_imports_only_the_stages_before_it(module):
    assert violations(module, source(module), MODULES[module].name == "__init__.py") == []


def test_a_forbidden_import_is_seen_wherever_it_hides():
    hidden = "def f():\n    from ..views.words import word\n"
    assert violations("emulation.engine.scores", hidden) == ["emulation.views.words"]
    assert violations("emulation.views.tables", "from ..publish import pages\n") == ["emulation.publish.pages"]
    assert violations("emulation.data.load", "import emulation.engine.analysis\n") == ["emulation.engine.analysis"]
    assert violations("emulation.views.tables", "from ..engine.attainment import TOLERANCE\n") == []


def test_no_import_cycle():
    graph = {
        module: imported(module, source(module), MODULES[module].name == "__init__.py") & set(MODULES)
        for module in MODULES
    }
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        assert module not in trail, "import cycle: " + " → ".join(trail + (module,))
        if module not in done:
            for other in sorted(graph[module]):
                visit(other, trail + (module,))
            done.add(module)

    for module in sorted(graph):
        visit(module, ())
