"""The words of the board's documents for the catalogue (`catalogue.CATALOGUE`): the printed score sheet's
heading and signatures, and the proposal list."""

from __future__ import annotations

from .catalogue_commands import Pair

DOCUMENT: dict[str, Pair] = {  # the printed score sheet, laid out as an administrative document
    "nation": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "dateline": ("{place}, ngày {day} tháng {month} năm {year}", "{place}, {year}-{month}-{day}"),
    "province": ("Tỉnh {name}", "{name} province"), "board": ("Hội đồng Thi đua - Khen thưởng", "Emulation and Commendation Council"),
    "ranking_title": ("Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua", "Emulation scores and ranking"),
    "detail_title": ("Bảng điểm chi tiết theo chỉ tiêu", "Scores by indicator"),
    "rollup_title": ("Tổng hợp kết quả các cụm, khối thi đua", "Every cluster's results"),
    "details_sheet": ("Chi tiết", "Details"), "proposals_sheet": ("Đề nghị khen thưởng", "Award proposals"),
    "appraisal_sheet": ("Thẩm định", "Appraisal"), "data_sheet": ("Số liệu xếp hạng", "Data scores"),
    "data_rows_sheet": ("Số liệu chỉ tiêu", "Data indicators"), "data_criteria_sheet": ("Số liệu tiêu chí", "Data criteria"),
    "preparer": ("Người lập biểu", "Prepared by"), "head_cluster": ("Trưởng cụm", "Head of the cluster"),
    "head_bloc": ("Trưởng khối", "Head of the bloc"), "head_unit": ("Thủ trưởng đơn vị", "Head of the agency"),
    "sign_here": ("(Ký, ghi rõ họ tên)", "(Signature and full name)"),
    "sign_and_seal": ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)"),
    "page": ("Trang &P/&N", "Page &P of &N"),
}


PROPOSAL: dict[str, Pair] = {  # the proposal list (docs/reference.md, "Proposals")
    "title": ("Danh sách đề nghị khen thưởng năm {year}", "Award proposals for {year}"),
    "province": ("Tỉnh {name}", "{name} province"), "no_province": ("Chưa ghi tỉnh", "No province given"),
    "basis": ("Căn cứ", "Basis"), "why": ("Lý do", "Reason"), "none": ("Không có đơn vị nào được đề nghị", "Nobody is proposed"),
    "tie": ("đồng hạng", "tied"), "multiple": ("đề nghị nhiều hình thức: Hội đồng chọn một", "proposed for several forms"),
    "status_proposed": ("Đề nghị", "Proposed"), "status_over_quota": ("Ngoài chỉ tiêu", "Over the quota"),
    "status_council": ("Hội đồng xem xét", "For the council"), "status_held": ("Tạm dừng xét", "Held"),
    "status_not_eligible": ("Không đủ điều kiện", "Not eligible"),
    "route_leaders": ("Dẫn đầu cụm, khối", "Cluster leader"), "route_cluster_flag": ("Cờ của cụm, khối", "Cluster flag"),
    "route_cluster_commendation": ("Bằng khen của cụm, khối", "Cluster commendation"),
    "route_history": ("Thành tích các năm", "History"),
    "basis_flag": ("dẫn đầu {cluster} (hạng {rank}{tie})", "leads {cluster} (rank {rank}{tie})"),
    "basis_commendation": ("hạng {rank} {cluster}{tie}", "rank {rank} in {cluster}{tie}"),
    "basis_leader": ("tỷ lệ điểm {share}{above}, thứ {place}/{leaders} đơn vị dẫn đầu cụm, khối của tỉnh (định mức {quota} "
                     "đơn vị)", "share {share}{above}, {place} of the province's {leaders} cluster leaders (quota {quota})"),
    "above_full": (" (tổng điểm trên điểm tối đa theo kế hoạch; trên 100% nhờ điểm thưởng khi vượt kế hoạch và điểm cộng)",
                   " (total over the maximum at plan; above 100% through the bonuses for exceeding the plan and bonus points)"),
    "basis_years": ("xếp loại {years}", "rated {years}"),
    "basis_award": ("{award} năm {year}{decision}{holder}", "{award} {year}{decision}{holder}"),
    "basis_held": ("tạm dừng xét: {hold}", "held: {hold}"),
    "held_mark": ("tạm dừng xét", "held"),
    "failed_rating": ("xếp loại năm {year}: {rating}, chưa đạt «{needed}»", "rated {rating} in {year}, below '{needed}'"),
    "failed_all_met": ("chưa hoàn thành các chỉ tiêu: {indicators}", "indicators not met: {indicators}"),
    "annex": ("Phụ lục: các trường hợp đã xét nhưng không đề nghị (tạm dừng xét, không đủ điều kiện, ngoài chỉ tiêu)",
              "Annex: considered but not proposed (held, not eligible, over the quota)"),
    "unmatched": ("Lưu ý: {count} quyết định trong bảng Khen thưởng ghi hình thức không có trong [[award_forms]] của "
                  "rules.toml ({names}): không được tính làm căn cứ; hãy sửa tên hình thức cho khớp rồi lập lại danh sách.",
                  "Note: {count} decision(s) of the awards table name a form that is not among rules.toml's "
                  "[[award_forms]] ({names}): they count for nothing; correct the names and make the list again."),
    "council": ("chỉ đủ điều kiện nếu tính thành tích của đơn vị cũ ({lineage}): ",
                "eligible only if the old units' history counts ({lineage}): "),
    "over_quota": ("ngoài định mức: ", "beyond the quota: "),
}


SLIDES: dict[str, Pair] = {  # the slide deck's opening and closing slides
    "results": ("Kết quả thi đua {period}", "Emulation results: {period}"),
    "date": ("Ngày {day} tháng {month} năm {year}", "{year}-{month}-{day}"),
    "overview": ("Nhận xét chung", "Overview"), "summary": ("Tổng kết", "Summary"),
    "no_awards": ("Không có đơn vị nào được đề nghị khen thưởng.", "No unit is proposed for an award."),
}
