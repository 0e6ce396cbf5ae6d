"""A flood of problems reads as the contract's section 6 says: grouped after 20 per kind, file and column on the
screen; complete with `validate --format json` and `--problems FILE`."""

import json

from conftest import run_cli, tables, write_csv_folder

from emulation.data.problems import Problem
from emulation.views.words import grouped


def flooded(tmp_path, count: int = 45):
    """TINY with `count` more members of C1, each with a text plan for I1."""
    data = tables()
    for number in range(count):
        data["units"].append([f"U{number}", f"Xã {number}", "xã"])
        data["members"].append(["2020", "C1", f"U{number}", ""])
        data["results"].append(["2020", f"U{number}", "I1", "nhiều", "5", "", ""])
    return write_csv_folder(tmp_path / "data", data)


def test_problems_of_a_kind_are_grouped_after_twenty_with_the_rows_left():
    problems = [Problem("not_a_number", "results.csv", row=row, column="plan", value="x") for row in range(2, 47)]
    problems.insert(3, Problem("not_a_number", "results.csv", row=5, column="actual", value="y"))
    lines = grouped(problems)
    assert len(lines) == 20 + 1 + 1
    assert lines[19] == "results.csv, dòng 21, cột «plan», giá trị «x»: Không phải là số"
    assert lines[20] == "… và 25 lỗi khác như vậy (dòng 22–46)"
    assert lines[21] == "results.csv, dòng 5, cột «actual», giá trị «y»: Không phải là số"
    warnings = [
        Problem(
            "missing_actuals", warning=True, params={"period": "2020", "code": f"U{n}", "count": 1, "indicators": "I1"}
        )
        for n in range(1205)
    ]
    lines = grouped(warnings, "en")
    assert len(lines) == 21 and lines[-1] == "… and 1,185 more like it"


def test_the_screen_shows_a_group_and_json_the_complete_list(tmp_path):
    folder = flooded(tmp_path)
    shown = run_cli("validate", str(folder))
    assert shown.returncode == 2 and shown.stdout == ""
    lines = shown.stderr.splitlines()
    assert lines[0] == "Dữ liệu bị từ chối: 45 lỗi. Không tính toán, không ghi tệp nào."
    assert len(lines) == 1 + 20 + 1 and lines[-1].startswith("- … và 25 lỗi khác như vậy (dòng 36–60)")
    complete = run_cli("validate", str(folder), "--format", "json", "--lang", "en")
    assert complete.returncode == 2
    records = json.loads(complete.stdout)
    assert len(records) == 45 and {record["column"] for record in records} == {"plan"}
    assert records[0] == {
        "severity": "error",
        "file": "results.csv",
        "sheet": None,
        "row": 16,
        "column": "plan",
        "value": "nhiều",
        "code": "not_a_number",
        "message": "Not a number",
    }


def test_problems_file_holds_every_warning_of_a_command(tmp_path):
    data = tables()
    for number in range(30):
        data["units"].append([f"U{number}", f"Xã {number}", "xã"])
        data["members"].append(["2020", "C1", f"U{number}", ""])
    out = tmp_path / "vấn đề.json"
    result = run_cli(
        "scores", str(write_csv_folder(tmp_path / "data", data)), "--period", "2020", "--problems", str(out)
    )
    assert result.returncode == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    # C and D lack one actual each; the 30 new members have no results at all
    assert len(records) == 32 and all(record["severity"] == "warning" for record in records)
    assert sum("… và" in line for line in result.stderr.splitlines()) == 1  # 30 of a kind: 20 shown, then one line


def test_a_run_of_problems_reads_the_same_as_the_problems_one_by_one(tmp_path):
    """Beyond 100 of a kind in a column, validation keeps the problems as one run of arrays; the screen, the
    JSON and the problems themselves are what they are one by one."""
    from emulation.data.dataset import open_dataset
    from emulation.data.problems import DataError, ProblemRun

    folder = flooded(tmp_path, count=150)
    try:
        open_dataset(folder)
    except DataError as error:
        refused = error
    assert any(isinstance(entry, ProblemRun) for entry in refused.entries) and refused.count == 150
    assert [problem.row for problem in refused.problems] == list(range(16, 166))
    assert refused.problems[0].value == "nhiều" and refused.problems[0].column == "plan"
    lines = grouped(refused.entries)
    assert len(lines) == 21 and lines[0] == "results.csv, dòng 16, cột «plan», giá trị «nhiều»: Không phải là số"
    assert lines[-1] == "… và 130 lỗi khác như vậy (dòng 36–165)"
    records = json.loads(run_cli("validate", str(folder), "--format", "json").stdout)
    assert len(records) == 150 and records[-1]["row"] == 165
