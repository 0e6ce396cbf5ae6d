"""Every error the package raises on purpose derives from one base, `emulation.errors.EmulationError`, so that a
caller can tell the program's refusals from its bugs (read from the `raise` statements themselves)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from tornado import web

from emulation.data.problems import Interrupted
from emulation.errors import EmulationError

PACKAGE = Path(__file__).resolve().parents[2] / "emulation"
# not errors of the program: a signal's stop (KeyboardInterrupt), the web server's answer to a browser, the
# package's lazy exports answering a missing name as Python's module __getattr__ protocol asks
NOT_ERRORS = (Interrupted, web.HTTPError, AttributeError)


def raised() -> list[tuple[str, int, object]]:
    """(module, line, the class it names) of every `raise Name(...)` and `raise module.Name(...)`."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "assets" in path.parts:
            continue
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                found.append((name, node.lineno, node.exc.func))
    return found


def resolved(module_name: str, func: ast.expr) -> object:
    """The class a raise names, looked up in its module (imports inside functions: in the package's modules)."""
    module = importlib.import_module(module_name)
    if isinstance(func, ast.Name):
        if hasattr(module, func.id):
            return getattr(module, func.id)
        for other in ("emulation.errors", "emulation.data.problems", "emulation.cli.common"):
            if hasattr(importlib.import_module(other), func.id):
                return getattr(importlib.import_module(other), func.id)
        return __builtins__[func.id] if isinstance(__builtins__, dict) else getattr(__builtins__, func.id)
    assert isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name), ast.dump(func)
    return getattr(getattr(module, func.value.id), func.attr)


def test_every_error_raised_derives_from_emulation_error():
    places = raised()
    assert len(places) > 10  # the scan reads the package's raises
    stray = [
        f"{module}:{line} {getattr(cls, '__name__', cls)}"
        for module, line, func in places
        if not issubclass(cls := resolved(module, func), EmulationError) and not issubclass(cls, NOT_ERRORS)
    ]
    assert stray == []
