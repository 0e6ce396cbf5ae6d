"""The sample's scoring guide (contract section 7): a 100-point guide of a new commune cluster of An Giang after
the 2025 reform, year-end 2025. Imported by make_sample.py; every figure is written here by hand (invented,
see data/sample/README.md), so the files are the same on every run.
"""

from __future__ import annotations

CLUSTER = ("AG-X1", "Cụm thi đua các xã, phường số 1", "An Giang")
UNITS = [
    ("AG-PRG", "Phường Rạch Giá", "phường"),
    ("AG-PVT", "Phường Vĩnh Thông", "phường"),
    ("AG-XAM", "Xã An Minh", "xã"),
    ("AG-XVK", "Xã Vân Khánh", "xã"),
    ("AG-XUM", "Xã U Minh Thượng", "xã"),
    ("AG-XVT", "Xã Vĩnh Thuận", "xã"),
]
ROLES = {"AG-PRG": "trưởng", "AG-XAM": "phó"}
YEAR, PERIOD = 2025, "2025"

A = "A. Thực hiện chỉ tiêu phát triển kinh tế - xã hội"
B = "B. Xây dựng chính quyền, cải cách hành chính, chuyển đổi số"
C = "C. Quốc phòng, an ninh, trật tự an toàn xã hội"
D = "D. Công tác thi đua, khen thưởng"
# code, parent, name, standard, deduction cap, bonus cap (the guide applies to AG-X1 in 2025 through its standards)
CRITERIA = [
    ("A", "", "Thực hiện chỉ tiêu phát triển kinh tế - xã hội", 40, "", ""),
    ("A1", "A", "Thu ngân sách nhà nước trên địa bàn", "", "", ""),
    ("A2", "A", "Giải quyết việc làm", "", "", ""),
    ("A3", "A", "Giảm tỷ lệ hộ nghèo", "", "", ""),
    ("A4", "A", "Bảo hiểm y tế toàn dân", "", "", ""),
    ("A5", "A", "Tăng trưởng giá trị sản xuất", 8, "", ""),
    ("B", "", "Xây dựng chính quyền, cải cách hành chính, chuyển đổi số", 25, "", ""),
    ("B1", "B", "Chế độ thông tin, báo cáo", 5, 2, ""),
    ("B2", "B", "Giải quyết thủ tục hành chính đúng hạn", 10, "", ""),
    ("B3", "B", "Chuyển đổi số", 5, 2, 2),
    ("B4", "B", "Tiếp công dân, giải quyết đơn thư", 5, 2.5, ""),
    ("C", "", "Quốc phòng, an ninh, trật tự an toàn xã hội", 15, "", ""),
    ("C1", "C", "Tuyển chọn và gọi công dân nhập ngũ", "", "", ""),
    ("C2", "C", "Kiềm chế tai nạn giao thông", "", "", ""),
    ("C3", "C", "Giữ vững an ninh trật tự", 5, 3, ""),
    ("D", "", "Công tác thi đua, khen thưởng", 20, "", ""),
    ("D1", "D", "Tổ chức các phong trào thi đua", "", "", ""),
    ("D2", "D", "Phát hiện, nhân rộng điển hình tiên tiến", 5, "", 3),
    ("D3", "D", "Hồ sơ khen thưởng đúng quy định, đúng hạn", 5, 2, ""),
]
# code, name, group, measure, direction, flow, max points, criterion, scoring, points per case
INDICATORS = [
    ("XA-NS", "Thu ngân sách trên địa bàn xã, phường", A, "tỷ đồng", "tăng", "có", 10, "A1", "", ""),
    ("XA-VL", "Giải quyết việc làm", A, "người", "tăng", "có", 8, "A2", "", ""),
    ("XA-HN", "Tỷ lệ hộ nghèo", A, "%", "giảm", "không", 8, "A3", "", ""),
    ("XA-BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế", A, "%", "tăng", "không", 6, "A4", "", ""),
    ("XA-GTSX", "Giá trị sản xuất", A, "tỷ đồng", "tăng", "có", "", "A5", "bậc", ""),
    ("XA-BCC", "Báo cáo gửi chậm so với quy định", B, "lần", "", "", "", "B1", "mỗi trường hợp", -0.5),
    ("XA-BCS", "Báo cáo sai lệch số liệu", B, "lần", "", "", "", "B1", "mỗi trường hợp", -1),
    ("XA-TTHC", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", B, "%", "", "", "", "B2", "bậc giá trị", ""),
    ("XA-CDS", "Mô hình chuyển đổi số được công nhận", B, "mô hình", "", "", "", "B3", "mỗi trường hợp", 1),
    ("XA-ATTT", "Sự cố mất an toàn thông tin", B, "vụ", "", "", "", "B3", "mỗi trường hợp", -1),
    ("XA-DT", "Đơn thư tồn đọng quá hạn", B, "đơn", "", "", "", "B4", "mỗi trường hợp", -0.5),
    ("XA-TQ", "Hoàn thành chỉ tiêu giao quân", C, "", "đạt", "", 5, "C1", "", ""),
    ("XA-TNGT", "Số vụ tai nạn giao thông", C, "vụ", "giảm", "có", 5, "C2", "", ""),
    ("XA-ANTT", "Vụ việc phức tạp về an ninh trật tự kéo dài", C, "vụ", "", "", "", "C3", "mỗi trường hợp", -1),
    ("XA-PT", "Tổ chức phong trào thi đua (hội nghị chấm)", D, "điểm", "", "", 10, "D1", "chấm trực tiếp", ""),
    ("XA-CLH", "Cách làm hay được Cụm công nhận, nhân rộng", D, "mô hình", "", "", "", "D2", "mỗi trường hợp", 1),
    ("XA-HSKT", "Hồ sơ đề nghị khen thưởng trễ hạn", D, "hồ sơ", "", "", "", "D3", "mỗi trường hợp", -0.5),
]
BANDS = [  # attainment bands of production value (from, to under, points); value bands of on-time procedures
    ("XA-GTSX", "", 95, -2),
    ("XA-GTSX", 95, 100, -1),
    ("XA-GTSX", 100, 120, 0),
    ("XA-GTSX", 120, "", 2),
    ("XA-TTHC", 98, "", 0),
    ("XA-TTHC", 95, 98, -1),
    ("XA-TTHC", 90, 95, -3),
    ("XA-TTHC", "", 90, -5),
]
# unit → indicator → (plan, actual); per-case and value rows carry only the actual (cases, rate, conference score)
RESULTS = {
    "AG-PRG": {
        "XA-NS": (320, 331.5),
        "XA-VL": (900, 936),
        "XA-HN": (1.2, 1.15),
        "XA-BHYT": (95, 95.4),
        "XA-GTSX": (5200, 6390),
        "XA-BCC": 1,
        "XA-TTHC": 99.2,
        "XA-CDS": 2,
        "XA-TQ": (1, 1),
        "XA-TNGT": (12, 12),
        "XA-PT": 9.5,
        "XA-CLH": 1,
    },
    "AG-PVT": {
        "XA-NS": (180, 171.5),
        "XA-VL": (600, 612),
        "XA-HN": (1.5, 1.5),
        "XA-BHYT": (94, 93.2),
        "XA-GTSX": (3100, 3105),
        "XA-BCC": 2,
        "XA-BCS": 1,
        "XA-TTHC": 94.5,
        "XA-CDS": 2,
        "XA-DT": 2,
        "XA-TQ": (1, 1),
        "XA-TNGT": (10, 11),
        "XA-PT": 8.5,
        "XA-HSKT": 1,
    },
    "AG-XAM": {
        "XA-NS": (45, 46.8),
        "XA-VL": (700, 728),
        "XA-HN": (4.5, 4.4),
        "XA-BHYT": (92, 92.6),
        "XA-GTSX": (2400, 2950),
        "XA-TTHC": 98.6,
        "XA-CDS": 1,
        "XA-TQ": (1, 1),
        "XA-TNGT": (6, 6),
        "XA-PT": 9,
        "XA-CLH": 3,
    },
    "AG-XVK": {
        "XA-NS": (28, 26.1),
        "XA-VL": (500, 471),
        "XA-HN": (5.2, 5.4),
        "XA-BHYT": (91, 88.4),
        "XA-GTSX": (1900, 1790),
        "XA-BCC": 3,
        "XA-TTHC": 93.8,
        "XA-ATTT": 1,
        "XA-DT": 3,
        "XA-TQ": (1, 1),
        "XA-TNGT": (5, 6),
        "XA-ANTT": 1,
        "XA-PT": 7.5,
        "XA-HSKT": 2,
    },
    "AG-XUM": {
        "XA-NS": (30, 30.6),
        "XA-VL": (450, 452),
        "XA-HN": (6.8, 6.9),
        "XA-BHYT": (90, 89.7),
        "XA-GTSX": (1500, 1512),
        "XA-BCC": 1,
        "XA-TTHC": 96.4,
        "XA-CDS": 1,
        "XA-TQ": (1, 1),
        "XA-TNGT": (4, 4),
        "XA-PT": 8,
        "XA-BCS": 1,
    },
    "AG-XVT": {
        "XA-NS": (38, 33.9),
        "XA-VL": (550, 497),
        "XA-HN": (5.9, 6.6),
        "XA-BHYT": (91, 87.3),
        "XA-GTSX": (2100, 1950),
        "XA-BCC": 2,
        "XA-BCS": 2,
        "XA-TTHC": 89.5,
        "XA-DT": 1,
        "XA-TQ": (1, 0),
        "XA-TNGT": (5, 7),
        "XA-ANTT": 2,
        "XA-PT": 7,
        "XA-HSKT": 1,
    },
}
# the members' self-scoring by standard (and where they disputed an item), then what the appraisal agreed and why
CLAIMS = {
    "AG-PRG": {"A": 43.5, "B": 27, "C": 15, "D": 21},
    "AG-PVT": {"A": 40, "B": 21, "C": 15, "D": 18, "B3": 7},
    "AG-XAM": {"A": 43, "B": 26, "C": 15, "D": 22, "D2": 8},
    "AG-XVK": {"A": 37, "B": 19, "C": 13, "D": 17},
    "AG-XUM": {"A": 40.5, "B": 24, "C": 15, "D": 18.5},
    "AG-XVT": {"A": 35, "B": 18, "C": 7, "D": 17, "C2": 4},
}
AGREED = [
    ("AG-PVT", "B3", 6, "Mô hình «Chợ 4.0» chưa có quyết định công nhận của Sở Khoa học và Công nghệ; chỉ cộng 1 điểm"),
    (
        "AG-XAM",
        "D2",
        7,
        "Mô hình thứ ba mới triển khai trong quý IV, chưa được Cụm tổng kết nhân rộng; Cụm thống nhất 7 điểm",
    ),
    (
        "AG-XVT",
        "C2",
        2.5,
        "Có 1 vụ tai nạn giao thông đặc biệt nghiêm trọng; Cụm thống nhất trừ thêm 0,5 điểm theo biên bản",
    ),
]
RULES = """# Scoring rules of the sample (docs/reference.md, "rules.toml" and "Grades"): the defaults, and one ladder
# of grades (xếp loại) per kind of cluster, each fitting its cluster's maximum (see data/sample/README.md).

# The An Giang commune cluster's 100-point guide
[[grades]]
name = "Hoàn thành xuất sắc nhiệm vụ"
clusters = ["AG-X1"]
min_total = 90
min_criterion_share = 0.85   # every standard at least 85 % of its points

[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
clusters = ["AG-X1"]
min_total = 80
min_criterion_share = 0.75

[[grades]]
name = "Hoàn thành nhiệm vụ"
clusters = ["AG-X1"]
min_total = 70
min_criterion_share = 0.6

# The district blocs and clusters of Hà Giang and Kiên Giang: 123 points at plan, up to about 20 % more in bonuses
[[grades]]
name = "Hoàn thành xuất sắc nhiệm vụ"
clusters = ["HG-DL", "HG-30A", "KG-C1", "KG-C2", "KG-C3"]
min_total = 120

[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
clusters = ["HG-DL", "HG-30A", "KG-C1", "KG-C2", "KG-C3"]
min_total = 110

[[grades]]
name = "Hoàn thành nhiệm vụ"
clusters = ["HG-DL", "HG-30A", "KG-C1", "KG-C2", "KG-C3"]
min_total = 98

# Hà Giang's bloc of provincial departments: 37 points at plan
[[grades]]
name = "Hoàn thành xuất sắc nhiệm vụ"
clusters = ["HG-KTTH"]
min_total = 36

[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
clusters = ["HG-KTTH"]
min_total = 33

[[grades]]
name = "Hoàn thành nhiệm vụ"
clusters = ["HG-KTTH"]
min_total = 30
"""


def tables() -> dict[str, list[tuple]]:
    """The guide cluster's rows of every table, in the order of the sample's Vietnamese headers."""
    results = []
    for unit, rows in RESULTS.items():
        for code, value in rows.items():
            plan, actual = value if isinstance(value, tuple) else ("", value)
            results.append((PERIOD, unit, code, plan, actual, "", ""))
    claims = [
        (PERIOD, unit, code, points, "", "") for unit, chosen in CLAIMS.items() for code, points in chosen.items()
    ]
    agreed = {(unit, code): (points, reason) for unit, code, points, reason in AGREED}
    claims = [
        (period, unit, code, points, *agreed.pop((unit, code), ("", ""))) for period, unit, code, points, _, _ in claims
    ]
    claims += [(PERIOD, unit, code, "", points, reason) for (unit, code), (points, reason) in agreed.items()]
    return {
        "clusters": [CLUSTER],
        "units": UNITS,
        "members": [(YEAR, CLUSTER[0], code, ROLES.get(code, "thành viên")) for code, *_ in UNITS],
        "indicators": [
            (code, name, group, measure, direction, flow, most, CLUSTER[0], criterion, scoring, per_case)
            for code, name, group, measure, direction, flow, most, criterion, scoring, per_case in INDICATORS
        ],
        "results": results,
        "criteria": [
            (
                code,
                parent,
                name,
                standard,
                deduction,
                bonus,
                CLUSTER[0] if not parent else "",
                YEAR if not parent else "",
            )
            for code, parent, name, standard, deduction, bonus in CRITERIA
        ],
        "bands": BANDS,
        "criterion_scores": claims,
    }
