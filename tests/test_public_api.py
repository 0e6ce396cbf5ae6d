"""What a notebook author meets on day one: periods in time order, the same dtypes whatever the data holds,
and the package's promises about its own modules."""

import subprocess
import sys

import pandas as pd
import pytest

from emulation import analyse, open_dataset


@pytest.fixture(scope="module")
def sample():
    return open_dataset()


def test_periods_sort_and_compare_in_time_order(sample):
    order = ["2017-H1", "2017", "2018-H1", "2018", "2019-H1", "2019", "2020-H1", "2020", "2023", "2024", "2025"]
    results = sample.results
    assert results["period"].sort_values().unique().tolist() == order  # the file lists 2019-H1 first
    assert set(results.loc[results["period"] >= "2019", "period"]) == {
        "2019",
        "2020-H1",
        "2020",
        "2023",
        "2024",
        "2025",
    }
    assert sample.periods == order
    for table in ("adjustments", "votes", "criterion_scores"):  # one period dtype for every table
        assert sample.__dict__[table]["period"].dtype == results["period"].dtype


FRAMES = ("scored", "units", "rows", "criteria", "indicators")


def kinds(frame: pd.DataFrame) -> dict[str, str]:
    return frame.dtypes.astype(str).to_dict()


def test_every_period_gives_frames_of_the_same_dtypes(sample):
    # 2019 is complete; 2018 and 2025 lack rows (members without some indicator) and only 2025 has a guide
    first = analyse(sample, "2019")
    assert (first.units["period"] == "2019").all() and first.units["period"].dtype == sample.results["period"].dtype
    for period in ("2018", "2025", "2020-H1"):
        other = analyse(sample, period)
        for name in FRAMES:  # codes are categoricals of the codes present; the period's dtype is the dataset's own
            assert kinds(getattr(other, name)) == kinds(getattr(first, name)), (period, name)
            if "period" in getattr(first, name):
                assert getattr(other, name)["period"].dtype == sample.results["period"].dtype
    assert first.criteria.empty and not analyse(sample, "2025").criteria.empty
    assert first.units["self_total"].isna().all()  # no guide: no claimed total


def test_dataset_tables_keep_their_dtypes_without_the_optional_tables(tmp_path, sample):
    import shutil

    from emulation.resources import sample_folder

    bare = shutil.copytree(sample_folder(), tmp_path / "bare")
    for name in ("adjustments", "votes", "criterion_scores"):
        (bare / f"{name}.csv").unlink()
    reduced = open_dataset(bare)
    for name in ("adjustments", "votes", "criterion_scores"):
        assert reduced.__dict__[name].empty
        assert kinds(reduced.__dict__[name]) == kinds(sample.__dict__[name]), name
        assert reduced.__dict__[name]["period"].dtype == reduced.results["period"].dtype


def test_reading_csv_files_loads_no_pandas():
    # the command line reads a folder's files on a second thread while pandas is imported: that module and what
    # it imports must not import pandas themselves
    code = "import sys, emulation.data.csv_files; print('pandas' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )


def test_the_command_line_starts_reading_the_data_before_pandas_is_imported():
    # docs/performance.md, ReadAhead: the files are read on a second thread while pandas is imported, so nothing
    # a command does before it opens the data (parsing its arguments, writing its --period canonically) may
    # import pandas
    code = (
        "import sys\n"
        "from emulation.data import csv_files\n"
        "start = csv_files.ReadAhead.start\n"
        "def spy(path):\n"
        "    print('pandas imported:', 'pandas' in sys.modules, file=sys.stderr)\n"
        "    return start(path)\n"
        "csv_files.ReadAhead.start = spy\n"
        "from emulation.cli import main\n"
        "main(['scores', '--period', ' 2025-h1 ', '--format', 'csv'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pandas imported: False" in done.stderr


def test_history_the_old_name_of_analyse_periods_still_answers_with_a_deprecation_warning():
    import emulation
    from emulation.engine.analysis import history

    sample = emulation.open_dataset()
    units, rows = emulation.analyse_periods(sample, ["HG-DL"], ["2019", "2020"])
    with pytest.warns(DeprecationWarning, match="analyse_periods"):
        old_units, old_rows = emulation.history(sample, ["HG-DL"], ["2019", "2020"])
    pd.testing.assert_frame_equal(old_units, units)
    pd.testing.assert_frame_equal(old_rows, rows)
    assert units["period"].astype(str).unique().tolist() == ["2019", "2020"]
    with pytest.warns(DeprecationWarning):
        history(sample, ["HG-DL"], ["2020"])
    assert "history" not in emulation.__all__ and "analyse_periods" in emulation.__all__


def test_the_packages_names_are_the_ones_it_exports():
    import emulation

    assert sorted(emulation.__all__) == sorted(emulation._EXPORTS)
    assert all(getattr(emulation, name) is not None for name in emulation.__all__)
