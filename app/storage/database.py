"""An open, keyed database: the engine, a session factory, and a way to close it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.storage import saves, search
from app.storage.engine import (
    READ_ONLY_OPTION,
    check_pages,
    connect_raw,
    driver_connection,
    make_engine,
    save_count,
)
from app.storage.errors import DamagedDatabase, DiskFull, StorageError
from app.storage.wipe import wipe_bytearray

log = logging.getLogger(__name__)

T = TypeVar("T")

SQLITE_BUSY = 5
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26  # what SQLCipher says for a page whose HMAC fails


def _plain_error(exc: OperationalError, folder: Path) -> StorageError | None:
    """A full disk, a failing write or a busy file as a StorageError with a plain message; None otherwise."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlite_errorcode", None)
    text = str(orig)
    if (code is not None and code & 0xFF == SQLITE_FULL) or "database or disk is full" in text:
        return DiskFull(
            f"Not enough disk space to save in {folder}. Nothing of this change was written; "
            "free some disk space and it can be saved again.",
            folder=folder,
        )
    if (code is not None and code & 0xFF == SQLITE_IOERR) or text.startswith("disk I/O error"):
        # ENOSPC is SQLITE_FULL; a quota (EDQUOT), a file-size cap (EFBIG), a removed or failing disk come here.
        return StorageError(
            f"The disk refused a write in {folder} (it may be full, over its quota, removed or "
            "failing). Nothing of this change was written; it can be saved again once the disk "
            "accepts writes.",
            code="disk.refused",
            folder=folder,
        )
    if (code is not None and code & 0xFF == SQLITE_BUSY) or text.startswith("database is locked"):
        # Another writer held the file past the busy timeout. The driver text can carry SQL: not passed on.
        return StorageError(
            "The database was busy; nothing of this change was written. It can be saved again.", code="db.busy"
        )
    return None


class Database:
    """``unchecked``: the vault proved the key only (Vault.defer_checks); ``"pages"`` or ``"full"`` is what
    ``verify`` still has to check, on the worker once the window is up. Until it has passed, no unit
    that changed rows commits: each waits for the check (or runs it), and after damage each is refused.
    """

    def __init__(
        self,
        path: Path,
        key: bytearray,
        db_id: str,
        on_closed: Callable[[], None] | None = None,
        unchecked: str | None = None,
    ) -> None:
        self.path = Path(path)
        self._on_closed = on_closed  # called after a clean close (the vault notes the file's state)
        self._unchecked_part = unchecked
        self._check_lock = threading.Lock()
        self.damage: DamagedDatabase | None = None
        self.db_id = db_id
        self._key = key
        self._saves_lock = threading.Lock()
        self._unnoted = True
        self._unchecked = False  # saves since the last checkpoint
        self._noted = -1
        self.engine = make_engine(self.path, self._key, on_save=self._counted, before_write=self._before_write)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False)
        self._search: sqlcipher3.Connection | None = None
        self._search_lock = threading.Lock()
        self._memo: dict[str, tuple[int, Any]] = {}  # name -> (save count, value): see unchanged_since
        self._memo_lock = threading.Lock()
        self._together = threading.local()  # .session: the reading unit of read_together on this thread

    @property
    def verified(self) -> bool:
        return self._unchecked_part is None and self.damage is None

    def verify(self) -> None:
        """Run the part of the open check the vault deferred; raise DamagedDatabase when it fails.

        Once passed (or when nothing was deferred) it costs nothing. After damage it raises again each
        time: this database is not written to any more (close it and show the damage).
        """
        with self._check_lock:
            part = self._unchecked_part
            if part is not None and self.is_open:
                key = bytearray(self._key)
                try:
                    check_pages(self.path, key, full=part == "full")
                except DamagedDatabase as exc:
                    self.damage = exc
                finally:
                    wipe_bytearray(key)
                self._unchecked_part = None  # passed or damaged; another error leaves it to the next write
            if self.damage is not None:
                raise DamagedDatabase(self.path, str(self.damage.params.get("why", "integrity")))

    def _before_write(self) -> None:
        if self._unchecked_part is not None or self.damage is not None:
            self.verify()

    def _counted(self, _count: int) -> None:
        self._unchecked = True
        self._unnoted = True  # a unit that changed rows is committing; its count is read once it has

    def note_saves(self) -> None:
        """Write the file's save count beside it (saves.py), as read back after the commit.

        Read, not taken from the unit: a COMMIT that failed (a full disk) must never be noted, or the
        note would be ahead of the file and the next open would report missing saves.
        """
        if not self._unnoted or not self.is_open:
            return
        self._unnoted = False
        try:
            raw = self.engine.raw_connection()
            try:
                count = save_count(driver_connection(raw))
            finally:
                raw.close()
        except Exception as exc:  # noqa: BLE001 - no note means a weaker check for this save, never a wrong one
            self._unnoted = True
            log.info("save count not read: %s", type(exc).__name__)
            return
        with self._saves_lock:
            if count <= self._noted:
                return
            self._noted = count
        saves.record(self.path.parent, self.db_id, count)

    @property
    def is_open(self) -> bool:
        return any(self._key)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error.

        A full disk is raised as DiskFull, another refused write (quota, file
        size cap, failing disk) as StorageError: each with a plain message and
        without the driver error, whose text may carry the SQL parameters
        (resident data). The unit is rolled back: nothing of it was written.
        """
        self._together.session = None  # the reads after it on this thread see what it wrote (read_together)
        with self._unit(self._sessions) as session:
            yield session
        self.note_saves()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit that only reads: it begins deferred, so it never waits for a writer (WAL readers don't).

        Inside read_together on the same thread, it is that one unit."""
        shared = getattr(self._together, "session", None)
        if shared is None:
            with self._unit(self._readers) as session:
                yield session
            return
        try:
            with self._plain_errors():  # the same plain errors as a unit of its own
                yield shared
        except BaseException:
            self._together.session = None  # the reads after a failed one are units of their own again
            raise

    @contextmanager
    def read_together(self) -> Iterator[None]:
        """The reads on this thread share one reading unit, and so one snapshot of the file, until the end
        of the block or the first write unit on this thread, whichever comes first: after a write, each read
        is a unit of its own again, so that it sees what was written.

        For the reads of one view that come from many services (opening a resident: eight reads, each a
        unit of its own cost about 0.4 ms more; issue 16). Nested, it is the outer one.
        """
        if getattr(self._together, "session", None) is not None:
            yield
            return
        session = self._readers()
        try:
            session.begin()
            self._together.session = session
            try:
                yield
            finally:
                self._together.session = None
        finally:
            try:
                session.close()  # rolls the reading transaction back: it wrote nothing, nothing is lost
            except SQLAlchemyError as exc:
                log.info("shared reading unit not closed cleanly: %s", type(exc).__name__)

    @contextmanager
    def _unit(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        with self._plain_errors(), sessions() as session, session.begin():
            yield session

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            plain = _plain_error(exc, self.path.parent)
            if plain is not None:
                raise plain from None
            raise
        except DatabaseError as exc:
            code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
            if code is None or code & 0xFF not in (SQLITE_CORRUPT, SQLITE_NOTADB):
                raise
            # A damaged page met before the deferred check reached it: the check says so (and refuses writes).
            self.verify()
            self.damage = DamagedDatabase(self.path, "structure")
            raise DamagedDatabase(self.path, "structure") from None

    def unchanged_since(self, session: Session, name: str, compute: Callable[[Session], T]) -> T:
        """``compute(session)``, or the value it gave last time when no unit has changed the file since.

        Every unit that changes rows counts one save in the file header, in its own transaction (engine.py),
        so the save count read in this reading unit names exactly the rows it sees: a value computed at the
        same count was computed from the same rows, whichever connection, thread or process wrote them. The
        values are dropped when the database closes (the lock), so no resident data outlives it here.
        """
        count = save_count(driver_connection(session.connection().connection))
        with self._memo_lock:
            kept = self._memo.get(name)
        if kept is not None and kept[0] == count:
            return kept[1]  # type: ignore[no-any-return]
        value = compute(session)
        with self._memo_lock:
            if self.is_open:
                self._memo[name] = (count, value)
        return value

    def search_resident_ids(self, user_text: str, limit: int = 500) -> list[int]:
        """Residents whose text matches, best first, read on a connection that does nothing but search.

        With SQLCipher's memory security on (engine.MEMORY_SECURITY), a connection that has read much else
        (a table scan, the page check after an open) answers a full-text query 2-3 times slower than one that
        only ever searched, and the pool's connections do everything (issue 16, benchmarks/results.md). This
        one is opened at the first search and closed with the database (the lock). Any fault on it drops it,
        and the search runs again in a reading unit of the engine, whose errors are the usual plain ones.
        """
        if search.to_match_query(user_text) is None:
            return []
        with self._search_lock:
            if self.is_open:
                try:
                    if self._search is None:
                        self._search = connect_raw(self.path, self._key)
                    return search.search_resident_ids(self._search, user_text, limit)
                except (sqlcipher3.Error, StorageError) as exc:
                    log.info("search connection dropped: %s", type(exc).__name__)
                    self._close_search()
        with self.reading() as s:
            return search.search_resident_ids(driver_connection(s.connection().connection), user_text, limit)

    def _close_search(self) -> None:
        con, self._search = self._search, None
        if con is not None:
            try:
                con.close()
            except sqlcipher3.Error:  # already broken: nothing left to close
                pass

    def checkpoint(self) -> bool:
        """Copy the -wal into the database file when nobody is reading (PASSIVE: never waits, never blocks).

        Called when the app has been quiet after saves, so that few saves ever live only in the -wal.
        True when the whole -wal was copied.
        """
        if not self.is_open or not self._unchecked:
            return False
        self._unchecked = False
        try:
            raw = self.engine.raw_connection()
        except StorageError:
            return False
        try:
            row = driver_connection(raw).execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except Exception as exc:  # noqa: BLE001 - a checkpoint that cannot run now runs at the next quiet time
            self._unchecked = True
            log.info("checkpoint postponed: %s", type(exc).__name__)
            return False
        finally:
            raw.close()
        done = bool(row) and row[0] == 0 and row[1] == row[2]
        if not done:
            self._unchecked = True  # a reader held part of it: again at the next quiet time
        return done

    def key_copy(self) -> bytearray:
        """For backup: a copy the caller must zero after use."""
        return bytearray(self._key)

    def close(self) -> None:
        """Close every connection and drop the key from this object."""
        was_open = self.is_open
        if was_open:
            self.note_saves()
        with self._search_lock:  # waits for a search that is running on the worker
            self._close_search()
        self.engine.dispose()
        for i in range(len(self._key)):
            self._key[i] = 0
        with self._memo_lock:  # after the key: a value computed while closing is not kept (is_open)
            self._memo.clear()
        if was_open and self._on_closed is not None and self.verified:
            self._on_closed()  # never for a file found damaged, or not yet checked: the next open checks it all
