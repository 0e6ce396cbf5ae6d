"""Section 9's refusals, one broken dataset each: exit 2, no traceback, the file with its row and column or the
rules.toml key named (the header is row 1)."""

import pytest
from conftest import tables, write_csv_folder
from test_validation import refused

FORM = '[[award_forms]]\nname = "Cờ thi đua của UBND tỉnh"\nroutes = ["cluster_flag"]\n'
GRADES = '[[grades]]\nname = "Hoàn thành tốt nhiệm vụ"\nmin_total = 50\n[[grades]]\nname = "Hoàn thành nhiệm vụ"\n'
EVENT = '[[events]]\nname = "Để xảy ra tham nhũng"\ngrade = "Hoàn thành nhiệm vụ"\nno_award = true\n'
EVENTS = [["year", "unit_id", "event", "note"], ["2020", "A", "Để xảy ra tham nhũng", ""]]

RULES = [
    # (rules.toml, the key named, words of the message)
    ('[ranking]\ntie_breaks = ["achieved", "luck"]\n', "ranking.tie_breaks", "giá trị «luck»: Khóa phân định"),
    ('[ranking]\ntie_breaks = ["votes", "actual:I1", "votes"]\n', "ranking.tie_breaks", "nêu hai lần"),
    ('[ranking]\ntie_breaks = ["actual:I1+I9"]\n', "ranking.tie_breaks", "nêu chỉ tiêu không có"),
    ('[ranking]\ntie_breaks = ["actual:I1+I2"]\n', "ranking.tie_breaks", "trộn chỉ tiêu càng thấp càng tốt"),
    ('[ranking]\ntie_breaks = ["criterion:B53"]\n', "ranking.tie_breaks", "nêu tiêu chí không có"),
    ('[[grades]]\nname = "Xuất sắc"\nno_zero = "yes"\n', "grades[1].no_zero", "true | false"),
    (GRADES + '[[events]]\ngrade = "Hoàn thành nhiệm vụ"\n', "events[1].name", "a name"),
    (GRADES + EVENT + EVENT.replace("tham nhũng", "THAM NHUNG"), "events[2].name", "hai lần"),
    (
        GRADES + '[[events]]\nname = "Kỷ luật"\ngrade = "Hoàn thành nhiệm vụ"\nmax_grade = "Hoàn thành nhiệm vụ"\n',
        "events[1]",
        "cả grade và max_grade",
    ),
    (GRADES + '[[events]]\nname = "Kỷ luật"\n', "events[1]", "cần grade, max_grade hoặc no_award"),
    (GRADES + '[[events]]\nname = "Kỷ luật"\nmax_grade = "Xuất sắc"\n', "events[1].max_grade", "xếp loại đã khai báo"),
    (
        FORM + '[[award_points]]\naward = "Cờ của Chính phủ"\npoints = 15\n',
        "award_points[1].award",
        "không nêu một hình thức",
    ),
    (
        FORM + '[[award_points]]\naward = "Cờ thi đua của UBND tỉnh"\npoints = 10\n'
        '[[award_points]]\naward = "co thi dua cua ubnd tinh"\npoints = 5\n',
        "award_points[2].award",
        "nêu hai lần",
    ),
    (
        FORM + '[[award_points]]\naward = "Cờ thi đua của UBND tỉnh"\npoints = "mười"\n',
        "award_points[1].points",
        "a number",
    ),
    (
        FORM + '[[award_points]]\naward = "Cờ thi đua của UBND tỉnh"\npoints = 10\nlag = -1\n',
        "award_points[1].lag",
        "a whole number ≥ 0",
    ),
]


@pytest.mark.parametrize("rules, key, words", RULES)
def test_each_rules_error_names_its_key(tmp_path, rules, key, words):
    folder = write_csv_folder(tmp_path / "data", tables())
    (folder / "rules.toml").write_text(rules, encoding="utf-8")
    stderr = refused(folder)
    assert f"rules.toml, cột «{key}»" in stderr and words in stderr, stderr


TABLE = [
    # (events rows after the header, Excel row, column, words)
    ([["2020", "Z", "Để xảy ra tham nhũng", ""]], 2, "unit_id", "«Z» không có trong bảng Đơn vị"),
    ([["2020", "A", "Đi muộn", ""]], 2, "event", "Sự việc không có trong [[events]]"),
    (
        [["2020", "A", "Để xảy ra tham nhũng", ""], ["2020,5", "B", "Để xảy ra tham nhũng", ""]],
        3,
        "year",
        "Phải là số nguyên",
    ),
    (
        [["2020", "A", "Để xảy ra tham nhũng", ""], ["2020", "A", "để xảy ra THAM NHŨNG", "lần hai"]],
        3,
        "event",
        "Trùng khóa với dòng 2",
    ),
]


@pytest.mark.parametrize("rows, excel_row, column, words", TABLE)
def test_each_events_error_names_its_row_and_column(tmp_path, rows, excel_row, column, words):
    folder = write_csv_folder(tmp_path / "data", tables(events=[EVENTS[0]] + rows))
    (folder / "rules.toml").write_text(GRADES + EVENT, encoding="utf-8")
    stderr = refused(folder)
    assert f"events.csv, dòng {excel_row}, cột «{column}»" in stderr and words in stderr, stderr


def test_an_event_outside_the_units_ladder_is_a_warning_that_names_the_unit(tmp_path):
    from emulation import open_dataset
    from emulation.views.words import describe

    rules = (
        '[[grades]]\nname = "Tốt"\nclusters = ["C1"]\nmin_total = 50\n[[grades]]\nname = "Đạt"\n'
        '[[events]]\nname = "Kỷ luật"\nmax_grade = "Đạt"\n'
    )
    folder = write_csv_folder(
        tmp_path / "data", tables(events=[EVENTS[0], ["2020", "A", "kỷ luật", ""], ["2020", "E", "Kỷ luật", ""]])
    )
    (folder / "rules.toml").write_text(rules, encoding="utf-8")
    lines = [describe(problem) for problem in open_dataset(folder).warnings]
    # A is in C1, graded by «Tốt» alone: «Đạt» is not in its ladder; E (C2) is graded by «Đạt»
    assert any(
        "events.csv, dòng 2, cột «event»" in line and "Đơn vị A, sự việc «Kỷ luật»" in line and "«Đạt»" in line
        for line in lines
    )
    assert not any("dòng 3" in line for line in lines)
