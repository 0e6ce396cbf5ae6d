"""Proves that a refactoring changed nothing a user sees on the command line.

Runs `attainment`, `scores` (table, csv, json) and `summary` for every period of the sample, for all clusters
and for each cluster alone, in Vietnamese and English, in this process, and records a sha256 of what each
printed (standard output and standard error together):

    python bench/same_outputs.py --record bench/out/before.json   # on the old code
    python bench/same_outputs.py --check bench/out/before.json    # on the new code: lists every difference

`--data DIR` runs them on another dataset (the keys stay the same). tests/golden/before_guide.json was recorded
on the code before contract section 7, and tests/test_same_outputs.py checks it on the sample without its
rules.toml (whose grades are new): a dataset scored without a guide prints what it printed before.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout

from emulation.cli import main
from emulation.data import dataset as dataset_module
from emulation.data.dataset import open_dataset


def cases(data: str | None = None) -> list[list[str]]:
    dataset = open_dataset(data)
    runs = []
    for period in dataset.periods:
        choices = [[]] + [["--cluster", cluster] for cluster in dataset.clusters_in(period)]
        for lang in ("vi", "en"):
            for chosen in choices:
                for command in ("attainment", "scores"):
                    for form in ("table", "csv", "json"):
                        runs.append([command, "--period", period, *chosen, "--format", form, "--lang", lang])
                if chosen:
                    runs.append(["summary", "--period", period, *chosen, "--lang", lang])
    return runs


def digests(data: str | None = None, chosen=lambda argv: True) -> dict[str, str]:
    """Every case's exit status and the sha256 of what it printed, keyed by its arguments (without the data).

    `chosen` picks some of the cases. The dataset is read once for all of them (the command line reads it anew
    each time; what it prints is the same).
    """
    opened = dataset_module.open_dataset(data)
    original, dataset_module.open_dataset = dataset_module.open_dataset, lambda path=None, ahead=None: opened
    try:
        return {
            " ".join(argv): printed(argv[:1] + ([data] if data else []) + argv[1:])
            for argv in cases(data)
            if chosen(argv)
        }
    finally:
        dataset_module.open_dataset = original


def printed(argv: list[str]) -> str:
    buffers = io.BytesIO(), io.BytesIO()
    out, err = (io.TextIOWrapper(buffer, encoding="utf-8") for buffer in buffers)
    with redirect_stdout(out), redirect_stderr(err):
        status = main(argv)
    out.flush()
    err.flush()
    digest = hashlib.sha256(buffers[0].getvalue() + b"\0" + buffers[1].getvalue()).hexdigest()
    return f"{status}:{digest}"


def main_script() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--record", metavar="FILE")
    action.add_argument("--check", metavar="FILE")
    parser.add_argument("--data", help="a dataset folder or workbook (default: the sample)")
    args = parser.parse_args()
    printed_now = digests(args.data)
    if args.record:
        with open(args.record, "w", encoding="utf-8") as file:
            json.dump(printed_now, file, indent=1, ensure_ascii=False)
        print(f"recorded {len(printed_now)} outputs")
        return 0
    with open(args.check, encoding="utf-8") as file:
        recorded = json.load(file)
    differing = [case for case in recorded if printed_now.get(case) != recorded[case]]
    for case in differing:
        print(f"differs: emulation {case}")
    print(f"{len(recorded) - len(differing)} of {len(recorded)} outputs identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main_script())
