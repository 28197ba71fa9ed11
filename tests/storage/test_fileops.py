"""The one atomic-write helper: all or nothing, no .part left behind, and never an fsync on a read-only handle.

Windows maps os.fsync to FlushFileBuffers, which refuses a handle opened
read-only with "Permission denied" (a restore failed that way). On POSIX
that mistake goes unnoticed, so ``writable_fsync`` wraps os.fsync and
fails the test when a regular file is fsynced through a read-only fd. On
Windows the real os.fsync makes the same check, so the tests run unwrapped.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from app.storage import backup, fileops
from app.storage.errors import DiskFull, StorageError
from app.storage.fileops import atomic_write, atomic_write_bytes, fsync_dir, fsync_file
from tests.conftest import PASSPHRASE


@pytest.fixture
def writable_fsync(monkeypatch) -> list[int]:
    """os.fsync that asserts a regular file's fd is open for writing. Returns the fds of file fsyncs seen."""
    seen: list[int] = []
    if os.name == "nt":
        return seen  # the real FlushFileBuffers refuses a read-only handle by itself
    import fcntl

    real = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            access = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE
            assert access in (os.O_WRONLY, os.O_RDWR), "fsync on a read-only handle fails on Windows"
            seen.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.skipif(os.name == "nt", reason="the guard is the real os.fsync on Windows")
def test_the_guard_catches_a_read_only_fsync(tmp_path, writable_fsync):
    path = tmp_path / "f.bin"
    path.write_bytes(b"x")
    with open(path, "rb") as fh, pytest.raises(AssertionError, match="read-only"):
        os.fsync(fh.fileno())


def test_fsync_file_uses_a_writable_handle_and_changes_nothing(tmp_path, writable_fsync):
    path = tmp_path / "f.bin"
    path.write_bytes(b"keep me")
    fsync_file(path)
    assert path.read_bytes() == b"keep me"
    if os.name != "nt":
        assert len(writable_fsync) == 1


def test_fsync_dir_is_a_no_op_on_windows(tmp_path, monkeypatch):
    def no_open(*_a: object, **_k: object) -> int:
        raise AssertionError("a folder cannot be opened on Windows")

    monkeypatch.setattr(fileops.os, "open", no_open)
    monkeypatch.setattr(fileops.os, "name", "nt")
    try:
        fsync_dir(tmp_path)
    finally:
        monkeypatch.undo()  # os.name and os.open back before pytest itself needs them


def test_fsync_dir_on_posix(tmp_path):
    fsync_dir(tmp_path)  # no error on a real folder


def test_atomic_write_bytes_replaces_and_leaves_only_the_file(tmp_path, writable_fsync):
    path = tmp_path / "target.bin"
    path.write_bytes(b"old")
    atomic_write_bytes(path, b"new content")
    assert path.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["target.bin"]
    if os.name != "nt":
        assert writable_fsync, "the .part file was fsynced before the rename"


def test_atomic_write_mode_is_applied(tmp_path):
    path = tmp_path / "private.pdf"
    with atomic_write(path, mode=0o600) as out:
        out.write(b"%PDF")
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def _fail_after_first_write(monkeypatch, err: int) -> None:
    real_write = os.write
    calls = {"n": 0}

    def write(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data[:3]))  # a first part lands on disk
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "write", write)


def test_disk_full_mid_write_is_disk_full_and_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "target.bin"
    path.write_bytes(b"old")
    _fail_after_first_write(monkeypatch, errno.ENOSPC)
    with pytest.raises(DiskFull):
        atomic_write_bytes(path, b"a longer new content")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["target.bin"]


def test_other_write_error_is_storage_error_and_leaves_no_part(tmp_path, monkeypatch):
    path = tmp_path / "target.bin"
    _fail_after_first_write(monkeypatch, errno.EIO)
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(path, b"a longer new content")
    assert not isinstance(caught.value, DiskFull)
    assert list(tmp_path.iterdir()) == []


def test_failed_fsync_leaves_no_part(tmp_path, monkeypatch):
    path = tmp_path / "target.bin"
    path.write_bytes(b"old")

    def fsync(_fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(StorageError):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["target.bin"]


def test_failed_rename_leaves_no_part(tmp_path, monkeypatch):
    path = tmp_path / "target.bin"
    path.write_bytes(b"old")

    def replace(_src: object, _dst: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(StorageError):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["target.bin"]


def test_an_exception_in_the_body_or_the_check_leaves_no_part(tmp_path):
    path = tmp_path / "target.bin"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(path) as out:
        out.write(b"half")
        raise RuntimeError("the caller gave up")

    def refuse(part: Path) -> None:
        assert part.read_bytes() == b"checked"  # the check sees the whole, fsynced .part
        raise ValueError("did not read back")

    with pytest.raises(ValueError), atomic_write(path, check=refuse) as out:
        out.write(b"checked")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["target.bin"]


def test_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError):
        atomic_write_bytes(tmp_path / "nope" / "x.bin", b"x")
    assert list(tmp_path.iterdir()) == []


def test_backup_and_restore_fsync_only_writable_handles(db, tmp_path, writable_fsync):
    """The restore failed on Windows with "Permission denied": it fsynced the key file read-only."""
    dest = tmp_path / "usb" / backup.default_backup_name()
    dest.parent.mkdir()
    backup.create_backup(db, dest)
    target = tmp_path / "restored"
    before = len(writable_fsync)
    assert backup.restore_backup(dest, PASSPHRASE, target) == target
    assert sorted(p.name for p in target.iterdir()) == ["nabij.db", "nabij.key"]
    if os.name != "nt":
        assert len(writable_fsync) > before, "restore fsyncs the restored files"
    assert not list(tmp_path.rglob("*.part"))


def test_moving_across_disks_copies_through_atomic_write(tmp_path, monkeypatch, writable_fsync):
    src, dst = tmp_path / "a.db", tmp_path / "b.db"
    src.write_bytes(b"database bytes")
    real_replace = os.replace
    calls = {"n": 0}

    def replace(a: Path, b: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))
        real_replace(a, b)

    monkeypatch.setattr(os, "replace", replace)
    backup._move(src, dst)
    assert dst.read_bytes() == b"database bytes" and not src.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["b.db"]
