"""The words of published results and corrections (docs/reference.md, "Published results and corrections"), for
the catalogue (`catalogue.CATALOGUE`): the slip warnings, `publish`, `diff` and the report's section."""

from __future__ import annotations

from .catalogue_commands import Pair

MESSAGES: dict[str, Pair] = {
    "actual_year_before": ("Thực hiện gấp từ 10 lần trở lên hoặc chỉ bằng một phần mười trở xuống so với cùng kỳ năm trước "
                           "({other_period}: {other_actual}, dòng {other_row}): có gõ nhầm không?",
                           "The actual is at least 10 times, or at most a tenth of, the same period a year before "
                           "({other_period}: {other_actual}, row {other_row}): a typing slip?"),
}
