"""Voorbereiding hears the resident: last check-out in their words, a repair prompt when low, and
"komt steeds terug" when one baggage topic was ticked in 3 of the last 4 held meetings."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLabel

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.tabs.preparation import PreparationTab


@pytest.fixture
def library():
    return load_library("nl")


def _held(services, rid, day, score=None, words="", baggage=()):
    mid = services.meetings.plan(rid, datetime(2026, 10, day, 10))
    if score is not None:
        services.wrapup.set_checkout_score(mid, score)
    if words:
        services.meetings.save_text(mid, {"checkout_words": words})
    for category in baggage:
        services.conversation.set_baggage(mid, category.id, category.kind, True, "")
    services.meetings.close(mid)
    return mid


def _tab(qtbot, services, library, rid):
    mid = services.meetings.plan(rid, datetime(2026, 12, 10, 14))
    tab = PreparationTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.load(rid, mid)
    return tab


def _named(tab, name):
    return [w for w in tab.background_body.findChildren(QLabel) if w.objectName() == name]


@pytest.mark.parametrize(("score", "repair"), [(1, True), (2, True), (3, False), (5, False)])
def test_last_checkout_in_own_words_and_repair_prompt_when_low(qtbot, db, library, score, repair):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya", address_form="u"))
    _held(services, rid, 1, 5, "Eerste keer, prima")
    _held(services, rid, 8, score, "Hoofd zit vol ‏שלום 🙂 <b>echt</b>")
    tab = _tab(qtbot, services, library, rid)
    shown = "\n".join(w.text() for w in _named(tab, "lastCheckout"))
    assert "Hoofd zit vol ‏שלום 🙂 <b>echt</b>" in shown  # the latest meeting, as written
    assert "Eerste keer" not in shown
    prompt = library.prompt("prep_after_low_checkout")
    notes = _named(tab, "prep_after_low_checkout")
    assert bool(notes) is repair
    if repair:
        assert prompt.text in notes[0].text() and prompt.example_for("u") in notes[0].text()
        assert prompt.source.file in notes[0].toolTip()


def test_no_checkout_given_shows_nothing_about_it(qtbot, db, library):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. Bakker"))
    _held(services, rid, 1)
    tab = _tab(qtbot, services, library, rid)
    assert not _named(tab, "lastCheckout") and not _named(tab, "prep_after_low_checkout")


@pytest.mark.parametrize(
    ("ticked_in", "shows"), [((1, 3, 4), True), ((1, 2, 3, 4), True), ((2, 4), False), ((0, 3, 4), False)]
)
def test_keeps_coming_back_at_three_of_the_last_four(qtbot, db, library, ticked_in, shows):
    """Five held meetings (0 = oldest); only the last four (1..4) count."""
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    topic, other = library.baggage[0], library.baggage[1]
    for i in range(5):
        _held(services, rid, 1 + i, baggage=(topic,) if i in ticked_in else (other,) if i == 0 else ())
    tab = _tab(qtbot, services, library, rid)
    notes = _named(tab, "keepsComingBack")
    expected = (sum(1 for i in ticked_in if i >= 1)) >= 3
    assert shows is expected
    assert bool(notes) is shows
    assert bool(_named(tab, "prep_story_keeps_returning")) is shows
    if shows:
        assert topic.label in notes[0].text()
        assert other.label not in notes[0].text()
        assert not any(ch.isdigit() for ch in notes[0].text())  # never a score or a count
        qtbot.waitUntil(notes[0].isVisible)
        tab.grab().save("/tmp/voice_shots/preparation_keeps_coming_back.png")
