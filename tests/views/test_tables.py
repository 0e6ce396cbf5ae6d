"""The tables people read: aligned as a spreadsheet aligns them."""

import pandas as pd

from emulation.views.tables import number_columns


def test_a_column_is_numbers_when_every_filled_cell_reads_as_one():
    cells = pd.DataFrame(
        {
            "unit": ["Xã A", "1"],
            "total": ["1.234,5", "−2"],
            "share": ["153,3%", ""],
            "achieved": ["4/7", "0/7"],
            "previous": ["—", "12"],
            "blank": ["", ""],
        }
    )
    assert number_columns(cells) == ["total", "share", "achieved", "previous"]
