"""The report says why (docs/reference.md, "Tie-breaks, events and points for awards held"): what placed a unit
above an equal one under the ranking, and the points for awards held among the bonus and deduction points."""

from rules9_data import data

from emulation.publish.sections import ClusterReport

FORMS = (
    '[ranking]\ntie_breaks = ["actual:A1"]\n'
    '[[award_forms]]\nname = "Cờ thi đua xuất sắc của Thành phố"\nroutes = ["cluster_flag"]\n'
    '[[award_points]]\naward = "Cờ thi đua xuất sắc của Thành phố"\npoints = 10\n'
)
AWARDS = [
    ["unit_id", "award", "year", "kind", "decision", "date", "revoked"],
    ["X3", "Cờ thi đua xuất sắc của Thành phố", "2024", "", "1/QĐ-UBND", "", ""],
]


def test_the_ranking_and_the_bonus_points_say_why(tmp_path):
    folder = data(
        tmp_path,
        FORMS,
        awards=AWARDS,
        adjustments=[["period", "unit_id", "points", "reason"], ["2025", "X1", "-1", "Báo cáo chậm"]],
    )
    report = ClusterReport(str(folder), "2025", "K1")
    ranking = "".join(item.data for item in report.ranking() if hasattr(item, "data") and isinstance(item.data, str))
    # X3 50 (40 + 10); X4 40 above X2 40 by A1 (120 against 100); X1 39
    assert "Xã X4: bằng điểm Xã X2; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn." in ranking
    bonuses = "".join(item.data for item in report.adjustments())
    assert "Cờ thi đua xuất sắc của Thành phố năm 2024 (1/QĐ-UBND)" in bonuses and "Báo cáo chậm" in bonuses
    assert "10,00" in bonuses and "-1,00" in bonuses


def test_the_guides_grade_table_shows_the_event_beside_the_grade(tmp_path):
    """conftest's guided cluster C1 (2020): A's 102,8 points reach «Xuất sắc» (≥ 100), its head reprimanded caps
    it at «Tốt»; B, C and D are «Tốt» by points."""
    from conftest import GUIDE, tables, write_csv_folder

    folder = write_csv_folder(
        tmp_path / "guided",
        tables(
            **GUIDE,
            events=[["year", "unit_id", "event", "note"], ["2020", "A", "Người đứng đầu bị khiển trách", "12/QĐ-UBND"]],
        ),
    )
    (folder / "rules.toml").write_text(
        '[[grades]]\nname = "Xuất sắc"\nmin_total = 100\n[[grades]]\nname = "Tốt"\n'
        '[[events]]\nname = "Người đứng đầu bị khiển trách"\nmax_grade = "Tốt"\n',
        encoding="utf-8",
    )
    page = "".join(item.data for item in ClusterReport(str(folder), "2020", "C1").guide()[:1])
    assert "Tốt (do Người đứng đầu bị khiển trách)" in page and "Xuất sắc" not in page
