"""The first run, all or nothing.

A first run on a nearly full disk used to stop part-way: a key file and half a database in the
data folder, a raw driver error, then "already exists" on the next try and "damaged, restore
from a backup" once space was freed, for an install that never finished.

Now everything is made in a hidden staging folder inside the data folder (same disk):

1. the key file, the database file (0600), its schema, and whatever ``prepare`` writes (the
   consultant's profile, the demo residents), through a Database of its own;
2. that Database is closed: SQLite checkpoints the WAL into the file and removes it. A WAL that is
   still there means the checkpoint did not fit: that is a full disk too;
3. then two renames into the data folder: the database first, its key file last. Only the key
   file makes the folder a Nabij folder (VaultState.READY needs both).

Any error on the way removes the staging folder and what was moved, and is raised as DiskFull
(or StorageError) naming the data folder, never as driver text. A crash leaves the staging folder
only; ``tidy_leftovers`` (run by Vault.state) removes it at the next start, or, after a crash
between the two renames (the database in place, its key file still staged), completes the move.
No Qt here.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import DBAPIError, OperationalError

from app.storage import keyfile, migrations, permissions
from app.storage.database import Database, _plain_error
from app.storage.engine import connect_raw
from app.storage.errors import DiskFull, StorageError
from app.storage.fileops import fsync_dir, fsync_file, is_disk_full

log = logging.getLogger(__name__)

STAGING_PREFIX = ".first-run-"
_O_BINARY: int = getattr(os, "O_BINARY", 0)
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
NEARLY_FULL = 1 << 20  # bytes free: a new database needs about 0.5 MiB


def create_in_place(
    data_dir: Path,
    db_name: str,
    key_name: str,
    passphrase: str,
    kdf: keyfile.KdfParams | None,
    prepare: Callable[[Database], None] | None,
) -> tuple[bytearray, str]:
    """Make a new key, key file and database (with ``prepare`` run on it) and move them into
    ``data_dir`` last. Returns (data key, database id). Raises DiskFull or StorageError, and then
    ``data_dir`` holds neither file. The caller has checked that neither exists yet."""
    db_path, key_path = data_dir / db_name, data_dir / key_name
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        permissions.tighten_folder(data_dir)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data_dir))  # 0700
    except OSError as exc:
        raise _plain(exc, data_dir) from None
    dek = keyfile.new_dek()
    db_id = keyfile.new_db_id()
    moved = False
    try:
        keyfile.write(staging / key_name, keyfile.wrap(dek, passphrase, db_id, kdf))
        _make_database(staging / db_name, dek, db_id, prepare)
        fsync_file(staging / key_name)
        os.replace(staging / db_name, db_path)  # the database first ...
        moved = True
        os.replace(staging / key_name, key_path)  # ... its key file last: now it is a Nabij folder
    except BaseException as exc:
        for i in range(len(dek)):
            dek[i] = 0
        if moved:
            _unlink(db_path)
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, Exception):
            raise _plain(exc, data_dir) from None
        raise
    try:
        fsync_dir(data_dir)
    except OSError as exc:  # both files are in place; a later save fsyncs the folder again
        log.warning("the data folder could not be flushed after the first run: %s", exc.strerror or type(exc).__name__)
    shutil.rmtree(staging, ignore_errors=True)
    return dek, db_id


def _make_database(path: Path, dek: bytearray, db_id: str, prepare: Callable[[Database], None] | None) -> None:
    # Created by us, owner-only: SQLite gives the -wal and -shm the database file's mode.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, permissions.PRIVATE_FILE))
    con = connect_raw(path, dek)
    con.close()
    database = Database(path, bytearray(dek), db_id)  # a copy of its own: close() zeroes it
    try:
        migrations.upgrade(database.engine)
        if prepare is not None:
            prepare(database)
    finally:
        database.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # The last close could not checkpoint: the file would miss what the WAL holds.
        raise DiskFull(f"Not enough disk space to finish the new database in {path.parent}.", folder=path.parent)
    fsync_file(path)


def _nearly_full(data_dir: Path) -> bool:
    try:
        return shutil.disk_usage(data_dir).free < NEARLY_FULL
    except OSError:
        return False


def _plain(exc: BaseException, data_dir: Path) -> BaseException:
    """Any failure of a first run as DiskFull or StorageError about the data folder (no driver text).

    A refused write (SQLite's I/O error: on a full disk SQLite often meets the end of the space in a
    write it cannot tell from a failing disk) is a full disk when the disk is nearly full."""
    if isinstance(exc, StorageError) and exc.code == "disk.refused" and _nearly_full(data_dir):
        exc = DiskFull("disk full", folder=data_dir)
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and is_disk_full(exc)):
        return DiskFull(
            f"Not enough disk space in {data_dir} for a new database. Nothing was created; free some space.",
            folder=data_dir,
        )
    if isinstance(exc, OperationalError):
        plain = _plain_error(exc, data_dir)
        if plain is not None:
            return _plain(plain, data_dir)
    if isinstance(exc, sqlcipher3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == _SQLITE_FULL or "database or disk is full" in str(exc):
            return _plain(DiskFull("disk full", folder=data_dir), data_dir)
        if code == _SQLITE_IOERR or str(exc).startswith("disk I/O error"):
            if _nearly_full(data_dir):
                return _plain(DiskFull("disk full", folder=data_dir), data_dir)
            return StorageError(
                f"The disk refused a write in {data_dir}; nothing was created.", code="disk.refused", folder=data_dir
            )
    if isinstance(exc, StorageError):
        if exc.code == "disk.refused":
            return StorageError(
                f"The disk refused a write in {data_dir}; nothing was created.", code="disk.refused", folder=data_dir
            )
        if exc.code != "file.write_failed":
            return exc
    if isinstance(exc, OSError | DBAPIError | sqlcipher3.Error | StorageError):
        if isinstance(exc, StorageError):
            detail = exc.params.get("detail", exc.code)
        else:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return StorageError(
            f"Could not create the database in {data_dir}: {detail}. Nothing was created.",
            code="file.write_failed",
            path=data_dir,
            detail=detail,
        )
    return exc


def tidy_leftovers(data_dir: Path, db_name: str, key_name: str) -> None:
    """What an interrupted first run left: its staging folder goes (it holds only encrypted data of an
    install that never finished). After a crash between the two renames it is completed instead."""
    try:
        leftovers = [p for p in data_dir.glob(STAGING_PREFIX + "*") if p.is_dir()]
    except OSError:
        return
    for staging in leftovers:
        try:
            staged_key = staging / key_name
            if (
                staged_key.is_file()
                and not (staging / db_name).exists()
                and (data_dir / db_name).is_file()
                and not (data_dir / key_name).exists()
            ):
                os.replace(staged_key, data_dir / key_name)
                fsync_dir(data_dir)
                log.warning("an interrupted first run was completed: its key file was moved into place")
        except OSError as exc:
            log.warning("an interrupted first run could not be completed: %s", exc.strerror or type(exc).__name__)
            continue
        shutil.rmtree(staging, ignore_errors=True)


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
