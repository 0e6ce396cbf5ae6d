"""How far mypy reaches (pyproject's [tool.mypy], run by `make test`): the modules behind `emulation.__all__`,
what a notebook author imports, are checked with every per-module flag of `--strict`, and pandas is read
through its stubs, of pandas' own version, never as Any."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from mypy.main import define_options
from mypy.options import PER_MODULE_OPTIONS

import emulation

ROOT = Path(__file__).resolve().parents[2]
MYPY = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def strict_override() -> dict:
    (override,) = [override for override in MYPY["overrides"] if override.get("disallow_untyped_defs")]
    return override


def test_the_strict_modules_are_exactly_those_behind_the_public_names():
    # the package's lazy-export table says where each public name comes from
    behind = {"emulation"} | {f"emulation.{module}" for module in emulation._EXPORTS.values()}
    assert sorted(strict_override()["module"]) == sorted(behind)


def test_a_type_checker_sees_every_public_name_where_it_is_imported_from():
    """The names are imported on first use; `if TYPE_CHECKING:` imports each for mypy and editors, from the
    module the lazy-export table names (else the name reads as Any, through the module's __getattr__)."""
    tree = ast.parse((ROOT / "emulation" / "__init__.py").read_text(encoding="utf-8"))
    (block,) = [node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"]
    seen = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }
    assert seen == emulation._EXPORTS


def test_the_strict_modules_get_every_flag_of_strict():
    """The flags mypy's own --strict sets: per module in the override (or for all modules), the others for the
    whole run."""
    assignments = define_options()[2]  # mypy's (option, value) pairs for --strict
    override = strict_override()
    missing = [
        (option, value)
        for option, value in assignments
        if (override | MYPY if option in PER_MODULE_OPTIONS else MYPY).get(option) != value
    ]
    assert len(assignments) >= 12 and missing == []


def pins(text: str) -> dict[str, str]:
    return dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^\s,\"]+)", text, flags=re.MULTILINE))


def test_pandas_is_read_through_stubs_of_its_own_version():
    untyped = [override["module"] for override in MYPY["overrides"] if override.get("ignore_missing_imports")]
    assert untyped and not any(module.startswith("pandas") for modules in untyped for module in modules)
    locked = pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    declared = [
        entry
        for entry in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "optional-dependencies"
        ]["test"]
        if entry.startswith("pandas-stubs")
    ]
    assert declared == [f"pandas-stubs=={locked['pandas-stubs']}"]
    # pandas-stubs X.Y.0.N describes pandas X.Y
    assert locked["pandas-stubs"].split(".")[:2] == locked["pandas"].split(".")[:2]
