"""A dataset scored without a guide prints exactly what it printed before contract section 7 existed."""

import json
import shutil
import sys
from pathlib import Path

import pytest

from emulation.resources import sample_folder

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import same_outputs  # noqa: E402 - the benchmarks' output recorder

GOLDEN = Path(__file__).resolve().parent / "golden" / "before_guide.json"
# periods the sample gained after the recording: the guided 2025 cluster, its old units' last two years
ADDED_PERIODS = ("2023", "2024", "2025")


def whole_periods_and_vietnamese_summaries(argv: list[str]) -> bool:
    """A third of the recorded cases, in a fifth of the time: every command and form for all clusters of every
    period in both languages, and every cluster's narrative in Vietnamese (bench/same_outputs.py runs them all)."""
    return "--cluster" not in argv or (argv[0] == "summary" and argv[-1] == "vi")


@pytest.mark.slow  # runs every command of the sample, a batch of ~500
def test_outputs_without_a_guide_are_byte_identical_to_the_code_before_section_7(tmp_path):
    data = shutil.copytree(sample_folder(), tmp_path / "sample")
    (data / "rules.toml").unlink()  # the sample's grades are section 7's too
    for name in ("unit_years", "awards", "predecessors", "events"):  # its years before 2025 section 8's, its events 9's
        (data / f"{name}.csv").unlink()
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = same_outputs.digests(str(data), whole_periods_and_vietnamese_summaries)
    added = {case for case in now if any(f"--period {period} " in case for period in ADDED_PERIODS)}
    assert len(recorded) == 432 and len(now) == 120 + len(added) == 159  # 120 recorded, 13 of each added period
    assert [case for case in now if case not in added and now[case] != recorded[case]] == []
    assert {case for case in now if case not in recorded} == added
