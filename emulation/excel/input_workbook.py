"""The input workbook a member unit or an analyst fills in: instructions, one sheet per table with Vietnamese
headers, drop-down lists, number formats, frozen headers and widths that fit; optionally pre-filled from an
existing dataset with the empty results rows of a period (the rows themselves: `prefill`)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..data.award_rules import HistoryRules
from ..data.kinds import SCORING_KINDS
from ..data.schema import TABLES, Column
from ..files import atomic_path
from .prefill import WORDS, prefill
from .workbook import fit_widths, header, put

CRITERIA_CODES = "'Tiêu chí'!$A$2:$A$1000"  # the codes typed in the criteria sheet, offered as parents and links
CHOICES = {  # column → (list, strict); the actual column only suggests: numbers are typed there too
    "direction": ('"tăng,giảm,đạt"', True),
    "flow": ('"có,không"', True),
    "role": ('"trưởng,phó,thành viên"', True),
    "scoring": ('"' + ",".join(kind.words[0] for kind in SCORING_KINDS.values()) + '"', True),
    "parent_id": (CRITERIA_CODES, True),
    "criterion_id": (CRITERIA_CODES, True),
}
NUMBER_FORMATS = {"number": "#,##0.###", "integer": "0"}
ROWS_WITH_LISTS = 2000
INSTRUCTIONS = [
    ("Hướng dẫn nhập số liệu thi đua", ""),
    ("", ""),
    ("Cách dùng", "Mỗi trang tính là một bảng; dòng 1 là tiêu đề, không đổi tên cột, không chèn dòng trống phía trên."),
    ("Cụm", "Mã cụm (ngắn, không trùng), tên cụm hoặc khối thi đua, tỉnh."),
    ("Đơn vị", "Mã đơn vị (không trùng), tên đơn vị (huyện, thành phố, xã, phường, sở...), loại."),
    (
        "Thành viên",
        "Năm, mã cụm, mã đơn vị, vai trò: trưởng / phó / thành viên (để trống = thành viên). "
        "Mỗi năm một đơn vị chỉ thuộc một cụm; mỗi cụm một trưởng, một phó.",
    ),
    (
        "Chỉ tiêu",
        "Mã, tên, nhóm (Nội dung 1, 2...), đơn vị tính, chiều: tăng (càng cao càng tốt) / giảm (mức trần: "
        "tai nạn, tội phạm, hộ nghèo) / đạt (đạt hoặc không đạt); cộng dồn: có (cộng dồn trong năm, cộng được "
        "giữa các đơn vị: thu ngân sách, việc làm) / không (tỷ lệ, bình quân, tiêu chí); điểm tối đa; "
        "mã cụm (để trống = áp dụng cho mọi cụm).",
    ),
    (
        "Kết quả",
        "Kỳ: 2019 (cả năm), 2019-Q1 (quý I), 2019-H1 (6 tháng), 2019-9M (9 tháng); mã đơn vị; mã chỉ tiêu; "
        "kế hoạch CẢ NĂM (kể cả khi báo cáo 6 tháng); thực hiện đến kỳ báo cáo (để trống = chưa có số liệu); "
        "điểm tự chấm; ghi chú.",
    ),
    ("Điểm cộng trừ", "Kỳ, mã đơn vị, điểm (số dương là cộng, số âm là trừ), lý do (bắt buộc)."),
    ("Bỏ phiếu", "Kỳ, mã đơn vị, số phiếu tán thành, tổng số phiếu."),
    ("", ""),
    (
        "Hướng dẫn chấm điểm",
        "Ba trang sau là tùy chọn: chỉ dùng khi Ban chấm theo bảng điểm riêng (tiêu chuẩn → mục → "
        "tiểu mục). Không có trang Tiêu chí thì chấm theo % KH như trên.",
    ),
    (
        "Tiêu chí",
        "Mã tiêu chí; thuộc tiêu chí (mã tiêu chí cha, để trống = tiêu chuẩn cấp trên cùng); tên; điểm chuẩn; "
        "trừ tối đa (tổng điểm trừ của mục không quá...); cộng tối đa; mã cụm, năm (để trống = mọi cụm, mọi năm). "
        "Mục chấm bằng điểm trừ, điểm cộng bắt đầu từ điểm chuẩn của nó.",
    ),
    (
        "Chỉ tiêu (thêm)",
        "Tiêu chí: mã mục mà chỉ tiêu thuộc về. Cách chấm: % KH (để trống) / mỗi trường hợp (thực hiện "
        "là số trường hợp, ghi điểm mỗi trường hợp: -0,5 là trừ, 1 là cộng) / bậc (theo % KH, xem trang "
        "Bậc điểm) / bậc giá trị (theo giá trị thực hiện) / chấm trực tiếp (thực hiện là điểm hội nghị "
        "chấm, không quá điểm tối đa).",
    ),
    (
        "Bậc điểm",
        "Mã chỉ tiêu chấm theo bậc; từ (gồm cả giá trị này, để trống = không có cận dưới); đến dưới (không "
        "gồm, để trống = không có cận trên); điểm (số âm là trừ). Ví dụ: từ 95 đến dưới 100: -1.",
    ),
    (
        "Điểm tiêu chí",
        "Kỳ, mã đơn vị, mã tiêu chí; điểm tự chấm của đơn vị; điểm thống nhất sau thẩm định (thay cho "
        "điểm tính) và lý do (bắt buộc khi có điểm thống nhất).",
    ),
    ("", ""),
    (
        "Thành tích các năm",
        "Ba trang sau là tùy chọn: dùng khi xét khen thưởng theo thành tích nhiều năm và danh sách "
        "đề nghị của tỉnh (emulation proposals).",
    ),
    (
        "Xếp loại năm",
        "Năm, mã đơn vị, xếp loại chính thức của năm (chọn trong danh sách), lý do tạm dừng xét nếu đơn vị "
        "đang bị xem xét kỷ luật, thanh tra hoặc khiếu nại (để trống = không).",
    ),
    (
        "Khen thưởng",
        "Mã đơn vị, hình thức (chọn trong danh sách của rules.toml), năm đạt thành tích, loại: thường xuyên / "
        "chuyên đề / đột xuất, số và ngày quyết định, đã hủy: có / không.",
    ),
    (
        "Sắp xếp đơn vị",
        "Mã đơn vị mới (mã riêng, kể cả khi giữ mã cũ), mã đơn vị cũ được sắp xếp vào, năm đầu tiên của đơn "
        "vị mới, ghi chú như nghị quyết: Nhập toàn bộ / Nhập một phần / Đổi tên.",
    ),
    ("", ""),
    (
        "Cách ghi số",
        "Gõ số vào ô như Excel trên máy bạn vẫn hiển thị số: các cột số đã định dạng sẵn, Excel tự dùng dấu "
        "thập phân của máy. KHÔNG gõ dấu chấm hay dấu phẩy để tách hàng nghìn: gõ 1380, không gõ 1.380 — trên "
        "máy cài đặt kiểu Anh, 1.380 bị đọc thành một phẩy ba tám, sai một nghìn lần mà không báo lỗi. Sổ này "
        "cảnh báo khi thực hiện lớn hơn 10 lần kế hoạch, và chương trình cảnh báo khi thực hiện gấp hơn 100 lần "
        "hoặc chưa bằng một phần trăm kế hoạch.",
    ),
    (
        "Số dạng chữ (tệp CSV)",
        "Khi số được ghi dạng chữ (tệp CSV), mỗi cột dùng một cách: dấu phẩy là dấu thập phân và dấu "
        "chấm tách hàng nghìn (1.234,5), hoặc dấu chấm là dấu thập phân (1234.5). Trong một cột, "
        "đừng trộn hai cách ghi. Có thể ghi kèm % hoặc ‰.",
    ),
    ("Chỉ tiêu đạt / không đạt", "Cột thực hiện ghi có / không, đạt / không đạt, hoặc x; kế hoạch để trống."),
    (
        "Ví dụ",
        "Kỳ 2019, đơn vị HG-QB, chỉ tiêu VL (Giải quyết việc làm, người, tăng, cộng dồn), kế hoạch 900, "
        "thực hiện 1380 → đạt 153,3% KH.",
    ),
]


def write_template(path: str | Path, dataset=None, period: str | None = None, units: list[str] | None = None) -> None:
    """Writes the workbook atomically; with a dataset, pre-filled with its catalogues and, for a period, one
    empty results row per member and indicator (the plan carried over when the year already has one). With
    `units`, a unit's own copy: only these units' rows (members, results, claims, ratings, awards, their
    reorganisation), the shared catalogues (clusters, indicators, the guide) whole."""
    write_workbook(
        path,
        prefill(dataset, period, units) if dataset is not None else {},
        dataset.rules.history if dataset is not None else HistoryRules(),
        tuple(event.name for event in dataset.rules.events) if dataset is not None else (),
    )


def _choices(
    table: str, column: Column, history: HistoryRules, events: tuple[str, ...] = ()
) -> tuple[str, bool] | None:
    """A column's drop-down list and whether it only accepts its words: the fixed ones, the ratings and the award
    forms of the rules in force (Excel refuses any other text typed there)."""
    if column.kind in ("award_kind", "revoked"):
        return '"' + ",".join(dict.fromkeys(WORDS[column.kind].values())) + '"', True
    if (table, column.name) == ("unit_years", "rating"):
        return '"' + ",".join(history.ratings) + '"', True
    if (table, column.name) == ("events", "event") and events:  # the events of rules.toml's [[events]]
        return '"' + ",".join(events) + '"', True
    if (table, column.name) == ("awards", "award") and history.award_forms:  # a misspelt form would count for nothing
        return '"' + ",".join(form.name for form in history.award_forms) + '"', True
    if column.name in CHOICES and (column.name != "criterion_id" or table != "criteria"):
        return CHOICES[column.name]
    return None


def write_workbook(
    path: str | Path, rows: dict[str, list[tuple]], history: HistoryRules | None = None, events: tuple[str, ...] = ()
) -> None:
    """A dataset workbook in the contract's format: instructions, then every table's sheet with its rows
    (values in the order of the contract's columns), drop-down lists with their messages, number formats."""
    history = history or HistoryRules()
    workbook = Workbook()
    _instructions(workbook.active)
    for table in TABLES.values():
        sheet = workbook.create_sheet(table.vi)
        header(sheet, [column.vi for column in table.columns])
        for row_number, values in enumerate(rows.get(table.name, []), start=2):
            for column_number, (column, value) in enumerate(zip(table.columns, values), start=1):
                put(sheet, row_number, column_number, value, NUMBER_FORMATS.get(column.kind))
        last = max(ROWS_WITH_LISTS, len(rows.get(table.name, [])) + 500)
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            listed = _choices(table.name, column, history, events)
            if listed is not None:
                choices, strict = listed
                validation = DataValidation(
                    type="list",
                    formula1=choices,
                    allow_blank=True,
                    showErrorMessage=strict,
                    errorStyle="stop" if strict else None,
                    showInputMessage=True,
                    promptTitle=column.vi[:32],
                    prompt=("Chọn trong danh sách" if strict else "Chọn hoặc gõ")[:255],
                    errorTitle="Giá trị không hợp lệ",
                    error="Hãy chọn một giá trị trong danh sách.",
                )
                validation.add(f"{letter}2:{letter}{last}")
                sheet.add_data_validation(validation)
            if (table.name, column.name) == ("results", "actual"):
                sheet.add_data_validation(_actual_check(letter, last))
            if column.kind in NUMBER_FORMATS:
                for (cell,) in sheet[f"{letter}2:{letter}{last}"]:
                    cell.number_format = NUMBER_FORMATS[column.kind]
        if table.name == "results":
            _helper_columns(sheet, rows.get("results_names", []), len(table.columns), last)
        fit_widths(sheet, least=12)
    with atomic_path(path) as temporary:
        workbook.save(temporary)


HELPERS = ("Tên đơn vị (tham khảo)", "Tên chỉ tiêu (tham khảo)", "Đơn vị tính (tham khảo)")  # ignored when read


def _actual_check(letter: str, last: int) -> DataValidation:
    """A warning (which the clerk may override) when an actual is over ten times its plan: the mark of 1.380
    read as 1,38 the other way round, or of a number typed in the wrong unit. Words (có, không, x) pass."""
    check = DataValidation(
        type="custom",
        formula1=f"OR(ISTEXT({letter}2),{letter}2<=10*MAX(D2,1))",
        allow_blank=True,
        errorStyle="warning",
        showErrorMessage=True,
        showInputMessage=True,
        promptTitle="Thực hiện",
        prompt="Số (gõ 1380, không gõ 1.380) hoặc có / không / đạt / không đạt / x",
        errorTitle="Kiểm tra lại số",
        error="Thực hiện lớn hơn 10 lần kế hoạch: có gõ nhầm dấu chấm, dấu phẩy hay đơn vị tính không?",
    )
    check.add(f"{letter}2:{letter}{last}")
    return check


def _helper_columns(sheet, names: list[tuple], width: int, last: int) -> None:
    """Beside a pre-filled results sheet, the unit's and indicator's names and the measure, so that a clerk
    sees what a code means; protected (the contract's columns stay editable), and ignored when read."""
    grey = PatternFill("solid", fgColor="E7E6E6")
    for offset, title in enumerate(HELPERS, start=width + 1):
        put(sheet, 1, offset, title).font = Font(bold=True)
    for row_number, values in enumerate(names, start=2):
        for offset, value in enumerate(values, start=width + 1):
            put(sheet, row_number, offset, value).fill = grey
    for row in sheet.iter_rows(min_row=2, max_row=last, max_col=width):
        for cell in row:
            cell.protection = Protection(locked=False)
    sheet.protection.sheet = True  # no password: a guard against slips, not a lock
    sheet.protection.formatColumns = sheet.protection.insertRows = sheet.protection.sort = (
        sheet.protection.autoFilter
    ) = False


def _instructions(sheet) -> None:
    sheet.title = "Hướng dẫn"
    for row, (title, text) in enumerate(INSTRUCTIONS, start=1):
        put(sheet, row, 1, title).font = Font(bold=True, size=14 if row == 1 else 11)
        put(sheet, row, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 110
