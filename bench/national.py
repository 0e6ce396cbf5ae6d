"""A national-scale dataset for the benchmarks: ~3,300 communes in clusters of six, 30 indicators,
five years with mid-year and year-end periods: about one million result rows."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
from history_sample import RULES  # noqa: E402 - the sample's generator module, beside the data

UNITS, CLUSTER_SIZE, INDICATORS = 3300, 6, 30
YEARS = range(2020, 2025)


def build(folder: Path, seed: int = 7, units: int = UNITS, years: range = YEARS) -> Path:
    """Writes the dataset once (later calls reuse it); smaller sizes serve the tests."""
    UNITS, YEARS = units, years  # noqa: N806 - the module's sizes, overridden for this build
    if (folder / "results.csv").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    units = [f"X{index:04d}" for index in range(UNITS)]
    clusters = [f"K{index // CLUSTER_SIZE:03d}" for index in range(UNITS)]
    pd.DataFrame(
        {
            "cluster_id": sorted(set(clusters)),
            "name": [f"Cụm xã số {code[1:]}" for code in sorted(set(clusters))],
            "province": "Toàn quốc",
        }
    ).to_csv(folder / "clusters.csv", index=False)
    pd.DataFrame({"unit_id": units, "name": [f"Xã {code[1:]}" for code in units], "kind": "xã"}).to_csv(
        folder / "units.csv", index=False
    )
    members = pd.DataFrame(
        {"year": np.repeat(list(YEARS), UNITS), "cluster_id": clusters * len(YEARS), "unit_id": units * len(YEARS)}
    )
    members["role"] = np.where(
        np.arange(len(members)) % CLUSTER_SIZE == 0,
        "head",
        np.where(np.arange(len(members)) % CLUSTER_SIZE == 1, "deputy", "member"),
    )
    members.to_csv(folder / "members.csv", index=False)
    directions = np.array(["higher"] * 20 + ["lower"] * 6 + ["binary"] * 4)
    flows = np.array(["yes"] * 12 + ["no"] * 8 + ["yes"] * 3 + ["no"] * 3 + ["no"] * 4)
    pd.DataFrame(
        {
            "indicator_id": [f"T{index:02d}" for index in range(INDICATORS)],
            "name": [f"Chỉ tiêu {index + 1}" for index in range(INDICATORS)],
            "direction": directions,
            "flow": flows,
            "max_points": rng.integers(2, 11, INDICATORS),
        }
    ).to_csv(folder / "indicators.csv", index=False)
    periods = [period for year in YEARS for period in (f"{year}-H1", f"{year}")]
    size = len(periods) * UNITS * INDICATORS
    indicator_index = np.tile(np.arange(INDICATORS), len(periods) * UNITS)
    # a unit's plan for an indicator is the year's plan in both of its periods and grows a few per cent a year,
    # as real plans do (independent plans each year would put a tenfold jump between years in every tenth row,
    # which the slip warnings rightly flag: docs/reference.md, "Slips caught before publishing")
    base = rng.uniform(10, 1000, UNITS * INDICATORS)
    # periods: year by year, H1 then whole
    growth = np.repeat(1.05 ** (np.arange(len(periods)) // 2), UNITS * INDICATORS)
    plan = np.round(np.tile(base, len(periods)) * growth * rng.uniform(0.97, 1.03, size), 2)
    ratio = np.where(np.repeat(np.array([period.endswith("H1") for period in periods]), UNITS * INDICATORS), 0.5, 1.0)
    actual = np.round(plan * ratio * rng.normal(1.02, 0.1, size), 2)
    binary = directions[indicator_index] == "binary"
    plan[binary] = 1
    actual[binary] = (rng.random(binary.sum()) < 0.9).astype(float)
    results = pd.DataFrame(
        {
            "period": np.repeat(periods, UNITS * INDICATORS),
            "unit_id": np.tile(np.repeat(units, INDICATORS), len(periods)),
            "indicator_id": np.array([f"T{index:02d}" for index in range(INDICATORS)])[indicator_index],
            "plan": plan,
            "actual": actual,
        }
    )
    results.loc[rng.random(size) < 0.001, "actual"] = np.nan
    results.to_csv(folder / "results.csv", index=False)
    return folder


STANDARDS, ITEMS = 10, 5  # a 60-criterion guide: ten standards of five items each


def build_guided(folder: Path, seed: int = 11) -> Path:
    """The national dataset scored with a 60-criterion guide: its 30 % KH indicators earn in 30 items; 20 more
    items are scored per case, by bands of attainment, by bands of a value or directly, at every year-end;
    each unit claims its standards in the last year, and an appraisal agrees some of them."""
    build(folder)
    if (folder / "criteria.csv").exists():
        return folder
    rng = np.random.default_rng(seed)
    codes = [f"S{standard}" for standard in range(STANDARDS)]
    items = [f"S{standard}.{item}" for standard in range(STANDARDS) for item in range(ITEMS)]
    indicators = pd.read_csv(folder / "indicators.csv")
    earned = indicators["max_points"].groupby(np.arange(len(indicators)) % len(items[:30])).sum()
    item_standards = [5.0 if index >= 30 else float(earned.get(index, 0)) for index in range(len(items))]
    standard_points = [sum(item_standards[standard * ITEMS : (standard + 1) * ITEMS]) for standard in range(STANDARDS)]
    criteria = pd.DataFrame(
        {
            "criterion_id": codes + items,
            "parent_id": [""] * STANDARDS + [item.split(".")[0] for item in items],
            "name": [f"Tiêu chuẩn {code}" for code in codes] + [f"Mục {item}" for item in items],
            "standard_points": standard_points
            + [points if index >= 30 else "" for index, points in enumerate(item_standards)],
            "deduction_cap": [""] * STANDARDS + [2 if index >= 30 else "" for index in range(len(items))],
            "bonus_cap": [""] * STANDARDS + [2 if index >= 30 else "" for index in range(len(items))],
        }
    )
    criteria.to_csv(folder / "criteria.csv", index=False)
    kinds = ["per_case", "bands", "value_bands", "direct"] * 5
    rules = pd.DataFrame(
        {
            "indicator_id": [f"R{index:02d}" for index in range(20)],
            "name": [f"Quy định {index + 1}" for index in range(20)],
            "direction": ["higher" if kind == "bands" else "" for kind in kinds],
            "flow": "no",
            "max_points": [5 if kind == "direct" else "" for kind in kinds],
            "criterion_id": items[30:],
            "scoring": kinds,
            "points_per_case": [-0.5 if kind == "per_case" else "" for kind in kinds],
        }
    )
    indicators["criterion_id"] = [items[index % 30] for index in range(len(indicators))]
    pd.concat([indicators, rules]).to_csv(folder / "indicators.csv", index=False)
    bands = [
        (code, low, high, points)
        for code, kind in zip(rules["indicator_id"], kinds)
        if "bands" in kind
        for low, high, points in (("", 95, -2), (95, 100, -1), (100, 120, 0), (120, "", 1))
    ]
    pd.DataFrame(bands, columns=["indicator_id", "from", "to", "points"]).to_csv(folder / "bands.csv", index=False)
    units = pd.read_csv(folder / "units.csv")["unit_id"].to_numpy()
    years = sorted({int(str(period)[:4]) for period in pd.read_csv(folder / "members.csv")["year"]})
    size = len(years) * len(units) * len(rules)
    kind = np.tile(np.array(kinds), len(years) * len(units))
    actual = np.select(
        [kind == "per_case", kind == "direct"],
        [rng.poisson(0.7, size), np.round(rng.uniform(3, 5, size), 1)],
        np.round(rng.normal(100, 6, size), 1),
    )
    extra = pd.DataFrame(
        {
            "period": np.repeat([str(year) for year in years], len(units) * len(rules)),
            "unit_id": np.tile(np.repeat(units, len(rules)), len(years)),
            "indicator_id": np.tile(rules["indicator_id"].to_numpy(), len(years) * len(units)),
            "plan": np.where(kind == "bands", 100.0, np.nan),
            "actual": actual,
        }
    )
    pd.concat([pd.read_csv(folder / "results.csv", dtype={"period": str}), extra]).to_csv(
        folder / "results.csv", index=False
    )
    last = str(years[-1])
    claimed = np.tile(standard_points, len(units)) * rng.uniform(0.85, 1.0, len(units) * STANDARDS)
    claims = pd.DataFrame(
        {
            "period": last,
            "unit_id": np.repeat(units, STANDARDS),
            "criterion_id": codes * len(units),
            "self_points": np.round(claimed, 1),
        }
    )
    agreed = rng.random(len(claims)) < 0.05
    claims["agreed_points"] = np.where(agreed, np.round(claims["self_points"] - 1, 1), np.nan)
    claims["reason"] = np.where(agreed, "Thẩm định lại hồ sơ minh chứng", "")
    claims.to_csv(folder / "criterion_scores.csv", index=False)
    return folder


PROVINCES = 34
HISTORY_YEARS = range(2019, 2026)  # seven years of ratings and awards
RESULT_YEARS = range(2021, 2026)  # ten periods of results, 2021-H1 … 2025
FORMED, PARTS = 1056, 3  # communes formed in 2025 from three old ones each, as the 2025 resolutions did
FORMS = RULES.replace(
    'predecessors = "show"', 'predecessors = "count"'
).replace(  # the sample's forms, the lineage counted
    "is shown, and the council decides whether it counts", "counts as its own"
)


def build_history(folder: Path, seed: int = 13) -> Path:
    """The workload of `emulation proposals --year 2025`'s bar: the national dataset with results of 2021-2025
    (ten periods, 990,000 rows) in 34 provinces, a rating for every unit and year 2019-2025 (a few units held),
    ~7,700 awards (some revoked or thematic), 1,056 communes formed in 2025 from three old ones each, grades named
    as the ratings (`ladder`), and the sample's award forms with the lineage's history counted (`predecessors =
    "count"`)."""
    base = build(folder.parent / "national-2025", years=RESULT_YEARS)
    if (folder / "awards.csv").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    for name in ("members", "indicators", "results"):  # the same files, not copies of 90 MB
        target = folder / f"{name}.csv"
        if not target.is_symlink():
            target.symlink_to((base / f"{name}.csv").resolve())
    clusters = pd.read_csv(base / "clusters.csv")
    clusters["province"] = [f"Tỉnh {index % PROVINCES + 1:02d}" for index in range(len(clusters))]
    clusters.to_csv(folder / "clusters.csv", index=False)
    units = pd.read_csv(base / "units.csv")["unit_id"].to_numpy()
    old = np.array([f"O{index:04d}" for index in range(FORMED * PARTS)])
    pd.concat(
        [
            pd.read_csv(base / "units.csv"),
            pd.DataFrame({"unit_id": old, "name": [f"Xã cũ {code[1:]}" for code in old], "kind": "xã"}),
        ]
    ).to_csv(folder / "units.csv", index=False)
    everyone = np.concatenate([units, old])
    years = np.repeat(list(HISTORY_YEARS), len(everyone))
    ratings = rng.choice(
        ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"],
        len(years),
        p=[0.8, 0.15, 0.05],
    )
    unit_years = pd.DataFrame(
        {
            "year": years,
            "unit_id": np.tile(everyone, len(HISTORY_YEARS)),
            "rating": ratings,
            "hold": np.where(rng.random(len(years)) < 0.005, "Đang thanh tra", ""),
        }
    )
    formed, first = units[:FORMED], RESULT_YEARS[-1]  # the formed units' earlier years are their predecessors'
    unit_years = unit_years[
        ~(unit_years["unit_id"].isin(formed) & (unit_years["year"] < first))
        & ~(unit_years["unit_id"].isin(old) & (unit_years["year"] >= first))
    ]
    unit_years.to_csv(folder / "unit_years.csv", index=False)
    pd.DataFrame(
        {"unit_id": np.repeat(formed, PARTS), "predecessor_id": old, "year": first, "note": "Nhập toàn bộ"}
    ).to_csv(folder / "predecessors.csv", index=False)
    count = 7800
    awards = pd.DataFrame(
        {
            "unit_id": rng.choice(everyone, count),
            "award": rng.choice(["Bằng khen của Chủ tịch UBND tỉnh", "Cờ thi đua của UBND tỉnh"], count, p=[0.7, 0.3]),
            "year": rng.integers(2016, first, count),
            "kind": np.where(rng.random(count) < 0.05, "chuyên đề", ""),
            "decision": [f"{number}/QĐ-UBND" for number in rng.integers(100, 3000, count)],
            "revoked": np.where(rng.random(count) < 0.01, "có", ""),
        }
    )
    awards.drop_duplicates().to_csv(folder / "awards.csv", index=False)
    at_plan = int(pd.read_csv(base / "indicators.csv")["max_points"].sum())  # a unit's total with every plan met
    (folder / "rules.toml").write_text(ladder(at_plan) + FORMS, encoding="utf-8")
    return folder


def ladder(at_plan: int) -> str:
    """Grades named as the ratings, by the total against the total at plan: the rating of a year without a
    unit_years rating is then its grade in the year's whole-year period (contract section 8)."""
    steps = [("Hoàn thành xuất sắc nhiệm vụ", 0.95), ("Hoàn thành tốt nhiệm vụ", 0.85), ("Hoàn thành nhiệm vụ", 0.5)]
    return (
        "".join(f'[[grades]]\nname = "{name}"\nmin_total = {round(share * at_plan, 1)}\n\n' for name, share in steps)
        + '[[grades]]\nname = "Không hoàn thành nhiệm vụ"\n\n'
    )
