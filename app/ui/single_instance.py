"""One app instance per data folder: a QLockFile, plus a local socket to raise the first window."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def _server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"nabij-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / "nabij.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process may use the data folder."""
        if not self._lock.tryLock(200):
            return False
        self._listen()
        return True

    def take_over_stale(self) -> bool:
        """Take a lock whose owner is gone although its process id lives on (reused by another program).

        QLockFile sees such a lock as held when the process with that id has the same name (another
        python or nabij.exe after a crash and a reboot). removeStaleLockFile() deletes the file only
        when no live process holds it: on POSIX it must first get the flock/fcntl lock that the owner
        keeps while it lives; on Windows the owner's open handle stops the delete. So a Nabij that
        really runs is never pushed aside. True when the lock is ours now."""
        if self._lock.error() != QLockFile.LockError.LockFailedError or not self._lock.removeStaleLockFile():
            return False
        return self.acquire()

    def _listen(self) -> None:
        name = _server_name(self.data_dir)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def lock_error(self) -> QLockFile.LockError:
        return self._lock.error()

    def ask_first_to_raise(self) -> bool:
        sock = QLocalSocket()
        sock.connectToServer(_server_name(self.data_dir))
        if not sock.waitForConnected(1000):
            return False
        sock.write(b"raise\n")
        sock.flush()
        sock.waitForBytesWritten(1000)
        sock.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: QLocalSocket) -> None:
        if conn.readAll().startsWith(b"raise"):
            self.raise_requested.emit()
        conn.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
