"""Issue 10 views: the timeline, 'what I read in your file', signals, self-check, handover."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.dialogs.handover import HandoverDialog
from app.ui.dialogs.relationship import RelationshipDialog
from app.ui.dialogs.self_check import SelfCheckDialog
from app.ui.dialogs.signals import NewSignalDialog, SignalsDialog
from app.ui.resident_view import ResidentSafeView
from app.ui.tabs.preparation import PreparationTab


def _history(services):
    rid = services.caseload.add_resident(ResidentInput(display_name="Daan", consultant_count=3))
    m1 = services.meetings.plan(rid, datetime(2026, 9, 1, 10))
    a = services.wrapup.add_agreement(m1, "Open dag bezoeken", "resident")
    b = services.wrapup.add_agreement(m1, "Studiefinanciering uitzoeken", "consultant")
    services.wrapup.add_agreement(m1, "Formulier invullen", "together")
    services.wrapup.set_checkout_score(m1, 2)
    services.meetings.close(m1)
    m2 = services.meetings.plan(rid, datetime(2026, 10, 1, 10))
    services.wrapup.update_agreement(a, status="done")
    services.wrapup.update_agreement(b, status="dropped")
    services.wrapup.set_checkout_score(m2, 4)
    services.meetings.close(m2)
    return rid, m1, m2


def test_timeline_shows_kept_and_open_per_side(qtbot, db):
    services = Services.over(db)
    rid, *_ = _history(services)
    dialog = RelationshipDialog(services, rid)
    qtbot.addWidget(dialog)
    cells = {key: label.text() for key, label in dialog.cells.items()}
    assert cells[("resident", "done")] == "1" and cells[("resident", "open")] == "0"
    assert cells[("consultant", "dropped")] == "1" and cells[("consultant", "done")] == "0"
    assert cells[("together", "open")] == "1"
    assert [v for _label, v in dialog.chart.points] == [2, 4]
    dialog.resize(760, 520)
    assert not dialog.chart.grab().isNull()


def test_file_reading_written_in_preparation_and_checked_in_resident_view(qtbot, db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="R"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    tab = PreparationTab(services, load_library("nl"))
    qtbot.addWidget(tab)
    tab.load(rid, mid)
    qtbot.keyClicks(tab.file_reading.what, "Je kreeg in 2024 een brief over terugbetalen.")
    qtbot.keyClicks(tab.file_reading.why, "Zodat je het niet opnieuw hoeft uit te leggen.")
    assert tab.flush()
    assert services.relationship.file_reading(mid).what_i_read == "Je kreeg in 2024 een brief over terugbetalen."

    view = ResidentSafeView(services)
    qtbot.addWidget(view)
    view.load(rid, mid)
    check = view.file_check
    check.no.click()
    qtbot.keyClicks(check.correction, "Het was in 2023.")
    qtbot.keyClick(check.correction, Qt.Key.Key_Return)  # Enter keeps the correction
    note = services.relationship.file_reading(mid)
    assert note.resident_agrees is False and note.correction == "Het was in 2023."
    tab.load(rid, mid)
    assert "2023" in tab.file_reading.answer.text()


def test_new_signal_flags_names_until_scrubbed(qtbot, db):
    services = Services.over(db)
    services.caseload.add_resident(ResidentInput(display_name="Xandriaan Qwibbel"))
    library = load_library("nl")
    dialog = NewSignalDialog(services, library, suggested=[library.baggage_of_kind("system_critique")[0].id])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.text, "Qwibbel kreeg op 3 mei een dreigende brief")
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.consent.height() // 2))
    assert dialog.consent.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.signals.rows_in_period() == []
    assert "Qwibbel" in dialog.flags.text()
    qtbot.mouseClick(dialog.scrub_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.created):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = services.signals.rows_in_period()
    assert "Qwibbel" not in row.text and "3" not in row.text


def test_signals_export_has_no_canaries(qtbot, db, tmp_path):
    services = Services.over(db)
    library = load_library("nl")
    canaries = ["Zolotova-Brink", "Xandriaan"]
    for name in canaries:
        services.caseload.add_resident(ResidentInput(display_name=name, client_number="KN-99871"))
    critique = library.baggage_of_kind("system_critique")
    services.signals.create(critique[0].id, "Brieven klinken dreigend", True)
    services.signals.create(critique[1].id, "Steeds een andere consulent", True)
    services.signals.create(critique[1].id, "Niet gedeeld", False)
    dialog = SignalsDialog(services, library)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.export(tmp_path / "s.csv", "csv") and dialog.export(tmp_path / "s.pdf", "pdf")
    rows = list(csv.reader(io.StringIO((tmp_path / "s.csv").read_text("utf-8-sig"))))
    assert len(rows) == 3 and "Niet gedeeld" not in str(rows)
    pdf_text = subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Brieven klinken dreigend" in pdf_text
    for canary in canaries + ["KN-99871", "99871"]:
        assert canary not in (tmp_path / "s.csv").read_text("utf-8-sig") and canary not in pdf_text


def test_self_check_dialog(qtbot, db):
    services = Services.over(db)
    rid, m1, m2 = _history(services)
    dialog = SelfCheckDialog(services.relationship, m2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for key, answer in (("real_conversation", 3), ("approach_fit", 2)):
        button = dialog.groups[key].button(answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    save = next(
        b
        for b in dialog.findChild(QDialogButtonBox).buttons()
        if dialog.findChild(QDialogButtonBox).buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    answers = services.relationship.self_check(m2)
    assert (answers.real_conversation, answers.shared_goal, answers.approach_fit) == (3, None, 2)


def test_handover_dialog_saves_and_prints(qtbot, db, tmp_path):
    services = Services.over(db)
    rid, *_ = _history(services)
    dialog = HandoverDialog(services, rid)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.summary, "We werken aan een opleiding in de techniek.")
    qtbot.keyClicks(dialog.wishes, "Korte gesprekken werken beter.")
    with qtbot.waitSignal(dialog.preview_requested) as signal:
        dialog.print_button.click()
    pdf = signal.args[0]
    (tmp_path / "h.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True).stdout
    assert "We werken aan een opleiding in de techniek." in text and "Formulier invullen" in text
    assert services.relationship.handover(rid).resident_wishes == "Korte gesprekken werken beter."


def test_self_checks_export_from_the_window_is_anonymous(qtbot, db, tmp_path):
    from app.services.relationship import SelfCheckAnswers
    from app.ui.main_window import MainWindow
    from app.ui.worker import InlineWorker

    services = Services.over(db)
    rid, m1, m2 = _history(services)
    services.relationship.save_self_check(SelfCheckAnswers(m1, 3, 3, 2))
    window = MainWindow(services, load_library("nl"), InlineWorker())
    qtbot.addWidget(window)
    assert window.write_self_checks(tmp_path / "t.csv")
    text = (tmp_path / "t.csv").read_text("utf-8")
    assert text.splitlines()[0] == "period,question,answer,count"
    assert "2026-09,real_conversation,3,1" in text and "Daan" not in text


def test_the_handover_prints_in_the_residents_language_with_its_status_said(qtbot, db, tmp_path):
    """The printed handover offers the resident's own language next to Dutch; the wording's status is shown,
    and what was written together stays as it was typed."""
    from app.documents.wording import Wording

    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Amal", language="Nederlands, Arabisch"))
    services.relationship.save_handover(rid, "We werken aan taalles.", "")
    dialog = HandoverDialog(services, rid, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.paper_language
    assert [combo.itemData(i) for i in range(2)] == ["nl", "ar"], "the resident's language comes right after Dutch"
    assert not dialog.translation_note.text()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # to the resident's language, as the keyboard does
    assert combo.currentData() == "ar"
    assert "moedertaalspreker" in dialog.translation_note.text() or "native speaker" in dialog.translation_note.text()
    with qtbot.waitSignal(dialog.preview_requested) as signal:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    (tmp_path / "h.pdf").write_bytes(signal.args[0])
    text = subprocess.run(["pdftotext", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True).stdout
    assert "We werken aan taalles." in text
    import unicodedata

    shown = unicodedata.normalize("NFKC", text)  # pdftotext gives the shaped (presentation) forms
    assert unicodedata.normalize("NFKC", Wording("ar", "je")("handover.title")) in shown
