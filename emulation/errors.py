"""The one base of every error the package raises on purpose, so that a caller (the command line, a notebook)
can tell the program's refusals from its bugs: `except EmulationError`."""


class EmulationError(Exception):
    """An error the program raises on purpose: refused data or arguments, a missing setting, an unknown word."""


class Unsupported(EmulationError, ValueError):
    """A value the program cannot work with, named in the message: a cluster without results in a period, an
    award route without a function, a unit outside its guide's tree."""
