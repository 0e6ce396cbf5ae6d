"""The dossier's form (docs/reference.md, "Dossier drafts"): the fields each template may fill (`FIELDS`), one
document as its fields (`Draft`), and what every document's heading shares (the issuer, the place). The
documents themselves are built by `views.dossier` (the proposal and the minutes) and `views.dossier_report`
(the achievement report)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..data.text import fold
from .words import word

LANG = "vi"  # the documents are Vietnamese administrative documents; --lang sets only the program's messages
DRAFTED = ("proposed", "council")  # the list's statuses that get a report and appear in the proposal

_COMMON = ["year", "date.day", "date.month", "date.year", "place", "issuer.upper", "issuer.name"]
FIELDS: dict[str, list[str]] = {  # every field a template may use, by document (docs/reference.md lists them)
    "proposal": _COMMON
    + [
        "province",
        "count",
        "forms[].name",
        "forms[].count",
        "forms[].rows[].number",
        "forms[].rows[].unit",
        "forms[].rows[].cluster",
        "forms[].rows[].status",
        "forms[].rows[].basis",
    ],
    "minutes": _COMMON
    + [
        "cluster.name",
        "cluster.code",
        "chair",
        "chair_role",
        "members[].number",
        "members[].unit",
        "members[].role",
        "ranking[].rank",
        "ranking[].unit",
        "ranking[].total",
        "ranking[].grade",
        "ranking[].award",
        "ranking[].note",
        "ballot[].number",
        "ballot[].unit",
        "ballot[].votes",
        "proposed[].number",
        "proposed[].unit",
        "proposed[].form",
        "proposed[].status",
    ],
    "report": _COMMON
    + [
        "unit.name",
        "unit.code",
        "unit.kind",
        "form",
        "council",
        "cluster.name",
        "cluster.role",
        "previous_year",
        "results[].number",
        "results[].indicator",
        "results[].measure",
        "results[].plan",
        "results[].actual",
        "results[].attainment",
        "results[].status",
        "results[].previous",
        "formed_note",
        "score.total",
        "score.rank",
        "score.members",
        "score.share",
        "score.grade",
        "ratings[].year",
        "ratings[].unit",
        "ratings[].rating",
        "ratings[].note",
        *(
            f"{table}[].{column}"
            for table in ("titles", "commendations")
            for column in ("year", "form", "decision", "date", "body", "note")
        ),
    ],
}


@dataclass(frozen=True)
class Draft:
    """One document: its kind ("proposal", "minutes", "report"), the name its file takes (before it is made
    safe), the code added when two names are equal, the award form (a report's template may be its own) and
    its fields."""

    kind: str
    name: str
    code: str
    form: str
    fields: dict[str, Any]


def issuer(province: str, name: str) -> dict[str, str]:
    """The heading's issuer: the province above (as the data writes it, "Tỉnh" added unless it says tỉnh or
    thành phố itself), then the council, the cluster or the unit."""
    named = fold(province).startswith(("tinh", "thanhpho"))
    upper = province if named else word("document.province", LANG, name=province) if province else ""
    return {"upper": upper, "name": name}


def place(province: str) -> str:
    """The dateline's place: the province, or dots for the board to fill in."""
    return province or "……"


def text_of(value: object) -> str:
    """A cell's text, or "" for a blank (NaN, None)."""
    return value if isinstance(value, str) else ""
