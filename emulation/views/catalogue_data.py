"""The data's refusals and warnings for the catalogue (`catalogue.CATALOGUE`, section "message"), and the words
that say where a problem is (section "location"): the files and tables, each cell's value, the scoring guide,
rules.toml and the warnings a valid dataset may still raise (docs/reference.md, "Problems and warnings")."""

from __future__ import annotations

from ..data.kinds import SCORING_KINDS, kinds_needing
from .catalogue_commands import Pair

DATA_MESSAGES: dict[str, Pair] = {
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
}

LOCATION: dict[str, Pair] = {
    "sheet": ("trang tính «{place}»", "sheet '{place}'"),
    "row": ("dòng {place}", "row {place}"),
    "column": ("cột «{place}»", "column '{place}'"),
    "value": ("giá trị «{place}»", "value '{place}'"),
}
