"""An empty workbook in the contract's format, ready for a member unit or an analyst to fill in."""

from __future__ import annotations

from pathlib import Path

from .files import atomic_path
from .schema import TABLES

_CHOICES = {
    "direction": ("tăng,giảm,đạt", True),
    "flow": ("có,không", True),
    "role": ("trưởng,phó,thành viên", True),
    "actual": ("có,không,đạt,không đạt,x", False),  # a suggestion only: numbers are typed here too
}
_NUMBER_FORMATS = {"number": "#,##0.###", "integer": "0"}
_TEMPLATE_ROWS = 500
_INSTRUCTIONS = [
    ("Hướng dẫn nhập số liệu thi đua", ""),
    ("", ""),
    ("Mỗi trang tính là một bảng; dòng 1 là tiêu đề, không đổi tên cột.", ""),
    ("Cụm", "Mã cụm (ngắn, không trùng), tên cụm hoặc khối thi đua, tỉnh."),
    ("Đơn vị", "Mã đơn vị (không trùng), tên đơn vị (huyện, thành phố, xã, phường, sở...), loại."),
    ("Thành viên", "Năm, mã cụm, mã đơn vị, vai trò: trưởng / phó / thành viên (để trống = thành viên)."),
    ("Chỉ tiêu", "Mã, tên, nhóm (Nội dung 1, 2...), đơn vị tính, chiều: tăng / giảm / đạt, "
                 "cộng dồn: có (cộng dồn trong năm như thu ngân sách) / không (tỷ lệ, bình quân), điểm tối đa, "
                 "mã cụm (để trống = áp dụng cho mọi cụm)."),
    ("Kết quả", "Kỳ: 2019 (cả năm), 2019-Q1, 2019-H1 (6 tháng), 2019-9M; mã đơn vị; mã chỉ tiêu; "
                "kế hoạch cả năm; thực hiện (để trống = chưa có số liệu); điểm tự chấm; ghi chú."),
    ("Điểm cộng trừ", "Kỳ, mã đơn vị, điểm (dương là cộng, âm là trừ), lý do (bắt buộc)."),
    ("Bỏ phiếu", "Kỳ, mã đơn vị, số phiếu tán thành, tổng số phiếu."),
    ("", ""),
    ("Cách ghi số", "Dấu phẩy là dấu thập phân, dấu chấm tách hàng nghìn: 153,3 là 153,3; 1.234,5 là một nghìn "
                    "hai trăm ba mươi tư phẩy năm; 25.000 là hai mươi lăm nghìn. Có thể ghi kèm % hoặc ‰."),
    ("Chỉ tiêu đạt / không đạt", "Thực hiện ghi có / không, đạt / không đạt, hoặc x."),
    ("Ví dụ", "Kỳ 2019, đơn vị HG-QB, chỉ tiêu VL (Giải quyết việc làm, người, tăng, cộng dồn), "
              "kế hoạch 900, thực hiện 1.380 → đạt 153,3% KH."),
]


def write_template(path: str | Path) -> None:
    """Writes the workbook atomically: an instructions sheet, then one sheet per table with Vietnamese headers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    guide = workbook.active
    guide.title = "Hướng dẫn"
    for row in _INSTRUCTIONS:
        guide.append(row)
    guide["A1"].font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 26
    guide.column_dimensions["B"].width = 110
    for cell in guide["B"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for table in TABLES.values():
        sheet = workbook.create_sheet(table.vi)
        sheet.append([column.vi for column in table.columns])
        sheet.freeze_panes = "A2"
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            header = sheet.cell(row=1, column=index)
            header.font = Font(bold=True, color="FFFFFF")
            header.fill = PatternFill("solid", fgColor="9B1B1B")
            sheet.column_dimensions[letter].width = max(12, len(column.vi) + 4, 30 if column.kind == "text" else 0)
            area = f"{letter}2:{letter}{_TEMPLATE_ROWS}"
            if column.name in _CHOICES:
                choices, strict = _CHOICES[column.name]
                validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                                            showErrorMessage=strict)
                validation.add(area)
                sheet.add_data_validation(validation)
            if column.kind in _NUMBER_FORMATS:
                for (cell,) in sheet[area]:
                    cell.number_format = _NUMBER_FORMATS[column.kind]
    with atomic_path(path) as temporary:
        workbook.save(temporary)
