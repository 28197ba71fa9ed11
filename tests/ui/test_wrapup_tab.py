"""Afronding on its own: build → load → act as a user → assert on what the services store."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.profile import Profile
from app.services.registry import Services
from app.ui.tabs.wrapup import WrapUpTab, dossier_summary
from app.ui.widgets.confirm import yes_button
from app.ui.worker import Worker

CANARY = "Canary-7f3a"


def _close(qtbot, dialog) -> None:
    """Close a dialog as the user does: Escape."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


@pytest.fixture(scope="module")
def library():
    return load_library("nl")


@pytest.fixture
def services(db, library):
    services = Services.over(db)
    services.referrals.seed(library.referrals)
    services.profile.save(Profile(name="Anouk de Groot", phone="0412 123 456", municipality="Gemeente Oss"))
    return services


@pytest.fixture
def failures() -> list[str]:
    """What the tab reported through ``failed``; a test that expects a failure empties it."""
    return []


@pytest.fixture
def setup(qtbot, services, library, failures):
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. J. de Vries", address_form="u"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    services.meetings.start(mid)
    tab = WrapUpTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1000, 620)
    tab.show()
    qtbot.waitExposed(tab)
    tab.failed.connect(failures.append)
    tab.load(rid, mid)
    yield services, tab, rid, mid
    assert failures == []


def _click_box(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _pick(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def _add(qtbot, tab, text: str, owner: str = "resident") -> None:
    qtbot.keyClicks(tab.new_text, text)
    _pick(tab.new_owner, owner)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def test_add_edit_and_remove_agreements(qtbot, setup):
    services, tab, rid, mid = setup
    with qtbot.waitSignal(tab.changed):
        _add(qtbot, tab, "Bankafschriften meenemen", "resident")
    qtbot.keyClicks(tab.new_text, "Bijzondere bijstand uitzoeken")
    qtbot.keyClick(tab.new_text, Qt.Key.Key_Return)  # Enter adds too (owner stays as picked)
    stored = services.meetings.get(mid).agreements
    assert [(a.text, a.owner, a.due, a.status) for a in stored] == [
        ("Bankafschriften meenemen", "resident", None, "open"),
        ("Bijzondere bijstand uitzoeken", "resident", None, "open"),
    ]
    first, second = (tab.rows[a.id] for a in stored)

    # Owner, due date, status.
    with qtbot.waitSignal(tab.changed):
        _pick(second.owner, "consultant")
    _click_box(qtbot, first.has_due)
    first.due.setDate(QDate(2026, 12, 12))
    _pick(second.status, "done")
    by_id = {a.id: a for a in services.meetings.get(mid).agreements}
    assert by_id[first.agreement_id].due == date(2026, 12, 12)
    assert (by_id[second.agreement_id].owner, by_id[second.agreement_id].status) == ("consultant", "done")

    # "No date" again.
    _click_box(qtbot, first.has_due)
    assert services.meetings.get(mid).agreements[0].due is None

    # The text autosaves.
    first.text.setFocus()
    qtbot.keyClick(first.text, Qt.Key.Key_End)
    qtbot.keyClicks(first.text, " van november")
    qtbot.waitUntil(
        lambda: services.meetings.get(mid).agreements[0].text == "Bankafschriften meenemen van november", timeout=3000
    )

    # Remove.
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(second.remove_button, Qt.MouseButton.LeftButton)
    assert [a.text for a in services.meetings.get(mid).agreements] == ["Bankafschriften meenemen van november"]
    assert set(tab.rows) == {first.agreement_id}


def test_open_agreements_from_earlier_meetings_take_a_status(qtbot, services, library):
    rid = services.caseload.add_resident(ResidentInput(display_name="R. Peters"))
    first = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    earlier_id = services.wrapup.add_agreement(first, "Loonstrook inleveren", "resident", date(2026, 11, 20))
    services.wrapup.set_next_appointment(first, datetime(2026, 11, 15, 10))
    second = services.meetings.close(first)
    tab = WrapUpTab(services, library)
    qtbot.addWidget(tab)
    tab.show()
    tab.load(rid, second)

    row = tab.rows[earlier_id]
    assert not row.editable and row.remove_button is None
    assert isinstance(row.text, QWidget) and not isinstance(row.text, QLineEdit)
    assert "Loonstrook inleveren" == row.text.text()
    with qtbot.waitSignal(tab.changed):
        _pick(row.status, "done")
    assert services.wrapup.open_agreements(rid) == []
    # Still shown this session, so the consultant sees what they just did.
    tab.load(rid, second)
    assert earlier_id in tab.rows and tab.rows[earlier_id].status.currentData() == "done"


def _carried_over(qtbot, services, library):
    """An agreement due 20 November, carried into the meeting of 1 December: its date has passed."""
    rid = services.caseload.add_resident(ResidentInput(display_name="R. Peters"))
    first = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    earlier_id = services.wrapup.add_agreement(first, "Loonstrook inleveren", "resident", date(2026, 11, 20))
    services.wrapup.set_next_appointment(first, datetime(2026, 12, 1, 10))
    second = services.meetings.close(first)
    tab = WrapUpTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1000, 620)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(rid, second)
    return tab, rid, first, second, earlier_id


def test_an_earlier_agreement_whose_date_passed_gets_a_new_date(qtbot, services, library):
    from PySide6.QtWidgets import QDateTimeEdit

    tab, rid, first, second, earlier_id = _carried_over(qtbot, services, library)
    row = tab.rows[earlier_id]
    assert row.due_passed and row.passed_label.isVisible()
    assert "Date passed" in row.passed_label.text() and "as soon as possible" in row.passed_label.toolTip()
    assert row.new_due.date() == QDate(2026, 12, 15)  # two weeks after this meeting
    assert row.new_due.accessibleName() and row.set_due_button.accessibleName() and row.asap_button.accessibleName()

    row.new_due.setFocus()
    row.new_due.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(row.new_due, Qt.Key.Key_Up)  # 16 December
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(row.set_due_button, Qt.MouseButton.LeftButton)
    assert [a.due for a in services.wrapup.open_agreements(rid)] == [date(2026, 12, 16)]
    row = tab.rows[earlier_id]  # shown again, now with a date still to come
    assert not row.due_passed and row.passed_label is None
    assert "16" in row.origin.text() and "2026" in row.origin.text()
    assert [a.due for a in services.documents.slip(second).agreements] == [date(2026, 12, 16)]
    # the words and the owner stay as they were settled in their own, closed meeting
    from app.models.rules import MeetingClosed

    with pytest.raises(MeetingClosed):
        services.wrapup.update_agreement(earlier_id, text="Iets anders", carried_into=second)
    with pytest.raises(MeetingClosed):
        services.wrapup.update_agreement(earlier_id, due=None)  # not carried: its own meeting is closed


def test_an_earlier_agreement_whose_date_passed_becomes_as_soon_as_possible(qtbot, services, library, tmp_path):
    tab, rid, first, second, earlier_id = _carried_over(qtbot, services, library)
    row = tab.rows[earlier_id]
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    row.set_due_button.setFocus()
    qtbot.keyClick(row.set_due_button, Qt.Key.Key_Tab)  # by keyboard: "Set this date", then this
    assert QGuiApplication.focusObject() is row.asap_button
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(row.asap_button, Qt.Key.Key_Space)
    assert [a.due for a in services.wrapup.open_agreements(rid)] == [None]
    assert not tab.rows[earlier_id].due_passed
    text = _pdf_text(_preview(qtbot, tab).pdf, tmp_path)
    assert "Loonstrook inleveren" in text and "20 november" not in text
    _close(qtbot, tab.preview_dialog)


def test_next_appointment(qtbot, setup):
    services, tab, rid, mid = setup
    assert not tab.next_fields.isEnabled()
    _click_box(qtbot, tab.next_planned)
    assert tab.next_fields.isEnabled()
    tab.next_date.setDate(QDate(2026, 12, 15))
    tab.next_time.setTime(QTime(14, 30))
    _pick(tab.next_place, "walk")
    qtbot.keyClicks(tab.next_detail, "Start bij de bibliotheek")
    tab.flush()
    detail = services.meetings.get(mid)
    assert detail.next_at == datetime(2026, 12, 15, 14, 30)
    assert (detail.next_place, detail.next_place_detail) == ("walk", "Start bij de bibliotheek")

    _click_box(qtbot, tab.next_planned)
    assert services.meetings.get(mid).next_at is None


def test_checkout_score_and_words_autosave(qtbot, setup):
    services, tab, rid, mid = setup
    qtbot.mouseClick(tab.feeling.buttons[3], Qt.MouseButton.LeftButton)
    assert services.meetings.get(mid).checkout_score == 4
    qtbot.mouseClick(tab.feeling.buttons[1], Qt.MouseButton.LeftButton)
    assert services.meetings.get(mid).checkout_score == 2
    assert [b.isChecked() for b in tab.feeling.buttons] == [False, True, False, False, False]
    qtbot.mouseClick(tab.feeling.buttons[1], Qt.MouseButton.LeftButton)  # again: cleared
    assert services.meetings.get(mid).checkout_score is None

    qtbot.keyClicks(tab.checkout_words, "Opgelucht")
    qtbot.keyClicks(tab.went_well, "Naast elkaar gezeten")
    qtbot.keyClicks(tab.could_improve, "Meer tijd")
    with qtbot.waitSignal(tab.saved, timeout=3000):
        pass
    detail = services.meetings.get(mid)
    assert (detail.checkout_words, detail.went_well, detail.could_improve) == (
        "Opgelucht",
        "Naast elkaar gezeten",
        "Meer tijd",
    )


def _fill_sensitive(services, mid: int) -> None:
    """Everything that must never leave the room unasked: baggage, notes, check-out, known facts."""
    services.conversation.set_baggage(mid, "divorce", "life_story", True, f"baggage {CANARY}")
    services.conversation.dont_ask_again(mid, f"fact {CANARY}", "divorce")
    services.meetings.save_text(
        mid,
        {
            "notes": f"notes {CANARY}",
            "checkout_words": f"words {CANARY}",
            "went_well": f"well {CANARY}",
            "could_improve": f"better {CANARY}",
            "goals": f"goals {CANARY}",
        },
    )
    services.wrapup.set_checkout_score(mid, 2)


def test_dossier_summary_leaves_baggage_and_notes_out_unless_ticked(qtbot, setup, library):
    services, tab, rid, mid = setup
    topic = services.preparation.add_agenda_item(mid, "Schulden", "resident")
    services.preparation.add_agenda_item(mid, "Niet besproken punt", "consultant")
    services.preparation.update_agenda_item(topic, discussed=True)
    services.wrapup.add_agreement(mid, "Brief van de bank meenemen", "resident", date(2026, 12, 12))
    services.wrapup.add_agreement(mid, "Kwijtschelding uitzoeken", "consultant")
    services.wrapup.set_next_appointment(mid, datetime(2026, 12, 15, 14, 30), "home")
    _fill_sensitive(services, mid)
    tab.load(rid, mid)

    assert not tab.include_baggage.isChecked() and not tab.include_notes.isChecked()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == tab.last_summary
    assert "01-12-2026" in text
    assert "Schulden" in text and "Niet besproken punt" not in text
    assert "Brief van de bank meenemen" in text and "12-12-2026" in text
    assert text.index("Brief van de bank meenemen") < text.index("Kwijtschelding uitzoeken")
    assert "15-12-2026 14:30" in text
    assert CANARY not in text

    _click_box(qtbot, tab.include_baggage)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert f"baggage {CANARY}" in text and library.baggage_by_id("divorce").label in text
    assert f"notes {CANARY}" not in text

    _click_box(qtbot, tab.include_notes)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert f"notes {CANARY}" in text
    # Check-out answers and known facts never go into the summary.
    for never in ("words", "well", "better", "fact", "goals"):
        assert f"{never} {CANARY}" not in text


def test_dossier_summary_is_a_pure_function(services, library):
    rid = services.caseload.add_resident(ResidentInput(display_name="A"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 9, 0))
    _fill_sensitive(services, mid)
    plain = dossier_summary(services.documents.dossier(mid), library=library)
    assert CANARY not in plain and "01-12-2026 09:00" in plain
    full = dossier_summary(services.documents.dossier(mid, include_baggage=True, include_notes=True), library=library)
    assert f"baggage {CANARY}" in full and f"notes {CANARY}" in full


def test_slip_mapping_never_carries_baggage_or_notes(services, library):
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. J. de Vries", address_form="u"))
    first = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    services.wrapup.add_agreement(first, "Loonstrook inleveren", "resident")
    services.wrapup.set_next_appointment(first, datetime(2026, 12, 1, 10))
    mid = services.meetings.close(first)
    _fill_sensitive(services, mid)
    services.wrapup.add_agreement(mid, "Kwijtschelding uitzoeken", "consultant", date(2026, 12, 12))
    services.wrapup.add_agreement(mid, "Bankafschriften meenemen", "resident")
    services.wrapup.update_agreement(services.wrapup.add_agreement(mid, "Al gedaan", "resident"), status="done")
    referral = services.referrals.list()[0]
    services.conversation.add_sphere_entry(mid, "cant", f"cant {CANARY}", referral.id)
    services.conversation.add_sphere_entry(mid, "will", f"will {CANARY}")
    services.wrapup.set_next_appointment(mid, datetime(2026, 12, 15, 14, 30), "home", "Kerkstraat 1")

    slip = services.documents.slip(mid)
    assert CANARY not in repr(slip)
    assert [(a.text, a.owner) for a in slip.agreements] == [
        ("Bankafschriften meenemen", "resident"),
        ("Loonstrook inleveren", "resident"),
        ("Kwijtschelding uitzoeken", "consultant"),
    ]
    assert slip.resident_name == "Mevr. J. de Vries" and slip.address_form == "u"
    assert slip.meeting_date == date(2026, 12, 1)
    assert slip.next_appointment.start == datetime(2026, 12, 15, 14, 30)
    assert (slip.next_appointment.place_kind, slip.next_appointment.place) == ("home", "Kerkstraat 1")
    from app.documents.wording import Wording

    assert slip.next_appointment.where(Wording("nl", "u")) == "bij u thuis, Kerkstraat 1"
    assert slip.next_appointment.where(Wording("en", "u")) == "at your home, Kerkstraat 1"
    # the first entry is 113: discreet, so only on the slip when ticked for it
    assert referral.discreet and slip.referrals == []
    ticked = services.documents.slip(mid, discreet_ticked={referral.id})
    assert [r.name for r in ticked.referrals] == [referral.name]
    assert slip.consultant.name == "Anouk de Groot" and slip.consultant.municipality == "Gemeente Oss"
    assert slip.client_number is None


def test_preview_slip_renders_off_the_gui_thread(qtbot, setup):
    services, tab, rid, mid = setup
    services.wrapup.add_agreement(mid, "Bankafschriften meenemen", "resident")
    tab.worker = Worker()
    assert "Ctrl+P" in tab.preview_button.toolTip()
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None and tab.preview_dialog.isVisible(), timeout=10000)
    assert tab.preview_dialog.pdf.startswith(b"%PDF")
    assert tab.preview_dialog.page_count() >= 1
    assert tab.preview_button.isEnabled()
    _close(qtbot, tab.preview_dialog)


def test_ctrl_p_previews_inline(qtbot, setup):
    services, tab, rid, mid = setup
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.copy_button.setFocus()
    qtbot.keyClick(tab.copy_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert tab.preview_dialog is not None and tab.preview_dialog.pdf.startswith(b"%PDF")
    _close(qtbot, tab.preview_dialog)


def test_close_meeting_plans_the_next_and_turns_read_only(qtbot, setup, failures):
    services, tab, rid, mid = setup
    _click_box(qtbot, tab.next_planned)
    tab.next_date.setDate(QDate(2026, 12, 15))
    tab.next_time.setTime(QTime(9, 0))
    qtbot.keyClicks(tab.checkout_words, "Rustig")  # pending: closing flushes it first

    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.confirm_dialog
    assert dialog is not None and dialog.isVisible() and "15-12-2026" in dialog.text()
    with qtbot.waitSignal(tab.changed):
        yes_button(dialog).click()

    detail = services.meetings.get(mid)
    assert detail.status == "closed" and detail.checkout_words == "Rustig"
    assert tab.next_meeting_id is not None and tab.next_meeting_id != mid
    assert services.meetings.current_meeting_id(rid) == tab.next_meeting_id
    assert services.meetings.get(tab.next_meeting_id).starts_at == datetime(2026, 12, 15, 9, 0)
    assert tab.banner.isVisible() and not tab.editable.isEnabled()
    assert not tab.close_button.isEnabled() and not tab.went_well.isEnabled()
    # A closed meeting can still be printed and copied to the dossier.
    assert tab.preview_button.isEnabled() and tab.copy_button.isEnabled()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert "15-12-2026 09:00" in QGuiApplication.clipboard().text()

    # Reopen (deliberately) works with the next meeting planned; that one stays planned.
    next_id = tab.next_meeting_id
    qtbot.mouseClick(tab.banner.reopen_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed):
        yes_button(tab.banner.confirm_dialog).click()
    assert failures == []
    assert services.meetings.status(mid) == "in_progress" and services.meetings.status(next_id) == "planned"
    assert tab.editable.isEnabled() and not tab.banner.isVisible()

    # Once the next meeting is in progress, reopening fails and says why.
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    yes_button(tab.confirm_dialog).click()
    assert services.meetings.status(mid) == "closed" and tab.next_meeting_id == next_id
    services.meetings.start(next_id)
    qtbot.mouseClick(tab.banner.reopen_button, Qt.MouseButton.LeftButton)
    yes_button(tab.banner.confirm_dialog).click()
    assert len(failures) == 1 and "in progress" in failures[0]
    assert services.meetings.status(mid) == "closed"
    failures.clear()


def test_close_without_next_and_reopen(qtbot, setup):
    services, tab, rid, mid = setup
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    yes_button(tab.confirm_dialog).click()
    assert services.meetings.get(mid).status == "closed" and tab.next_meeting_id is None
    assert not tab.editable.isEnabled()

    qtbot.mouseClick(tab.banner.reopen_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed):
        yes_button(tab.banner.confirm_dialog).click()
    assert services.meetings.get(mid).status == "in_progress"
    assert tab.editable.isEnabled() and tab.close_button.isEnabled() and not tab.banner.isVisible()


def test_cancel_keeps_the_meeting_open(qtbot, setup):
    services, tab, rid, mid = setup
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    _close(qtbot, tab.confirm_dialog)
    assert services.meetings.get(mid).status == "in_progress"


def test_clear_empties_resident_data(qtbot, setup):
    services, tab, rid, mid = setup
    _add(qtbot, tab, "Iets afspreken")
    qtbot.keyClicks(tab.went_well, "Goed gesprek")
    tab.clear()
    assert services.meetings.get(mid).went_well == "Goed gesprek"  # saved before clearing
    assert tab.rows == {} and tab.went_well.toPlainText() == ""
    assert not tab.content.isVisible()


def _inside_combo(widget) -> bool:
    """Parts of a combo box or a date/time edit, named through their owner."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parent()
    return False


def test_every_interactive_widget_has_an_accessible_name(qtbot, setup):
    services, tab, rid, mid = setup
    _add(qtbot, tab, "Iets afspreken")
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
    nameless = [
        f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}"
        for w in tab.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.accessibleName()
        and not _inside_combo(w)
        and not type(w).__name__.startswith("QCalendar")
    ]
    assert nameless == []


def test_slip_follows_the_settings(qtbot, db):
    from app.services.caseload import ResidentInput
    from app.services.registry import Services

    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="R", client_number="KN-1"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    slip = services.documents.slip(mid)
    assert slip.client_number is None and slip.languages == ("nl",)
    services.settings.set("show_client_number_on_slip", True)
    services.settings.set("slip_second_language", "en")
    slip = services.documents.slip(mid)
    assert slip.client_number == "KN-1" and slip.languages == ("nl", "en")


# -- the slip's referrals, paper and wording (issue 17) ---------------------------------------


def _pdf_text(pdf: bytes, tmp_path) -> str:
    import subprocess

    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _preview(qtbot, tab):
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None and tab.preview_dialog.isVisible(), timeout=10000)
    return tab.preview_dialog


def test_a_discreet_referral_is_on_the_slip_only_when_ticked(qtbot, setup, tmp_path):
    services, tab, rid, mid = setup
    by_content = {r.content_id: r for r in services.referrals.list()}
    crisis, loket = by_content["zelfmoordpreventie_113"], by_content["juridisch_loket"]
    assert crisis.discreet and not loket.discreet
    services.conversation.add_sphere_entry(mid, "cant", "Hier kan ik niet bij helpen", crisis.id)
    services.conversation.add_sphere_entry(mid, "cant", "Juridisch advies geef ik niet", loket.id)
    tab.load(rid, mid)

    assert list(tab.discreet_boxes) == [crisis.id]  # only the discreet one asks
    box = tab.discreet_boxes[crisis.id]
    assert box.isVisible() and not box.isChecked()
    text = _pdf_text(_preview(qtbot, tab).pdf, tmp_path)
    assert "Juridisch Loket" in text and "0800-8020" in text
    assert "113" not in text and "Zelfmoordpreventie" not in text
    _close(qtbot, tab.preview_dialog)

    _click_box(qtbot, tab.discreet_boxes[crisis.id])
    assert tab.discreet_boxes[crisis.id].isChecked()
    text = _pdf_text(_preview(qtbot, tab).pdf, tmp_path)
    assert "Zelfmoordpreventie" in text and "0800-0113" in text
    _close(qtbot, tab.preview_dialog)

    # a per-slip choice: another meeting starts unticked
    other_rid = services.caseload.add_resident(ResidentInput(display_name="Ali"))
    other = services.meetings.plan(other_rid, datetime(2026, 12, 20, 10, 0))
    tab.load(other_rid, other)
    assert tab.discreet_ticked == set()


def test_a_municipality_entry_marked_discreet_stays_off_the_slip_until_ticked(qtbot, setup, tmp_path):
    """The flag is stored: an entry the municipality added can be discreet, and a bundled one can stop being."""
    services, tab, rid, mid = setup
    from app.services.referrals import ReferralInput

    shelter = services.referrals.add(
        ReferralInput("Blijf Groep Oss", "Opvang en hulp bij geweld thuis", "0800-2000", discreet=True)
    )
    crisis = next(r for r in services.referrals.list() if r.content_id == "zelfmoordpreventie_113")
    services.referrals.update(
        crisis.id, ReferralInput(crisis.name, crisis.purpose, crisis.contact, crisis.website, discreet=False)
    )
    services.conversation.add_sphere_entry(mid, "cant", "Daar ben ik niet voor", shelter)
    services.conversation.add_sphere_entry(mid, "cant", "Hier kan ik niet bij helpen", crisis.id)
    tab.load(rid, mid)

    assert list(tab.discreet_boxes) == [shelter]  # 113 is no longer discreet here: no box
    assert "Blijf Groep Oss" in tab.discreet_boxes[shelter].text()
    text = _pdf_text(_preview(qtbot, tab).pdf, tmp_path)
    assert "Blijf Groep" not in text and "0800-2000" not in text
    assert "Zelfmoordpreventie" in text  # unticked in the directory: on the slip like any entry
    _close(qtbot, tab.preview_dialog)

    _click_box(qtbot, tab.discreet_boxes[shelter])
    text = _pdf_text(_preview(qtbot, tab).pdf, tmp_path)
    assert "Blijf Groep Oss" in text and "0800-2000" in text
    _close(qtbot, tab.preview_dialog)


def test_a_referral_without_contact_details_is_named_as_left_off(qtbot, setup, tmp_path):
    services, tab, rid, mid = setup
    from app.services.referrals import ReferralInput

    bare = services.referrals.add(ReferralInput(name="Buurtkamer Oost", purpose="Koffie en een luisterend oor"))
    services.conversation.add_sphere_entry(mid, "cant", "Daar ben ik niet voor", bare)
    tab.load(rid, mid)
    assert tab.unreachable_note.isVisible() and "Buurtkamer Oost" in tab.unreachable_note.text()
    assert "Buurtkamer" not in _pdf_text(_preview(qtbot, tab).pdf, tmp_path)
    _close(qtbot, tab.preview_dialog)


def test_the_preview_names_jargon_with_a_plain_alternative(qtbot, setup):
    services, tab, rid, mid = setup
    services.wrapup.add_agreement(mid, "Denk aan je Sollicitatieplicht", "resident")
    tab.load(rid, mid)
    dialog = _preview(qtbot, tab)
    assert dialog.notes_label.isVisible()
    hint = dialog.notes_label.text()
    assert "sollicitatieplicht" in hint and "je moet werk zoeken" in hint
    _close(qtbot, dialog)


def test_the_a4_setting_lays_the_slip_out_for_a4(qtbot, setup, tmp_path):
    services, tab, rid, mid = setup
    services.settings.set("slip_paper", "A4")
    dialog = _preview(qtbot, tab)
    assert dialog.media == "A4" and dialog.paper.currentData() == "A4"
    import subprocess

    path = tmp_path / "a4.pdf"
    path.write_bytes(dialog.pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    _close(qtbot, dialog)


def test_rows_shown_again_for_another_resident_save_to_that_residents_agreement(qtbot, setup):
    """Rows are reused between residents (issue 16): a reused row edits the agreement it shows now,
    and a row put aside holds no resident's words."""
    services, tab, rid, mid = setup
    first_ids = [services.wrapup.add_agreement(mid, f"Eerste inwoner {i}", "resident") for i in range(3)]
    other = services.caseload.add_resident(ResidentInput(display_name="Dhr. K. Bakker"))
    other_meeting = services.meetings.plan(other, datetime(2026, 12, 2, 9, 0))
    services.meetings.start(other_meeting)
    other_ids = [services.wrapup.add_agreement(other_meeting, f"Tweede inwoner {i}", "resident") for i in range(2)]
    tab.load(rid, mid)
    used_before = {id(row) for row in tab.rows.values()}
    assert set(tab.rows) == set(first_ids)

    tab.load(other, other_meeting)
    assert set(tab.rows) == set(other_ids)
    assert {id(row) for row in tab.rows.values()} <= used_before, "new rows were built though rows were free"
    assert [tab.rows[i].text.text() for i in other_ids] == ["Tweede inwoner 0", "Tweede inwoner 1"]
    spare = [row for rows in tab._spare_rows.values() for row in rows]
    assert spare and all(row.text.text() == "" and row.origin.text() == "" for row in spare)

    row = tab.rows[other_ids[1]]
    row.text.setFocus()
    qtbot.keyClick(row.text, Qt.Key.Key_End)
    qtbot.keyClicks(row.text, " bellen")
    qtbot.waitUntil(
        lambda: [a.text for a in services.meetings.get(other_meeting).agreements][1] == "Tweede inwoner 1 bellen",
        timeout=3000,
    )
    assert [a.text for a in services.meetings.get(mid).agreements] == [f"Eerste inwoner {i}" for i in range(3)]

    tab.clear()  # a lock
    left = [row for rows in tab._spare_rows.values() for row in rows]
    assert left and all(row.text.text() == "" for row in left)
