"""The proposal list (contract section 8), computed by hand on the tiny dataset of conftest.

2020 in cluster C1 (province «Tỉnh thử»): A 82 of 70 (flag), D 60 (missing I3), B 53,5 (commendation), C 26
(missing I1); ranks A 1, D 2, B 3, C 4. Cluster C2 (no province): E alone, 5,5 of 5 (flag)."""

import csv
import json
import math

import pytest
from conftest import run_cli, tables, write_csv_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation import open_dataset
from emulation.engine.proposals import NoAwardForms, proposals

FORMS = """
[[award_forms]]
name = "Cờ Chính phủ"
routes = ["leaders"]
leaders_share = 0.5
all_met = true

[[award_forms]]
name = "Cờ tỉnh"
routes = ["cluster_flag"]
min_rating = "excellent"

[[award_forms]]
name = "Bằng khen tỉnh"
routes = ["cluster_commendation", "history"]
years = 2
years_rating = "excellent"

[[award_forms]]
name = "Bằng khen Thủ tướng"
routes = ["history"]
after = "bằng khen tinh"
years = 3
years_rating = "Hoàn thành xuất sắc nhiệm vụ"
with_award = "Cờ tỉnh"
"""
UNIT_YEARS = [
    ["year", "unit_id", "rating", "hold"],  # ratings matched like other words
    ["2018", "A", "excellent", ""],
    ["2019", "A", "Hoàn thành xuất sắc nhiệm vụ", ""],
    ["2020", "A", "HOAN THANH XUAT SAC NHIEM VU", ""],
    ["2019", "B", "excellent", ""],
    ["2020", "B", "good", ""],
    ["2019", "C", "excellent", ""],
    ["2020", "C", "excellent", "Đang thanh tra"],
]
AWARDS = [
    ["unit_id", "award", "year", "kind", "decision", "date", "revoked"],
    ["A", "Bằng khen tỉnh", "2017", "", "1/QĐ-UBND", "", ""],
    ["A", "Cờ tỉnh", "2019", "thường xuyên", "2/QĐ-UBND", "", "không"],
    ["B", "Bằng khen tỉnh", "2019", "", "3/QĐ-UBND", "", "có"],  # revoked: no basis
    ["B", "Bằng khen tỉnh", "2020", "chuyên đề", "4/QĐ-UBND", "", ""],
]  # thematic: no basis


def dataset(tmp_path, rules: str = FORMS, **changes):
    data = tables(**{"unit_years": UNIT_YEARS, "awards": AWARDS, **changes})
    folder = write_csv_folder(tmp_path / "data", data)
    (folder / "rules.toml").write_text(rules, encoding="utf-8")
    return folder


def listed(table) -> list[tuple]:
    return list(zip(table["province"], table["award"], table["unit_id"], table["route"], table["status"]))


def test_every_route_condition_and_status_by_hand(tmp_path):
    table, warnings = proposals(open_dataset(dataset(tmp_path)), 2020)
    assert warnings == []
    assert listed(table) == [
        # leaders of «Tỉnh thử»: A alone (L = 1, q = max(1, ⌊0,5 · 1⌋) = 1); A met every row
        ("Tỉnh thử", "Cờ Chính phủ", "A", "leaders", "proposed"),
        ("Tỉnh thử", "Cờ tỉnh", "A", "cluster_flag", "proposed"),  # rated excellent in 2020
        # A by history (2019, 2020 excellent, no Bằng khen tỉnh in them); B by its commendation (its revoked and
        # thematic awards change nothing); C would qualify by history but is held
        ("Tỉnh thử", "Bằng khen tỉnh", "A", "history", "proposed"),
        ("Tỉnh thử", "Bằng khen tỉnh", "B", "cluster_commendation", "proposed"),
        ("Tỉnh thử", "Bằng khen tỉnh", "C", "history", "held"),
        # 2018-2020 excellent, a Bằng khen tỉnh before them (2017) and a Cờ tỉnh within them (2019)
        ("Tỉnh thử", "Bằng khen Thủ tướng", "A", "history", "proposed"),
        ("", "Cờ Chính phủ", "E", "leaders", "proposed"),  # the clusters without a province: one more province
        ("", "Cờ tỉnh", "E", "cluster_flag", "not_eligible"),  # no rating for 2020: unknown is never excellent
    ]
    rows = table.set_index(["award", "unit_id"])
    a = rows.loc[("Cờ Chính phủ", "A")]
    assert a["rank"] == 1 and a["share"] == pytest.approx(82 / 70) and a["rating"] == "Hoàn thành xuất sắc nhiệm vụ"
    assert bool(a["multiple"]) and not bool(rows.loc[("Bằng khen tỉnh", "B"), "multiple"])  # A is proposed four times
    assert (
        rows.loc[("Bằng khen tỉnh", "B"), "rank"] == 3
        and rows.loc[("Bằng khen tỉnh", "B"), "rating"] == "Hoàn thành tốt nhiệm vụ"
    )
    assert rows.loc[("Cờ tỉnh", "E"), "rating"] == "" and rows.loc[("Cờ tỉnh", "E"), "share"] == pytest.approx(5.5 / 5)
    assert not table["tie"].any() and (table["lineage"] == "").all()


def test_the_next_award_of_a_form_counts_from_the_last_and_all_met_holds_a_leader_back(tmp_path):
    awards = AWARDS + [["A", "Bằng khen tỉnh", "2019", "", "5/QĐ-UBND", "", ""]]
    results = [row for row in tables()["results"] if row[:3] != ["2020", "E", "I4"]] + [
        ["2020", "E", "I4", "90", "80", "", ""]
    ]
    table, _ = proposals(open_dataset(dataset(tmp_path, awards=awards, results=results)), 2020)
    found = {(award, unit): status for _, award, unit, _, status in listed(table)}
    assert ("Bằng khen tỉnh", "A") not in found  # a Bằng khen tỉnh of 2019 lies within 2019-2020
    assert found[("Cờ Chính phủ", "E")] == "not_eligible"  # E's I4 at 88,9 % is missed: not every row met
    reason = table.loc[(table["award"] == "Cờ Chính phủ") & (table["unit_id"] == "E"), "basis"].iloc[0]
    assert reason == [("failed_all_met", {"indicators": "Giải ngân"})]  # I4, by its name


def test_the_leaders_quota_with_a_tie_at_its_edge(tmp_path):
    # two flags in C1 (A and B lead it, D and C passed over) and a share of 0.5: L = 2, q = 1; B is over it
    rules = FORMS.replace("leaders_share = 0.5", "leaders_share = 0.5") + "\n[awards]\nflags = 2\n"
    table, _ = proposals(open_dataset(dataset(tmp_path, rules=rules)), 2020)
    leaders = table[table["award"] == "Cờ Chính phủ"]
    assert listed(leaders)[:2] == [
        ("Tỉnh thử", "Cờ Chính phủ", "A", "leaders", "proposed"),
        ("Tỉnh thử", "Cờ Chính phủ", "B", "leaders", "not_eligible"),
    ]  # B missed I3
    # B meeting every row (110 %, 100 %, met) but below A's share: over the quota
    results = [row for row in tables()["results"] if row[1] != "B"] + [
        ["2020", "B", "I1", "100", "110", "", ""],
        ["2020", "B", "I2", "10", "10", "", ""],
        ["2020", "B", "I3", "", "có", "", ""],
    ]
    over, _ = proposals(open_dataset(dataset(tmp_path / "over", rules=rules, results=results)), 2020)
    leaders = over[over["award"] == "Cờ Chính phủ"].set_index("unit_id")
    assert leaders.loc[["A", "B"], "status"].tolist() == ["proposed", "over_quota"] and not leaders["tie"].any()
    # now B equal to A on both figures (the same results): a tie at the quota's edge proposes both, marked
    results = [row for row in tables()["results"] if row[1] != "B"] + [
        ["2020", "B", "I1", "100", "124", "", ""],
        ["2020", "B", "I2", "10", "8", "", ""],
        ["2020", "B", "I3", "", "có", "", ""],
    ]
    tied, _ = proposals(open_dataset(dataset(tmp_path / "tied", rules=rules, results=results, adjustments=None)), 2020)
    leaders = tied[tied["award"] == "Cờ Chính phủ"].set_index("unit_id")
    assert (
        leaders.loc[["A", "B"], "status"].tolist() == ["proposed", "proposed"] and leaders.loc[["A", "B"], "tie"].all()
    )


def test_a_formed_units_lineage_is_shown_to_the_council_or_counted(tmp_path):
    units = tables()["units"] + [["N", "Xã mới", "xã"], ["O1", "Xã cũ một", "xã"], ["O2", "Xã cũ hai", "xã"]]
    members = tables()["members"] + [["2020", "C2", "N", ""]]
    predecessors = [
        ["unit_id", "predecessor_id", "year", "note"],
        ["N", "O1", "2020", "Nhập toàn bộ"],
        ["N", "O2", "2020", "Nhập một phần"],
    ]
    unit_years = UNIT_YEARS + [
        ["2019", "O1", "excellent", ""],
        ["2019", "O2", "excellent", ""],
        ["2020", "N", "excellent", ""],
    ]
    changes = dict(units=units, members=members, predecessors=predecessors, unit_years=unit_years)
    shown, _ = proposals(open_dataset(dataset(tmp_path / "show", **changes)), 2020)
    n = shown[(shown["unit_id"] == "N") & (shown["award"] == "Bằng khen tỉnh")]
    # its own 2019 is unknown; with O1 and O2 (both excellent in 2019) counted it would qualify: the council decides
    assert n[["route", "status", "lineage"]].values.tolist() == [["history", "council", "O1;O2"]]
    counted, _ = proposals(
        open_dataset(dataset(tmp_path / "count", rules='[history]\npredecessors = "count"\n' + FORMS, **changes)), 2020
    )
    n = counted[(counted["unit_id"] == "N") & (counted["award"] == "Bằng khen tỉnh")]
    assert n[["route", "status", "lineage"]].values.tolist() == [["history", "proposed", "O1;O2"]]


def test_without_award_forms_or_the_years_results(tmp_path):
    with pytest.raises(NoAwardForms):
        proposals(open_dataset(dataset(tmp_path, rules="")), 2020)
    refused = run_cli("proposals", str(dataset(tmp_path / "none", rules="")), "--year", "2020")
    assert refused.returncode == 2 and "[[award_forms]]" in refused.stderr and refused.stdout == ""
    table, warnings = proposals(open_dataset(dataset(tmp_path / "y")), 2021)  # no results of 2021: history only
    assert warnings == ["no_year_results"] and table.empty


def test_the_command_line_lists_as_the_contract_says(tmp_path):
    folder = dataset(tmp_path)
    result = run_cli("proposals", str(folder), "--year", "2020", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert list(rows[0])[:14] == [
        "year",
        "province",
        "award",
        "unit_id",
        "cluster_id",
        "route",
        "status",
        "rank",
        "share",
        "rating",
        "tie",
        "multiple",
        "lineage",
        "reason",
    ]
    assert rows[0]["share"] == repr(82 / 70) and rows[4]["rank"] == "4" and rows[7]["rank"] == "1"
    assert (
        "Bằng khen tỉnh năm 2017 (1/QĐ-UBND)" in rows[5]["reason"]
        and "Cờ tỉnh năm 2019 (2/QĐ-UBND)" in rows[5]["reason"]
    )
    as_json = json.loads(run_cli("proposals", str(folder), "--year", "2020", "--format", "json").stdout)
    assert [row["status"] for row in as_json] == [row["status"] for row in rows]
    listing = run_cli("proposals", str(folder), "--year", "2020").stdout
    assert listing.startswith("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2020")
    assert "Tỉnh Tỉnh thử · Cờ Chính phủ" in listing and "Tạm dừng xét" in listing and "Không đủ điều kiện" in listing


# six examples: each opens two datasets and analyses four periods (~1-2 s); the figures matter little here
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(actuals=st.lists(st.one_of(st.none(), st.integers(0, 400)), min_size=14, max_size=14))
def test_without_the_years_tables_and_forms_every_output_stays_as_it_was(actuals):
    """Property: the three tables present but empty, and a rules.toml with only [history], print what a dataset
    without them prints, whatever the figures (the sample's outputs are also pinned: tests/test_same_outputs.py)."""
    import tempfile
    from pathlib import Path

    from emulation.engine.analysis import analyse
    from emulation.views.terminal import machine_table, to_csv

    plain = tables()
    for row, actual in zip(plain["results"][1:], actuals):
        row[4] = (
            "" if actual is None else str(actual) if row[2] != "I3" else ("có" if actual and actual % 2 else "không")
        )
    empty = {
        "unit_years": UNIT_YEARS[:1],
        "awards": AWARDS[:1],
        "predecessors": [["unit_id", "predecessor_id", "year", "note"]],
    }
    with tempfile.TemporaryDirectory() as folder:
        outputs = []
        for name, data, rules in (
            ("plain", plain, None),
            ("empty", {**plain, **empty}, '[history]\npredecessors = "count"\n'),
        ):
            path = write_csv_folder(Path(folder) / name, tables(**data))
            if rules:
                (path / "rules.toml").write_text(rules, encoding="utf-8")
            dataset = open_dataset(path)
            outputs.append(
                [
                    to_csv(machine_table(analyse(dataset, period), kind))
                    for period in ("2020", "2020-H1")
                    for kind in ("attainment", "scores")
                ]
                + [dataset.warnings]
            )
        assert outputs[0] == outputs[1]


def test_a_formed_units_trend_reaches_back_through_its_old_units_combined(tmp_path):
    from emulation import ClusterReport

    units = tables()["units"] + [["N", "Xã mới", "xã"], ["O1", "Xã cũ một", "xã"], ["O2", "Xã cũ hai", "xã"]]
    members = tables()["members"] + [["2019", "C1", "O1", ""], ["2019", "C1", "O2", ""], ["2020", "C1", "N", ""]]
    results = tables()["results"] + [
        ["2019", "O1", "I1", "100", "100", "", ""],
        ["2019", "O1", "I2", "10", "10", "", ""],
        ["2019", "O1", "I3", "1", "có", "", ""],
        ["2019", "O2", "I1", "100", "50", "", ""],
        ["2019", "O2", "I2", "10", "10", "", ""],
        ["2019", "O2", "I3", "1", "không", "", ""],
    ]
    predecessors = [
        ["unit_id", "predecessor_id", "year", "note"],
        ["N", "O1", "2020", ""],
        ["N", "O2", "2020", "Nhập một phần"],
    ]
    folder = write_csv_folder(
        tmp_path / "data", tables(units=units, members=members, results=results, predecessors=predecessors)
    )
    report = ClusterReport(str(folder), "2020", "C1")
    figure = report.previous()[-1].figure if hasattr(report.previous()[-1], "figure") else None
    assert figure is not None
    drawn = [trace for trace in figure.data if trace.name == "Xã mới"]
    own, combined = sorted(drawn, key=lambda trace: trace.line.dash != "solid")
    # O1 70 of 70 and O2 20 + 20 + 0 = 40 of 70: 100 · 110 / 140, dashed, in Xã mới's colour and joined to its
    # own 2020 point (it reported nothing in 2020: 0 of 70); O2 was split and is marked so on hover
    assert (
        list(combined.x) == ["2019", "2020"] and combined.line.dash == "dash" and combined.line.color == own.line.color
    )
    assert combined.y[0] == pytest.approx(100 * 110 / 140) and combined.y[1] == pytest.approx(0.0)
    assert combined.customdata[0] == "Xã mới ← Xã cũ một + Xã cũ hai (một phần)" and not combined.showlegend
    assert math.isnan(own.y[0]) and own.y[1] == pytest.approx(0.0)  # from 2020 on, Xã mới is drawn as itself
    assert [trace.name for trace in figure.data if trace.line.dash == "dash" and trace.showlegend is not False] == [
        "Các đơn vị cũ cộng gộp (trước sắp xếp)"
    ]  # the legend says what the dashes mean
    from emulation.views.words import word

    assert figure.layout.yaxis.title.text == word("figure.total_share", "vi")  # shares: comparable across the change
    english = ClusterReport(str(folder), "2020", "C1", lang="en").previous()[-1].figure
    dashed = next(trace for trace in english.data if trace.name == "Xã mới" and trace.line.dash == "dash")
    assert dashed.customdata[0] == "Xã mới ← Xã cũ một + Xã cũ hai (in part)"  # the split marked in the reader's words


def test_a_units_years_run_from_the_first_to_the_last_year_known_and_stop_at_the_report():
    from emulation.engine.unit_years import unit_years

    sample = open_dataset()
    # Quang Bình is a member in 2019 and 2020 only (graded by its bloc's ladder): no empty years after 2020
    assert unit_years(sample, "HG-QB")[0]["year"].tolist() == [2019, 2020]
    assert unit_years(sample, "HG-QB", until=2019)[0]["year"].tolist() == [2019]  # a 2019 report knows no 2020
    # Xã An Minh's old units are rated 2019-2024 and it is graded itself in 2025; its counted awards are 2019, 2021
    years, awards = unit_years(sample, "AG-XAM", until=2024)
    assert sorted(set(years["year"])) == list(range(2019, 2025)) and years["lineage"].all()
    assert sorted(awards.loc[awards["counts"], "year"]) == [2019, 2021]


def test_every_route_is_one_function_and_an_unknown_route_is_an_error_never_a_default(tmp_path):
    from dataclasses import replace

    from emulation.data.award_rules import ROUTES as LISTED
    from emulation.engine import proposals as module

    assert set(module.ROUTES) == set(LISTED)
    data = open_dataset(dataset(tmp_path))
    form = replace(data.rules.history.award_forms[1], routes=("cluster_flags",))  # a slip past validation
    history = replace(data.rules.history, award_forms=(form,))
    data.rules = data.rules.replace(history=history)
    with pytest.raises(ValueError, match="cluster_flags"):
        proposals(data, 2020)


def test_a_year_is_analysed_only_where_a_rating_the_list_reads_is_unknown(tmp_path, monkeypatch):
    from emulation.engine import proposals as module
    from emulation.engine import unit_years as years_module
    from emulation.engine.unit_years import Lineage, needed_ratings, unknown_years

    lineage = Lineage.of(
        open_dataset(
            dataset(
                tmp_path / "lineage",
                predecessors=[
                    ["unit_id", "predecessor_id", "year", "note"],
                    ["N", "O1", "2020", ""],
                    ["N", "O2", "2020", ""],
                ],
                units=tables()["units"] + [["N", "Xã mới", "xã"], ["O1", "Xã cũ một", "xã"], ["O2", "Xã cũ hai", "xã"]],
            )
        ).predecessors
    )
    # counted, N's own 2019 is never read, its old units' are; shown, its own is read too
    # (and its old units' for the council)
    assert needed_ratings({"A", "N"}, [2019, 2020], lineage, counted=True) == {
        2019: {"A", "O1", "O2"},
        2020: {"A", "N"},
    }
    assert needed_ratings({"N"}, [2019, 2020], lineage, counted=False) == {2019: {"N", "O1", "O2"}, 2020: {"N"}}
    given = {2019: {"A": 0}, 2020: {"A": 1}}
    assert unknown_years(given, {2020: {"A"}, 2018: {"B", "C"}, 2019: {"A"}, 2017: {"B"}}) == [2017, 2018]
    assert unknown_years(given, {2020: {"A", "B"}, 2019: set()}) == [2020]

    # 2019 and 2020 have results; every unit is graded «Hoàn thành xuất sắc nhiệm vụ», which is a rating
    rules = '[history]\npredecessors = "count"\n[[grades]]\nname = "Hoàn thành xuất sắc nhiệm vụ"\n' + FORMS
    base = tables()
    units = base["units"] + [["N", "Xã mới", "xã"], ["O1", "Xã cũ một", "xã"], ["O2", "Xã cũ hai", "xã"]]
    members = base["members"] + [["2020", "C2", "N", ""]] + [["2019", *row[1:]] for row in base["members"][1:]]
    results = base["results"] + [["2019", *row[1:]] for row in base["results"][1:] if row[0] == "2020"]
    predecessors = [["unit_id", "predecessor_id", "year", "note"], ["N", "O1", "2020", ""], ["N", "O2", "2020", ""]]
    rated = [["year", "unit_id", "rating", "hold"]] + [
        [str(year), unit, "excellent", ""]
        for year in (2019, 2020)
        for unit in ("A", "B", "C", "D", "E", "N", "O1", "O2")
    ]
    analysed: list[str] = []

    def analyse(data, period):  # every analysis of a period, counted as it happens
        analysed.append(period)
        return real(data, period)

    real = module.analyse
    monkeypatch.setattr(module, "analyse", analyse)
    monkeypatch.setattr(years_module, "analyse", analyse)

    lists = {}
    for name, unit_years in (
        ("given", [row for row in rated if row[:2] != ["2019", "N"]]),  # N's own 2019: not read
        ("graded", [row for row in rated if row[:2] != ["2019", "B"]]),
    ):  # B's 2019: from its grade
        analysed.clear()
        changes = dict(units=units, members=members, results=results, predecessors=predecessors, unit_years=unit_years)
        table, _ = proposals(open_dataset(dataset(tmp_path / name, rules=rules, **changes)), 2020)
        lists[name] = (listed(table), table["basis"].tolist(), list(analysed))
    # the year's own period is analysed once; 2019 only where B's rating of 2019 is unknown
    assert lists["given"][2] == ["2020"] and lists["graded"][2] == ["2020", "2019"]
    assert lists["given"][:2] == lists["graded"][:2]
    # everyone excellent in 2019 and 2020 (N through O1 and O2) and none holding the form: each is proposed, by
    # rank in its cluster (A 1, D 2, B 3, C 4; E 1, N unranked), B first by the cluster's commendation
    assert [row[2:] for row in lists["given"][0] if row[1] == "Bằng khen tỉnh"] == [
        ("A", "history", "proposed"),
        ("D", "history", "proposed"),
        ("B", "cluster_commendation", "proposed"),
        ("C", "history", "proposed"),
        ("E", "history", "proposed"),
        ("N", "history", "proposed"),
    ]


def test_a_formed_units_awards_read_alike_in_every_run(tmp_path):
    import os
    import subprocess
    import sys

    units = tables()["units"] + [["N", "Xã mới", "xã"], ["O1", "Xã cũ một", "xã"], ["O2", "Xã cũ hai", "xã"]]
    members = tables()["members"] + [["2020", "C2", "N", ""]]
    predecessors = [["unit_id", "predecessor_id", "year", "note"], ["N", "O1", "2020", ""], ["N", "O2", "2020", ""]]
    unit_years = (
        UNIT_YEARS
        + [[str(year), old, "excellent", ""] for year in (2018, 2019) for old in ("O1", "O2")]
        + [["2020", "N", "excellent", ""]]
    )
    awards = AWARDS + [
        ["O2", "Bằng khen tỉnh", "2016", "", "7/QĐ-UBND", "", ""],
        ["O1", "Bằng khen tỉnh", "2016", "", "8/QĐ-UBND", "", ""],
        ["O2", "Cờ tỉnh", "2018", "", "6/QĐ-UBND", "", ""],
        ["O1", "Cờ tỉnh", "2018", "", "9/QĐ-UBND", "", ""],
    ]
    folder = dataset(
        tmp_path,
        rules='[history]\npredecessors = "count"\n' + FORMS,
        units=units,
        members=members,
        predecessors=predecessors,
        unit_years=unit_years,
        awards=awards,
    )
    command = [sys.executable, "-m", "emulation", "proposals", str(folder), "--year", "2020", "--format", "csv"]
    printed = [
        subprocess.run(
            command, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("0", "3")
    ]  # two seeds under which a set of O1 and O2 iterates in opposite orders
    assert printed[0] == printed[1]
    row = next(
        row
        for row in csv.DictReader(printed[0].splitlines())
        if row["unit_id"] == "N" and row["award"] == "Bằng khen Thủ tướng"
    )
    # N's history 2018-2020 is O1's and O2's before 2020, its own in 2020; of the two awards of 2016 the basis
    # cites the first holder's by code (O1), and both flags of 2018, O1's first
    assert row["status"] == "proposed" and "8/QĐ-UBND" in row["reason"] and "7/QĐ-UBND" not in row["reason"]
    assert row["reason"].index("9/QĐ-UBND") < row["reason"].index("6/QĐ-UBND")
