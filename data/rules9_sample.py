"""The sample's rules that real guides add (docs/reference.md, "Tie-breaks" and "Events"): equal totals broken by
the units' own figures, and one event that caps a grade.

Chosen so that no rank, award, grade of another unit or proposal of the sample changes: the one tie of the
sample (Cụm thi đua số 1 of Kiên Giang, 2017: U Minh Thượng and An Biên at 123,13) is ordered by budget revenue
as it was by rows met, and the event lowers the grade of a unit the ranking does not reward (Phường Vĩnh Thông,
An Giang, 2025). The decision number is illustrative. data/make_sample.py writes these rows and the rules.
"""

EVENTS = [  # (year, unit, event as [[events]] names it, note)
    (2025, "AG-PVT", "Người đứng đầu bị cảnh cáo", "Quyết định 2150/QĐ-UBND ngày 14/11/2025 của Chủ tịch UBND tỉnh")
]

RULES = """
# Rules real guides add (docs/reference.md, "Tie-breaks" and "Events"), in the spirit of Cần Thơ's Kế hoạch
# 157/KH-UBND and Quyết định 2579/QĐ-UBND (2025): units with equal totals are ordered by their budget revenue,
# then by rows met and mean attainment; a head disciplined caps the unit's grade (events.csv, «Sự việc»).
[ranking]
tie_breaks = ["actual:NS", "achieved", "mean_attainment"]

[[events]]
name = "Người đứng đầu bị khiển trách"
max_grade = "Hoàn thành tốt nhiệm vụ"    # the grade is at most this

[[events]]
name = "Người đứng đầu bị cảnh cáo"
max_grade = "Hoàn thành nhiệm vụ"
"""
