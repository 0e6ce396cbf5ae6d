"""Writes the dossier's shipped Word templates (docs/reference.md, "Dossier drafts"):
emulation/publish/templates/dossier/{to-trinh,bien-ban,bao-cao-thanh-tich}.docx.

Run once when a template changes (`python data/make_dossier_templates.py`); the .docx files are kept in the
repository and shipped in the package, and a board replaces them with its own (edited in Word, keeping the
field names) through `emulation dossier --templates DIR`. The layout is that of Nghị định 30/2020/NĐ-CP: A4;
margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt (the title 14 pt) set explicitly
in the document defaults, in every style and on every run (no theme font); the heading block as a borderless
table; page numbers centred at the top from the second page; tables whose header row repeats on every page;
a landscape section for the wide tables. Passages only people can write are in brackets and highlighted.

The fields between {{ }} and the {%p %}, {%tr %}, {%r %} tags are docxtpl's (Jinja inside Word); the names a
template may use are listed in docs/reference.md and checked by emulation/publish/dossier.py.
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).resolve().parents[1] / "emulation" / "publish" / "templates" / "dossier"
FONT = "Times New Roman"
BODY, TITLE = 13, 14  # points
MARGINS = (20, 20, 30, 16)  # mm: top, bottom, left, right, inside the decree's ranges once rounded to twips
PORTRAIT_WIDTH = 210 - MARGINS[2] - MARGINS[3]  # mm between the margins
LANDSCAPE_WIDTH = 297 - MARGINS[2] - MARGINS[3]
KEPT_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "TableGrid", "Header", "NoList"}

# ---------------------------------------------------------------------------------------------- the document


def _fonts(rpr, size: int) -> None:
    """Times New Roman for every script and `size`, replacing any theme font."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), FONT)
    for tag in ("w:sz", "w:szCs"):
        element = rpr.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            rpr.append(element)
        element.set(qn("w:val"), str(2 * size))


def _rpr(element):
    """The run properties of a run or a style, created in their schema place when absent."""
    return element.get_or_add_rPr()


def _styles(document) -> None:
    """Only the styles the templates use, each in Times New Roman; the document defaults too."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEPT_STYLES:
            styles.remove(style)
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr, BODY)
    language = rpr.find(qn("w:lang"))
    language.set(qn("w:val"), "vi-VN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    for style in styles.findall(qn("w:style")):
        _fonts(_rpr(style), BODY)
    normal = document.styles["Normal"]
    normal.paragraph_format.space_after = Pt(0)
    for name, size, bold, align, before, after, indent in (
        ("Dossier Body", BODY, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 4, 4, 10),
        ("Dossier Part", BODY, True, WD_ALIGN_PARAGRAPH.JUSTIFY, 6, 6, 10),
        ("Dossier Title", TITLE, True, WD_ALIGN_PARAGRAPH.CENTER, 12, 0, 0),
        ("Dossier Subtitle", BODY, True, WD_ALIGN_PARAGRAPH.CENTER, 0, 12, 0),
        ("Dossier Heading Block", BODY, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 0, 0),
        ("Dossier Signature", BODY, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 0, 0),
        ("Dossier Table Text", BODY, False, WD_ALIGN_PARAGRAPH.LEFT, 2, 2, 0),
        ("Dossier Table Number", BODY, False, WD_ALIGN_PARAGRAPH.RIGHT, 2, 2, 0),
        ("Dossier Table Heading", BODY, True, WD_ALIGN_PARAGRAPH.CENTER, 2, 2, 0),
    ):
        style = document.styles.add_style(name, 1)
        style.base_style = normal
        style.font.bold = bold
        _fonts(_rpr(style.element), size)
        style.paragraph_format.alignment = align
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.first_line_indent = Mm(indent)
        style.paragraph_format.line_spacing = 1.0 if name != "Dossier Body" else 1.15
    document.styles["Dossier Part"].paragraph_format.keep_with_next = True
    document.styles["Dossier Table Heading"].paragraph_format.keep_with_next = True


def _page(section, landscape: bool = False) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (
        Mm(size) for size in MARGINS
    )
    section.header_distance, section.footer_distance = Mm(10), Mm(10)


def _page_number(section) -> None:
    """The page number centred in the header; none on the first page."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.style = "Header"
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        r = paragraph.add_run()
        _fonts(_rpr(r._r), BODY)
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            r._r.append(field)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            r._r.append(instruction)
        else:
            r.text = text
    section.first_page_header.paragraphs[0].style = "Header"


def new_document():
    document = Document()
    package = document.part.package
    for key, relation in list(package.rels.items()):  # python-docx's sample thumbnail
        if relation.reltype.endswith("/thumbnail"):
            del package.rels[key]
    for key, relation in list(document.part.rels.items()):  # Word 2010's copy of the styles, with theme fonts
        if relation.reltype.endswith(("/stylesWithEffects", "/customXml", "/numbering")):  # no list is used
            del document.part.rels[key]
    _styles(document)
    _page(document.sections[0])
    _page_number(document.sections[0])
    properties = document.core_properties
    properties.author = properties.last_modified_by = properties.title = properties.subject = ""
    properties.comments = properties.keywords = properties.category = ""
    properties.revision = 1
    properties.created = properties.modified = properties.last_printed = datetime.datetime(2026, 1, 1)
    return document


def section(document, landscape: bool) -> None:
    """A new page in a section of its own, portrait or landscape, numbered like the rest."""
    new = document.add_section(WD_SECTION.NEW_PAGE)
    _page(new, landscape)
    new.different_first_page_header_footer = False


# ------------------------------------------------------------------------------------------------ paragraphs


def run(
    paragraph,
    text: str,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
    fill: bool = False,
    size: int = BODY,
):
    """A run in Times New Roman; `fill` marks a passage left for people (bracketed, highlighted)."""
    r = paragraph.add_run(text)
    _fonts(_rpr(r._r), size)
    if bold:
        r.bold = True
    if italic or fill:
        r.italic = True
    if caps:
        r.font.all_caps = True
    if fill:
        r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return r


def para(container, parts, style: str = "Dossier Body"):
    """A paragraph of runs: each part is text, or (text, options) with the options of `run`."""
    paragraph = container.add_paragraph(style=style)
    size = TITLE if style == "Dossier Title" else BODY
    for part in [parts] if isinstance(parts, str) else parts:
        text, options = (part, {}) if isinstance(part, str) else part
        run(paragraph, text, **{"size": size, **options})
    return paragraph


def tag(container, text: str, style: str = "Dossier Body"):
    """A paragraph that holds only a docxtpl tag ({%p if … %}): it disappears when rendered."""
    return para(container, text, style)


FILL = {"fill": True}
BOLD = {"bold": True}

# ---------------------------------------------------------------------------------------------------- tables


def _cell_text(cell, parts, style: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    for part in [parts] if isinstance(parts, str) else parts:
        text, options = (part, {}) if isinstance(part, str) else part
        run(paragraph, text, **options)


def _widths(table, widths: list[float]) -> None:
    """Column widths (mm), scaled to the width between the margins: widths are written for 165 (portrait) or
    252 mm (landscape)."""
    written = sum(widths)
    widths = [width * (PORTRAIT_WIDTH / 165 if written <= 165 else LANDSCAPE_WIDTH / 252) for width in widths]
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Mm(width)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def grid(
    container,
    headings: list[str],
    loop: str,
    cells: list,
    widths: list[float],
    numbers: set[int] = frozenset(),
    groups: tuple[str, str, str] | None = None,
):
    """A bordered table: a heading row repeated on every page, then one row per item of `loop` ("row in rows").
    `cells` are the data row's cell texts; `numbers` the columns aligned right. `groups` = (outer loop, the
    group row's text, inner loop) nests the rows under a group row spanning the table."""
    rows = 1 + (2 if groups else 0) + 3
    table = container.add_table(rows=rows, cols=len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, widths)
    for cell, heading in zip(table.rows[0].cells, headings):
        _cell_text(cell, heading, "Dossier Table Heading")
    _repeat_header(table.rows[0])
    at = 1
    if groups:
        outer, text, loop = groups
        _cell_text(table.rows[at].cells[0], f"{{%tr for {outer} %}}", "Dossier Table Text")
        merged = table.rows[at + 1].cells[0].merge(table.rows[at + 1].cells[-1])
        _cell_text(merged, [(text, BOLD)], "Dossier Table Text")
        at += 2
    _cell_text(table.rows[at].cells[0], f"{{%tr for {loop} %}}", "Dossier Table Text")
    for column, (cell, text) in enumerate(zip(table.rows[at + 1].cells, cells)):
        _cell_text(cell, text, "Dossier Table Number" if column in numbers else "Dossier Table Text")
    _cell_text(table.rows[at + 2].cells[0], "{%tr endfor %}", "Dossier Table Text")
    if groups:
        end = table.add_row()
        _cell_text(end.cells[0], "{%tr endfor %}", "Dossier Table Text")
    return table


def two_blocks(container, left: list, right: list, widths: tuple[float, float] = (62, 103)):
    """A borderless two-column table: the heading block, or the signature blocks."""
    table = container.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, list(widths))
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        for number, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.style = "Dossier Heading Block"
            for part in [line] if isinstance(line, (str, tuple)) else line:
                text, options = (part, {}) if isinstance(part, str) else part
                run(paragraph, text, **options)
    return table


def heading_block(document, number: str) -> None:
    """The issuer on the left (its superior, then itself, then the document's number); the national title, the
    motto, then the place and date on the right."""
    two_blocks(
        document,
        [
            [("{{ issuer.upper }}", {"caps": True})],
            [("{{ issuer.name }}", {"caps": True, "bold": True})],
            "",
            f"Số:         /{number}",
        ],
        [
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD)],
            [("Độc lập - Tự do - Hạnh phúc", BOLD)],
            "",
            [("{{ place }}, ngày {{ date.day }} tháng {{ date.month }} năm {{ date.year }}", {"italic": True})],
        ],
    )


def signatures(document, left: list, right: list) -> None:
    para(document, "", "Dossier Signature")
    two_blocks(document, left, right, (80, 85))


# ------------------------------------------------------------------------------------------------ documents


def proposal() -> Document:
    """Tờ trình, and its list on a landscape page."""
    document = new_document()
    heading_block(document, "TTr-HĐTĐKT")
    para(document, "TỜ TRÌNH", "Dossier Title")
    para(document, "Về việc đề nghị khen thưởng năm {{ year }}", "Dossier Subtitle")
    para(document, ["Kính gửi: ", ("[Cơ quan có thẩm quyền khen thưởng]", FILL)], "Dossier Subtitle")
    para(document, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
    para(document, [("[Căn cứ các văn bản quy định, hướng dẫn công tác thi đua, khen thưởng của tỉnh;]", FILL)])
    para(document, "Căn cứ kết quả chấm điểm, bình xét thi đua năm {{ year }} của các cụm, khối thi đua,")
    para(
        document,
        [
            "{{ issuer.name }} kính đề nghị ",
            ("[cơ quan có thẩm quyền]", FILL),
            " xem xét, khen thưởng cho {{ count }} lượt tập thể, gồm:",
        ],
    )
    tag(document, "{%p for form in forms %}")
    para(document, "- {{ form.name }}: {{ form.count }} tập thể;")
    tag(document, "{%p endfor %}")
    para(document, "(Có danh sách kèm theo).")
    para(document, ["Kính trình ", ("[cơ quan có thẩm quyền]", FILL), " xem xét, quyết định./."])
    signatures(
        document,
        [[("Nơi nhận:", {"bold": True, "italic": True})], "- Như trên;", "- Lưu: VT."],
        [[("TM. HỘI ĐỒNG", BOLD)], [("CHỦ TỊCH", BOLD)], "", "", "", [("[Họ và tên]", FILL)]],
    )
    section(document, landscape=True)
    para(document, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM {{ year }}", "Dossier Title")
    para(
        document,
        [
            (
                "(Kèm theo Tờ trình số        /TTr-HĐTĐKT ngày {{ date.day }}/{{ date.month }}/{{ date.year }})",
                {"italic": True},
            )
        ],
        "Dossier Subtitle",
    )
    grid(
        document,
        ["STT", "Tên tập thể", "Cụm, khối thi đua", "Trạng thái", "Căn cứ đề nghị"],
        "row in form.rows",
        ["{{ row.number }}", "{{ row.unit }}", "{{ row.cluster }}", "{{ row.status }}", "{{ row.basis }}"],
        [14, 55, 55, 32, 96],
        numbers={0},
        groups=("form in forms", "{{ form.name }}", "row in form.rows"),
    )
    tag(document, "{%p if not forms %}")
    para(document, "Không có tập thể nào được đề nghị.")
    tag(document, "{%p endif %}")
    return document


def minutes() -> Document:
    """Biên bản họp bình xét thi đua of a cluster."""
    document = new_document()
    heading_block(document, "BB")
    para(document, "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM {{ year }}", "Dossier Title")
    para(document, "{{ cluster.name }}", "Dossier Subtitle")
    para(document, ["Thời gian: ", ("[giờ … phút, ngày … tháng … năm …]", FILL)])
    para(document, ["Địa điểm: ", ("[nơi họp]", FILL)])
    para(document, "I. THÀNH PHẦN", "Dossier Part")
    paragraph = para(document, "Chủ trì: ")
    for text, options in (
        ("{% if chair %}{{ chair }} ({{ chair_role }}), {% endif %}", {}),
        ("[họ tên, chức vụ người chủ trì]", FILL),
    ):
        run(paragraph, text, **options)
    para(document, ["Thư ký: ", ("[họ tên, chức vụ]", FILL)])
    para(document, "Các đơn vị thành viên năm {{ year }} ({{ members | length }} đơn vị):")
    grid(
        document,
        ["STT", "Đơn vị", "Vai trò", "Đại diện dự họp"],
        "member in members",
        ["{{ member.number }}", "{{ member.unit }}", "{{ member.role }}", ""],
        [14, 66, 35, 50],
        numbers={0},
    )
    para(document, "II. NỘI DUNG", "Dossier Part")
    para(
        document, "1. Kết quả chấm điểm, xếp hạng thi đua năm {{ year }} của {{ cluster.name }}:"
    ).paragraph_format.keep_with_next = True
    grid(
        document,
        ["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", "Khen thưởng theo xếp hạng", "Ghi chú"],
        "row in ranking",
        ["{{ row.rank }}", "{{ row.unit }}", "{{ row.total }}", "{{ row.grade }}", "{{ row.award }}", "{{ row.note }}"],
        [16, 42, 22, 37, 26, 22],
        numbers={0, 2},
    )
    para(document, "2. Kết quả bỏ phiếu:").paragraph_format.keep_with_next = True
    tag(document, "{%p if ballot %}")
    grid(
        document,
        ["STT", "Đơn vị", "Số phiếu đồng ý"],
        "row in ballot",
        ["{{ row.number }}", "{{ row.unit }}", "{{ row.votes }}"],
        [14, 91, 60],
        numbers={0, 2},
    )
    tag(document, "{%p else %}")
    para(
        document, [("[Ghi kết quả bỏ phiếu: số phiếu phát ra, số phiếu thu về, số phiếu đồng ý của từng đơn vị]", FILL)]
    )
    tag(document, "{%p endif %}")
    para(document, "3. Các đơn vị được đề nghị khen thưởng:").paragraph_format.keep_with_next = True
    tag(document, "{%p if proposed %}")
    grid(
        document,
        ["STT", "Đơn vị", "Hình thức khen thưởng", "Trạng thái"],
        "row in proposed",
        ["{{ row.number }}", "{{ row.unit }}", "{{ row.form }}", "{{ row.status }}"],
        [14, 50, 66, 35],
        numbers={0},
    )
    tag(document, "{%p else %}")
    para(document, "Không có đơn vị nào được đề nghị.")
    tag(document, "{%p endif %}")
    para(document, "III. Ý KIẾN CỦA CÁC ĐƠN VỊ", "Dossier Part")
    para(document, [("[Ghi ý kiến thảo luận của các đơn vị, các ý kiến khác nhau và kết luận của chủ trì]", FILL)])
    para(
        document,
        [
            "Cuộc họp kết thúc vào ",
            ("[… giờ … phút]", FILL),
            " cùng ngày; biên bản đã được đọc lại cho các đơn vị dự họp cùng nghe và thống nhất./.",
        ],
    )
    signatures(
        document,
        [[("THƯ KÝ", BOLD)], [("(Ký, ghi rõ họ tên)", {"italic": True})], "", "", "", "", [("[Họ và tên]", FILL)]],
        [
            [("CHỦ TRÌ", BOLD)],
            [("{% if chair %}{{ chair_role }} {{ chair }}{% endif %}", {"italic": True})],
            [("(Ký, ghi rõ họ tên)", {"italic": True})],
            "",
            "",
            "",
            [("[Họ và tên]", FILL)],
        ],
    )
    return document


def report() -> Document:
    """Báo cáo thành tích of a collective: parts I-III, its results on a landscape page, two signatures."""
    document = new_document()
    heading_block(document, "BC")
    para(
        document,
        ["BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG ", ("{{ form }}", {"caps": True, "bold": True, "size": TITLE})],
        "Dossier Title",
    )
    tag(document, "{%p if council %}", "Dossier Subtitle")
    para(document, "({{ council }})", "Dossier Subtitle")
    tag(document, "{%p endif %}", "Dossier Subtitle")
    para(document, "Năm {{ year }}", "Dossier Subtitle")
    para(document, "Tên tập thể đề nghị: {{ unit.name }}")
    para(document, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "Dossier Part")
    para(
        document,
        "1. Đặc điểm, tình hình: {{ unit.name }}{% if unit.kind %} ({{ unit.kind }}){% endif %}, "
        "thành viên {{ cluster.name }} năm {{ year }}{% if cluster.role %} ({{ cluster.role }}){% endif %}.",
    )
    para(
        document,
        [
            (
                "[Đơn vị bổ sung: địa bàn, dân số, tổ chức bộ máy, số cán bộ, công chức; thuận lợi, khó khăn "
                "trong năm]",
                FILL,
            )
        ],
    )
    para(document, ["2. Chức năng, nhiệm vụ: ", ("[Đơn vị bổ sung: chức năng, nhiệm vụ được giao]", FILL)])
    para(document, "II. THÀNH TÍCH ĐẠT ĐƯỢC", "Dossier Part")
    para(document, "1. Kết quả thực hiện các chỉ tiêu thi đua năm {{ year }}: phụ lục kèm theo.")
    para(
        document,
        "2. Kết quả chấm điểm, xếp hạng thi đua năm {{ year }}: "
        "{% if score %}tổng điểm {{ score.total }}, xếp hạng {{ score.rank }}/{{ score.members }} đơn vị của "
        "{{ cluster.name }}, đạt {{ score.share }} số điểm tối đa{% if score.grade %}; xếp loại "
        "{{ score.grade }}{% endif %}.{% else %}không có kết quả chấm điểm.{% endif %}",
    )
    para(document, "3. Xếp loại các năm:").paragraph_format.keep_with_next = True
    grid(
        document,
        ["Năm", "Đơn vị", "Xếp loại", "Ghi chú"],
        "row in ratings",
        ["{{ row.year }}", "{{ row.unit }}", "{{ row.rating }}", "{{ row.note }}"],
        [16, 50, 60, 39],
    )
    para(
        document,
        [
            "4. Các biện pháp, giải pháp đã thực hiện: ",
            (
                "[Đơn vị bổ sung: các giải pháp, biện pháp đã thực hiện để đạt được các thành tích nêu trên; việc "
                "thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; công tác xây dựng Đảng, "
                "đoàn thể]",
                FILL,
            ),
        ],
    )
    para(document, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "Dossier Part")
    for number, title, items, empty in (
        (1, "Danh hiệu thi đua", "titles", "Chưa có danh hiệu thi đua."),
        (2, "Hình thức khen thưởng", "commendations", "Chưa có hình thức khen thưởng."),
    ):
        para(document, f"{number}. {title}:").paragraph_format.keep_with_next = True
        tag(document, f"{{%p if {items} %}}")
        grid(
            document,
            ["Năm", title, "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Ghi chú"],
            f"row in {items}",
            [
                "{{ row.year }}",
                "{{ row.form }}",
                "{{ row.decision }}",
                "{{ row.date }}",
                "{{ row.body }}",
                "{{ row.note }}",
            ],
            [14, 40, 26, 24, 25, 36],
        )
        tag(document, "{%p else %}")
        para(document, empty)
        tag(document, "{%p endif %}")
    signatures(
        document,
        [[("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", BOLD)], [("(Ký, đóng dấu)", {"italic": True})]],
        [[("THỦ TRƯỞNG ĐƠN VỊ", BOLD)], [("(Ký, đóng dấu)", {"italic": True})], "", "", "", [("[Họ và tên]", FILL)]],
    )
    section(document, landscape=True)
    para(document, "PHỤ LỤC", "Dossier Title")
    para(document, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA NĂM {{ year }}", "Dossier Title")
    para(document, [("(Kèm theo Báo cáo thành tích của {{ unit.name }})", {"italic": True})], "Dossier Subtitle")
    grid(
        document,
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch",
            "Thực hiện",
            "% KH",
            "Đánh giá",
            "Thực hiện năm {{ previous_year }}",
        ],
        "row in results",
        [
            "{{ row.number }}",
            "{{ row.indicator }}",
            "{{ row.measure }}",
            "{{ row.plan }}",
            "{{ row.actual }}",
            "{{ row.attainment }}",
            "{{ row.status }}",
            "{{ row.previous }}",
        ],
        [14, 76, 26, 28, 28, 22, 28, 30],
        numbers={0, 3, 4, 5, 7},
    )
    tag(document, "{%p if not results %}")
    para(document, "Không có kết quả cả năm {{ year }} của đơn vị.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if formed_note %}")
    para(document, [("Ghi chú: ", {"italic": True}), ("{{ formed_note }}", {"italic": True})])
    tag(document, "{%p endif %}")
    return document


TEMPLATES = {"to-trinh.docx": proposal, "bien-ban.docx": minutes, "bao-cao-thanh-tich.docx": report}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    from emulation.publish.dossier import fixed_zip  # the same bytes on every run: entries ordered and dated alike

    for name, build in TEMPLATES.items():
        written = io.BytesIO()
        build().save(written)
        (out / name).write_bytes(fixed_zip(written.getvalue()))
        print(out / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
