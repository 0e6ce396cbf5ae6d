"""Published results and corrections (contract section 11): `publish`, `diff`, and what a board reads from them.

TINY's cluster C1 in 2020, by hand (contract sections 2 and 3, default rules): A 48 + 24 + 10 = 82 (flag);
D 40 + 20 = 60, a missing I3 (passed over); B 35 + 20 + 0 − 1,5 = 53,5 (commendation); C 0 + 16 + 10 = 26,
a missing I1 (passed over). Ranks A 1, D 2, B 3, C 4.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
from conftest import TINY, tables, write_csv_folder, write_workbook

import emulation
from emulation import cli
from emulation.data.dataset import open_dataset
from emulation.engine.analysis import analyse


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def publish(data: Path, archive: Path, period: str = "2020") -> Path:
    status, _, err = run("publish", str(data), "--period", period, "--out", str(archive))
    assert status == 0, err
    return archive


def diff_lines(archive: Path, data: Path) -> tuple[int, list[dict]]:
    status, out, _ = run("diff", str(archive), str(data), "--format", "csv")
    return status, list(csv.DictReader(io.StringIO(out)))


def edited(rows: list[list[str]], match: dict[int, str], column: int, value: str) -> list[list[str]]:
    """A copy of a table's rows with one cell changed, in the row whose cells match."""
    copy = [list(row) for row in rows]
    for row in copy[1:]:
        if all(row[index] == text for index, text in match.items()):
            row[column] = value
            return copy
    raise AssertionError(f"no row matches {match}")


@pytest.fixture
def published(tiny: Path, tmp_path: Path) -> Path:
    return publish(tiny, tmp_path / "published-2020")


def test_manifest_names_every_input_file_with_its_sha256(tiny, tmp_path):
    (tiny / "rules.toml").write_text("[awards]\nflags = 1\n", encoding="utf-8")
    archive = publish(tiny, tmp_path / "archive")
    manifest = json.loads((archive / "manifest.json").read_text(encoding="utf-8"))
    expected = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in tiny.iterdir()}
    assert {entry["name"]: entry["sha256"] for entry in manifest["files"]} == expected
    assert manifest["period"] == "2020" and manifest["version"] == emulation.__version__ and manifest["published"]
    assert (archive / "rules.toml").read_bytes() == (tiny / "rules.toml").read_bytes()
    assert sorted(path.name for path in (archive / "results").iterdir()) == ["attainment.csv", "scores.csv"]


def test_tables_are_written_under_english_headers_as_read(tmp_path):
    data = write_csv_folder(tmp_path / "vi", tables(), vietnamese=True)
    archive = publish(data, tmp_path / "archive")
    with open(archive / "adjustments.csv", encoding="utf-8-sig", newline="") as file:
        assert list(csv.reader(file)) == [
            ["period", "unit_id", "points", "reason"],
            ["2020", "B", "-1,5", "Báo cáo chậm"],
        ]


def test_an_archive_is_never_overwritten(published, tiny, tmp_path):
    before = {path: path.read_bytes() for path in published.rglob("*") if path.is_file()}
    status, _, err = run("publish", str(tiny), "--period", "2020-H1", "--out", str(published))
    assert status == 2 and "không bao giờ bị ghi đè" in err
    assert {path: path.read_bytes() for path in published.rglob("*") if path.is_file()} == before
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("publish", str(tiny), "--period", "2020", "--out", str(empty))[0] == 2
    assert list(empty.iterdir()) == []


def test_the_archive_read_as_a_dataset_gives_the_published_scores(published, tiny):
    units = analyse(open_dataset(published), "2020").units.set_index("unit_id")
    assert units.loc[["A", "D", "B", "C"], "total"].tolist() == [82.0, 60.0, 53.5, 26.0]
    assert units.loc[["A", "D", "B", "C"], "rank"].tolist() == [1, 2, 3, 4]
    assert units.loc[["A", "B", "C", "D"], "award"].tolist() == ["flag", "commendation", "none", "none"]
    from_data = run("scores", str(tiny), "--period", "2020", "--format", "csv")[1]
    assert run("scores", str(published), "--period", "2020", "--format", "csv")[1] == from_data
    assert (published / "results" / "scores.csv").read_text(encoding="utf-8") == from_data
    printed = list(csv.reader(io.StringIO(run("attainment", str(tiny), "--period", "2020", "--format", "csv")[1])))
    with open(published / "results" / "attainment.csv", encoding="utf-8", newline="") as file:
        stored = list(csv.reader(file))
    # the header, C1: 4 units × 3 indicators, C2: E
    assert stored[0] == printed[0] and len(stored) == len(printed) == 14

    def value(cell: str) -> object:  # numbers as numbers: the file writes 10 where the command prints 10.0
        try:
            return float(cell)
        except ValueError:
            return cell

    def rows(table: list[list[str]]) -> list:  # the file keeps the engine's order, the command a reader's
        return sorted(([value(cell) for cell in row] for row in table[1:]), key=lambda row: (row[2], row[3]))

    assert rows(stored) == rows(printed)


def test_a_workbooks_real_numbers_keep_their_value_beside_vietnamese_text(tmp_path):
    """21.387 stored as a number beside the text 1.234,5 in one column: the archive writes it 21,387."""
    results = edited(TINY["results"], {0: "2020", 1: "A", 2: "I1"}, 3, "1.234,5")
    results = edited(results, {0: "2020", 1: "B", 2: "I1"}, 3, "21.387")
    workbook = write_workbook(tmp_path / "data.xlsx", tables(results=results), numbers=True)
    archive = publish(workbook, tmp_path / "archive")
    original = analyse(open_dataset(workbook), "2020").units.set_index("unit_id")
    again = analyse(open_dataset(archive), "2020").units.set_index("unit_id")
    assert again["total"].to_dict() == original["total"].to_dict()
    assert (
        open_dataset(archive).results.set_index(["period", "unit_id", "indicator_id"]).loc[("2020", "B", "I1"), "plan"]
        == 21.387
    )
    assert run("diff", str(archive), str(workbook))[0] == 0


def test_nothing_changed_exits_0(published, tiny):
    status, out, _ = run("diff", str(published), str(tiny))
    assert status == 0 and "Không có gì thay đổi" in out
    assert diff_lines(published, tiny) == (0, [])


def test_numbers_are_compared_as_numbers(tmp_path):
    """`1.234,5` in the published file and `1234.5` in the current one are the same plan; `-1,5` and `-1.5`
    the same deduction."""
    written = edited(TINY["results"], {0: "2020", 1: "A", 2: "I1"}, 3, "1.234,5")
    archive = publish(write_csv_folder(tmp_path / "before", tables(results=written)), tmp_path / "archive")
    adjustments = [TINY["adjustments"][0], ["2020", "B", "-1.5", "Báo cáo chậm"]]
    current = write_csv_folder(
        tmp_path / "after",
        tables(results=edited(written, {0: "2020", 1: "A", 2: "I1"}, 3, "1234.5"), adjustments=adjustments),
    )
    assert diff_lines(archive, current) == (0, [])


def line(part, table, key, column, published, current) -> dict:
    return {"part": part, "table": table, "key": key, "column": column, "published": published, "current": current}


def test_a_changed_actual_that_swaps_two_ranks(published, tmp_path):
    """B's I1 175 → 220 of 200: 110 %, 40 + 4 points; B 44 + 20 + 0 − 1,5 = 62,5 passes D's 60."""
    current = write_csv_folder(
        tmp_path / "now", tables(results=edited(TINY["results"], {0: "2020", 1: "B", 2: "I1"}, 4, "220"))
    )
    status, lines = diff_lines(published, current)
    assert status == 1
    assert lines == [
        line("input", "results", "2020;B;I1", "actual", "175", "220"),
        line("result", "scores", "B", "total", "53.50", "62.50"),
        line("result", "scores", "B", "rank", "3", "2"),
        line("result", "scores", "D", "rank", "2", "3"),
    ]


def test_an_added_deduction_moves_the_awards_and_they_are_listed_first(published, tmp_path):
    """A −30: A 52, below B's 53,5. D 60 ranks first but is passed over: B takes the flag, A the commendation; the
    units whose award changed come first (by rank), then D."""
    adjustments = TINY["adjustments"] + [["2020", "A", "-30", "Vi phạm an toàn thực phẩm"]]
    current = write_csv_folder(tmp_path / "now", tables(adjustments=adjustments))
    status, lines = diff_lines(published, current)
    assert status == 1
    assert lines[0] == line("input", "adjustments", "2020;A;1", "", "", "2020;A;-30;Vi phạm an toàn thực phẩm")
    results = [(entry["key"], entry["column"], entry["published"], entry["current"]) for entry in lines[1:]]
    assert results == [
        ("B", "award", "commendation", "flag"),
        ("B", "rank", "3", "2"),
        ("A", "award", "flag", "commendation"),
        ("A", "total", "82.00", "52.00"),
        ("A", "rank", "1", "3"),
        ("D", "rank", "2", "1"),
    ]
    table = run("diff", str(published), str(current))[1]
    assert "Khen thưởng thay đổi: Huyện B: Bằng khen → Cờ thi đua; Huyện A: Cờ thi đua → Bằng khen." in table
    assert "Điểm cộng trừ · 2020 · Huyện A · 1: thêm dòng (2020;A;-30;Vi phạm an toàn thực phẩm)" in table
    assert "tổng điểm 82,00 → 52,00" in table
    assert (
        "Thứ hạng thay đổi: Huyện B từ hạng 3 lên hạng 2; Huyện A từ hạng 1 xuống hạng 3; Huyện D từ hạng 2 lên hạng 1."
        in table
    )


def test_a_renamed_unit_is_one_changed_cell(published, tmp_path):
    units = edited(TINY["units"], {0: "C"}, 1, "Xã C mới")
    status, lines = diff_lines(published, write_csv_folder(tmp_path / "now", tables(units=units)))
    assert (status, lines) == (1, [line("input", "units", "C", "name", "Huyện C", "Xã C mới")])


def test_a_removed_row_is_listed_with_its_cells(published, tmp_path):
    """C's I2 row gone: I2 counts in C1, so C has a blank (missing) I2 and loses its 16 points: 26 → 10."""
    results = [row for row in TINY["results"] if row[:3] != ["2020", "C", "I2"]]
    status, lines = diff_lines(published, write_csv_folder(tmp_path / "now", tables(results=results)))
    assert status == 1
    assert lines == [
        line("input", "results", "2020;C;I2", "", "2020;C;I2;10;12;;", ""),
        line("result", "scores", "C", "total", "26.00", "10.00"),
    ]


def test_rows_of_other_periods_do_not_count(published, tmp_path):
    results = edited(TINY["results"], {0: "2020-H1", 1: "B", 2: "I1"}, 4, "500")
    assert diff_lines(published, write_csv_folder(tmp_path / "now", tables(results=results))) == (0, [])


def test_settings_compare_with_their_defaults_filled_in(published, tiny, tmp_path):
    (tiny / "rules.toml").write_text("[awards]\nflags = 1\ncommendations = 2\n", encoding="utf-8")
    assert diff_lines(published, tiny) == (0, [])
    (tiny / "rules.toml").write_text("[awards]\ncommendations = 1\n", encoding="utf-8")
    status, lines = diff_lines(published, tiny)
    assert status == 1 and lines == [line("input", "rules.toml", "awards.commendations", "value", "2", "1")]


def test_refusals_exit_2(published, tiny, tmp_path):
    assert run("diff", str(tiny), str(tiny))[0] == 2  # a dataset, not an archive
    broken = write_csv_folder(
        tmp_path / "broken", tables(results=edited(TINY["results"], {0: "2020", 1: "A", 2: "I1"}, 3, "x"))
    )
    status, _, err = run("diff", str(published), str(broken))
    assert status == 2 and "results.csv" in err
    assert run("publish", str(tiny), "--period", "2031", "--out", str(tmp_path / "never"))[0] == 2
    assert not (tmp_path / "never").exists()


def test_json_is_the_same_record(published, tmp_path):
    current = write_csv_folder(tmp_path / "now", tables(units=edited(TINY["units"], {0: "C"}, 1, "Xã C mới")))
    status, out, _ = run("diff", str(published), str(current), "--format", "json")
    assert status == 1 and json.loads(out) == [line("input", "units", "C", "name", "Huyện C", "Xã C mới")]


def test_the_score_sheet_exported_from_the_archive_is_the_one_of_publication(published, tiny, tmp_path):
    """Exported the day of publication from the data, and later from the archive (dated the day it was
    published): the same bytes."""
    assert run("export", str(tiny), "--period", "2020", "--out", str(tmp_path / "then.xlsx"))[0] == 0
    assert run("export", str(published), "--period", "2020", "--out", str(tmp_path / "now.xlsx"))[0] == 0
    assert (tmp_path / "then.xlsx").read_bytes() == (tmp_path / "now.xlsx").read_bytes()


def test_each_report_shows_the_corrections_that_concern_its_cluster(published, tmp_path):
    """B's I1 corrected (cluster C1) and unit E renamed (cluster C2): C1's report lists the first, not the second."""
    from emulation.publish.sections import ClusterReport

    results = edited(TINY["results"], {0: "2020", 1: "B", 2: "I1"}, 4, "220")
    units = edited(TINY["units"], {0: "E"}, 1, "Sở E mới")
    current = write_csv_folder(tmp_path / "now", tables(results=results, units=units))
    section = "".join(
        item.data for item in ClusterReport(str(current), "2020", "C1", "vi", str(published)).corrections()
    )
    assert "Điều chỉnh sau công bố" in section
    assert (
        "Sau khi công bố kết quả năm 2020, số liệu được điều chỉnh ở 1 chỗ (Huyện B · Thu ngân sách · Thực hiện: "
        "175 → 220). Thứ hạng thay đổi: Huyện B từ hạng 3 lên hạng 2; Huyện D từ hạng 2 xuống hạng 3."
    ) in section
    assert "Huyện B (B): tổng điểm 53,50 → 62,50; hạng 3 → 2" in section and "Sở E" not in section
    other = "".join(item.data for item in ClusterReport(str(current), "2020", "C2", "vi", str(published)).corrections())
    assert "Đơn vị · Sở E mới · Tên đơn vị: Sở E → Sở E mới" in other and "Huyện B" not in other
    assert ClusterReport(str(current), "2020", "C1").corrections() == []


def test_a_report_against_an_archive_of_another_period_is_refused(published, tiny, tmp_path):
    status, _, err = run(
        "report", str(tiny), "--period", "2020-H1", "--out", str(tmp_path / "reports"), "--published", str(published)
    )
    assert status == 2 and "không phải kỳ 2020-H1" in err and not (tmp_path / "reports").exists()


def test_the_home_page_marks_a_period_corrected_since_publication(published, tmp_path):
    """`report --published` records what differs; the home page marks the period (and says nothing when nothing
    differs)."""
    from emulation.cli.corrections import record_corrections
    from emulation.publish.index import corrected_mark

    out = tmp_path / "reports"
    current = write_csv_folder(
        tmp_path / "now", tables(results=edited(TINY["results"], {0: "2020", 1: "B", 2: "I1"}, 4, "220"))
    )
    record_corrections(str(published), open_dataset(current), "2020", out)
    assert (
        corrected_mark(out, "2020")
        == "Đã điều chỉnh sau công bố (published-2020): 1 số liệu đầu vào, 2 đơn vị thay đổi"
    )
    record_corrections(str(published), open_dataset(published), "2020", out)
    assert corrected_mark(out, "2020") == "" and corrected_mark(out, "2020-H1") == ""


def test_the_explorer_shows_the_changes_against_an_archive(published, tmp_path, monkeypatch):
    """The tab «Điều chỉnh»: an archive opened beside the current data; refused outside the data root."""
    from emulation.jupyter import explorer as widgets

    monkeypatch.setattr(widgets, "display", lambda *items: None)
    current = write_csv_folder(
        tmp_path / "now", tables(results=edited(TINY["results"], {0: "2020", 1: "B", 2: "I1"}, 4, "220"))
    )
    explorer = widgets.Explorer(str(current))
    assert "Nhập thư mục lưu kết quả đã công bố" in explorer.contents("corrections")[1].value
    explorer.corrections.path.value = str(published)
    shown = explorer.contents("corrections")[1].value
    assert "Thứ hạng thay đổi: Huyện B từ hạng 3 lên hạng 2; Huyện D từ hạng 2 xuống hạng 3." in shown
    assert "<li>Huyện B (B): tổng điểm 53,50 → 62,50; hạng 3 → 2</li>" in shown
    assert "<li>Kết quả · 2020 · Huyện B · Thu ngân sách · Thực hiện: 175 → 220</li>" in shown
    rooted = widgets.Explorer("now", data_root=str(tmp_path))
    rooted.corrections.path.value = str(published)
    assert "Huyện B (B): tổng điểm 53,50 → 62,50" in rooted.contents("corrections")[1].value  # under the root: opened
    rooted.corrections.path.value = "/etc"
    assert "nằm ngoài thư mục dữ liệu" in rooted.contents("corrections")[1].value


def test_refused_data_is_never_published(tmp_path):
    broken = write_csv_folder(
        tmp_path / "broken", tables(results=edited(TINY["results"], {0: "2020", 1: "A", 2: "I1"}, 3, "x"))
    )
    status, _, err = run("publish", str(broken), "--period", "2020", "--out", str(tmp_path / "archive"))
    assert status == 2 and "Không phải là số" in err and not (tmp_path / "archive").exists()
    assert [path.name for path in tmp_path.iterdir()] == ["broken"]  # no half-written folder beside it either


@pytest.mark.parametrize("command", ["publish", "diff"])
def test_help_speaks_both_languages(command):
    for lang, phrase in (
        ("vi", "Công bố kết quả" if command == "publish" else "So sánh số liệu"),
        ("en", "Publish a period" if command == "publish" else "Compare the current data"),
    ):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
            cli.main([command, "--help", "--lang", lang])
        assert stop.value.code == 0 and phrase in out.getvalue()
