"""Reading datasets: header and sheet aliases, BOM, separators, workbooks, NFC, blank rows."""

import unicodedata

import pandas as pd
import pytest
from conftest import TINY, tables, write_csv_folder, write_workbook

from emulation.data.dataset import open_dataset
from emulation.data.text import fold
from emulation.engine.analysis import analyse

EXPECTED_TOTALS = {"A": 82.0, "B": 53.5, "C": 26.0, "D": 60.0, "E": 5.5}


def totals(path):
    return analyse(open_dataset(path), "2020").units.set_index("unit_id")["total"].to_dict()


def test_header_folding_ignores_case_spacing_underscores_and_diacritics():
    assert fold("Mã đơn vị") == fold("ma don vi") == fold("MA_DON_VI") == "madonvi"
    assert fold("Điểm tối đa") == fold("diem toi da")


@pytest.mark.parametrize("vietnamese, separator, bom", [(False, ",", True), (True, ";", False), (True, ",", True)])
def test_csv_variants_give_the_same_scores(tmp_path, vietnamese, separator, bom):
    data = tables()
    if separator == ";":  # Excel's Vietnamese-locale CSV: semicolons and decimal commas
        data["results"] = [[cell.replace(".", ",") for cell in row] for row in data["results"]]
    folder = write_csv_folder(tmp_path / "data", data, vietnamese=vietnamese, separator=separator, bom=bom)
    assert totals(folder) == pytest.approx(EXPECTED_TOTALS)


def test_headers_in_any_spelling(tmp_path):
    data = tables()
    data["results"][0] = ["KY", "ma_don_vi", "Mã Chỉ Tiêu", "ke hoach", "Thực  hiện", "Self_Points", "note"]
    data["units"][0] = ["UNIT ID", "Tên đơn vị", "loai"]
    assert totals(write_csv_folder(tmp_path / "data", data)) == pytest.approx(EXPECTED_TOTALS)


@pytest.mark.parametrize("numbers", [False, True])
def test_workbook_with_vietnamese_sheets(tmp_path, numbers):
    path = write_workbook(tmp_path / "data.xlsx", tables(), vietnamese=True, numbers=numbers)
    assert totals(path) == pytest.approx(EXPECTED_TOTALS)


def test_workbook_with_english_sheets_and_extra_sheets_and_columns(tmp_path):
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "data.xlsx", tables(), vietnamese=False)
    workbook = load_workbook(path)
    workbook.create_sheet("Ghi chú của cán bộ")["A1"] = "không phải bảng dữ liệu"
    workbook["results"]["H1"] = "Người nhập"
    workbook.save(path)
    assert totals(path) == pytest.approx(EXPECTED_TOTALS)


def test_rules_toml_beside_a_workbook_applies(tmp_path):
    path = write_workbook(tmp_path / "data.xlsx", tables())
    (tmp_path / "rules.toml").write_text("[scoring]\nbonus_cap = 0.1\n", encoding="utf-8")
    assert totals(path)["A"] == pytest.approx(40 + 4 + 20 + 2 + 10)


def test_text_is_normalised_to_nfc_and_trimmed(tmp_path):
    data = tables()
    decomposed = unicodedata.normalize("NFD", "Huyện A")
    data["units"][1] = [" A ", decomposed, "huyện"]
    data["results"][1][1] = "A  "
    dataset = open_dataset(write_csv_folder(tmp_path / "data", data))
    assert dataset.units.set_index("unit_id").loc["A", "name"] == "Huyện A"
    assert totals(tmp_path / "data") == pytest.approx(EXPECTED_TOTALS)


def test_blank_rows_are_skipped_and_row_numbers_stay_true(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables())
    text = (folder / "results.csv").read_text(encoding="utf-8-sig").splitlines()
    text.insert(3, "")
    text.insert(5, ",,,,,,")
    text[-1] = text[-1].replace("99", "nhiều")
    (folder / "results.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    from emulation.data.problems import DataError

    with pytest.raises(DataError) as refused:
        open_dataset(folder)
    assert [(problem.row, problem.column) for problem in refused.value.problems] == [
        (len(TINY["results"]) + 2, "actual")
    ]


def test_a_quoted_line_break_stays_in_its_value_and_rows_are_counted_as_records(tmp_path):
    data = tables()
    data["results"][1][6] = "Dòng một\nDòng hai"  # a note written on two lines, quoted by the csv writer
    data["results"][2][4] = "nhiều"  # the next record: an error that must name row 3, as the spreadsheet shows it
    folder = write_csv_folder(tmp_path / "bad", data)
    from emulation.data.problems import DataError

    with pytest.raises(DataError) as refused:
        open_dataset(folder)
    assert [(problem.row, problem.column) for problem in refused.value.problems] == [(3, "actual")]
    data = tables()
    data["results"][1][6] = "Dòng một\nDòng hai"
    dataset = open_dataset(write_csv_folder(tmp_path / "good", data))
    assert dataset.results.loc[0, "note"] == "Dòng một\nDòng hai" and dataset.results.loc[1, "row"] == 3


def test_the_sample_dataset_is_valid_and_has_its_provinces_and_its_guide():
    dataset = open_dataset()
    assert set(dataset.clusters["province"]) == {"Hà Giang", "Kiên Giang", "An Giang"}
    assert len(dataset.indicators[dataset.indicators["cluster_id"] != "AG-X1"]) == 26
    assert {"2017-H1", "2017", "2019", "2020", "2025"} <= set(dataset.periods)
    assert dataset.warnings == []  # the guide's declared standards add up
    top = dataset.criteria[dataset.criteria["parent_id"].isna()]
    assert list(top["criterion_id"]) == ["A", "B", "C", "D"] and top["standard_points"].sum() == 100
    assert set(dataset.indicators["scoring"]) == {"attainment", "per_case", "bands", "value_bands", "direct"}
    ladder = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"]
    for cluster, minimum in (("AG-X1", [90, 80, 70]), ("HG-30A", [120, 110, 98]), ("HG-KTTH", [36, 33, 30])):
        grades = dataset.rules.grades_for(cluster)  # a ladder per kind of cluster, fitting its maximum
        assert [grade.name for grade in grades] == ladder and [grade.min_total for grade in grades] == minimum


def test_optional_tables_may_be_left_out(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables(adjustments=None, votes=None))
    expected = dict(EXPECTED_TOTALS, B=55.0)  # B's −1,5 adjustment is gone
    assert totals(folder) == pytest.approx(expected)


def test_optional_columns_may_be_left_out(tmp_path):
    """A results file without self points and notes: its totals are unchanged, its notes blank text."""
    data = tables()
    data["results"] = [row[:5] for row in data["results"]]
    folder = write_csv_folder(tmp_path / "data", data)
    results = open_dataset(folder).results
    assert results["note"].isna().all() and results["note"].dtype == "str"
    assert results["self_points"].isna().all()
    assert totals(folder) == pytest.approx(EXPECTED_TOTALS)


def test_a_workbook_whose_reader_panics_is_refused_as_damaged_with_nothing_on_the_screen(tmp_path, capfd):
    """A number far out of a date's range in a date-formatted cell makes the workbook reader's Rust code panic
    (found by the fuzz test): a located refusal, never a traceback or a Rust message."""
    import datetime as dt

    from openpyxl import load_workbook

    from emulation.data.problems import DataError

    path = write_workbook(tmp_path / "data.xlsx", tables())
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    sheet["A2"] = dt.date(2019, 12, 31)
    sheet["A2"].value = -(10**15)  # the cell keeps its date format
    workbook.save(path)
    with pytest.raises(DataError) as refused:
        open_dataset(path)
    found = [(problem.code, problem.sheet) for problem in refused.value.problems]
    assert ("bad_workbook", sheet.title) in found and ("missing_table", None) in found  # the sheet could not be read
    assert "panicked" not in capfd.readouterr().err


def _same_raw(one, other) -> None:
    assert one.tables.keys() == other.tables.keys()
    for name, table in one.tables.items():
        twin = other.tables[name]
        assert (table.source, table.headers, table.rows.tolist()) == (twin.source, twin.headers, twin.rows.tolist())
        pd.testing.assert_frame_equal(table.frame, twin.frame)
    assert [(p.code, p.source, p.row) for p in one.problems] == [(p.code, p.source, p.row) for p in other.problems]


def test_files_read_ahead_on_a_second_thread_give_the_same_tables_and_problems(tmp_path):
    from emulation.data.csv_files import ReadAhead
    from emulation.data.load import read_raw

    folder = write_csv_folder(tmp_path / "data", tables())
    with open(folder / "units.csv", "a", encoding="utf-8") as file:  # ragged: the careful reader's case
        file.write("F,Huyện F,huyện,thừa\n")
    (folder / "votes.csv").write_bytes("period,unit_id,votes,voters\n2020,A,9,10\n".encode("utf-16"))  # not UTF-8
    ahead = ReadAhead(folder)
    read = read_raw(folder, ahead)
    _same_raw(read, read_raw(folder))
    assert [p.code for p in read.problems] == ["bad_csv_row", "not_utf8"] and len(read.tables["units"].frame) == 6
    other = write_csv_folder(tmp_path / "other", tables(votes=None))
    _same_raw(read_raw(other, ahead), read_raw(other))  # files read ahead for another folder are not used


def test_an_error_of_the_reading_thread_is_raised_where_the_files_are_asked_for(tmp_path, monkeypatch):
    from emulation.data import csv_files

    def fail(folder):
        raise OSError(f"cannot list {folder}")

    monkeypatch.setattr(csv_files, "read_csv_files", fail)
    ahead = csv_files.ReadAhead(tmp_path)
    with pytest.raises(OSError, match="cannot list"):
        ahead.files()


def test_reading_ahead_starts_for_a_folder_or_the_sample_only(tmp_path):
    from emulation.data.csv_files import ReadAhead
    from emulation.data.dataset import SAMPLE

    assert ReadAhead.start(None).folder == SAMPLE
    assert ReadAhead.start(write_workbook(tmp_path / "data.xlsx", tables())) is None
    assert ReadAhead.start(tmp_path / "missing") is None


def test_periods_in_time_order_and_clusters_in_the_clusters_tables_order(tmp_path):
    """Periods sorted by year, then Q1, H1, 9M and the whole year; a period's clusters as the clusters table
    lists them, only those with results in it; none for a period the data lacks."""
    data = tables()
    data["results"] += [["2019-9M", "E", "I4", "90", "80", "", ""], ["2020-Q1", "A", "I1", "100", "30", "", ""]]
    data["members"] += [["2019", "C2", "E", ""]]
    dataset = open_dataset(write_csv_folder(tmp_path / "data", data))
    assert dataset.periods == ["2019-9M", "2020-Q1", "2020-H1", "2020"]
    assert dataset.clusters_in("2020") == ["C1", "C2"]
    assert dataset.clusters_in("2020-H1") == ["C1"] and dataset.clusters_in("2019-9M") == ["C2"]
    assert dataset.clusters_in("2018") == []
