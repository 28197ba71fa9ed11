"""Child of tests/ui/test_logind_lock.py: the real OsLockWatcher on a private bus that stands in for
the system bus (DBUS_SYSTEM_BUS_ADDRESS). This process also plays logind: it owns the name
org.freedesktop.login1 and sends its Lock and PrepareForSleep signals."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtDBus import QDBusConnection, QDBusMessage  # noqa: E402

from app.ui.lock import OsLockWatcher  # noqa: E402


def main() -> int:
    app = QCoreApplication([])
    watcher = OsLockWatcher()
    print("source", watcher.install(app), flush=True)
    locks: list[int] = []
    watcher.os_locked.connect(lambda: locks.append(1))
    bus = QDBusConnection.systemBus()
    assert bus.registerService("org.freedesktop.login1")

    def lock() -> None:
        bus.send(
            QDBusMessage.createSignal("/org/freedesktop/login1/session/auto", "org.freedesktop.login1.Session", "Lock")
        )

    def sleep() -> None:
        message = QDBusMessage.createSignal(
            "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
        )
        message.setArguments([True])
        bus.send(message)

    QTimer.singleShot(100, lock)
    QTimer.singleShot(300, sleep)
    QTimer.singleShot(5000, app.quit)

    def check() -> None:
        if len(locks) >= 2:
            app.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(400, check)
    app.exec()
    print("locks", len(locks), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
