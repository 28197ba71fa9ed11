"""Undo and redo in a meeting, from the window: deleting an agreement (its ✕), an agenda item, a sphere
line and a fact, then undoing, gives the stored rows back identical (every column, ids included);
redo deletes again. The status bar offers "Verwijderd — Ongedaan maken". Edits of an agenda item's
text (now editable with F2), of the quick notes, of a due date and of the summary are undone too."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.content import load_library
from app.models import Base, Meeting
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.i18n import install_translators, remove_translators
from app.ui.main_window import MainWindow
from app.ui.widgets.confirm import yes_button
from app.ui.worker import InlineWorker

TABLES = ("agreement", "agenda_item", "sphere_entry", "known_fact")


@pytest.fixture(autouse=True)
def dutch(qapp):
    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


def rows(db) -> dict[str, list[dict]]:
    """Every stored row of the tables undo covers, every column, ordered by id."""
    out = {}
    with db.session() as s:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = [dict(r._mapping) for r in s.execute(select(table).order_by(table.c.id))]
    return out


@pytest.fixture
def window(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10, 0))
    services.meetings.start(mid)
    ids = {
        "agenda": services.preparation.add_agenda_item(mid, "Zorgen over de huur", "resident"),
        "agenda2": services.preparation.add_agenda_item(mid, "Vrijwilligerswerk", "consultant"),
        "agreement": services.wrapup.add_agreement(mid, "Brief <b>meenemen</b> 🙂", "resident", date(2026, 12, 17)),
        "agreement2": services.wrapup.add_agreement(mid, "Schuldhulp bellen", "consultant"),
        "sphere": services.conversation.add_sphere_entry(mid, "cant", "Energieschuld regelen"),
        "fact": services.conversation.dont_ask_again(mid, "Gescheiden sinds 2019", None),
    }
    w = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.caseload.refresh(select_id=rid)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    assert w.meeting_id == mid
    return services, w, mid, ids


def _key(qtbot, window, key, shift=False) -> None:
    window.tabs.tabBar().setFocus()  # not in a text field: there Ctrl+Z undoes the typing
    mods = Qt.KeyboardModifier.ControlModifier | (
        Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier(0)
    )
    qtbot.keyClick(window.tabs.tabBar(), key, mods)


def _undo(qtbot, window) -> None:
    _key(qtbot, window, Qt.Key.Key_Z)


def _redo(qtbot, window) -> None:
    _key(qtbot, window, Qt.Key.Key_Z, shift=True)


def test_the_agreement_cross_is_undone_from_the_status_bar_and_redone(qtbot, db, window):
    services, w, mid, ids = window
    before = rows(db)
    w.tabs.setCurrentWidget(w.wrapup)
    qtbot.mouseClick(w.wrapup.rows[ids["agreement"]].remove_button, Qt.MouseButton.LeftButton)
    assert [a["id"] for a in rows(db)["agreement"]] == [ids["agreement2"]]
    assert ids["agreement"] not in w.wrapup.rows
    assert w.undo_button.isVisible() and w.undo_button.text() == "Verwijderd — Ongedaan maken"

    qtbot.mouseClick(w.undo_button, Qt.MouseButton.LeftButton)
    assert rows(db) == before  # identical, field by field, ids included
    assert ids["agreement"] in w.wrapup.rows
    assert not w.undo_button.isVisible()

    _redo(qtbot, w)
    assert [a["id"] for a in rows(db)["agreement"]] == [ids["agreement2"]]
    _undo(qtbot, w)
    assert rows(db) == before
    assert [r.id for r in services.caseload.list_residents(query="meenemen")]  # back in search too


def test_agenda_item_sphere_line_and_fact_deleted_then_undone_are_identical(qtbot, db, window):
    services, w, mid, ids = window
    before = rows(db)
    prep = w.preparation
    w.tabs.setCurrentWidget(prep)
    prep.agenda.setCurrentRow(0)
    qtbot.mouseClick(prep.remove_button, Qt.MouseButton.LeftButton)
    w.tabs.setCurrentWidget(w.conversation)
    column = w.conversation.sphere.columns["cant"]
    column.list.setCurrentRow(0)
    column.list.setFocus()
    qtbot.keyClick(column.list, Qt.Key.Key_Delete)
    w.tabs.setCurrentWidget(prep)
    qtbot.mouseClick(prep.fact_remove_buttons[ids["fact"]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(yes_button(prep.confirm_dialog), Qt.MouseButton.LeftButton)
    after = rows(db)
    assert [a["id"] for a in after["agenda_item"]] == [ids["agenda2"]]
    assert after["sphere_entry"] == [] and after["known_fact"] == []

    for _ in range(3):
        _undo(qtbot, w)
    assert rows(db) == before
    assert prep.agenda.count() == 2 and w.conversation.sphere.columns["cant"].list.count() == 1
    for _ in range(3):
        _redo(qtbot, w)
    assert rows(db) == after
    for _ in range(3):
        _undo(qtbot, w)
    assert rows(db) == before


def test_agenda_text_is_edited_with_f2_and_the_edit_undone(qtbot, db, window):
    services, w, mid, ids = window
    prep = w.preparation
    w.tabs.setCurrentWidget(prep)
    prep.agenda.setFocus()
    prep.agenda.setCurrentRow(0)
    qtbot.keyClick(prep.agenda, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.text() == "Zorgen over de huur"  # the text, not the tags
    editor.selectAll()
    qtbot.keyClicks(editor, "Huurachterstand bij Woonstad")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.meetings.get(mid).agenda[0].text == "Huurachterstand bij Woonstad")
    assert "Huurachterstand bij Woonstad" in prep.agenda.item(0).text()
    _undo(qtbot, w)
    assert [a.text for a in services.meetings.get(mid).agenda][0] == "Zorgen over de huur"
    _redo(qtbot, w)
    assert [a.text for a in services.meetings.get(mid).agenda][0] == "Huurachterstand bij Woonstad"


def test_quick_notes_typed_then_undone_from_the_window(qtbot, db, window):
    services, w, mid, ids = window
    w.tabs.setCurrentWidget(w.conversation)
    notes = w.conversation.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Wil graag thuis afspreken")
    _undo(qtbot, w)  # leaving the notes saves them first, then the save is undone
    with db.session() as s:
        assert s.get(Meeting, mid).notes == ""
    assert notes.toPlainText() == ""
    _redo(qtbot, w)
    with db.session() as s:
        assert s.get(Meeting, mid).notes == "Wil graag thuis afspreken"
    assert notes.toPlainText() == "Wil graag thuis afspreken"


def test_a_sphere_line_is_edited_with_f2_and_the_edit_undone(qtbot, db, window):
    services, w, mid, ids = window
    w.tabs.setCurrentWidget(w.conversation)
    lst = w.conversation.sphere.columns["cant"].list
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.text() == "Energieschuld regelen"
    editor.selectAll()
    qtbot.keyClicks(editor, "Betalingsregeling energie")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.meetings.get(mid).sphere[0].text == "Betalingsregeling energie")
    assert lst.item(0).data(Qt.ItemDataRole.UserRole + 1) == "Betalingsregeling energie"
    _undo(qtbot, w)
    assert services.meetings.get(mid).sphere[0].text == "Energieschuld regelen"
    assert [r.id for r in services.caseload.list_residents(query="betalingsregeling")] == []


def test_ctrl_z_in_an_empty_line_undoes_the_deletion_and_typing_stays_the_fields_own(qtbot, db, window):
    services, w, mid, ids = window
    before = rows(db)
    w.tabs.setCurrentWidget(w.wrapup)
    qtbot.mouseClick(w.wrapup.rows[ids["agreement"]].remove_button, Qt.MouseButton.LeftButton)
    line = w.wrapup.new_text
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing typed: the deletion
    assert rows(db) == before
    qtbot.keyClicks(line, "Nieuw")
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own typing
    assert line.text() == "" and rows(db) == before


def test_a_fact_is_changed_in_place_and_the_change_undone(qtbot, db, window):
    services, w, mid, ids = window
    prep = w.preparation
    w.tabs.setCurrentWidget(prep)
    qtbot.mouseClick(prep.fact_edit_buttons[ids["fact"]], Qt.MouseButton.LeftButton)
    field = prep.fact_editor
    assert field.hasFocus() and field.text() == "Gescheiden sinds 2019"
    qtbot.keyClicks(field, "Gescheiden sinds 2018")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [f["text"] for f in rows(db)["known_fact"]] == ["Gescheiden sinds 2018"]
    _undo(qtbot, w)
    assert [f["text"] for f in rows(db)["known_fact"]] == ["Gescheiden sinds 2019"]


def test_after_the_resident_view_undo_is_offered_only_when_there_is_something_to_undo(qtbot, db, window):
    services, w, mid, ids = window
    assert not w.undo_action.isEnabled()
    qtbot.keyClick(w.tabs.tabBar(), Qt.Key.Key_F9)
    assert w.in_resident_view and not w.undo_action.isEnabled()
    qtbot.keyClick(
        w.resident_view, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not w.in_resident_view
    assert not w.undo_action.isEnabled() and not w.redo_action.isEnabled()
    assert not w.change_actions["cancel"].isEnabled()  # the meeting is in progress: not to cancel
    assert w.change_actions["no_show"].isEnabled()


def test_a_due_date_and_the_summary_changed_then_undone(qtbot, db, window):
    """Unticking an agreement's date and typing the summary at wrap-up are undoable steps too."""
    from PySide6.QtCore import QPoint

    services, w, mid, ids = window
    w.tabs.setCurrentWidget(w.wrapup)
    row = w.wrapup.rows[ids["agreement"]]
    qtbot.mouseClick(row.has_due, Qt.MouseButton.LeftButton, pos=QPoint(8, row.has_due.height() // 2))
    assert services.meetings.get(mid).agreements[0].due is None
    _undo(qtbot, w)
    assert services.meetings.get(mid).agreements[0].due == date(2026, 12, 17)
    assert w.wrapup.rows[ids["agreement"]].has_due.isChecked()
    _redo(qtbot, w)
    assert services.meetings.get(mid).agreements[0].due is None

    summary = w.wrapup.summary
    before = summary.toPlainText()  # the draft made from the agenda and agreements
    summary.setFocus()
    summary.selectAll()
    qtbot.keyClicks(summary, "We spraken af dat je de brief meeneemt.")
    _undo(qtbot, w)  # leaving the summary saves it first, then the save is undone
    with db.session() as s:
        assert s.get(Meeting, mid).summary == ""
    assert summary.toPlainText() == before
    _redo(qtbot, w)
    with db.session() as s:
        assert s.get(Meeting, mid).summary == "We spraken af dat je de brief meeneemt."


def test_a_baggage_tick_is_undone_and_redone(qtbot, db, window):
    from PySide6.QtCore import QPoint

    services, w, mid, ids = window
    w.tabs.setCurrentWidget(w.conversation)
    category_id, row = next(iter(w.conversation.baggage_rows.items()))
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton, pos=QPoint(8, row.check.height() // 2))
    assert [b.category_id for b in services.meetings.get(mid).baggage] == [category_id]
    _undo(qtbot, w)
    assert services.meetings.get(mid).baggage == []
    assert not w.conversation.baggage_rows[category_id].check.isChecked()
    _redo(qtbot, w)
    assert [b.category_id for b in services.meetings.get(mid).baggage] == [category_id]
    assert w.conversation.baggage_rows[category_id].check.isChecked()


def test_a_prompt_tick_is_undone_and_redone(qtbot, db, window):
    from app.ui.tabs.conversation import ITEM_ID

    services, w, mid, ids = window
    w.tabs.setCurrentWidget(w.conversation)
    opening = w.conversation.prompt_lists["opening"]
    item = opening.item(0)
    prompt_id = item.data(ITEM_ID)
    opening.setFocus()
    opening.setCurrentItem(item)
    qtbot.keyClick(opening.viewport(), Qt.Key.Key_Space)
    assert prompt_id in services.meetings.get(mid).prompts_used
    _undo(qtbot, w)
    assert prompt_id not in services.meetings.get(mid).prompts_used
    assert w.conversation.prompt_lists["opening"].item(0).checkState() == Qt.CheckState.Unchecked
    _redo(qtbot, w)
    assert prompt_id in services.meetings.get(mid).prompts_used
