"""The resident's turn in the resident view (F9): check-out in faces and words, own action points."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.caseload import ResidentInput
from app.services.registry import Services
from tests.support.windows import shown_window


def _window(qtbot, db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    return services, shown_window(qtbot, services, rid, mid), mid


def test_the_resident_gives_a_checkout_and_writes_own_action_points(qtbot, db, tmp_path: Path):
    services, window, mid = _window(qtbot, db)
    QTest.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.in_resident_view)
    view = window.resident_view
    assert view.feeling is not None and view.own_words is not None and view.new_action is not None
    # Faces and words, no numbers.
    assert all(not any(ch.isdigit() for ch in b.text()) for b in view.feeling.buttons)
    qtbot.mouseClick(view.feeling.buttons[1], Qt.MouseButton.LeftButton)
    assert services.meetings.get(mid).checkout_score == 2
    view.own_words.setFocus()
    QTest.keyClicks(view.own_words, "Moe, maar geholpen")
    qtbot.waitUntil(lambda: services.meetings.get(mid).checkout_words == "Moe, maar geholpen")
    QTest.keyClicks(view.new_action, "Ik bel  zelf de woningcorporatie")
    QTest.keyClick(view.new_action, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.meetings.get(mid).agreements) == 1)
    qtbot.waitUntil(lambda: view.new_action is not None and view.new_action.hasFocus())
    agreements = services.meetings.get(mid).agreements
    assert [(a.text, a.owner) for a in agreements] == [("Ik bel  zelf de woningcorporatie", "resident")]
    view.grab().save(str(tmp_path / "residents_turn_1366.png"))
    shots = Path("/tmp/voice_shots")
    shots.mkdir(exist_ok=True)
    view.grab().save(str(shots / "residents_turn_1366.png"))
    # Leaving takes the consultant's shortcut; the words stay saved.
    QTest.keyClicks(view.own_words, " ook")
    QTest.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.in_resident_view)
    assert services.meetings.get(mid).checkout_words.endswith(" ook")


def test_clicking_the_chosen_face_again_clears_it(qtbot, db):
    services, window, mid = _window(qtbot, db)
    QTest.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.in_resident_view)
    face = window.resident_view.feeling.buttons[4]
    qtbot.mouseClick(face, Qt.MouseButton.LeftButton)
    assert services.meetings.get(mid).checkout_score == 5
    qtbot.mouseClick(face, Qt.MouseButton.LeftButton)
    assert services.meetings.get(mid).checkout_score is None
