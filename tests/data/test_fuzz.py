"""Fuzzed input: random and mutated datasets always give a result or a refusal with located problems, never
another exception or a hang. EMULATION_FUZZ_EXAMPLES sets how many examples each test runs (`make fuzz`
runs thousands; `make test` a bounded number)."""

import datetime as dt
import os
import signal
import tempfile
from pathlib import Path

import pytest
from conftest import TINY, tables, write_csv_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation.data.dataset import open_dataset
from emulation.data.problems import DataError
from emulation.engine.analysis import analyse
from emulation.views.words import describe

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("EMULATION_FUZZ_EXAMPLES", "80"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=False)
CELL_CODES = {
    "required_value",
    "not_a_number",
    "ambiguous_number",
    "ambiguous_number_dot",
    "date_not_number",
    "not_integer",
    "bad_period",
    "bad_direction",
    "bad_flow",
    "bad_role",
    "negative_max_points",
    "duplicate_key",
    "unknown_cluster",
    "unknown_unit",
    "unknown_indicator",
    "not_member",
}
SECONDS_PER_EXAMPLE = 30

nasty_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            " ",
            "=1+2",
            "+SUM(A1)",
            "@x",
            "1e308",
            "-1e400",
            "9" * 400,
            "NaN",
            "inf",
            "−5",
            "1.2.3,4",
            "12,5%",
            "0,16‰",
            "2020-01-02",
            "01/02/2020",
            "có",
            "không đạt",
            "x",
            "\u0000",
            "\ufeff",
            "NA",
            "2020-H1",
            "2020-h1",
            "2021",
            "tăng",
            "giảm",
            "trưởng",
            "<script>",
            "../../etc",
            "👍",
        ]
    ),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda value: f"{value:.6g}"),
)


@st.composite
def mutated(draw):
    """TINY with a few random changes: cells, headers, dropped tables, duplicated or blank rows."""
    data = tables()
    for _ in range(draw(st.integers(1, 6))):
        name = draw(st.sampled_from(sorted(data)))
        rows = data[name]
        kind = draw(st.sampled_from(["cell", "cell", "cell", "header", "drop", "duplicate", "blank"]))
        if kind == "cell" and len(rows) > 1:
            row = draw(st.integers(1, len(rows) - 1))
            column = draw(st.integers(0, len(rows[0]) - 1))
            rows[row][column] = draw(nasty_text)
        elif kind == "header":
            rows[0][draw(st.integers(0, len(rows[0]) - 1))] = draw(nasty_text)
        elif kind == "drop" and name in data:
            data.pop(name)
        elif kind == "duplicate" and len(rows) > 1:
            rows.append(list(rows[draw(st.integers(1, len(rows) - 1))]))
        elif kind == "blank":
            rows.insert(draw(st.integers(1, len(rows))), [""] * len(rows[0]))
    return data


def check(path: Path) -> None:
    """The property: a result (every period analysable) or a DataError whose problems are located."""
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(SECONDS_PER_EXAMPLE)
    try:
        try:
            dataset = open_dataset(path)
        except DataError as refused:
            assert refused.problems
            for problem in refused.problems:
                describe(problem, "vi"), describe(problem, "en")
                if problem.code in CELL_CODES:
                    assert problem.source and problem.row is not None and problem.column, problem
            return
        for period in dataset.periods:
            analysis = analyse(dataset, period)
            analysis.rows, analysis.indicators  # noqa: B018 - computed lazily: compute them
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _hung(*_):
    raise AssertionError(f"no answer within {SECONDS_PER_EXAMPLE} s")


@FUZZ
@given(mutated(), st.sampled_from([",", ";"]), st.booleans())
def test_mutated_csv_folders(data, separator, bom):
    with tempfile.TemporaryDirectory() as folder:
        check(write_csv_folder(Path(folder), data, separator=separator, bom=bom))


@FUZZ
@given(
    st.sampled_from(sorted(TINY)),
    st.sampled_from(["latin-1", "utf-16", "cp1258", "truncate", "garbage"]),
    st.integers(0, 10_000),
    st.binary(max_size=64),
)
def test_broken_encodings_and_truncated_files(name, damage, cut, noise):
    with tempfile.TemporaryDirectory() as folder:
        folder = write_csv_folder(Path(folder), tables())
        target = folder / f"{name}.csv"
        text = target.read_text(encoding="utf-8-sig")
        if damage == "truncate":
            target.write_bytes(target.read_bytes()[: cut % max(1, target.stat().st_size)])
        elif damage == "garbage":
            raw = target.read_bytes()
            position = cut % max(1, len(raw))
            target.write_bytes(raw[:position] + noise + raw[position:])
        else:
            target.write_bytes(text.encode(damage, errors="replace"))
        check(folder)


workbook_cell = st.one_of(
    nasty_text,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(dt.datetime(2020, 1, 2)),
    st.just(dt.date(2019, 12, 31)),
    st.just(dt.time(8, 30)),
    st.sampled_from(["=1+2", "=SUM(A1:A3)", "=1/0"]),
    st.booleans(),
    st.none(),
)


@FUZZ
@given(
    mutated(),
    st.lists(
        st.tuples(st.sampled_from(sorted(TINY)), st.integers(1, 15), st.integers(1, 8), workbook_cell), max_size=6
    ),
    st.lists(st.sampled_from(sorted(TINY)), max_size=2),
    st.lists(st.sampled_from(sorted(TINY)), max_size=2),
)
def test_mutated_workbooks(data, cells, merged, emptied):
    """Workbook cells of every Excel type, formulas, merged cells and empty sheets."""
    from conftest import VIETNAMESE
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def storable(value):  # Excel itself cannot hold control characters; the test must not ask it to
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in data.items():
        sheet = workbook.create_sheet(VIETNAMESE[name][0])
        if name in emptied:
            continue
        for row in rows:
            sheet.append([storable(value) for value in row])
    for name, row, column, value in cells:
        if VIETNAMESE[name][0] in workbook.sheetnames:
            workbook[VIETNAMESE[name][0]].cell(row=row, column=column).value = storable(value)
    for name in merged:
        if VIETNAMESE[name][0] in workbook.sheetnames:
            workbook[VIETNAMESE[name][0]].merge_cells("A2:B3")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.xlsx"
        workbook.save(path)
        check(path)
