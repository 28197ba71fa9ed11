"""Voorbereiding on its own: build → load → edit → save → assert on storage."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.tabs.preparation import PreparationTab


@pytest.fixture
def setup(qtbot, db):
    services = Services.over(db)
    rid = services.caseload.add_resident(
        ResidentInput(display_name="Mevr. Yılmaz", address_form="u", preferred_channel="letter", brings_companion=True)
    )
    first = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    services.wrapup.add_agreement(first, "Loonstrook meenemen", "resident")
    services.conversation.dont_ask_again(first, "Heeft drie kinderen")
    services.meetings.save_text(first, {"summary": "Kennismaking; zorgen over inkomen."})
    services.meetings.close(first)
    mid = services.meetings.plan(rid, datetime(2026, 12, 10, 14))
    tab = PreparationTab(services, load_library("nl"))
    qtbot.addWidget(tab)
    tab.load(rid, mid)
    return services, tab, rid, mid


def _texts(tab) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in tab.background_body.findChildren(QLabel))


def test_background_shows_history(setup):
    services, tab, rid, mid = setup
    shown = _texts(tab)
    assert "Heeft drie kinderen" in shown
    assert "Loonstrook meenemen" in shown
    assert "Kennismaking; zorgen over inkomen." in shown
    # The open agreement was carried over onto the new agenda, marked as such.
    assert [(a.text, a.carried_over) for a in services.meetings.get(mid).agenda] == [("Loonstrook meenemen", True)]


def test_goals_autosave(qtbot, setup):
    services, tab, rid, mid = setup
    qtbot.keyClicks(tab.goals, "Samen een plan maken")
    with qtbot.waitSignal(tab.saved, timeout=3000):
        pass
    assert services.meetings.get(mid).goals == "Samen een plan maken"


def test_add_reorder_remove_agenda(qtbot, setup):
    services, tab, rid, mid = setup
    qtbot.keyClicks(tab.new_item, "Werk in de zorg")
    tab.proposer.setCurrentIndex(tab.proposer.findData("resident"))
    qtbot.keyClick(tab.new_item, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.new_item, "Taalcursus")
    tab.proposer.setCurrentIndex(tab.proposer.findData("consultant"))
    tab.add_button.click()
    agenda = services.meetings.get(mid).agenda
    assert [(a.text, a.proposed_by) for a in agenda] == [
        ("Loonstrook meenemen", "consultant"),
        ("Werk in de zorg", "resident"),
        ("Taalcursus", "consultant"),
    ]
    tab.agenda.setCurrentRow(2)
    tab.move_current(-1)
    tab.move_current(-1)
    assert [a.text for a in services.meetings.get(mid).agenda] == [
        "Taalcursus",
        "Loonstrook meenemen",
        "Werk in de zorg",
    ]
    tab.agenda.setCurrentRow(0)
    tab.remove_agenda_item()
    assert [a.text for a in services.meetings.get(mid).agenda] == ["Loonstrook meenemen", "Werk in de zorg"]
    assert "resident" in tab.agenda.item(1).text() or "inwoner" in tab.agenda.item(1).text()


def test_preparation_prompts_come_from_the_library(setup):
    services, tab, rid, mid = setup
    library = load_library("nl")
    assert tab.prompts.count() == len(library.prompts_for("preparation")) > 0
    assert library.prompts_for("preparation")[0].text in tab.prompts.item(0).text()


def test_closed_meeting_is_read_only(setup):
    services, tab, rid, mid = setup
    services.meetings.close(mid)
    tab.load(rid, mid)
    assert not tab.goals.isEnabled() and not tab.add_button.isEnabled()
