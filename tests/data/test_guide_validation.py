"""Every error of contract section 7 is refused with its file, row and column; the guide's warnings are given."""

import pandas as pd
import pytest
from conftest import GUIDE, run_cli, tables, write_csv_folder, write_workbook

from emulation.data.dataset import open_dataset
from emulation.data.problems import DataError
from emulation.views.words import describe


def guide_with(name: str, row: int, column: str, value: str) -> dict:
    """GUIDE with one cell changed; row counts data rows from 1 (the Excel row is row + 1)."""
    data = tables(**GUIDE)
    data[name][row][data[name][0].index(column)] = value
    return data


def problems_of(folder, lang: str = "vi") -> list[str]:
    with pytest.raises(DataError) as refused:
        open_dataset(folder)
    return [describe(problem, lang) for problem in refused.value.problems]


INDICATOR_ROWS = {row[0]: number for number, row in enumerate(GUIDE["indicators"])}
RESULT_A_P1 = next(number for number, row in enumerate(GUIDE["results"]) if row[1:3] == ["A", "P1"])

CASES = [
    # (table, data row, column, new value, expected words, Excel row)
    ("criteria", 2, "parent_id", "zz", "Tiêu chí cha «zz» không có trong bảng Tiêu chí", 3),
    (
        "indicators",
        INDICATOR_ROWS["P1"],
        "criterion_id",
        "q9",
        "Mã tiêu chí «q9» không có trong bảng Tiêu chí",
        INDICATOR_ROWS["P1"] + 1,
    ),
    ("indicators", INDICATOR_ROWS["P1"], "points_per_case", "", "cần điểm mỗi trường hợp", INDICATOR_ROWS["P1"] + 1),
    ("indicators", INDICATOR_ROWS["P1"], "scoring", "tùy ý", "Cách chấm không hợp lệ", INDICATOR_ROWS["P1"] + 1),
    ("bands", 1, "indicator_id", "D21", "Chỉ tiêu «D21» không chấm theo bậc", 2),
    ("bands", 2, "from", "90", "Các bậc điểm của chỉ tiêu «BD» chồng lên nhau", 3),
    ("bands", 2, "to", "95", "«Từ» phải nhỏ hơn «Đến dưới»", 3),
    ("results", RESULT_A_P1, "actual", "-1", "Số trường hợp phải là số nguyên không âm", RESULT_A_P1 + 1),
    ("results", RESULT_A_P1, "actual", "1.5", "Số trường hợp phải là số nguyên không âm", RESULT_A_P1 + 1),
    ("criterion_scores", 1, "reason", "", "Điểm thống nhất cần ghi lý do", 2),
    ("criterion_scores", 2, "criterion_id", "zz", "Mã tiêu chí «zz» không có trong bảng Tiêu chí", 3),
    ("criteria", 2, "deduction_cap", "-1", "Điểm không được âm", 3),
    ("criteria", 1, "cluster_id", "C9", "Mã cụm «C9» không có trong bảng Cụm", 2),
]


@pytest.mark.parametrize("table, row, column, value, words, excel_row", CASES)
def test_each_guide_violation_is_located(tmp_path, table, row, column, value, words, excel_row):
    described = problems_of(write_csv_folder(tmp_path / "data", guide_with(table, row, column, value)))
    located = f"{table}.csv, dòng {excel_row}, cột «{column}»"
    assert any(located in line and words in line for line in described), described


def test_a_cycle_names_every_criterion_on_it(tmp_path):
    data = guide_with("criteria", 1, "parent_id", "a7")  # a → a7 → a
    described = problems_of(write_csv_folder(tmp_path / "data", data))
    assert any(
        "criteria.csv, dòng 2, cột «parent_id»" in line and "«a» nằm trong một vòng lặp" in line for line in described
    )
    assert any("dòng 4" in line and "«a7» nằm trong một vòng lặp" in line for line in described)


def test_a_repeated_criterion_score_is_refused(tmp_path):
    data = tables(**GUIDE)
    data["criterion_scores"].append(["2020", "A", "a7", "6", "", ""])
    described = problems_of(write_csv_folder(tmp_path / "data", data))
    assert any(
        "criterion_scores.csv, dòng 4, cột «criterion_id»" in line and "Trùng khóa với dòng 3" in line
        for line in described
    ), described


def test_a_score_for_a_criterion_that_does_not_apply_to_the_unit(tmp_path):
    data = guide_with("criteria", 4, "year", "2019")  # d (and so d2) only in 2019; B's agreed d2 is for 2020
    described = problems_of(write_csv_folder(tmp_path / "data", data))
    assert any(
        "criterion_scores.csv, dòng 2, cột «criterion_id»" in line
        and "Tiêu chí «d2» không áp dụng cho cụm «C1» năm 2020" in line
        for line in described
    ), described


def test_require_grade_must_name_a_listed_grade(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables(**GUIDE))
    (folder / "rules.toml").write_text(
        '[[grades]]\nname = "Tốt"\nmin_total = 80\n[awards]\nrequire_grade = "Xuất sắc"\n', encoding="utf-8"
    )
    described = problems_of(folder)
    assert any(
        "rules.toml, cột «awards.require_grade», giá trị «Xuất sắc»" in line and "(có: Tốt)" in line
        for line in described
    ), described


def test_the_command_line_refuses_with_exit_2_and_english_words(tmp_path):
    folder = write_csv_folder(tmp_path / "data", guide_with("criteria", 2, "parent_id", "zz"))
    result = run_cli("criteria", str(folder), "--period", "2020", "--lang", "en")
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert "criteria.csv, row 3, column 'parent_id'" in result.stderr
    assert "Parent criterion 'zz' is not in the criteria table" in result.stderr


def test_a_workbook_with_vietnamese_sheets_is_read_and_located(tmp_path):
    path = write_workbook(tmp_path / "guide.xlsx", guide_with("bands", 2, "from", "90"))
    described = problems_of(path)
    assert any("trang tính «Bậc điểm», dòng 3, cột «Từ»" in line and "chồng lên nhau" in line for line in described)
    good = open_dataset(write_workbook(tmp_path / "good.xlsx", tables(**GUIDE)))
    assert list(good.criteria["criterion_id"]) == ["a", "a1", "a7", "d", "d1", "d2"]
    assert good.bands["points"].tolist() == [-2, -1, 1, 2]


def test_warnings_for_a_declared_standard_and_rows_left_outside_the_guide(tmp_path):
    data = guide_with("criteria", 4, "standard_points", "12")  # d: its parts make 3 + 7 = 10
    warnings = [describe(problem) for problem in open_dataset(write_csv_folder(tmp_path / "a", data)).warnings]
    assert (
        "criteria.csv, dòng 5, cột «standard_points»: Tiêu chí «d»: điểm chuẩn khai báo 12 khác tổng các phần 10 "
        "(C1 2020, C2 2020)" in warnings
    )
    data = guide_with("criteria", 4, "cluster_id", "C2")
    data["criterion_scores"] = data["criterion_scores"][:1] + data["criterion_scores"][2:]
    warnings = [describe(problem) for problem in open_dataset(write_csv_folder(tmp_path / "b", data)).warnings]
    assert "Kỳ 2020, cụm «C1»: 4 dòng của chỉ tiêu «BD» bị bỏ qua vì tiêu chí «d1» không áp dụng" in warnings


def test_plan_and_direction_may_be_blank_for_rules_that_ignore_them(tmp_path):
    dataset = open_dataset(write_csv_folder(tmp_path / "data", tables(**GUIDE)))
    per_case = dataset.indicators.set_index("indicator_id").loc["P1"]
    assert per_case["scoring"] == "per_case" and per_case["points_per_case"] == -0.5 and pd.isna(per_case["direction"])
    data = guide_with("indicators", INDICATOR_ROWS["BD"], "direction", "")  # bands need a direction
    assert any(
        "Thiếu giá trị bắt buộc" in line and f"dòng {INDICATOR_ROWS['BD'] + 1}, cột «direction»" in line
        for line in problems_of(write_csv_folder(tmp_path / "bad", data))
    )


def test_a_grade_naming_no_cluster_or_an_empty_list_is_refused(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables(**GUIDE))
    (folder / "rules.toml").write_text(
        '[[grades]]\nname = "Tốt"\nclusters = ["C1", "C7"]\n[[grades]]\nname = "Khá"\nclusters = []\n', encoding="utf-8"
    )
    described = problems_of(folder)
    assert any("rules.toml, cột «grades.clusters», giá trị «C7»" in line and "«Tốt»" in line for line in described), (
        described
    )
    assert any("rules.toml, cột «grades[2].clusters»" in line for line in described), described
    assert not any("«C1»" in line for line in described)
