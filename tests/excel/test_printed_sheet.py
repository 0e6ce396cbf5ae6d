"""The score sheet printed as a board's secretariat prints it: opened in LibreOffice Calc (Debian's
libreoffice-calc-nogui, headless) and turned into a PDF, read back with poppler's pdftotext."""

import os
import re
import shutil
import subprocess

import pytest
from conftest import run_cli

pytestmark = pytest.mark.slow
needs = [tool for tool in ("soffice", "pdftotext") if shutil.which(tool) is None]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if needs:  # CI installs them (.ci/run); a missing tool is a failure there, not a skip
        pytest.fail(
            f"the printed-sheet test needs {', '.join(needs)}: apt-get install -y libreoffice-calc-nogui poppler-utils"
        )
    folder = tmp_path_factory.mktemp("printed")
    workbook = folder / "bảng-điểm-2019.xlsx"
    assert run_cli("export", "--period", "2019", "--out", str(workbook)).returncode == 0
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = workbook.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    words = [
        [
            (float(y_max) - float(y_min), word)
            for y_min, y_max, word in re.findall(
                r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page
            )
        ]
        for page in boxes.split("<page ")[1:]
    ]
    return pages, words


@pytest.fixture(scope="module")
def printed_2025(tmp_path_factory):
    """The 2025 sheet (a guide: appraisal records) printed as the 2019 one is."""
    if needs:
        pytest.fail(f"the printed-sheet test needs {', '.join(needs)}")
    folder = tmp_path_factory.mktemp("printed-2025")
    workbook = folder / "2025.xlsx"
    assert run_cli("export", "--period", "2025", "--out", str(workbook)).returncode == 0
    return [page for page in _print(workbook, folder).split("\f") if page.strip()]


def test_every_printed_word_is_at_least_8_points_tall(printed):
    _, pages = printed
    assert sum(len(words) for words in pages) > 1000
    small = sorted({word for words in pages for height, word in words if height < 8})
    assert small == [], small  # (was 5.7 pt: one column layout for the ranking and the indicator table, fitted to A4)
    # a cluster's ranking and its indicator table print at their size (11-point type; the heights pdftotext gives
    # are the glyphs' boxes, a little over the type's size); the roll-up of every cluster is wider and shrinks a little
    for words in pages[:2]:
        assert min(height for height, word in words if word == "Phì") >= 11  # a unit's name (Hoàng Su Phì)


def test_each_sheet_opens_with_the_heading_block_and_ends_with_the_signatures(printed):
    pages, _ = printed
    first = pages[0]
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "TỈNH HÀ GIANG",
        "KHỐI CÁC HUYỆN 30A",
        "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA",
        "Khối các huyện 30a · năm 2019",
    ):
        assert line in first, line
    assert re.search(r"Hà Giang, ngày \d\d tháng \d\d năm \d{4}", first)
    # a bloc is headed by its trưởng khối; the head unit of 2019 (Yên Minh) is named under the room to sign
    assert "NGƯỜI LẬP BIỂU" in first and "TRƯỞNG KHỐI" in first and "(Ký, ghi rõ họ tên)" in first
    assert first.index("Quản Bạ") < first.index("NGƯỜI LẬP BIỂU") < first.rindex("Yên Minh")
    assert "Trưởng khối" in first and "Phó khối" in first and "cụm" not in first.lower().replace("các cụm", "")
    last = pages[-1]
    assert "THỦ TRƯỞNG ĐƠN VỊ" in last and "NGƯỜI LẬP BIỂU" in last
    assert "TỔNG HỢP KẾT QUẢ CÁC CỤM, KHỐI THI ĐUA" in "".join(pages)


def test_the_table_header_repeats_and_every_page_is_numbered(printed):
    pages, _ = printed
    assert all(re.search(rf"Trang {number}/{len(pages)}", page) for number, page in enumerate(pages, start=1))
    # a cluster's indicator table runs over several pages: each continuation starts with the table's header
    continued = [
        page for page in pages if "BẢNG ĐIỂM CHI TIẾT" not in page and "Hoàng Su Phì" in page or "Xín Mần" in page
    ]
    details = [
        page
        for page in pages
        if "Thu ngân sách" in page and "BẢNG ĐIỂM CHI TIẾT" not in page and "DANH SÁCH ĐỀ NGHỊ" not in page
    ]  # (the list's basis names indicators too)
    assert details, "the indicator tables fit on one page each: nothing to check"
    assert all(page.lstrip().startswith("Đơn vị") and "Kế hoạch" in page.split("\n")[0] for page in details)
    assert continued


def _print(workbook, folder, **environment) -> str:
    """The workbook printed by LibreOffice (with the environment given), as pdftotext lays its text out."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, **environment},
    )
    return subprocess.run(
        ["pdftotext", "-layout", str(workbook.with_suffix(".pdf")), "-"], check=True, capture_output=True, text=True
    ).stdout


def rach_gia_total_2025() -> float:
    """Phường Rạch Giá's total of 2025 by hand from the sample (data/sample: results, indicators, criteria, bands;
    contract sections 2, 3 and 7; no agreed points, no adjustments)."""

    def earned(plan, actual, most, lower=False):  # % KH, its base and its bonus (bonus_rate 1, bonus_cap 0.2)
        attainment = 100 * (2 - actual / plan) if lower else 100 * actual / plan
        return most * min(attainment, 100) / 100 + most * min(max(attainment - 100, 0) / 100, 0.2)

    # A5: standard 8, Giá trị sản xuất at 6390 / 5200 = 122,9 % is in the band from 120: +2
    a = earned(320, 331.5, 10) + earned(900, 936, 8) + earned(1.2, 1.15, 8, lower=True) + earned(95, 95.4, 6) + 8 + 2
    b = (5 - 0.5) + (10 + 0) + (5 + 2) + 5  # B1 one late report −0,5; B2 99,2 % on time: 0; B3 two models +1 each; B4
    c = 5 + earned(12, 12, 5, lower=True) + 5  # C1 the quota met (binary); C2 12 accidents against 12; C3 no case
    d = 9.5 + (5 + 1) + 5  # D1 the conference's 9,5 of 10; D2 one good practice +1; D3 no late file
    return a + b + c + d


def test_the_sheet_prints_the_vietnamese_way_on_an_english_set_pc(tmp_path):
    """An office PC set to English: Excel and LibreOffice print a number format with the PC's decimal mark
    ("105.04", a Vietnamese reader's 105 thousand), so the printed cells hold the text itself."""
    if needs:
        pytest.fail(f"the printed-sheet test needs {', '.join(needs)}")
    workbook = tmp_path / "2025.xlsx"
    assert run_cli("export", "--period", "2025", "--out", str(workbook)).returncode == 0
    text = _print(workbook, tmp_path, LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8", LANGUAGE="en_US")
    total = f"{rach_gia_total_2025():.2f}".replace(".", ",")
    assert total == "105,04"
    ranking = next(line for line in text.splitlines() if "Phường Rạch Giá" in line and "Trưởng cụm" in line)
    assert ranking.split("Trưởng cụm")[1].split()[:2] == [total, total]  # total and indicator points
    assert "105.04" not in text and "105,04%" in text  # the list's share of the maximum, as the reports print it
    # the held unit beside its award, on paper too (the form's long name wraps in its cell)
    ranking = text.split("\f")[0]
    assert "Xã U Minh Thượng" in ranking and "(tạm dừng" in ranking and "Chủ tịch UBND" in ranking


def test_each_appraisal_record_prints_under_its_own_header_only(printed_2025):
    pages = printed_2025
    records = [page for page in pages if "Biên bản thẩm định điểm · " in page]
    assert len(records) == 6  # one page for each of AG-X1's six units
    for page in records:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        title = next(number for number, line in enumerate(lines) if line.startswith("Biên bản thẩm định điểm · "))
        assert lines[title + 1].startswith("Tiêu chí") and "Điểm chuẩn" in lines[title + 1]
        # no indicator table's header
        assert not any(line.startswith("Đơn vị") and "Kế hoạch" in line for line in lines)
