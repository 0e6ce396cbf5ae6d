"""Every kind of contract violation is refused with exit 2, the file, row and column named, nothing computed."""

from pathlib import Path

import pytest
from conftest import run_cli, tables, write_csv_folder, write_workbook


def refused(folder: Path, *extra: str) -> str:
    result = run_cli("validate", str(folder), *extra)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return result.stderr


def replace(name: str, row: int, column: str, value: str) -> dict:
    """TINY with one cell changed; row counts data rows from 1 (Excel row row + 1)."""
    data = tables()
    data[name][row][data[name][0].index(column)] = value
    return data


CASES = [
    # (table, data row, column, new value, expected words, Excel row)
    ("results", 1, "unit_id", "ZZ", "«ZZ» không có trong bảng Đơn vị", 2),
    ("results", 2, "indicator_id", "I9", "«I9» không có trong bảng Chỉ tiêu", 3),
    ("members", 1, "cluster_id", "C9", "«C9» không có trong bảng Cụm", 2),
    ("results", 3, "period", "2020-H3", "Kỳ không hợp lệ", 4),
    ("results", 4, "plan", "0", "Kế hoạch phải lớn hơn 0", 5),
    ("results", 4, "actual", "nhiều", "Không phải là số", 5),
    ("results", 1, "plan", "-3", "Kế hoạch phải lớn hơn 0", 2),
    ("results", 2, "plan", "-1", "Kế hoạch không được âm", 3),
    ("results", 2, "actual", "-1", "Thực hiện không được âm", 3),
    ("indicators", 1, "direction", "lên", "Chiều không hợp lệ", 2),
    ("indicators", 1, "flow", "maybe", "Cộng dồn không hợp lệ", 2),
    ("indicators", 2, "max_points", "-5", "Điểm tối đa không được âm", 3),
    ("members", 3, "role", "chủ tịch", "Vai trò không hợp lệ", 4),
    ("members", 2, "role", "trưởng", "hai trưởng cụm", 3),
    ("votes", 1, "votes", "25", "lớn hơn tổng số phiếu", 2),
    ("adjustments", 1, "reason", "", "Thiếu giá trị bắt buộc", 2),
    ("members", 1, "year", "2020,5", "Phải là số nguyên", 2),
    ("members", 1, "year", "1E20", "Năm phải từ 1900 đến 2200", 2),
]


@pytest.mark.parametrize("table, row, column, value, words, excel_row", CASES)
def test_each_violation_is_located(tmp_path, table, row, column, value, words, excel_row):
    folder = write_csv_folder(tmp_path / "data", replace(table, row, column, value))
    stderr = refused(folder)
    located = f"{table}.csv, dòng {excel_row}, cột «{column}»"
    assert located in stderr and words in stderr, stderr


def test_the_column_is_named_as_the_user_wrote_it(tmp_path):
    folder = write_csv_folder(tmp_path / "data", replace("results", 1, "unit_id", "ZZ"), vietnamese=True)
    assert "cột «Mã đơn vị»" in refused(folder)


def test_english_messages_with_lang_en(tmp_path):
    folder = write_csv_folder(tmp_path / "data", replace("results", 1, "unit_id", "ZZ"))
    stderr = refused(folder, "--lang", "en")
    assert "results.csv, row 2, column 'unit_id', value 'ZZ': Unit code 'ZZ' is not in the units table" in stderr


def test_every_problem_is_listed_not_only_the_first(tmp_path):
    data = replace("results", 1, "unit_id", "ZZ")
    data["results"][5][3] = "abc"
    data["indicators"][2][4] = "ngang"
    stderr = refused(write_csv_folder(tmp_path / "data", data))
    assert "3 lỗi" in stderr and "results.csv, dòng 6, cột «plan», giá trị «abc»" in stderr and "ngang" in stderr


def test_duplicate_result_keys_name_the_first_row(tmp_path):
    data = tables()
    data["results"].append(["2020", "A", "I1", "100", "100", "", ""])
    stderr = refused(write_csv_folder(tmp_path / "data", data))
    assert "dòng 16" in stderr and "Trùng khóa với dòng 2" in stderr


def test_duplicate_codes_in_a_catalogue(tmp_path):
    data = tables()
    data["units"].append(["A", "Huyện A lần hai", "huyện"])
    assert "Trùng khóa với dòng 2" in refused(write_csv_folder(tmp_path / "data", data))


def test_a_unit_in_two_clusters_in_one_year(tmp_path):
    data = tables()
    data["members"].append(["2020", "C2", "A", ""])
    assert "thuộc hai cụm trong năm 2020" in refused(write_csv_folder(tmp_path / "data", data))


def test_a_unit_outside_any_cluster_that_year(tmp_path):
    assert "không thuộc cụm nào trong năm 2021" in refused(
        write_csv_folder(tmp_path / "data", replace("results", 1, "period", "2021"))
    )


def test_an_indicator_used_outside_its_cluster(tmp_path):
    data = tables()
    data["results"].append(["2020", "A", "I4", "90", "95", "", ""])
    assert "chỉ áp dụng cho cụm «C2»" in refused(write_csv_folder(tmp_path / "data", data))


def test_ambiguous_numbers_are_refused(tmp_path):
    data = replace("results", 1, "actual", "123.6")
    data["results"][2][4] = "0,33"
    assert "Số không rõ ràng" in refused(write_csv_folder(tmp_path / "data", data))


def test_missing_table_and_missing_column(tmp_path):
    assert "Thiếu bảng bắt buộc «results»" in refused(write_csv_folder(tmp_path / "a", tables(results=None)))
    data = tables()
    data["indicators"] = [row[:6] + row[7:] for row in data["indicators"]]  # drop max_points
    assert "Thiếu cột bắt buộc «Điểm tối đa»" in refused(write_csv_folder(tmp_path / "b", data))


def test_a_file_that_is_not_utf8(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables())
    (folder / "units.csv").write_bytes("unit_id,name\nA,Đông Café\n".encode()[:24] + "é\n".encode("cp1252"))
    stderr = refused(folder)
    assert "units.csv" in stderr and "không phải văn bản UTF-8" in stderr and "dòng 2" in stderr


def test_a_corrupt_workbook(tmp_path):
    path = tmp_path / "hỏng.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    assert "Không đọc được sổ Excel" in refused(path)


def test_a_ragged_csv_row(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables())
    with open(folder / "units.csv", "a", encoding="utf-8") as file:
        file.write("F,Huyện F,huyện,thừa\n")
    assert "dòng 7" in refused(folder)


def test_rules_toml_problems(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables())
    (folder / "rules.toml").write_text('[attainment]\nlower = "sideways"\n[scoring]\nbonus = 2\n', encoding="utf-8")
    stderr = refused(folder)
    assert "attainment.lower" in stderr and "scoring.bonus" in stderr


def test_workbook_errors_name_the_sheet(tmp_path):
    path = write_workbook(tmp_path / "data.xlsx", replace("results", 1, "unit_id", "ZZ"))
    stderr = refused(path)
    assert "data.xlsx, trang tính «Kết quả», dòng 2, cột «Mã đơn vị»" in stderr


def test_warnings_do_not_stop_the_work(tiny):
    result = run_cli("scores", str(tiny), "--period", "2020", "--format", "csv")
    assert result.returncode == 0
    assert "Cảnh báo" in result.stderr and "«C»" in result.stderr and "I1" in result.stderr


def test_distinct_keys_never_collide_when_their_packing_would_pass_int64():
    """Five key columns of 65,535 distinct values pack as c0·2**64 + c1·2**48 + … : packed naively, two rows that
    differ only in the first column wrap around to one number and look like a repeat. None is reported."""
    import numpy as np
    import pandas as pd

    from emulation.data.cells import Cells
    from emulation.data.load import RawTable

    distinct = 2**16 - 1
    rng = np.random.default_rng(5)
    keys = pd.DataFrame({name: np.append(rng.permutation(distinct), 0).astype(str) for name in "bcde"})
    keys.iloc[-1] = keys.iloc[5]  # the last row repeats row 5 in every column but the first
    keys.insert(0, "a", np.arange(distinct + 1).astype(str))
    raw = RawTable("results", "results.csv", None, keys, {}, np.arange(2, len(keys) + 2))
    repeat, _ = Cells().repeats(raw, keys)
    assert not repeat.any()
    keys.loc[len(keys) - 1, "a"] = keys.loc[5, "a"]  # now a true repeat of row 5 (Excel row 7)
    repeat, first = Cells().repeats(raw, keys)
    assert repeat.sum() == 1 and repeat.iloc[-1] and first.iloc[-1] == 7
