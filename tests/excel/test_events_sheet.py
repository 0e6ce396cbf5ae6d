"""The events table (`Sự việc`) in the input template, with a drop-down of the listed events, and carried by merge."""

import openpyxl
from conftest import run_cli, tables, write_csv_folder

from emulation import open_dataset
from emulation.engine.analysis import analyse

RULES = """
[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
min_total = 50
[[grades]]
name = "Hoàn thành nhiệm vụ"
[[events]]
name = "Người đứng đầu bị khiển trách"
max_grade = "Hoàn thành nhiệm vụ"
[[events]]
name = "Để xảy ra tham nhũng"
grade = "Hoàn thành nhiệm vụ"
no_award = true
"""
EVENTS = [
    ["year", "unit_id", "event", "note"],
    ["2020", "A", "Người đứng đầu bị khiển trách", "12/QĐ-UBND"],
    ["2020", "B", "Để xảy ra tham nhũng", ""],
]


def test_the_template_carries_the_events_with_their_drop_down(tmp_path):
    source = write_csv_folder(tmp_path / "data", tables(events=EVENTS))
    (source / "rules.toml").write_text(RULES, encoding="utf-8")
    out = tmp_path / "mẫu.xlsx"
    result = run_cli("template", str(out), "--from", str(source))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out)["Sự việc"]
    assert [cell.value for cell in sheet[1]] == ["Năm", "Mã đơn vị", "Sự việc", "Ghi chú"]
    assert [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]] == [
        (2020, "A", "Người đứng đầu bị khiển trách", "12/QĐ-UBND"),
        (2020, "B", "Để xảy ra tham nhũng", None),
    ]
    lists = {v.formula1: v.showErrorMessage for v in sheet.data_validations.dataValidation}
    assert lists['"Người đứng đầu bị khiển trách,Để xảy ra tham nhũng"'] is True


def test_merge_carries_the_events_and_the_grades_they_change(tmp_path):
    whole = tables(events=EVENTS)
    catalogue = {name: rows for name, rows in whole.items() if name not in ("results", "events")}
    part_a = write_csv_folder(tmp_path / "a", dict(catalogue, results=whole["results"], events=EVENTS[:2]))
    part_b = write_csv_folder(tmp_path / "b", {"events": [EVENTS[0], EVENTS[2], EVENTS[1]]})  # A's row again: one row
    for part in (part_a, part_b):
        (part / "rules.toml").write_text(RULES, encoding="utf-8")
    merged = tmp_path / "merged.xlsx"
    result = run_cli("merge", str(merged), str(part_a), str(part_b))
    assert result.returncode == 0, result.stderr
    dataset = open_dataset(merged)
    assert sorted(dataset.events["unit_id"]) == ["A", "B"]
    units = analyse(dataset, "2020", ["C1"]).units.set_index("unit_id")
    # A: 82 points, «tốt», capped at «hoàn thành»; B: 53,5, «tốt», set to «hoàn thành» and passed over
    assert units.loc["A", ["grade", "grade_event"]].tolist() == ["Hoàn thành nhiệm vụ", "Người đứng đầu bị khiển trách"]
    assert units.loc["B", ["grade", "grade_event", "passed_over"]].tolist() == [
        "Hoàn thành nhiệm vụ",
        "Để xảy ra tham nhũng",
        "event",
    ]


def test_the_score_sheet_says_what_placed_a_unit_above_an_equal_one_and_shows_the_event(tmp_path):
    from rules9_data import data

    from emulation.excel.score_sheet import write_score_sheet

    rules = (
        '[ranking]\ntie_breaks = ["actual:A1"]\n[[grades]]\nname = "Hoàn thành tốt nhiệm vụ"\nmin_total = 30\n'
        '[[grades]]\nname = "Hoàn thành nhiệm vụ"\n'
        '[[events]]\nname = "Người đứng đầu bị khiển trách"\nmax_grade = "Hoàn thành nhiệm vụ"\n'
    )
    events = [["year", "unit_id", "event", "note"], ["2025", "X1", "Người đứng đầu bị khiển trách", ""]]
    out = tmp_path / "bảng điểm.xlsx"
    write_score_sheet(analyse(open_dataset(data(tmp_path, rules, events=events)), "2025"), out)
    sheet = openpyxl.load_workbook(out)["K1"]
    rows = [row for row in sheet.iter_rows(values_only=True) if row[1] in ("Xã X1", "Xã X2", "Xã X3", "Xã X4")]
    header = next(row for row in sheet.iter_rows(values_only=True) if "Phân định thứ hạng" in row)
    why, grade = header.index("Phân định thứ hạng"), header.index("Xếp loại")
    # A1: X4 120 > X1 110 > X2 100 > X3 90, all at 40 points
    assert [(row[1], row[why]) for row in rows] == [
        ("Xã X4", "bằng điểm Xã X1; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"),
        ("Xã X1", "bằng điểm Xã X2; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"),
        ("Xã X2", "bằng điểm Xã X3; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"),
        ("Xã X3", None),
    ]
    assert rows[1][grade] == "Hoàn thành nhiệm vụ (do Người đứng đầu bị khiển trách)"
    # the roll-up of every cluster says the same beside each unit
    rollup = openpyxl.load_workbook(out)["Các cụm"]
    header = next(row for row in rollup.iter_rows(values_only=True) if "Phân định thứ hạng" in row)
    why, name = header.index("Phân định thứ hạng"), header.index("Đơn vị")
    assert [(row[name], row[why]) for row in rollup.iter_rows(values_only=True) if row[0] == "K1 · Cụm xã K"] == [
        ("Xã X4", "bằng điểm Xã X1; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"),
        ("Xã X1", "bằng điểm Xã X2; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"),
        ("Xã X2", "bằng điểm Xã X3; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"),
        ("Xã X3", None),
    ]
