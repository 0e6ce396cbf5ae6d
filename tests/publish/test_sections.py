"""A report agrees with itself: the sample's 2025 commune cluster, whose units claimed their standards under a
100-point guide with rule bonuses and deductions."""

import re

import pytest

from emulation import ClusterReport
from emulation.views.tables import appraisal_values


@pytest.fixture(scope="module")
def report():
    return ClusterReport("", "2025", "AG-X1")


def text(items) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", str(getattr(item, "data", ""))) for item in items)


def test_the_self_scoring_section_shows_the_guides_claims_as_the_records_do(report):
    shown = text(report.self_points())
    assert "Các đơn vị không tự chấm điểm" not in shown
    # Phường Rạch Giá claimed 106,50 in all and was given 105,04 (its record's total row says the same)
    assert re.search(r"Phường Rạch Giá\s+106,50\s+105,04\s+1,46", shown)
    record = appraisal_values(report.analysis.criteria[report.analysis.criteria["unit_id"] == "AG-PRG"])
    assert record["claimed"].iloc[-1] == pytest.approx(106.5) and record["final"].iloc[-1] == pytest.approx(
        105.04, abs=0.005
    )


def test_the_bonus_and_deduction_section_names_the_guides_rule_points(report):
    shown = text(report.adjustments())
    assert "Không có" not in shown and "theo quy định của hướng dẫn chấm điểm" in shown
    criteria = report.analysis.criteria.groupby("unit_id")[["bonuses", "deductions"]].sum()
    xum = criteria.loc["AG-XUM"]  # its rules added 1 and deducted 2,5 (capped per criterion, as its record shows)
    assert (xum["bonuses"], xum["deductions"]) == pytest.approx((1.0, 2.5))
    assert re.search(r"Xã U Minh Thượng\s+1,00\s+2,50", shown)


def test_a_record_shows_a_claim_only_where_the_unit_made_it(report):
    criteria = report.analysis.criteria
    record = appraisal_values(criteria[criteria["unit_id"] == "AG-PRG"])
    items = criteria[(criteria["unit_id"] == "AG-PRG") & criteria["parent_id"].notna()]
    claimed_items = record.iloc[:-1][criteria[criteria["unit_id"] == "AG-PRG"]["parent_id"].notna().to_numpy()][
        "claimed"
    ]
    # it claimed its four standards only: its items' claim cells are blank, never the computed scores
    assert claimed_items.isna().sum() == items["self_points"].isna().sum() and len(items) > 4
    top = record.iloc[:-1][criteria[criteria["unit_id"] == "AG-PRG"]["parent_id"].isna().to_numpy()]
    assert top["claimed"].sum() == pytest.approx(106.5)


def test_the_narrative_reads_in_paragraphs_and_lists_not_one_block(report):
    html = "".join(str(item.data) for item in report.narrative())
    paragraphs = re.findall(r"<p>(.*?)</p>", html, re.S)
    items = re.findall(r"<li>(.*?)</li>", html, re.S)
    # five indicators exceeded by someone, and each of the six units agreed lower than it claimed: list items
    assert sum(item.startswith(("Thu ngân sách", "Giải quyết", "Tỷ lệ", "Giá trị")) for item in items) == 5
    assert [item.split(":")[0] for item in items[5:]] == [
        "Phường Rạch Giá",
        "Xã An Minh",
        "Xã U Minh Thượng",
        "Phường Vĩnh Thông",
        "Xã Vân Khánh",
        "Xã Vĩnh Thuận",
    ]
    assert [paragraph.split(":")[0].split(" ")[0] for paragraph in paragraphs] == [
        "Cụm",
        "Các",
        "Bị",
        "Xếp",
        "Kết",
    ]  # opening, shortfalls, largest deductions and bonuses, grades, scores
    # the same percentages as the tables beside it: one decimal, even when whole
    assert "Xã An Minh đạt 104,0% KH" in html
