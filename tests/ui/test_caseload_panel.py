"""The caseload as the consultant reads it: what a line says, a search that finds nothing, and a
refresh that keeps the meeting the consultant chose."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker


def _window(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return services, window


def _line(window, resident_id: int) -> str:
    lst = window.caseload.list
    for row in range(lst.count()):
        if lst.item(row).data(Qt.ItemDataRole.UserRole) == resident_id:
            return lst.item(row).text()
    raise AssertionError("not in the caseload")


def test_a_meeting_in_progress_is_not_called_next(qtbot, db):
    services, window = _window(qtbot, db)
    busy = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    waiting = services.caseload.add_resident(ResidentInput(display_name="Dhr. Aydin"))
    services.meetings.start(services.meetings.plan(busy, datetime(2026, 12, 2, 10, 0)))
    services.meetings.plan(waiting, datetime(2026, 12, 9, 10, 0))
    window.caseload.refresh()
    assert "in progress since" in _line(window, busy) and "next:" not in _line(window, busy)
    assert "next:" in _line(window, waiting)


def test_a_search_that_finds_nothing_says_so(qtbot, db):
    services, window = _window(qtbot, db)
    services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    window.caseload.refresh()
    assert not window.caseload.nothing_found.isVisible()
    qtbot.keyClicks(window.caseload.search, "zqxw")
    qtbot.waitUntil(lambda: window.caseload.nothing_found.isVisible())
    assert window.caseload.list.count() == 0
    assert "zqxw" in window.caseload.nothing_found.text()
    window.caseload.search.clear()
    qtbot.waitUntil(lambda: window.caseload.list.count() == 1)
    assert not window.caseload.nothing_found.isVisible()
    window.caseload.clear()  # as at a lock: the quoted search goes too
    assert window.caseload.nothing_found.text() == ""


def test_a_refresh_keeps_the_chosen_meeting(qtbot, db):
    services, window = _window(qtbot, db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    earlier = services.meetings.plan(rid, datetime(2026, 11, 2, 10, 0))
    services.meetings.start(earlier)
    services.meetings.close(earlier)
    current = services.meetings.plan(rid, datetime(2026, 12, 9, 10, 0))
    window.caseload.refresh(select_id=rid)
    assert window.meeting_id == current
    combo = window.meeting_choice
    combo.setFocus()
    while combo.currentData() != earlier:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.meeting_id == earlier)
    window.caseload.refresh()  # e.g. after the caseload search or an edit elsewhere
    assert window.resident_id == rid and window.meeting_id == earlier
    assert combo.currentData() == earlier


def _click(qtbot, window, resident_id: int) -> None:
    lst = window.caseload.list
    for row in range(lst.count()):
        item = lst.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == resident_id:
            lst.scrollToItem(item)
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())
            qtbot.waitUntil(lambda: window.resident_id == resident_id)
            return
    raise AssertionError("not in the caseload")


def test_a_very_long_name_neither_pushes_the_caseload_aside_nor_is_lost(qtbot, db):
    """The header takes the room it has: the name ends in "…" and is whole in its tooltip and its text."""
    services, window = _window(qtbot, db)
    window.resize(1280, 720)
    short = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    long_name = "Mevrouw " + " ".join(["Van-den-Berg-Oudshoorn-Wijnaldum"] * 8) + " 🌷 مريم"
    long = services.caseload.add_resident(ResidentInput(display_name=long_name))
    window.caseload.refresh()
    _click(qtbot, window, short)
    label = window.resident_label
    assert label.text() == "Mevr. Kaya" and label.toolTip() == ""
    caseload_width, tabs_geometry = window.caseload.width(), window.tabs.geometry()

    _click(qtbot, window, long)
    qtbot.waitUntil(lambda: label.toolTip() == long_name)
    assert label.text() == long_name  # what a screen reader says: the whole name
    assert label.shown_text().endswith("…") and len(label.shown_text()) < len(long_name)
    assert window.width() == 1280
    assert window.caseload.width() == caseload_width
    assert window.tabs.geometry() == tabs_geometry
    assert label.geometry().right() < window.meeting_choice.geometry().left()

    window.resize(3000, 720)  # room enough: the whole name, and no tooltip
    qtbot.waitUntil(lambda: label.toolTip() == "")
    assert label.shown_text() == long_name
