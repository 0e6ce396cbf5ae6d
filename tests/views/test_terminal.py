"""The machine-readable CSV: every kind of cell written as the contract's readers expect it."""

import numpy as np
import pandas as pd

from emulation.views.terminal import to_csv


def test_csv_cells_blank_for_missing_floats_in_shortest_form_and_text_quoted_only_where_needed():
    frame = pd.DataFrame(
        {
            "total": [279.84009917305605, 1e16, 1.5e-05, -0.0, np.nan],
            "note": pd.array(['a,"b"', "hai\ndòng", None, "", "=1+1"], dtype="str"),
            "rank": pd.array([1, None, 3, 4, 5], dtype="Int64"),
            "award_tie": [True, False, False, True, False],
            "cluster_id": pd.Categorical(["K1", None, "K2", "K1", "K2"]),
        }
    )
    assert to_csv(frame) == (
        "total,note,rank,award_tie,cluster_id\n"
        '279.84009917305605,"a,""b""",1,True,K1\n'
        '1e+16,"hai\ndòng",,False,\n'
        "1.5e-05,,3,False,K2\n"
        "-0.0,,4,True,K1\n"
        ",=1+1,5,False,K2\n"
    )
    assert to_csv(frame) == frame.to_csv(index=False, lineterminator="\n")  # as pandas writes it, cell for cell
