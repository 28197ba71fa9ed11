"""Small durable file operations: write beside, fsync, rename.

This module is the one place that writes a file "all or nothing":

- ``atomic_write(path)`` (a context manager) streams into ``<name>.part``
  beside ``path``, fsyncs it, optionally lets the caller check it, renames it
  over ``path`` and fsyncs the folder. Any failure removes the ``.part`` file
  and leaves ``path`` as it was; the OSError is raised as is.
- ``atomic_write_bytes(path, data)`` does the same for bytes in memory and
  turns an OSError into DiskFull or StorageError.
- ``fsync_file`` and ``fsync_dir`` flush what is already on disk.

Windows: ``os.fsync`` is FlushFileBuffers there, which refuses a handle
opened read-only ("Permission denied"). Files are therefore only ever
fsynced through a handle opened for writing (never truncating), and
``fsync_dir`` is a no-op on Windows, where a folder cannot be opened.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.storage.errors import DiskFull, StorageError

# errno values meaning "no room": full disk, quota, or a file too big for the filesystem (FAT32 at 4 GiB)
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
# fsync on a folder where the filesystem cannot do it (some network and FUSE filesystems)
_DIR_FSYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})
_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows only: no newline translation


def part_path(path: Path) -> Path:
    """Where ``atomic_write`` stages ``path``: beside it, same folder, same disk."""
    return path.with_name(path.name + ".part")


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in DISK_FULL_ERRNOS


def fsync_file(path: Path) -> None:
    """Flush a file that is already written to disk.

    Opened for writing (O_RDWR, no O_TRUNC: nothing changes): on Windows
    os.fsync fails with "Permission denied" on a read-only handle.
    """
    fd = os.open(path, os.O_RDWR | _O_BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (POSIX).

    A no-op on Windows (a folder cannot be opened there; NTFS journals the
    rename itself) and where the filesystem does not support it.
    """
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)  # a folder can only be opened read-only; POSIX fsyncs that fine
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


class PartFile:
    """The ``.part`` file ``atomic_write`` hands out: unbuffered, every byte or an OSError."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        return total


@contextmanager
def atomic_write(
    path: Path,
    *,
    mode: int = 0o666,
    check: Callable[[Path], None] | None = None,
) -> Iterator[PartFile]:
    """Write ``path`` all or nothing: ``with atomic_write(p) as out: out.write(...)``.

    The bytes go to ``<name>.part`` (created with ``mode``, less the umask),
    which is fsynced and closed; then ``check(part)``, when given, may read it
    back and raise; then it is renamed over ``path`` and the folder fsynced.
    On any exception the ``.part`` file is removed, ``path`` keeps its old
    content, and the exception propagates unchanged.
    """
    path = Path(path)
    part = part_path(path)
    try:
        part.unlink(missing_ok=True)  # left by a crash: O_CREAT would keep its old, perhaps wider, mode
    except OSError:
        pass
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _O_BINARY, mode)
    try:
        try:
            yield PartFile(fd)
            os.fsync(fd)  # fd is open for writing: fine on Windows too
        finally:
            os.close(fd)
        if check is not None:
            check(part)
        os.replace(part, path)
    except BaseException:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o666) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file.

    Raises DiskFull or StorageError (nothing changed, no ``.part`` left behind).
    """
    path = Path(path)
    try:
        with atomic_write(path, mode=mode) as out:
            out.write(data)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(
                f"Not enough disk space to write {path}. Nothing was changed.", folder=Path(path).parent
            ) from None
        raise StorageError(
            f"Could not write {path}: {exc.strerror or exc}. Nothing was changed.",
            code="file.write_failed",
            path=path,
            detail=exc.strerror or type(exc).__name__,
        ) from None
