"""Periods as the contract writes them (section 1): `YYYY`, `YYYY-Q1`, `YYYY-H1`, `YYYY-9M`."""

import pandas as pd
import pytest

from emulation.data.periods import canonical_period, is_period, parse_periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", True),
        ("2024-H1", True),
        (" 2024-q1 ", True),
        ("2024-9m", True),
        ("2024-H2", False),
        ("24", False),
        ("2024-", False),
        ("2024 H1", False),
        ("", False),
        ("H1-2024", False),
    ],
)
def test_is_period_agrees_with_parse_periods(text, expected):
    assert is_period(text) is expected
    assert parse_periods(pd.Series([text], dtype="str"))["period"].notna().iloc[0] == expected


def test_parse_periods_gives_the_canonical_code_year_and_part():
    parsed = parse_periods(pd.Series([" 2024-h1", "2023", "2023-9M", "2024-H3", None], dtype="str"))
    assert parsed["period"].astype(object).where(parsed["period"].notna(), None).tolist() == [
        "2024-H1",
        "2023",
        "2023-9M",
        None,
        None,
    ]
    assert parsed["year"].tolist() == [2024, 2023, 2023, pd.NA, pd.NA]
    assert parsed["part"].astype(object).where(parsed["part"].notna(), None).tolist() == ["H1", "", "9M", None, None]


@pytest.mark.parametrize(
    "text", [" 2025-h1 ", "2025", "2024-q1", "2024-9m", "２０２５-h1", "2025-H2", "2025-ｈ1", "ß2025", ""]
)
def test_the_command_lines_canonical_period_is_the_one_parse_periods_gives(text):
    parsed = parse_periods(pd.Series([text], dtype="str"))["period"].iloc[0]
    assert canonical_period(text) == (parsed if isinstance(parsed, str) else None)
