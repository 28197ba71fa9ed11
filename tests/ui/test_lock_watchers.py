"""The lock watchers as Qt drives them: the idle filter and the Windows message filter."""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from app.ui import lock


class CountingIdleWatcher(lock.IdleWatcher):
    def __init__(self) -> None:
        super().__init__(5)
        self.seen = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            self.seen += 1
        return super().eventFilter(watched, event)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_into(widget) -> None:
    """A key as the OS delivers it: to the top-level window first, which hands it to the focus widget."""
    QTest.keyClick(widget.window().windowHandle(), Qt.Key.Key_A)


def test_idle_watcher_listens_only_while_it_counts(qtbot):
    field = _shown(qtbot, QLineEdit())
    watcher = CountingIdleWatcher()
    _type_into(field)
    assert watcher.seen == 0  # not started: not listening
    watcher.start()
    watcher.start()  # a second start installs no second filter
    _type_into(field)
    assert watcher.seen == 1
    assert field.text() == "aa"  # the key still reached the field
    watcher.stop()
    _type_into(field)
    assert watcher.seen == 1  # stopped (a lock): no filter stays behind
    assert not watcher.active


def test_idle_watcher_sees_a_window_opened_after_it_started(qtbot):
    """A dialog opened while the app counts (a settings dialog, a message box) restarts the count too."""
    main = _shown(qtbot, QLineEdit())
    watcher = CountingIdleWatcher()
    watcher.start()
    later = QDialog()
    later_field = QLineEdit(later)
    _shown(qtbot, later)
    later.activateWindow()
    later_field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is later.windowHandle())
    _type_into(later_field)
    assert watcher.seen == 1
    assert later_field.text() == "a"
    _type_into(main)
    assert watcher.seen == 2
    watcher.stop()


def test_idle_watcher_does_not_see_events_between_widgets(qtbot):
    """Not app-wide: the paint, layout and focus events widgets send each other never reach it."""
    field = _shown(qtbot, QLineEdit())
    watcher = CountingIdleWatcher()
    watcher.start()
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert watcher.seen == 0
    watcher.stop()


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
