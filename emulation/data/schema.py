"""The tables and columns of docs/reference.md, "Tables", with their English and Vietnamese names: one declaration
per table (`TABLES`), and the words a listed column may hold, by meaning. The kinds of scoring are in `kinds`."""

from __future__ import annotations

from dataclasses import dataclass

from .text import fold


@dataclass(frozen=True)
class Column:
    name: str
    vi: str
    kind: str  # id, text, number, integer, period, direction, flow, role
    required: bool = True
    aliases: tuple[str, ...] = ()

    def keys(self) -> set[str]:
        return {fold(self.name), fold(self.vi), *(fold(alias) for alias in self.aliases)}


@dataclass(frozen=True)
class Table:
    """A table of docs/reference.md, "Tables": its contract columns (what a user's file holds), the columns that
    name a row (`key`: rows of one key are one row when inputs are merged), and `frame`, the validated table's
    columns in order with their dtypes as "name:dtype" words (what a notebook receives: `data.dtypes`), the
    contract's columns among them; `period` is the dataset's ordered period categorical."""

    name: str
    vi: str
    required: bool
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    frame: str = ""

    @property
    def dtypes(self) -> dict[str, str]:
        """The validated table's columns and their dtypes, in order."""
        return dict(word.split(":") for word in self.frame.split())

    def keys(self) -> set[str]:
        return {fold(self.name), fold(self.vi)}

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)

    def column_for(self, title: str) -> Column | None:
        """The contract column a header means (its name, Vietnamese name or an alias), if any."""
        key = fold(title)
        return next((column for column in self.columns if key in column.keys()), None)


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table(
            "clusters",
            "Cụm",
            True,
            (
                Column("cluster_id", "Mã cụm", "id"),
                Column("name", "Tên cụm", "text"),
                Column("province", "Tỉnh", "text", required=False),
            ),
            key=("cluster_id",),
            frame="cluster_id:str name:str province:str",
        ),
        Table(
            "units",
            "Đơn vị",
            True,
            (
                Column("unit_id", "Mã đơn vị", "id"),
                Column("name", "Tên đơn vị", "text"),
                Column("kind", "Loại", "text", required=False),
            ),
            key=("unit_id",),
            frame="unit_id:str name:str kind:str",
        ),
        Table(
            "members",
            "Thành viên",
            True,
            (
                Column("year", "Năm", "integer"),
                Column("cluster_id", "Mã cụm", "id"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("role", "Vai trò", "role", required=False),
            ),
            key=("year", "unit_id"),
            frame="year:Int64 cluster_id:str unit_id:str role:str",
        ),
        Table(
            "indicators",
            "Chỉ tiêu",
            True,
            (
                Column("indicator_id", "Mã chỉ tiêu", "id"),
                Column("name", "Tên chỉ tiêu", "text"),
                Column("group", "Nhóm", "text", required=False),
                Column("measure", "Đơn vị tính", "text", required=False),
                Column("direction", "Chiều", "direction"),
                Column("flow", "Cộng dồn", "flow", required=False),
                Column("max_points", "Điểm tối đa", "number"),
                Column("cluster_id", "Mã cụm", "id", required=False),
                Column("criterion_id", "Tiêu chí", "id", required=False),
                Column("scoring", "Cách chấm", "scoring", required=False),
                Column("points_per_case", "Điểm mỗi trường hợp", "number", required=False),
            ),
            key=("indicator_id",),
            frame="indicator_id:str name:str group:str measure:str direction:str flow:bool max_points:float64 "
            "cluster_id:str criterion_id:str scoring:str points_per_case:float64 row:int64",
        ),
        Table(
            "results",
            "Kết quả",
            True,
            (
                Column("period", "Kỳ", "period"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("indicator_id", "Mã chỉ tiêu", "id"),
                Column("plan", "Kế hoạch", "number"),
                Column("actual", "Thực hiện", "number"),
                Column("self_points", "Điểm tự chấm", "number", required=False),
                Column("note", "Ghi chú", "text", required=False),
            ),
            key=("period", "unit_id", "indicator_id"),
            frame="period:period year:Int64 part:category cluster_id:category unit_id:category "
            "indicator_id:category plan:float64 actual:float64 self_points:float64 note:str row:int64",
        ),
        Table(
            "adjustments",
            "Điểm cộng trừ",
            False,
            (
                Column("period", "Kỳ", "period"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("points", "Điểm", "number"),
                Column("reason", "Lý do", "text"),
            ),
            key=("period", "unit_id", "points", "reason"),
            frame="period:period year:Int64 part:category unit_id:category cluster_id:category row:int64 "
            "points:float64 reason:str",
        ),
        Table(
            "votes",
            "Bỏ phiếu",
            False,
            (
                Column("period", "Kỳ", "period"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("votes", "Số phiếu", "number"),
                Column("voters", "Tổng số phiếu", "number"),
            ),
            key=("period", "unit_id"),
            frame="period:period year:Int64 part:category unit_id:category cluster_id:category row:int64 "
            "votes:float64 voters:float64",
        ),
        # a board's own scoring guide (docs/reference.md, "A scoring guide")
        Table(
            "criteria",
            "Tiêu chí",
            False,
            (
                Column("criterion_id", "Mã tiêu chí", "id"),
                Column("parent_id", "Thuộc tiêu chí", "id", required=False),
                Column("name", "Tên tiêu chí", "text"),
                Column("standard_points", "Điểm chuẩn", "number", required=False),
                Column("deduction_cap", "Trừ tối đa", "number", required=False),
                Column("bonus_cap", "Cộng tối đa", "number", required=False),
                Column("cluster_id", "Mã cụm", "id", required=False),
                Column("year", "Năm", "integer", required=False),
            ),
            key=("criterion_id",),
            frame="criterion_id:str parent_id:str name:str standard_points:float64 deduction_cap:float64 "
            "bonus_cap:float64 cluster_id:str year:Int64 depth:int64 order:int64 row:int64",
        ),
        Table(
            "bands",
            "Bậc điểm",
            False,
            (
                Column("indicator_id", "Mã chỉ tiêu", "id"),
                Column("from", "Từ", "number", required=False),
                Column("to", "Đến dưới", "number", required=False),
                Column("points", "Điểm", "number"),
            ),
            key=("indicator_id", "from", "to"),
            frame="indicator_id:str from:float64 to:float64 points:float64 row:int64",
        ),
        Table(
            "criterion_scores",
            "Điểm tiêu chí",
            False,
            (
                Column("period", "Kỳ", "period"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("criterion_id", "Mã tiêu chí", "id"),
                Column("self_points", "Điểm tự chấm", "number", required=False),
                Column("agreed_points", "Điểm thống nhất", "number", required=False),
                Column("reason", "Lý do", "text", required=False),
            ),
            key=("period", "unit_id", "criterion_id"),
            frame="period:period year:Int64 part:category unit_id:str cluster_id:str criterion_id:str "
            "self_points:float64 agreed_points:float64 reason:str row:int64",
        ),
        # years and the province: ratings, award history and the 2025 reorganisation (docs/reference.md, "History")
        Table(
            "unit_years",
            "Xếp loại năm",
            False,
            (
                Column("year", "Năm", "integer"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("rating", "Xếp loại", "text", required=False),
                Column("hold", "Tạm dừng xét", "text", required=False),
            ),
            key=("year", "unit_id"),
            frame="year:Int64 unit_id:str rating:str hold:str row:int64",
        ),
        Table(
            "awards",
            "Khen thưởng",
            False,
            (
                Column("unit_id", "Mã đơn vị", "id"),
                Column("award", "Hình thức", "text"),
                Column("year", "Năm", "integer"),
                Column("kind", "Loại", "award_kind", required=False),
                Column("decision", "Số quyết định", "text", required=False),
                Column("date", "Ngày quyết định", "text", required=False),
                Column("revoked", "Đã hủy", "revoked", required=False),
            ),
            key=("unit_id", "award", "year", "kind", "decision", "date", "revoked"),
            frame="unit_id:str award:str year:Int64 kind:str decision:str date:str revoked:bool form:str row:int64",
        ),
        Table(
            "predecessors",
            "Sắp xếp đơn vị",
            False,
            (
                Column("unit_id", "Mã đơn vị", "id"),
                Column("predecessor_id", "Đơn vị cũ", "id"),
                Column("year", "Năm", "integer"),
                Column("note", "Ghi chú", "text", required=False),
            ),
            key=("unit_id", "predecessor_id"),
            frame="unit_id:str predecessor_id:str year:Int64 note:str row:int64",
        ),
        # what happened in a unit in a year that the guide grades by (docs/reference.md, "Events")
        Table(
            "events",
            "Sự việc",
            False,
            (
                Column("year", "Năm", "integer"),
                Column("unit_id", "Mã đơn vị", "id"),
                Column("event", "Sự việc", "text"),
                Column("note", "Ghi chú", "text", required=False),
            ),
            key=("year", "unit_id", "event"),
            frame="year:Int64 unit_id:str event:str note:str row:int64",
        ),
    )
}


def table_for(name: str) -> Table | None:
    """The table a file or sheet name means (its English or Vietnamese name, folded), if any."""
    key = fold(name)
    return next((table for table in TABLES.values() if key in table.keys()), None)


YEARS = (1900, 2200)  # a plausible year; anything else is a typing slip (or 1E20)

DIRECTIONS = {
    fold(word): direction
    for direction, words in {
        "higher": ("higher", "tăng"),
        "lower": ("lower", "giảm"),
        "binary": ("binary", "đạt"),
    }.items()
    for word in words
}

ROLES = {
    fold(word): role
    for role, words in {
        "head": ("head", "trưởng", "cụm trưởng", "khối trưởng", "trưởng cụm", "trưởng khối"),
        "deputy": ("deputy", "phó", "cụm phó", "khối phó", "phó cụm", "phó khối", "phó trưởng khối", "phó trưởng cụm"),
        "member": ("member", "thành viên"),
    }.items()
    for word in words
}

FLOWS = {
    fold(word): flag
    for flag, words in {True: ("yes", "có", "x", "1", "true"), False: ("no", "không", "0", "false")}.items()
    for word in words
}

AWARD_KINDS = {
    fold(word): kind
    for kind, words in {
        "regular": ("regular", "thường xuyên", "công trạng"),
        "thematic": ("thematic", "chuyên đề"),
        "special": ("special", "đột xuất"),
    }.items()
    for word in words
}
REVOKED = {
    fold(word): flag for flag, words in {True: ("yes", "có", "x"), False: ("no", "không")}.items() for word in words
}

BINARY_ANSWERS = {
    fold(word): value
    for value, words in {1.0: ("có", "đạt", "yes", "x"), 0.0: ("không", "không đạt", "no")}.items()
    for word in words
}
