"""The `emulation` command (docs/reference.md, "Command line"): validate, attainment, scores, criteria, summary,
report…"""

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

from ..views.words import format_number, grouped, problem_records, word
from .common import EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED, Refused, write_problems
from .parser import build_parser, requested_lang


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
        return int(args.handler(args))  # each command's function, set by the parser
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
    a period in its canonical spelling (2025-h1 is 2025-H1). Without pandas: the data's files are read while it
    is imported (docs/performance.md, `ReadAhead`)."""
    from ..data.periods import canonical_period
    from ..data.text import clean

    for name in ("period", "cluster", "unit"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, clean(value))
        elif isinstance(value, list):
            setattr(args, name, [clean(item) for item in value])
    if getattr(args, "period", None):
        args.period = canonical_period(args.period) or args.period
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
        write_problems(args.problems, problems, lang)


def _stop(signum: int, _frame) -> None:
    from ..data.problems import Interrupted

    raise Interrupted(signum)


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
