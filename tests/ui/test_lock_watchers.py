"""The lock watchers as Qt drives them: the idle filter and the Windows message filter."""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui import lock


class CountingIdleWatcher(lock.IdleWatcher):
    def __init__(self) -> None:
        super().__init__(5)
        self.seen = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            self.seen += 1
        return super().eventFilter(watched, event)


def _press(widget) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))


def test_idle_watcher_listens_only_while_it_counts(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher = CountingIdleWatcher()
    _press(field)
    assert watcher.seen == 0  # not started: not listening
    watcher.start()
    watcher.start()  # a second start installs no second filter
    _press(field)
    assert watcher.seen == 1
    watcher.stop()
    _press(field)
    assert watcher.seen == 1  # stopped (a lock): the app-wide filter is gone
    assert not watcher.active


def _msg(message: int, wparam: int, time: int) -> lock._WinMsg:
    return lock._WinMsg(hwnd=None, message=message, wParam=wparam, lParam=0, time=time, pt_x=0, pt_y=0)


def test_a_posted_lock_message_seen_twice_by_qt_locks_once():
    """Qt hands a posted message to native filters twice (packaging/windows/checks/native_lock.py
    sees it under Wine); one OS lock must be one lock, and a later one locks again."""
    locks: list[int] = []
    native = lock._WindowsFilter(lambda: locks.append(1))
    session_lock = _msg(lock.WM_WTSSESSION_CHANGE, lock.WTS_SESSION_LOCK, time=1000)
    for event_type in (b"windows_generic_MSG", b"windows_generic_MSG", b"windows_dispatcher_MSG"):
        native.nativeEventFilter(event_type, ctypes.addressof(session_lock))
    assert locks == [1]
    suspend = _msg(lock.WM_POWERBROADCAST, lock.PBT_APMSUSPEND, time=1000)
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(suspend))
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(suspend))
    assert locks == [1, 1]
    later = _msg(lock.WM_WTSSESSION_CHANGE, lock.WTS_SESSION_LOCK, time=61000)
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(later))
    assert locks == [1, 1, 1]
    unlock = _msg(lock.WM_WTSSESSION_CHANGE, 0x8, time=62000)  # WTS_SESSION_UNLOCK
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(unlock))
    assert locks == [1, 1, 1]
