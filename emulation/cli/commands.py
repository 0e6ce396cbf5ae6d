"""The commands that read one dataset and print or write what it gives: validate, attainment, scores, criteria,
summary, export, proposals, report, slides (docs/reference.md, "Command line"). Each is the `handler` its
subcommand sets in `parser.build_parser`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..views.words import problem_records, word
from .common import (
    EXIT_OK,
    EXIT_PARTIAL,
    Refused,
    chosen_clusters,
    known_year,
    opened,
    warn,
    writable,
    write_problems,
    written,
)


def validate(args: argparse.Namespace) -> int:
    """A summary of a valid dataset, or its warnings as JSON (a refused one raises DataError: every problem)."""
    dataset = opened(args)
    if args.format == "json":
        sys.stdout.write(json.dumps(problem_records(dataset.warnings, args.lang), ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    print(
        word(
            "message.valid",
            args.lang,
            clusters=len(dataset.clusters),
            units=len(dataset.units),
            indicators=len(dataset.indicators),
            results=len(dataset.results),
            periods=", ".join(dataset.periods),
        )
    )
    return EXIT_OK


def tabulate(args: argparse.Namespace) -> int:
    """attainment, scores, criteria as a table, CSV or JSON; summary as the narrative paragraph."""
    dataset = opened(args)  # first: its files are read while the import below loads pandas
    from ..engine.analysis import analyse

    analysis = analyse(dataset, args.period, chosen_clusters(dataset, args.period, args.cluster))
    warnings = analysis.warnings()
    warn(warnings, args.lang)
    if getattr(args, "problems", None):
        write_problems(args.problems, dataset.warnings + warnings, args.lang)
    sys.stdout.write(_render(args, analysis, dataset))
    return EXIT_OK


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


def export(args: argparse.Namespace) -> int:
    """The score sheet: every chosen cluster's ranking and scores, a whole year's proposal list."""
    dataset = opened(args)  # first: its files are read while the imports below load pandas
    from ..data.archive import publication_day
    from ..engine.analysis import analyse
    from ..engine.proposals import year_proposals
    from ..excel.score_sheet import write_score_sheet
    from ..views.awards import Awards

    analysis = analyse(dataset, args.period, chosen_clusters(dataset, args.period, args.cluster))
    listed = year_proposals(dataset, args.period)
    write_score_sheet(
        analysis,
        writable(args.out, ".xlsx"),
        args.lang,
        publication_day(args.data),
        awards=Awards.of(dataset, args.period),
        **({} if listed is None else {"proposals": listed, "names": dataset.unit_names}),
    )
    written(args.out, args.lang)
    return EXIT_OK


def proposals(args: argparse.Namespace) -> int:
    """The province's proposal list of a year: as a board sends it up, or with the contract's columns."""
    dataset = opened(args)  # first: its files are read while the imports below load pandas
    from ..engine.proposals import NoAwardForms
    from ..engine.proposals import proposals as listed
    from ..views import proposals as words
    from ..views import terminal

    try:
        table, warnings = listed(dataset, known_year(dataset, args.year))
    except NoAwardForms:
        raise Refused("no_award_forms") from None
    for key in warnings:
        print(
            f"{word('message.warning', args.lang)}: {word(f'message.{key}', args.lang, year=args.year)}",
            file=sys.stderr,
        )
    names = dataset.unit_names
    if args.format == "table":
        sys.stdout.write(words.proposal_list(table, names, args.lang))
    else:
        frame = words.machine_table(table, names, args.lang)
        sys.stdout.write(terminal.to_csv(frame) if args.format == "csv" else terminal.to_json(frame))
    return EXIT_OK


def report(args: argparse.Namespace) -> int:
    """The batch: every written file announced, every failure named with its cause; 1 if any failed."""
    dataset = opened(args)  # first: its files are read while the imports below load pandas
    from ..publish.batch import run_reports
    from ..publish.index import write_home, write_index
    from ..publish.naming import report_paths, safe_name

    clusters = chosen_clusters(dataset, args.period, args.cluster)
    if args.workers < 1:
        raise Refused("bad_argument", detail="--workers ≥ 1")
    if args.published:  # refused unless the archive is one of the report's period
        from .corrections import published

        published(args.published, args.period)
    outcomes = run_reports(
        args.data,
        [(args.period, cluster) for cluster in clusters],
        args.out,
        args.workers,
        args.lang,
        progress=sys.stderr.isatty(),
        published=args.published,
    )
    if args.published:  # the home page marks the period when the data differs from what was published
        from .corrections import record_corrections

        record_corrections(args.published, dataset, args.period, Path(args.out))
    index = write_index(dataset, args.period, outcomes, args.out, args.lang)
    for outcome in outcomes:
        if outcome.ok:
            written(report_paths(Path(args.out), args.period, outcome.cluster)[1], args.lang)
        else:
            print(
                word("message.report_failed", args.lang, cluster=outcome.cluster, cause=outcome.error), file=sys.stderr
            )
    written(index, args.lang)
    written(write_home(dataset, Path(args.out), args.lang), args.lang)
    done = [outcome.cluster for outcome in outcomes if outcome.ok]
    if args.images:
        from ..publish.images import notebook_figures, write_images

        charts = [
            (f"{path.stem}-{number:02d}", figure)
            for path in (report_paths(Path(args.out), args.period, c)[0] for c in done)
            for number, figure in enumerate(notebook_figures(path), start=1)
        ]
        for path in write_images(charts, Path(args.out) / safe_name(args.period), tuple(args.images.split(","))):
            written(path, args.lang)
    if args.slides:
        _slides(args, dataset, done)
    return EXIT_OK if all(outcome.ok for outcome in outcomes) else EXIT_PARTIAL


def slides(args: argparse.Namespace) -> int:
    """A slide deck per chosen cluster."""
    dataset = opened(args)
    _slides(args, dataset, chosen_clusters(dataset, args.period, args.cluster))
    return EXIT_OK


def _slides(args: argparse.Namespace, dataset, clusters: list[str]) -> None:
    from ..files import write_text
    from ..publish.naming import slides_path
    from ..publish.slides import slide_deck

    for cluster in clusters:
        target = slides_path(Path(args.out), args.period, cluster)
        write_text(target, slide_deck(dataset, args.period, cluster, args.lang))
        written(target, args.lang)
