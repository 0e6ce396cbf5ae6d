"""The words of published results and corrections (docs/reference.md, "Published results and corrections"), for
the catalogue (`catalogue.CATALOGUE`): the slip warnings, `publish`, `diff` and the report's section."""

from __future__ import annotations

from .catalogue_commands import Pair

MESSAGES: dict[str, Pair] = {
    "actual_year_before": (
        "Thực hiện gấp từ 10 lần trở lên hoặc chỉ bằng một phần mười trở xuống so với cùng kỳ năm trước "
        "({other_period}: {other_actual}, dòng {other_row}): có gõ nhầm không?",
        "The actual is at least 10 times, or at most a tenth of, the same period a year before "
        "({other_period}: {other_actual}, row {other_row}): a typing slip?",
    )
}
MESSAGES |= {
    "archive_exists": (
        "Thư mục lưu kết quả công bố «{path}» đã có: kết quả đã công bố không bao giờ bị ghi đè; hãy chọn tên khác",
        "The archive folder '{path}' exists: published results are never overwritten; choose another name",
    ),
    "not_an_archive": (
        "«{path}» không phải thư mục lưu kết quả công bố (thiếu manifest.json hoặc results/scores.csv)",
        "'{path}' is not a published archive (no manifest.json or results/scores.csv)",
    ),
    "archive_period": (
        "Kết quả lưu ở «{path}» là của kỳ {archived}, không phải kỳ {period}",
        "The archive '{path}' holds period {archived}, not {period}",
    ),
}

CLI: dict[str, Pair] = {
    "publish": (
        "Công bố kết quả một kỳ: lưu số liệu, quy tắc và kết quả vào một thư mục không bao giờ bị ghi đè",
        "Publish a period's results: the data, rules and results saved in a folder never overwritten",
    ),
    "archive_out": ("thư mục lưu kết quả công bố (chưa được có)", "the archive folder to write (must not exist)"),
    "diff": (
        "So sánh số liệu hiện tại với kết quả đã công bố: số liệu nào đã sửa, đơn vị nào thay đổi",
        "Compare the current data with a published archive: which inputs changed, which units moved",
    ),
    "archive": ("thư mục lưu kết quả công bố (do lệnh publish ghi)", "the published archive (written by publish)"),
    "published": (
        "thêm mục «Điều chỉnh sau công bố» so với thư mục lưu kết quả này",
        "add the section 'Corrections after publication' against this archive",
    ),
}

CORRECTION: dict[str, Pair] = {
    "title": ("Điều chỉnh sau công bố", "Corrections after publication"),
    "heading": (
        "So với kết quả công bố {period} (lưu lúc {when}): {inputs} số liệu đầu vào và {units} đơn vị thay đổi.",
        "Against the results published for {period} ({when}): {inputs} input changes and {units} units moved.",
    ),
    "nothing": (
        "Không có gì thay đổi so với kết quả đã công bố {period} (lưu lúc {when}).",
        "Nothing differs from the results published for {period} ({when}).",
    ),
    "awards": ("Khen thưởng thay đổi: {listed}.", "Awards changed: {listed}."),
    "results": ("Kết quả thay đổi", "Results that moved"),
    "inputs": ("Số liệu đầu vào thay đổi", "Inputs that changed"),
    "added": ("thêm dòng", "row added"),
    "removed": ("bỏ dòng", "row removed"),
    "none_award": ("không", "none"),
    "blank": ("(trống)", "(blank)"),
    "settings": ("Quy tắc chấm (rules.toml)", "Rules (rules.toml)"),
    "total": ("tổng điểm", "total"),
    "rank": ("hạng", "rank"),
    "grade": ("xếp loại", "grade"),
    "award": ("khen thưởng", "award"),
    "passed_over": ("không xét khen thưởng vì", "passed over for"),
    "paragraph": (
        "Sau khi công bố kết quả {period}, số liệu được điều chỉnh ở {count} chỗ{examples}.",
        "After the results for {period} were published, the data was corrected in {count} places{examples}.",
    ),
    "examples": (" ({listed})", " ({listed})"),
    "paragraph_awards": ("Đề nghị khen thưởng thay đổi: {listed}.", "Proposed awards changed: {listed}."),
    "paragraph_ranks": ("Thứ hạng thay đổi: {listed}.", "Ranks changed: {listed}."),
    "paragraph_totals": ("Tổng điểm thay đổi: {listed}.", "Totals changed: {listed}."),
    "rank_up": ("{unit} từ hạng {old} lên hạng {new}", "{unit} up from {old} to {new}"),
    "rank_down": ("{unit} từ hạng {old} xuống hạng {new}", "{unit} down from {old} to {new}"),
    "paragraph_none": (
        "Sau khi công bố kết quả {period}, không có điều chỉnh nào liên quan đến cụm.",
        "After the results for {period} were published, nothing concerning this cluster was corrected.",
    ),
    "more": ("và {count} chỗ khác", "and {count} more"),
    "choose_archive": (
        "Nhập thư mục lưu kết quả đã công bố của kỳ này (do lệnh emulation publish ghi) rồi bấm So sánh.",
        "Enter the folder of this period's published results (written by emulation publish), then Compare.",
    ),
    "archive_outside": (
        "«{path}» nằm ngoài thư mục dữ liệu được phép mở",
        "'{path}' is outside the folder data may be opened from",
    ),
    "index_mark": (
        "Đã điều chỉnh sau công bố ({archive}): {inputs} số liệu đầu vào, {units} đơn vị thay đổi",
        "Corrected since publication ({archive}): {inputs} input changes, {units} units moved",
    ),
}

TABS: dict[str, Pair] = {"corrections": ("Điều chỉnh", "Corrections")}
CONTROLS: dict[str, Pair] = {"archive": ("Đã công bố", "Published"), "compare": ("So sánh", "Compare")}
