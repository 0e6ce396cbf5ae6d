"""The command line as other programs use it: columns, formats, exit codes, no traceback."""

import contextlib
import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from conftest import run_cli

import emulation
from emulation import cli

ATTAINMENT = (
    "period,cluster_id,unit_id,indicator_id,direction,flow,plan,actual,progress_pct,attainment_pct,status,points"
)
SCORES = (
    "period,cluster_id,unit_id,rank,total,indicator_points,adjustment_points,achieved_count,row_count,"
    "missing_count,mean_attainment,award"
)


def test_attainment_csv_has_the_contract_columns_and_unrounded_numbers(tiny):
    result = run_cli("attainment", str(tiny), "--period", "2020-H1", "--format", "csv")
    assert result.returncode == 0
    assert result.stdout.startswith(ATTAINMENT + ",")
    rows = {(row["unit_id"], row["indicator_id"]): row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert float(rows[("A", "I1")]["progress_pct"]) == pytest.approx(55.66)
    assert float(rows[("A", "I1")]["attainment_pct"]) == pytest.approx(111.32)
    assert rows[("A", "I1")]["flow"] == "yes" and rows[("C", "I1")]["status"] == "missing"


def test_scores_csv_and_json_agree(tiny):
    as_csv = run_cli("scores", str(tiny), "--period", "2020", "--format", "csv")
    as_json = run_cli("scores", str(tiny), "--period", "2020", "--format", "json", "--cluster", "C1")
    assert as_csv.stdout.startswith(SCORES + ",self_points,self_diff")
    records = json.loads(as_json.stdout)
    assert [record["unit_id"] for record in records] == ["A", "D", "B", "C"]
    assert records[0]["total"] == 82.0 and records[0]["award"] == "flag" and records[2]["adjustment_points"] == -1.5
    assert records[3]["mean_attainment"] == pytest.approx(90.0)


def test_table_format_is_vietnamese(tiny):
    result = run_cli("scores", str(tiny), "--period", "2020")
    assert "Tổng điểm" in result.stdout and "82,00" in result.stdout and "Cờ thi đua" in result.stdout
    english = run_cli("attainment", str(tiny), "--period", "2020", "--lang", "en")
    assert "% of plan" in english.stdout and "124.0%" in english.stdout and "Exceeded" in english.stdout


def test_summary_prints_the_paragraph(tiny):
    result = run_cli("summary", str(tiny), "--period", "2020", "--cluster", "C1")
    assert result.returncode == 0
    assert "Thu ngân sách: Huyện A đạt 124,0% KH" in result.stdout


@pytest.mark.parametrize(
    "args, words",
    [
        (["--period", "2030"], "Kỳ «2030» không có trong dữ liệu"),
        (["--period", "2020", "--cluster", "C9"], "Cụm «C9» không có trong dữ liệu kỳ 2020"),
        (["--period", "2020", "--format", "xml"], "Tham số không hợp lệ"),
    ],
)
def test_bad_arguments_exit_2(tiny, args, words):
    result = run_cli("scores", str(tiny), *args)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr


def test_argument_errors_speak_english_when_asked(tiny):
    result = run_cli("scores", str(tiny), "--period", "2030", "--lang", "en")
    assert result.returncode == 2 and "Period '2030' is not in the data" in result.stderr


def test_missing_data_path_exits_2(tmp_path):
    result = run_cli("scores", str(tmp_path / "nowhere"), "--period", "2020")
    assert result.returncode == 2 and "Không tìm thấy dữ liệu" in result.stderr


def test_default_dataset_is_the_sample():
    result = run_cli("validate")
    assert result.returncode == 0 and "8 cụm" in result.stdout


def parser_commands() -> list[str]:
    """Every command the parser knows, read from the usage line it prints (`{validate,attainment,…}`), through
    argparse's public API only (a command added there is tested here)."""
    from emulation.cli.parser import build_parser

    (choices,) = re.findall(r"\{([a-z,]+)\}", build_parser().format_usage())
    return choices.split(",")


COMMANDS = parser_commands()


def help_text(*argv: str) -> str:
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="utf-8")  # main() reconfigures its streams, as a terminal's
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        cli.main(list(argv))
    assert stop.value.code == 0
    out.flush()
    return buffer.getvalue().decode("utf-8")


@pytest.mark.parametrize("command", [None] + COMMANDS)
def test_every_help_works_in_vietnamese_and_english(command):
    before = [command] if command else []
    vietnamese, english = help_text(*before, "--help"), help_text(*before, "--help", "--lang", "en")
    assert vietnamese.startswith("cách dùng: emulation") and "hiện trợ giúp này rồi thoát" in vietnamese
    assert "usage" not in vietnamese and "show this help" not in vietnamese and "optional arguments" not in vietnamese
    assert english.startswith("usage: emulation") and "show this help message and exit" in english
    if command in ("attainment", "scores"):
        assert "% kế hoạch" in vietnamese or "kỳ: YYYY" in vietnamese


def test_the_command_list_and_version():
    listing = help_text("--help")
    assert "% kế hoạch và đánh giá từng chỉ tiêu" in listing and "hiện phiên bản rồi thoát" in listing
    assert all(command in listing for command in COMMANDS)
    assert help_text("--version").strip() == f"emulation {emulation.__version__}"


def test_argument_errors_speak_the_chosen_language(capsys):
    assert cli.main(["attainment"]) == 2
    assert "Tham số không hợp lệ: thiếu tham số bắt buộc: --period" in capsys.readouterr().err
    assert cli.main(["attainment", "--lang", "en"]) == 2
    assert "Invalid argument: the following arguments are required: --period" in capsys.readouterr().err
    assert cli.main(["scores", "--period", "2019", "--lang", "fr"]) == 2
    assert "lựa chọn không hợp lệ: 'fr'" in capsys.readouterr().err


@pytest.mark.parametrize(("chosen", "seen"), [(None, "0"), ("1", "1")])
def test_the_program_turns_numpys_huge_page_advice_off_before_numpy_loads_unless_the_user_chose(chosen, seen):
    # NumPy reads its documented NUMPY_MADVISE_HUGEPAGE once, when it loads: the command must set it before
    script = (
        "import os, sys, types\n"
        "import emulation.__main__ as entry\n"
        "sys.modules['emulation.cli'] = types.SimpleNamespace(\n"
        "    program=lambda: print(os.environ.get('NUMPY_MADVISE_HUGEPAGE'), 'numpy' in sys.modules))\n"
        "entry.program()\n"
    )
    environment = {key: value for key, value in os.environ.items() if key != "NUMPY_MADVISE_HUGEPAGE"}
    if chosen is not None:
        environment["NUMPY_MADVISE_HUGEPAGE"] = chosen
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True)
    assert ran.stdout.split() == [seen, "False"]


def test_the_program_answers_then_freezes_what_is_left_before_it_exits(monkeypatch):
    steps = []
    monkeypatch.setattr(cli, "main", lambda: steps.append("answered") or 2)
    monkeypatch.setattr(cli.gc, "freeze", lambda: steps.append("frozen"))
    with pytest.raises(SystemExit) as ended:
        cli.program()
    assert ended.value.code == 2 and steps == ["answered", "frozen"]
