"""The year end as a board's clerk runs it (docs/vi/huong-dan.md, "Một năm làm việc, từng bước"): in a folder of
their own, with the `emulation` command, from the board's dataset before the year end (its 2025 plans, no 2025
actuals) to the pre-filled template, six communes each filling only their own rows in their own copy, the merge
with the board's folder, and the scores, grades and proposal list the board's data gives with those figures."""

import csv
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from emulation.resources import sample_folder

CLUSTER = "AG-X1"


def clerk(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """The command as the clerk types it, in their folder."""
    return subprocess.run(
        [sys.executable, "-m", "emulation", *args], capture_output=True, text=True, timeout=300, cwd=folder
    )


def sample_rows(table: str) -> list[list[str]]:
    with open(sample_folder() / f"{table}.csv", encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def board_before_the_year_end(folder: Path) -> Path:
    """The sample as a board holds it before the year end (every 2025 row with its plan, no actual), made as
    the guide's step 0 makes a first dataset from the sample."""
    made = clerk(folder, "merge", "du-lieu", str(sample_folder()))
    assert made.returncode == 0, made.stderr
    board = folder / "du-lieu"
    with open(board / "results.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:5] == ["Kỳ", "Mã đơn vị", "Mã chỉ tiêu", "Kế hoạch", "Thực hiện"]
    for row in rows[1:]:
        if row[0] == "2025":
            row[4] = ""
    with open(board / "results.csv", "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    return board


def communes() -> list[str]:
    return [row[2] for row in sample_rows("members")[1:] if row[0] == "2025" and row[1] == CLUSTER]


def fill(template: Path, unit: str, out: Path, actuals: dict | None = None) -> dict[str, int]:
    """A commune's copy of the template with its own actuals (the sample's) typed in, the others' rows left
    as they are; the Excel row of each of its indicators."""
    actuals = actuals or {(row[1], row[2]): row[4] for row in sample_rows("results")[1:] if row[0] == "2025"}
    workbook = openpyxl.load_workbook(template)
    rows = {}
    for row in workbook["Kết quả"].iter_rows(min_row=2):
        if row[1].value == unit:
            rows[row[2].value] = row[0].row
            value = actuals.get((unit, row[2].value), "")
            row[4].value = float(value) if value != "" else None
    out.parent.mkdir(exist_ok=True)
    workbook.save(out)
    return rows


@pytest.fixture(scope="module")
def year_end(tmp_path_factory):
    """The clerk's folder after the guide's steps 1 to 3: the board's data, the template, the six submissions
    in nop/, and the merge's answer."""
    folder = tmp_path_factory.mktemp("clerk")
    board_before_the_year_end(folder)
    made = clerk(folder, "template", "mau-2025.xlsx", "--from", "du-lieu", "--period", "2025")
    assert made.returncode == 0, made.stderr
    for unit in communes():
        fill(folder / "mau-2025.xlsx", unit, folder / "nop" / f"{unit}.xlsx")
    # the pattern as PowerShell passes it (a POSIX shell would have expanded it): the program expands it,
    # leaving out the lock file Excel keeps beside a workbook open on the clerk's PC
    (folder / "nop" / "~$AG-PRG.xlsx").write_bytes(b"\x00" * 165)
    merged = clerk(folder, "merge", "du-lieu-2025", "du-lieu", "nop/*.xlsx")
    return folder, merged


@pytest.mark.slow
def test_six_communes_own_rows_merged_with_the_boards_folder_give_the_samples_2025(year_end):
    folder, merged = year_end
    assert len(communes()) == 6
    assert merged.returncode == 0, merged.stderr
    assert "mâu thuẫn" not in merged.stderr and "khác nhau" not in merged.stderr
    # the board's rules travel with its folder: the grades and award forms are there
    rules = (folder / "du-lieu-2025" / "rules.toml").read_text(encoding="utf-8-sig")
    assert rules == (sample_folder() / "rules.toml").read_text(encoding="utf-8-sig")
    assert clerk(folder, "validate", "du-lieu-2025").returncode == 0
    for command in (
        ["scores", "--period", "2025", "--format", "csv"],
        ["criteria", "--period", "2025", "--format", "csv"],
        ["proposals", "--year", "2025"],
        ["proposals", "--year", "2025", "--format", "csv"],
    ):
        ours, sample = clerk(folder, command[0], "du-lieu-2025", *command[1:]), clerk(folder, command[0], *command[1:])
        assert ours.returncode == sample.returncode == 0, ours.stderr
        assert ours.stdout == sample.stdout, command
    scores = list(
        csv.DictReader(
            clerk(
                folder, "scores", "du-lieu-2025", "--period", "2025", "--cluster", CLUSTER, "--format", "csv"
            ).stdout.splitlines()
        )
    )
    # graded by the board's rules.toml (nobody is, without it): the sample's 2025 (data/sample/README.md), where
    # Phường Vĩnh Thông's head was warned, which caps its "tốt" at "Hoàn thành nhiệm vụ" (the board's events)
    assert [(row["unit_id"], row["rank"], row["award"], row["grade"], row["grade_event"]) for row in scores] == [
        ("AG-PRG", "1", "flag", "Hoàn thành xuất sắc nhiệm vụ", ""),
        ("AG-XAM", "2", "commendation", "Hoàn thành xuất sắc nhiệm vụ", ""),
        ("AG-XUM", "3", "commendation", "Hoàn thành xuất sắc nhiệm vụ", ""),
        ("AG-PVT", "4", "none", "Hoàn thành nhiệm vụ", "Người đứng đầu bị cảnh cáo"),
        ("AG-XVK", "5", "none", "Hoàn thành nhiệm vụ", ""),
        ("AG-XVT", "6", "none", "", ""),
    ]
    assert "Đề nghị" in clerk(folder, "proposals", "du-lieu-2025", "--year", "2025").stdout


@pytest.mark.slow
def test_the_guides_documents_go_to_one_folder(year_end):
    """Steps 6, 7 and 9: the report, the slides beside it, the score sheet."""
    folder, _ = year_end
    report = clerk(
        folder, "report", "du-lieu-2025", "--period", "2025", "--cluster", CLUSTER, "--out", "bao-cao", "--workers", "1"
    )
    assert report.returncode == 0, report.stderr
    slides = clerk(folder, "slides", "du-lieu-2025", "--period", "2025", "--cluster", CLUSTER, "--out", "bao-cao")
    assert slides.returncode == 0, slides.stderr
    written = {path.relative_to(folder / "bao-cao").as_posix() for path in (folder / "bao-cao").rglob("*.html")}
    assert {f"2025/{CLUSTER}.html", "2025/index.html", "index.html"} <= written
    assert any(name.startswith("2025/") and "slides" in name for name in written), written
    sheet = clerk(folder, "export", "du-lieu-2025", "--period", "2025", "--out", "bang-diem-2025.xlsx")
    assert sheet.returncode == 0 and (folder / "bang-diem-2025.xlsx").is_file()


@pytest.mark.slow
def test_two_communes_filling_one_cell_differently_are_refused_in_words(year_end):
    folder, _ = year_end
    target = folder / "khac"
    prg = fill(folder / "mau-2025.xlsx", "AG-PRG", target / "AG-PRG.xlsx")  # XA-NS: 331.5 in the sample
    other = folder / "khac" / "AG-PVT.xlsx"
    fill(folder / "mau-2025.xlsx", "AG-PVT", other)
    workbook = openpyxl.load_workbook(other)
    workbook["Kết quả"].cell(prg["XA-NS"], 5).value = 1331.25  # AG-PVT's clerk typed into Rạch Giá's row
    workbook.save(other)
    refused = clerk(folder, "merge", "sai", "du-lieu", "khac/AG-PRG.xlsx", "khac/AG-PVT.xlsx")
    assert refused.returncode == 2 and not (folder / "sai").exists()
    row = prg["XA-NS"]
    assert (
        f"khac/AG-PVT.xlsx, trang tính «Kết quả», dòng {row}, cột «Thực hiện»: Kỳ 2025, đơn vị Phường Rạch Giá "
        f"(AG-PRG), chỉ tiêu Thu ngân sách trên địa bàn xã, phường (XA-NS): Thực hiện ở đây là 1.331,25, nhưng ở "
        f"khac/AG-PRG.xlsx, trang tính «Kết quả», dòng {row} là 331,5."
    ) in refused.stderr
    assert "Khóa" not in refused.stderr and "∅" not in refused.stderr


@pytest.mark.slow
def test_a_slip_is_warned_at_the_communes_own_file_and_row(year_end):
    folder, _ = year_end
    # 612 jobs typed as 0,612: a thousandth of the plan of 600
    rows = fill(folder / "mau-2025.xlsx", "AG-PVT", folder / "slip" / "AG-PVT.xlsx", {("AG-PVT", "XA-VL"): "0.612"})
    result = clerk(folder, "merge", "gop", "du-lieu", "slip/AG-PVT.xlsx")
    assert result.returncode == 0, result.stderr
    assert (
        f"Cảnh báo: slip/AG-PVT.xlsx, trang tính «Kết quả», dòng {rows['XA-VL']}, cột «Thực hiện»" in result.stderr
    ), result.stderr
    assert "results.csv, dòng" not in result.stderr


@pytest.mark.slow
def test_merging_the_submissions_alone_says_the_rules_are_missing(year_end):
    folder, _ = year_end
    result = clerk(folder, "merge", "chi-ban-nop", "nop/AG-PRG.xlsx", "nop/AG-PVT.xlsx")
    assert result.returncode == 0 and not (folder / "chi-ban-nop" / "rules.toml").exists()
    assert "rules.toml" in result.stderr and "thư mục dữ liệu của Ban" in result.stderr


def test_a_units_own_template_holds_only_its_rows(tmp_path):
    out = tmp_path / "AG-PVT.xlsx"
    made = clerk(
        tmp_path, "template", str(out), "--from", str(sample_folder()), "--period", " 2025 ", "--unit", " AG-PVT "
    )
    assert made.returncode == 0, made.stderr
    workbook = openpyxl.load_workbook(out)
    results = [row for row in workbook["Kết quả"].iter_rows(min_row=2, values_only=True) if row[0]]
    # one row for every indicator the cluster reports in 2025 (a per-case item some commune has rows of)
    used = {row[2] for row in sample_rows("results")[1:] if row[0] == "2025" and row[1] in communes()}
    assert sorted(row[2] for row in results) == sorted(used) and {row[1] for row in results} == {"AG-PVT"}
    assert {row[0] for row in results} == {"2025"}
    members = [row for row in workbook["Thành viên"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert members == [(2025, CLUSTER, "AG-PVT", "thành viên")]
    claims = {row[1] for row in workbook["Điểm tiêu chí"].iter_rows(min_row=2, values_only=True) if row[0]}
    assert claims == {"AG-PVT"}
    refused = clerk(
        tmp_path, "template", "x.xlsx", "--from", str(sample_folder()), "--period", "2025", "--unit", "HG-TP"
    )
    assert refused.returncode == 2 and "HG-TP" in refused.stderr and "AG-PVT" in refused.stderr


@pytest.mark.parametrize(
    "args, words",
    [
        (["proposals", "--year", "2052"], "Năm «2052» không có trong dữ liệu (có: 2017,"),
        (["proposals", "--year", "25"], "Năm «25» không có trong dữ liệu (có: 2017,"),
        (["scores", "--period", "2052"], "Kỳ «2052» không có trong dữ liệu (có: 2017-H1, 2017,"),
        (
            ["template", "x.xlsx", "--from", str(sample_folder()), "--period", "2052"],
            "Năm «2052» không có trong dữ liệu",
        ),
    ],
)
def test_a_year_or_period_with_no_data_is_refused_with_those_there_are(tmp_path, args, words):
    result = clerk(tmp_path, *args)
    assert result.returncode == 2 and words in result.stderr and "2025" in result.stderr, result.stderr
    assert result.stdout == "" and list(tmp_path.iterdir()) == []


def test_every_command_trims_its_arguments_alike(tmp_path):
    plain = clerk(tmp_path, "scores", "--period", "2025", "--cluster", CLUSTER, "--format", "csv")
    spaced = clerk(tmp_path, "scores", "--period", " 2025 ", "--cluster", f" {CLUSTER} ", "--format", "csv")
    assert plain.returncode == spaced.returncode == 0 and spaced.stdout == plain.stdout
    half = clerk(tmp_path, "attainment", "--period", " 2019-h1 ", "--cluster", " HG-DL", "--format", "csv")
    assert half.returncode == 0 and half.stdout.splitlines()[1].startswith("2019-H1,HG-DL,")
    assert (
        clerk(tmp_path, "proposals", "--year", " 2025 ", "--format", "csv").stdout
        == clerk(tmp_path, "proposals", "--year", "2025", "--format", "csv").stdout
    )


def test_the_dashboard_refuses_at_start_what_its_page_could_not_show(tmp_path):
    """A meeting's dashboard opens its data or does not start: a refused dataset, or one outside --data-root,
    is said in the terminal (exit 2), never a blank screen in the room."""
    (tmp_path / "trong").mkdir()
    outside = clerk(
        tmp_path,
        "dashboard",
        "--template",
        "projector",
        "--data",
        str(sample_folder()),
        "--data-root",
        "trong",
        "--port",
        "1",
    )
    assert outside.returncode == 2 and "--data-root" in outside.stderr and str(sample_folder().parent) in outside.stderr
    missing = clerk(tmp_path, "dashboard", "--template", "projector", "--data", "khong-co", "--port", "1")
    assert missing.returncode == 2 and "khong-co: Không tìm thấy dữ liệu" in missing.stderr


@pytest.mark.slow
def test_the_dossier_publication_and_a_complaint_follow_the_guide(year_end, tmp_path):
    """The guide's step 8 onwards (docs/vi/ho-so.md, docs/vi/cong-bo.md), in the clerk's folder: a draft for every
    proposed or council row of the list, one minutes for AG-X1 (the only cluster with 2025 results) and one
    proposal for An Giang; the year published, unchanged (diff exits 0); then a complaint corrects one actual of
    Xã Vĩnh Thuận and diff names the unit and the indicator (exit 1), the archive untouched."""
    import shutil

    folder, _ = year_end
    listed = list(
        csv.DictReader(
            clerk(folder, "proposals", "du-lieu-2025", "--year", "2025", "--format", "csv").stdout.splitlines()
        )
    )
    drafted = [row for row in listed if row["status"] in ("proposed", "council")]
    made = clerk(folder, "dossier", "du-lieu-2025", "--year", "2025")
    assert made.returncode == 0, made.stderr
    names = sorted(path.name for path in (folder / "dossiers" / "2025").iterdir())
    assert len(names) == len(drafted) + 2
    assert "Biên bản - Cụm thi đua các xã, phường số 1.docx" in names and "Tờ trình - An Giang.docx" in names
    assert clerk(folder, "publish", "du-lieu-2025", "--period", "2025", "--out", "cong-bo-2025").returncode == 0
    assert clerk(folder, "diff", "cong-bo-2025", "du-lieu-2025").returncode == 0
    corrected = folder / "du-lieu-2025-sua"
    shutil.copytree(folder / "du-lieu-2025", corrected)
    results = corrected / "results.csv"
    rows = list(csv.reader(results.open(encoding="utf-8-sig", newline="")))
    (row,) = [row for row in rows if row[:3] == ["2025", "AG-XVT", "XA-NS"]]
    row[4] = str(float(row[4]) + 1)
    with results.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    answer = clerk(folder, "diff", "cong-bo-2025", str(corrected))
    assert answer.returncode == 1, answer.stderr
    assert "Xã Vĩnh Thuận" in answer.stdout and "Thu ngân sách trên địa bàn xã, phường" in answer.stdout
    assert clerk(folder, "diff", "cong-bo-2025", "du-lieu-2025").returncode == 0  # the archive did not move
