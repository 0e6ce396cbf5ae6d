"""Section 8's refusals and warnings, each with its file, row and column (the header is row 1)."""

import pytest
from conftest import tables, write_csv_folder

from emulation import DataError, open_dataset
from emulation.views.words import describe


def refused(tmp_path, rules: str = "", **changes) -> list[str]:
    folder = write_csv_folder(tmp_path / "data", tables(**changes))
    (folder / "rules.toml").write_text(rules, encoding="utf-8")
    with pytest.raises(DataError) as error:
        open_dataset(folder)
    return [describe(problem) for problem in error.value.problems]


def has(lines: list[str], *parts: str) -> bool:
    return any(all(part in line for part in parts) for line in lines)


def test_the_three_tables_refuse_what_section_8_refuses(tmp_path):
    lines = refused(
        tmp_path,
        unit_years=[
            ["year", "unit_id", "rating", "hold"],
            ["2020", "Z", "", ""],
            ["2020", "A", "xuất sắc lắm", ""],
            ["2019", "B", "good", ""],
            ["2019", "B", "", "thanh tra"],
        ],
        awards=[
            ["unit_id", "award", "year", "kind", "revoked"],
            ["A", "Cờ", "2020", "truy tặng", ""],
            ["A", "Cờ", "2020", "", "có lẽ"],
            ["B", "Cờ", "2019", "", ""],
            ["B", "Cờ", "2019", "", ""],
        ],
        predecessors=[
            ["unit_id", "predecessor_id", "year", "note"],
            ["A", "B", "2020", ""],
            ["A", "B", "2020", ""],
            ["B", "A", "2020", ""],
            ["C", "D", "2020", ""],
            ["C", "E", "2021", ""],
        ],
    )
    assert has(lines, "unit_years.csv, dòng 2, cột «unit_id»", "«Z»")
    assert has(lines, "unit_years.csv, dòng 3, cột «rating»", "Hoàn thành xuất sắc nhiệm vụ")
    assert has(lines, "unit_years.csv, dòng 5, cột «unit_id»", "dòng 4")  # (2019, B) twice
    assert has(lines, "awards.csv, dòng 2, cột «kind»") and has(lines, "awards.csv, dòng 3, cột «revoked»")
    assert has(lines, "awards.csv, dòng 5, cột «award»", "dòng 4")  # a row repeated in every column
    assert has(lines, "predecessors.csv, dòng 3, cột «predecessor_id»", "dòng 2")  # (A, B) twice
    assert has(lines, "predecessors.csv, dòng 4, cột «predecessor_id»", "B")  # B from A from B: its own ancestor
    assert has(lines, "predecessors.csv, dòng 6, cột «year»", "C")  # C formed in 2020 and 2021


def test_award_forms_refuse_what_section_8_refuses(tmp_path):
    rules = """
[history]
predecessors = "maybe"
[[award_forms]]
routes = ["history"]
[[award_forms]]
name = "Cờ"
routes = ["leaders", "leaders", "flagpole"]
leaders_share = 1.5
[[award_forms]]
name = "cờ"
routes = ["history"]
years = 0
years_rating = "tuyệt vời"
[[award_forms]]
name = "Bằng khen"
routes = ["history", "cluster_flag"]
after = "Huân chương"
min_rating = "good"
[[award_forms]]
name = "Kỷ niệm chương"
routes = []
[[award_forms]]
name = "Giấy khen"
routes = ["leaders"]
with_count = 2.5
"""
    lines = refused(tmp_path, rules)
    for column in (
        "history.predecessors",
        "award_forms[1].name",
        "award_forms[2].leaders_share",
        "award_forms[3].years",
        "award_forms[4].years",
        "award_forms[5].routes",
        "award_forms[6].with_count",
    ):
        assert has(lines, f"rules.toml, cột «{column}»"), (column, lines)
    lines = refused(
        tmp_path / "2",
        rules.replace("leaders_share = 1.5", "leaders_share = 0.5")
        .replace("years = 0", "years = 2")
        .replace('years_rating = "tuyệt vời"', 'years_rating = "good"')
        .replace("with_count = 2.5", "leaders_share = 1"),
    )
    assert has(lines, "award_forms[2].routes", "flagpole") and has(lines, "award_forms[2].routes", "hai lần")
    assert has(lines, "award_forms[3].name") and has(lines, "award_forms[2].name")  # «Cờ» and «cờ» are one name
    assert has(lines, "award_forms[4].after", "Huân chương") and has(lines, "award_forms[4].years")
    assert not has(lines, "award_forms[4].min_rating")  # "good" is a rating of the default list


def test_warnings_an_award_of_no_form_and_members_that_disagree_with_the_reorganisation(tmp_path):
    folder = write_csv_folder(
        tmp_path / "data",
        tables(
            awards=[["unit_id", "award", "year"], ["A", "Huy hiệu lạ", "2019"], ["B", "Huy hiệu lạ", "2019"]],
            predecessors=[["unit_id", "predecessor_id", "year"], ["E", "A", "2020"], ["D", "C", "2021"]],
        ),
    )
    (folder / "rules.toml").write_text('[[award_forms]]\nname = "Cờ"\nroutes = ["cluster_flag"]\n', encoding="utf-8")
    lines = [describe(problem) for problem in open_dataset(folder).warnings]
    assert sum("Huy hiệu lạ" in line for line in lines) == 1  # once per name
    assert has(lines, "predecessors.csv, dòng 2, cột «predecessor_id»", "A", "2020")  # A still a member in 2020
    assert has(lines, "predecessors.csv, dòng 3, cột «unit_id»", "D", "2021")  # D a member in 2020, formed in 2021
    assert not has(lines, "cột «unit_id»", "E")  # E a member from its own first year on: as it should be


def test_a_repeated_award_is_equal_in_every_cell_blank_ones_included_and_each_warning_falls_on_its_row(tmp_path):
    awards = [
        ["unit_id", "award", "year", "decision", "revoked"],
        ["A", "Cờ", "2019", "12/QĐ", ""],
        ["A", "Cờ", "2019", "", ""],  # differs from row 2 by a blank decision: not a repeat
        ["A", "Cờ", "2019", "", "có"],  # differs from row 3 by its revocation: not a repeat
        ["A", "Cờ", "2019", "", ""],  # row 3 again, its blank cells too
    ]
    lines = refused(tmp_path, awards=awards)
    assert has(lines, "awards.csv, dòng 5, cột «award»", "dòng 3")
    assert not any(f"awards.csv, dòng {row}" in line for row in (2, 3, 4) for line in lines)
    folder = write_csv_folder(
        tmp_path / "warned",
        tables(
            awards=awards[:4],
            # D formed in 2021 from C and B (both members in 2020 only), E in 2020 from A (a member in 2020)
            predecessors=[
                ["unit_id", "predecessor_id", "year"],
                ["D", "C", "2021"],
                ["D", "B", "2021"],
                ["E", "A", "2020"],
            ],
        ),
    )
    lines = [describe(problem) for problem in open_dataset(folder).warnings]
    formed_early = [line for line in lines if "2021" in line and "cột «unit_id»" in line]
    assert len(formed_early) == 1 and "dòng 2" in formed_early[0]  # once per formed unit, on its first row
    still = [line for line in lines if "cột «predecessor_id»" in line]
    assert len(still) == 1 and "dòng 4" in still[0] and "A" in still[0]  # B and C left before 2021: no warning
