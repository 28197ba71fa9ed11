"""An open, keyed database: the engine, a session factory, and a way to close it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.storage.engine import make_engine


class Database:
    def __init__(self, path: Path, key: bytearray, db_id: str) -> None:
        self.path = Path(path)
        self.db_id = db_id
        self._key = key
        self.engine = make_engine(self.path, self._key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_open(self) -> bool:
        return any(self._key)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def key_copy(self) -> bytearray:
        """For backup: a copy the caller must zero after use."""
        return bytearray(self._key)

    def close(self) -> None:
        """Close every connection and drop the key from this object."""
        self.engine.dispose()
        for i in range(len(self._key)):
            self._key[i] = 0
