"""Writes data/sample/: the sample dataset built around the two seed articles.

The figures the articles print are fixed in FIXED below; everything else is drawn from a seeded random
generator so that the files are the same on every run. See data/sample/README.md.
"""

from __future__ import annotations

import csv
from pathlib import Path

import history_sample as history
import numpy as np
import rules9_sample as rules9
from guide_sample import RULES as GUIDE_RULES
from guide_sample import tables as guide_tables

OUT = Path(__file__).resolve().parent / "sample"

CLUSTERS = [
    ("HG-DL", "Khối các huyện, thành phố vùng động lực", "Hà Giang"),
    ("HG-30A", "Khối các huyện 30a", "Hà Giang"),
    ("HG-KTTH", "Khối Kinh tế - Tổng hợp", "Hà Giang"),
    ("KG-C1", "Cụm thi đua số 1", "Kiên Giang"),
    ("KG-C2", "Cụm thi đua số 2", "Kiên Giang"),
    ("KG-C3", "Cụm thi đua số 3", "Kiên Giang"),
]
# cluster → [(unit_id, name, kind, size factor)]
UNITS = {
    "HG-DL": [
        ("HG-TP", "Thành phố Hà Giang", "thành phố", 1.6),
        ("HG-BQ", "Bắc Quang", "huyện", 1.3),
        ("HG-VX", "Vị Xuyên", "huyện", 1.2),
        ("HG-QB", "Quang Bình", "huyện", 0.8),
        ("HG-BM", "Bắc Mê", "huyện", 0.6),
    ],
    "HG-30A": [
        ("HG-DV", "Đồng Văn", "huyện", 0.6),
        ("HG-MV", "Mèo Vạc", "huyện", 0.6),
        ("HG-YM", "Yên Minh", "huyện", 0.7),
        ("HG-QBA", "Quản Bạ", "huyện", 0.5),
        ("HG-HSP", "Hoàng Su Phì", "huyện", 0.6),
        ("HG-XM", "Xín Mần", "huyện", 0.5),
    ],
    "HG-KTTH": [
        ("HG-SKH", "Sở Kế hoạch và Đầu tư", "sở", 1),
        ("HG-STC", "Sở Tài chính", "sở", 1),
        ("HG-SCT", "Sở Công Thương", "sở", 1),
        ("HG-SNN", "Sở Nông nghiệp và Phát triển nông thôn", "sở", 1),
        ("HG-CTH", "Cục Thuế tỉnh", "sở", 1),
        ("HG-KBN", "Kho bạc Nhà nước tỉnh", "sở", 1),
    ],
    "KG-C1": [
        ("KG-AM", "An Minh", "huyện", 1.0),
        ("KG-AB", "An Biên", "huyện", 1.0),
        ("KG-UMT", "U Minh Thượng", "huyện", 0.6),
        ("KG-VT", "Vĩnh Thuận", "huyện", 0.9),
        ("KG-GQ", "Gò Quao", "huyện", 1.1),
    ],
    "KG-C2": [
        ("KG-CT", "Châu Thành", "huyện", 1.3),
        ("KG-TH", "Tân Hiệp", "huyện", 1.2),
        ("KG-GR", "Giồng Riềng", "huyện", 1.3),
        ("KG-HD", "Hòn Đất", "huyện", 1.4),
        ("KG-KH", "Kiên Hải", "huyện", 0.3),
    ],
    "KG-C3": [
        ("KG-RG", "Thành phố Rạch Giá", "thành phố", 2.0),
        ("KG-HT", "Thành phố Hà Tiên", "thành phố", 0.7),
        ("KG-PQ", "Phú Quốc", "huyện", 1.8),
        ("KG-KL", "Kiên Lương", "huyện", 0.9),
        ("KG-GT", "Giang Thành", "huyện", 0.5),
    ],
}
YEARS = {"HG": (2019, 2020), "KG": (2017, 2018)}
# (cluster, year) → (head, deputy); HG-DL's 2020 rotation is the one the first article reports
ROLES = {
    ("HG-DL", 2019): ("HG-TP", "HG-BQ"),
    ("HG-DL", 2020): ("HG-BQ", "HG-VX"),
    ("HG-30A", 2019): ("HG-YM", "HG-DV"),
    ("HG-30A", 2020): ("HG-DV", "HG-MV"),
    ("HG-KTTH", 2019): ("HG-SKH", "HG-STC"),
    ("HG-KTTH", 2020): ("HG-STC", "HG-CTH"),
    ("KG-C1", 2017): ("KG-AM", "KG-AB"),
    ("KG-C1", 2018): ("KG-AB", "KG-UMT"),
    ("KG-C2", 2017): ("KG-CT", "KG-TH"),
    ("KG-C2", 2018): ("KG-TH", "KG-GR"),
    ("KG-C3", 2017): ("KG-RG", "KG-HT"),
    ("KG-C3", 2018): ("KG-HT", "KG-PQ"),
}
ND1 = "Nội dung 1: Phát triển kinh tế - xã hội"
ND2 = "Nội dung 2: Xây dựng Đảng, chính quyền"
ND3 = "Nội dung 3: Công tác thi đua, khen thưởng"
# id, name, group, measure, direction, flow, max points, cluster, base plan per unit of size, decimals
INDICATORS = [
    ("NS", "Thu ngân sách trên địa bàn", ND1, "tỷ đồng", "tăng", "có", 10, "", 80, 3),
    ("GTSX", "Giá trị sản xuất", ND1, "tỷ đồng", "tăng", "có", 8, "", 3000, 1),
    ("TNBQ", "Thu nhập bình quân đầu người", ND1, "triệu đồng", "tăng", "không", 6, "", 30, 1),
    ("THN", "Số hộ thoát nghèo", ND1, "hộ", "tăng", "có", 6, "", 700, 0),
    ("TLHN", "Tỷ lệ hộ nghèo", ND1, "%", "giảm", "không", 6, "", 18, 2),
    ("VL", "Giải quyết việc làm", ND1, "người", "tăng", "có", 6, "", 1500, 0),
    ("TSS", "Mức giảm tỷ suất sinh", ND1, "‰", "tăng", "không", 4, "", 0.3, 2),
    ("NTM", "Số tiêu chí nông thôn mới tăng thêm", ND1, "tiêu chí", "tăng", "có", 6, "", 20, 0),
    ("XNTM", "Số xã đạt chuẩn nông thôn mới", ND1, "xã", "tăng", "có", 5, "", 2, 0),
    ("LT", "Sản lượng lương thực", ND1, "tấn", "tăng", "có", 5, "", 60000, 0),
    ("CPR", "Tỷ lệ che phủ rừng", ND1, "%", "tăng", "không", 3, "", 55, 1),
    ("BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế", ND1, "%", "tăng", "không", 4, "", 90, 1),
    ("TNGT", "Số vụ tai nạn giao thông", ND1, "vụ", "giảm", "có", 5, "", 20, 0),
    ("PPHS", "Số vụ phạm pháp hình sự", ND1, "vụ", "giảm", "có", 4, "", 30, 0),
    ("TLTN", "Tỷ lệ học sinh tốt nghiệp THPT", ND1, "%", "tăng", "không", 4, "", 95, 1),
    ("TRC", "Số trường đạt chuẩn quốc gia mới", ND1, "trường", "tăng", "có", 4, "", 3, 0),
    ("XVH", "Số xã đạt chuẩn văn hóa mới", ND1, "xã", "tăng", "có", 3, "", 2, 0),
    ("TQ", "Hoàn thành chỉ tiêu tuyển quân", ND1, "", "đạt", "", 5, "", None, 0),
    ("DTPT", "Hoàn thành diễn tập khu vực phòng thủ", ND1, "", "đạt", "", 3, "", None, 0),
    ("CCHC", "Chỉ số cải cách hành chính", ND2, "điểm", "tăng", "không", 5, "", 85, 2),
    ("DVC", "Tỷ lệ hồ sơ trực tuyến giải quyết đúng hạn", ND2, "%", "tăng", "không", 3, "", 95, 1),
    ("KNTD", "Số đơn thư khiếu nại tồn đọng", ND2, "vụ", "giảm", "không", 3, "", 4, 0),
    ("TDKT", "Công tác thi đua, khen thưởng (hội nghị chấm)", ND3, "điểm", "tăng", "không", 10, "", 10, 1),
    ("DHTT", "Phát hiện, nhân rộng điển hình tiên tiến (hội nghị chấm)", ND3, "điểm", "tăng", "không", 5, "", 5, 1),
    ("GNV", "Tỷ lệ giải ngân vốn đầu tư công", ND1, "%", "tăng", "không", 8, "HG-KTTH", 95, 1),
    ("TTHC", "Tỷ lệ thủ tục hành chính giải quyết đúng hạn", ND2, "%", "tăng", "không", 6, "HG-KTTH", 98, 1),
]
DEPARTMENT_ONLY = {"GNV", "TTHC"}
DEPARTMENT_INDICATORS = DEPARTMENT_ONLY | {"CCHC", "DVC", "TDKT", "DHTT"}
YEAR_END_ONLY = {"DTPT", "TDKT", "DHTT", "XNTM", "TLTN"}

# (period, unit, indicator) → (plan, actual): the figures the seed articles print
FIXED = {
    # Hà Giang, 2019, "vùng động lực" bloc (first article)
    **{
        ("2019", unit, "NS"): value
        for unit, value in {
            "HG-TP": (250, 310),
            "HG-VX": (100, 103),
            "HG-BM": (50, 51),
            "HG-BQ": (150, 148.5),
            "HG-QB": (60, 58.2),
        }.items()
    },
    **{
        ("2019", unit, "TNBQ"): value
        for unit, value in {
            "HG-TP": (60, 63),
            "HG-VX": (30, 31.5),
            "HG-BQ": (32, 32.3),
            "HG-QB": (28, 27.6),
            "HG-BM": (22, 22.1),
        }.items()
    },
    **{
        ("2019", unit, "THN"): value
        for unit, value in {
            "HG-QB": (800, 1000),
            "HG-TP": (100, 115),
            "HG-VX": (1000, 1130),
            "HG-BQ": (900, 950),
            "HG-BM": (700, 712),
        }.items()
    },
    **{
        ("2019", unit, "VL"): value
        for unit, value in {
            "HG-QB": (900, 1380),
            "HG-VX": (1500, 2080),
            "HG-TP": (1500, 1730),
            "HG-BQ": (1600, 1830),
            "HG-BM": (800, 856),
        }.items()
    },
    ("2019", "HG-TP", "TSS"): (0.2, 0.36),
    **{
        ("2019", unit, "NTM"): value
        for unit, value in {
            "HG-BQ": (35, 49),
            "HG-QB": (17, 18),
            "HG-VX": (30, 31),
            "HG-BM": (20, 20),
            "HG-TP": (5, 5),
        }.items()
    },
    # Kiên Giang, first six months of 2017, Cluster No. 1 (second article)
    **{
        ("2017-H1", unit, "GTSX"): value
        for unit, value in {
            "KG-AM": (4000, 2226.4),
            "KG-GQ": (5000, 2714),
            "KG-UMT": (2000, 1061),
            "KG-AB": (4500, 1938.6),
            "KG-VT": (4500, 1900),
        }.items()
    },
    **{
        ("2017-H1", unit, "NS"): value
        for unit, value in {
            "KG-AB": (20, 15.7),
            "KG-AM": (30, 21.387),
            "KG-VT": (25, 17.1),
            "KG-UMT": (21.24, 12.5),
            "KG-GQ": (40, 22.143),
        }.items()
    },
    **{
        ("2017-H1", unit, "VL"): value
        for unit, value in {
            "KG-AM": (3000, 1620),
            "KG-AB": (2800, 1500),
            "KG-UMT": (1500, 790),
            "KG-VT": (2500, 1310),
            "KG-GQ": (3200, 1700),
        }.items()
    },
    **{
        ("2017-H1", unit, "XVH"): value
        for unit, value in {
            "KG-GQ": (3, 2),
            "KG-VT": (2, 1),
            "KG-AM": (2, 0),
            "KG-AB": (2, 0),
            "KG-UMT": (1, 0),
        }.items()
    },
    **{("2017-H1", unit, "TQ"): (1, 1) for unit in ("KG-AM", "KG-AB", "KG-UMT", "KG-VT", "KG-GQ")},
}
MISSING = {("2018-H1", "KG-KH", "LT"), ("2020-H1", "HG-MV", "TRC")}  # not reported: blank actual
ABSENT = {("2018", "KG-GT", "XVH")}  # no row at all: counted as missing
ADJUSTMENTS = [
    ("2019", "HG-TP", 2, "Đơn vị Trưởng khối tổ chức tốt hội nghị tổng kết"),
    ("2019", "HG-QB", -1, "Gửi báo cáo tổng kết chậm so với quy định"),
    ("2019", "HG-DV", 1, "Hoàn thành xuất sắc nhiệm vụ diễn tập khu vực phòng thủ"),
    ("2020", "HG-BQ", 2, "Đơn vị Trưởng khối tổ chức tốt các hoạt động của Khối"),
    ("2020", "HG-SNN", -0.5, "Một cán bộ bị xử lý kỷ luật"),
    ("2017", "KG-AM", 2, "Đơn vị Cụm trưởng điều hành tốt hoạt động của Cụm"),
    ("2017", "KG-VT", -1, "Gửi số liệu 6 tháng chậm"),
    ("2018", "KG-RG", 1.5, "Có mô hình mới được tỉnh nhân rộng"),
]
SELF_SCORED = {"2019": "HG-DL", "2017": "KG-C1"}  # periods and clusters whose members scored themselves
VOTED = {"2019": ("HG-DL", 25), "2017": ("KG-C1", 20), "2020": ("HG-30A", 24)}


def main() -> None:
    rng = np.random.default_rng(20191204)
    OUT.mkdir(parents=True, exist_ok=True)
    guide = guide_tables()  # the An Giang commune cluster of 2025, scored with a guide of its own (section 7)
    unit_cluster = {unit[0]: cluster for cluster, units in UNITS.items() for unit in units}
    sizes = {unit[0]: unit[3] for units in UNITS.values() for unit in units}
    write("clusters", ["Mã cụm", "Tên cụm", "Tỉnh"], CLUSTERS + guide["clusters"] + [history.OLD_CLUSTER])
    write(
        "units",
        ["Mã đơn vị", "Tên đơn vị", "Loại"],
        [(code, name, kind) for units in UNITS.values() for code, name, kind, _ in units]
        + guide["units"]
        + history.OLD_UNITS,
    )
    members = []
    for cluster, units in UNITS.items():
        for year in YEARS[cluster[:2]]:
            head, deputy = ROLES[(cluster, year)]
            for code, *_ in units:
                members.append(
                    (year, cluster, code, "trưởng" if code == head else "phó" if code == deputy else "thành viên")
                )
    write("members", ["Năm", "Mã cụm", "Mã đơn vị", "Vai trò"], members + guide["members"] + _old_members())
    write(
        "indicators",
        [
            "Mã chỉ tiêu",
            "Tên chỉ tiêu",
            "Nhóm",
            "Đơn vị tính",
            "Chiều",
            "Cộng dồn",
            "Điểm tối đa",
            "Mã cụm",
            "Tiêu chí",
            "Cách chấm",
            "Điểm mỗi trường hợp",
        ],
        [row[:8] + ("", "", "") for row in INDICATORS] + guide["indicators"],
    )
    results = []
    plans = {(period.split("-")[0], unit, code): plan for (period, unit, code), (plan, _) in FIXED.items()}
    for cluster, units in UNITS.items():
        department = cluster == "HG-KTTH"
        for year in YEARS[cluster[:2]]:
            for period in (f"{year}-H1", f"{year}"):
                for code, *_ in units:
                    for row in _results(rng, period, code, sizes[code], department, plans):
                        results.append(row)
    write(
        "results",
        ["Kỳ", "Mã đơn vị", "Mã chỉ tiêu", "Kế hoạch", "Thực hiện", "Điểm tự chấm", "Ghi chú"],
        [
            (p, u, i, plan, actual, points if SELF_SCORED.get(p) == unit_cluster[u] else "", "")
            for p, u, i, plan, actual, points in results
        ]
        + guide["results"]
        + _old_results(),
    )
    write("adjustments", ["Kỳ", "Mã đơn vị", "Điểm", "Lý do"], ADJUSTMENTS)
    votes = []
    for period, (cluster, voters) in VOTED.items():
        for code, *_ in UNITS[cluster]:
            votes.append((period, code, int(rng.integers(voters * 0.6, voters + 1)), voters))
    write("votes", ["Kỳ", "Mã đơn vị", "Số phiếu", "Tổng số phiếu"], votes)
    write(
        "criteria",
        ["Mã tiêu chí", "Thuộc tiêu chí", "Tên tiêu chí", "Điểm chuẩn", "Trừ tối đa", "Cộng tối đa", "Mã cụm", "Năm"],
        guide["criteria"],
    )
    write("bands", ["Mã chỉ tiêu", "Từ", "Đến dưới", "Điểm"], guide["bands"])
    write(
        "criterion_scores",
        ["Kỳ", "Mã đơn vị", "Mã tiêu chí", "Điểm tự chấm", "Điểm thống nhất", "Lý do"],
        guide["criterion_scores"],
    )
    # the years before the 2025 reorganisation of the An Giang cluster's members (section 8)
    write("unit_years", ["Năm", "Mã đơn vị", "Xếp loại", "Tạm dừng xét"], history.UNIT_YEARS)
    write(
        "awards",
        ["Mã đơn vị", "Hình thức", "Năm", "Loại", "Số quyết định", "Ngày quyết định", "Đã hủy"],
        history.AWARDS,
    )
    write("predecessors", ["Mã đơn vị", "Đơn vị cũ", "Năm", "Ghi chú"], history.PREDECESSORS)
    # the rules real guides add (section 9): a tie broken by budget revenue, an event that caps a grade
    write("events", ["Năm", "Mã đơn vị", "Sự việc", "Ghi chú"], rules9.EVENTS)
    (OUT / "rules.toml").write_text(GUIDE_RULES + rules9.RULES + history.RULES, encoding="utf-8")


def _old_members() -> list[tuple]:
    """The old communes' cluster in its last years, each year's head and deputy named."""
    rows = []
    for year in history.OLD_YEARS:
        head, deputy = history.OLD_ROLES[year]
        rows += [
            (
                year,
                history.OLD_CLUSTER[0],
                code,
                "trưởng" if code == head else "phó" if code == deputy else "thành viên",
            )
            for code, _, _ in history.OLD_UNITS
        ]
    return rows


def _old_results() -> list[tuple]:
    """The old communes' year-end results on a few indicators, from a generator of their own (the other
    tables' figures stay as they were)."""
    rng, plans = np.random.default_rng(20250701), {}
    return [
        (period, unit, code, plan, min(actual, 100) if code == "BHYT" else actual, "", "")  # a share of the people
        for year in history.OLD_YEARS
        for unit, _, _ in history.OLD_UNITS
        for period, _, code, plan, actual, _ in _results(rng, str(year), unit, history.OLD_SIZE, False, plans)
        if code in history.OLD_INDICATORS
    ]


def _results(rng, period: str, unit: str, size: float, department: bool, plans: dict):
    """Rows of one unit in one period; the yearly plan is shared by the year's periods."""
    partial = "-" in period
    for code, _, _, _, direction, flow, most, _, base, decimals in INDICATORS:
        applies = code in DEPARTMENT_INDICATORS if department else code not in DEPARTMENT_ONLY
        if not applies or (partial and code in YEAR_END_ONLY):
            continue
        if (period, unit, code) in ABSENT:
            continue
        if (period, unit, code) in FIXED:
            plan, actual = FIXED[(period, unit, code)]
        elif direction == "đạt":
            plan, actual = 1, int(rng.random() < 0.9)
        else:
            scale = size if flow == "có" or code in ("KNTD",) else 1
            key = (period.split("-")[0], unit, code)
            plan = plans.setdefault(key, round(base * scale * rng.uniform(0.85, 1.15), decimals) or 1)
            ratio = rng.normal(1.04, 0.09) if direction == "tăng" else rng.normal(0.92, 0.15)
            pace = 0.5 * rng.normal(1.0, 0.08) if partial and flow == "có" else 1
            actual = round(plan * max(ratio, 0.2) * pace, decimals)
            if code in ("TDKT", "DHTT"):  # scored by the conference out of the plan
                actual = round(min(plan, plan * rng.uniform(0.75, 1.0)), 1)
        if (period, unit, code) in MISSING:
            actual = ""
        self_points = round(most * min(1.1, rng.uniform(0.95, 1.2)), 1)
        yield period, unit, code, _plain(plan), _plain(actual), self_points


def _plain(value):
    if value == "":
        return ""
    return int(value) if float(value).is_integer() else value


def write(table: str, header: list[str], rows) -> None:
    with open(OUT / f"{table}.csv", "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
