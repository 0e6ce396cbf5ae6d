"""One place per concept: a scoring kind and an award route are each one registry entry plus one function, and
their names are spelled in few modules (the others read the registries)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from emulation.data import award_rules, kinds
from emulation.data.text import fold
from emulation.engine import points, routes

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted((ROOT / "emulation").rglob("*.py"))
NAMES = ("per_case", "value_bands", "direct", "cluster_flag", "cluster_commendation", "leaders")


def quoting(name: str) -> list[str]:
    """The package modules holding `name` as a whole string literal (a docstring mentioning it is not one)."""
    found = []
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Constant) and node.value == name for node in ast.walk(tree)):
            found.append(str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_each_kind_and_route_is_named_in_at_most_three_modules(name):
    modules = quoting(name)
    assert 0 < len(modules) <= 3, modules


def test_the_counting_sees_a_literal_and_not_a_docstring():
    # the check above could pass by seeing nothing: it must see the registries' own entries
    assert "emulation/data/kinds.py" in quoting("per_case")
    assert "emulation/data/award_rules.py" in quoting("leaders")
    assert "emulation/views/awards.py" not in quoting("cluster_flag")  # named there only in words


def test_every_scoring_kind_has_its_points_function_and_no_other():
    assert list(points.POINTS) == list(kinds.SCORING_KINDS)
    assert all(callable(function) for function in points.POINTS.values())


def test_every_award_route_has_its_function_and_no_other():
    assert set(routes.ROUTES) == set(award_rules.ROUTES)


def test_lists_of_kinds_are_read_from_the_registry():
    registry = kinds.SCORING_KINDS
    assert kinds.ATTAINED_KINDS == ("attainment", "bands")
    assert set(kinds.RULE_KINDS) | set(kinds.EARNED_KINDS) == set(registry)
    assert not set(kinds.RULE_KINDS) & set(kinds.EARNED_KINDS)
    assert kinds.kinds_needing("bands") == ("bands", "value_bands")
    assert kinds.kinds_needing("points_per_case") == ("per_case",)
    assert kinds.BLANKS == {"per_case": 0.0}  # a blank per-case row has no cases; any other blank is missing
    assert kinds.DEFAULT_KIND == "attainment"  # a blank `scoring` is % KH (docs/reference.md, "Kinds of scoring")
    assert all(kinds.SCORINGS[fold(word)] == name for name, kind in registry.items() for word in kind.words)


def test_fewer_is_better_by_the_direction_or_the_sign_of_the_points_per_case():
    lower = kinds.lower_is_better(
        ["attainment", "attainment", "per_case", "per_case", "direct"],
        ["lower", "higher", None, "lower", "lower"],
        [float("nan"), float("nan"), -0.5, 2, None],
    )
    assert lower.tolist() == [True, False, True, False, True]
