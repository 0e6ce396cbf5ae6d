"""The command line's words for the catalogue (`catalogue.CATALOGUE`): its help texts, argparse's own phrases,
how `merge` names a key, and what the commands say (section "message": every command's, then the year end's).
`Pair` is the catalogue's entry, (Vietnamese, English)."""

from __future__ import annotations

Pair = tuple[str, str]  # (Vietnamese, English)

CLI: dict[str, Pair] = {  # the command line's help
    "description": (
        "Phân tích kết quả thi đua: % kế hoạch, chấm điểm, xếp hạng, báo cáo.",
        "Emulation results: % of plan, scores, ranking, reports.",
    ),
    "commands": ("lệnh", "commands"),
    "version": ("hiện phiên bản rồi thoát", "show the version and exit"),
    "data": (
        "thư mục CSV hoặc sổ .xlsx (mặc định: dữ liệu mẫu)",
        "a CSV folder or an .xlsx workbook (default: the sample)",
    ),
    "lang": ("ngôn ngữ: vi hoặc en (mặc định: vi)", "language: vi or en (default: vi)"),
    "period": ("kỳ: YYYY, YYYY-Q1, YYYY-H1, YYYY-9M", "period: YYYY, YYYY-Q1, YYYY-H1, YYYY-9M"),
    "cluster": ("mã cụm (có thể lặp lại; mặc định: mọi cụm)", "cluster code (may repeat; default: every cluster)"),
    "one_cluster": ("mã cụm", "cluster code"),
    "format": ("dạng kết quả: table, csv hoặc json", "output form: table, csv or json"),
    "validate_format": (
        "dạng kết quả: table (gộp lỗi cùng loại) hoặc json (đủ mọi lỗi)",
        "output form: table (problems of a kind grouped) or json (every problem)",
    ),
    "problems": ("ghi đủ mọi lỗi và cảnh báo vào tệp JSON này", "write every problem and warning to this JSON file"),
    "validate": ("Kiểm tra dữ liệu theo hợp đồng dữ liệu", "Check the data against the data contract"),
    "attainment": ("% kế hoạch và đánh giá từng chỉ tiêu", "% of plan and status of every indicator"),
    "scores": ("Tổng điểm, xếp hạng và đề nghị khen thưởng", "Totals, ranks and proposed awards"),
    "criteria": (
        "Điểm từng tiêu chí theo hướng dẫn chấm điểm (biên bản thẩm định)",
        "Each criterion of the scoring guide (the appraisal record)",
    ),
    "summary": ("Đoạn nhận xét tổng hợp của một cụm", "The summary paragraph of a cluster"),
    "report": (
        "Báo cáo từng cụm: sổ tính đã chạy và trang HTML xem không cần mạng",
        "A report per cluster: the executed notebook and an offline HTML page",
    ),
    "out_folder": ("thư mục ghi (mặc định: reports/)", "folder to write into (default: reports/)"),
    "workers": ("số báo cáo chạy song song", "reports run in parallel"),
    "images": (
        "ghi thêm các biểu đồ thành ảnh (png, svg) cạnh trang báo cáo",
        "also write the charts as images (png, svg)",
    ),
    "with_slides": ("ghi thêm bộ trình chiếu cho hội nghị", "also write the slide deck for the meeting"),
    "slides": (
        "Bộ trình chiếu HTML cho hội nghị (xem không cần mạng)",
        "The HTML slide deck for the meeting (offline)",
    ),
    "export": ("Bảng điểm chính thức (.xlsx): từng cụm và tất cả các cụm", "The official score sheet (.xlsx)"),
    "out_xlsx": ("tệp .xlsx sẽ ghi", "the .xlsx file to write"),
    "template": (
        "Ghi sổ Excel để nhập số liệu (trống, hoặc điền sẵn từ một bộ dữ liệu)",
        "Write an Excel workbook to fill in (empty, or pre-filled from a dataset)",
    ),
    "from": (
        "bộ dữ liệu để điền sẵn cụm, đơn vị, thành viên, chỉ tiêu",
        "a dataset to pre-fill clusters, units, members, indicators",
    ),
    "template_period": (
        "kỳ cần nhập: thêm sẵn các dòng kết quả trống của kỳ này",
        "the period to fill in: blank result rows for it",
    ),
    "template_unit": (
        "mã đơn vị (có thể lặp lại): sổ chỉ gồm các dòng của đơn vị này, để gửi riêng cho đơn vị",
        "unit code (may repeat): the workbook holds only this unit's rows, to send to the unit",
    ),
    "merge": (
        "Gộp nhiều sổ hoặc thư mục nộp riêng thành một bộ dữ liệu",
        "Merge separate submissions into one dataset",
    ),
    "out_merged": ("sổ .xlsx hoặc thư mục CSV sẽ ghi", "the .xlsx workbook or CSV folder to write"),
    "inputs": (
        "thư mục dữ liệu của Ban và các sổ .xlsx hoặc thư mục CSV đã nộp (ô trống là chưa nộp; không bị sửa; "
        "có thể ghi nop\\*.xlsx)",
        "the board's dataset folder and the submitted workbooks or CSV folders (a blank cell is not submitted; "
        "never modified; nop/*.xlsx is expanded)",
    ),
    "lab": (
        "Mở JupyterLab trên thư mục của bạn, kèm sổ tính khám phá (chỉ trên 127.0.0.1)",
        "Open JupyterLab on your folder, with the explorer notebook (127.0.0.1 only)",
    ),
    "notebook_dir": (
        "thư mục làm việc; sổ tính mẫu được chép vào nếu chưa có (mặc định: thư mục hiện tại)",
        "the folder to work in; the shipped notebooks are copied there when absent (default: the current one)",
    ),
    "dashboard": (
        "Bảng điều khiển Voilà cho hội nghị (chỉ trên 127.0.0.1)",
        "The Voilà dashboard for the meeting (127.0.0.1 only)",
    ),
    "proposals": (
        "Danh sách đề nghị khen thưởng của năm: hình thức, căn cứ, trạng thái",
        "The year's award proposals: form, basis, status",
    ),
    "year": ("năm xét khen thưởng, ví dụ 2025", "the proposal year, e.g. 2025"),
    "dossier": (
        "Dự thảo hồ sơ khen thưởng của năm: báo cáo thành tích, biên bản họp bình xét, tờ trình",
        "The year's draft dossier: achievement reports, the clusters' minutes, the proposals",
    ),
    "out_dossier": ("thư mục ghi (mặc định: dossiers/<năm>/)", "folder to write into (default: dossiers/<year>/)"),
    "templates": (
        "thư mục mẫu .docx thay cho mẫu có sẵn, theo tên tệp",
        "folder of .docx templates replacing the shipped ones, by name",
    ),
    "date": ("ngày của văn bản, YYYY-MM-DD (mặc định: hôm nay)", "the documents' date, YYYY-MM-DD (default: today)"),
    "look": (
        "mẫu hiển thị: projector cho màn chiếu hội nghị (chữ lớn, không có ô dữ liệu)",
        "the look: projector for the meeting's screen (large type, no data box)",
    ),
    "dashboard_data": (
        "bộ dữ liệu trình chiếu (mặc định: dữ liệu mẫu)",
        "the dataset to present (default: the sample)",
    ),
    "port": ("cổng (mặc định: {port})", "port (default: {port})"),
    "data_root": (
        "thư mục duy nhất mà ô Dữ liệu được mở (mặc định: thư mục chứa --data, hoặc chứa dữ liệu mẫu)",
        "the one folder the data box may open from (default: the folder holding --data, or the sample)",
    ),
}

ARGPARSE: dict[str, Pair] = {  # argparse's own phrases (its gettext keys), so that help and errors speak one language
    "usage: ": ("cách dùng: ", "usage: "),
    "positional arguments": ("tham số", "positional arguments"),
    "options": ("tùy chọn", "options"),
    "show this help message and exit": ("hiện trợ giúp này rồi thoát", "show this help message and exit"),
    "the following arguments are required: %s": (
        "thiếu tham số bắt buộc: %s",
        "the following arguments are required: %s",
    ),
    "unrecognized arguments: %s": ("tham số không nhận ra: %s", "unrecognized arguments: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argument %(argument_name)s: %(message)s": (
        "tham số %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "expected one argument": ("cần đúng một giá trị", "expected one argument"),
    "expected at most one argument": ("cần nhiều nhất một giá trị", "expected at most one argument"),
    "expected at least one argument": ("cần ít nhất một giá trị", "expected at least one argument"),
    "invalid %(type)s value: %(value)r": (
        "giá trị %(type)s không hợp lệ: %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "one of the arguments %s is required": ("cần một trong các tham số %s", "one of the arguments %s is required"),
}

MERGE: dict[str, Pair] = {  # how `emulation merge` names a clashing cell's key (docs/reference.md, "The year end")
    "unit_id": ("đơn vị {value}", "unit {value}"),
    "predecessor_id": ("đơn vị cũ {value}", "former unit {value}"),
    "indicator_id": ("chỉ tiêu {value}", "indicator {value}"),
    "cluster_id": ("cụm {value}", "cluster {value}"),
    "criterion_id": ("tiêu chí {value}", "criterion {value}"),
    "blank": ("(trống)", "(blank)"),
}

CLI_MESSAGES: dict[str, Pair] = {  # what every command may say, looked up as "message.<key>"
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
COMMAND_MESSAGES: dict[str, Pair] = {  # messages of the year end's commands, looked up as "message.<key>"
    "merge_conflict": (
        "{key_vi}: {column_vi} ở đây là {mine_vi}, nhưng ở {other_vi} là {theirs_vi}. Hai bản nộp ghi "
        "khác nhau: hãy sửa cho thống nhất rồi gộp lại",
        "{key_en}: {column_en} is {mine_en} here but {theirs_en} in {other_en}. Two submissions differ: "
        "make them agree, then merge again",
    ),
    "merge_without_rules": (
        "Không tệp nào được gộp có quy tắc chấm điểm (rules.toml): dữ liệu gộp được chấm theo quy tắc "
        "mặc định, không xếp loại, không có hình thức khen thưởng. Hãy gộp cùng thư mục dữ liệu của "
        "Ban: emulation merge <thư mục ghi> <thư mục dữ liệu của Ban> nop/*.xlsx",
        "No merged input has scoring rules (rules.toml): the merged data is scored by the default "
        "rules, with no grades and no award forms. Merge the board's dataset folder with the "
        "submissions: emulation merge <out> <the board's folder> nop/*.xlsx",
    ),
    "unknown_year_arg": (
        "Năm «{year}» không có trong dữ liệu (có: {known})",
        "The year '{year}' is not in the data (known: {known})",
    ),
    "unknown_unit_arg": (
        "Đơn vị «{unit}» không là thành viên cụm nào năm {year} (có: {known})",
        "Unit '{unit}' is a member of no cluster in {year} (known: {known})",
    ),
    "no_match": ("Không có tệp nào khớp với «{pattern}»", "No file matches '{pattern}'"),
    "data_outside_root": (
        "Không mở bảng điều khiển: «{path}» không nằm trong thư mục --data-root {root}, trang sẽ trống. "
        "Bỏ --data-root, hoặc ghi --data-root {parent}",
        "The dashboard was not started: '{path}' is not under the --data-root {root}, the page would "
        "be blank. Leave --data-root out, or give --data-root {parent}",
    ),
}
