"""Number parsing: the contract's conventions, examples and a round-trip property."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation.data.numbers import parse_numbers
from emulation.views.words import format_number


def parse(values, decimal="auto", workbook=False):
    column = pd.Series(values, dtype=object if workbook else "str")
    return parse_numbers(column, decimal)


def test_vietnamese_convention_when_a_comma_appears():
    parsed = parse(["153,3", "1.234,5", "25.000", "0,33"])
    assert parsed.decimal == ","
    assert parsed.values.tolist() == [153.3, 1234.5, 25000.0, 0.33]


def test_plain_convention_reads_a_single_dot_as_decimal():
    parsed = parse(["21.387", "88.83", "7"])
    assert parsed.decimal == "."
    assert parsed.values.tolist() == [21.387, 88.83, 7.0]


def test_more_than_one_dot_makes_the_column_vietnamese():
    parsed = parse(["1.234.567", "21.387"])
    assert parsed.values.tolist() == [1234567.0, 21387.0]


def test_a_dot_that_does_not_group_three_digits_is_ambiguous():
    parsed = parse(["123.6", "0,33"])
    assert parsed.ambiguous.tolist() == [True, False]
    assert np.isnan(parsed.values[0]) and parsed.values[1] == 0.33


def test_the_last_mark_is_the_decimal_mark_when_both_appear():
    assert parse(["1,234.5", "2,5"]).values.tolist() == [1234.5, 2.5]
    assert parse(["1.234,5"], decimal=".").values.tolist() == [1234.5]


def test_percent_and_per_mille_signs_and_spaces_are_ignored():
    assert parse([" 153,3 % ", "0,16‰", "12%"]).values.tolist() == [153.3, 0.16, 12.0]


def test_forced_convention_overrides_detection():
    assert parse(["21.387"], decimal=",").values.tolist() == [21387.0]
    assert parse(["1,234"], decimal=".").values.tolist() == [1234.0]
    assert parse(["1,5"], decimal=".").ambiguous.tolist() == [True]


def test_text_blank_and_non_numbers_are_told_apart():
    parsed = parse(["abc", "", None, "nan", "12"])
    assert parsed.bad.tolist() == [True, False, False, True, False]
    assert parsed.blank.tolist() == [False, True, True, False, False]


def test_workbook_cells_mix_real_numbers_text_and_dates():
    import datetime

    parsed = parse([1.5, "2,5", None, datetime.date(2020, 1, 2), True], workbook=True)
    assert parsed.values[:2].tolist() == [1.5, 2.5]
    assert parsed.date.tolist() == [False, False, False, True, False]
    assert parsed.bad.tolist() == [False, False, False, False, True]


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_vietnamese_formatted_numbers_read_back(value):
    text = format_number(float(value), 3, "vi")
    parsed = parse([text, "0,5"])  # the comma in the column fixes the Vietnamese convention
    assert parsed.values[0] == pytest.approx(float(value), abs=1e-9)
