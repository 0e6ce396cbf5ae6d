"""Atomic output: a file or a folder of files appears whole or not at all, even when the run is interrupted or
the machine loses power (written beside, flushed to disk, then renamed), with the permissions the user's umask
gives a new file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _flushed(path: Path) -> None:
    """The file's bytes on disk before it takes its name (a rename alone can outlive the data after a crash)."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _flush_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside `target`; renamed onto it when the block succeeds, removed when it fails."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _flushed(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a new file of the user's gets what umask allows
        os.replace(temporary, target)
        _flush_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_folder(target: str | Path) -> Iterator[Path]:
    """A temporary folder beside `target` to write files into. When the block succeeds, a new `target` is that
    folder renamed (it appears whole or not at all); into an existing one each file is renamed in turn, only
    after every file was written, and the folder's other files are left as they are."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        yield temporary
        for file in temporary.rglob("*"):  # files in subfolders too (a published archive's results/)
            if file.is_dir():
                os.chmod(file, 0o777 & ~_umask())
                continue
            _flushed(file)
            os.chmod(file, 0o666 & ~_umask())
        if target.exists():
            for file in sorted(temporary.iterdir()):
                os.replace(file, target / file.name)
            _flush_folder(target)
        else:
            os.chmod(temporary, 0o777 & ~_umask())
            os.replace(temporary, target)
            _flush_folder(target.parent)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def write_text(target: str | Path, text: str) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding="utf-8")
