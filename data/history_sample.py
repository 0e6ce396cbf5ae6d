"""The sample's years before 2025 for the An Giang commune cluster (docs/reference.md, "History"): the old
communes and wards its six members were formed from on 1 July 2025, their ratings since 2019, a handful of
awards with decision numbers (one revoked, one thematic), one hold, and award forms shaped like the law's.

Names and decision numbers are illustrative: they follow the form of the 2025 resolutions and of provincial
decisions, not their content. data/make_sample.py writes these rows; data/sample/README.md says what they model.
"""

EXCELLENT, GOOD = "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"

OLD_UNITS = [  # (code, name, kind): units that ceased on 1 July 2025
    ("AG-RG-VTV", "Phường Vĩnh Thanh Vân", "phường"),
    ("AG-RG-VL", "Phường Vĩnh Lạc", "phường"),
    ("AG-RG-VH", "Phường Vĩnh Hiệp", "phường"),
    ("AG-RG-PT", "Xã Phi Thông", "xã"),
    ("AG-AM-TT", "Thị trấn Thứ Mười Một", "thị trấn"),
    ("AG-AM-DH", "Xã Đông Hưng", "xã"),
    ("AG-AM-VKD", "Xã Vân Khánh Đông", "xã"),
    ("AG-AM-VK", "Xã Vân Khánh (cũ)", "xã"),
    ("AG-UM-AMB", "Xã An Minh Bắc", "xã"),
    ("AG-UM-MT", "Xã Minh Thuận", "xã"),
    ("AG-VT-TT", "Thị trấn Vĩnh Thuận", "thị trấn"),
    ("AG-VT-VBB", "Xã Vĩnh Bình Bắc", "xã"),
]

# The old units' own cluster in their last two years, scored by % KH (no guide) on a few indicators, so that the
# trend of the 2025 report can draw each new unit's old units combined beside it
OLD_CLUSTER = ("KG-XP", "Cụm thi đua các xã, phường, thị trấn (trước sắp xếp)", "Kiên Giang")
OLD_YEARS = (2023, 2024)
OLD_ROLES = {2023: ("AG-RG-VTV", "AG-AM-TT"), 2024: ("AG-AM-TT", "AG-UM-AMB")}  # year → (head, deputy)
OLD_INDICATORS = ("NS", "GTSX", "THN", "TLHN", "VL", "BHYT", "TNGT", "TQ")  # of the sample's indicators
OLD_SIZE = 0.15  # a commune's plans against a district's

PREDECESSORS = [  # (unit formed, old unit, first year, as the resolution words it)
    ("AG-PRG", "AG-RG-VTV", 2025, "Nhập toàn bộ"),
    ("AG-PRG", "AG-RG-VL", 2025, "Nhập toàn bộ"),
    ("AG-PVT", "AG-RG-VH", 2025, "Nhập toàn bộ"),
    ("AG-PVT", "AG-RG-PT", 2025, "Nhập một phần"),
    ("AG-XAM", "AG-AM-TT", 2025, "Nhập toàn bộ"),
    ("AG-XAM", "AG-AM-DH", 2025, "Nhập toàn bộ"),
    ("AG-XVK", "AG-AM-VKD", 2025, "Nhập toàn bộ"),
    ("AG-XVK", "AG-AM-VK", 2025, "Nhập toàn bộ"),
    ("AG-XUM", "AG-UM-AMB", 2025, "Nhập toàn bộ"),
    ("AG-XUM", "AG-UM-MT", 2025, "Nhập toàn bộ"),
    ("AG-XVT", "AG-VT-TT", 2025, "Nhập toàn bộ"),
    ("AG-XVT", "AG-VT-VBB", 2025, "Nhập toàn bộ"),
    ("AG-XVT", "AG-RG-PT", 2025, "Nhập một phần"),  # Xã Phi Thông was split between two new units
]

_GOOD_YEARS = {("AG-RG-PT", 2022), ("AG-AM-VKD", 2023), ("AG-VT-VBB", 2021), ("AG-VT-VBB", 2024), ("AG-UM-MT", 2020)}
UNIT_YEARS = [  # (year, unit, rating, hold): the old units' official ratings 2019-2024; the new units' 2025
    (year, code, GOOD if (code, year) in _GOOD_YEARS else EXCELLENT, "")
    for code, _, _ in OLD_UNITS
    for year in range(2019, 2025)
] + [
    (2025, "AG-XUM", "", "Đang xác minh đơn khiếu nại về quản lý đất đai (Thanh tra tỉnh)")  # rated by its 2025 grade
]

AWARDS = [  # (unit, form, year of the achievement, kind, decision, date, revoked)
    ("AG-RG-VTV", "Bằng khen của Chủ tịch UBND tỉnh", 2022, "", "412/QĐ-UBND", "2023-02-20", ""),
    ("AG-RG-VL", "Cờ thi đua của UBND tỉnh", 2023, "", "388/QĐ-UBND", "2024-02-06", ""),
    ("AG-AM-TT", "Bằng khen của Chủ tịch UBND tỉnh", 2019, "", "356/QĐ-UBND", "2020-02-14", ""),
    ("AG-AM-TT", "Cờ thi đua của UBND tỉnh", 2021, "", "297/QĐ-UBND", "2022-02-10", ""),
    ("AG-AM-DH", "Bằng khen của Chủ tịch UBND tỉnh", 2023, "", "401/QĐ-UBND", "2024-02-19", "có"),  # revoked
    ("AG-AM-VKD", "Bằng khen của Chủ tịch UBND tỉnh", 2024, "chuyên đề", "1587/QĐ-UBND", "2024-09-30", ""),  # thematic
    ("AG-VT-TT", "Bằng khen của Chủ tịch UBND tỉnh", 2020, "", "318/QĐ-UBND", "2021-02-08", ""),
]

RULES = """
# Years and the province (docs/reference.md, "History" and "Award forms"): the forms a board proposes at year
# end, shaped like Luật Thi đua, khen thưởng 2022 and Nghị định 152/2025/NĐ-CP. A formed unit's history before
# 1 July 2025 is shown, and the council decides whether it counts.
[history]
predecessors = "show"

[[award_forms]]
name = "Cờ thi đua của Chính phủ"
routes = ["leaders"]          # among the province's cluster leaders
leaders_share = 0.2           # at most a fifth of them, at least one
all_met = true                # hoàn thành vượt các chỉ tiêu thi đua

[[award_forms]]
name = "Cờ thi đua của UBND tỉnh"
routes = ["cluster_flag"]
min_rating = "Hoàn thành xuất sắc nhiệm vụ"

[[award_forms]]
name = "Bằng khen của Chủ tịch UBND tỉnh"
routes = ["cluster_commendation", "history"]
years = 2
years_rating = "Hoàn thành xuất sắc nhiệm vụ"

[[award_forms]]
name = "Bằng khen của Thủ tướng Chính phủ"
routes = ["history"]
after = "Bằng khen của Chủ tịch UBND tỉnh"
years = 5
years_rating = "Hoàn thành xuất sắc nhiệm vụ"
with_award = "Cờ thi đua của UBND tỉnh"
"""
