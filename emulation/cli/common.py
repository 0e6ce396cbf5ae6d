"""What the commands share: exit codes, refusals of arguments the data does not have, warnings on the screen,
the dataset each command opens."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from ..errors import EmulationError
from ..views.words import grouped, problem_records, word

EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED = 0, 1, 2


class Refused(EmulationError):
    """Arguments the data does not support: exit 2 with a message (a catalogue key and its values)."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code, self.params = code, params


def opened(args: argparse.Namespace, source: str | None = None):
    """The dataset of `source` (by default the command's DATA, the sample when left out), its warnings on the
    screen. Its files are read on a thread while pandas is imported (docs/performance.md, `ReadAhead`)."""
    from ..data.csv_files import ReadAhead  # pyarrow alone

    path = args.data if source is None else source
    ahead = ReadAhead.start(path)
    from ..data.dataset import open_dataset

    imports_frozen()
    dataset = open_dataset(path, ahead)
    warn(dataset.warnings, args.lang)
    return dataset


def imports_frozen() -> None:
    """`gc.freeze()` once pandas is imported: the modules' objects (hundreds of thousands, pandas' above all)
    leave the collector's generations, so that the collections the data and the engine set off (some 240 a
    national proposal list) no longer scan them (docs/performance.md, "Tricks in the code")."""
    gc.freeze()


def warn(warnings: list, lang: str) -> None:
    """Warnings on standard error, grouped as problems are (docs/reference.md, "Errors")."""
    for line in grouped(warnings, lang):
        print(f"{word('message.warning', lang)}: {line}", file=sys.stderr)


def write_problems(path: str, problems: list, lang: str) -> None:
    """Every problem, complete, as JSON in the file `--problems` names."""
    import json

    from ..files import write_text

    write_text(path, json.dumps(problem_records(problems, lang), ensure_ascii=False, indent=1) + "\n")


def written(path: object, lang: str) -> None:
    print(word("message.written", lang, path=path))


def chosen_clusters(dataset, period: str, chosen: list[str] | None) -> list[str]:
    """The clusters asked for, or every cluster of the period; a period or a cluster the data does not have is
    refused with those it has."""
    if period not in dataset.periods:
        raise Refused("unknown_period_arg", period=period, known=", ".join(dataset.periods))
    present = dataset.clusters_in(period)
    for cluster in chosen or []:
        if cluster not in present:
            raise Refused("unknown_cluster_arg", cluster=cluster, period=period, known=", ".join(present))
    return chosen or present


def known_year(dataset, year: int) -> int:
    """`year`, or a refusal naming the years the data speaks of (its members, results, ratings and awards)."""
    found = sorted(
        {
            int(value)
            for frame in (dataset.members, dataset.results, dataset.unit_years, dataset.awards)
            for value in frame["year"].dropna().unique()
        }
    )
    if year not in found:
        raise Refused("unknown_year_arg", year=year, known=", ".join(map(str, found)))
    return year


def writable(out: str, suffix: str) -> str:
    """`out` when it names a file of `suffix` (.xlsx), else a refusal."""
    if not out.lower().endswith(suffix):
        raise Refused("bad_argument", detail=f"{out}: {suffix}")
    return out


def outside(out: Path, inputs: list[Path]) -> None:
    """Refuses an output that is also one of the inputs (inputs are never written)."""
    if any(out.resolve() == source.resolve() for source in inputs):
        raise Refused("bad_argument", detail=f"{out} is also an input")
