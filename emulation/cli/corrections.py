"""`emulation publish` and `emulation diff` (docs/reference.md, "Published results and corrections")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__
from .common import Refused, chosen_clusters, warn, written

EXIT_SAME, EXIT_DIFFERENT = 0, 1


def publish(args: argparse.Namespace) -> int:
    """The period's archive, written whole or not at all, never over an existing folder."""
    from ..data.csv_files import ReadAhead  # pyarrow alone: the data is read while pandas is imported below

    ahead = ReadAhead.start(args.data)
    from ..data.archive import open_with_raw
    from ..data.dataset import SAMPLE
    from ..publish.archive import ArchiveExists, write_archive

    out = Path(args.out)
    if out.exists():
        raise Refused("archive_exists", path=out)
    source = Path(args.data) if args.data is not None else SAMPLE
    dataset, raw = open_with_raw(source, ahead)
    warn(dataset.warnings, args.lang)
    chosen_clusters(dataset, args.period, None)
    try:
        write_archive(source, dataset, raw, args.period, out, __version__)
    except ArchiveExists:
        raise Refused("archive_exists", path=out) from None
    written(out, args.lang)
    return 0


def published(path: str | Path, period: str | None = None, ahead=None):
    """The archive's manifest, dataset and published scores (`data.archive.open_archive`), refused (exit 2)
    when the folder is not an archive of `period`."""
    from ..data.archive import ArchiveRefused, open_archive

    try:
        return open_archive(path, period, ahead)
    except ArchiveRefused as refusal:
        raise Refused(refusal.code, **refusal.params) from None


def diff(args: argparse.Namespace) -> int:
    """Every input and every unit's result that changed since the archive was published: 0 none, 1 some."""
    from ..data.csv_files import ReadAhead  # pyarrow alone: the data is read while pandas is imported below

    ahead = ReadAhead.start(args.data)
    from ..data.archive import read_manifest
    from ..data.dataset import open_dataset
    from ..engine.analysis import analyse
    from ..engine.corrections import changes
    from ..views import terminal
    from ..views.corrections import Names, diff_text

    if read_manifest(Path(args.archive)) is None:
        raise Refused("not_an_archive", path=args.archive)
    archive_ahead = ReadAhead(Path(args.archive))  # read while the current data is validated (tricks: `_diff`)
    current = open_dataset(args.data, ahead)
    manifest, before, scores = published(args.archive, None, archive_ahead)
    warn(current.warnings, args.lang)
    period = manifest["period"]
    units = analyse(current, period).units if period in current.periods else scores.iloc[:0]
    changed = changes(before, current, period, scores, units)
    if args.format == "table":
        sys.stdout.write(
            diff_text(changed, Names.of(current, before), period, manifest.get("published", ""), args.lang)
        )
    else:
        sys.stdout.write(terminal.to_csv(changed) if args.format == "csv" else terminal.to_json(changed))
    return EXIT_DIFFERENT if len(changed) else EXIT_SAME


def record_corrections(archive: str, dataset, period: str, out: Path) -> None:
    """`<out>/<period>/corrections.json`: how many inputs and units differ from the published archive, which
    the home page marks (`publish.index.corrected_mark`)."""
    import json

    from ..engine.analysis import analyse
    from ..engine.corrections import changes
    from ..files import write_text
    from ..publish.index import CORRECTIONS
    from ..publish.naming import safe_name

    _, before, scores = published(archive, period)
    diff = changes(before, dataset, period, scores, analyse(dataset, period).units)
    found = {
        "archive": str(archive),
        "inputs": int((diff["part"] == "input").sum()),
        "units": int(diff.loc[diff["part"] == "result", "key"].nunique()),
    }
    write_text(out / safe_name(period) / CORRECTIONS, json.dumps(found, ensure_ascii=False) + "\n")
