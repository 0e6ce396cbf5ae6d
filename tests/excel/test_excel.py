"""Excel in and out: the input template, its pre-filled round trip, merging submissions, the score sheet,
images and the slide deck."""

import hashlib
import shutil
import struct

import openpyxl
import pytest
from conftest import run_cli, tables, write_csv_folder, write_workbook

from emulation.data.dataset import open_dataset
from emulation.engine.analysis import analyse
from emulation.publish.images import write_images
from emulation.resources import sample_folder
from emulation.views import figures


def test_empty_template_has_every_sheet_list_format_and_frozen_header(tmp_path):
    out = tmp_path / "mẫu.xlsx"
    assert run_cli("template", str(out)).returncode == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [
        "Hướng dẫn",
        "Cụm",
        "Đơn vị",
        "Thành viên",
        "Chỉ tiêu",
        "Kết quả",
        "Điểm cộng trừ",
        "Bỏ phiếu",
        "Tiêu chí",
        "Bậc điểm",
        "Điểm tiêu chí",
        "Xếp loại năm",
        "Khen thưởng",
        "Sắp xếp đơn vị",
        "Sự việc",
    ]
    lists = {
        sheet: {v.formula1: v.showErrorMessage for v in workbook[sheet].data_validations.dataValidation}
        for sheet in ("Chỉ tiêu", "Thành viên", "Kết quả", "Tiêu chí")
    }
    codes = "'Tiêu chí'!$A$2:$A$1000"  # a parent or an indicator's criterion is chosen among the codes typed there
    assert lists["Chỉ tiêu"] == {
        '"tăng,giảm,đạt"': True,
        '"có,không"': True,
        codes: True,
        '"% KH,mỗi trường hợp,bậc,bậc giá trị,chấm trực tiếp"': True,
    }
    assert lists["Tiêu chí"] == {codes: True}
    assert [cell.value for cell in workbook["Bậc điểm"][1]] == ["Mã chỉ tiêu", "Từ", "Đến dưới", "Điểm"]
    assert lists["Thành viên"] == {'"trưởng,phó,thành viên"': True}
    # the actual: numbers or words, and a warning (which may be overridden) above ten times the plan
    assert lists["Kết quả"] == {"OR(ISTEXT(E2),E2<=10*MAX(D2,1))": True}
    check = workbook["Kết quả"].data_validations.dataValidation[0]
    assert check.errorStyle == "warning" and "1380" in check.prompt and "10 lần" in check.error
    results = workbook["Kết quả"]
    assert results.freeze_panes == "A2" and results["D2"].number_format == "#,##0.###"
    assert results.column_dimensions["B"].width >= len("Mã đơn vị")
    guidance = " ".join(str(c.value) for c in workbook["Hướng dẫn"]["B"])
    assert "gõ 1380, không gõ 1.380" in guidance and "dấu phẩy là dấu thập phân" in guidance
    assert list(tmp_path.iterdir()) == [out]


def test_prefilled_template_filled_from_code_validates_and_scores(tmp_path):
    out = tmp_path / "2020.xlsx"
    assert run_cli("template", str(out), "--from", "data/sample", "--period", "2020").returncode == 0
    workbook = openpyxl.load_workbook(out)
    directions = {row[0].value: row[4].value for row in workbook["Chỉ tiêu"].iter_rows(min_row=2) if row[0].value}
    most = {
        row[0].value: row[6].value
        for row in workbook["Chỉ tiêu"].iter_rows(min_row=2)
        if row[0].value and not row[7].value
    }
    sheet = workbook["Kết quả"]
    filled = 0
    for row in sheet.iter_rows(min_row=2):
        if row[0].value is None:
            continue
        plan = row[3].value if row[3].value is not None else (None if directions[row[2].value] == "đạt" else 10)
        row[3].value = plan
        row[4].value = "có" if directions[row[2].value] == "đạt" else plan  # every target met exactly
        filled += 1
    workbook.save(out)
    assert filled > 100
    # the sample's events come along («Sự việc»), and the board's rules.toml, which lists them, lies beside the copy
    assert [row for row in workbook["Sự việc"].iter_rows(min_row=2, max_col=3, values_only=True) if row[0]] == [
        (2025, "AG-PVT", "Người đứng đầu bị cảnh cáo")
    ]
    shutil.copy(sample_folder() / "rules.toml", tmp_path)
    assert run_cli("validate", str(out)).returncode == 0
    result = analyse(open_dataset(out), "2020", ["HG-DL"]).units
    # every indicator at exactly 100 %: each unit scores the sum of its indicators' maximum points
    indicators = set(most)  # those of every cluster (GNV and TTHC belong to HG-KTTH, the XA- ones to AG-X1)
    assert result["total"].tolist() == pytest.approx([sum(most[code] for code in indicators)] * 5)
    # equal totals, ordered by the sample's first tie-break, budget revenue (actual:NS): here each unit's plan
    revenue = {row[1].value: row[3].value for row in sheet.iter_rows(min_row=2) if row[2].value == "NS"}
    assert list(result["unit_id"]) == sorted(result["unit_id"], key=lambda unit: -revenue[unit])
    assert list(result["rank"]) == [1, 2, 3, 4, 5] and list(result["tie_break"]) == [""] + ["actual:NS"] * 4


def test_merge_combines_submissions_and_refuses_conflicts_with_rows_named(tmp_path):
    whole = tables()
    catalogue = {name: rows for name, rows in whole.items() if name != "results"}
    part_a = write_csv_folder(tmp_path / "a", dict(catalogue, results=whole["results"][:6]))
    part_b = write_workbook(tmp_path / "b.xlsx", {"results": [whole["results"][0]] + whole["results"][4:]})
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in [*part_a.iterdir(), part_b]}
    merged = tmp_path / "merged.xlsx"
    result = run_cli("merge", str(merged), str(part_a), str(part_b))
    assert result.returncode == 0, result.stderr
    units = analyse(open_dataset(merged), "2020", ["C1"]).units.set_index("unit_id")
    assert units["total"].to_dict() == pytest.approx({"A": 82.0, "B": 53.5, "C": 26.0, "D": 60.0})
    conflicting = whole["results"][:1] + [["2020", "B", "I1", "200", "180", "", ""]]
    part_c = write_csv_folder(tmp_path / "c", {"results": conflicting})
    refused = run_cli("merge", str(tmp_path / "again.xlsx"), str(part_a), str(part_c))
    assert refused.returncode == 2 and not (tmp_path / "again.xlsx").exists()
    # both places, the key in words (the unit's and indicator's names), both values
    assert (
        f"{part_c / 'results.csv'}, dòng 2, cột «Thực hiện»: Kỳ 2020, đơn vị Huyện B (B), chỉ tiêu Thu ngân sách (I1): "
        f"Thực hiện ở đây là 180, nhưng ở {part_a / 'results.csv'}, dòng 5 là 175." in refused.stderr
    )
    assert before == {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in before}


def test_score_sheet_values_equal_the_scores_and_formulas_stay_text(tmp_path):
    data = tables()
    data["units"][1][1] = '=HYPERLINK("http://x","A")'
    data["units"][2][1] = "+B"
    data["units"][3][1] = "@C"
    folder = write_csv_folder(tmp_path / "data", data)
    out = tmp_path / "bảng điểm.xlsx"
    assert run_cli("export", str(folder), "--period", "2020", "--out", str(out)).returncode == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [
        "C1",
        "C1 Chi tiết",
        "C2",
        "C2 Chi tiết",
        "Các cụm",
        "Số liệu xếp hạng",
        "Số liệu chỉ tiêu",
    ]
    assert [workbook[name].sheet_state for name in workbook.sheetnames[-2:]] == ["hidden", "hidden"]  # printed: none
    sheet = workbook["C1"]
    top = table_top(sheet)
    ranking = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=top + 1, max_row=top + 4)]
    units = analyse(open_dataset(folder), "2020", ["C1"]).units.sort_values("rank")
    assert [row[0] for row in ranking] == units["rank"].tolist()
    # the printed totals are text written the Vietnamese way (a number format would print the PC's decimal mark),
    # right-aligned; the hidden data sheet holds the numbers themselves, unrounded
    assert [row[3] for row in ranking] == [f"{total:.2f}".replace(".", ",") for total in units["total"]]
    assert all(sheet.cell(row=r, column=4).alignment.horizontal == "right" for r in range(top + 1, top + 5))
    data = [[cell.value for cell in row] for row in workbook["Số liệu xếp hạng"].iter_rows()]
    totals = {row[data[0].index("unit_id")]: row[data[0].index("total")] for row in data[1:] if row[1] == "C1"}
    assert totals == pytest.approx(dict(zip(units["unit_id"], units["total"])))
    # A flag; D passed over (a missing row); B the commendation; C passed over too (blank cells read as None)
    assert [row[8] for row in ranking] == ["Cờ thi đua", None, "Bằng khen", None]
    assert [row[9] for row in ranking] == [None, "Thiếu số liệu", None, "Thiếu số liệu"]
    name_cell = sheet.cell(row=top + 1, column=2)
    assert name_cell.value == '=HYPERLINK("http://x","A")' and name_cell.data_type == "s" and name_cell.quotePrefix
    assert {sheet.cell(row=r, column=2).value for r in range(top + 1, top + 5)} >= {"+B", "@C"}
    for printed in (sheet, workbook["C1 Chi tiết"], workbook["Các cụm"]):
        assert printed.page_setup.orientation == "landscape" and printed.page_setup.fitToWidth == 1
        assert printed.print_title_rows == f"${table_top(printed)}:${table_top(printed)}"
    details = workbook["C1 Chi tiết"]
    percent = next(row for row in details.iter_rows(min_row=table_top(details)) if row[1].value == "Thu ngân sách")
    assert percent[5].value == "124,0%" and percent[5].alignment.horizontal == "right" and percent[6].value == "Vượt"
    assert len(details.conditional_formatting) >= 1 and details.auto_filter.ref.startswith(f"A{table_top(details)}:H")


def table_top(sheet) -> int:
    """The row of a document sheet's table header (below the heading block)."""
    return next(row[0].row for row in sheet.iter_rows() if row[0].value in ("Hạng", "Đơn vị", "Cụm"))


def test_score_sheet_carries_each_units_appraisal_record_safe_from_formulas(tmp_path):
    from conftest import GUIDE

    data = tables(**GUIDE)
    data["criteria"][2][2] = "=1+1"  # a1's name
    data["criterion_scores"][1][5] = "@SUM(A1)"  # B's reason for the agreed d2
    folder = write_csv_folder(tmp_path / "guided", data)
    (folder / "rules.toml").write_text('[[grades]]\nname = "Xuất sắc"\nmin_total = 100\n', encoding="utf-8")
    out = tmp_path / "bảng điểm.xlsx"
    assert run_cli("export", str(folder), "--period", "2020", "--out", str(out)).returncode == 0
    workbook = openpyxl.load_workbook(out)
    ranking = [[cell.value for cell in row] for row in workbook["C1"].iter_rows(min_row=table_top(workbook["C1"]))]
    assert ranking[0][-1] == "Xếp loại" and ranking[1][-1] == "Xuất sắc"  # the ranking gains the grade (A: 102,8)
    assert "Biên bản thẩm định điểm" not in str([[c.value for c in row] for row in workbook["C1 Chi tiết"].iter_rows()])
    sheet = workbook["C1 Thẩm định"]  # the records, a sheet of their own
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    titles = [number for number, row in enumerate(cells) if str(row[0]).startswith("Biên bản thẩm định điểm · ")]
    assert [cells[number][0] for number in titles] == [f"Biên bản thẩm định điểm · Huyện {unit}" for unit in "ADBC"]
    # each record prints from a page of its own under its own header; no other table's header is repeated above it
    assert [brk.id for brk in sheet.row_breaks.brk] == [number for number in titles[1:]]
    assert sheet.print_title_rows is None
    record = cells[titles[0] + 1 : titles[0] + 9]  # A: header, a, a1, a7, d, d1, d2, total
    assert record[0][:9] == [
        "Tiêu chí",
        "Điểm chuẩn",
        "Cộng",
        "Trừ",
        "Điểm tính",
        "Tự chấm",
        "Thống nhất",
        "Điểm đạt",
        "Lý do",
    ]
    assert record[2][0] == "    a1. =1+1" and record[3][1:8] == ["3", "4", "0,5", "6,5", "7", None, "6,5"]
    assert record[7][0] == "Tổng cộng" and record[7][1] == "16" and record[7][7] == "20,8"
    b = cells[titles[2] + 1 : titles[2] + 9]
    d2 = next(row for row in b if str(row[0]).strip().startswith("d2."))
    assert d2[6:9] == ["11", "11", "@SUM(A1)"]
    reason = next(cell for row in sheet.iter_rows() for cell in row if cell.value == "@SUM(A1)")
    assert reason.data_type == "s" and reason.quotePrefix


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_images_are_real_png_and_svg_files_of_the_chosen_size(tmp_path):
    analysis = analyse(open_dataset(), "2019", ["HG-DL"])
    written = write_images(
        [("ranking", figures.ranking(analysis.units)), ("heatmap", figures.attainment_heatmap(analysis.rows))],
        tmp_path / "images",
        ("png", "svg"),
        size="slides",
    )
    assert sorted(path.name for path in written) == ["heatmap.png", "heatmap.svg", "ranking.png", "ranking.svg"]
    assert png_size(tmp_path / "images" / "ranking.png") == (1920, 1080)
    assert (tmp_path / "images" / "heatmap.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert sorted(path.name for path in (tmp_path / "images").iterdir()) == sorted(path.name for path in written)


@pytest.mark.slow  # renders a report batch, its images and its slides
def test_report_images_and_slides_beside_the_page(tmp_path, browser):
    folder = write_csv_folder(tmp_path / "data", tables())
    result = run_cli(
        "report",
        str(folder),
        "--period",
        "2020",
        "--cluster",
        "C1",
        "--out",
        str(tmp_path / "out"),
        "--images",
        "--slides",
    )
    assert result.returncode == 0, result.stderr
    pictures = sorted((tmp_path / "out" / "2020").glob("C1-*.png"))
    assert len(pictures) >= 8 and all(png_size(path) == (2000, 1120) for path in pictures)
    page = browser.new_context(offline=True).new_page()
    page.goto((tmp_path / "out" / "2020" / "C1-slides.html").as_uri())
    assert page.inner_text(".counter").startswith("1 / ")
    for _ in range(3):  # past the title, the overview and the ranking to the first chart
        page.keyboard.press("ArrowRight")
    page.wait_for_selector(".slide.shown .js-plotly-plot .main-svg", timeout=30_000)
    assert "Huyện A" in page.inner_text(".slide.shown")
    page.context.close()


def test_the_deck_opens_with_the_province_board_cluster_period_and_date_and_closes_with_a_summary():
    import datetime
    import re

    from emulation.publish.slides import slide_deck

    html = slide_deck(open_dataset(), "2019", "HG-DL", today=datetime.date(2019, 12, 20))
    slides = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", slide)).strip()
        for slide in re.findall(r'<section class="slide[^"]*">(.*?)</section>', html, re.S)
    ]
    assert slides[0] == (
        "Tỉnh Hà Giang Hội đồng Thi đua - Khen thưởng Khối các huyện, thành phố vùng động lực "
        "Kết quả thi đua năm 2019 Hà Giang, ngày 20 tháng 12 năm 2019"
    )
    assert slides[1].startswith("Nhận xét chung Khối các huyện, thành phố vùng động lực, năm 2019: 5 đơn vị thành viên")
    # the awards as the sample's rules.toml names its forms, as the year's proposal list does
    assert slides[-1] == (
        "Tổng kết Đề nghị tặng Cờ thi đua của UBND tỉnh: Quang Bình. Đề nghị tặng Bằng khen của Chủ tịch "
        "UBND tỉnh: Thành phố Hà Giang, Vị Xuyên. Xếp loại: Hoàn thành xuất sắc nhiệm vụ: Quang Bình, "
        "Thành phố Hà Giang, Vị Xuyên, Bắc Mê, Bắc Quang. Năm 2020: Trưởng khối Bắc Quang, Phó khối Vị Xuyên."
    )


def test_template_from_a_guided_dataset_carries_its_guide_and_merge_puts_guides_together(tmp_path):
    from conftest import GUIDE

    source = write_csv_folder(tmp_path / "guided", tables(**GUIDE))
    out = tmp_path / "mẫu.xlsx"
    assert run_cli("template", str(out), "--from", str(source), "--period", "2020").returncode == 0
    workbook = openpyxl.load_workbook(out)
    assert [row[0].value for row in workbook["Tiêu chí"].iter_rows(min_row=2)][:6] == ["a", "a1", "a7", "d", "d1", "d2"]
    per_case = next(row for row in workbook["Chỉ tiêu"].iter_rows(min_row=2, values_only=True) if row[0] == "P1")
    assert per_case[8:11] == ("a1", "mỗi trường hợp", -0.5)
    claims = [row[:3] for row in workbook["Điểm tiêu chí"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert claims[:6] == [("2020", "A", code) for code in ("a", "a1", "a7", "d", "d1", "d2")] and len(claims) == 6 * 5
    carried = open_dataset(out)  # blank result rows and claims: valid, and the same guide
    original = open_dataset(source)
    for name in ("criteria", "bands"):
        assert carried.__dict__[name].drop(columns="row").equals(original.__dict__[name].drop(columns="row"))

    whole = tables(**GUIDE)
    catalogue = {name: rows for name, rows in whole.items() if name not in ("results", "criterion_scores", "bands")}
    part_a = write_csv_folder(
        tmp_path / "a",
        dict(
            catalogue,
            results=whole["results"][:20],
            bands=whole["bands"][:3],
            criterion_scores=whole["criterion_scores"][:2],
        ),
    )
    part_b = write_workbook(
        tmp_path / "b.xlsx",
        {
            "results": [whole["results"][0]] + whole["results"][15:],
            "bands": [whole["bands"][0]] + whole["bands"][2:],
            "criterion_scores": [whole["criterion_scores"][0]] + whole["criterion_scores"][2:],
        },
    )
    merged = tmp_path / "merged"
    assert run_cli("merge", str(merged), str(part_a), str(part_b)).returncode == 0
    together = analyse(open_dataset(merged), "2020", ["C1"])
    assert together.criteria.drop(columns="year").equals(
        analyse(original, "2020", ["C1"]).criteria.drop(columns="year")
    )
    clash = write_workbook(tmp_path / "c.xlsx", {"bands": [whole["bands"][0], ["BD", "", "95", "-3"]]})
    result = run_cli("merge", str(tmp_path / "refused"), str(part_a), str(clash))
    # a band with no lower bound sent twice with two points: blank keys clash like any other
    assert (
        result.returncode == 2
        and "c.xlsx, trang tính «Bậc điểm», dòng 2, cột «Điểm»: chỉ tiêu Tốc độ tăng trưởng (BD), "
        "Từ (trống), Đến dưới 95: Điểm ở đây là -3, nhưng ở "
        in result.stderr
    )
    assert not (tmp_path / "refused").exists()


def test_merge_carries_the_inputs_rules_and_refuses_rules_that_differ(tmp_path):
    rules = "[awards]\nflags = 2\ncommendations = 1\n"
    whole = tables()
    catalogue = {name: rows for name, rows in whole.items() if name != "results"}
    part_a = write_csv_folder(tmp_path / "a", dict(catalogue, results=whole["results"][:6]))
    (part_a / "rules.toml").write_text(rules, encoding="utf-8")
    part_b = write_csv_folder(tmp_path / "b", {"results": [whole["results"][0]] + whole["results"][4:]})
    (part_b / "rules.toml").write_text(
        "# the same rules, written otherwise\n[awards]\ncommendations = 1\nflags = 2\n", encoding="utf-8"
    )
    base = write_csv_folder(tmp_path / "whole", whole)
    (base / "rules.toml").write_text(rules, encoding="utf-8")
    for out in (tmp_path / "merged", tmp_path / "out" / "merged.xlsx"):
        assert run_cli("merge", str(out), str(part_a), str(part_b)).returncode == 0
        merged = open_dataset(out)
        assert merged.rules.flags == 2 and merged.rules.commendations == 1
        # ranked A, D, B, C; D and C miss an actual and are passed over, so the two flags go to A and B and
        # nobody is left for the commendation (the default rules would give B a commendation)
        units = analyse(merged, "2020", ["C1"]).units
        assert units["award"].tolist() == ["flag", "none", "flag", "none"]
        assert units.equals(analyse(open_dataset(base), "2020", ["C1"]).units)
    (part_b / "rules.toml").write_text("[awards]\nflags = 3\n", encoding="utf-8")
    refused = run_cli("merge", str(tmp_path / "refused"), str(part_a), str(part_b))
    assert refused.returncode == 2 and not (tmp_path / "refused").exists()
    assert f"{part_b / 'rules.toml'}" in refused.stderr and f"{part_a / 'rules.toml'}" in refused.stderr


def test_the_template_carries_the_years_sheets_with_their_lists_and_merge_merges_them(tmp_path):
    (tmp_path / "board").mkdir()
    out = tmp_path / "board" / "mẫu.xlsx"
    assert run_cli("template", str(out), "--from", "data/sample").returncode == 0
    workbook = openpyxl.load_workbook(out)
    lists = {
        sheet: {v.formula1: (v.showErrorMessage, v.prompt) for v in workbook[sheet].data_validations.dataValidation}
        for sheet in ("Xếp loại năm", "Khen thưởng")
    }
    ratings = '"Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ"'
    assert lists["Xếp loại năm"] == {ratings: (True, "Chọn trong danh sách")}
    forms = (
        '"Cờ thi đua của Chính phủ,Cờ thi đua của UBND tỉnh,Bằng khen của Chủ tịch UBND tỉnh,Bằng khen của Thủ '
        'tướng Chính phủ"'
    )
    # a misspelt form would count for nothing: Excel refuses any name but the forms of rules.toml
    assert lists["Khen thưởng"] == {
        forms: (True, "Chọn trong danh sách"),
        '"thường xuyên,chuyên đề,đột xuất"': (True, "Chọn trong danh sách"),
        '"có,không"': (True, "Chọn trong danh sách"),
    }
    assert {v.errorStyle for v in workbook["Khen thưởng"].data_validations.dataValidation} == {"stop"}
    awards = [row for row in workbook["Khen thưởng"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert (
        "AG-AM-DH",
        "Bằng khen của Chủ tịch UBND tỉnh",
        2023,
        "thường xuyên",
        "401/QĐ-UBND",
        "2024-02-19",
        "có",
    ) in awards
    shutil.copy(sample_folder() / "rules.toml", out.parent)  # the board's rules, beside its copy: its events name them
    carried = open_dataset(out)  # the template with its years validates, and holds the sample's years and events
    sample = open_dataset()
    for name in ("unit_years", "awards", "predecessors", "events"):
        dropped = ["row", "form"] if name == "awards" else ["row"]
        assert carried.__dict__[name].drop(columns=dropped).equals(sample.__dict__[name].drop(columns=dropped)), name
    part = write_workbook(
        tmp_path / "part.xlsx", {"awards": [["unit_id", "award", "year", "kind"], ["A", "Cờ", "2019", "chuyên đề"]]}
    )
    folder = write_csv_folder(tmp_path / "base", tables())
    merged = tmp_path / "merged"
    assert run_cli("merge", str(merged), str(folder), str(part)).returncode == 0
    assert open_dataset(merged).awards[["unit_id", "award", "year", "kind"]].values.tolist() == [
        ["A", "Cờ", 2019, "thematic"]
    ]


def test_a_year_end_score_sheet_carries_the_proposal_list_laid_out_as_a_document(tmp_path):
    out = tmp_path / "2025.xlsx"
    assert run_cli("export", "--period", "2025", "--out", str(out)).returncode == 0
    workbook = openpyxl.load_workbook(out)
    visible = [name for name in workbook.sheetnames if workbook[name].sheet_state == "visible"]
    assert visible[-1] == "Đề nghị khen thưởng"
    sheet = workbook["Đề nghị khen thưởng"]
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert cells[0][-1] is None and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in [
        value for row in cells[:3] for value in row
    ]
    top = next(number for number, row in enumerate(cells, start=1) if row[0] == "STT")
    assert cells[top - 1] == ["STT", "Tập thể", "Cụm, khối", "Hình thức", "Trạng thái", "Căn cứ"]
    annex = next(number for number, row in enumerate(cells, start=1) if str(row[0]).startswith("PHỤ LỤC"))
    listed = [(row[0], row[1], row[3], row[4]) for row in cells[top:annex] if isinstance(row[0], int)]
    several = "Đề nghị · đề nghị nhiều hình thức: Hội đồng chọn một"  # Phường Rạch Giá, proposed for both flags
    # the sample's list of 2025 (see engine.proposals and data/sample/README.md): the units proposed and those for
    # the council, numbered under each form; the held unit in the annex, numbered on its own
    assert listed == [
        (1, "Phường Rạch Giá", "Cờ thi đua của Chính phủ", several),
        (1, "Phường Rạch Giá", "Cờ thi đua của UBND tỉnh", several),
        (1, "Xã An Minh", "Bằng khen của Chủ tịch UBND tỉnh", "Đề nghị"),
        (
            2,
            "Phường Rạch Giá",
            "Bằng khen của Chủ tịch UBND tỉnh",
            "Hội đồng xem xét · đề nghị nhiều hình thức: Hội đồng chọn một",
        ),
        (1, "Xã An Minh", "Bằng khen của Thủ tướng Chính phủ", "Hội đồng xem xét"),
    ]
    assert cells[annex] == ["STT", "Tập thể", "Cụm, khối", "Hình thức", "Trạng thái", "Lý do"]
    assert [(row[0], row[1], row[4]) for row in cells[annex:] if isinstance(row[0], int)] == [
        (1, "Xã U Minh Thượng", "Tạm dừng xét")
    ]
    held = next(row for row in sheet.iter_rows() if row[1].value == "Xã U Minh Thượng")
    assert held[4].fill.fgColor.rgb.endswith("F8CBAD")  # the held status in its colour, as on the year's page
    assert sheet.print_title_rows == f"${top}:${top}"
    assert any(value == "NGƯỜI LẬP BIỂU" for row in cells[top:] for value in row)
    mid_year = tmp_path / "2019-H1.xlsx"
    assert run_cli("export", "--period", "2019-H1", "--out", str(mid_year)).returncode == 0
    assert "Đề nghị khen thưởng" not in openpyxl.load_workbook(mid_year).sheetnames  # proposals are a year's


def test_a_prefilled_results_sheet_names_its_codes_beside_them_and_protects_the_names(tmp_path):
    out = tmp_path / "2020.xlsx"
    assert run_cli("template", str(out), "--from", "data/sample", "--period", "2020").returncode == 0
    sheet = openpyxl.load_workbook(out)["Kết quả"]
    header = [cell.value for cell in sheet[1]]
    assert header[7:10] == ["Tên đơn vị (tham khảo)", "Tên chỉ tiêu (tham khảo)", "Đơn vị tính (tham khảo)"]
    first = [cell.value for cell in sheet[2]]
    assert first[1:3] == ["HG-TP", "NS"] and first[7:10] == [
        "Thành phố Hà Giang",
        "Thu ngân sách trên địa bàn",
        "tỷ đồng",
    ]
    assert sheet.protection.sheet and not sheet["E2"].protection.locked and sheet["H2"].protection.locked
    shutil.copy(sample_folder() / "rules.toml", tmp_path)  # the board's rules, which its events name
    read = open_dataset(out).results  # the helper columns are ignored when the workbook is read
    filled = sum(1 for row in sheet.iter_rows(min_row=2, max_col=1, values_only=True) if row[0])
    assert len(read) == filled == 300 and list(read.columns) == list(open_dataset().results.columns)


def test_a_thousandfold_slip_is_warned_about_with_its_row(tmp_path):
    from emulation.views.words import describe

    data = tables()
    data["results"][1][4] = "0.124"  # A's I1 against a plan of 100: 1.24 read as 0,124… a slip of a thousand
    dataset = open_dataset(write_csv_folder(tmp_path / "data", data))
    lines = [describe(problem) for problem in dataset.warnings]
    assert any(
        "results.csv, dòng 2, cột «actual»" in line and "một phần trăm kế hoạch (100)" in line for line in lines
    ), lines
