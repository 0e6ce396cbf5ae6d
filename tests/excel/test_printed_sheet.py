"""The score sheet printed as a board's secretariat prints it: opened in LibreOffice Calc (Debian's
libreoffice-calc-nogui, headless) and turned into a PDF, read back with poppler's pdftotext."""

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
        pytest.fail(f"the printed-sheet test needs {', '.join(needs)}: apt-get install -y libreoffice-calc-nogui poppler-utils")
    folder = tmp_path_factory.mktemp("printed")
    workbook = folder / "bảng-điểm-2019.xlsx"
    assert run_cli("export", "--period", "2019", "--out", str(workbook)).returncode == 0
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder / 'profile'}", "--convert-to", "pdf",
                    "--outdir", str(folder), str(workbook)], check=True, capture_output=True, timeout=180)
    pdf = workbook.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    words = [[(float(y_max) - float(y_min), word) for y_min, y_max, word in
              re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)]
             for page in boxes.split("<page ")[1:]]
    return pages, words


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
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỈNH HÀ GIANG", "KHỐI CÁC HUYỆN 30A",
                 "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA", "Khối các huyện 30a · năm 2019"):
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
    continued = [page for page in pages if "BẢNG ĐIỂM CHI TIẾT" not in page and "Hoàng Su Phì" in page or "Xín Mần" in page]
    details = [page for page in pages if "Thu ngân sách" in page and "BẢNG ĐIỂM CHI TIẾT" not in page]
    assert details, "the indicator tables fit on one page each: nothing to check"
    assert all(page.lstrip().startswith("Đơn vị") and "Kế hoạch" in page.split("\n")[0] for page in details)
    assert continued
