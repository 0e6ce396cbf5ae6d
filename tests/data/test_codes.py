"""The code helpers every table's validation uses: spreading per-code values to rows, finding keys."""

import numpy as np
import pandas as pd

from emulation.data.codes import all_distinct, joined, matches, numbered, packed, positions, spread
from emulation.data.tree import unrestricted


def test_spread_gives_each_code_its_value_and_the_blank_for_minus_one():
    codes = np.array([2, 0, -1, 1, 2], dtype=np.int8)  # a categorical's codes: -1 is a blank cell
    assert spread(np.array([2024, 2023, 2025]), codes, 0).tolist() == [2025, 2024, 0, 2023, 2025]
    assert spread(np.array([True, False, True]), codes, False).tolist() == [True, True, False, False, True]
    assert spread(np.array([7, -1, 300]), codes, -1).tolist() == [300, 7, -1, -1, 300]


def test_spread_of_a_table_that_is_every_codes_own_position_gives_the_codes_back():
    codes = np.array([2, 0, -1, 1], dtype=np.int8)
    assert spread(np.arange(3), codes, -1).tolist() == [2, 0, -1, 1]
    assert spread(np.arange(3), codes, 9).tolist() == [2, 0, 9, 1]  # another blank: a real take
    assert spread(np.array([0, 2, 1]), codes, -1).tolist() == [1, 0, -1, 2]


def test_spread_keeps_values_beyond_the_smallest_integer_types():
    codes = np.array([1, 0, -1])
    assert spread(np.array([-(2**40), 2**40]), codes, 0).tolist() == [2**40, -(2**40), 0]
    assert spread(np.array([70_000, 3]), codes, -1).tolist() == [3, 70_000, -1]


def test_positions_of_text_and_categorical_keys_with_blanks_and_unknown_ones():
    index = pd.Index(["T1", "T2", "T3"], dtype="str")
    keys = pd.Series(["T3", None, "T9", "T1", "T3"], dtype="str")
    assert positions(keys, index).tolist() == [2, -1, -1, 0, 2]
    assert positions(keys.astype("category"), index).tolist() == [2, -1, -1, 0, 2]


def test_numbered_counts_groups_in_the_order_they_first_appear_and_finds_their_first_rows():
    keys = pd.DataFrame(
        {
            "period": pd.Categorical(["2024", "2024", "2024", "2024", "2024"]),
            "cluster_id": ["K2", "K1", "K2", "K1", "K2"],
            "unit_id": ["B", "A", "B", "C", "D"],
        }
    )
    number, first = numbered(keys)
    assert number.tolist() == [0, 1, 0, 2, 3]  # as groupby(sort=False).ngroup() numbers them
    assert first.tolist() == [0, 1, 3, 4]


def test_matches_finds_each_row_of_keys_in_a_table_whatever_either_side_holds_as_codes():
    units = pd.DataFrame(
        {"year": pd.array([2024, 2025, 2024, 2024], dtype="Int64"), "unit_id": pd.Categorical(["A", "A", "C", "B"])}
    )
    members = pd.DataFrame(
        {
            "year": pd.array([2024, 2024, 2025], dtype="Int64"),
            "unit_id": ["B", "A", "A"],
            "role": ["head", "member", "deputy"],
        }
    )
    assert matches(units, members).tolist() == [1, 2, -1, 0]  # C is no member; A's row differs by year


def test_joined_spreads_a_tables_columns_to_keys_text_as_categoricals_and_blank_where_absent():
    table = pd.DataFrame(
        {"name": ["Dân số", "Thu ngân sách"], "points": [10.0, 20.0], "flow": [True, False]},
        index=pd.Index(["T1", "T2"], dtype="str"),
    )
    columns = joined(pd.Series(["T2", "T9", "T1", None], dtype="str"), table)
    assert isinstance(columns["name"].dtype, pd.CategoricalDtype)
    assert columns["name"].astype(object).where(columns["name"].notna(), None).tolist() == [
        "Thu ngân sách",
        None,
        "Dân số",
        None,
    ]
    assert columns["points"].tolist()[::2] == [20.0, 10.0] and columns["points"].isna().tolist() == [
        False,
        True,
        False,
        True,
    ]
    assert columns["flow"].tolist() == [False, False, True, False]


def test_packed_keys_are_equal_exactly_where_every_part_is_and_blanks_are_told_apart():
    keys = pd.DataFrame({"period": pd.Categorical(["2024", "2024", None, "2024"]), "unit": ["A", "B", "A", "A"]})
    combined, complete, bound = packed(keys)
    assert combined[0] == combined[3] and len(set(combined[:3].tolist())) == 3
    assert complete.tolist() == [True, True, False, True] and combined.max() < bound


def test_all_distinct_tells_a_repeat_and_leaves_keys_too_sparse_to_mark_to_hashing():
    assert all_distinct(np.array([3, 0, 7]), 8) and not all_distinct(np.array([3, 0, 3]), 8)
    assert not all_distinct(np.array([5, 2**40]), 2**41)  # too sparse: no answer, the caller hashes


def test_a_criterion_is_unrestricted_only_when_no_ancestor_names_a_cluster_or_year():
    criteria = pd.DataFrame(
        {
            "criterion_id": ["a", "a1", "b", "b1", "c"],
            "parent_id": [None, "a", None, "b", None],
            "cluster_id": [None, None, "C1", None, None],
            "year": [np.nan, np.nan, np.nan, np.nan, 2024],
        }
    )
    assert unrestricted(criteria).to_dict() == {"a": True, "a1": True, "b": False, "b1": False, "c": False}
