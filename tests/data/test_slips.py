"""Slips caught before publishing (contract section 11): an actual ten times, or a tenth of, the same unit's
actual of the same kind of period a year before, or a hundred times off its plan, is warned about on its row."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from conftest import TINY, tables, write_csv_folder

from emulation.data.dataset import SAMPLE, open_dataset

SLIPS = ("actual_scale", "actual_year_before")


def slips(path: Path) -> list:
    return [warning for warning in open_dataset(path).warnings if warning.code in SLIPS]


def test_the_shipped_sample_raises_no_slip_warning():
    assert slips(SAMPLE) == []


def planted(folder: Path, changes: dict[tuple[str, str, str], object]) -> dict[tuple[str, str, str], int]:
    """The sample's results with some actuals replaced (a function of the row's cells, or of the whole table);
    returns each changed row's number as Excel shows it."""
    path = folder / "results.csv"
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    at = {tuple(row[:3]): number for number, row in enumerate(rows) if number}
    for key, change in changes.items():
        rows[at[key]][4] = change(rows, at)
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    return {key: at[key] + 1 for key in changes}


def actual(rows, at, key) -> float:
    return float(rows[at[key]][4])


def test_slips_planted_in_the_sample_are_each_warned_with_their_row(tmp_path):
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "sample"))
    times_twenty = ("2018", "KG-AM", "NS")  # budget revenue, twenty times the year before's 33.492
    twentieth = ("2018-H1", "KG-AB", "VL")  # jobs, a twentieth of the first half of 2017's 1500
    thousandfold = ("2019", "HG-TP", "THN")  # households out of poverty, 115 000 against a plan of 100
    rows = planted(
        folder,
        {
            times_twenty: lambda rows, at: str(actual(rows, at, ("2017", "KG-AM", "NS")) * 20),
            twentieth: lambda rows, at: str(actual(rows, at, ("2017-H1", "KG-AB", "VL")) / 20),
            thousandfold: lambda rows, at: str(actual(rows, at, thousandfold) * 1000),
        },
    )
    warnings = {(warning.code, warning.row): warning for warning in slips(folder)}
    assert ("actual_year_before", rows[times_twenty]) in warnings
    assert ("actual_year_before", rows[twentieth]) in warnings
    assert ("actual_scale", rows[thousandfold]) in warnings
    before = warnings[("actual_year_before", rows[twentieth])]
    assert before.column == "Thực hiện" and before.value == "75"
    assert before.params["other_period"] == "2017-H1" and before.params["other_actual"] == 1500.0
    # the Hà Giang units' year after (2020) is now a thousandth of 2019's: warned too, naming the slipped row
    after = [warning for warning in warnings.values() if warning.params.get("other_row") == rows[thousandfold]]
    assert len(after) == 1 and after[0].params["other_period"] == "2019"
    assert len(warnings) == 4


def with_history(actual_2019: str, actual_2020: str, indicator: str = "I1", plan: str = "100") -> list[list[str]]:
    """TINY with A's row of `indicator` in 2019 (A a member that year) and its 2020 actual set."""
    results = [list(row) for row in TINY["results"]]
    for row in results:
        if row[:3] == ["2020", "A", indicator]:
            row[4] = actual_2020
    return results + [["2019", "A", indicator, plan, actual_2019, "", ""]]


def members_2019() -> list[list[str]]:
    return TINY["members"] + [["2019", "C1", "A", ""]]


def test_ten_times_the_year_before_is_warned_and_nine_is_not(tmp_path):
    warned = write_csv_folder(tmp_path / "ten", tables(results=with_history("12.4", "124"), members=members_2019()))
    found = slips(warned)
    assert [(warning.code, warning.row, warning.params["other_row"]) for warning in found] == [
        ("actual_year_before", 2, 16)
    ]
    quiet = write_csv_folder(tmp_path / "nine", tables(results=with_history("13.8", "124"), members=members_2019()))
    assert slips(quiet) == []


def test_never_for_binary_indicators_nor_zero_actuals(tmp_path):
    binary = write_csv_folder(
        tmp_path / "binary", tables(results=with_history("0.05", "1", indicator="I3", plan="1"), members=members_2019())
    )
    assert slips(binary) == []
    zero = write_csv_folder(tmp_path / "zero", tables(results=with_history("0", "124"), members=members_2019()))
    assert slips(zero) == []


def test_a_hundred_times_the_plan_is_warned(tmp_path):
    results = [list(row) for row in TINY["results"]]
    results[1][4] = "10000"  # A's I1: 100 times its plan of 100
    found = slips(write_csv_folder(tmp_path / "plan", tables(results=results)))
    assert [(warning.code, warning.row, warning.params["plan"]) for warning in found] == [("actual_scale", 2, 100.0)]


def test_the_warnings_write_their_numbers_the_readers_way(tmp_path):
    """A plan of 1234.5 and an actual of the year before of 12.4 read 1.234,5 and 12,4 in Vietnamese (1,234.5
    and 12.4 in English), never 1234.5 inside a Vietnamese sentence."""
    from emulation.views.words import describe

    results = [list(row) for row in TINY["results"]]
    results[1][3:5] = ["1234.5", "123450"]  # A's I1: 100 times its plan
    (plan,) = slips(write_csv_folder(tmp_path / "plan", tables(results=results)))
    assert "(1.234,5)" in describe(plan, "vi") and "(1,234.5)" in describe(plan, "en")
    (before,) = slips(
        write_csv_folder(tmp_path / "ten", tables(results=with_history("12.4", "124"), members=members_2019()))
    )
    assert "12,4" in describe(before, "vi") and "12.4" in describe(before, "en")
