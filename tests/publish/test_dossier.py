"""`emulation dossier` (docs/reference.md, "Dossier drafts"): the achievement reports, the minutes and the
proposal of the sample's 2025, as Word documents of the administrative form, read back by python-docx and by
LibreOffice Writer; the same bytes on a second run; templates that use an unknown field refused."""

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from emulation.publish.dossier import SHIPPED, TEMPLATE_FILES, file_names
from emulation.resources import sample_folder
from emulation.views.dossier import Draft

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = sample_folder()
YEAR = "2025"
DATE = "2026-12-07"
MINUTES = "Biên bản - Cụm thi đua các xã, phường số 1.docx"
PROPOSAL = "Tờ trình - An Giang.docx"


def _csv(name: str) -> list[dict]:
    return list(csv.DictReader((SAMPLE / name).read_text(encoding="utf-8-sig").splitlines()))


def _drafted() -> list[dict]:
    """The rows of the 2025 list that get a report: proposed or council (`emulation proposals`)."""
    listed = run_cli("proposals", "--year", YEAR, "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    return [row for row in csv.DictReader(io.StringIO(listed.stdout)) if row["status"] in ("proposed", "council")]


def _names() -> dict[str, str]:
    return {row["Mã đơn vị"]: row["Tên đơn vị"] for row in _csv("units.csv")}


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dossier") / "out"
    done = run_cli("dossier", "--year", YEAR, "--out", str(out), "--date", DATE)
    assert done.returncode == 0, done.stderr
    return out


def test_one_report_per_proposed_or_council_row_one_minutes_per_cluster_one_proposal_per_province(written):
    names = _names()
    reports = {f"Báo cáo thành tích - {names[row['unit_id']]} - {row['award']}.docx" for row in _drafted()}
    assert len(reports) == 5  # 3 proposed and 2 council rows in the sample's 2025 (data/sample/README.md)
    assert {path.name for path in written.iterdir()} == reports | {MINUTES, PROPOSAL}


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode()


def test_every_document_is_a4_with_the_decrees_margins(written):
    for path in written.iterdir():
        sections = Document(str(path)).sections
        assert any(section.page_width > section.page_height for section in sections) or path.name == MINUTES
        for section in sections:
            assert {round(section.page_width.mm), round(section.page_height.mm)} == {210, 297}, path.name
            assert Mm(20) <= section.top_margin <= Mm(25) and Mm(20) <= section.bottom_margin <= Mm(25)
            assert Mm(30) <= section.left_margin <= Mm(35) and Mm(15) <= section.right_margin <= Mm(20)


def _fonts_ok(rpr) -> bool:
    fonts = rpr.find(qn("w:rFonts"))
    return (
        fonts is not None
        and all(fonts.get(qn(f"w:{script}")) == "Times New Roman" for script in ("ascii", "hAnsi"))
        and not any("Theme" in key for key in fonts.attrib)
    )


def test_times_new_roman_in_every_style_and_run_never_a_theme_font_body_13_to_14_points(written):
    for path in written.iterdir():
        document = Document(str(path))
        styles = document.styles.element
        assert _fonts_ok(styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")))
        for style in styles.findall(qn("w:style")):
            rpr = style.find(qn("w:rPr"))
            assert rpr is not None and _fonts_ok(rpr), (path.name, style.get(qn("w:styleId")))
        assert document.styles["Normal"].font.size.pt == 13
        parts = [document.element, *(section.header._element for section in document.sections)]
        runs = [run for part in parts for run in part.iter(qn("w:r"))]
        assert len(runs) > 50
        for run in runs:
            rpr = run.find(qn("w:rPr"))
            assert rpr is not None and _fonts_ok(rpr), (path.name, "".join(run.itertext()))
            assert rpr.find(qn("w:sz")).get(qn("w:val")) in ("26", "28"), path.name  # 13 or 14 pt


def test_page_numbers_from_the_second_page_and_table_headers_repeated(written):
    for path in written.iterdir():
        document = Document(str(path))
        first = document.sections[0]
        assert first.different_first_page_header_footer
        assert "PAGE" in "".join(first.header._element.itertext()) and "PAGE" not in "".join(
            first.first_page_header._element.itertext()
        )
        grids = [table for table in document.tables if table.style is not None and table.style.name == "Table Grid"]
        assert grids, path.name
        for table in grids:
            header = table.rows[0]._tr.trPr
            assert header is not None and header.find(qn("w:tblHeader")) is not None, path.name


def test_passages_left_for_people_are_bracketed_and_highlighted(written):
    for path in written.iterdir():
        marked = [
            run
            for run in Document(str(path)).element.iter(qn("w:r"))
            if run.find(qn("w:rPr")).find(qn("w:highlight")) is not None
        ]
        assert marked and all("".join(run.itertext()).startswith("[") for run in marked), path.name


@pytest.mark.slow
def test_the_same_inputs_give_the_same_bytes_in_both_lineage_modes(tmp_path):
    for mode in ("show", "count"):
        data = tmp_path / mode
        shutil.copytree(SAMPLE, data)
        rules = data / "rules.toml"
        rules.write_text(
            rules.read_text(encoding="utf-8").replace('predecessors = "show"', f'predecessors = "{mode}"'),
            encoding="utf-8",
        )
        runs = []
        for number in (1, 2):
            out = tmp_path / f"{mode}-{number}"
            assert run_cli("dossier", str(data), "--year", YEAR, "--out", str(out), "--date", DATE).returncode == 0
            runs.append({path.name: path.read_bytes() for path in out.iterdir()})
        assert runs[0] == runs[1] and len(runs[0]) >= 6
        for content in runs[0].values():
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                assert archive.namelist()[0] == "[Content_Types].xml"
                assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
                core = archive.read("docProps/core.xml").decode()
                assert "2026-12-07T00:00:00Z" in core and core.count("2026-12-07") == 2


def _with_field(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir(parents=True)
    source, target = SHIPPED / TEMPLATE_FILES["report"], folder / TEMPLATE_FILES["report"]
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        for info in original.infolist():
            content = original.read(info.filename)
            if info.filename == "word/document.xml":
                assert old.encode() in content
                content = content.replace(old.encode(), new.encode())
            edited.writestr(info, content)
    return folder


def test_a_template_using_an_unknown_field_is_refused_naming_the_file_and_the_field(tmp_path):
    folder = _with_field(tmp_path, "{{ unit.name }}", "{{ unit.nmae }}")
    out = tmp_path / "out"
    refused = run_cli("dossier", "--year", YEAR, "--out", str(out), "--templates", str(folder))
    assert refused.returncode == 2
    assert (
        "unit.nmae" in refused.stderr
        and "bao-cao-thanh-tich.docx" in refused.stderr
        and "Traceback" not in refused.stderr
    )
    assert not out.exists()
    loop = _with_field(tmp_path / "loop", "{{ row.decision }}", "{{ row.decisions }}")
    refused = run_cli("dossier", "--year", YEAR, "--out", str(out), "--templates", str(loop), "--lang", "en")
    assert refused.returncode == 2 and "row.decisions" in refused.stderr and not out.exists()


def test_a_board_template_with_the_known_fields_replaces_the_shipped_one(tmp_path):
    folder = _with_field(tmp_path, "Tên tập thể đề nghị: ", "Tập thể: ")
    out = tmp_path / "out"
    assert (
        run_cli("dossier", "--year", YEAR, "--out", str(out), "--templates", str(folder), "--date", DATE).returncode
        == 0
    )
    report = next(out.glob("Báo cáo thành tích - Xã An Minh - Bằng khen của Thủ tướng*.docx"))
    assert "Tập thể: Xã An Minh" in _document_xml(report) and "Tên tập thể đề nghị" not in _document_xml(report)


def test_an_unreadable_template_and_a_missing_form_template_are_refused(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / TEMPLATE_FILES["minutes"]).write_text("not a docx")
    refused = run_cli("dossier", "--year", YEAR, "--out", str(tmp_path / "out"), "--templates", str(folder))
    assert refused.returncode == 2 and "bien-ban.docx" in refused.stderr and not (tmp_path / "out").exists()
    data = tmp_path / "data"
    shutil.copytree(SAMPLE, data)
    rules = data / "rules.toml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace(
            'name = "Cờ thi đua của UBND tỉnh"\n',
            'name = "Cờ thi đua của UBND tỉnh"\nreport_template = "co-tinh.docx"\n',
        ),
        encoding="utf-8",
    )
    refused = run_cli("dossier", str(data), "--year", YEAR, "--out", str(tmp_path / "out"))
    assert refused.returncode == 2 and "co-tinh.docx" in refused.stderr and not (tmp_path / "out").exists()
    shutil.copy(SHIPPED / TEMPLATE_FILES["report"], data / "co-tinh.docx")  # found beside rules.toml
    assert run_cli("dossier", str(data), "--year", YEAR, "--out", str(tmp_path / "out")).returncode == 0


def test_without_award_forms_the_command_says_so_and_exits_2(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(SAMPLE, data)
    rules = data / "rules.toml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text[: text.index("[[award_forms]]")], encoding="utf-8")
    refused = run_cli("dossier", str(data), "--year", YEAR, "--out", str(tmp_path / "out"))
    assert refused.returncode == 2 and "award_forms" in refused.stderr and not (tmp_path / "out").exists()
    assert run_cli("dossier", "--year", YEAR, "--date", "7/12/2026", "--out", str(tmp_path / "out")).returncode == 2


def test_file_names_are_safe_at_most_120_characters_and_told_apart_by_code():
    drafts = [
        Draft("report", "Báo cáo thành tích - A/B: C - Cờ", "U1", "", {}),
        Draft("report", "Báo cáo thành tích - A/B: C - Cờ", "U2", "", {}),
        Draft("minutes", "Biên bản - " + "x" * 200, "C1", "", {}),
        Draft("proposal", "Tờ trình - Không thuộc tỉnh", "", "", {}),
    ]
    names = file_names(drafts)
    assert names[0] == "Báo cáo thành tích - A-B- C - Cờ (U1).docx" and names[1].endswith(" (U2).docx")
    assert len(names[2]) == 120 + len(".docx") and names[3] == "Tờ trình - Không thuộc tỉnh.docx"


# ---------------------------------------------------------------------------------------- LibreOffice Writer


@pytest.fixture(scope="module")
def texts(written, tmp_path_factory) -> dict[str, str]:
    """Each document as LibreOffice Writer reads it, as plain text."""
    if shutil.which("soffice") is None:  # CI installs it (.ci/run); a missing tool is a failure there, not a skip
        pytest.fail("the dossier's Writer test needs soffice: apt-get install -y libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("writer")
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(folder),
            *map(str, sorted(written.iterdir())),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    found = {path.stem + ".docx": path.read_text(encoding="utf-8-sig") for path in folder.glob("*.txt")}
    assert len(found) == len(list(written.iterdir()))
    return found


@pytest.mark.slow
def test_writer_reads_each_report_its_unit_form_parts_and_every_decision_not_revoked(texts):
    names = _names()
    formed = {}
    for row in _csv("predecessors.csv"):
        formed.setdefault(row["Mã đơn vị"], set()).add(row["Đơn vị cũ"])
    awards = _csv("awards.csv")
    for row in _drafted():
        unit, form = row["unit_id"], row["award"]
        text = texts[f"Báo cáo thành tích - {names[unit]} - {form}.docx"]
        upper = text.upper()
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
        assert f"BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG {form.upper()}" in upper
        assert names[unit] in text
        for part in (
            "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
            "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
        ):
            assert part in text
        assert ("(Hội đồng xem xét)" in text) == (row["status"] == "council")
        assert "[Đơn vị bổ sung" in text
        holders = {unit} | formed.get(unit, set())
        for award in awards:
            if award["Mã đơn vị"] in holders:
                assert (award["Số quyết định"] in text) == (award["Đã hủy"] == ""), award
                if award["Mã đơn vị"] != unit and award["Đã hủy"] == "":
                    assert f"của {names[award['Mã đơn vị']]} (đơn vị cũ)" in text


@pytest.mark.slow
def test_writer_reads_the_minutes_each_member_with_its_total_and_the_proposed(texts):
    scores = run_cli("scores", "--period", YEAR, "--cluster", "AG-X1", "--format", "csv")
    text = texts[MINUTES]
    assert "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM 2025" in text and "Cụm thi đua các xã, phường số 1" in text
    rows = list(csv.DictReader(io.StringIO(scores.stdout)))
    assert len(rows) == 6
    lines = text.splitlines()
    for row in rows:
        total = f"{float(row['total']):.2f}".replace(".", ",")
        assert any(row["unit_name"] in line for line in lines)
        ranked = [lines[i + 1 : i + 3] for i, line in enumerate(lines) if line.strip() == row["unit_name"]]
        assert any(total in after for after in ranked), (row["unit_name"], total)
    assert "[Ghi kết quả bỏ phiếu" in text  # the sample has no votes of 2025
    for row in _drafted():
        assert row["award"] in text
    # one answer: Xã U Minh Thượng, held in 2025 (unit_years.csv: a complaint being verified), reads as held beside
    # its commendation, named as rules.toml names the form, as in the report and the score sheet
    assert "Bằng khen của Chủ tịch UBND tỉnh (tạm dừng xét)" in " ".join(text.split())


@pytest.mark.slow
def test_writer_reads_the_proposal_naming_each_proposed_unit_under_its_form(texts):
    names = _names()
    text = texts[PROPOSAL]
    assert "TỜ TRÌNH" in text and "Về việc đề nghị khen thưởng năm 2025" in text and "An Giang" in text
    assert "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025" in text
    for row in _drafted():
        assert names[row["unit_id"]] in text and row["award"] in text
    assert "Xã U Minh Thượng" not in text.split("DANH SÁCH")[1]  # held: not in the list


def test_the_reference_lists_every_field_a_template_may_use():
    from emulation.views.dossier import FIELDS

    section = (
        (ROOT / "docs" / "reference.md").read_text(encoding="utf-8").split("## Dossier drafts")[1].split("\n## ")[0]
    )
    for kind, fields in FIELDS.items():
        for field in fields:
            leaf = field.replace("[]", "").split(".")
            assert f"`{leaf[-1]}`" in section or f"`{'.'.join(leaf[-2:])}`" in section, (kind, field)
    for name in TEMPLATE_FILES.values():
        assert f"`{name}`" in section


def test_the_years_page_links_each_proposed_or_council_unit_to_its_draft(written, tmp_path, monkeypatch):
    import re
    from urllib.parse import unquote

    from emulation.data.dataset import open_dataset
    from emulation.publish.index import write_index

    monkeypatch.chdir(tmp_path)  # `emulation report` and `emulation dossier` run in one folder, with their defaults
    shutil.copytree(written, tmp_path / "dossiers" / YEAR)
    page = write_index(open_dataset(SAMPLE), YEAR, [], Path("reports"))
    links = re.findall(r'<a href="([^"]+\.docx)">([^<]+)</a>', page.read_text(encoding="utf-8"))
    names = _names()
    assert sorted(name for _, name in links) == sorted(names[row["unit_id"]] for row in _drafted())
    assert all((page.parent / unquote(href)).resolve().is_file() for href, _ in links)


def test_the_explorers_history_tab_links_the_drafts_once_written(written, tmp_path, monkeypatch):
    from emulation.data.dataset import open_dataset
    from emulation.engine.proposals import proposals
    from emulation.jupyter.tabs import _draft_links

    table, _ = proposals(open_dataset(SAMPLE), int(YEAR))
    monkeypatch.chdir(tmp_path)
    assert _draft_links(table, YEAR, "vi") == []
    shutil.copytree(written, tmp_path / "dossiers" / YEAR)
    [links] = _draft_links(table, YEAR, "vi")
    assert links.value.count("<li>") == len(_drafted()) and "Dự thảo báo cáo thành tích" in links.value


def test_the_blank_province_has_its_proposal_issued_by_the_council(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(SAMPLE, data)
    clusters = data / "clusters.csv"
    clusters.write_text(
        clusters.read_text(encoding="utf-8-sig").replace('phường số 1",An Giang', 'phường số 1",'), encoding="utf-8"
    )
    out = tmp_path / "out"
    assert run_cli("dossier", str(data), "--year", YEAR, "--out", str(out), "--date", DATE).returncode == 0
    proposal = Document(str(out / "Tờ trình - Không thuộc tỉnh.docx"))
    heading = [cell.text for cell in proposal.tables[0].rows[0].cells]
    assert (
        heading[0].split("\n")[:2] == ["", "Hội đồng Thi đua - Khen thưởng"]
        and "……, ngày 07 tháng 12 năm 2026" in heading[1]
    )
    assert not (out / PROPOSAL).exists()


def test_the_minutes_say_what_placed_a_unit_above_an_equal_one(tmp_path):
    """Section 10: the minutes' ranking gives section 9's tie-break in words. tests/rules9_data.py's cluster K1:
    X3 holds the city's flag of 2024 (+10: 50 points); X2 and X4 have 40 each, X4 placed first by A1 (120
    accounts against 100); X1 has 39 after its deduction."""
    from rules9_data import data
    from test_rules9_sections import AWARDS, FORMS

    folder = data(
        tmp_path,
        FORMS,
        awards=AWARDS,
        adjustments=[["period", "unit_id", "points", "reason"], ["2025", "X1", "-1", "Báo cáo chậm"]],
    )
    out = tmp_path / "out"
    assert run_cli("dossier", str(folder), "--year", YEAR, "--out", str(out), "--date", DATE).returncode == 0
    minutes = Document(str(out / "Biên bản - Cụm xã K.docx"))
    (table,) = [table for table in minutes.tables if "Tổng điểm" in " ".join(cell.text for cell in table.rows[0].cells)]
    ranking = {row[1]: row for row in ([cell.text for cell in row.cells] for row in table.rows[1:])}
    assert [ranking[unit][2] for unit in ("Xã X3", "Xã X4", "Xã X2", "Xã X1")] == ["50,00", "40,00", "40,00", "39,00"]
    assert "bằng điểm Xã X2; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn" in ranking["Xã X4"][-1]
    assert ranking["Xã X2"][-1] == ""


def test_python_docx_is_the_exact_version_whose_header_element_the_dossier_reads():
    """python-docx has no interface for a header's XML: `publish.dossier.render` reads `header._element` to drop
    the empty runs a template leaves there. pyproject pins the one version this was verified on; a new version
    must be verified (the header tests above) before the pin moves."""
    import tomllib
    from importlib.metadata import version

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = next(entry for entry in project["project"]["dependencies"] if entry.startswith("python-docx"))
    assert pinned == f"python-docx=={version('python-docx')}", f"{version('python-docx')} installed, {pinned} verified"
    header = Document().sections[0].header
    assert header._element.tag == qn("w:hdr")
