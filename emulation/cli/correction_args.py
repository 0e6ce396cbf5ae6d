"""The arguments of `emulation publish` and `emulation diff` (docs/reference.md, "Published results and
corrections"), added to the parser by `parser.build_parser`."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_commands(command: Callable[..., argparse.ArgumentParser], text: Callable[..., str]) -> None:
    """The two commands' arguments (`command` and `text` are the parser's own helpers)."""
    from .corrections import diff, publish

    sub = command("publish", publish)
    sub.add_argument("--period", required=True, help=text("period"))
    sub.add_argument("--out", required=True, help=text("archive_out"))
    sub = command("diff", diff, data=False)
    sub.add_argument("archive", help=text("archive"))
    sub.add_argument("data", nargs="?", help=text("data"))
    sub.add_argument("--format", choices=["table", "csv", "json"], default="table", help=text("format"))
