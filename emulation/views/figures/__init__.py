"""Figures in the manner of plotly express: a tidy DataFrame and column names in, a `go.Figure` out.

Every function takes `data_frame` first, column names with defaults that fit the tables of `analyse`, and
`title`, `lang` and `template` last. Text from the data is escaped before it reaches a figure (plotly reads a
few HTML tags in labels), and numbers follow the language: 153,3% in Vietnamese, 153.3% in English. The
explorer, the dashboard, reports, slides and images all draw these.
"""

from .closeups import indicator_bars, unit_profile
from .comparisons import lineage_trend, province_view, self_points, trend
from .guide import criteria_heatmap, criteria_tree
from .history import unit_history
from .style import PALETTE, TEMPLATES, cluster_colours, column_label_angles, escape, has_points, shortened, wrapped
from .units import attainment_heatmap, ranking

__all__ = [
    "PALETTE",
    "TEMPLATES",
    "attainment_heatmap",
    "cluster_colours",
    "column_label_angles",
    "criteria_heatmap",
    "criteria_tree",
    "escape",
    "has_points",
    "indicator_bars",
    "lineage_trend",
    "province_view",
    "ranking",
    "self_points",
    "shortened",
    "trend",
    "unit_history",
    "unit_profile",
    "wrapped",
]
