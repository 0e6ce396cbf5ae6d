"""Every user-facing word of the program, in Vietnamese and English, one section per kind of text.

Looked up only through `words.word("section.key", lang)`; the sections are merged into one catalogue below.
"""

from __future__ import annotations

from ..data.kinds import SCORING_KINDS, kinds_needing
from .catalogue_commands import ARGPARSE, CLI, COMMAND_MESSAGES, MERGE, Pair
from .catalogue_corrections import CLI as CORRECTION_CLI
from .catalogue_corrections import CONTROLS as CORRECTION_CONTROLS
from .catalogue_corrections import CORRECTION
from .catalogue_corrections import MESSAGES as CORRECTION_MESSAGES
from .catalogue_corrections import TABS as CORRECTION_TABS
from .catalogue_documents import DOCUMENT, DOSSIER, DOSSIER_MESSAGES, PROPOSAL, REPORT_CHECKS, SLIDES
from .catalogue_rules import RULE_LABELS, RULE_MESSAGES, WHY

MESSAGES: dict[str, Pair] = {
    # files and tables
    "path_not_found": ("Không tìm thấy dữ liệu", "Data not found"),
    "not_a_dataset": ("Không phải thư mục CSV hay sổ Excel .xlsx", "Neither a CSV folder nor an .xlsx workbook"),
    "missing_table": (
        "Thiếu bảng bắt buộc «{table}» (trang tính «{vi}» hoặc tệp {table}.csv)",
        "Required table '{table}' is missing (sheet '{vi}' or file {table}.csv)",
    ),
    "duplicate_table": (
        "Bảng «{table}» có mặt hai lần, cả ở {other}",
        "Table '{table}' appears twice, also in {other}",
    ),
    "not_utf8": (
        "Tệp không phải văn bản UTF-8 (byte không hợp lệ ở dòng {line}); hãy lưu lại dạng «CSV UTF-8»",
        "The file is not UTF-8 text (invalid byte on line {line}); save it again as 'CSV UTF-8'",
    ),
    "bad_workbook": (
        "Không đọc được sổ Excel .xlsx: tệp hỏng hoặc không đúng định dạng ({detail})",
        "Cannot read the .xlsx workbook: the file is damaged or not a workbook ({detail})",
    ),
    "workbook_too_large": (
        "Sổ Excel quá lớn khi giải nén ({size} MB, tối đa {limit} MB): có thể là tệp độc hại",
        "The workbook is too large unpacked ({size} MB, at most {limit} MB): possibly hostile",
    ),
    "file_too_large": (
        "Tệp quá lớn ({size} MB, tối đa {limit} MB)",
        "The file is too large ({size} MB, at most {limit} MB)",
    ),
    "too_many_columns": ("Quá nhiều cột ({count}, tối đa {limit})", "Too many columns ({count}, at most {limit})"),
    "bad_csv": ("Không đọc được tệp CSV ({detail})", "Cannot parse the CSV file ({detail})"),
    "bad_csv_row": (
        "Dòng có {found} ô nhưng tiêu đề có {expected} cột",
        "The row has {found} cells but the header has {expected} columns",
    ),
    "empty_table": ("Bảng không có tiêu đề hoặc không có dòng nào", "The table has no header or no rows"),
    "missing_column": ("Thiếu cột bắt buộc «{vi}» ({name})", "Required column '{name}' ({vi}) is missing"),
    "duplicate_column": (
        "Cột «{name}» xuất hiện hai lần (cả cột «{other}»)",
        "Column '{name}' appears twice (also as '{other}')",
    ),
    # cell values
    "required_value": ("Thiếu giá trị bắt buộc", "A required value is blank"),
    "not_a_number": ("Không phải là số", "Not a number"),
    "ambiguous_number": (
        "Số không rõ ràng: trong cột này dấu phẩy là dấu thập phân, nên dấu chấm phải tách đúng ba chữ số",
        "Ambiguous number: this column uses the decimal comma, so a dot must group exactly three digits",
    ),
    "ambiguous_number_dot": (
        "Số không rõ ràng: trong cột này dấu chấm là dấu thập phân, nên dấu phẩy phải tách đúng ba chữ số",
        "Ambiguous number: this column uses the decimal dot, so a comma must group exactly three digits",
    ),
    "date_not_number": ("Ngày tháng ở chỗ cần số", "A date where a number belongs"),
    "not_integer": ("Phải là số nguyên", "Must be a whole number"),
    "bad_year": ("Năm phải từ {low} đến {high}", "The year must be between {low} and {high}"),
    "bad_period": (
        "Kỳ không hợp lệ: dùng YYYY, YYYY-Q1, YYYY-H1 hoặc YYYY-9M",
        "Invalid period: use YYYY, YYYY-Q1, YYYY-H1 or YYYY-9M",
    ),
    "bad_direction": (
        "Chiều không hợp lệ: dùng tăng / giảm / đạt (higher / lower / binary)",
        "Invalid direction: use higher / lower / binary (tăng / giảm / đạt)",
    ),
    "bad_flow": ("Cộng dồn không hợp lệ: dùng có / không (yes / no)", "Invalid flow: use yes / no (có / không)"),
    "bad_role": (
        "Vai trò không hợp lệ: dùng trưởng / phó / thành viên (head / deputy / member)",
        "Invalid role: use head / deputy / member (trưởng / phó / thành viên)",
    ),
    "negative_max_points": ("Điểm tối đa không được âm", "Maximum points cannot be negative"),
    "duplicate_key": ("Trùng khóa với dòng {other}", "Duplicate key, also on row {other}"),
    "unknown_cluster": (
        "Mã cụm «{code}» không có trong bảng Cụm",
        "Cluster code '{code}' is not in the clusters table",
    ),
    "unknown_unit": ("Mã đơn vị «{code}» không có trong bảng Đơn vị", "Unit code '{code}' is not in the units table"),
    "unknown_indicator": (
        "Mã chỉ tiêu «{code}» không có trong bảng Chỉ tiêu",
        "Indicator code '{code}' is not in the indicators table",
    ),
    "not_member": (
        "Đơn vị «{code}» không thuộc cụm nào trong năm {year}",
        "Unit '{code}' belongs to no cluster in {year}",
    ),
    "two_clusters": (
        "Đơn vị «{code}» thuộc hai cụm trong năm {year} (cả dòng {other})",
        "Unit '{code}' is in two clusters in {year} (also row {other})",
    ),
    "two_heads": (
        "Cụm «{code}» có hai trưởng cụm trong năm {year} (cả dòng {other})",
        "Cluster '{code}' has two heads in {year} (also row {other})",
    ),
    "two_deputies": (
        "Cụm «{code}» có hai phó cụm trong năm {year} (cả dòng {other})",
        "Cluster '{code}' has two deputies in {year} (also row {other})",
    ),
    "outside_cluster": (
        "Chỉ tiêu «{code}» chỉ áp dụng cho cụm «{applies}», còn đơn vị thuộc cụm «{cluster}»",
        "Indicator '{code}' applies only to cluster '{applies}', but the unit is in '{cluster}'",
    ),
    "plan_not_positive": (
        "Kế hoạch phải lớn hơn 0 với chỉ tiêu chiều tăng",
        "The plan must be above 0 for a 'higher' indicator",
    ),
    "plan_negative": (
        "Kế hoạch không được âm với chỉ tiêu chiều giảm",
        "The plan cannot be negative for a 'lower' indicator",
    ),
    "actual_negative": (
        "Thực hiện không được âm với chỉ tiêu chiều giảm",
        "The actual cannot be negative for a 'lower' indicator",
    ),
    "votes_negative": ("Số phiếu không được âm", "Ballots cannot be negative"),
    "votes_above_voters": (
        "Số phiếu ({votes}) lớn hơn tổng số phiếu ({voters})",
        "Votes ({votes}) exceed ballots cast ({voters})",
    ),
    # the scoring guide (docs/reference.md, "A scoring guide")
    "bad_scoring": (
        "Cách chấm không hợp lệ: dùng " + " / ".join(kind.words[0] for kind in SCORING_KINDS.values()),
        "Invalid scoring: use " + " / ".join(SCORING_KINDS),
    ),
    "negative_points": ("Điểm không được âm", "Points cannot be negative here"),
    "unknown_parent": (
        "Tiêu chí cha «{code}» không có trong bảng Tiêu chí",
        "Parent criterion '{code}' is not in the criteria table",
    ),
    "criteria_cycle": (
        "Tiêu chí «{code}» nằm trong một vòng lặp cha - con",
        "Criterion '{code}' is part of a parent cycle",
    ),
    "unknown_criterion": (
        "Mã tiêu chí «{code}» không có trong bảng Tiêu chí",
        "Criterion code '{code}' is not in the criteria table",
    ),
    "per_case_without_points": (
        "Chỉ tiêu chấm theo mỗi trường hợp cần điểm mỗi trường hợp",
        "A per-case indicator needs its points per case",
    ),
    "band_not_banded": (
        "Chỉ tiêu «{code}» không chấm theo bậc (cách chấm: "
        + " hoặc ".join(SCORING_KINDS[name].words[0] for name in kinds_needing("bands"))
        + ")",
        "Indicator '{code}' is not scored by bands (scoring: " + " or ".join(kinds_needing("bands")) + ")",
    ),
    "band_empty": ("Bậc điểm rỗng: «Từ» phải nhỏ hơn «Đến dưới»", "An empty band: 'from' must be below 'to'"),
    "bands_overlap": ("Các bậc điểm của chỉ tiêu «{code}» chồng lên nhau", "The bands of indicator '{code}' overlap"),
    "actual_scale": (
        "Thực hiện gấp từ 100 lần trở lên hoặc chỉ bằng một phần trăm kế hoạch ({plan}) trở xuống: có gõ nhầm "
        "dấu chấm, dấu phẩy (1.380 đọc thành 1,38) hay đơn vị tính không?",
        "The actual is at least 100 times or at most a hundredth of the plan ({plan}): a decimal mark or a "
        "unit typed wrong (1.380 read as 1.38)?",
    ),
    "bad_cases": ("Số trường hợp phải là số nguyên không âm", "The number of cases must be a whole number ≥ 0"),
    "criterion_not_applicable": (
        "Tiêu chí «{code}» không áp dụng cho cụm «{cluster}» năm {year}",
        "Criterion '{code}' does not apply to cluster '{cluster}' in {year}",
    ),
    "agreed_without_reason": ("Điểm thống nhất cần ghi lý do", "Agreed points need a reason"),
    "rules_unknown_cluster": (
        "Xếp loại «{grade}» nêu một mã cụm không có trong bảng Cụm",
        "The grade '{grade}' names a cluster that is not in the clusters table",
    ),
    "bad_rating": ("Xếp loại không có trong danh sách: {known}", "Not a rating of the list: {known}"),
    "bad_award_kind": (
        "Loại khen thưởng không hợp lệ: dùng thường xuyên, chuyên đề hoặc đột xuất",
        "Invalid kind of award: use regular, thematic or special",
    ),
    "bad_revoked": ("Cột «Đã hủy» chỉ nhận có, x, không hoặc để trống", "'Revoked' takes yes, x, no or blank only"),
    "duplicate_row": ("Dòng lặp lại y hệt dòng {other}", "The row repeats row {other} exactly"),
    "unknown_award_form": (
        "Hình thức «{name}» không có trong [[award_forms]] của rules.toml ({forms}): được giữ, không tính",
        "The form '{name}' is not among rules.toml's [[award_forms]] ({forms}): kept, counts for nothing",
    ),
    "two_years": (
        "Đơn vị {code} đã có năm {other} ở dòng trước: mỗi đơn vị mới chỉ một năm",
        "Unit {code} already has the year {other} on an earlier row: one year per formed unit",
    ),
    "own_ancestor": (
        "Đơn vị {code} lại là đơn vị cũ của chính nó (vòng lặp sắp xếp)",
        "Unit {code} is its own ancestor",
    ),
    "predecessor_still_member": (
        "Đơn vị cũ {code} vẫn là thành viên cụm từ năm {year}, năm {formed} được thành lập",
        "Predecessor {code} is still a cluster member in or after {year}, when {formed} was formed",
    ),
    "formed_unit_member_before": (
        "Đơn vị {code} là thành viên cụm trước năm thành lập {year}",
        "Unit {code} is a cluster member before the year it was formed, {year}",
    ),
    "no_history": ("Chưa có xếp loại hay khen thưởng nào của đơn vị này", "No rating or award of this unit yet"),
    "no_award_forms": (
        "rules.toml chưa khai báo hình thức khen thưởng nào ([[award_forms]]): không có gì để đề nghị",
        "rules.toml lists no award forms ([[award_forms]]): there is nothing to propose",
    ),
    "no_year_results": (
        "Chưa có kết quả cả năm {year}: các cách xét theo xếp hạng của cụm không đề nghị ai",
        "No results of the whole year {year}: the routes by a cluster's ranking propose nobody",
    ),
    "rules_unknown_route": (
        "Cách xét «{key}» không hợp lệ: dùng {expected}",
        "Unknown route in '{key}': use {expected}",
    ),
    "rules_route_twice": ("Một cách xét được nêu hai lần ở «{key}»", "A route is listed twice in '{key}'"),
    "rules_form_twice": ("Hình thức khen thưởng được khai báo hai lần", "The award form is listed twice"),
    "rules_unknown_rating": ("«{key}» phải là một mức xếp loại: {expected}", "'{key}' must be a rating: {expected}"),
    "rules_unknown_form": (
        "«{key}» không nêu một hình thức đã khai báo trong [[award_forms]]",
        "'{key}' names no form listed in [[award_forms]]",
    ),
    "rules_unknown_grade": (
        "awards.require_grade phải là một xếp loại đã khai báo trong [[grades]] (có: {known})",
        "awards.require_grade must name a grade listed in [[grades]] (listed: {known})",
    ),
    "rules_differ": (
        "Quy tắc chấm điểm (rules.toml) khác với {other}: hãy thống nhất một tệp trước khi gộp",
        "The scoring rules (rules.toml) differ from {other}: agree on one file before merging",
    ),
    # rules.toml
    "rules_syntax": ("rules.toml sai cú pháp: {detail}", "rules.toml is not valid TOML: {detail}"),
    "rules_unknown": ("Khóa «{key}» không có trong quy tắc chấm điểm", "Unknown key '{key}' in the scoring rules"),
    "rules_bad_value": (
        "Giá trị của «{key}» không hợp lệ: cần {expected}",
        "Invalid value for '{key}': expected {expected}",
    ),
    # warnings
    "standard_differs": (
        "Tiêu chí «{code}»: điểm chuẩn khai báo {declared} khác tổng các phần {total} ({places})",
        "Criterion '{code}': the declared standard {declared} differs from the sum of its parts {total} ({places})",
    ),
    "outside_guide": (
        "Kỳ {period}, cụm «{cluster}»: {count} dòng của chỉ tiêu «{code}» bị bỏ qua vì tiêu chí «{criterion}» "
        "không áp dụng",
        "Period {period}, cluster '{cluster}': {count} row(s) of indicator '{code}' are left out, criterion "
        "'{criterion}' does not apply",
    ),
    "blank_name": ("Tên để trống; dùng mã thay cho tên", "The name is blank; the code is used instead"),
    "missing_actuals": (
        "Kỳ {period}, đơn vị «{code}»: chưa có số liệu {count} chỉ tiêu ({indicators})",
        "Period {period}, unit '{code}': no actual for {count} indicator(s) ({indicators})",
    ),
    "no_results": (
        "Kỳ {period}, cụm «{cluster}»: đơn vị «{code}» không có kết quả nào",
        "Period {period}, cluster '{cluster}': unit '{code}' has no results",
    ),
    # command line
    "refused": (
        "Dữ liệu bị từ chối: {count} lỗi. Không tính toán, không ghi tệp nào.",
        "The data was refused: {count} problem(s). Nothing was computed or written.",
    ),
    "valid": (
        "Dữ liệu hợp lệ: {clusters} cụm, {units} đơn vị, {indicators} chỉ tiêu, {results} dòng kết quả, kỳ: {periods}.",
        "The data is valid: {clusters} clusters, {units} units, {indicators} indicators, {results} result rows, "
        "periods: {periods}.",
    ),
    "warning": ("Cảnh báo", "Warning"),
    "error": ("Lỗi", "Error"),
    "bad_argument": ("Tham số không hợp lệ: {detail}", "Invalid argument: {detail}"),
    "unknown_period_arg": (
        "Kỳ «{period}» không có trong dữ liệu (có: {known})",
        "Period '{period}' is not in the data (known: {known})",
    ),
    "unknown_cluster_arg": (
        "Cụm «{cluster}» không có trong dữ liệu kỳ {period} (có: {known})",
        "Cluster '{cluster}' has no data in period {period} (known: {known})",
    ),
    "written": ("Đã ghi {path}", "Wrote {path}"),
    "more_problems": ("… và {count} lỗi khác như vậy{rows}", "… and {count} more like it{rows}"),
    "more_warnings": ("… và {count} cảnh báo khác như vậy{rows}", "… and {count} more like it{rows}"),
    "more_rows": (" (dòng {first}–{last})", " (rows {first}–{last})"),
    "outside_root": (
        "Không mở «{path}»: bảng điều khiển chỉ mở dữ liệu trong thư mục {root}",
        "Not opened '{path}': the dashboard opens data only under {root}",
    ),
    "no_guide": (
        "Dữ liệu không có hướng dẫn chấm điểm (bảng Tiêu chí).",
        "The data has no scoring guide (criteria table).",
    ),
    "report_failed": (
        "Cụm «{cluster}»: không tạo được báo cáo ({cause})",
        "Cluster '{cluster}': the report failed ({cause})",
    ),
    "interrupted": (
        "Đã dừng theo yêu cầu; không để lại tệp dở dang.",
        "Stopped on request; no half-written file was left.",
    ),
    "internal_error": (
        "Lỗi nội bộ của chương trình ({detail}). Xin báo cho nhóm phát triển.",
        "Internal error ({detail}). Please report it to the developers.",
    ),
}
MESSAGES.update(COMMAND_MESSAGES)  # the year end's commands (template, merge, dashboard): catalogue_commands

LOCATION: dict[str, Pair] = {
    "sheet": ("trang tính «{place}»", "sheet '{place}'"),
    "row": ("dòng {place}", "row {place}"),
    "column": ("cột «{place}»", "column '{place}'"),
    "value": ("giá trị «{place}»", "value '{place}'"),
}
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
REPORT_WORDS: dict[str, Pair] = {
    "report": ("Báo cáo thi đua", "Emulation report"),
    "province": ("Tỉnh", "Province"),
    "members": ("Đơn vị thành viên", "Members"),
    "kind": ("Loại", "Kind"),
    "next_year": ("Năm {year}: {head_word} {head}, {deputy_word} {deputy}.", "{year}: head {head}, deputy {deputy}."),
    "narrative": ("Nhận xét chung", "Summary"),
    "ranking": ("Xếp hạng và đề nghị khen thưởng", "Ranking and proposed awards"),
    "score_sheet": ("Bảng chấm điểm", "Score sheet"),
    "heatmap": ("Mức độ hoàn thành theo chỉ tiêu", "Attainment by indicator"),
    "indicators": ("So sánh từng chỉ tiêu", "Each indicator across members"),
    "profiles": ("Từng đơn vị", "Each member"),
    "previous": ("So với cùng kỳ năm trước", "Compared with the same period a year before"),
    "no_previous": (
        "Dữ liệu không có cùng kỳ năm trước để so sánh.",
        "The data has no same period of the year before to compare with.",
    ),
    "history": ("Thành tích các năm", "Ratings and awards over the years"),
    "lineage_trend": (
        "Trước khi sắp xếp, mỗi đơn vị mới được so sánh qua các đơn vị cũ hợp thành (cộng gộp: tổng điểm trên "
        "tổng điểm tối đa); việc có tính thành tích này hay không do Hội đồng quyết định.",
        "Before the reorganisation each new unit is followed through the old units it was formed from "
        "(combined: total points over total maxima); whether that history counts is the council's call.",
    ),
    "no_history": (
        "Chưa có xếp loại hay khen thưởng các năm của các đơn vị.",
        "No ratings or awards of the members over the years.",
    ),
    "missing": ("Số liệu còn thiếu", "Missing data"),
    "no_missing": ("Đủ số liệu.", "No data is missing."),
    "adjustments": ("Điểm cộng, điểm trừ", "Bonus and deduction points"),
    "no_adjustments": ("Không có.", "None."),
    "votes": ("Kết quả bỏ phiếu", "Ballot"),
    "no_votes": ("Không có bỏ phiếu.", "No ballot."),
    "self_points": ("Điểm tự chấm so với điểm theo số liệu", "Self points against the data"),
    "no_self_points": ("Các đơn vị không tự chấm điểm.", "No unit scored itself."),
    "guide_claims": (
        "Tự chấm theo hướng dẫn chấm điểm (tổng điểm tự chấm so với tổng điểm đạt; từng tiêu chí ở biên bản "
        "thẩm định, mục Hướng dẫn chấm điểm):",
        "Claimed under the scoring guide (claimed total against the final total; each criterion in the "
        "appraisal records, under Scoring guide):",
    ),
    "guide_rules": (
        "Điểm cộng, điểm trừ theo quy định của hướng dẫn chấm điểm (đã áp mức tối đa của từng tiêu chí; chi "
        "tiết ở biên bản thẩm định):",
        "Bonuses and deductions by the scoring guide's rules (within each criterion's caps; details in the "
        "appraisal records):",
    ),
    "claims_in_guide": (
        "Điểm tự chấm theo tiêu chí ở thẻ Hướng dẫn chấm.",
        "Claims by criterion are in the Scoring guide tab.",
    ),
    "rule_bonuses": ("Điểm cộng", "Bonuses"),
    "rule_deductions": ("Điểm trừ", "Deductions"),
    "claimed_total": ("Tổng tự chấm", "Claimed total"),
    "reason": ("Lý do", "Reason"),
    "share": ("Tỷ lệ", "Share"),
    "voters": ("Tổng số phiếu", "Ballots cast"),
    "index": ("Báo cáo thi đua", "Emulation reports"),
    "rollup": ("Toàn tỉnh: các cụm cạnh nhau", "Province: clusters side by side"),
    "clusters": ("Các cụm", "Clusters"),
    "failed": ("không tạo được", "failed"),
    "best": ("Điểm cao nhất", "Best total"),
    "units": ("Số đơn vị", "Members"),
    "head": ("Trưởng cụm", "Head"),
    "tied": ("đồng hạng", "tied"),
    "home_line": (
        "{units} đơn vị; cao nhất {best} {total} điểm; bình quân {mean} KH",
        "{units} members; best {best} with {total} points; mean {mean} of plan",
    ),
    "progress": ("Báo cáo", "Reports"),
    "progress_unit": ("cụm", "cluster"),
    "guide": ("Chấm điểm theo hướng dẫn và xếp loại", "Scored by the guide, and grades"),
    "best_share": ("Cao nhất / tối đa", "Best / maximum"),
    "mean_share": ("Bình quân / tối đa", "Mean / maximum"),
    "standards": ("Các tiêu chuẩn: điểm đạt so với điểm chuẩn", "Standards: final score against the standard"),
    "items": ("Từng mục: điểm đạt so với điểm chuẩn", "Items: final score against the standard"),
    "appraisal": ("Biên bản thẩm định điểm", "Appraisal record"),
}

NARRATIVE: dict[str, Pair] = {  # the articles' own phrasing; {cluster} is Khối or Cụm, {member} huyện or đơn vị,
    # {role} a role as the tables name it (Trưởng khối, Phó cụm)
    "head": ("; {role}: {name}", "; head: {name}"),
    "deputy": ("; {role}: {name}", "; deputy: {name}"),
    "opening": (
        "{cluster_name}, {period}: {count} đơn vị thành viên{roles}.",
        "{cluster_name}, {period}: {count} members{roles}.",
    ),
    "overall": (
        "Trong tổng số {indicators} chỉ tiêu giao ước, {achieved}/{reported} lượt chỉ tiêu đạt và vượt kế hoạch.",
        "Of the {indicators} covenant indicators, {achieved} of {reported} results met or exceeded the plan.",
    ),
    "standout": ("{unit} đạt {value} KH", "{unit} {value} of plan"),
    "standout_total": ("; toàn {cluster} đạt {value} KH", "; the cluster as a whole {value}"),
    "paced": (
        "{name}: toàn {cluster} đạt {amount}{measure}, đạt {progress} kế hoạch năm",
        "{name}: the cluster reached {amount}{measure}, {progress} of the yearly plan",
    ),
    "paced_none": (
        "; chưa {member} nào đạt {share} kế hoạch năm.",
        "; no member reached {share} of the yearly plan yet.",
    ),
    "paced_all": (
        "; {count}/{count} {member} đạt trên {share} kế hoạch năm, cao nhất: {named}.",
        "; {count} of {count} members passed {share} of the yearly plan, highest: {named}.",
    ),
    "paced_some": (
        "; một số {member} đạt trên {share} kế hoạch năm như: {named}.",
        "; members above {share} of the yearly plan: {named}.",
    ),
    "weak_item": (
        "{name} ({achieved}/{reported} đơn vị đạt, bình quân {mean} KH)",
        "{name} ({achieved} of {reported} members met it, mean {mean})",
    ),
    "weakest": ("Các chỉ tiêu đạt thấp: {listed}.", "Weakest indicators: {listed}."),
    "missing": ("Chưa có số liệu: {listed}.", "Not reported: {listed}."),
    "score_item": ("{rank}. {unit} {total} điểm", "{rank}. {unit} {total} points"),
    "scores": ("Kết quả chấm điểm: {ranking}.", "Scores: {ranking}."),
    "proposed": ("Đề nghị tặng {award}: {names}.", "Proposed for the {award}: {names}."),
    "ties": ("Đồng hạng cần hội nghị xem xét: {names}.", "Tied, for the conference to settle: {names}."),
    "passed_over": ("Không xét khen thưởng: {names}.", "Passed over: {names}."),
    "guide_deductions": ("Bị trừ điểm nhiều nhất: {listed}.", "Largest deductions: {listed}."),
    "guide_bonuses": ("Được cộng điểm nhiều nhất: {listed}.", "Largest bonuses: {listed}."),
    "guide_item": ("{unit} ở {place} ({points} điểm)", "{unit} in {place} ({points} points)"),
    "item_place": ("mục {code}", "item {code}"),
    "standard_place": ("tiêu chuẩn {code}", "standard {code}"),
    "agreed_lower": (
        "{unit}: điểm thống nhất thấp hơn điểm tự chấm {points} điểm, ở {places}.",
        "{unit}: the agreed score is {points} points below the claimed one, in {places}.",
    ),
    "agreed_higher": (
        "{unit}: điểm thống nhất cao hơn điểm tự chấm {points} điểm, ở {places}.",
        "{unit}: the agreed score is {points} points above the claimed one, in {places}.",
    ),
    "grades": ("Xếp loại: {listed}", "Grades: {listed}"),
    "and": (" và ", " and "),
    "ungraded": ("; chưa xếp loại: {names}", "; not graded: {names}"),
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
        "message": MESSAGES | DOSSIER_MESSAGES | RULE_MESSAGES | CORRECTION_MESSAGES,
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
