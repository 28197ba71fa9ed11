"""The resident-safe view and the clipboard guard."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.clipboard import ClipboardGuard
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker

NOTE = "kanarie-notitie-93"
BAGGAGE = "kanarie-bagage-17"


def test_resident_view_hides_everything_sensitive(qtbot, db):
    services = Services.over(db)
    library = load_library("nl")
    services.referrals.seed(library.referrals)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    services.caseload.add_resident(ResidentInput(display_name="Dhr. Anders"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    services.preparation.add_agenda_item(mid, "Zorgen over de huur", "resident")
    services.wrapup.add_agreement(mid, "Huurcontract meenemen", "resident")
    services.meetings.save_text(mid, {"notes": NOTE})
    services.conversation.set_baggage(mid, library.baggage[0].id, library.baggage[0].kind, True, BAGGAGE)
    services.conversation.dont_ask_again(mid, "kanarie-feit-55")
    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    window.caseload.refresh(select_id=rid)

    window.enter_resident_view()
    assert window.in_resident_view
    visible = [w for w in window.findChildren(QLabel) if w.isVisible()]
    visible_text = "\n".join(w.text() for w in visible)
    assert "Zorgen over de huur" in visible_text and "Huurcontract meenemen" in visible_text
    for secret in (NOTE, BAGGAGE, "kanarie-feit-55", "Dhr. Anders", library.baggage[0].label):
        assert secret not in visible_text
    assert not window.caseload.isVisible() and not window.tabs.isVisible()
    assert not window.menuBar().isVisible()
    # Keys that would reveal other views do nothing while it is shown.
    assert not window.plan_action.isEnabled()
    # The agenda and agreements are in large type.
    big = [w for w in visible if "Huurcontract meenemen" in w.text()][0]
    assert big.font().pointSizeF() >= 1.5 * window.font().pointSizeF()

    window.leave_view_action.trigger()
    assert not window.in_resident_view and window.tabs.isVisible() and window.menuBar().isVisible()


def test_clipboard_is_cleared_if_still_ours(qtbot):
    guard = ClipboardGuard(1)
    clipboard = QGuiApplication.clipboard()
    guard.copy("verslag met gegevens")
    assert clipboard.text() == "verslag met gegevens"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_clipboard_left_alone_when_the_user_copied_something_else(qtbot):
    guard = ClipboardGuard(60)
    clipboard = QGuiApplication.clipboard()
    guard.copy("verslag met gegevens")
    clipboard.setText("iets anders")
    assert guard.clear_if_ours() is False
    assert clipboard.text() == "iets anders"
    guard.copy("nog een verslag")
    assert guard.clear_if_ours() is True and clipboard.text() == ""
