"""emulation: attainment, scores, charts and reports for emulation and commendation boards.

The stages, each a module, data flowing one way:
load and validate (`load`, `numbers`, `cells`, `validate`, `dataset`) → `attainment` → `scores` →
`comparisons` → `analysis` (one call for a period) → `narrative` → `figures` and `tables` → `widgets` and
`dashboard` → `reports`, `pages` and `batch` → `export`, `template`, `merge`, `images`, `slides` → `cli`.
Shared: `schema` (the contract's tables), `rules`, `periods`, `i18n` (every user-facing word), `text`,
`problems`, `files` (atomic writes) and `spreadsheet` (safe cells).
"""

__version__ = "0.1.0"
