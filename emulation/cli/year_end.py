"""The commands of the year end's paperwork and of the screen: template, merge (docs/reference.md, "The year
end"), lab and dashboard. Each is the `handler` its subcommand sets in `parser.build_parser`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..views.words import word
from .common import EXIT_OK, Refused, opened, outside, warn, writable, written


def template(args: argparse.Namespace) -> int:
    """An empty workbook, or one pre-filled `--from` a dataset for `--period` (a unit's own copy with `--unit`)."""
    # first: its files are read while the imports below load pandas
    dataset = opened(args, args.source) if args.source else None
    from ..data.periods import is_period
    from ..excel.input_workbook import write_template

    if args.period and (dataset is None or not is_period(args.period)):
        raise Refused("bad_argument", detail=f"--period {args.period}")
    if args.unit and not args.period:
        raise Refused("bad_argument", detail="--unit: --from DATA --period P")
    if dataset is not None and args.period:
        _members_of(dataset, int(args.period[:4]), args.unit or [])
    write_template(writable(args.out, ".xlsx"), dataset, args.period, args.unit)
    written(args.out, args.lang)
    return EXIT_OK


def _members_of(dataset, year: int, units: list[str]) -> None:
    """Refuses a template for a year with no cluster members, or for a unit that is no member that year."""
    members = dataset.members
    if not (members["year"] == year).any():
        raise Refused(
            "unknown_year_arg", year=year, known=", ".join(map(str, sorted(set(members["year"].astype(int)))))
        )
    present = list(members.loc[members["year"] == year, "unit_id"].astype(str))
    for unit in units:
        if unit not in present:
            raise Refused("unknown_unit_arg", unit=unit, year=year, known=", ".join(present))


def merge(args: argparse.Namespace) -> int:
    """The inputs (a board's folder, the units' workbooks) merged cell by cell into OUT; the merged data's
    warnings and problems at the submission's cell the clerk corrects."""
    from ..data.dataset import open_dataset
    from ..data.problems import DataError
    from ..excel.merge import located, merge_inputs, write_merged

    out = Path(args.out)
    inputs = _expanded(args.inputs)
    outside(out, inputs)
    merged = merge_inputs(inputs)
    for path in write_merged(merged, out):
        written(path, args.lang)
    if merged.rules_text is None:  # never silently: grades and award forms live in rules.toml
        print(
            f"{word('message.warning', args.lang)}: {word('message.merge_without_rules', args.lang)}", file=sys.stderr
        )
    try:
        warn(located(merged, out, open_dataset(out).warnings), args.lang)
    except DataError as error:  # a partial merge is normal: say what is still wrong
        warn(located(merged, out, error.entries), args.lang)
    return EXIT_OK


def _expanded(inputs: list[str]) -> list[Path]:
    """The inputs, a pattern (nop\\*.xlsx) expanded as a POSIX shell would: Windows' shells pass it as typed.
    Excel's lock files of workbooks open on this PC (~$name.xlsx) are not submissions."""
    import glob

    paths: list[Path] = []
    for source in inputs:
        if glob.has_magic(source) and not Path(source).exists():
            matched = sorted(path for path in glob.glob(source) if not Path(path).name.startswith("~$"))
            if not matched:
                raise Refused("no_match", pattern=source)
            paths += [Path(path) for path in matched]
        else:
            paths.append(Path(source))
    return paths


def lab(args: argparse.Namespace) -> int:
    """JupyterLab on the user's folder, the explorer's notebooks copied there first (never over the user's)."""
    from ..jupyter.dashboard import launch, prepare_lab_folder

    for path in prepare_lab_folder(args.notebook_dir):
        written(path, args.lang)
    launch("lab", args.port, None, args.notebook_dir, None, None)
    return EXIT_OK


def dashboard(args: argparse.Namespace) -> int:
    """The explorer under Voilà; the meeting's `--data` opens here or not at all: never a blank screen."""
    from ..jupyter.dashboard import launch, meeting_root

    root = args.data_root
    if args.data:
        opened(args, args.data)
        root = meeting_root(args.data, root)
        if root is None:
            raise Refused(
                "data_outside_root", path=args.data, root=args.data_root, parent=Path(args.data).resolve().parent
            )
    launch("dashboard", args.port, root, ".", args.template, args.data)
    return EXIT_OK
