"""A planned meeting moved, cancelled with a reason, or a no-show, from the window's keys and
buttons: each is stored, nothing is deleted, the agenda of a no-show goes to the next meeting and
Voorbereiding's earlier meetings say what happened."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from app.content import load_library
from app.models import AgendaItem, Meeting
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.dialogs.meeting_change import MeetingChangeDialog
from app.ui.i18n import install_translators, remove_translators
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The consultant's language: the window is made after the catalogues are installed."""
    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


@pytest.fixture
def window(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 10, 10, 0))
    services.preparation.add_agenda_item(mid, "Zorgen over de huur", "resident")
    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.caseload.refresh(select_id=rid)
    assert window.meeting_id == mid
    return services, window, rid, mid


def _open(qtbot, window, keys: str) -> MeetingChangeDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, keys[-1], Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, MeetingChangeDialog) and window.dialog.isVisible())
    assert isinstance(window.dialog, MeetingChangeDialog)
    return window.dialog


def _earlier_lines(window) -> list[str]:
    return [label.text() for label in window.preparation.findChildren(QLabel)]


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_move_then_cancel_with_a_reason_keeps_the_meeting_and_shows_it(qtbot, db, window):
    services, window, rid, mid = window
    dialog = _open(qtbot, window, "R")
    dialog.when.setDateTime(QDateTime.fromString("2026-12-17 14:00", "yyyy-MM-dd HH:mm"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.session() as s:
        m = s.get(Meeting, mid)
        assert (m.starts_at, m.rescheduled_from, m.status) == (
            datetime(2026, 12, 17, 14),
            datetime(2026, 12, 10, 10),
            "planned",
        )
        assert m.rescheduled_at is not None

    # Cancelling without a reason is refused with a message; nothing changes.
    dialog = _open(qtbot, window, "X")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.message.text()
    assert services.meetings.status(mid) == "planned"
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Ziek, belt zelf <b>terug</b>")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.session() as s:
        m = s.get(Meeting, mid)
        assert (m.status, m.not_held, m.not_held_reason) == ("closed", "cancelled", "Ziek, belt zelf <b>terug</b>")
        assert m.not_held_at is not None
    assert _count(db, AgendaItem) == 1  # nothing deleted
    # The combo says it, and the cancel reason is found by search.
    assert "afgezegd" in window.meeting_choice.currentText()
    assert [r.id for r in services.caseload.list_residents(query="ziek")] == [rid]

    # The next meeting's Voorbereiding lists it: moved and cancelled, with the reason; the agenda came along.
    nxt = services.meetings.plan(rid, datetime(2027, 1, 5, 10))
    window.caseload.refresh(select_id=rid)
    window._show_resident(rid)
    assert window.meeting_id == nxt
    lines = _earlier_lines(window)
    assert any("verzet van 10 dec" in t and "afgezegd: Ziek, belt zelf <b>terug</b>" in t for t in lines), lines
    assert [a.text for a in services.meetings.get(nxt).agenda] == ["Zorgen over de huur"]


def test_a_no_show_with_a_new_date_carries_the_agenda_and_shows_in_the_history(qtbot, db, window):
    services, window, rid, mid = window
    services.meetings.start(mid)
    window._show_resident(rid)
    dialog = _open(qtbot, window, "W")
    qtbot.mouseClick(dialog.plan_next, Qt.MouseButton.LeftButton)
    assert dialog.when.isEnabled()
    dialog.when.setDateTime(QDateTime.fromString("2026-12-20 09:30", "yyyy-MM-dd HH:mm"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with db.session() as s:
        m = s.get(Meeting, mid)
        assert (m.status, m.not_held) == ("closed", "no_show")
        nxt = s.scalar(select(Meeting).where(Meeting.resident_id == rid, Meeting.status == "planned"))
        assert nxt is not None and nxt.starts_at == datetime(2026, 12, 20, 9, 30)
        carried = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == nxt.id)))
        assert [(a.text, a.proposed_by, a.carried_over) for a in carried] == [("Zorgen over de huur", "resident", True)]
        assert len(list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == mid)))) == 1  # kept
        next_id = nxt.id
    assert window.meeting_id == next_id
    assert any("niet gekomen" in t for t in _earlier_lines(window))


def test_a_no_show_moves_the_agenda_into_a_meeting_already_planned(db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. Smit"))
    first = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    services.preparation.add_agenda_item(first, "Sollicitatiebrief", "consultant")
    done = services.preparation.add_agenda_item(first, "Huur", "resident")
    services.preparation.update_agenda_item(done, discussed=True)
    services.meetings.start(first)
    services.wrapup.set_next_appointment(first, datetime(2026, 12, 15, 10))
    planned = services.meetings.close(first)
    assert planned is not None
    services.meetings.reopen(first)  # reopened: the next one stays planned
    assert services.meetings.no_show(first) == planned
    assert [a.text for a in services.meetings.get(planned).agenda].count("Sollicitatiebrief") == 1
    assert "Huur" not in [a.text for a in services.meetings.get(planned).agenda]


def test_the_caseload_context_menu_offers_the_changes_for_the_residents_meeting(qtbot, db, window):
    services, window, rid, mid = window
    lst = window.caseload.list
    at = lst.visualItemRect(lst.item(0)).center()
    # A right click: the platform sends this event after the button; QTest's offscreen mouse does not.
    QApplication.sendEvent(
        lst.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, lst.viewport().mapToGlobal(at))
    )
    qtbot.waitUntil(lambda: window.caseload.context_menu is not None and window.caseload.context_menu.isVisible())
    menu = window.caseload.context_menu
    cancel = window.change_actions["cancel"]
    assert cancel in menu.actions() and cancel.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(cancel).center())
    qtbot.waitUntil(lambda: isinstance(window.dialog, MeetingChangeDialog) and window.dialog.isVisible())
    assert window.dialog.mode == "cancel" and window.dialog.meeting.id == mid
