"""An open, keyed database: the engine, a session factory, and a way to close it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.storage.engine import make_engine
from app.storage.errors import DiskFull, StorageError

SQLITE_BUSY = 5
SQLITE_IOERR = 10
SQLITE_FULL = 13


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
    def __init__(self, path: Path, key: bytearray, db_id: str, on_closed: Callable[[], None] | None = None) -> None:
        self.path = Path(path)
        self._on_closed = on_closed  # called after a clean close (the vault notes the file's state)
        self.db_id = db_id
        self._key = key
        self.engine = make_engine(self.path, self._key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            plain = _plain_error(exc, self.path.parent)
            if plain is not None:
                raise plain from None
            raise

    def key_copy(self) -> bytearray:
        """For backup: a copy the caller must zero after use."""
        return bytearray(self._key)

    def close(self) -> None:
        """Close every connection and drop the key from this object."""
        was_open = self.is_open
        self.engine.dispose()
        for i in range(len(self._key)):
            self._key[i] = 0
        if was_open and self._on_closed is not None:
            self._on_closed()
