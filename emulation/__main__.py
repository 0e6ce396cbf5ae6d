"""The `emulation` program (`python -m emulation` and the console script).

A command is a short process that touches most of its large arrays once or twice. NumPy advises Linux to back
every array of 4 MB or more with huge pages; where transparent huge pages are on "madvise", the first touch
of such an array then costs about three times as much (see docs/performance.md). NumPy reads its documented
`NUMPY_MADVISE_HUGEPAGE` variable when it loads, so the program sets it to 0 before anything imports NumPy,
unless the user chose a value. Report kernels started by the command inherit the setting.
"""

import os


def program() -> None:
    os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
    from .cli import program as run

    run()


if __name__ == "__main__":
    program()
