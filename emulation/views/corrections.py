"""What changed since publication, in words a board writes (docs/reference.md, "Published results and
corrections"): unit and indicator names, Vietnamese numbers, the award changes first ("Xã A: Bằng khen →
không; Xã B: không → Bằng khen"), and a short paragraph for the report in the narrative's phrasing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import cast

import pandas as pd

from ..data.schema import TABLES
from ..engine.input_changes import SEPARATOR
from .words import format_number, period_name, word

SHOWN_EXAMPLES = 3  # input changes named in the report's paragraph


@dataclass(frozen=True)
class Names:
    """The names a board reads instead of codes: units, indicators and criteria by code."""

    units: dict[str, str]
    indicators: dict[str, str]
    criteria: dict[str, str]

    @classmethod
    def of(cls, *datasets) -> Names:
        """Names from the datasets, the first that names a code winning (the current data, then the published)."""

        def merged(table: str, key: str) -> dict[str, str]:
            names: dict[str, str] = {}
            for dataset in reversed(datasets):
                frame = getattr(dataset, table)
                names |= dict(zip(frame[key].astype("str"), frame["name"].astype("str")))
            return names

        return cls(merged("units", "unit_id"), merged("indicators", "indicator_id"), merged("criteria", "criterion_id"))


def value_text(value: object, lang: str) -> str:
    """A value as read (numbers in the language's convention, 1.234,5); blank as "(trống)"."""
    # pandas-stubs has no isna overload for an object
    blank = value is None or (not isinstance(value, str) and pd.isna(value))  # type: ignore[call-overload]
    text = "" if blank else str(value)
    if text == "":
        return word("correction.blank", lang)
    try:
        number = float(text)
    except ValueError:
        return text
    decimals = len(text.partition(".")[2]) if "e" not in text.lower() else 6
    return format_number(number, min(decimals, 6), lang)


def award_text(value: str, lang: str) -> str:
    if value in ("", "none"):
        return word("correction.none_award", lang)
    return word(f"award.{value}", lang) if value in ("flag", "commendation") else value


def result_value(column: str, value: str, lang: str) -> str:
    if column == "award":
        return award_text(value, lang)
    if value == "":
        return word("correction.blank", lang)
    if column == "total":
        return format_number(float(value), 2, lang)
    if column == "passed_over":
        return (
            word(f"passed_over.{value}", lang) if value in ("missing_data", "below_min_total", "below_grade") else value
        )
    return value


def award_changes(diff: pd.DataFrame, names: Names, lang: str) -> list[str]:
    """Reads "Xã A: Bằng khen → không", one per unit whose award changed, in the diff's order."""
    awards = diff[(diff["part"] == "result") & (diff["column"] == "award")]
    return [
        f"{names.units.get(key, key)}: {award_text(old, lang)} → {award_text(new, lang)}"
        for key, old, new in zip(awards["key"], awards["published"], awards["current"])
    ]


def result_lines(diff: pd.DataFrame, names: Names, lang: str) -> list[str]:
    """One line per unit that moved: each changed result with both values."""
    results = diff[diff["part"] == "result"]
    lines = []
    for unit, group in results.groupby("key", sort=False):
        moved = "; ".join(
            f"{word(f'correction.{column}', lang)} {result_value(column, old, lang)} → "
            f"{result_value(column, new, lang)}"
            for column, old, new in zip(group["column"], group["published"], group["current"])
        )
        unit = cast(str, unit)  # a groupby key of the text column "key"
        lines.append(f"{names.units.get(unit, unit)} ({unit}): {moved}")
    return lines


def input_line(line: tuple, names: Names, lang: str, period: str | None = None) -> str:
    """A changed input (table, key, column, published, current) as a board reads it: the table, the row by its
    names, the column, both values. Given the `period` (a report's own), a result row is named by its unit and
    indicator alone."""
    table, key, column, published, current = line
    if table == "rules.toml":
        place = f"{word('correction.settings', lang)} · {key}" + (f" · {column}" if column not in ("", "value") else "")
        if not column:
            return f"{place}: {word('correction.added' if current else 'correction.removed', lang)}"
        return f"{place}: {value_text(published, lang)} → {value_text(current, lang)}"
    spec = TABLES.get(table)
    table_name = (spec.vi if lang == "vi" else spec.name) if spec else table
    parts = [_key_part(part, names) for part in key.split(SEPARATOR)]
    place = f"{table_name} · {' · '.join(parts)}"
    if period is not None and table == "results":
        place = " · ".join(parts[1:])
    if not column:
        side = current or published
        return f"{place}: {word('correction.added' if current else 'correction.removed', lang)} ({side})"
    column_name = (
        next((c.vi if lang == "vi" else c.name for c in spec.columns if c.name == column), column) if spec else column
    )
    return f"{place} · {column_name}: {value_text(published, lang)} → {value_text(current, lang)}"


def _key_part(part: str, names: Names) -> str:
    for table in (names.units, names.indicators, names.criteria):
        if part in table:
            return table[part]
    return part


def moment(when: str, lang: str = "vi") -> str:
    """The manifest's time of publication as people write it: 09:22 ngày 07/12/2026 (vi), 2026-12-07 09:22 (en)."""
    try:
        stamp = datetime.datetime.fromisoformat(when)
    except ValueError:
        return when
    return stamp.strftime("%H:%M ngày %d/%m/%Y" if lang == "vi" else "%Y-%m-%d %H:%M")


def diff_text(diff: pd.DataFrame, names: Names, period: str, when: str, lang: str = "vi") -> str:
    """The whole difference for people: a heading, the award changes, the units that moved, the inputs."""
    inputs, results = diff[diff["part"] == "input"], diff[diff["part"] == "result"]
    shown, when = period_name(period, lang), moment(when, lang)
    if diff.empty:
        return word("correction.nothing", lang, period=shown, when=when) + "\n"
    out = [
        word(
            "correction.heading",
            lang,
            period=shown,
            when=when,
            inputs=format_number(len(inputs), 0, lang),
            units=format_number(results["key"].nunique(), 0, lang),
        )
    ]
    awards = award_changes(diff, names, lang)
    if awards:
        out += ["", word("correction.awards", lang, listed="; ".join(awards))]
    if len(results):
        out += ["", word("correction.results", lang)] + [f"- {line}" for line in result_lines(diff, names, lang)]
    if len(inputs):
        out += ["", word("correction.inputs", lang)] + [
            f"- {input_line(row, names, lang)}"
            for row in inputs[["table", "key", "column", "published", "current"]].itertuples(index=False)
        ]
    out += ["", paragraph(diff, names, period, lang)]
    return "\n".join(out) + "\n"


def paragraph(diff: pd.DataFrame, names: Names, period: str, lang: str = "vi") -> str:
    """The report's paragraph: how many inputs were corrected (the first named), the awards, then the ranks and
    totals that moved, in the narrative's phrasing."""
    inputs, results = diff[diff["part"] == "input"], diff[diff["part"] == "result"]
    shown = period_name(period, lang)
    if diff.empty:
        return word("correction.paragraph_none", lang, period=shown)
    sentences = []
    if len(inputs):
        examples = [
            input_line(row, names, lang, period)
            for row in inputs[["table", "key", "column", "published", "current"]]
            .head(SHOWN_EXAMPLES)
            .itertuples(index=False)
        ]
        if len(inputs) > SHOWN_EXAMPLES:
            examples.append(word("correction.more", lang, count=format_number(len(inputs) - SHOWN_EXAMPLES, 0, lang)))
        sentences.append(
            word(
                "correction.paragraph",
                lang,
                period=shown,
                count=format_number(len(inputs), 0, lang),
                examples=word("correction.examples", lang, listed="; ".join(examples)),
            )
        )
    awards = award_changes(diff, names, lang)
    if awards:
        sentences.append(word("correction.paragraph_awards", lang, listed="; ".join(awards)))
    ranks = results[results["column"] == "rank"]
    if len(ranks):
        moves = [
            word(
                "correction.rank_up" if new != "" and old != "" and int(new) < int(old) else "correction.rank_down",
                lang,
                unit=names.units.get(key, key),
                old=old or "—",
                new=new or "—",
            )
            for key, old, new in zip(ranks["key"], ranks["published"], ranks["current"])
        ]
        sentences.append(word("correction.paragraph_ranks", lang, listed="; ".join(moves)))
    totals = results[results["column"] == "total"]
    if len(totals) and not len(ranks):
        moves = [
            f"{names.units.get(key, key)} {result_value('total', old, lang)} → {result_value('total', new, lang)}"
            for key, old, new in zip(totals["key"], totals["published"], totals["current"])
        ]
        sentences.append(word("correction.paragraph_totals", lang, listed="; ".join(moves)))
    return " ".join(sentences)
