"""The words of the board's documents for the catalogue (`catalogue.CATALOGUE`): the printed score sheet's
heading and signatures, and the proposal list; the slides; a report's tables of cases and figures to check."""

from __future__ import annotations

from .catalogue_commands import Pair

DOCUMENT: dict[str, Pair] = {  # the printed score sheet, laid out as an administrative document
    "nation": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "dateline": ("{place}, ngày {day} tháng {month} năm {year}", "{place}, {year}-{month}-{day}"),
    "province": ("Tỉnh {name}", "{name} province"),
    "board": ("Hội đồng Thi đua - Khen thưởng", "Emulation and Commendation Council"),
    "ranking_title": ("Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua", "Emulation scores and ranking"),
    "detail_title": ("Bảng điểm chi tiết theo chỉ tiêu", "Scores by indicator"),
    "rollup_title": ("Tổng hợp kết quả các cụm, khối thi đua", "Every cluster's results"),
    "details_sheet": ("Chi tiết", "Details"),
    "proposals_sheet": ("Đề nghị khen thưởng", "Award proposals"),
    "appraisal_sheet": ("Thẩm định", "Appraisal"),
    "data_sheet": ("Số liệu xếp hạng", "Data scores"),
    "data_rows_sheet": ("Số liệu chỉ tiêu", "Data indicators"),
    "data_criteria_sheet": ("Số liệu tiêu chí", "Data criteria"),
    "preparer": ("Người lập biểu", "Prepared by"),
    "head_cluster": ("Trưởng cụm", "Head of the cluster"),
    "head_bloc": ("Trưởng khối", "Head of the bloc"),
    "head_unit": ("Thủ trưởng đơn vị", "Head of the agency"),
    "sign_here": ("(Ký, ghi rõ họ tên)", "(Signature and full name)"),
    "sign_and_seal": ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)"),
    "page": ("Trang &P/&N", "Page &P of &N"),
}


PROPOSAL: dict[str, Pair] = {  # the proposal list (docs/reference.md, "Proposals")
    "title": ("Danh sách đề nghị khen thưởng năm {year}", "Award proposals for {year}"),
    "province": ("Tỉnh {name}", "{name} province"),
    "no_province": ("Chưa ghi tỉnh", "No province given"),
    "basis": ("Căn cứ", "Basis"),
    "why": ("Lý do", "Reason"),
    "none": ("Không có đơn vị nào được đề nghị", "Nobody is proposed"),
    "tie": ("đồng hạng", "tied"),
    "multiple": ("đề nghị nhiều hình thức: Hội đồng chọn một", "proposed for several forms"),
    "status_proposed": ("Đề nghị", "Proposed"),
    "status_over_quota": ("Ngoài chỉ tiêu", "Over the quota"),
    "status_council": ("Hội đồng xem xét", "For the council"),
    "status_held": ("Tạm dừng xét", "Held"),
    "status_not_eligible": ("Không đủ điều kiện", "Not eligible"),
    "basis_flag": ("dẫn đầu {cluster} (hạng {rank}{tie})", "leads {cluster} (rank {rank}{tie})"),
    "basis_commendation": ("hạng {rank} {cluster}{tie}", "rank {rank} in {cluster}{tie}"),
    "basis_leader": (
        "tỷ lệ điểm {share}{above}, thứ {place}/{leaders} đơn vị dẫn đầu cụm, khối của tỉnh (định mức {quota} đơn vị)",
        "share {share}{above}, {place} of the province's {leaders} cluster leaders (quota {quota})",
    ),
    "above_full": (
        " (tổng điểm trên điểm tối đa theo kế hoạch; trên 100% nhờ điểm thưởng khi vượt kế hoạch và điểm cộng)",
        " (total over the maximum at plan; above 100% through the bonuses for exceeding the plan and bonus points)",
    ),
    "basis_years": ("xếp loại {years}", "rated {years}"),
    "basis_award": ("{award} năm {year}{decision}{holder}", "{award} {year}{decision}{holder}"),
    "basis_held": ("tạm dừng xét: {hold}", "held: {hold}"),
    "held_mark": ("tạm dừng xét", "held"),
    "failed_rating": (
        "xếp loại năm {year}: {rating}, chưa đạt «{needed}»",
        "rated {rating} in {year}, below '{needed}'",
    ),
    "failed_all_met": ("chưa hoàn thành các chỉ tiêu: {indicators}", "indicators not met: {indicators}"),
    "annex": (
        "Phụ lục: các trường hợp đã xét nhưng không đề nghị (tạm dừng xét, không đủ điều kiện, ngoài chỉ tiêu)",
        "Annex: considered but not proposed (held, not eligible, over the quota)",
    ),
    "unmatched": (
        "Lưu ý: {count} quyết định trong bảng Khen thưởng ghi hình thức không có trong [[award_forms]] của "
        "rules.toml ({names}): không được tính làm căn cứ; hãy sửa tên hình thức cho khớp rồi lập lại danh sách.",
        "Note: {count} decision(s) of the awards table name a form that is not among rules.toml's "
        "[[award_forms]] ({names}): they count for nothing; correct the names and make the list again.",
    ),
    "council": (
        "chỉ đủ điều kiện nếu tính thành tích của đơn vị cũ ({lineage}): ",
        "eligible only if the old units' history counts ({lineage}): ",
    ),
    "over_quota": ("ngoài định mức: ", "beyond the quota: "),
}


SLIDES: dict[str, Pair] = {  # the slide deck's opening and closing slides
    "results": ("Kết quả thi đua {period}", "Emulation results: {period}"),
    "date": ("Ngày {day} tháng {month} năm {year}", "{year}-{month}-{day}"),
    "overview": ("Nhận xét chung", "Overview"),
    "summary": ("Tổng kết", "Summary"),
    "no_awards": ("Không có đơn vị nào được đề nghị khen thưởng.", "No unit is proposed for an award."),
}


DOSSIER: dict[str, Pair] = {  # the dossier's drafts (docs/reference.md, "Dossier drafts")
    "proposal_file": ("Tờ trình - {province}", "Tờ trình - {province}"),
    "minutes_file": ("Biên bản - {cluster}", "Biên bản - {cluster}"),
    "report_file": ("Báo cáo thành tích - {unit} - {form}", "Báo cáo thành tích - {unit} - {form}"),
    "no_province": ("Không thuộc tỉnh", "Không thuộc tỉnh"),  # a file name, as the contract gives it
    "votes": ("{votes}/{voters} phiếu ({share})", "{votes}/{voters} ballots ({share})"),
    "member": ("Thành viên", "Member"),
    "drafts": ("Dự thảo báo cáo thành tích (emulation dossier)", "Draft achievement reports (emulation dossier)"),
    "formed_note": (
        "đơn vị thành lập năm {first} từ {old}; số liệu năm {year} là của các đơn vị cũ, không ghi vào bảng này",
        "formed in {first} from {old}; the figures of {year} are the old units' and are not given here",
    ),
    "old_unit": ("đơn vị cũ", "old unit"),
    "award_of": ("của {unit} (đơn vị cũ)", "of {unit} (old unit)"),
    "not_counting": ("không tính: {why}", "does not count: {why}"),
    "why_thematic": ("khen thưởng theo chuyên đề", "a thematic award"),
    "why_special": ("khen thưởng đột xuất", "a special award"),
    "why_no_form": ("không thuộc hình thức nào của quy định", "of no listed form"),
    "why_lineage_shown": ("thành tích của đơn vị cũ, Hội đồng xem xét", "the old unit's, for the council to weigh"),
    "why_lineage_late": ("sau khi đơn vị được thành lập", "after the unit was formed"),
}

DOSSIER_MESSAGES: dict[str, Pair] = {  # what `emulation dossier` says
    "bad_template": (
        "Mẫu {file}: không phải tệp .docx đọc được ({detail})",
        "Template {file}: not a readable .docx ({detail})",
    ),
    "unknown_field": (
        "Mẫu {file}: trường «{field}» không có trong dữ liệu của văn bản này (các trường được dùng: xem tài liệu "
        "tham chiếu)",
        "Template {file}: the field '{field}' is not one the program fills (see the reference for the fields)",
    ),
    "template_not_found": ("Không tìm thấy mẫu {file} (trong {folders})", "Template {file} not found (in {folders})"),
    "no_templates_folder": ("Không tìm thấy thư mục mẫu {path}", "Templates folder {path} not found"),
    "bad_date": ("Ngày không hợp lệ: {date} (dùng YYYY-MM-DD)", "Invalid date: {date} (use YYYY-MM-DD)"),
    "dossier_written": ("Đã ghi {count} văn bản vào {folder}", "Wrote {count} documents into {folder}"),
}


REPORT_CHECKS: dict[str, Pair] = {  # a report's and a deck's items without % KH, figures to check, a single year
    "cases": (
        "Các mục chấm theo trường hợp, theo bậc giá trị và hội nghị chấm",
        "Items scored per case, by value bands and by the conference",
    ),
    "cases_note": (
        "Mỗi ô: số trường hợp hoặc giá trị, trong ngoặc là điểm cộng (+) hoặc trừ (−); mục hội nghị chấm: số điểm.",
        "Each cell: the cases or the value, in brackets the points added (+) or deducted (−); conference items: "
        "the points.",
    ),
    "item": ("Mục", "Item"),
    "per_case_rule": ("{per_case} điểm/trường hợp", "{per_case} per case"),
    "value_bands_rule": ("điểm theo bậc giá trị", "points by value bands"),
    "direct_rule": ("tối đa {most} điểm", "at most {most} points"),
    "direct_rule_open": ("điểm do hội nghị chấm", "points given by the conference"),
    "checks": ("Số liệu cần kiểm tra", "Figures to check"),
    "check_line": (
        "{unit} – {indicator}: thực hiện {actual}, kế hoạch {plan}. {message}",
        "{unit} – {indicator}: actual {actual}, plan {plan}. {message}",
    ),
    "one_year_history": (
        "Dữ liệu mới có xếp loại năm {year}, chưa có các năm khác hay khen thưởng để so sánh:",
        "The data has only the ratings of {year}, no other year and no award to compare with:",
    ),
    "rating": ("Xếp loại", "Rating"),
}
