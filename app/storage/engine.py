"""The SQLCipher engine.

A database is always opened with a raw 32-byte key (``PRAGMA key = "x'..'"``),
which skips SQLCipher's own KDF, so opening costs well under a millisecond.
Nothing here ever creates a plaintext database: if the SQLite library in use
has no cipher, we refuse to run.
"""

from __future__ import annotations

import ctypes
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import PoolProxiedConnection, QueuePool

from app.storage.errors import DamagedDatabase, ForeignFile, StorageError
from app.storage.wipe import wipe_bytearray, wipe_str

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


def cipher_version() -> str:
    """The SQLCipher version of the linked library, or '' when there is no cipher."""
    con = sqlcipher3.connect(":memory:")
    try:
        row = con.execute("PRAGMA cipher_version").fetchone()
        return (row[0] if row else "") or ""
    finally:
        con.close()


def require_cipher() -> str:
    version = cipher_version()
    if not version:
        raise StorageError("The SQLite library has no SQLCipher support; refusing to run.", code="db.no_sqlcipher")
    return version


def _in_place(head: str, key: bytes | bytearray, tail: str) -> str:
    """``head + hex(key) + tail`` as a new str that the caller wipes after use (wipe.wipe_str).

    Joined from pieces at run time, so it is never a shared constant, and the key's hex digits are
    written straight into it from a bytearray that is zeroed: no other copy of the key as hex is made.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    digits = b"0123456789abcdef"
    hexed = bytearray(2 * len(key))
    for i, byte in enumerate(key):
        hexed[2 * i] = digits[byte >> 4]
        hexed[2 * i + 1] = digits[byte & 15]
    text = "".join((head, "0" * len(hexed), tail))
    data = id(text) + sys.getsizeof(text) - len(text) - 1  # a compact ASCII str's characters
    ctypes.memmove(data + len(head), (ctypes.c_char * len(hexed)).from_buffer(hexed), len(hexed))
    wipe_bytearray(hexed)
    return text


def _key_pragma(key: bytes | bytearray) -> str:
    """The keying statement (wiped by the caller after use)."""
    return _in_place("PRAGMA key = \"x'", key, "'\"")


def hex_key_literal(key: bytes | bytearray) -> str:
    """The key as SQLCipher's x'..' literal, for ATTACH ... KEY (wiped by the caller after use)."""
    return _in_place("x'", key, "'")


def connect_raw(path: Path, key: bytes | bytearray, *, read_only: bool = False) -> sqlcipher3.Connection:
    """A keyed DB-API connection with the pragmas every connection needs.

    ``read_only`` opens through a URI with mode=ro, used to inspect a file
    without any chance of writing to it.
    """
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        wal = Path(str(path) + "-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            # Nothing to recover: read the file as it stands and leave no -wal/-shm beside it.
            uri += "&immutable=1"
        con = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    else:
        con = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    statement = _key_pragma(key)
    try:
        # SQLCipher then wipes every allocation it frees, for the whole process (it cannot be turned off
        # again): closing the connections at a lock leaves no page, key schedule or statement readable.
        if MEMORY_SECURITY:
            con.execute("PRAGMA cipher_memory_security = ON")
        con.execute(statement)
        wipe_str(statement)
        con.execute("PRAGMA cipher_log_level = NONE")
        # Reading page 1 proves the key; a wrong key fails here, before anything is written.
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not read_only:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = FULL")
            # SQLite's default is 1000 pages (4 MB): hundreds of saves could live only in the -wal. With
            # 200, and a checkpoint whenever the app is quiet after saves (Database.checkpoint), few do.
            con.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES:d}")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA busy_timeout = 5000")
    except Exception:
        con.close()
        raise
    finally:
        wipe_str(statement)
    return con


def driver_connection(raw: PoolProxiedConnection) -> sqlcipher3.Connection:
    """The sqlcipher3 connection under a pooled one (SQLAlchemy has none after an invalidate)."""
    con = raw.driver_connection
    if con is None:
        raise StorageError("the database connection was closed", code="db.closed")
    return con


def file_kind(path: Path) -> str:
    """'missing', 'empty', 'plaintext' (an ordinary SQLite file) or 'opaque' (could be ours)."""
    p = Path(path)
    if not p.exists():
        return "missing"
    with p.open("rb") as fh:
        head = fh.read(16)
    if not head:
        return "empty"
    if head == SQLITE_PLAIN_HEADER:
        return "plaintext"
    return "opaque"


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_openable(path: Path, key: bytes | bytearray, *, full: bool = True) -> int:
    """Prove that ``key`` opens ``path`` and the file is healthy, without writing to it.

    Always: page 1, every page's HMAC, and the schema. With ``full`` also SQLite's
    quick_check, which is what sees a file whose pages come from two versions (an older
    copy written over it and stopped part-way: each page is valid on its own). The vault
    skips it only when the file is exactly as Nabij left it at its last clean close.

    Returns the file's save count (saves.py), read through the -wal as SQLite recovers it.

    Raises ForeignFile for a file that is not one of ours, DamagedDatabase when
    the key is right (already proven by the key file) but pages do not verify.
    """
    return _checked(path, key, pages=True, full=full)


def prove_key(path: Path, key: bytes | bytearray) -> tuple[int, str | None]:
    """The cheap half of check_openable: page 1 decrypts and the schema is there. Never writes.

    Returns the save count and the schema revision (alembic_version). What it does not see (a page
    further in that fails its HMAC, pages from two versions) check_pages sees; the vault runs that on
    the worker once the window is up (Database.verify), and every write waits for it.
    """
    revision: list[str | None] = [None]

    def schema(con: sqlcipher3.Connection) -> None:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        revision[0] = str(rows[0][0]) if len(rows) == 1 else None

    count = _checked(path, key, pages=False, full=False, also=schema)
    return count, revision[0]


def check_pages(path: Path, key: bytes | bytearray, *, full: bool) -> None:
    """The costly half of check_openable: every page's HMAC, and with ``full`` SQLite's quick_check."""
    _checked(path, key, pages=True, full=full)


def _checked(
    path: Path,
    key: bytes | bytearray,
    *,
    pages: bool,
    full: bool,
    also: Callable[[sqlcipher3.Connection], None] | None = None,
) -> int:
    kind = file_kind(path)
    if kind == "plaintext":
        raise ForeignFile(path, "an ordinary, unencrypted SQLite file")
    if kind in ("missing", "empty"):
        raise DamagedDatabase(path, "empty")
    size = Path(path).stat().st_size
    if size < 1024:
        raise DamagedDatabase(path, "too_short")
    try:
        con = connect_raw(path, key, read_only=True)
    except sqlcipher3.DatabaseError as exc:
        raise DamagedDatabase(path, "no_decrypt") from exc
    try:
        if pages:
            # Every page's HMAC, and the file's length against whole pages. A truncated file already fails
            # on page 1 above.
            problems = [r[0] for r in con.execute("PRAGMA cipher_integrity_check").fetchall()]
            if problems:
                raise DamagedDatabase(path, "integrity", count=len(problems))
        con.execute("SELECT count(*) FROM alembic_version").fetchone()
        if also is not None:
            also(con)
        if full:  # four times the cost of the HMAC check at 25k meetings (benchmarks/results.md)
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                # Only the search index (an FTS5 table and its shadow tables): the data is whole, and the
                # index can be made again from it (Vault._open does, after keeping a copy).
                only_index = all(INDEX_TABLE in r or OWNER_TABLE in r for r in rows)
                raise DamagedDatabase(path, "search_index" if only_index else "structure")
        return save_count(con)
    except sqlcipher3.DatabaseError as exc:
        raise DamagedDatabase(path, "no_decrypt") from exc
    finally:
        con.close()


READ_ONLY_OPTION = "nabij_read_only"
MEMORY_SECURITY = True  # benchmarks/storage_costs.py turns it off in a child to measure what it costs
INDEX_TABLE = "search_index"
OWNER_TABLE = "search_owner"  # search.py: rowid -> resident, kept with the index
WAL_AUTOCHECKPOINT_PAGES = 200
_CHANGES_AT_BEGIN = "nabij_changes_at_begin"


def save_count(con: sqlcipher3.Connection) -> int:
    """How many units of work have changed this file (kept in the header's user_version)."""
    row = con.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def bump_save_count(con: sqlcipher3.Connection) -> int:
    count = (save_count(con) + 1) & 0x7FFFFFFF
    con.execute(f"PRAGMA user_version = {count:d}")
    return count


def make_engine(
    path: Path,
    key: bytearray,
    on_save: Callable[[int], None] | None = None,
    before_write: Callable[[], None] | None = None,
) -> Engine:
    """A SQLAlchemy engine over SQLCipher. ``key`` is the caller's bytearray.

    ``on_save`` is called with the new save count after the COMMIT of every unit that changed rows was
    issued (before it returns: the caller notes it once the unit is done). ``before_write`` is called
    before that COMMIT, only for a unit that changed rows: raising there rolls the unit back (the open
    check that still runs on the worker, Database.verify).

    The engine keeps a reference to the caller's bytearray, not a copy, so
    zeroing it on lock leaves the engine unable to make new connections.
    """
    require_cipher()

    def creator() -> sqlcipher3.Connection:
        if not any(key):
            raise StorageError("the database is locked", code="db.locked")
        return connect_raw(path, key)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
        hide_parameters=True,  # SQLAlchemy error text would otherwise carry resident data
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:  # pragma: no cover - exercised by every write
        # pysqlite's default transaction handling is broken for SAVEPOINTs; we issue BEGIN ourselves
        # (isolation_level=None on the connection). IMMEDIATE takes the write lock at the start, waiting
        # up to busy_timeout for another writer: a deferred BEGIN that reads first and then writes fails
        # at once with "database is locked" when another connection committed in between, whatever the
        # timeout. A read-only unit (Database.reading) begins deferred and never waits for a writer.
        read_only = bool(conn.get_execution_options().get(READ_ONLY_OPTION, False))
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
        conn.info[_CHANGES_AT_BEGIN] = driver_connection(conn.connection).total_changes

    @event.listens_for(engine, "commit")
    def _commit(conn: Connection) -> None:  # pragma: no cover - exercised by every write
        # A unit that changed rows counts one save, in the same transaction (the file header's user_version),
        # so a copy of the file or its -wal that lacks saves can be told from the latest (saves.py).
        con = driver_connection(conn.connection)
        if con.total_changes != conn.info.pop(_CHANGES_AT_BEGIN, con.total_changes):
            if before_write is not None:
                before_write()
            count = bump_save_count(con)
            if on_save is not None:
                on_save(count)

    return engine
