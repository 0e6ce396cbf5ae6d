"""The sample's section 9 rules (data/sample/README.md, last section) change only what they are there to show:
one tie's reason and one grade; every other figure, rank, award and proposal is what the sample gives without
them."""

import shutil

import pandas as pd

from emulation.data.dataset import open_dataset
from emulation.engine.analysis import analyse
from emulation.engine.proposals import proposals
from emulation.resources import sample_folder


def test_the_samples_tie_and_event_change_one_reason_and_one_grade(tmp_path):
    data = shutil.copytree(sample_folder(), tmp_path / "sample")
    rules = (data / "rules.toml").read_text(encoding="utf-8")
    start, end = rules.index("# Rules real guides add"), rules.index("# Years and the province")
    (data / "rules.toml").write_text(rules[:start] + rules[end:], encoding="utf-8")
    (data / "events.csv").unlink()
    with_rules, without = open_dataset(), open_dataset(data)
    assert with_rules.periods == without.periods
    changed = []
    for period in with_rules.periods:
        now, before = analyse(with_rules, period).units, analyse(without, period).units
        assert list(now.columns) == list(before.columns) and list(now["unit_id"]) == list(before["unit_id"])
        differs = (now.astype(str) != before.astype(str)).any(axis=0)
        changed += [
            (period, column, unit, before.at[i, column], now.at[i, column])
            for column in now.columns[differs]
            for i, unit in zip(now.index, now["unit_id"])
            if str(now.at[i, column]) != str(before.at[i, column])
        ]
    # U Minh Thượng (budget revenue 23,0 tỷ đồng) and An Biên (20,8) tie at 123,13: the same order, another reason;
    # Phường Vĩnh Thông's head was warned: "tốt" capped at "Hoàn thành nhiệm vụ"
    assert changed == [
        ("2017", "tie_break", "KG-AB", "achieved", "actual:NS"),
        ("2025", "grade", "AG-PVT", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"),
        ("2025", "grade_event", "AG-PVT", "", "Người đứng đầu bị cảnh cáo"),
    ]
    for year in (2017, 2018, 2019, 2020, 2023, 2024, 2025):
        pd.testing.assert_frame_equal(proposals(with_rules, year)[0], proposals(without, year)[0])
