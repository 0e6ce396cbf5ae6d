"""`emulation dossier`: the year's drafts, the achievement reports, the minutes and the proposals
(docs/reference.md, "Dossier drafts")."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from ..views.words import word
from .common import Refused, known_year, opened, written


def dossier(args: argparse.Namespace) -> int:
    """Every draft of `--year` written under `--out` (default dossiers/<year>/), or a refusal (exit 2) with
    nothing written: no award forms, a bad date, a template that is unreadable or uses an unknown field."""
    dataset = opened(args)  # first: its files are read while the imports below load pandas
    from ..engine.proposals import NoAwardForms
    from ..publish.dossier import TemplateRefused, write_dossier
    from ..views.dossier import dossier as drafted

    known_year(dataset, args.year)
    date = _date(args.date)
    folder = Path(args.templates) if args.templates else None
    if folder is not None and not folder.is_dir():
        raise Refused("no_templates_folder", path=args.templates)
    try:
        drafts, warnings = drafted(dataset, args.year, date)
    except NoAwardForms:
        raise Refused("no_award_forms") from None
    for key in warnings:
        print(
            f"{word('message.warning', args.lang)}: {word(f'message.{key}', args.lang, year=args.year)}",
            file=sys.stderr,
        )
    source = Path(dataset.source)
    forms = {form.name: form.report_template for form in dataset.rules.history.award_forms if form.report_template}
    out = Path(args.out) if args.out else Path("dossiers") / str(args.year)
    try:
        paths = write_dossier(drafts, out, date, folder, source if source.is_dir() else source.parent, forms)
    except TemplateRefused as refusal:
        raise Refused(refusal.code, **refusal.params) from None
    for path in paths:
        written(path, args.lang)
    print(word("message.dossier_written", args.lang, count=len(paths), folder=out))
    return 0


def _date(text: str | None) -> datetime.date:
    if text is None:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise Refused("bad_date", date=text) from None
