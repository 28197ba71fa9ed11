"""Only the user's actions write: looking at a meeting writes nothing, one tick writes once.

The whole main window over a real encrypted database; the resident is chosen with a click in the
caseload, the meeting in its combo box, the tabs with clicks on the tab bar, ticks with the
keyboard and the mouse. Writes are counted at the engine: a transaction that ran an INSERT,
UPDATE or DELETE is one write; one that only ran SELECTs is one read.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import event

from app.ui.main_window import MainWindow
from app.ui.tabs.conversation import ITEM_ID
from app.ui.worker import InlineWorker
from tests.support.screens import build_world


class WriteCounter:
    def __init__(self, engine) -> None:
        self.engine = engine
        self.writes = 0
        self.reads = 0
        self._dirty = False
        self._read = False
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE", "REPLACE"):
            self._dirty = True
        elif statement.lstrip().split(None, 1)[0].upper() == "SELECT":
            self._read = True

    def _commit(self, conn) -> None:
        if self._dirty:
            self.writes += 1
        elif self._read:
            self.reads += 1
        self._dirty = self._read = False

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)


@pytest.fixture
def room(qtbot, db, vault):
    world = build_world(db, vault)
    window = MainWindow(world.services, world.library, InlineWorker())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    counter = WriteCounter(db.engine)
    failures: list[str] = []
    for tab in window.meeting_tabs():
        tab.failed.connect(failures.append)
    yield world, window, counter
    counter.close()
    assert failures == [], failures


def _choose_resident(qtbot, window, resident_id: int) -> None:
    lst = window.caseload.list
    for row in range(lst.count()):
        item = lst.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == resident_id:
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())
            break
    qtbot.waitUntil(lambda: window.resident_id == resident_id)


def _choose_meeting(qtbot, window, meeting_id: int) -> None:
    combo = window.meeting_choice
    index = combo.findData(meeting_id)
    assert index >= 0
    combo.setFocus()
    while combo.currentIndex() != index:  # as a user does: arrow keys in the closed combo box
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    qtbot.waitUntil(lambda: window.meeting_id == meeting_id)


def _visit_every_tab(qtbot, window) -> None:
    bar = window.tabs.tabBar()
    for index in (0, 1, 2, 1, 0):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index


@pytest.mark.parametrize("which", ["open", "closed"])
def test_looking_at_a_meeting_writes_nothing(qtbot, room, which):
    world, window, counter = room
    _choose_resident(qtbot, window, world.resident_id)
    meeting = world.meeting_id if which == "open" else world.closed_meeting_id
    _choose_meeting(qtbot, window, meeting)
    _visit_every_tab(qtbot, window)
    _choose_meeting(qtbot, window, world.closed_meeting_id if which == "open" else world.meeting_id)
    _choose_meeting(qtbot, window, meeting)
    _visit_every_tab(qtbot, window)
    assert counter.writes == 0


def test_one_tick_writes_once(qtbot, room):
    world, window, counter = room
    _choose_resident(qtbot, window, world.resident_id)
    _choose_meeting(qtbot, window, world.meeting_id)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    tab = window.conversation
    assert counter.writes == 0

    # A prompt, with the space bar.
    prompts = tab.prompt_lists["during"]
    item = prompts.item(0)
    prompts.setFocus()
    prompts.setCurrentItem(item)
    qtbot.keyClick(prompts.viewport(), Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert item.data(ITEM_ID) in world.services.meetings.get(world.meeting_id).prompts_used
    assert counter.writes == 1

    # A baggage item, with a click on its box: the fitting prompts turn bold, which writes nothing.
    before = counter.writes
    row = next(r for r in tab.baggage_rows.values() if not r.check.isChecked())
    row.check.setFocus()
    qtbot.keyClick(row.check, Qt.Key.Key_Space)
    assert row.check.isChecked()
    assert counter.writes == before + 1

    # An agenda item, with the space bar.
    before = counter.writes
    agenda = tab.agenda_list
    topic = agenda.item(0)
    agenda.setFocus()
    agenda.setCurrentItem(topic)
    qtbot.keyClick(agenda.viewport(), Qt.Key.Key_Space)
    assert topic.checkState() == Qt.CheckState.Checked
    assert counter.writes == before + 1


def test_one_new_agreement_writes_once_and_reads_twice(qtbot, room):
    """The wrap-up tab reads its meeting once; of the others only Voorbereiding, which lists the open
    agreements, reads again (its background). Before: 1 write and 10 reads (33 SELECTs)."""
    world, window, counter = room
    _choose_resident(qtbot, window, world.resident_id)
    _choose_meeting(qtbot, window, world.meeting_id)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    tab = window.wrapup
    tab.new_text.setFocus()
    qtbot.keyClicks(tab.new_text, "Loonstrook meenemen")
    writes, reads = counter.writes, counter.reads
    qtbot.keyClick(tab.new_text, Qt.Key.Key_Return)
    assert (counter.writes - writes, counter.reads - reads) == (1, 2)
    assert "Loonstrook meenemen" in [a.text for a in world.services.meetings.get(world.meeting_id).agreements]
    shown = [label.text() for label in window.preparation.background_body.findChildren(QLabel)]
    assert any("Loonstrook meenemen" in text for text in shown), shown
