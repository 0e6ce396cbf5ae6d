"""The words of a cluster's report for the catalogue (`catalogue.CATALOGUE`): its headings and short texts
(section "report"; the tables of cases and figures to check are in `catalogue_documents.REPORT_CHECKS`) and the
sentences of its narrative, in the articles' own phrasing (section "narrative")."""

from __future__ import annotations

from .catalogue_commands import Pair

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
