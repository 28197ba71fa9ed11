"""One helper for slow calls: run off the GUI thread, deliver on it.

Unlocking (Argon2id), PDF building, backups and big searches go through here.
Tests swap in ``InlineWorker``, which runs the call at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the caller
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Worker:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback, value):
            self._relays.discard(relay)
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value), Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(lambda exc: finish(on_error, exc), Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Job(fn, relay))

    def wait(self) -> None:
        self._pool.waitForDone()


class InlineWorker:
    """Runs the call at once, on the calling thread (tests)."""

    def submit(self, fn, on_done, on_error) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            on_error(exc)
        else:
            on_done(result)

    def wait(self) -> None:
        return None
