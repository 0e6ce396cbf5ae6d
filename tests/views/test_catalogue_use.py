"""Every word of the catalogue is used, and every word the package asks for exists.

A key is used when the package spells it whole ("report.index"), or when an f-string family spells its section
and the rest comes from a string the package spells (`f"award.{award}"` with "flag" in engine/awards.py,
`f"proposal.status_{status}"` with "proposed"). Three families take their tails from elsewhere; they are listed
once, in `DYNAMIC`, each with where its tails come from."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
from pathlib import Path

import pytest

from emulation.data.award_rules import ROUTES
from emulation.data.kinds import SCORING_KINDS
from emulation.views.catalogue import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = {key.split(".")[0] for key in CATALOGUE}
ARGPARSE_SOURCE = inspect.getsource(argparse)

DYNAMIC = {  # family → the tails it may take, from where they are declared
    # argparse's own phrases, looked up by its gettext hook (views/words.py)
    r"argparse\.(.+)": lambda tail: tail in ARGPARSE_SOURCE,
    # the items without attainment, in their kind's words (views/cases.py)
    r"report\.(\w+)_rule(?:_open)?": lambda tail: tail in SCORING_KINDS and not SCORING_KINDS[tail].attained,
    # the cluster's award a route reads, as a proposal's basis (views/proposals.py)
    r"proposal\.basis_(\w+)": lambda tail: tail in {route.award for route in ROUTES.values()},
}


def _package() -> tuple[set[str], list[re.Pattern], list[ast.Call]]:
    """The package's string literals, its f-strings as patterns (each hole any text), and its calls of `word`;
    the catalogue's own modules left out."""
    literals: set[str] = set()
    patterns: list[re.Pattern] = []
    calls: list[ast.Call] = []
    for path in (ROOT / "emulation").rglob("*.py"):
        if path.name.startswith("catalogue"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr):
                parts = [re.escape(part.value) if isinstance(part, ast.Constant) else "(.*)" for part in node.values]
                leading = node.values[0].value if isinstance(node.values[0], ast.Constant) else ""
                if isinstance(leading, str) and leading.split(".")[0] in SECTIONS and "." in leading:
                    patterns.append(re.compile("".join(parts)))
            elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "word":
                calls.append(node)
    return literals, patterns, calls


LITERALS, PATTERNS, CALLS = _package()


def used(key: str) -> bool:
    if key in LITERALS:
        return True
    for pattern in PATTERNS:
        match = pattern.fullmatch(key)
        if match and all(not tail or tail in LITERALS for tail in match.groups()):
            return True
    return any((match := re.fullmatch(family, key)) and tails(match.group(1)) for family, tails in DYNAMIC.items())


def test_every_word_of_the_catalogue_is_used_somewhere_in_the_package():
    assert [key for key in CATALOGUE if not used(key)] == []


def test_a_word_no_one_uses_would_be_found():
    assert not used("report.nobody_asks_for_this")
    assert not used("proposal.basis_history")  # the history route reads no cluster award
    assert not used("argparse.a phrase argparse never says")
    assert used("award.flag") and used("proposal.status_over_quota") and used("report.per_case_rule")


def test_every_word_the_package_asks_for_exists():
    missing = []
    for call in CALLS:
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant):
            missing += [first.value] if first.value not in CATALOGUE else []
        elif isinstance(first, ast.JoinedStr):
            parts = [re.escape(part.value) if isinstance(part, ast.Constant) else "(.*)" for part in first.values]
            family = re.compile("".join(parts))
            missing += [family.pattern] if not any(family.fullmatch(key) for key in CATALOGUE) else []
    assert missing == []


@pytest.mark.parametrize("kind", [name for name, kind in SCORING_KINDS.items() if not kind.attained])
def test_every_kind_without_attainment_has_its_rule_in_words(kind):
    assert f"report.{kind}_rule" in CATALOGUE
    if SCORING_KINDS[kind].given:
        assert f"report.{kind}_rule_open" in CATALOGUE


def test_every_award_a_route_reads_has_its_basis_in_words():
    assert all(f"proposal.basis_{route.award}" in CATALOGUE for route in ROUTES.values() if route.award)
