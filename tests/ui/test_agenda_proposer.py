"""Who proposed a topic: the same default in Voorbereiding and Gesprek, and it never sticks to the next topic."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.tabs.conversation import ConversationTab
from app.ui.tabs.preparation import PreparationTab


def _meeting(db):
    library = load_library("nl")
    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 2, 10, 0))
    services.meetings.start(mid)
    return services, library, rid, mid


def _proposers(services, mid) -> list[tuple[str, str]]:
    return [(a.text, a.proposed_by) for a in services.meetings.get(mid).agenda]


def test_preparation_defaults_to_the_resident_and_resets(qtbot, db):
    services, library, rid, mid = _meeting(db)
    tab = PreparationTab(services, library)
    qtbot.addWidget(tab)
    tab.show()
    tab.load(rid, mid)
    assert tab.proposer.currentData() == "resident"
    tab.proposer.setFocus()
    qtbot.keyClick(tab.proposer, Qt.Key.Key_Up)  # "proposed by me"
    assert tab.proposer.currentData() == "consultant"
    qtbot.keyClicks(tab.new_item, "Werk zoeken")
    qtbot.keyClick(tab.new_item, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.new_item, "Schulden")
    qtbot.keyClick(tab.new_item, Qt.Key.Key_Return)
    assert _proposers(services, mid) == [("Werk zoeken", "consultant"), ("Schulden", "resident")]


def test_conversation_defaults_to_the_resident_and_resets(qtbot, db):
    services, library, rid, mid = _meeting(db)
    tab = ConversationTab(services, library)
    qtbot.addWidget(tab)
    tab.show()
    tab.load(rid, mid)
    assert tab.agenda_from_resident.isChecked()
    qtbot.mouseClick(tab.agenda_from_resident, Qt.MouseButton.LeftButton)
    assert not tab.agenda_from_resident.isChecked()
    qtbot.keyClicks(tab.agenda_input, "Werk zoeken")
    qtbot.keyClick(tab.agenda_input, Qt.Key.Key_Return)
    assert tab.agenda_from_resident.isChecked()
    qtbot.keyClicks(tab.agenda_input, "Schulden")
    qtbot.keyClick(tab.agenda_input, Qt.Key.Key_Return)
    assert _proposers(services, mid) == [("Werk zoeken", "consultant"), ("Schulden", "resident")]
