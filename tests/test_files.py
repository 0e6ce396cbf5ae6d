"""Atomic writes: flushed to disk before the rename, the user's umask respected, a folder whole or not at all."""

import os
import stat

import pytest

from emulation import files


def test_a_file_is_flushed_before_it_takes_its_name(monkeypatch, tmp_path):
    target = tmp_path / "report.html"
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(files.os, "fsync", lambda handle: events.append("fsync") or real_fsync(handle))
    monkeypatch.setattr(files.os, "replace", lambda a, b: events.append("rename") or real_replace(a, b))
    files.write_text(target, "xin chào")
    assert events == ["fsync", "rename", "fsync"]  # the data, the name, then the folder's entry
    assert target.read_text(encoding="utf-8") == "xin chào"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_new_files_get_what_the_umask_allows(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        files.write_text(tmp_path / "a.txt", "a")
        with files.atomic_folder(tmp_path / "merged") as folder:
            (folder / "units.csv").write_text("x", encoding="utf-8")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "merged" / "units.csv").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "merged").stat().st_mode) == mode | ((mode & 0o444) >> 2)  # r → x on folders


def test_a_folder_appears_whole_or_not_at_all(tmp_path):
    target = tmp_path / "merged"
    with pytest.raises(RuntimeError):
        with files.atomic_folder(target) as folder:
            (folder / "clusters.csv").write_text("a", encoding="utf-8")
            raise RuntimeError("interrupted half way")
    assert list(tmp_path.iterdir()) == []  # neither the folder nor its temporary twin
    with files.atomic_folder(target) as folder:
        (folder / "clusters.csv").write_text("a", encoding="utf-8")
        (folder / "units.csv").write_text("b", encoding="utf-8")
        assert not target.exists()  # nothing shows until every file is written
    assert sorted(path.name for path in target.iterdir()) == ["clusters.csv", "units.csv"]
    (target / "ghi chú.txt").write_text("của người dùng", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with files.atomic_folder(target) as folder:
            (folder / "clusters.csv").write_text("new", encoding="utf-8")
            raise RuntimeError("interrupted")
    assert (target / "clusters.csv").read_text(encoding="utf-8") == "a"  # the earlier merge stands untouched
    with files.atomic_folder(target) as folder:
        (folder / "clusters.csv").write_text("new", encoding="utf-8")
    assert (target / "clusters.csv").read_text(encoding="utf-8") == "new"
    assert (target / "ghi chú.txt").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["merged"]
