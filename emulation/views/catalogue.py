"""Every user-facing word of the program, in Vietnamese and English, one section per kind of text.

Looked up only through `words.word("section.key", lang)`; the sections are merged into one catalogue below.
"""

from __future__ import annotations

Pair = tuple[str, str]  # (Vietnamese, English)

MESSAGES: dict[str, Pair] = {
    # files and tables
    "path_not_found": ("Không tìm thấy dữ liệu", "Data not found"),
    "not_a_dataset": ("Không phải thư mục CSV hay sổ Excel .xlsx", "Neither a CSV folder nor an .xlsx workbook"),
    "missing_table": ("Thiếu bảng bắt buộc «{table}» (trang tính «{vi}» hoặc tệp {table}.csv)",
                      "Required table '{table}' is missing (sheet '{vi}' or file {table}.csv)"),
    "duplicate_table": ("Bảng «{table}» có mặt hai lần, cả ở {other}", "Table '{table}' appears twice, also in {other}"),
    "not_utf8": ("Tệp không phải văn bản UTF-8 (byte không hợp lệ ở dòng {line}); hãy lưu lại dạng «CSV UTF-8»",
                 "The file is not UTF-8 text (invalid byte on line {line}); save it again as 'CSV UTF-8'"),
    "bad_workbook": ("Không đọc được sổ Excel .xlsx: tệp hỏng hoặc không đúng định dạng ({detail})",
                     "Cannot read the .xlsx workbook: the file is damaged or not a workbook ({detail})"),
    "workbook_too_large": ("Sổ Excel quá lớn khi giải nén ({size} MB, tối đa {limit} MB): có thể là tệp độc hại",
                           "The workbook is too large unpacked ({size} MB, at most {limit} MB): possibly hostile"),
    "file_too_large": ("Tệp quá lớn ({size} MB, tối đa {limit} MB)", "The file is too large ({size} MB, at most {limit} MB)"),
    "too_many_columns": ("Quá nhiều cột ({count}, tối đa {limit})", "Too many columns ({count}, at most {limit})"),
    "bad_csv": ("Không đọc được tệp CSV ({detail})", "Cannot parse the CSV file ({detail})"),
    "bad_csv_row": ("Dòng có {found} ô nhưng tiêu đề có {expected} cột", "The row has {found} cells but the header has {expected} columns"),
    "empty_table": ("Bảng không có tiêu đề hoặc không có dòng nào", "The table has no header or no rows"),
    "missing_column": ("Thiếu cột bắt buộc «{vi}» ({name})", "Required column '{name}' ({vi}) is missing"),
    "duplicate_column": ("Cột «{name}» xuất hiện hai lần (cả cột «{other}»)", "Column '{name}' appears twice (also as '{other}')"),
    # cell values
    "required_value": ("Thiếu giá trị bắt buộc", "A required value is blank"),
    "not_a_number": ("Không phải là số", "Not a number"),
    "ambiguous_number": ("Số không rõ ràng: trong cột này dấu phẩy là dấu thập phân, nên dấu chấm phải tách đúng ba chữ số",
                         "Ambiguous number: this column uses the decimal comma, so a dot must group exactly three digits"),
    "ambiguous_number_dot": ("Số không rõ ràng: trong cột này dấu chấm là dấu thập phân, nên dấu phẩy phải tách đúng ba chữ số",
                             "Ambiguous number: this column uses the decimal dot, so a comma must group exactly three digits"),
    "date_not_number": ("Ngày tháng ở chỗ cần số", "A date where a number belongs"),
    "not_integer": ("Phải là số nguyên", "Must be a whole number"),
    "bad_year": ("Năm phải từ {low} đến {high}", "The year must be between {low} and {high}"),
    "bad_period": ("Kỳ không hợp lệ: dùng YYYY, YYYY-Q1, YYYY-H1 hoặc YYYY-9M",
                   "Invalid period: use YYYY, YYYY-Q1, YYYY-H1 or YYYY-9M"),
    "bad_direction": ("Chiều không hợp lệ: dùng tăng / giảm / đạt (higher / lower / binary)",
                      "Invalid direction: use higher / lower / binary (tăng / giảm / đạt)"),
    "bad_flow": ("Cộng dồn không hợp lệ: dùng có / không (yes / no)", "Invalid flow: use yes / no (có / không)"),
    "bad_role": ("Vai trò không hợp lệ: dùng trưởng / phó / thành viên (head / deputy / member)",
                 "Invalid role: use head / deputy / member (trưởng / phó / thành viên)"),
    "negative_max_points": ("Điểm tối đa không được âm", "Maximum points cannot be negative"),
    "duplicate_key": ("Trùng khóa với dòng {other}", "Duplicate key, also on row {other}"),
    "unknown_cluster": ("Mã cụm «{code}» không có trong bảng Cụm", "Cluster code '{code}' is not in the clusters table"),
    "unknown_unit": ("Mã đơn vị «{code}» không có trong bảng Đơn vị", "Unit code '{code}' is not in the units table"),
    "unknown_indicator": ("Mã chỉ tiêu «{code}» không có trong bảng Chỉ tiêu", "Indicator code '{code}' is not in the indicators table"),
    "not_member": ("Đơn vị «{code}» không thuộc cụm nào trong năm {year}", "Unit '{code}' belongs to no cluster in {year}"),
    "two_clusters": ("Đơn vị «{code}» thuộc hai cụm trong năm {year} (cả dòng {other})",
                     "Unit '{code}' is in two clusters in {year} (also row {other})"),
    "two_heads": ("Cụm «{code}» có hai trưởng cụm trong năm {year} (cả dòng {other})",
                  "Cluster '{code}' has two heads in {year} (also row {other})"),
    "two_deputies": ("Cụm «{code}» có hai phó cụm trong năm {year} (cả dòng {other})",
                     "Cluster '{code}' has two deputies in {year} (also row {other})"),
    "outside_cluster": ("Chỉ tiêu «{code}» chỉ áp dụng cho cụm «{applies}», còn đơn vị thuộc cụm «{cluster}»",
                        "Indicator '{code}' applies only to cluster '{applies}', but the unit is in '{cluster}'"),
    "plan_not_positive": ("Kế hoạch phải lớn hơn 0 với chỉ tiêu chiều tăng", "The plan must be above 0 for a 'higher' indicator"),
    "plan_negative": ("Kế hoạch không được âm với chỉ tiêu chiều giảm", "The plan cannot be negative for a 'lower' indicator"),
    "actual_negative": ("Thực hiện không được âm với chỉ tiêu chiều giảm", "The actual cannot be negative for a 'lower' indicator"),
    "votes_negative": ("Số phiếu không được âm", "Ballots cannot be negative"),
    "votes_above_voters": ("Số phiếu ({votes}) lớn hơn tổng số phiếu ({voters})", "Votes ({votes}) exceed ballots cast ({voters})"),
    "merge_conflict": ("Khóa {key} mâu thuẫn với {other}: ở đây {mine}, ở kia {theirs}",
                       "Key {key} conflicts with {other}: here {mine}, there {theirs}"),
    # rules.toml
    "rules_syntax": ("rules.toml sai cú pháp: {detail}", "rules.toml is not valid TOML: {detail}"),
    "rules_unknown": ("Khóa «{key}» không có trong quy tắc chấm điểm", "Unknown key '{key}' in the scoring rules"),
    "rules_bad_value": ("Giá trị của «{key}» không hợp lệ: cần {expected}", "Invalid value for '{key}': expected {expected}"),
    # warnings
    "blank_name": ("Tên để trống; dùng mã thay cho tên", "The name is blank; the code is used instead"),
    "missing_actuals": ("Kỳ {period}, đơn vị «{code}»: chưa có số liệu {count} chỉ tiêu ({indicators})",
                        "Period {period}, unit '{code}': no actual for {count} indicator(s) ({indicators})"),
    "no_results": ("Kỳ {period}, cụm «{cluster}»: đơn vị «{code}» không có kết quả nào",
                   "Period {period}, cluster '{cluster}': unit '{code}' has no results"),
    # command line
    "refused": ("Dữ liệu bị từ chối: {count} lỗi. Không tính toán, không ghi tệp nào.",
                "The data was refused: {count} problem(s). Nothing was computed or written."),
    "valid": ("Dữ liệu hợp lệ: {clusters} cụm, {units} đơn vị, {indicators} chỉ tiêu, {results} dòng kết quả, kỳ: {periods}.",
              "The data is valid: {clusters} clusters, {units} units, {indicators} indicators, {results} result rows, periods: {periods}."),
    "warning": ("Cảnh báo", "Warning"),
    "error": ("Lỗi", "Error"),
    "bad_argument": ("Tham số không hợp lệ: {detail}", "Invalid argument: {detail}"),
    "unknown_period_arg": ("Kỳ «{period}» không có trong dữ liệu (có: {known})", "Period '{period}' is not in the data (known: {known})"),
    "unknown_cluster_arg": ("Cụm «{cluster}» không có trong dữ liệu kỳ {period} (có: {known})",
                            "Cluster '{cluster}' has no data in period {period} (known: {known})"),
    "cannot_write": ("Không ghi được {path}: {detail}", "Cannot write {path}: {detail}"),
    "written": ("Đã ghi {path}", "Wrote {path}"),
    "report_failed": ("Cụm «{cluster}»: không tạo được báo cáo ({cause})", "Cluster '{cluster}': the report failed ({cause})"),
    "interrupted": ("Đã dừng theo yêu cầu; không để lại tệp dở dang.", "Stopped on request; no half-written file was left."),
    "internal_error": ("Lỗi nội bộ của chương trình ({detail}). Xin báo cho nhóm phát triển.",
                       "Internal error ({detail}). Please report it to the developers."),
}

LOCATION: dict[str, Pair] = {
    "sheet": ("trang tính «{place}»", "sheet '{place}'"), "row": ("dòng {place}", "row {place}"),
    "column": ("cột «{place}»", "column '{place}'"), "value": ("giá trị «{place}»", "value '{place}'"),
}
PERIOD_NAMES: dict[str, Pair] = {
    "year": ("năm {year}", "{year}"), "Q1": ("quý I năm {year}", "the first quarter of {year}"),
    "H1": ("6 tháng đầu năm {year}", "the first half of {year}"), "9M": ("9 tháng năm {year}", "the first nine months of {year}"),
}
LABELS: dict[str, Pair] = {
    "period": ("Kỳ", "Period"), "cluster_id": ("Cụm", "Cluster"), "unit_id": ("Mã đơn vị", "Unit code"),
    "unit_name": ("Đơn vị", "Unit"), "indicator_id": ("Mã CT", "Code"), "name": ("Chỉ tiêu", "Indicator"),
    "measure": ("Đơn vị tính", "Measure"), "plan": ("Kế hoạch", "Plan"), "actual": ("Thực hiện", "Actual"),
    "progress_pct": ("% KH năm", "% of year plan"), "attainment_pct": ("% KH", "% of plan"),
    "status": ("Đánh giá", "Status"), "points": ("Điểm", "Points"), "rank": ("Hạng", "Rank"),
    "total": ("Tổng điểm", "Total"), "indicator_points": ("Điểm chỉ tiêu", "Indicator points"),
    "adjustment_points": ("Cộng/trừ", "Adjustments"), "achieved_count": ("Số CT đạt", "Achieved"),
    "row_count": ("Số CT", "Indicators"), "missing_count": ("Thiếu số liệu", "Missing"),
    "mean_attainment": ("% KH bình quân", "Mean % of plan"), "award": ("Đề nghị khen thưởng", "Proposed award"),
    "role": ("Vai trò", "Role"), "self_points": ("Điểm tự chấm", "Self points"),
    "self_diff": ("Chênh lệch tự chấm", "Self − computed"), "votes": ("Số phiếu", "Votes"),
    "passed_over": ("Lý do không xét", "Passed over"),
    "total_before": ("Tổng điểm (gốc)", "Total before"), "total_after": ("Tổng điểm (mới)", "Total after"),
    "rank_before": ("Hạng (gốc)", "Rank before"), "rank_after": ("Hạng (mới)", "Rank after"),
    "award_before": ("Khen thưởng (gốc)", "Award before"), "award_after": ("Khen thưởng (mới)", "Award after"),
}
STATUS_NAMES = {"exceeded": ("Vượt", "Exceeded"), "met": ("Đạt", "Met"), "missed": ("Không đạt", "Missed"),
                "missing": ("Thiếu số liệu", "Missing")}
AWARD_NAMES = {"flag": ("Cờ thi đua", "Emulation flag"), "commendation": ("Bằng khen", "Certificate of merit"),
               "none": ("", "")}
ROLE_NAMES = {"head": ("Trưởng cụm", "Head"), "deputy": ("Phó cụm", "Deputy"), "member": ("", "")}
PASSED_OVER_NAMES = {"missing_data": ("Thiếu số liệu", "Missing data"),
                     "below_min_total": ("Tổng điểm dưới mức tối thiểu", "Total below the minimum"), "": ("", "")}

FIGURE_WORDS: dict[str, Pair] = {
    "attainment": ("% KH", "% of plan"), "progress": ("% KH năm", "% of year plan"),
    "plan_line": ("Kế hoạch (100%)", "Plan (100%)"), "mean": ("Bình quân cụm", "Cluster mean"),
    "pace": ("Tiến độ", "Expected pace"), "best": ("Cao nhất", "Best"), "missing": ("Thiếu số liệu", "Missing"),
    "total": ("Tổng điểm", "Total points"), "tied": ("đồng hạng", "tied"), "points": ("điểm", "points"),
    "self": ("Điểm tự chấm", "Self points"), "computed": ("Điểm theo số liệu", "Points from the data"),
    "equal": ("Tự chấm = số liệu", "Self = data"), "period": ("Kỳ", "Period"), "cluster": ("Cụm", "Cluster"),
    "cluster_total": ("Toàn cụm", "Whole cluster"), "lower": ("chiều giảm", "lower is better"),
    "unit": ("Đơn vị", "Unit"), "indicator": ("Chỉ tiêu", "Indicator"), "of_plan": ("KH", "of plan"),
}
REPORT_WORDS: dict[str, Pair] = {
    "report": ("Báo cáo thi đua", "Emulation report"), "province": ("Tỉnh", "Province"),
    "members": ("Đơn vị thành viên", "Members"), "kind": ("Loại", "Kind"),
    "next_year": ("Năm {year}: {head_word} {head}, {deputy_word} {deputy}", "{year}: head {head}, deputy {deputy}"),
    "narrative": ("Nhận xét chung", "Summary"), "ranking": ("Xếp hạng và đề nghị khen thưởng", "Ranking and proposed awards"),
    "score_sheet": ("Bảng chấm điểm", "Score sheet"), "heatmap": ("Mức độ hoàn thành theo chỉ tiêu", "Attainment by indicator"),
    "indicators": ("So sánh từng chỉ tiêu", "Each indicator across members"), "profiles": ("Từng đơn vị", "Each member"),
    "previous": ("So với kỳ trước", "Compared with the previous period"),
    "no_previous": ("Dữ liệu không có kỳ trước để so sánh.", "The data has no previous period to compare with."),
    "missing": ("Số liệu còn thiếu", "Missing data"), "no_missing": ("Đủ số liệu.", "No data is missing."),
    "adjustments": ("Điểm cộng, điểm trừ", "Bonus and deduction points"), "no_adjustments": ("Không có.", "None."),
    "votes": ("Kết quả bỏ phiếu", "Ballot"), "no_votes": ("Không có bỏ phiếu.", "No ballot."),
    "self_points": ("Điểm tự chấm so với điểm theo số liệu", "Self points against the data"),
    "no_self_points": ("Các đơn vị không tự chấm điểm.", "No unit scored itself."),
    "reason": ("Lý do", "Reason"), "share": ("Tỷ lệ", "Share"), "voters": ("Tổng số phiếu", "Ballots cast"),
    "before": ("Kỳ trước", "Before"), "now": ("Kỳ này", "Now"), "change": ("Thay đổi hạng", "Rank change"),
    "index": ("Báo cáo thi đua", "Emulation reports"), "rollup": ("Toàn tỉnh: các cụm cạnh nhau", "Province: clusters side by side"),
    "clusters": ("Các cụm", "Clusters"), "failed": ("không tạo được", "failed"), "best": ("Điểm cao nhất", "Best total"),
    "units": ("Số đơn vị", "Members"), "head": ("Trưởng cụm", "Head"),
    "tied": ("đồng hạng", "tied"),
    "home_line": ("{units} đơn vị; cao nhất {best} {total} điểm; bình quân {mean} KH",
                  "{units} members; best {best} with {total} points; mean {mean} of plan"),
    "progress": ("Báo cáo", "Reports"), "progress_unit": ("cụm", "cluster"),
}

NARRATIVE: dict[str, Pair] = {  # the articles' own phrasing; {cluster} is Khối or Cụm, {member} huyện or đơn vị
    "head": ("; {cluster} trưởng: {name}", "; head: {name}"), "deputy": ("; {cluster} phó: {name}", "; deputy: {name}"),
    "opening": ("{cluster_name}, {period}: {count} đơn vị thành viên{roles}.", "{cluster_name}, {period}: {count} members{roles}."),
    "overall": ("Trong tổng số {indicators} chỉ tiêu giao ước, {achieved}/{reported} lượt chỉ tiêu đạt và vượt kế hoạch.",
                "Of the {indicators} covenant indicators, {achieved} of {reported} results met or exceeded the plan."),
    "standout": ("{unit} đạt {value} KH", "{unit} {value} of plan"),
    "standout_total": ("; toàn {cluster} đạt {value} KH", "; the cluster as a whole {value}"),
    "paced": ("{name}: toàn {cluster} đạt {amount}{measure}, đạt {progress} kế hoạch năm",
              "{name}: the cluster reached {amount}{measure}, {progress} of the yearly plan"),
    "paced_none": ("; chưa {member} nào đạt {share} kế hoạch năm.", "; no member reached {share} of the yearly plan yet."),
    "paced_all": ("; {count}/{count} {member} đạt trên {share} kế hoạch năm, cao nhất: {named}.",
                  "; {count} of {count} members passed {share} of the yearly plan, highest: {named}."),
    "paced_some": ("; một số {member} đạt trên {share} kế hoạch năm như: {named}.", "; members above {share} of the yearly plan: {named}."),
    "weak_item": ("{name} ({achieved}/{reported} đơn vị đạt, bình quân {mean} KH)",
                  "{name} ({achieved} of {reported} members met it, mean {mean})"),
    "weakest": ("Các chỉ tiêu đạt thấp: {listed}.", "Weakest indicators: {listed}."),
    "missing": ("Chưa có số liệu: {listed}.", "Not reported: {listed}."),
    "score_item": ("{rank}. {unit} {total} điểm", "{rank}. {unit} {total} points"),
    "scores": ("Kết quả chấm điểm: {ranking}.", "Scores: {ranking}."),
    "proposed": ("Đề nghị tặng {award}: {names}.", "Proposed for the {award}: {names}."),
    "ties": ("Đồng hạng cần hội nghị xem xét: {names}.", "Tied, for the conference to settle: {names}."),
    "passed_over": ("Không xét khen thưởng: {names}.", "Passed over: {names}."),
}

TABS: dict[str, Pair] = {  # the explorer's tabs, in the order they are shown
    "heatmap": ("Bản đồ nhiệt", "Heatmap"), "ranking": ("Xếp hạng", "Ranking"),
    "indicator": ("Chỉ tiêu", "Indicator"), "unit": ("Đơn vị", "Unit"), "trend": ("Xu hướng", "Trend"),
    "province": ("Toàn tỉnh", "Province"), "self": ("Tự chấm", "Self points"), "sheet": ("Bảng điểm", "Score sheet"),
    "whatif": ("Giả định", "What if"),
}
CONTROLS: dict[str, Pair] = {
    "data": ("Dữ liệu", "Data"), "load": ("Mở", "Open"), "period": ("Kỳ", "Period"), "cluster": ("Cụm", "Cluster"),
    "indicator": ("Chỉ tiêu", "Indicator"), "unit": ("Đơn vị", "Unit"), "bonus_rate": ("Tỷ lệ thưởng", "Bonus rate"),
    "bonus_cap": ("Trần thưởng", "Bonus cap"), "zero_below": ("Không tính dưới %", "Zero below %"),
    "lower": ("Chiều giảm", "Lower form"), "flags": ("Cờ thi đua", "Flags"), "commendations": ("Bằng khen", "Commendations"),
    "reset": ("Quy tắc gốc", "Original rules"), "mirror": ("Đối xứng 2 − TH/KH", "Mirror 2 − A/P"),
    "inverse": ("Nghịch đảo KH/TH", "Inverse P/A"), "changes": ("Thay đổi so với quy tắc gốc", "Changes from the original rules"),
}

CLI: dict[str, Pair] = {  # the command line's help
    "description": ("Phân tích kết quả thi đua: % kế hoạch, chấm điểm, xếp hạng, báo cáo.",
                    "Emulation results: % of plan, scores, ranking, reports."),
    "commands": ("lệnh", "commands"), "version": ("hiện phiên bản rồi thoát", "show the version and exit"),
    "data": ("thư mục CSV hoặc sổ .xlsx (mặc định: dữ liệu mẫu)", "a CSV folder or an .xlsx workbook (default: the sample)"),
    "lang": ("ngôn ngữ: vi hoặc en (mặc định: vi)", "language: vi or en (default: vi)"),
    "period": ("kỳ: YYYY, YYYY-Q1, YYYY-H1, YYYY-9M", "period: YYYY, YYYY-Q1, YYYY-H1, YYYY-9M"),
    "cluster": ("mã cụm (có thể lặp lại; mặc định: mọi cụm)", "cluster code (may repeat; default: every cluster)"),
    "one_cluster": ("mã cụm", "cluster code"),
    "format": ("dạng kết quả: table, csv hoặc json", "output form: table, csv or json"),
    "validate": ("Kiểm tra dữ liệu theo hợp đồng dữ liệu", "Check the data against the data contract"),
    "attainment": ("% kế hoạch và đánh giá từng chỉ tiêu", "% of plan and status of every indicator"),
    "scores": ("Tổng điểm, xếp hạng và đề nghị khen thưởng", "Totals, ranks and proposed awards"),
    "summary": ("Đoạn nhận xét tổng hợp của một cụm", "The summary paragraph of a cluster"),
    "report": ("Báo cáo từng cụm: sổ tính đã chạy và trang HTML xem không cần mạng",
               "A report per cluster: the executed notebook and an offline HTML page"),
    "out_folder": ("thư mục ghi (mặc định: reports/)", "folder to write into (default: reports/)"),
    "workers": ("số báo cáo chạy song song", "reports run in parallel"),
    "images": ("ghi thêm các biểu đồ thành ảnh (png, svg) cạnh trang báo cáo", "also write the charts as images (png, svg)"),
    "with_slides": ("ghi thêm bộ trình chiếu cho hội nghị", "also write the slide deck for the meeting"),
    "slides": ("Bộ trình chiếu HTML cho hội nghị (xem không cần mạng)", "The HTML slide deck for the meeting (offline)"),
    "export": ("Bảng điểm chính thức (.xlsx): từng cụm và tất cả các cụm", "The official score sheet (.xlsx)"),
    "out_xlsx": ("tệp .xlsx sẽ ghi", "the .xlsx file to write"),
    "template": ("Ghi sổ Excel để nhập số liệu (trống, hoặc điền sẵn từ một bộ dữ liệu)",
                 "Write an Excel workbook to fill in (empty, or pre-filled from a dataset)"),
    "from": ("bộ dữ liệu để điền sẵn cụm, đơn vị, thành viên, chỉ tiêu", "a dataset to pre-fill clusters, units, members, indicators"),
    "template_period": ("kỳ cần nhập: thêm sẵn các dòng kết quả trống của kỳ này", "the period to fill in: blank result rows for it"),
    "merge": ("Gộp nhiều sổ hoặc thư mục nộp riêng thành một bộ dữ liệu", "Merge separate submissions into one dataset"),
    "out_merged": ("sổ .xlsx hoặc thư mục CSV sẽ ghi", "the .xlsx workbook or CSV folder to write"),
    "inputs": ("các sổ .xlsx hoặc thư mục CSV cần gộp (không bị sửa)", "the workbooks or CSV folders to merge (never modified)"),
    "lab": ("Mở JupyterLab trên các sổ tính (chỉ trên 127.0.0.1)", "Open JupyterLab on the notebooks (127.0.0.1 only)"),
    "dashboard": ("Bảng điều khiển Voilà cho hội nghị (chỉ trên 127.0.0.1)", "The Voilà dashboard for the meeting (127.0.0.1 only)"),
    "port": ("cổng (mặc định: {port})", "port (default: {port})"),
}

ARGPARSE: dict[str, Pair] = {  # argparse's own phrases (its gettext keys), so that help and errors speak one language
    "usage: ": ("cách dùng: ", "usage: "), "positional arguments": ("tham số", "positional arguments"),
    "options": ("tùy chọn", "options"),
    "show this help message and exit": ("hiện trợ giúp này rồi thoát", "show this help message and exit"),
    "the following arguments are required: %s": ("thiếu tham số bắt buộc: %s", "the following arguments are required: %s"),
    "unrecognized arguments: %s": ("tham số không nhận ra: %s", "unrecognized arguments: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": ("lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
                                                           "invalid choice: %(value)r (choose from %(choices)s)"),
    "argument %(argument_name)s: %(message)s": ("tham số %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"),
    "expected one argument": ("cần đúng một giá trị", "expected one argument"),
    "expected at most one argument": ("cần nhiều nhất một giá trị", "expected at most one argument"),
    "expected at least one argument": ("cần ít nhất một giá trị", "expected at least one argument"),
    "invalid %(type)s value: %(value)r": ("giá trị %(type)s không hợp lệ: %(value)r", "invalid %(type)s value: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": ("tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
                                                              "ambiguous option: %(option)s could match %(matches)s"),
    "one of the arguments %s is required": ("cần một trong các tham số %s", "one of the arguments %s is required"),
}


CATALOGUE: dict[str, Pair] = {
    f"{section}.{key}": pair
    for section, entries in {
        "message": MESSAGES, "location": LOCATION, "period": PERIOD_NAMES, "label": LABELS, "status": STATUS_NAMES,
        "award": AWARD_NAMES, "role": ROLE_NAMES, "passed_over": PASSED_OVER_NAMES, "figure": FIGURE_WORDS,
        "report": REPORT_WORDS, "narrative": NARRATIVE, "tab": TABS, "control": CONTROLS,
        "cli": CLI, "argparse": ARGPARSE,
    }.items()
    for key, pair in entries.items()
}
