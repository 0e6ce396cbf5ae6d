"""The seed articles' figures come out of the sample data, and the narrative says them in the articles' words."""

import pytest

from emulation.data.dataset import open_dataset
from emulation.engine.analysis import analyse
from emulation.views.narrative import summary_text
from emulation.views.words import format_percent


@pytest.fixture(scope="module")
def sample():
    return open_dataset()


def attained(analysis, cluster, indicator):
    rows = analysis.rows[(analysis.rows["cluster_id"] == cluster) & (analysis.rows["indicator_id"] == indicator)]
    return rows.set_index("unit_name")


def test_first_article_job_creation_2019(sample):
    rows = attained(analyse(sample, "2019"), "HG-DL", "VL")
    printed = {unit: format_percent(value) for unit, value in rows["attainment_pct"].items()}
    assert printed["Quang Bình"] == "153,3%" and printed["Vị Xuyên"] == "138,7%"
    assert printed["Thành phố Hà Giang"] == "115,3%" and printed["Bắc Quang"] == "114,4%"


def test_first_article_budget_income_poverty_and_rural_criteria(sample):
    analysis = analyse(sample, "2019")
    revenue = attained(analysis, "HG-DL", "NS")["attainment_pct"]
    assert revenue["Thành phố Hà Giang"] == pytest.approx(124) and revenue["Bắc Mê"] == pytest.approx(102)
    assert attained(analysis, "HG-DL", "TNBQ")["attainment_pct"]["Vị Xuyên"] == pytest.approx(105)
    assert attained(analysis, "HG-DL", "THN")["attainment_pct"]["Quang Bình"] == pytest.approx(125)
    rural = attained(analysis, "HG-DL", "NTM")
    assert (rural.loc["Bắc Quang", "actual"], rural.loc["Bắc Quang", "plan"]) == (49, 35)
    births = attained(analysis, "HG-DL", "TSS").loc["Thành phố Hà Giang"]
    assert births["actual"] - births["plan"] == pytest.approx(0.16)


def test_first_article_rotation_of_head_and_deputy(sample):
    members = sample.members.query("cluster_id == 'HG-DL'").set_index(["year", "role"])["unit_id"]
    assert members[(2019, "head")] == "HG-TP" and members[(2019, "deputy")] == "HG-BQ"
    assert members[(2020, "head")] == "HG-BQ" and members[(2020, "deputy")] == "HG-VX"


def test_second_article_mid_year_production_value(sample):
    analysis = analyse(sample, "2017-H1")
    rows = attained(analysis, "KG-C1", "GTSX")["progress_pct"]
    assert rows["An Minh"] == pytest.approx(55.66) and rows["Gò Quao"] == pytest.approx(54.28)
    assert rows["U Minh Thượng"] == pytest.approx(53.05)
    total = analysis.indicators.query("cluster_id == 'KG-C1' and indicator_id == 'GTSX'").iloc[0]
    assert total["total_progress_pct"] == pytest.approx(49.2)
    assert 9500 < total["actual_total"] < 10000  # "gần 10.000 tỷ đồng"


def test_second_article_mid_year_budget_revenue(sample):
    analysis = analyse(sample, "2017-H1")
    total = analysis.indicators.query("cluster_id == 'KG-C1' and indicator_id == 'NS'").iloc[0]
    assert total["actual_total"] == pytest.approx(88.83)
    assert format_percent(total["total_progress_pct"]) == "65,2%"
    rows = attained(analysis, "KG-C1", "NS")["progress_pct"]
    assert rows["An Biên"] == pytest.approx(78.5) and rows["An Minh"] == pytest.approx(71.29)
    assert rows["Vĩnh Thuận"] == pytest.approx(68.4)


VI_JOBS = (
    "Giải quyết việc làm: Quang Bình đạt 153,3% KH, Vị Xuyên đạt 138,7% KH, "
    "Thành phố Hà Giang đạt 115,3% KH, Bắc Quang đạt 114,4% KH; toàn Khối đạt 125,0% KH."
)
EN_JOBS = (
    "Giải quyết việc làm: Quang Bình 153.3% of plan, Vị Xuyên 138.7% of plan, "
    "Thành phố Hà Giang 115.3% of plan, Bắc Quang 114.4% of plan; the cluster as a whole 125.0%."
)
VI_PRODUCTION = (
    "Giá trị sản xuất: toàn Cụm đạt 9.840 tỷ đồng, đạt 49,2% kế hoạch năm; một số huyện đạt trên 50% "
    "kế hoạch năm như: An Minh 55,66%, Gò Quao 54,28%, U Minh Thượng 53,05%."
)
VI_REVENUE = (
    "Thu ngân sách trên địa bàn: toàn Cụm đạt 88,83 tỷ đồng, đạt 65,2% kế hoạch năm; 5/5 huyện đạt trên 50% "
    "kế hoạch năm, cao nhất: An Biên 78,50%, An Minh 71,29%, Vĩnh Thuận 68,40%."
)
EN_REVENUE = (
    "Thu ngân sách trên địa bàn: the cluster reached 88.83 tỷ đồng, 65.2% of the yearly plan; 5 of 5 members "
    "passed 50% of the yearly plan, highest: An Biên 78.50%, An Minh 71.29%, Vĩnh Thuận 68.40%."
)


def test_narrative_year_end_in_both_languages(sample):
    analysis = analyse(sample, "2019", ["HG-DL"])
    vietnamese = summary_text(analysis, "HG-DL")
    assert vietnamese.startswith(
        "Khối các huyện, thành phố vùng động lực, năm 2019: 5 đơn vị thành viên; "
        "Trưởng khối: Thành phố Hà Giang; Phó khối: Bắc Quang."
    )  # as the tables name the roles
    assert VI_JOBS in vietnamese
    assert EN_JOBS in summary_text(analysis, "HG-DL", "en")


def test_narrative_mid_year_in_both_languages(sample):
    analysis = analyse(sample, "2017-H1", ["KG-C1"])
    vietnamese = summary_text(analysis, "KG-C1")
    assert VI_PRODUCTION in vietnamese and VI_REVENUE in vietnamese
    assert EN_REVENUE in summary_text(analysis, "KG-C1", "en")
    assert "Đề nghị tặng Cờ thi đua:" in vietnamese
