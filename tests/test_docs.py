"""The project's own documents: its reference names every table and column the loader accepts, the README
stays a user's page, and the documents the README links exist."""

import re
from pathlib import Path

import pytest

from emulation.data.kinds import SCORING_KINDS
from emulation.data.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("table", list(TABLES.values()), ids=list(TABLES))
def test_the_reference_names_every_table_and_column_the_loader_accepts(table):
    section = REFERENCE.split(f"### {table.name} (`{table.vi}`)")[1].split("\n### ")[0]
    assert f"| `{table.name}` | `{table.vi}` |" in REFERENCE
    for column in table.columns:
        for name in (column.name, column.vi, *column.aliases):
            assert f"`{name}`" in section, (table.name, name)


def test_the_reference_lists_every_scoring_kind_as_the_registry_has_it():
    section = REFERENCE.split("### Kinds of scoring")[1].split("\n### ")[0]
    rows = re.findall(r"^\| `(\w+)` \| `([^`]+)` \|.*\| (yes|no)\b[^|]*\|$", section, flags=re.MULTILINE)
    assert [(name, vi, attained == "yes") for name, vi, attained in rows] == [
        (name, kind.words[0], kind.attained) for name, kind in SCORING_KINDS.items()
    ]


def test_the_readme_is_for_users_and_links_documents_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    links = re.findall(r"\]\(((?:docs|CHANGELOG)[^)#]*)", readme)
    assert {"docs/reference.md", "docs/vi/huong-dan.md", "docs/architecture.md", "docs/performance.md"} <= set(links)
    assert all((ROOT / link).exists() for link in links), links


def test_code_cites_the_projects_own_reference_not_an_outside_contract():
    cited = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "emulation").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\b(contract )?sections? \d|CONTRACT\.md", line)
    ]
    assert cited == []
