"""Backup and restore: one encrypted file that holds the encrypted database and its key file.

How a backup is made
--------------------
Never by copying the live database file (it is in WAL mode: the file alone
may miss committed pages, and a copy taken during a write is torn). Instead,
on one of the app's own keyed connections:

    ATTACH DATABASE '<staging>' AS nabij_backup KEY "x'<backup key>'";
    BEGIN; SELECT sqlcipher_export('nabij_backup'); COMMIT;
    DETACH DATABASE nabij_backup;

sqlcipher_export reads one consistent snapshot (the BEGIN ... COMMIT around
it) while the app keeps writing, and writes a fresh, compact copy encrypted
under the backup key. Like VACUUM it copies live rows only: free pages with
remnants of deleted text are not carried into the backup. (The SQLite
backup API also works with SQLCipher 4, but copies pages verbatim, free
pages included, so we do not use it.) The staging file lives in the data
folder, which already holds encrypted data; it is checked with
``cipher_integrity_check`` and ``integrity_check``, then packed into the
backup file, which is written beside its destination as ``<name>.part``,
fsynced, read back and checked, and renamed into place. A full disk raises
DiskFull and leaves no partial file; the database is only ever read.

Two modes
---------
- ``same_key``: the copy is encrypted with the database's own data key and
  the backup carries the current key file, so the consultant's passphrase
  (as it was when the backup was made) restores it.
- ``own_passphrase``: a fresh random data key and database id for the copy,
  wrapped under a separate backup passphrase in the same key file format
  (Argon2id + AES-256-GCM). Useful for a copy handed to IT or kept off-site.

File format (version 1), extension ``.nabijbackup``
---------------------------------------------------
::

    offset 0   8 bytes   magic b"NABIJBK" + format version byte (0x01)
    offset 8   4 bytes   N: header length, unsigned big-endian
    offset 12  N bytes   header: UTF-8 JSON (below)
    offset 12+N          the SQLCipher database, exactly header.database.size bytes

The header holds no resident data and no key in the clear::

    {"format": "nabij-backup", "version": 1, "mode": "same_key" | "own_passphrase",
     "created_at": "2026-12-01T09:15:00+00:00", "app_version": "0.1.0",
     "schema_revision": "0002", "cipher_version": "4.19.0 community",
     "database": {"size": 229376, "sha256": "<hex>"},
     "key_file": { ...the nabij-keyfile JSON document... },
     "mac": "<base64 HMAC-SHA256>"}

``mac`` authenticates the whole header (and through ``database.sha256`` the
database bytes) under a key derived from the backup's data key, so a changed
header or database is detected right after the passphrase unwraps the key.
SQLCipher's per-page HMAC checks the pages once more when the copy is opened.

Restoring, and how the app switches
-----------------------------------
``restore_backup(backup, passphrase, target_dir)`` refuses a target folder
that is not empty, unpacks into a hidden staging folder inside it, verifies
everything (key, MAC, checksum, cipher and SQLite integrity, an Alembic
revision this version knows), and only then moves ``nabij.key`` and
``nabij.db`` into the target. Any failure leaves the target empty.

The app then switches to the restored data (the UI part, run off the GUI
thread where it says so):

1. ``target = restore_target_for(data_dir)`` (a new sibling folder, same
   disk) and ``restore_backup(path, passphrase, target)`` in the worker.
2. The controller locks: drafts saved, every connection closed, key dropped.
3. ``replaced = adopt_restored(target, data_dir)`` moves the current
   database, its WAL and its key file into ``data_dir/replaced-<time>/``
   (never deleted automatically) and the restored pair into ``data_dir``.
   The single-instance lock file stays where it is.
4. ``Vault(data_dir, secrets).open_with_passphrase(passphrase)`` (runs
   migrations and stores the key in the OS keyring), then
   ``AuditService.record("restore", "database", None, "ok")`` on the newly
   opened database; the window is rebuilt. Tell the consultant where the
   replaced data was kept. A failed restore is recorded as
   ``record("restore", "database", None, "failed")`` on the current database.

After ``create_backup`` the caller records ``AuditService.record("backup",
"database", None, "ok")`` and ``SettingsService.record_backup(info.created_at)``
(app.services.privacy.BackupService does both).
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import errno
import hashlib
import hmac
import json
import logging
import os
import secrets
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from app import __version__
from app.nesting import nesting_depth
from app.storage import keyfile, migrations, search
from app.storage.database import Database
from app.storage.engine import (
    INDEX_TABLE,
    OWNER_TABLE,
    cipher_version,
    connect_raw,
    driver_connection,
    hex_key_literal,
    sha256_of,
)
from app.storage.errors import (
    DAMAGE_REASONS,
    AlreadyExists,
    DiskFull,
    KdfOutOfBounds,
    KeyFileDamaged,
    KeyProblem,
    StorageError,
)
from app.storage.fileops import atomic_write, atomic_write_bytes, fsync_dir, fsync_file, is_disk_full
from app.storage.vault import DB_NAME, KEY_NAME, check_passphrase
from app.storage.wipe import wipe_str

log = logging.getLogger(__name__)

FORMAT = "nabij-backup"
VERSION = 1
MAGIC_PREFIX = b"NABIJBK"
MAGIC = MAGIC_PREFIX + bytes([VERSION])
SUFFIX = ".nabijbackup"
MAX_HEADER = 1 << 20  # a header Nabij writes is about 1 KiB
_LEN = struct.Struct(">I")
_STAGING_PREFIX = ".backup-staging-"
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_CHUNK = 1 << 20
_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows only: no newline translation

# The parsed JSON header (see the module docstring): its values are whatever JSON holds.
Header = dict[str, Any]


class BackupMode(enum.StrEnum):
    SAME_KEY = "same_key"
    OWN_PASSPHRASE = "own_passphrase"


class BackupError(StorageError):
    """A backup could not be made, read or restored."""

    code = "backup.failed"


class NotABackup(BackupError):
    code = "backup.not_a_backup"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} is not a Nabij backup.", path=self.path)


class BackupDamaged(BackupError):
    code = "backup.damaged"

    def __init__(self, path: Path, why: str) -> None:
        self.path = Path(path)
        super().__init__(
            f"The backup {self.path} cannot be used: {DAMAGE_REASONS[why]}. Nothing was restored.",
            path=self.path,
            why=why,
        )


class TargetNotEmpty(BackupError):
    code = "folder.not_empty"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} is not empty. A backup is only restored into an empty folder.", path=self.path)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    mode: BackupMode
    created_at: datetime  # UTC
    app_version: str
    schema_revision: str
    size: int  # bytes of the backup file
    database_size: int
    seconds: float = 0.0  # how long making it took (0 when only read)


# --- making a backup -----------------------------------------------------------


def default_backup_name(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"nabij-backup-{now:%Y-%m-%d-%H%M%S}{SUFFIX}"


def create_backup(
    database: Database,
    dest: Path,
    *,
    mode: BackupMode = BackupMode.SAME_KEY,
    passphrase: str | None = None,
    kdf: keyfile.KdfParams | None = None,
    overwrite: bool = False,
) -> BackupInfo:
    """Write a verified backup of the open database to ``dest`` (one file).

    ``passphrase`` is the backup's own passphrase and only used with
    BackupMode.OWN_PASSPHRASE. Raises DiskFull (nothing left behind),
    AlreadyExists, KeyProblem or StorageError. The database is only read.
    """
    started = time.monotonic()
    mode = BackupMode(mode)
    dest = Path(dest)
    if mode is BackupMode.OWN_PASSPHRASE:
        check_passphrase(passphrase or "")
    if not database.is_open:
        raise StorageError("The database is locked; unlock it before making a backup.", code="db.locked")
    if dest.exists() and not overwrite:
        raise AlreadyExists(dest)
    if not dest.parent.is_dir():
        raise StorageError(f"The folder {dest.parent} does not exist.", code="folder.missing", path=dest.parent)

    data_dir = database.path.parent
    _remove_stale_staging(data_dir)
    staging = data_dir / f"{_STAGING_PREFIX}{secrets.token_hex(6)}.db"
    dek = database.key_copy()
    backup_key = dek if mode is BackupMode.SAME_KEY else keyfile.new_dek()
    try:
        if mode is BackupMode.SAME_KEY:
            kf = keyfile.read(data_dir / KEY_NAME)
            if not keyfile.dek_matches(kf, dek):
                raise KeyProblem("The key file beside the database does not belong to it; no backup was made.")
        else:
            assert passphrase is not None  # checked above for BackupMode.OWN_PASSPHRASE
            kf = keyfile.wrap(backup_key, passphrase, keyfile.new_db_id(), kdf)
        revision = _export(database, staging, backup_key)
        try:
            _check_database(staging, backup_key, staging)
        except BackupDamaged:
            raise StorageError(
                "The copy of the database did not pass its integrity check, so no backup was "
                "written. The database was not changed; run the self-test.",
                code="backup.copy_failed_check",
            ) from None
        header: Header = {
            "format": FORMAT,
            "version": VERSION,
            "mode": mode.value,
            "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "app_version": __version__,
            "schema_revision": revision,
            "cipher_version": cipher_version(),
            "database": {"size": staging.stat().st_size, "sha256": sha256_of(staging)},
            "key_file": json.loads(kf.to_json()),
        }
        header["mac"] = _mac(backup_key, header)
        header_bytes = json.dumps(header, sort_keys=True, indent=1).encode("utf-8")
        _write_container(dest, header_bytes, staging)
    except OSError as exc:
        raise _os_error(exc, f"Could not prepare the backup in {data_dir}", data_dir) from None
    finally:
        _unlink_db_files(staging)
        _zero(dek)
        _zero(backup_key)
    info = _info_from_header(dest, header)
    return dataclasses.replace(info, seconds=time.monotonic() - started)


def _export(database: Database, staging: Path, key: bytearray) -> str:
    """sqlcipher_export of one snapshot into ``staging``, encrypted under ``key``. Returns the schema revision."""
    raw = database.engine.raw_connection()
    healthy = False
    try:
        con = driver_connection(raw)
        literal = hex_key_literal(key)
        try:
            con.execute("ATTACH DATABASE ? AS nabij_backup KEY ?", (str(staging), literal))
        finally:
            wipe_str(literal)
        try:
            con.execute("PRAGMA nabij_backup.journal_mode = OFF")  # a new file; a failure discards it whole
            con.execute("PRAGMA nabij_backup.synchronous = OFF")  # the backup file is fsynced instead
            con.execute("BEGIN")  # one snapshot: the app may keep writing meanwhile (WAL)
            try:
                row = con.execute("SELECT version_num FROM main.alembic_version").fetchone()
                con.execute("SELECT sqlcipher_export('nabij_backup')")
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
        finally:
            try:
                con.execute("DETACH DATABASE nabij_backup")
                healthy = True
            except sqlcipher3.Error:
                healthy = False
    except sqlcipher3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF  # primary code of an extended one
        if code == _SQLITE_FULL or "database or disk is full" in str(exc):
            raise DiskFull(
                f"Not enough disk space in {staging.parent} to prepare the backup. Nothing was "
                "written and the database was not changed.",
                folder=staging.parent,
            ) from None
        if code == _SQLITE_IOERR:
            raise StorageError(
                f"The disk refused a write in {staging.parent} while preparing the backup (it may "
                "be full, over its quota or failing). Nothing was written and the database was "
                "not changed.",
                code="disk.refused",
                folder=staging.parent,
            ) from None
        raise StorageError(
            f"The backup could not be made ({type(exc).__name__}). The database was not changed.",
            code="backup.failed",
            detail=type(exc).__name__,
        ) from None
    finally:
        if healthy:
            raw.close()
        else:
            raw.invalidate()  # never hand a connection with an attachment back to the pool
    if row is None or not row[0]:
        raise StorageError("The database has no schema revision; no backup was made.", code="backup.no_revision")
    return str(row[0])


def _write_container(dest: Path, header_bytes: bytes, staging: Path) -> None:
    def read_back(part: Path) -> None:
        # a flaky stick or share shows here, not on the day of the restore
        try:
            header, offset = _read_header(part)
            _check_payload(part, header, offset)
        except BackupError:
            raise StorageError(
                f"The backup written to {dest.parent} did not read back correctly, so it was "
                "removed. Try another stick or folder. The database was not changed.",
                code="backup.read_back_failed",
                folder=dest.parent,
            ) from None

    try:
        with atomic_write(dest, mode=0o600, check=read_back) as out:  # owner-only where the disk has modes
            out.write(MAGIC)
            out.write(_LEN.pack(len(header_bytes)))
            out.write(header_bytes)
            with open(staging, "rb") as src:
                shutil.copyfileobj(src, out, _CHUNK)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(
                f"Not enough space in {dest.parent} for the backup "
                f"({_megabytes(staging.stat().st_size)}). Nothing was written there and the "
                "database was not changed.",
                folder=dest.parent,
            ) from None
        raise StorageError(
            f"Could not write the backup to {dest.parent}: {exc.strerror or type(exc).__name__}. "
            "The database was not changed.",
            code="file.write_failed",
            path=dest,
            detail=exc.strerror or type(exc).__name__,
        ) from None


# --- reading and verifying -----------------------------------------------------------


def read_backup_info(path: Path) -> BackupInfo:
    """What a backup says about itself, without the passphrase (nothing here is secret)."""
    header, _offset = _read_header(Path(path))
    return _info_from_header(Path(path), header)


def verify_backup(path: Path, passphrase: str) -> BackupInfo:
    """Open the backup with its passphrase and check it through and through.

    Raises WrongPassphrase, NotABackup or BackupDamaged. Works in a private
    temporary folder that only ever holds encrypted bytes and is removed.
    """
    path = Path(path)
    try:
        with tempfile.TemporaryDirectory(prefix="nabij-verify-") as work:
            info, dek = _unpack(path, passphrase, Path(work))
            _zero(dek)
    except OSError as exc:
        raise _os_error(exc, f"Could not check the backup {path}", path) from None
    return info


def _read_header(path: Path) -> tuple[Header, int]:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            magic = fh.read(len(MAGIC))
            if magic[: len(MAGIC_PREFIX)] != MAGIC_PREFIX:
                raise NotABackup(path)
            if len(magic) < len(MAGIC) or magic != MAGIC:
                if len(magic) == len(MAGIC) and magic[-1] > VERSION:
                    raise BackupDamaged(path, "newer_version")
                raise BackupDamaged(path, "incomplete")
            raw_len = fh.read(_LEN.size)
            if len(raw_len) < _LEN.size:
                raise BackupDamaged(path, "incomplete")
            (n,) = _LEN.unpack(raw_len)
            if n > MAX_HEADER or len(MAGIC) + _LEN.size + n > size:
                raise BackupDamaged(path, "incomplete")
            header_bytes = fh.read(n)
    except FileNotFoundError:
        raise BackupError(f"The backup {path} does not exist.", code="backup.missing", path=path) from None
    except OSError as exc:
        raise BackupError(
            f"The backup {path} cannot be read: {exc.strerror or type(exc).__name__}.",
            code="backup.unreadable",
            path=path,
            detail=exc.strerror or type(exc).__name__,
        ) from None
    try:
        try:
            header = json.loads(header_bytes.decode("utf-8"))
        except RecursionError:  # nested deeper than Python's parser goes
            raise ValueError from None
        if not isinstance(header, dict) or nesting_depth(header, keyfile.MAX_DEPTH) > keyfile.MAX_DEPTH:
            raise ValueError
        if header.get("format") != FORMAT:
            raise ValueError
        if header.get("version") != VERSION:
            raise BackupDamaged(path, "other_version")
        BackupMode(header["mode"])
        datetime.fromisoformat(header["created_at"])
        db_size = int(header["database"]["size"])
        bytes.fromhex(header["database"]["sha256"])
        if (
            not isinstance(header["key_file"], dict)
            or not isinstance(header["mac"], str)
            or not header["mac"].isascii()
            or not isinstance(header["schema_revision"], str)
        ):
            raise ValueError
        # The KDF runs before the MAC can be checked: its parameters are bounded here, before anything else.
        try:
            keyfile.kdf_from_document(header["key_file"].get("kdf"))
        except keyfile.OutOfBounds:
            raise BackupDamaged(path, "kdf_bounds") from None
        except (ValueError, KeyError, TypeError):
            pass  # otherwise malformed: said as "its key file cannot be read" when it is unpacked
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BackupDamaged(path, "header") from None
    offset = len(MAGIC) + _LEN.size + n
    if size < offset + db_size:
        raise BackupDamaged(path, "incomplete")
    if size > offset + db_size:
        raise BackupDamaged(path, "extra_bytes")
    return header, offset


def _check_payload(path: Path, header: Header, offset: int, copy_to: Path | None = None) -> None:
    """Compare the database bytes with the header's checksum, optionally copying them out."""
    h = hashlib.sha256()
    remaining = int(header["database"]["size"])
    out = _create_private(copy_to) if copy_to is not None else None
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            while remaining:
                block = fh.read(min(_CHUNK, remaining))
                if not block:
                    raise BackupDamaged(path, "incomplete")
                h.update(block)
                if out is not None:
                    out.write(block)
                remaining -= len(block)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    finally:
        if out is not None:
            out.close()
    if not hmac.compare_digest(h.hexdigest(), header["database"]["sha256"]):
        raise BackupDamaged(path, "changed")


def _unpack(path: Path, passphrase: str, work: Path) -> tuple[BackupInfo, bytearray]:
    """Key file and database out of the backup into ``work``, fully verified. Returns the key (caller zeroes it)."""
    header, offset = _read_header(path)
    key_path, db_path = work / KEY_NAME, work / DB_NAME
    # the checksum first: a damaged file is reported at once, before the slow passphrase check
    _check_payload(path, header, offset, copy_to=db_path)
    try:
        with _create_private(key_path) as out:
            out.write((json.dumps(header["key_file"], indent=2) + "\n").encode("utf-8"))
        kf = keyfile.read(key_path)
    except KdfOutOfBounds:
        raise BackupDamaged(path, "kdf_bounds") from None
    except KeyFileDamaged:
        raise BackupDamaged(path, "key_unreadable") from None
    dek = keyfile.unwrap(kf, passphrase)  # WrongPassphrase
    try:
        # the MAC covers the header and, through its checksum, the database bytes
        if not keyfile.dek_matches(kf, dek) or not hmac.compare_digest(_mac(dek, header), header["mac"]):
            raise BackupDamaged(path, "changed")
        revision = _check_database(db_path, dek, path)
        if revision != header["schema_revision"]:
            raise BackupDamaged(path, "header_mismatch")
    except BaseException:
        _zero(dek)
        raise
    return _info_from_header(path, header), dek


def _check_database(db_path: Path, key: bytearray, origin: Path, *, repair_index: bool = True) -> str:
    """Cipher and SQLite integrity, and a schema revision this version knows. Returns the revision.

    ``db_path`` is always a copy (the backup's staging file, or what a restore unpacked): a fault that lies
    only in the search index is repaired in it (the index made again from the data), not refused.
    """
    try:
        return _check_once(db_path, key, origin)
    except BackupDamaged as exc:
        if not repair_index or exc.params.get("why") != "search_index":
            raise
    try:
        search.repair_file(db_path, key)
    except sqlcipher3.Error:
        raise BackupDamaged(origin, "structure") from None
    log.warning("the search index of a copy was rebuilt before its check")
    return _check_once(db_path, key, origin)


def _check_once(db_path: Path, key: bytearray, origin: Path) -> str:
    try:
        con = connect_raw(db_path, key, read_only=True)
    except sqlcipher3.DatabaseError:
        raise BackupDamaged(origin, "no_decrypt") from None
    try:
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupDamaged(origin, "integrity")
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise BackupDamaged(
                origin, "search_index" if all(INDEX_TABLE in r or OWNER_TABLE in r for r in rows) else "structure"
            )
        if con.execute("PRAGMA foreign_key_check").fetchall():
            raise BackupDamaged(origin, "references")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError:
        raise BackupDamaged(origin, "no_decrypt") from None
    finally:
        con.close()
    revision = str(row[0]) if row else ""
    if revision not in migrations.all_revisions():
        raise BackupDamaged(origin, "newer_version")
    return revision


# --- restoring -------------------------------------------------------------------------


def restore_target_for(data_dir: Path, now: datetime | None = None) -> Path:
    """A fresh folder beside the data folder (same disk, so adopting it is a rename)."""
    now = now or datetime.now()
    data_dir = Path(data_dir)
    return data_dir.with_name(f"{data_dir.name}-restored-{now:%Y%m%d-%H%M%S}")


def restore_backup(backup_path: Path, passphrase: str, target_dir: Path) -> Path:
    """Restore into an empty (or new) folder and verify it. Returns the folder.

    On any failure the target folder is left empty and nothing else changes.
    Raises TargetNotEmpty, WrongPassphrase, NotABackup, BackupDamaged, DiskFull.
    """
    backup_path, target = Path(backup_path), Path(target_dir)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise TargetNotEmpty(target)
    created = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Cannot create {target}: {exc.strerror or type(exc).__name__}.",
            code="folder.cannot_create",
            path=target,
            detail=exc.strerror or type(exc).__name__,
        ) from None
    staging = target / ".restoring"
    dek = None
    try:
        staging.mkdir()
        _info, dek = _unpack(backup_path, passphrase, staging)
        for name in (KEY_NAME, DB_NAME):  # the key first: never a database without its key
            fsync_file(staging / name)  # the key file was written without; opened writable (Windows)
            os.replace(staging / name, target / name)
        fsync_dir(target)
        staging.rmdir()
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for name in (KEY_NAME, DB_NAME):
            _unlink_quietly(target / name)
        if created:
            try:
                target.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise _os_error(exc, f"Could not restore into {target}", target) from None
        raise
    finally:
        if dek is not None:
            _zero(dek)
    return target


RESTORE_JOURNAL = "nabij.restoring"
# What belongs to the current database and goes aside with it (the close and save notes describe it).
_CURRENT = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, "nabij.closed", "nabij.saves")


def adopt_restored(restored_dir: Path, data_dir: Path, now: datetime | None = None) -> Path | None:
    """Make a restored folder the data folder's content. The database must be closed.

    The current database (with its WAL, shared-memory file, key file and notes) is moved, never
    deleted, into ``data_dir/replaced-<time>/``; that folder is returned (None when the data folder
    held no database). Other files in the data folder (the lock file, logs) stay.

    A journal (``nabij.restoring``) is written before the first move and removed after the last, so
    a crash at any step is finished at the next start (finish_interrupted_restore): the data folder
    then holds either the old or the new database, never none. When a move fails (a file held open
    by another program on Windows), the moves done are undone and StorageError is raised: the old
    database is in place again.
    """
    restored_dir, data_dir = Path(restored_dir), Path(data_dir)
    if not (restored_dir / DB_NAME).is_file() or not (restored_dir / KEY_NAME).is_file():
        raise StorageError(
            f"{restored_dir} does not hold a restored database.", code="backup.nothing_restored", path=restored_dir
        )
    now = now or datetime.now()
    data_dir.mkdir(parents=True, exist_ok=True)
    has_current = any((data_dir / n).exists() for n in _CURRENT)
    replaced = data_dir / f"replaced-{now:%Y%m%d-%H%M%S}" if has_current else None
    journal = {"restored": str(restored_dir), "replaced": str(replaced) if replaced is not None else None}
    atomic_write_bytes(data_dir / RESTORE_JOURNAL, json.dumps(journal).encode("utf-8"))
    try:
        _roll_forward(data_dir, restored_dir, replaced)
    except OSError as exc:
        _roll_back(data_dir, restored_dir, replaced)
        _unlink_quietly(data_dir / RESTORE_JOURNAL)
        log.warning("adopting a restored folder failed and was undone: %s", type(exc).__name__)
        raise StorageError(
            f"The restored database could not be put in place in {data_dir} ({exc.strerror or exc}); "
            "the current one is in place again.",
            code="backup.adopt_failed",
            folder=data_dir,
            detail=exc.strerror or type(exc).__name__,
        ) from None
    (data_dir / RESTORE_JOURNAL).unlink()
    fsync_dir(data_dir)
    try:
        restored_dir.rmdir()
    except OSError:
        pass
    return replaced


def finish_interrupted_restore(data_dir: Path) -> bool:
    """Finish a restore that a crash stopped between its moves (the journal says which). True if there was one.

    Forward when the restored files are still there or already in place; back to the old database
    when the restored folder is gone. Either way the folder holds one whole database afterwards.
    """
    data_dir = Path(data_dir)
    path = data_dir / RESTORE_JOURNAL
    if not path.exists():
        return False
    try:
        journal = json.loads(path.read_text("utf-8"))
        restored_dir = Path(journal["restored"])
        replaced = Path(journal["replaced"]) if journal.get("replaced") else None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("an unreadable restore journal was set aside")
        path.replace(path.with_name(RESTORE_JOURNAL + ".unreadable"))
        return False
    new_left = [n for n in (KEY_NAME, DB_NAME) if (restored_dir / n).is_file()]
    if len(new_left) == 2 or (new_left and (data_dir / KEY_NAME).is_file()) or (data_dir / DB_NAME).is_file():
        _roll_forward(data_dir, restored_dir, replaced)
    elif replaced is not None:
        _roll_back(data_dir, restored_dir, replaced)
    path.unlink()
    fsync_dir(data_dir)
    try:
        restored_dir.rmdir()
    except OSError:
        pass
    log.warning("an interrupted restore was finished at start")
    return True


def _roll_forward(data_dir: Path, restored_dir: Path, replaced: Path | None) -> None:
    """The moves of a restore, each skipped when already done: old files aside, then the key, then the database."""
    if (restored_dir / KEY_NAME).is_file():  # the new files have not started to move: all of data_dir is old
        if replaced is not None:
            replaced.mkdir(exist_ok=True)
            for name in _CURRENT:  # the database and its WAL always travel together
                if (data_dir / name).exists():
                    os.replace(data_dir / name, replaced / name)
            fsync_dir(replaced)
        _move(restored_dir / KEY_NAME, data_dir / KEY_NAME)  # the key first: never a database without its key
    if (restored_dir / DB_NAME).is_file():
        _move(restored_dir / DB_NAME, data_dir / DB_NAME)
    fsync_dir(data_dir)


def _roll_back(data_dir: Path, restored_dir: Path, replaced: Path | None) -> None:
    """Undo the moves: new files back to the restored folder, old ones back from the replaced folder."""
    for name in (DB_NAME, KEY_NAME):
        if (data_dir / name).is_file() and not (restored_dir / name).exists() and replaced is not None:
            if (replaced / name).exists():
                os.replace(data_dir / name, restored_dir / name)
    if replaced is not None and replaced.is_dir():
        for name in _CURRENT:
            if (replaced / name).exists() and not (data_dir / name).exists():
                os.replace(replaced / name, data_dir / name)
        try:
            replaced.rmdir()
        except OSError:
            pass
    fsync_dir(data_dir)


# --- helpers -------------------------------------------------------------------------------


def _mac(key: bytearray | bytes, header: Header) -> str:
    body = {k: v for k, v in header.items() if k != "mac"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    mac_key = hmac.new(bytes(key), b"nabij-backup-mac", hashlib.sha256).digest()
    return base64.b64encode(hmac.new(mac_key, canonical, hashlib.sha256).digest()).decode("ascii")


def _info_from_header(path: Path, header: Header) -> BackupInfo:
    created = datetime.fromisoformat(header["created_at"])
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return BackupInfo(
        path=path,
        mode=BackupMode(header["mode"]),
        created_at=created,
        app_version=str(header.get("app_version", "")),
        schema_revision=str(header.get("schema_revision", "")),
        size=path.stat().st_size,
        database_size=int(header["database"]["size"]),
    )


def _create_private(path: Path) -> BinaryIO:
    """A new file, owner-only (0600) where the disk has modes: what is unpacked is encrypted, yet nobody else's."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600), "wb")


def _remove_stale_staging(data_dir: Path) -> None:
    """Staging files left by a crash during an earlier backup (encrypted; safe to drop)."""
    for p in data_dir.glob(_STAGING_PREFIX + "*"):
        _unlink_quietly(p)


def _unlink_db_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        _unlink_quietly(path.with_name(path.name + suffix))


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _move(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        with open(src, "rb") as fh, atomic_write(dst) as out:  # another disk: copy, then drop the source
            shutil.copyfileobj(fh, out, _CHUNK)
        src.unlink()


def _zero(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0


def _megabytes(n: int) -> str:
    return f"{max(n, 1) / 1_000_000:.1f} MB"


def _os_error(exc: OSError, what: str, where: Path) -> StorageError:
    if is_disk_full(exc):
        return DiskFull(f"{what}: not enough disk space. Nothing was left behind.", folder=where)
    detail = exc.strerror or type(exc).__name__
    return StorageError(f"{what}: {detail}.", code="file.write_failed", path=where, detail=detail)
