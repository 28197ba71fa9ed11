"""The main window as a test opens it: shown at 1366x768, active, with one resident's meeting loaded."""

from __future__ import annotations

from app.content.loader import load_library
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker


def shown_window(qtbot, services, resident_id: int, meeting_id: int) -> MainWindow:
    window = MainWindow(services, load_library("nl"), InlineWorker())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.caseload.refresh(select_id=resident_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.meeting_id == meeting_id)
    return window
