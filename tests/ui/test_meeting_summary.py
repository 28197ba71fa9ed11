"""The meeting summary: prefilled at wrap-up, edited, kept; it shows in the next meeting's
voorkennis and in the dossier text, and a closed meeting can get one afterwards."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.tabs.preparation import PreparationTab
from app.ui.tabs.wrapup import WrapUpTab
from app.ui.widgets.confirm import yes_button


@pytest.fixture(scope="module")
def library():
    return load_library("nl")


@pytest.fixture
def meeting(qtbot, db, library):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. K. Bakker"))
    mid = services.meetings.plan(rid, datetime(2026, 11, 3, 10, 0))
    services.meetings.start(mid)
    energy = services.preparation.add_agenda_item(mid, "Energieschuld bij Vattenfall", "resident")
    services.preparation.add_agenda_item(mid, "Vrijwilligerswerk", "consultant")
    services.preparation.update_agenda_item(energy, discussed=True)
    services.wrapup.add_agreement(mid, "Brief van Vattenfall meenemen", "resident")
    services.wrapup.add_agreement(mid, "Schuldhulp bellen", "consultant")
    tab = WrapUpTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    failures: list[str] = []
    tab.failed.connect(failures.append)
    tab.load(rid, mid)
    yield services, tab, rid, mid
    assert failures == []


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_summary_is_prefilled_edited_and_reaches_the_next_meeting_and_the_dossier(qtbot, meeting, library):
    services, tab, rid, mid = meeting
    draft = tab.summary.toPlainText()
    # Prefilled from the ticked topic and the agreements, not from the unticked one.
    assert "Energieschuld bij Vattenfall" in draft and "Vrijwilligerswerk" not in draft
    assert "Brief van Vattenfall meenemen" in draft and "Schuldhulp bellen" in draft

    tab.summary.setFocus()
    qtbot.keyClick(tab.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.summary, " Hij was opgelucht.")
    qtbot.mouseClick(tab.next_planned, Qt.MouseButton.LeftButton, pos=QPoint(8, tab.next_planned.height() // 2))
    tab.next_date.setDate(QDate(2026, 11, 17))
    tab.next_time.setTime(QTime(10, 0))
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(yes_button(tab.confirm_dialog), Qt.MouseButton.LeftButton)

    stored = services.meetings.get(mid)
    assert stored.status == "closed"
    assert stored.summary == draft + " Hij was opgelucht."

    # The dossier text carries it.
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert "Hij was opgelucht." in QGuiApplication.clipboard().text()

    # The next meeting's voorkennis shows it under the earlier meetings.
    next_id = services.meetings.current_meeting_id(rid)
    assert next_id is not None and next_id != mid
    prep = PreparationTab(services, library)
    qtbot.addWidget(prep)
    prep.show()
    prep.load(rid, next_id)
    assert any("Hij was opgelucht." in text for text in _labels(prep.background_body))


def test_a_closed_meeting_gets_a_summary_afterwards(qtbot, meeting):
    services, tab, rid, mid = meeting
    with qtbot.waitSignal(tab.summary_fill.clicked):
        qtbot.mouseClick(tab.summary_fill, Qt.MouseButton.LeftButton)
    tab.summary.clear()  # the consultant empties it: closing fills it in again
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(yes_button(tab.confirm_dialog), Qt.MouseButton.LeftButton)
    assert "Schuldhulp bellen" in services.meetings.get(mid).summary

    # Closed: the rest is read-only, the summary can still be written.
    assert not tab.editable.isEnabled() and tab.summary.isEnabled()
    tab.summary.selectAll()
    qtbot.keyClicks(tab.summary, "Achteraf: rustig gesprek, vooral over de energieschuld.")
    with qtbot.waitSignal(tab.saved, timeout=3000):
        pass
    assert services.meetings.get(mid).summary == "Achteraf: rustig gesprek, vooral over de energieschuld."
    assert services.meetings.get(mid).status == "closed"


def test_a_fact_already_told_can_be_removed(qtbot, db, library):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Y. Demir"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    wrong = services.conversation.dont_ask_again(mid, "Heeft drie kinderen")
    kept = services.conversation.dont_ask_again(mid, "Werkte twaalf jaar in de zorg")
    prep = PreparationTab(services, library)
    qtbot.addWidget(prep)
    prep.show()
    qtbot.waitExposed(prep)
    prep.load(rid, mid)
    assert set(prep.fact_remove_buttons) == {wrong, kept}

    qtbot.mouseClick(prep.fact_remove_buttons[wrong], Qt.MouseButton.LeftButton)
    assert prep.confirm_dialog is not None and prep.confirm_dialog.isVisible()
    with qtbot.waitSignal(prep.changed):
        qtbot.mouseClick(yes_button(prep.confirm_dialog), Qt.MouseButton.LeftButton)

    facts = services.preparation.background(rid).facts
    assert [f.id for f in facts] == [kept]

    def shown() -> str:
        return "\n".join(label.text() for label in prep.background_body.findChildren(QLabel) if label.isVisibleTo(prep))

    qtbot.waitUntil(lambda: "Werkte twaalf jaar in de zorg" in shown())
    assert "Heeft drie kinderen" not in shown()
