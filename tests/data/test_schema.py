"""One declaration per table (data.schema.TABLES): the columns, dtypes and key of every table a `Dataset` holds,
whatever the data holds, and the empty tables, merge's keys and the public dtypes read from it."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import tables, write_csv_folder

from emulation.data.dataset import open_dataset
from emulation.data.dtypes import empty
from emulation.data.schema import TABLES


def declared(frame: pd.DataFrame) -> dict[str, str]:
    """A frame's columns and dtypes as the schema spells them; a categorical of periods is `period`."""
    spelled = {}
    for column, dtype in frame.dtypes.items():
        if isinstance(dtype, pd.CategoricalDtype):
            assert str(dtype.categories.dtype) == "str", (column, dtype.categories.dtype)
            spelled[column] = "period" if dtype.ordered else "category"
        else:
            spelled[column] = str(dtype)
    return spelled


@pytest.mark.parametrize("data", ["sample", "tiny"])
def test_every_table_has_the_declared_columns_and_dtypes_in_order(tmp_path, data):
    # the sample holds every table; the tiny data only the required ones (the others are empty, still typed)
    dataset = open_dataset(None if data == "sample" else write_csv_folder(tmp_path / "tiny", tables()))
    for name, table in TABLES.items():
        assert declared(getattr(dataset, name)) == table.dtypes, name


def test_a_period_is_one_ordered_categorical_in_time_order_in_every_table():
    dataset = open_dataset()
    dtypes = {
        name: getattr(dataset, name)["period"].dtype for name, table in TABLES.items() if "period" in table.dtypes
    }
    assert set(dtypes) == {"results", "adjustments", "votes", "criterion_scores"}
    assert len(set(dtypes.values())) == 1
    assert list(dtypes["results"].categories[:3]) == ["2017-H1", "2017", "2018-H1"]  # a half before its year


def test_an_empty_table_has_its_columns_before_the_dataset_types_them():
    frame = empty("adjustments")
    assert frame.empty and list(frame.columns) == list(TABLES["adjustments"].dtypes)
    assert str(frame["period"].dtype) == "str" and str(frame["points"].dtype) == "float64"


def test_every_contract_column_is_in_its_table_and_every_key_is_a_contract_column():
    for table in TABLES.values():
        contract = [column.name for column in table.columns]
        assert set(contract) <= set(table.dtypes), table.name
        assert table.key and set(table.key) <= set(contract), table.name
