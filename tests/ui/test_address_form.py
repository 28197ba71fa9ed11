"""Je and u: the setting picks the form for new residents, and what the consultant says aloud follows it.

Through the real window: a new resident made with Ctrl+N after the setting says "u", then the
acknowledging phrase of a ticked baggage item and the example of a chosen prompt, for a resident
addressed with "u" and one addressed with "je". And the content itself: every Dutch phrase said to
the resident has a "u" form wherever it uses "je".
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.main_window import MainWindow
from app.ui.tabs.conversation import ConversationTab
from app.ui.worker import InlineWorker

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf|jullie)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def library():
    return load_library("nl")


def test_new_residents_start_with_the_settings_form(qtbot, db, library):
    services = Services.over(db, library)
    services.settings.set("address_form_default", "u")
    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    editor = window.dialog
    assert editor.address_form.currentData() == "u"
    qtbot.keyClicks(editor.display_name, "Mevr. Yilmaz")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    assert services.caseload.get_resident(saved.args[0]).data.address_form == "u"


@pytest.mark.parametrize("form", ["u", "je"])
def test_what_is_said_aloud_follows_the_residents_form(qtbot, db, library, form):
    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. Bakker", address_form=form))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    services.meetings.start(mid)
    tab = ConversationTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(rid, mid)

    category = next(b for b in library.baggage if b.acknowledgement_u)
    row = tab.baggage_rows[category.id]
    row.check.setFocus()
    qtbot.keyClick(row.check, Qt.Key.Key_Space)
    assert row.check.isChecked()
    said = row.acknowledgement.text()
    assert said == (category.acknowledgement_u if form == "u" else category.acknowledgement)
    assert bool(INFORMAL.search(said)) == (form == "je")

    prompt = next(p for phase in ("opening", "during") for p in library.prompts_for(phase) if p.example_u)
    lst = next(
        lst for lst in tab.prompt_lists.values() if any(lst.item(i).text() == prompt.text for i in range(lst.count()))
    )
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == prompt.text)
    lst.setFocus()
    lst.setCurrentItem(item)
    expected = prompt.example_u if form == "u" else prompt.example
    assert expected and expected in tab.example.text()
    assert expected in item.toolTip()


def test_every_phrase_said_to_the_resident_has_a_u_form(library):
    missing, still_informal = [], []
    for b in library.baggage:
        if INFORMAL.search(b.acknowledgement) and not b.acknowledgement_u:
            missing.append(b.id)
        if b.acknowledgement_u and INFORMAL.search(b.acknowledgement_u):
            still_informal.append(b.id)
    for p in library.prompts:
        if p.phase == "team" or not p.example:  # team prompts are said among colleagues
            continue
        if INFORMAL.search(p.example) and not p.example_u:
            missing.append(p.id)
        if p.example_u and INFORMAL.search(p.example_u):
            still_informal.append(p.id)
    assert not missing, f"no u form: {missing}"
    assert not still_informal, f"a u form still says je: {still_informal}"


@pytest.mark.parametrize("form", ["u", "je"])
def test_the_resident_view_and_the_handover_speak_in_the_residents_form(qtbot, db, library, form):
    from app.ui.dialogs.handover import HandoverDialog
    from app.ui.i18n import install_translators, remove_translators
    from app.ui.resident_view import ResidentSafeView
    from tests.support.screens import visible_texts

    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. Bakker", address_form=form))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    services.meetings.start(mid)
    services.relationship.save_file_reading(mid, what_i_read="Uw aanvraag van oktober", why="om te beginnen")
    services.wrapup.add_agreement(mid, "Loonstroken meenemen", "resident")
    translators = install_translators(QApplication.instance(), "nl")
    try:
        view = ResidentSafeView(services)
        qtbot.addWidget(view)
        view.load(rid, mid)
        handover = HandoverDialog(services, rid)
        qtbot.addWidget(handover)
        said = " ".join(text for widget in (view, handover) for _where, text in visible_texts(widget))
    finally:
        remove_translators(QApplication.instance(), translators)
    fixed = said.replace("Uw aanvraag van oktober", "")
    if form == "u":
        assert "Wat voor u belangrijk is" in said and "uw dossier" in said
        assert not INFORMAL.search(fixed), fixed
    else:
        assert "Wat voor jou belangrijk is" in said and "je dossier" in said
