"""The words of the rules real guides add (docs/reference.md, "Tie-breaks, events and points for awards held")
for the catalogue (`catalogue.CATALOGUE`): their refusals and warnings, and what the board reads beside a rank,
a grade or a bonus."""

from __future__ import annotations

from .catalogue_commands import Pair

RULE_MESSAGES: dict[str, Pair] = {  # section "message": problems of rules.toml and of the events table
    "rules_unknown_tie_break": (
        "Khóa phân định «{key}» không hợp lệ: dùng {expected}",
        "Unknown tie-break key in '{key}': use {expected}",
    ),
    "rules_tie_break_twice": (
        "Một khóa phân định được nêu hai lần ở «{key}»",
        "A tie-break key is listed twice in '{key}'",
    ),
    "rules_tie_break_indicator": (
        "Khóa phân định «{key}» nêu chỉ tiêu không có trong bảng Chỉ tiêu",
        "The tie-break key '{key}' names an indicator that is not in the indicators table",
    ),
    "rules_tie_break_mixed": (
        "Khóa phân định «{key}» trộn chỉ tiêu càng thấp càng tốt với chỉ tiêu khác",
        "The tie-break key '{key}' mixes lower-is-better indicators with others",
    ),
    "rules_tie_break_criterion": (
        "Khóa phân định «{key}» nêu tiêu chí không có trong bảng Tiêu chí",
        "The tie-break key '{key}' names a criterion that is not in the criteria table",
    ),
    "rules_event_grade": (
        "«{key}» phải là một xếp loại đã khai báo trong [[grades]] (có: {expected})",
        "'{key}' must name a grade listed in [[grades]] (listed: {expected})",
    ),
    "rules_event_twice": ("Sự việc được khai báo hai lần ở «{key}»", "The event is listed twice in '{key}'"),
    "rules_event_both": (
        "«{key}» có cả grade và max_grade: chỉ dùng một",
        "'{key}' has both grade and max_grade: use one",
    ),
    "rules_event_no_effect": (
        "«{key}» cần grade, max_grade hoặc no_award",
        "'{key}' needs grade, max_grade or no_award",
    ),
    "rules_award_points_twice": (
        "Hình thức được cộng điểm nêu hai lần ở «{key}»",
        "The award form is listed twice in '{key}'",
    ),
    "unknown_event": (
        "Sự việc không có trong [[events]] của rules.toml (có: {known})",
        "The event is not among rules.toml's [[events]] (listed: {known})",
    ),
    "event_grade_outside": (
        "Đơn vị {code}, sự việc «{event}»: xếp loại «{grade}» không có trong các xếp loại của cụm: giữ nguyên xếp loại",
        "Unit {code}, event '{event}': the grade '{grade}' is not among its cluster's grades: the "
        "grade is left as it is",
    ),
}

WHY: dict[str, Pair] = {  # section "why": what placed a unit above an equal one, what changed a grade, points held
    "above": ("bằng điểm {name}; xếp trên do {reason}", "equal on points with {name}; placed above for {reason}"),
    "shared": ("bằng điểm và đồng hạng với {name}", "equal on points and sharing the rank with {name}"),
    "achieved": ("số chỉ tiêu đạt và vượt nhiều hơn", "more indicators met or exceeded"),
    "mean_attainment": ("mức độ hoàn thành bình quân cao hơn", "a higher mean attainment"),
    "actual_more": ("{names} nhiều hơn", "more {names}"),
    "actual_fewer": ("{names} ít hơn", "fewer {names}"),
    "rate_higher": ("{names} cao hơn", "a higher {names}"),
    "rate_lower": ("{names} thấp hơn", "a lower {names}"),
    "criterion": ("điểm tiêu chí «{name}» cao hơn", "a higher score on «{name}»"),
    "votes": ("số phiếu bầu nhiều hơn", "more votes"),
    "and": (" và ", " and "),
    "then": ("; ", "; "),
    "grade_event": ("{grade} (do {event})", "{grade} (because of: {event})"),
    "award_points": ("{award} năm {year}", "{award} of {year}"),
    "award_points_decision": ("{award} năm {year} ({decision})", "{award} of {year} ({decision})"),
    # the explorer's what-if switches
    "switch_keys": (
        "Phân định thứ hạng khi bằng điểm (bỏ chọn để không dùng một khóa)",
        "Tie-breaks on equal totals (untick to leave a key out)",
    ),
    "switch_events": ("Sự việc khi xếp loại (bỏ chọn để không áp dụng)", "Events in grading (untick to leave one out)"),
    "switch_cap": ("{event}: xếp loại tối đa «{grade}»", "{event}: grade at most '{grade}'"),
    "switch_veto": ("{event}: xếp loại «{grade}»", "{event}: graded '{grade}'"),
}

# section "label": columns of the score sheet
RULE_LABELS: dict[str, Pair] = {"tie_reason": ("Phân định thứ hạng", "Tie-break")}
