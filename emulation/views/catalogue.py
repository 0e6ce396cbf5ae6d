"""Every user-facing word of the program, in Vietnamese and English, one section per kind of text.

Looked up only through `words.word("section.key", lang)`; the sections are merged into one catalogue below. This
module holds the words every view shares: periods, column labels, statuses, awards, roles, the figures' words and
the explorer's tabs and controls. The rest sit in topical modules: `catalogue_data` (the data's refusals and
warnings, and where they are), `catalogue_report` (a report's headings and narrative), `catalogue_documents`,
`catalogue_rules`, `catalogue_corrections` and `catalogue_commands` (the command line's help and messages).
"""

from __future__ import annotations

from .catalogue_commands import ARGPARSE, CLI, CLI_MESSAGES, COMMAND_MESSAGES, MERGE, Pair
from .catalogue_corrections import CLI as CORRECTION_CLI
from .catalogue_corrections import CONTROLS as CORRECTION_CONTROLS
from .catalogue_corrections import CORRECTION
from .catalogue_corrections import MESSAGES as CORRECTION_MESSAGES
from .catalogue_corrections import TABS as CORRECTION_TABS
from .catalogue_data import DATA_MESSAGES, LOCATION
from .catalogue_documents import DOCUMENT, DOSSIER, DOSSIER_MESSAGES, PROPOSAL, REPORT_CHECKS, SLIDES
from .catalogue_report import NARRATIVE, REPORT_WORDS
from .catalogue_rules import RULE_LABELS, RULE_MESSAGES, WHY

PERIOD_NAMES: dict[str, Pair] = {
    "year": ("năm {year}", "{year}"),
    "Q1": ("quý I năm {year}", "the first quarter of {year}"),
    "H1": ("6 tháng đầu năm {year}", "the first half of {year}"),
    "9M": ("9 tháng năm {year}", "the first nine months of {year}"),
}
LABELS: dict[str, Pair] = {
    "period": ("Kỳ", "Period"),
    "cluster_id": ("Cụm", "Cluster"),
    "unit_id": ("Mã đơn vị", "Unit code"),
    "unit_name": ("Đơn vị", "Unit"),
    "indicator_id": ("Mã CT", "Code"),
    "name": ("Chỉ tiêu", "Indicator"),
    "measure": ("Đơn vị tính", "Measure"),
    "plan": ("Kế hoạch", "Plan"),
    "actual": ("Thực hiện", "Actual"),
    "progress_pct": ("% KH năm", "% of year plan"),
    "attainment_pct": ("% KH", "% of plan"),
    "status": ("Đánh giá", "Status"),
    "points": ("Điểm", "Points"),
    "rank": ("Hạng", "Rank"),
    "total": ("Tổng điểm", "Total"),
    "indicator_points": ("Điểm chỉ tiêu", "Indicator points"),
    "adjustment_points": ("Cộng/trừ", "Adjustments"),
    "achieved_count": ("Số CT đạt", "Achieved"),
    "row_count": ("Số CT", "Indicators"),
    "missing_count": ("Thiếu số liệu", "Missing"),
    "mean_attainment": ("% KH bình quân", "Mean % of plan"),
    "award": ("Đề nghị khen thưởng", "Proposed award"),
    "role": ("Vai trò", "Role"),
    "self_points": ("Điểm tự chấm", "Self points"),
    "self_diff": ("Chênh lệch tự chấm", "Self − computed"),
    "votes": ("Số phiếu", "Votes"),
    "passed_over": ("Lý do không xét", "Passed over"),
    "total_before": ("Tổng điểm (gốc)", "Total before"),
    "total_after": ("Tổng điểm (mới)", "Total after"),
    "rank_before": ("Hạng (gốc)", "Rank before"),
    "rank_after": ("Hạng (mới)", "Rank after"),
    "award_before": ("Khen thưởng (gốc)", "Award before"),
    "award_after": ("Khen thưởng (mới)", "Award after"),
    # the scoring guide and its appraisal record (docs/reference.md, "A scoring guide")
    "criterion": ("Tiêu chí", "Criterion"),
    "criterion_id": ("Mã tiêu chí", "Criterion code"),
    "standard_points": ("Điểm chuẩn khai báo", "Declared standard"),
    "standard_total": ("Điểm chuẩn", "Standard"),
    "earned": ("Điểm theo chỉ tiêu", "Earned"),
    "bonuses": ("Cộng", "Bonuses"),
    "deductions": ("Trừ", "Deductions"),
    "computed": ("Điểm tính", "Computed"),
    "claimed": ("Tự chấm", "Claimed"),
    "agreed_points": ("Thống nhất", "Agreed"),
    "final": ("Điểm đạt", "Final"),
    "claim_diff": ("Tự chấm − đạt", "Claimed − final"),
    "reason": ("Lý do", "Reason"),
    "proposal_number": ("STT", "No."),
    "proposal_unit_name": ("Tập thể", "Unit"),
    "proposal_cluster_name": ("Cụm, khối", "Cluster"),
    "proposal_award": ("Hình thức", "Form"),
    "proposal_status": ("Trạng thái", "Status"),
    "proposal_reason": ("Căn cứ", "Basis"),
    "grade": ("Xếp loại", "Grade"),
    "self_total": ("Tổng tự chấm", "Claimed total"),
    "grand_total": ("Tổng cộng", "Total"),
    "scoring": ("Cách chấm", "Scoring"),
    "total_share": ("Tổng / tối đa", "Total / maximum"),
}
STATUS_NAMES = {
    "exceeded": ("Vượt", "Exceeded"),
    "met": ("Đạt", "Met"),
    "missed": ("Không đạt", "Missed"),
    "missing": ("Thiếu số liệu", "Missing"),
    "scored": ("Đã chấm", "Scored"),
}
AWARD_NAMES = {
    "flag": ("Cờ thi đua", "Emulation flag"),
    "commendation": ("Bằng khen", "Certificate of merit"),
    "none": ("", ""),
}
ROLE_NAMES = {
    "head": ("Trưởng cụm", "Head"),
    "deputy": ("Phó cụm", "Deputy"),
    "member": ("", ""),
    "head_bloc": ("Trưởng khối", "Head"),
    "deputy_bloc": ("Phó khối", "Deputy"),
}  # in a khối thi đua
PASSED_OVER_NAMES = {
    "missing_data": ("Thiếu số liệu", "Missing data"),
    "below_min_total": ("Tổng điểm dưới mức tối thiểu", "Total below the minimum"),
    "below_grade": ("Xếp loại chưa đạt yêu cầu", "Grade below the one required"),
    "event": ("Sự việc không xét khen thưởng", "Event: no award"),
    "": ("", ""),
}

FIGURE_WORDS: dict[str, Pair] = {
    "before_reorganisation": ("trước sắp xếp", "before the reorganisation"),
    "unknown_rating": ("Chưa có xếp loại", "No rating"),
    "award_counts": ("Khen thưởng (được tính)", "Award (counts)"),
    "award_no_basis": ("Khen thưởng (không làm căn cứ)", "Award (no basis)"),
    "year": ("Năm", "Year"),
    "attainment": ("% KH", "% of plan"),
    "progress": ("% KH năm", "% of year plan"),
    "plan_line": ("Kế hoạch (100%)", "Plan (100%)"),
    "mean": ("Bình quân cụm", "Cluster mean"),
    "pace": ("Tiến độ", "Expected pace"),
    "best": ("Cao nhất", "Best"),
    "missing": ("Thiếu số liệu", "Missing"),
    "total": ("Tổng điểm", "Total points"),
    "tied": ("đồng hạng", "tied"),
    "points": ("điểm", "points"),
    "self": ("Điểm tự chấm", "Self points"),
    "computed": ("Điểm theo số liệu", "Points from the data"),
    "equal": ("Tự chấm = số liệu", "Self = data"),
    "self_higher": ("Tự chấm cao hơn số liệu", "Self above the data"),
    "self_not_higher": ("Tự chấm không cao hơn", "Self not above the data"),
    "lineage": ("Các đơn vị cũ cộng gộp (trước sắp xếp)", "Old units combined (before the reorganisation)"),
    "split": ("một phần", "in part"),
    "period": ("Kỳ", "Period"),
    "part_year": ("Năm", "Year"),
    "part_H1": ("6 tháng đầu năm", "First half of the year"),
    "part_Q1": ("Quý I năm", "First quarter of the year"),
    "part_9M": ("9 tháng năm", "First nine months of the year"),
    "cluster_total": ("Toàn cụm", "Whole cluster"),
    "lower": ("chiều giảm", "lower is better"),
    "of_plan": ("KH", "of plan"),
    "of_standard": ("% điểm chuẩn", "% of standard"),
    "total_share": ("Tổng điểm / điểm tối đa", "Total / maximum possible"),
    "final": ("Điểm đạt", "Final"),
    "standard": ("Điểm chuẩn", "Standard"),
}

TABS: dict[str, Pair] = {  # the explorer's tabs, in the order they are shown
    "heatmap": ("Bản đồ nhiệt", "Heatmap"),
    "ranking": ("Xếp hạng", "Ranking"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "unit": ("Đơn vị", "Unit"),
    "trend": ("Xu hướng", "Trend"),
    "province": ("Toàn tỉnh", "Province"),
    "self": ("Tự chấm", "Self points"),
    "sheet": ("Bảng điểm", "Score sheet"),
    "guide": ("Hướng dẫn chấm", "Scoring guide"),
    "history": ("Thành tích", "History"),
    "whatif": ("Giả định", "What if"),
}
CONTROLS: dict[str, Pair] = {
    "data": ("Dữ liệu", "Data"),
    "load": ("Mở", "Open"),
    "period": ("Kỳ", "Period"),
    "cluster": ("Cụm", "Cluster"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "unit": ("Đơn vị", "Unit"),
    "bonus_rate": ("Tỷ lệ thưởng", "Bonus rate"),
    "bonus_cap": ("Trần thưởng", "Bonus cap"),
    "zero_below": ("Không tính dưới %", "Zero below %"),
    "bonus_rate_unit": ("× điểm tối đa mỗi 100% vượt", "× max points per 100 % above plan"),
    "bonus_cap_unit": ("× điểm tối đa", "× max points"),
    "zero_below_unit": ("% KH", "% of plan"),
    "lower": ("Chiều giảm", "Lower form"),
    "flags": ("Cờ thi đua", "Flags"),
    "commendations": ("Bằng khen", "Commendations"),
    "reset": ("Quy tắc gốc", "Original rules"),
    "mirror": ("Đối xứng 2 − TH/KH", "Mirror 2 − A/P"),
    "inverse": ("Nghịch đảo KH/TH", "Inverse P/A"),
    "changes": ("Thay đổi so với quy tắc gốc", "Changes from the original rules"),
    "icicle": ("Băng", "Icicle"),
    "treemap": ("Ô", "Treemap"),
    "sunburst": ("Vòng", "Sunburst"),
    "grade_ladder": ("Xếp loại của {cluster}: điểm tối thiểu", "Grades of {cluster}: minimum total"),
}

CATALOGUE: dict[str, Pair] = {
    f"{section}.{key}": pair
    for section, entries in {
        "message": DATA_MESSAGES
        | CLI_MESSAGES
        | COMMAND_MESSAGES
        | DOSSIER_MESSAGES
        | RULE_MESSAGES
        | CORRECTION_MESSAGES,
        "location": LOCATION,
        "period": PERIOD_NAMES,
        "label": LABELS | RULE_LABELS,
        "status": STATUS_NAMES,
        "award": AWARD_NAMES,
        "role": ROLE_NAMES,
        "passed_over": PASSED_OVER_NAMES,
        "figure": FIGURE_WORDS,
        "report": REPORT_WORDS | REPORT_CHECKS,
        "narrative": NARRATIVE,
        "tab": TABS | CORRECTION_TABS,
        "control": CONTROLS | CORRECTION_CONTROLS,
        "document": DOCUMENT,
        "proposal": PROPOSAL,
        "slides": SLIDES,
        "dossier": DOSSIER,
        "why": WHY,
        "cli": CLI | CORRECTION_CLI,
        "argparse": ARGPARSE,
        "correction": CORRECTION,
        "merge": MERGE,
    }.items()
    for key, pair in entries.items()
}
