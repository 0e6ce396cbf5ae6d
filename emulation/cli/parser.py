"""The `emulation` command's arguments, every help text and argparse's own phrases in the chosen language."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from .. import __version__
from ..views.words import argparse_message, translated_headings, word
from . import commands, corrections, year_end
from .common import Refused
from .dossier import dossier


class _Parser(argparse.ArgumentParser):
    """A parser that speaks `lang` through argparse's public hooks: its help and usage texts are translated as
    `format_help` and `format_usage` return them, and its errors in `error`, which also exits with status 2
    and a message, never a traceback."""

    def __init__(self, *args: Any, lang: str = "vi", **kwargs: Any) -> None:
        kwargs["add_help"] = False  # our own -h, in `lang`
        super().__init__(*args, **kwargs)
        self.lang = lang
        self.add_argument("-h", "--help", action="help", help=word("argparse.show this help message and exit", lang))

    def format_usage(self) -> str:
        return translated_headings(super().format_usage(), self.lang)

    def format_help(self) -> str:
        return translated_headings(super().format_help(), self.lang)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise Refused("bad_argument", detail=argparse_message(message, self.lang))


def requested_lang(argv: list[str]) -> str:
    """The --lang asked for, read before parsing so that even argument errors speak it."""
    for position, argument in enumerate(argv):
        if argument == "--lang=en" or (argument == "--lang" and argv[position + 1 : position + 2] == ["en"]):
            return "en"
    return "vi"


def build_parser(lang: str = "vi") -> argparse.ArgumentParser:
    """The parser with every help text in `lang` (argparse's own phrases too, see `_Parser`); each command sets
    its `handler`, the function that runs it (`cli.main` calls `args.handler(args)`)."""

    def text(key: str, **params: object) -> str:
        return word(f"cli.{key}", lang, **params).replace("%", "%%")  # argparse %-formats help texts

    parser = _Parser(prog="emulation", description=word("cli.description", lang), lang=lang)
    parser.add_argument("--version", action="version", version=f"emulation {__version__}", help=text("version"))
    subcommands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, title=text("commands"))

    def command(name: str, handler: Callable[[argparse.Namespace], int], data: bool = True) -> argparse.ArgumentParser:
        sub = subcommands.add_parser(name, help=text(name), description=word(f"cli.{name}", lang), lang=lang)
        sub.set_defaults(handler=handler)
        if data:
            sub.add_argument("data", nargs="?", help=text("data"))
        sub.add_argument("--lang", choices=["vi", "en"], default="vi", help=text("lang"))
        return sub

    def period_and_clusters(sub: argparse.ArgumentParser, one_cluster: bool = False) -> None:
        sub.add_argument("--period", required=True, help=text("period"))
        sub.add_argument(
            "--cluster", action="append", required=one_cluster, help=text("one_cluster" if one_cluster else "cluster")
        )

    sub = command("validate", commands.validate)
    sub.add_argument("--format", choices=["table", "json"], default="table", help=text("validate_format"))
    for name in ("attainment", "scores", "criteria"):
        sub = command(name, commands.tabulate)
        period_and_clusters(sub)
        sub.add_argument("--format", choices=["table", "csv", "json"], default="table", help=text("format"))
        sub.add_argument("--problems", metavar="FILE", help=text("problems"))
    period_and_clusters(command("summary", commands.tabulate), one_cluster=True)
    sub = command("report", commands.report)
    period_and_clusters(sub)
    sub.add_argument("--out", default="reports", help=text("out_folder"))
    sub.add_argument("--workers", type=int, default=os.cpu_count() or 1, help=text("workers"))
    sub.add_argument("--images", nargs="?", const="png", choices=["png", "svg", "png,svg"], help=text("images"))
    sub.add_argument("--slides", action="store_true", help=text("with_slides"))
    sub.add_argument("--published", metavar="ARCHIVE", help=text("published"))
    sub = command("slides", commands.slides)
    period_and_clusters(sub)
    sub.add_argument("--out", default="reports", help=text("out_folder"))
    sub = command("export", commands.export)
    period_and_clusters(sub)
    sub.add_argument("--out", required=True, help=text("out_xlsx"))
    sub = command("proposals", commands.proposals)
    sub.add_argument("--year", type=int, required=True, help=text("year"))
    sub.add_argument("--format", choices=["table", "csv", "json"], default="table", help=text("format"))
    sub = command("dossier", dossier)
    sub.add_argument("--year", type=int, required=True, help=text("year"))
    sub.add_argument("--out", help=text("out_dossier"))
    sub.add_argument("--templates", metavar="DIR", help=text("templates"))
    sub.add_argument("--date", help=text("date"))
    sub = command("template", year_end.template, data=False)
    sub.add_argument("out", help=text("out_xlsx"))
    sub.add_argument("--from", dest="source", help=text("from"))
    sub.add_argument("--period", help=text("template_period"))
    sub.add_argument("--unit", action="append", help=text("template_unit"))
    sub = command("merge", year_end.merge, data=False)
    sub.add_argument("out", help=text("out_merged"))
    sub.add_argument("inputs", nargs="+", help=text("inputs"))
    sub = command("publish", corrections.publish)
    sub.add_argument("--period", required=True, help=text("period"))
    sub.add_argument("--out", required=True, help=text("archive_out"))
    sub = command("diff", corrections.diff, data=False)
    sub.add_argument("archive", help=text("archive"))
    sub.add_argument("data", nargs="?", help=text("data"))
    sub.add_argument("--format", choices=["table", "csv", "json"], default="table", help=text("format"))
    for name, port in (("lab", 8888), ("dashboard", 8866)):
        sub = command(name, getattr(year_end, name), data=False)
        sub.add_argument("--port", type=int, default=port, help=text("port", port=port))
    subcommands.choices["dashboard"].add_argument("--data-root", help=text("data_root"))
    subcommands.choices["dashboard"].add_argument(
        "--template", choices=["default", "projector"], default="default", help=text("look")
    )
    subcommands.choices["dashboard"].add_argument("--data", help=text("dashboard_data"))
    subcommands.choices["lab"].add_argument("--notebook-dir", default=".", help=text("notebook_dir"))
    return parser
