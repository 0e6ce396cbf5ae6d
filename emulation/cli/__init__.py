"""The `emulation` command (docs/reference.md, "Command line"): validate, attainment, scores, criteria, summary, report…"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import signal
import sys
import tempfile
import traceback
from pathlib import Path

from ..views.words import format_number, grouped, problem_records, word
from .parser import Refused, build_parser, requested_lang

EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # not when a caller replaced it (a StringIO in tests)
            stream.reconfigure(encoding="utf-8")
    argv = sys.argv[1:] if argv is None else argv
    lang = requested_lang(argv)
    previous = signal.signal(signal.SIGTERM, _stop)  # so that 'finally' blocks remove half-written files
    args = None
    try:
        args = _trimmed(build_parser(lang).parse_args(argv))
        return _run(args)
    except Refused as refusal:
        print(word(f"message.{refusal.code}", lang, **refusal.params), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt as stop:
        print(word("message.interrupted", lang), file=sys.stderr)
        return getattr(stop, "status", 130)
    except BrokenPipeError:
        sys.stderr = open(os.devnull, "w")  # the reader went away (| head); nothing more to say
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback reaches the user
        from ..data.problems import DataError

        if isinstance(error, DataError):
            _refused(error, lang, args)
            return EXIT_REFUSED
        handle, log = tempfile.mkstemp(prefix="emulation-error-", suffix=".log")
        with os.fdopen(handle, "w") as file:
            traceback.print_exc(file=file)
        print(word("message.internal_error", lang, detail=f"{type(error).__name__}; {log}"), file=sys.stderr)
        return EXIT_PARTIAL
    finally:
        signal.signal(signal.SIGTERM, previous)


def _trimmed(args: argparse.Namespace) -> argparse.Namespace:
    """Every command's codes alike: the period, clusters and units as the data's codes are read (NFC, trimmed),
    a period in its canonical spelling (2025-h1 is 2025-H1)."""
    from ..data.periods import parse_periods
    from ..data.text import clean

    for name in ("period", "cluster", "unit"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, clean(value))
        elif isinstance(value, list):
            setattr(args, name, [clean(item) for item in value])
    if getattr(args, "period", None):
        import pandas as pd

        canonical = parse_periods(pd.Series([args.period]))["period"].iloc[0]
        args.period = canonical if isinstance(canonical, str) else args.period
    return args


def _refused(error, lang: str, args: argparse.Namespace | None) -> None:
    """Every problem of a refused dataset: grouped on the screen; complete as JSON on standard output with
    `validate --format json`, or in the file `--problems` names."""
    problems = error.entries
    print(word("message.refused", lang, count=format_number(error.count, 0, lang)), file=sys.stderr)
    for line in grouped(problems, lang):
        print(f"- {line}", file=sys.stderr)
    if args is not None and getattr(args, "command", None) == "validate" and args.format == "json":
        sys.stdout.write(json.dumps(problem_records(problems, lang), ensure_ascii=False, indent=1) + "\n")
    elif args is not None and getattr(args, "problems", None):
        _write_problems(args.problems, problems, lang)


def _write_problems(path: str, problems: list, lang: str) -> None:
    from ..files import write_text

    write_text(path, json.dumps(problem_records(problems, lang), ensure_ascii=False, indent=1) + "\n")


def _stop(signum: int, _frame) -> None:
    from ..data.problems import Interrupted

    raise Interrupted(signum)


def _run(args: argparse.Namespace) -> int:
    from ..data.csv_files import ReadAhead  # pyarrow alone: the data folder is read while pandas is imported below

    ahead = ReadAhead.start(args.data) if hasattr(args, "data") else None
    from ..data.dataset import open_dataset
    from ..data.problems import DataError

    if args.command in ("lab", "dashboard"):
        from ..jupyter.dashboard import launch, meeting_root, prepare_lab_folder

        root = getattr(args, "data_root", None)
        if args.command == "lab":
            for path in prepare_lab_folder(args.notebook_dir):
                print(word("message.written", args.lang, path=path))
        elif args.data:  # the meeting's data opens here or not at all: never a blank screen in the room
            _warn(open_dataset(args.data, ahead).warnings, args.lang)
            root = meeting_root(args.data, root)
            if root is None:
                raise Refused("data_outside_root", path=args.data, root=args.data_root,
                              parent=Path(args.data).resolve().parent)
        launch(args.command, args.port, root, getattr(args, "notebook_dir", "."),
               getattr(args, "template", None), getattr(args, "data", None))
    if args.command == "template":
        from ..data.periods import is_period
        from ..excel.input_workbook import write_template

        dataset = open_dataset(args.source) if args.source else None
        if args.period and (dataset is None or not is_period(args.period)):
            raise Refused("bad_argument", detail=f"--period {args.period}")
        if args.unit and not args.period:
            raise Refused("bad_argument", detail="--unit: --from DATA --period P")
        if dataset is not None and args.period:
            _template_members(dataset, int(args.period[:4]), args.unit or [])
        write_template(_writable(args.out, ".xlsx"), dataset, args.period, args.unit)
        print(word("message.written", args.lang, path=args.out))
        return EXIT_OK
    if args.command == "merge":
        from ..excel.merge import located, merge_inputs, write_merged

        out = Path(args.out)
        inputs = _expanded(args.inputs)
        if any(out.resolve() == source.resolve() for source in inputs):
            raise Refused("bad_argument", detail=f"{out} is also an input")
        merged = merge_inputs(inputs)
        for path in write_merged(merged, out):
            print(word("message.written", args.lang, path=path))
        if merged.rules_text is None:  # never silently: grades and award forms live in rules.toml
            print(f"{word('message.warning', args.lang)}: {word('message.merge_without_rules', args.lang)}", file=sys.stderr)
        try:  # the merged data's warnings (a slip) and problems, at the submission's cell the clerk corrects
            _warn(located(merged, out, open_dataset(out).warnings), args.lang)
        except DataError as error:  # a partial merge is normal: say what is still wrong
            _warn(located(merged, out, error.entries), args.lang)
        return EXIT_OK

    if args.command in ("publish", "diff"):  # docs/reference.md, "Published results and corrections"
        from .corrections import run

        return run(args, ahead, _warn, _chosen_clusters)
    dataset = open_dataset(args.data, ahead)
    _warn(dataset.warnings, args.lang)
    if args.command == "validate" and args.format == "json":
        sys.stdout.write(json.dumps(problem_records(dataset.warnings, args.lang), ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    if args.command == "validate":
        print(word("message.valid", args.lang, clusters=len(dataset.clusters), units=len(dataset.units),
                      indicators=len(dataset.indicators), results=len(dataset.results),
                      periods=", ".join(dataset.periods)))
        return EXIT_OK
    if args.command == "proposals":
        return _proposals(args, dataset)
    if args.command == "dossier":
        from .dossier import dossier_command

        return dossier_command(args, dataset)
    from ..engine.analysis import analyse

    clusters = _chosen_clusters(dataset, args.period, args.cluster)
    if args.command == "report":
        return _report(args, dataset, clusters)
    if args.command == "slides":
        _slides(args, dataset, clusters)
        return EXIT_OK
    analysis = analyse(dataset, args.period, clusters)
    if args.command == "export":
        from ..data.archive import publication_day
        from ..excel.score_sheet import write_score_sheet
        from ..views.awards import Awards

        write_score_sheet(analysis, _writable(args.out, ".xlsx"), args.lang, publication_day(args.data),
                          awards=Awards.of(dataset, args.period),
                          **_year_proposals(dataset, args.period))
        print(word("message.written", args.lang, path=args.out))
        return EXIT_OK
    warnings = analysis.warnings()
    _warn(warnings, args.lang)
    if getattr(args, "problems", None):
        _write_problems(args.problems, dataset.warnings + warnings, args.lang)
    sys.stdout.write(_render(args, analysis, dataset))
    return EXIT_OK


def _proposals(args: argparse.Namespace, dataset) -> int:
    """The province's proposal list of a year: as a board sends it up, or with the contract's columns."""
    from ..engine.proposals import NoAwardForms, proposals
    from ..views import proposals as words
    from ..views import terminal

    years = _years(dataset)
    if args.year not in years:
        raise Refused("unknown_year_arg", year=args.year, known=", ".join(map(str, years)))
    try:
        table, warnings = proposals(dataset, args.year)
    except NoAwardForms:
        raise Refused("no_award_forms") from None
    for key in warnings:
        print(f"{word('message.warning', args.lang)}: {word(f'message.{key}', args.lang, year=args.year)}", file=sys.stderr)
    names = dataset.unit_names
    if args.format == "table":
        sys.stdout.write(words.proposal_list(table, names, args.lang))
    else:
        frame = words.machine_table(table, names, args.lang)
        sys.stdout.write(terminal.to_csv(frame) if args.format == "csv" else terminal.to_json(frame))
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


def _template_members(dataset, year: int, units: list[str]) -> None:
    """Refuses a template for a year with no cluster members, or for a unit that is no member that year."""
    members = dataset.members
    if not (members["year"] == year).any():
        raise Refused("unknown_year_arg", year=year, known=", ".join(map(str, sorted(set(members["year"].astype(int))))))
    present = list(members.loc[members["year"] == year, "unit_id"].astype(str))
    for unit in units:
        if unit not in present:
            raise Refused("unknown_unit_arg", unit=unit, year=year, known=", ".join(present))


def _years(dataset) -> list[int]:
    """The years the data speaks of: its clusters' members, results, ratings and awards."""
    found = {int(year) for frame in (dataset.members, dataset.results, dataset.unit_years, dataset.awards)
             for year in frame["year"].dropna().unique()}
    return sorted(found)


def _year_proposals(dataset, period: str) -> dict:
    """A whole-year period's proposal list for the score sheet, when rules.toml lists award forms."""
    from ..engine.proposals import year_proposals

    table = year_proposals(dataset, period)
    return {} if table is None else {"proposals": table, "names": dataset.unit_names}


def _writable(out: str, suffix: str) -> str:
    if not out.lower().endswith(suffix):
        raise Refused("bad_argument", detail=f"{out}: {suffix}")
    return out


def _report(args: argparse.Namespace, dataset, clusters: list[str]) -> int:
    """The batch: every written file announced, every failure named with its cause; 1 if any failed."""
    from ..publish.batch import run_reports
    from ..publish.index import write_home, write_index
    from ..publish.naming import report_paths, safe_name

    if args.workers < 1:
        raise Refused("bad_argument", detail="--workers ≥ 1")
    if args.published:  # refused unless the archive is one of the report's period
        from .corrections import published

        published(args.published, args.period)
    outcomes = run_reports(args.data, [(args.period, cluster) for cluster in clusters], args.out, args.workers,
                           args.lang, progress=sys.stderr.isatty(), published=args.published)
    if args.published:  # the home page marks the period when the data differs from what was published
        from .corrections import record_corrections

        record_corrections(args.published, dataset, args.period, Path(args.out))
    index = write_index(dataset, args.period, outcomes, args.out, args.lang)
    for outcome in outcomes:
        if outcome.ok:
            print(word("message.written", args.lang, path=report_paths(Path(args.out), args.period, outcome.cluster)[1]))
        else:
            print(word("message.report_failed", args.lang, cluster=outcome.cluster, cause=outcome.error), file=sys.stderr)
    print(word("message.written", args.lang, path=index))
    print(word("message.written", args.lang, path=write_home(dataset, Path(args.out), args.lang)))
    done = [outcome.cluster for outcome in outcomes if outcome.ok]
    if args.images:
        from ..publish.images import notebook_figures, write_images

        charts = [(f"{path.stem}-{number:02d}", figure) for path in (report_paths(Path(args.out), args.period, c)[0] for c in done)
                  for number, figure in enumerate(notebook_figures(path), start=1)]
        for path in write_images(charts, Path(args.out) / safe_name(args.period), tuple(args.images.split(","))):
            print(word("message.written", args.lang, path=path))
    if args.slides:
        _slides(args, dataset, done)
    return EXIT_OK if all(outcome.ok for outcome in outcomes) else EXIT_PARTIAL


def _slides(args: argparse.Namespace, dataset, clusters: list[str]) -> None:
    from ..files import write_text
    from ..publish.naming import slides_path
    from ..publish.slides import slide_deck

    for cluster in clusters:
        target = slides_path(Path(args.out), args.period, cluster)
        write_text(target, slide_deck(dataset, args.period, cluster, args.lang))
        print(word("message.written", args.lang, path=target))


def _render(args: argparse.Namespace, analysis, dataset) -> str:
    from ..views.awards import Awards

    awards = Awards.of(dataset, args.period)  # the forms' names and the year's holds, as the report reads them
    if args.command == "summary":
        from ..views.narrative import summary_text

        return "\n\n".join(summary_text(analysis, cluster, args.lang, awards) for cluster in args.cluster) + "\n"
    from ..views import terminal as output

    if args.command == "criteria" and analysis.criteria.empty:
        print(word("message.no_guide", args.lang), file=sys.stderr)
    if args.format == "table":
        if args.command == "scores":
            return output.scores_table(analysis, args.lang, awards)
        tables = {"attainment": output.attainment_table, "criteria": output.criteria_table}
        return tables[args.command](analysis, args.lang)
    frame = output.machine_table(analysis, args.command)
    return output.to_csv(frame) if args.format == "csv" else output.to_json(frame)


def _chosen_clusters(dataset, period: str, chosen: list[str] | None) -> list[str]:
    if period not in dataset.periods:
        raise Refused("unknown_period_arg", period=period, known=", ".join(dataset.periods))
    present = dataset.clusters_in(period)
    for cluster in chosen or []:
        if cluster not in present:
            raise Refused("unknown_cluster_arg", cluster=cluster, period=period, known=", ".join(present))
    return chosen or present


def _warn(warnings: list, lang: str) -> None:
    for line in grouped(warnings, lang):
        print(f"{word('message.warning', lang)}: {line}", file=sys.stderr)


def program() -> None:
    """The `emulation` program: `main` in a process of its own, which ends once it has answered (the console
    script enters through `emulation.__main__`, which sets NumPy's environment first)."""
    status = main()
    # what is left are the imported modules' objects: frozen, the interpreter's exit does not scan them all
    # for cycles (~0.1 s once pandas is imported; the process's memory goes back to the system either way)
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    program()
