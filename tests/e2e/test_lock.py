"""Locking: by hand, after idle time (even with a modal dialog open), and when the OS locks."""

from __future__ import annotations

import ctypes
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.services.caseload import ResidentInput
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.lock import PBT_APMSUSPEND, WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, _WinMsg
from app.ui.worker import Worker
from tests.conftest import PASSPHRASE

SECRET = "Heeft schulden bij de Belastingdienst, zoon woont bij oma"


def _open_resident_with_typed_notes(qtbot, controller) -> tuple[int, int]:
    window = controller.window
    services = window.services
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    window.caseload.refresh(select_id=rid)
    window.tabs.setCurrentWidget(window.conversation)
    qtbot.keyClicks(window.conversation.notes, SECRET)
    assert window.conversation._autosaver.has_pending, "the text is typed but not yet saved"
    return rid, mid


def _assert_locked(controller, window, database) -> None:
    assert controller.window is None
    assert isinstance(controller.dialog, UnlockDialog)
    assert not database.is_open, "the key is dropped from the database object"
    assert database.engine.pool.checkedout() == 0
    assert window.conversation.notes.toPlainText() == ""
    assert window.caseload.list.count() == 0


def _unlock(qtbot, controller):
    dialog = controller.dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return controller.window


def test_idle_lock_with_modal_dialog_and_unsaved_text(qtbot, make_controller):
    controller = make_controller(worker=Worker(), idle_minutes=0.001)  # 60 ms; the real threaded worker
    window = controller.window
    database = controller.database
    rid, mid = _open_resident_with_typed_notes(qtbot, controller)
    window.new_resident()  # a modal dialog is open, with text typed in it
    editor = window.dialog
    qtbot.keyClicks(editor.display_name, "Half ingevuld")
    assert editor.isModal() and editor.isVisible()

    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    _assert_locked(controller, window, database)
    assert not editor.isVisible(), "the open dialog did not stop the lock"

    window = _unlock(qtbot, controller)
    # The same place, without looking for the resident again.
    assert (window.resident_id, window.meeting_id) == (rid, mid)
    assert window.tabs.currentWidget() is window.conversation
    assert window.conversation.notes.toPlainText() == SECRET
    assert window.services.meetings.get(mid).notes == SECRET


def test_manual_lock(qtbot, make_controller):
    controller = make_controller()
    window = controller.window
    database = controller.database
    rid, mid = _open_resident_with_typed_notes(qtbot, controller)
    window.lock_action.trigger()
    _assert_locked(controller, window, database)
    window = _unlock(qtbot, controller)
    assert window.services.meetings.get(mid).notes == SECRET


@pytest.mark.parametrize(
    "message,wparam",
    [(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK), (WM_POWERBROADCAST, PBT_APMSUSPEND)],
    ids=["windows session lock", "windows suspend"],
)
def test_windows_os_lock_message_locks(qtbot, make_controller, message, wparam):
    controller = make_controller()
    window = controller.window
    database = controller.database
    _open_resident_with_typed_notes(qtbot, controller)
    msg = _WinMsg(hwnd=None, message=message, wParam=wparam, lParam=0)
    handled, _result = controller.os_lock.native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert handled is False  # we observe, never swallow the message
    _assert_locked(controller, window, database)


def test_unrelated_windows_message_does_not_lock(qtbot, make_controller):
    controller = make_controller()
    msg = _WinMsg(hwnd=None, message=WM_WTSSESSION_CHANGE, wParam=0x8, lParam=0)  # WTS_SESSION_UNLOCK
    controller.os_lock.native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert controller.window is not None


def test_logind_lock_and_sleep_signals_lock(qtbot, make_controller):
    controller = make_controller()
    window, database = controller.window, controller.database
    controller.os_lock.on_prepare_for_sleep(False)  # waking up: nothing happens
    assert controller.window is not None
    controller.os_lock.on_logind_lock()
    _assert_locked(controller, window, database)


def test_screen_capture_exclusion_only_on_windows(qtbot, monkeypatch):
    """The Win32 call is the OS edge we cannot reach here: it is replaced, the guard is real."""
    import sys
    import types

    from PySide6.QtWidgets import QWidget

    from app.ui import lock

    window = QWidget()
    qtbot.addWidget(window)
    assert lock.exclude_from_capture(window) is False  # not Windows: nothing happens
    calls = []
    fake_user32 = types.SimpleNamespace(SetWindowDisplayAffinity=lambda hwnd, flag: calls.append(flag) or 1)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(user32=fake_user32), raising=False)
    assert lock.exclude_from_capture(window) is True
    assert calls == [lock.WDA_EXCLUDEFROMCAPTURE]


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_unlock_brings_back_resident_meeting_tab_and_scroll(qtbot, make_controller, tab):
    controller = make_controller()
    window = controller.window
    services = window.services
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    other = services.caseload.add_resident(ResidentInput(display_name="Dhr. Aydin"))
    first = services.meetings.plan(rid, datetime(2026, 11, 3, 10))
    services.meetings.start(first)
    services.meetings.close(first)
    services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    services.meetings.plan(other, datetime(2026, 12, 4, 10))
    window.resize(780, 440)  # small enough that the tabs scroll (and within the offscreen 800x600 screen)
    window.caseload.refresh()
    lst = window.caseload.list
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == rid)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())
    combo = window.meeting_choice
    combo.setFocus()
    while combo.currentData() != first:  # the earlier, closed meeting: not the one shown by default
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.meeting_id == first)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    areas = [a for a in window._scroll_areas()[tab] if a.isVisible() and a.verticalScrollBar().maximum() > 0]
    for area in areas:
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    wanted = window.place()
    size = (window.width(), window.height())  # its minimum width may differ by platform fonts
    assert any(wanted.scroll[tab]), "nothing scrolled: the test would not see a lost scroll position"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.window is None)
    window = _unlock(qtbot, controller)

    assert (window.resident_id, window.meeting_id) == (rid, first)
    assert window.caseload.current_id() == rid
    assert window.meeting_choice.currentData() == first
    assert window.tabs.currentIndex() == tab
    qtbot.waitUntil(lambda: window.place().scroll == wanted.scroll)
    assert (window.width(), window.height()) == size


def test_the_os_locking_while_the_handover_passphrase_shows_closes_it_and_forgets_it(qtbot, make_controller, tmp_path):
    from app.ui.dialogs.handover_package import HandoverExportDialog

    controller = make_controller(worker=Worker())
    window = controller.window
    rid = window.services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    window.caseload.refresh(select_id=rid)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_D, modifiers)
    qtbot.waitUntil(lambda: isinstance(window.dialog, HandoverExportDialog) and window.dialog.isVisible())
    dialog = window.dialog
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.consent.height() // 2))
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "p"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.passphrase.text()
    # The consultant walks away and Windows locks (Win+L): the app locks with it.
    msg = _WinMsg(hwnd=None, message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK, lParam=0)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.os_lock.native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    assert QApplication.clipboard().text() == "", "the copied passphrase is cleared on lock"
