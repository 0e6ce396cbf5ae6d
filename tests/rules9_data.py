"""A cluster of four communes of equal total, for section 9's tests (tests/engine/test_rules9.py explains it)."""

from conftest import tables, write_csv_folder

UNITS = ["X1", "X2", "X3", "X4"]
ACTUALS = {"X1": (110, 90), "X2": (100, 100), "X3": (90, 110), "X4": (120, 80)}
INDICATORS = [
    [
        "indicator_id",
        "name",
        "group",
        "measure",
        "direction",
        "flow",
        "max_points",
        "cluster_id",
        "criterion_id",
        "scoring",
        "points_per_case",
    ],
    ["A1", "Số tài khoản và thẻ ATM mở mới", "", "tài khoản", "tăng", "", "10", "", "", "", ""],
    ["A2", "Giao dịch chuyển tiền qua tài khoản hằng tháng", "", "giao dịch", "tăng", "", "10", "", "", "", ""],
    ["A3", "Tỷ lệ cập nhật hồ sơ", "", "%", "tăng", "", "10", "", "", "", ""],
    ["V1", "Vụ vi phạm", "", "vụ", "giảm", "", "10", "", "", "", ""],
]


def rows(unit, a1, a2, year="2025"):
    return [
        [year, unit, "A1", "100", str(a1), "", ""],
        [year, unit, "A2", "100", str(a2), "", ""],
        [year, unit, "A3", "100", "100", "", ""],
        [year, unit, "V1", "10", "10", "", ""],
    ]


def data(tmp_path, rules="", name="k", results_extra=(), indicators_extra=(), **changes):
    results = [["period", "unit_id", "indicator_id", "plan", "actual", "self_points", "note"]]
    for unit in UNITS:
        results += rows(unit, *ACTUALS[unit])
    results += [list(row) for row in results_extra]
    base = {
        "clusters": [["cluster_id", "name", "province"], ["K1", "Cụm xã K", "Cần Thơ"]],
        "units": [["unit_id", "name", "kind"]] + [[unit, f"Xã {unit}", "xã"] for unit in UNITS],
        "members": [["year", "cluster_id", "unit_id", "role"]] + [["2025", "K1", unit, ""] for unit in UNITS],
        "indicators": INDICATORS + [list(row) for row in indicators_extra],
        "results": results,
        "adjustments": None,
        "votes": [
            ["period", "unit_id", "votes", "voters"],
            ["2025", "X1", "15", "20"],
            ["2025", "X2", "12", "20"],
            ["2025", "X4", "15", "20"],
        ],
    }
    folder = write_csv_folder(tmp_path / name, tables(**(base | changes)))
    (folder / "rules.toml").write_text(rules, encoding="utf-8")
    return folder
