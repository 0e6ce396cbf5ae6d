"""`analyse` calls the engine's stages in the data's order, entering each engine module once
(docs/architecture.md, "The engine's pipeline")."""

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "emulation" / "engine"
STAGES = ["period", "attainment", "points", "criteria", "scores", "ranks", "grades", "awards"]


def engine_calls(function: str) -> list[str]:
    """The engine module of every call in `function`'s body of analysis.py, in the order the code is written
    (calls of names imported from `.module`; the data layer's helpers are not stages)."""
    tree = ast.parse((ENGINE / "analysis.py").read_text(encoding="utf-8"))
    module_of = {
        alias.asname or alias.name: node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names
    }
    (body,) = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == function]
    calls = sorted(
        (node.lineno, node.col_offset, module_of[node.func.id])
        for node in ast.walk(body)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in module_of
    )
    return [module for _, _, module in calls]


def test_analyse_enters_each_engine_module_once_in_the_datas_order():
    calls = engine_calls("analyse")
    entered = [module for number, module in enumerate(calls) if number == 0 or module != calls[number - 1]]
    assert entered == STAGES  # a module left and entered again, or a stage out of order, shows here
