"""The code helpers every table's validation uses: spreading per-code values to rows, finding keys."""

import numpy as np
import pandas as pd

from emulation.data.cells import positions, spread
from emulation.data.tree import unrestricted


def test_spread_gives_each_code_its_value_and_the_blank_for_minus_one():
    codes = np.array([2, 0, -1, 1, 2], dtype=np.int8)  # a categorical's codes: -1 is a blank cell
    assert spread(np.array([2024, 2023, 2025]), codes, 0).tolist() == [2025, 2024, 0, 2023, 2025]
    assert spread(np.array([True, False, True]), codes, False).tolist() == [True, True, False, False, True]
    assert spread(np.array([7, -1, 300]), codes, -1).tolist() == [300, 7, -1, -1, 300]


def test_spread_keeps_values_beyond_the_smallest_integer_types():
    codes = np.array([1, 0, -1])
    assert spread(np.array([-2**40, 2**40]), codes, 0).tolist() == [2**40, -2**40, 0]
    assert spread(np.array([70_000, 3]), codes, -1).tolist() == [3, 70_000, -1]


def test_positions_of_text_and_categorical_keys_with_blanks_and_unknown_ones():
    index = pd.Index(["T1", "T2", "T3"], dtype="str")
    keys = pd.Series(["T3", None, "T9", "T1", "T3"], dtype="str")
    assert positions(keys, index).tolist() == [2, -1, -1, 0, 2]
    assert positions(keys.astype("category"), index).tolist() == [2, -1, -1, 0, 2]


def test_a_criterion_is_unrestricted_only_when_no_ancestor_names_a_cluster_or_year():
    criteria = pd.DataFrame({"criterion_id": ["a", "a1", "b", "b1", "c"], "parent_id": [None, "a", None, "b", None],
                             "cluster_id": [None, None, "C1", None, None], "year": [np.nan, np.nan, np.nan, np.nan, 2024]})
    assert unrestricted(criteria).to_dict() == {"a": True, "a1": True, "b": False, "b1": False, "c": False}
