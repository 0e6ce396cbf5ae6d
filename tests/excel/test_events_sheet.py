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
EVENTS = [["year", "unit_id", "event", "note"], ["2020", "A", "Người đứng đầu bị khiển trách", "12/QĐ-UBND"],
          ["2020", "B", "Để xảy ra tham nhũng", ""]]


def test_the_template_carries_the_events_with_their_drop_down(tmp_path):
    source = write_csv_folder(tmp_path / "data", tables(events=EVENTS))
    (source / "rules.toml").write_text(RULES, encoding="utf-8")
    out = tmp_path / "mẫu.xlsx"
    result = run_cli("template", str(out), "--from", str(source))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out)["Sự việc"]
    assert [cell.value for cell in sheet[1]] == ["Năm", "Mã đơn vị", "Sự việc", "Ghi chú"]
    assert [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]] == [
        (2020, "A", "Người đứng đầu bị khiển trách", "12/QĐ-UBND"), (2020, "B", "Để xảy ra tham nhũng", None)]
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
        "Hoàn thành nhiệm vụ", "Để xảy ra tham nhũng", "event"]
