"""A whole consultation through the full window, as a consultant would do it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.services.registry import Services


def _select(window, name: str) -> None:
    panel = window.caseload
    for row in range(panel.list.count()):
        if panel.list.item(row).text().split("\n")[0] == name:
            panel.list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} not in the caseload")


def test_full_consultation(qtbot, make_controller):
    controller = make_controller()
    window = controller.window
    assert window is not None, "the keyring path opens the app without typing"
    services: Services = window.services

    # 1. Create a resident.
    window.new_resident()
    editor = window.dialog
    qtbot.keyClicks(editor.display_name, "Mevr. Amrani")
    editor.address_form.setFocus()
    while editor.address_form.currentData() != "u":  # arrow keys in the closed combo box
        qtbot.keyClick(editor.address_form, Qt.Key.Key_Down)
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    assert window.resident_id is not None
    rid = window.resident_id
    assert services.caseload.get_resident(rid).data.address_form == "u"

    # 2. Plan a meeting and prepare three agenda items, one proposed by the resident.
    window.plan_meeting()
    qtbot.waitUntil(lambda: window.dialog.isVisible())
    qtbot.keyClick(window.dialog, Qt.Key.Key_Return)  # the proposed date and time, as they stand
    mid = window.meeting_id
    assert mid is not None
    prep = window.preparation
    for text, who in (
        ("Kennismaken", "consultant"),
        ("Zorgen over de huur", "resident"),
        ("Werk en taal", "consultant"),
    ):
        prep.proposer.setCurrentIndex(prep.proposer.findData(who))
        qtbot.keyClicks(prep.new_item, text)
        qtbot.keyClick(prep.new_item, Qt.Key.Key_Return)
    agenda = services.meetings.get(mid).agenda
    assert [(a.text, a.proposed_by) for a in agenda] == [
        ("Kennismaken", "consultant"),
        ("Zorgen over de huur", "resident"),
        ("Werk en taal", "consultant"),
    ]

    # 3. The conversation.
    window.start_meeting()
    assert window.tabs.currentWidget() is window.conversation
    conv = window.conversation
    opening = conv.prompt_lists["opening"]
    for row in (0, 1):
        opening.item(row).setCheckState(Qt.CheckState.Checked)
    ticked = {opening.item(0).data(Qt.ItemDataRole.UserRole), opening.item(1).data(Qt.ItemDataRole.UserRole)}
    category_id, row = next(iter(conv.baggage_rows.items()))
    row.check.setChecked(True)
    assert row.acknowledgement.isVisibleTo(conv)
    qtbot.keyClicks(row.note, "Scheiding in 2023")
    row.no_more_button.click()

    will = conv.sphere.columns["will"]
    will.input.setEditText("Ik zoek uit of de huurtoeslag klopt")
    will.add_button.click()
    cant = conv.sphere.columns["cant"]
    cant.input.setEditText("Ik kan geen schulden kwijtschelden")
    assert cant.referral.count() > 1, "the referral directory was seeded at start-up"
    cant.referral.setCurrentIndex(1)
    referral_id = cant.referral.currentData()
    cant.add_button.click()

    wrap = window.wrapup
    window.tabs.setCurrentWidget(wrap)
    for text, owner in (
        ("Huurcontract meenemen", "resident"),
        ("Huurtoeslag nakijken", "consultant"),
        ("Samen naar het buurtteam", "together"),
    ):
        wrap.new_owner.setCurrentIndex(wrap.new_owner.findData(owner))
        qtbot.keyClicks(wrap.new_text, text)
        wrap.add_button.click()

    # 4. Check out, plan the next appointment, close.
    wrap.feeling.buttons[3].click()
    qtbot.keyClicks(wrap.checkout_words, "Opgelucht")
    wrap.next_planned.setChecked(True)
    wrap.next_date.setDate(QDate.currentDate().addDays(14))
    wrap.close_meeting()

    detail = services.meetings.get(mid)
    assert detail.status == "closed"
    assert detail.prompts_used == frozenset(ticked)
    assert [b.category_id for b in detail.baggage] == [category_id]
    assert [(s.kind, s.text, s.referral_id) for s in detail.sphere] == [
        ("will", "Ik zoek uit of de huurtoeslag klopt", None),
        ("cant", "Ik kan geen schulden kwijtschelden", referral_id),
    ]
    assert sorted((a.owner, a.text) for a in detail.agreements) == [
        ("consultant", "Huurtoeslag nakijken"),
        ("resident", "Huurcontract meenemen"),
        ("together", "Samen naar het buurtteam"),
    ]
    assert detail.checkout_score == 4 and detail.checkout_words == "Opgelucht"

    # 5. The next meeting's preparation shows the open agreements and the fact not to ask again.
    next_id = services.meetings.current_meeting_id(rid)
    assert next_id is not None and next_id != mid
    assert window.meeting_id == next_id
    window.tabs.setCurrentWidget(prep)
    from PySide6.QtWidgets import QLabel

    shown = "\n".join(label.text() for label in prep.background_body.findChildren(QLabel))
    for text in ("Huurcontract meenemen", "Huurtoeslag nakijken", "Samen naar het buurtteam", "Scheiding in 2023"):
        assert text in shown
    carried = [(a.text, a.carried_over) for a in services.meetings.get(next_id).agenda]
    assert ("Huurcontract meenemen", True) in carried


def test_typed_notes_survive_closing_the_window(qtbot, make_controller):
    controller = make_controller()
    window = controller.window
    services = window.services
    from datetime import datetime

    from app.services.caseload import ResidentInput

    rid = services.caseload.add_resident(ResidentInput(display_name="Dhr. Visser"))
    services.meetings.plan(rid, datetime(2026, 12, 3, 10))
    window.caseload.refresh(select_id=rid)
    window.tabs.setCurrentWidget(window.conversation)
    qtbot.keyClicks(window.conversation.notes, "Wil graag een fiets voor het werk")
    # No explicit save: close as a user would, then start again.
    window.close()
    controller.shutdown()
    again = make_controller()
    again.window.caseload.refresh(select_id=rid)
    assert again.window.conversation.notes.toPlainText() == "Wil graag een fiets voor het werk"
