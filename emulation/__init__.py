"""emulation: attainment, scores, charts and reports for emulation and commendation boards.

The stages, each a module: load and validate (`load`, `cells`, `validate`, `dataset`) → `attainment` →
`scores` → `comparisons` → `narrative` → figures → widgets → reports → command line (`cli`).
"""

__version__ = "0.1.0"
