"""Small durable file operations: write beside, fsync, rename."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.storage.errors import DiskFull, StorageError


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull(f"Not enough disk space to write {path}. Nothing was changed.") from None
        raise StorageError(f"Could not write {path}: {exc.strerror or exc}. Nothing was changed.") from None
