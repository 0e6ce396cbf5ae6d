"""What a cluster's conference settles, in sentences: who is proposed for which award, the ties it must break,
who is passed over and why, and next year's head and deputy. The narrative closes with them; the report and the
slides print them beside their own tables."""

from __future__ import annotations

import pandas as pd

from ..data.dataset import Dataset
from .awards import Awards
from .words import role_name, word


def next_year_roles(dataset: Dataset, cluster_id: str, period: str, lang: str = "vi") -> str:
    """Next year's head and deputy of the cluster, where the members table has them (the rotation the
    conference agrees on): "Năm 2020: Trưởng khối Bắc Quang, Phó khối Vị Xuyên"; "" where it has no head."""
    year = int(period[:4]) + 1
    members = dataset.members
    chosen = members[(members["year"] == year) & (members["cluster_id"] == cluster_id)].set_index("role")["unit_id"]
    if "head" not in chosen.index:
        return ""
    names = dataset.unit_names
    cluster = str(dataset.clusters.set_index("cluster_id")["name"].get(cluster_id, ""))
    deputy = names.get(chosen["deputy"], "—") if "deputy" in chosen.index else "—"
    return word(
        "report.next_year",
        lang,
        year=year,
        head=names[chosen["head"]],
        deputy=deputy,
        head_word=role_name("head", cluster, lang),
        deputy_word=role_name("deputy", cluster, lang),
    )


def award_sentences(units: pd.DataFrame, lang: str = "vi", awards: Awards | None = None) -> list[str]:
    """Who is proposed for which award (as `awards` names it, a held unit with its hold), the ties the
    conference must settle, and who is passed over and why."""
    sentences = []
    awards = awards or Awards()
    for award in ("flag", "commendation"):
        chosen = units[units["award"] == award]
        if len(chosen):
            sentences.append(
                word(
                    "narrative.proposed", lang, award=awards.in_sentence(award, lang), names=awards.named(chosen, lang)
                )
            )
    ties = units[units["award_tie"]]
    if len(ties):
        sentences.append(word("narrative.ties", lang, names=", ".join(ties["unit_name"])))
    passed = units[units["passed_over"] != ""]
    if len(passed):
        names = ", ".join(
            f"{name} ({word(f'passed_over.{reason}', lang).lower()})"
            for name, reason in zip(passed["unit_name"], passed["passed_over"])
        )
        sentences.append(word("narrative.passed_over", lang, names=names))
    return sentences
