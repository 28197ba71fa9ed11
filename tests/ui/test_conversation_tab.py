"""Gesprek on its own: build → load → act as a user → assert on what the services store."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.tabs.conversation import ITEM_ID, ConversationTab
from app.ui.widgets.confirm import yes_button
from app.ui.widgets.tagged_item_delegate import TAGS_ROLE


@pytest.fixture(scope="module")
def library():
    return load_library("nl")


@pytest.fixture
def setup(qtbot, db, library):
    services = Services.over(db)
    services.referrals.seed(library.referrals)
    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. K. Bakker", address_form="u"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    services.meetings.start(mid)
    services.preparation.add_agenda_item(mid, "Schulden bij de energieleverancier", "resident")
    services.preparation.add_agenda_item(mid, "Werk zoeken", "consultant")
    tab = ConversationTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1000, 620)
    tab.show()
    qtbot.waitExposed(tab)
    failures: list[str] = []
    tab.failed.connect(failures.append)
    tab.load(rid, mid)
    yield services, tab, rid, mid
    assert failures == []


def _item(lst, key):
    for i in range(lst.count()):
        item = lst.item(i)
        if item.data(ITEM_ID) == key or item.data(Qt.ItemDataRole.UserRole + 1) == key:
            return item
    raise AssertionError(f"{key!r} not in the list")


def _click_box(qtbot, box) -> None:
    """Click a check box where a user would: on its indicator."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _toggle_with_space(qtbot, lst, item) -> None:
    lst.setFocus()
    lst.setCurrentItem(item)
    qtbot.keyClick(lst.viewport(), Qt.Key.Key_Space)


def test_prompts_tick_as_used_and_are_never_a_score(qtbot, setup, library):
    services, tab, rid, mid = setup
    opening = tab.prompt_lists["opening"]
    assert opening.count() == len(library.prompts_for("opening"))
    first = library.prompts_for("opening")[0]
    item = _item(opening, first.id)

    _toggle_with_space(qtbot, opening, item)
    assert item.checkState() == Qt.CheckState.Checked
    assert first.id in services.meetings.get(mid).prompts_used
    said = first.example_for("u")  # the resident here is addressed with "u"
    if said:
        assert said in tab.example.text()
        assert said in item.toolTip()
    assert "Ctrl" in item.toolTip()

    _toggle_with_space(qtbot, opening, item)
    assert first.id not in services.meetings.get(mid).prompts_used

    # Reminders, not a checklist: nothing on screen counts or scores them.
    shown = [w.text() for w in tab.findChildren(QLabel)] + [w.text() for w in tab.findChildren(QAbstractButton)]
    assert not [t for t in shown if re.search(r"\d+\s*/\s*\d+|\d+\s*%", t)]

    during = library.prompts_for("during")[0]
    tab.prompt_pages.button(1).click()
    _item(tab.prompt_lists["during"], during.id).setCheckState(Qt.CheckState.Checked)
    assert during.id in services.meetings.get(mid).prompts_used


def test_agenda_ticks_off_and_marks_who_proposed(qtbot, setup):
    services, tab, rid, mid = setup
    debts = _item(tab.agenda_list, "Schulden bij de energieleverancier")
    assert "resident" in debts.data(TAGS_ROLE)
    assert debts.font().bold()
    work = _item(tab.agenda_list, "Werk zoeken")
    assert not work.data(TAGS_ROLE)

    with qtbot.waitSignal(tab.changed):
        _toggle_with_space(qtbot, tab.agenda_list, debts)
    agenda = {a.text: a.discussed for a in services.meetings.get(mid).agenda}
    assert agenda == {"Schulden bij de energieleverancier": True, "Werk zoeken": False}

    # A topic the resident brings in during the opening.
    qtbot.keyClicks(tab.agenda_input, "Kinderopvang")
    qtbot.keyClick(tab.agenda_input, Qt.Key.Key_Return)
    added = [a for a in services.meetings.get(mid).agenda if a.text == "Kinderopvang"]
    assert added and added[0].proposed_by == "resident"
    assert _item(tab.agenda_list, "Kinderopvang").data(TAGS_ROLE)


def test_carried_over_items_are_marked(qtbot, db, library):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="R. Peters"))
    first = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    services.preparation.add_agenda_item(first, "Huurachterstand", "resident")
    services.wrapup.set_next_appointment(first, datetime(2026, 11, 15, 10))
    second = services.meetings.close(first)
    tab = ConversationTab(services, library)
    qtbot.addWidget(tab)
    tab.load(rid, second)
    item = _item(tab.agenda_list, "Huurachterstand")
    tags = item.data(TAGS_ROLE)
    assert "resident" in tags and "last time" in tags
    assert "earlier meeting" in item.toolTip()


def test_baggage_tick_acknowledges_and_dont_ask_again_becomes_a_fact(qtbot, setup, library):
    services, tab, rid, mid = setup
    divorce = library.baggage_by_id("divorce")
    row = tab.baggage_rows["divorce"]
    assert not row.acknowledgement.isVisible()

    _click_box(qtbot, row.check)
    assert row.check.isChecked()
    assert row.acknowledgement.isVisible()
    assert row.acknowledgement.text() == divorce.acknowledgement_for("u")
    assert [(b.category_id, b.kind) for b in services.meetings.get(mid).baggage] == [("divorce", "life_story")]

    qtbot.keyClicks(row.note, "sinds 2023, twee kinderen")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(row.no_more_button, Qt.MouseButton.LeftButton)
    facts = services.preparation.background(rid).facts
    assert [(f.text, f.category_id) for f in facts] == [(f"{divorce.label}: sinds 2023, twee kinderen", "divorce")]
    assert row.known_label.isVisible() and "twee kinderen" in row.known_label.text()

    # Reloading shows the fact as already told.
    tab.load(rid, mid)
    assert tab.baggage_rows["divorce"].known_label.isVisible()

    # System critique and life domains are groups of their own.
    tab.baggage_pages.button(1).click()
    critique = tab.baggage_rows["threatening_letters"]
    _click_box(qtbot, critique.check)
    assert critique.acknowledgement.text() == library.baggage_by_id("threatening_letters").acknowledgement_for("u")
    tab.baggage_pages.button(2).click()
    domain = library.life_domains[0]
    _click_box(qtbot, tab.baggage_rows[domain.id].check)
    kinds = {b.category_id: b.kind for b in services.meetings.get(mid).baggage}
    assert kinds == {"divorce": "life_story", "threatening_letters": "system_critique", domain.id: "life_domain"}

    # Unticking removes the mark (the known fact stays).
    _click_box(qtbot, tab.baggage_rows[domain.id].check)
    assert domain.id not in {b.category_id for b in services.meetings.get(mid).baggage}


def test_baggage_tick_makes_fitting_prompts_stand_out(qtbot, setup, library):
    services, tab, rid, mid = setup
    fitting = library.prompts_for_baggage("not_heard")
    fitting = [p for p in fitting if p.phase in ("opening", "during", "closing")]
    assert fitting
    item = _item(tab.prompt_lists[fitting[0].phase], fitting[0].id)
    assert not item.font().bold()
    tab.baggage_pages.button(1).click()
    _click_box(qtbot, tab.baggage_rows["not_heard"].check)
    assert item.font().bold()


def test_sphere_entries_and_a_referral_on_cant(qtbot, setup, library):
    services, tab, rid, mid = setup
    will = tab.sphere.columns["will"]
    qtbot.keyClicks(will.input.lineEdit(), "Ik bel de energieleverancier")
    qtbot.keyClick(will.input.lineEdit(), Qt.Key.Key_Return)
    assert will.input.currentText() == ""

    # "Can't": pick a library example that names a referral; the referral is preselected.
    cant = tab.sphere.columns["cant"]
    example = next(s for s in library.sphere_of_kind("cant") if s.referral)
    index = cant.input.findText(example.text)
    assert index > 0
    cant.input.setFocus()
    for _ in range(index):
        qtbot.keyClick(cant.input, Qt.Key.Key_Down)
    assert cant.input.currentText() == example.text
    expected = next(r for r in services.referrals.list() if r.content_id == example.referral)
    assert cant.referral.currentData() == expected.id
    qtbot.mouseClick(cant.add_button, Qt.MouseButton.LeftButton)

    # A typed "can't" line with a referral chosen by hand.
    other = next(r for r in services.referrals.list() if r.id != expected.id)
    qtbot.keyClicks(cant.input.lineEdit(), "Ik kan de huur niet betalen")
    cant.referral.setCurrentIndex(cant.referral.findData(other.id))
    qtbot.keyClick(cant.input.lineEdit(), Qt.Key.Key_Return)

    sphere = [(e.kind, e.text, e.referral_id) for e in services.meetings.get(mid).sphere]
    assert sphere == [
        ("will", "Ik bel de energieleverancier", None),
        ("cant", example.text, expected.id),
        ("cant", "Ik kan de huur niet betalen", other.id),
    ]
    assert cant.list.count() == 2 and expected.name in cant.list.item(0).text()

    # Remove one again.
    cant.list.setCurrentRow(1)
    qtbot.mouseClick(cant.remove_button, Qt.MouseButton.LeftButton)
    assert [e.text for e in services.meetings.get(mid).sphere if e.kind == "cant"] == [example.text]


def test_ctrl_return_turns_a_line_into_an_agreement(qtbot, setup):
    services, tab, rid, mid = setup
    assert "Ctrl" in tab.agenda_list.toolTip()

    # An agenda item: the resident's agreement.
    tab.agenda_list.setFocus()
    tab.agenda_list.setCurrentRow(1)
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.agenda_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # A "will" line: the consultant's agreement.
    will = tab.sphere.columns["will"]
    qtbot.keyClicks(will.input.lineEdit(), "Ik zoek uit of kwijtschelding kan")
    qtbot.keyClick(will.input.lineEdit(), Qt.Key.Key_Return)
    will.list.setFocus()
    will.list.setCurrentRow(0)
    assert "Ctrl" in will.list.item(0).toolTip()
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(will.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # The current line of the notes (a bullet is dropped); the notes themselves stay as typed.
    tab.notes.setFocus()
    qtbot.keyClicks(tab.notes, "Zoon heeft astma")
    qtbot.keyClick(tab.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.notes, "- Formulier kwijtschelding invullen")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.notes.toPlainText() == "Zoon heeft astma\n- Formulier kwijtschelding invullen"

    # A prompt.
    opening = tab.prompt_lists["opening"]
    opening.setFocus()
    opening.setCurrentRow(0)
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(opening, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    made = [(a.text, a.owner) for a in services.meetings.get(mid).agreements]
    assert made == [
        ("Werk zoeken", "resident"),
        ("Ik zoek uit of kwijtschelding kan", "consultant"),
        ("Formulier kwijtschelding invullen", "resident"),
        (opening.item(0).data(Qt.ItemDataRole.UserRole + 1), "resident"),
    ]
    assert "Begin met een check-in" in tab.feedback.text()
    assert tab.last_agreement_id == services.meetings.get(mid).agreements[-1].id


def test_notes_autosave_and_stay_with_their_meeting(qtbot, setup, db, library):
    services, tab, rid, mid = setup
    qtbot.keyClicks(tab.notes, "Vertelt over de verhuizing")
    qtbot.waitUntil(lambda: services.meetings.get(mid).notes == "Vertelt over de verhuizing", timeout=3000)

    # Typed, then straight to another resident: the text is saved to the first meeting only.
    other_rid = services.caseload.add_resident(ResidentInput(display_name="T. de Boer"))
    other_mid = services.meetings.plan(other_rid, datetime(2026, 12, 2, 9))
    qtbot.keyClicks(tab.notes, ". Canary-NOTES")
    tab.load(other_rid, other_mid)
    assert services.meetings.get(mid).notes == "Vertelt over de verhuizing. Canary-NOTES"
    assert services.meetings.get(other_mid).notes == ""
    assert tab.notes.toPlainText() == ""

    # clear() (lock) empties what shows resident data.
    tab.load(rid, mid)
    assert "Canary-NOTES" in tab.notes.toPlainText()
    tab.clear()
    assert tab.notes.toPlainText() == "" and tab.agenda_list.count() == 0
    assert not tab.content.isVisible()


def test_closed_meeting_is_read_only_until_reopened(qtbot, setup):
    services, tab, rid, mid = setup
    services.meetings.close(mid)
    tab.load(rid, mid)
    assert tab.banner.isVisible()
    assert "closed" in tab.banner.label.text()
    assert not tab.content.isEnabled()
    assert not tab.notes.isEnabled() and not tab.agenda_list.isEnabled()

    qtbot.mouseClick(tab.banner.reopen_button, Qt.MouseButton.LeftButton)
    dialog = tab.banner.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(tab.changed):
        yes_button(dialog).click()
    assert services.meetings.get(mid).status == "in_progress"
    assert tab.content.isEnabled() and not tab.banner.isVisible()


def test_nothing_chosen_shows_an_empty_state(qtbot, db, library):
    tab = ConversationTab(Services.over(db), library)
    qtbot.addWidget(tab)
    tab.show()
    tab.load(None, None)
    assert tab.empty_note.isVisible() and not tab.content.isVisible()
    assert tab.flush()


def _inside_combo(widget) -> bool:
    from PySide6.QtWidgets import QComboBox

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def nameless_widgets(tab) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QWidget

    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
    return [
        f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}"
        for w in tab.findChildren(QWidget)
        if isinstance(w, kinds) and not w.accessibleName() and not _inside_combo(w)
    ]


def test_every_interactive_widget_has_an_accessible_name(setup):
    services, tab, rid, mid = setup
    assert nameless_widgets(tab) == []
