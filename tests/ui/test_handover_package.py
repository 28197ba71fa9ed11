"""The handover package from the window: make one in one vault, read it in in another, as a user does.

Field-by-field equality is proven in tests/services/test_handover.py; here the dialogs are driven with
keys and clicks over the real threaded worker, and storage is checked after each step.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from app.content.loader import load_library
from app.models import Base
from app.models.rules import DomainError
from app.services import handover_package as package
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.dialogs.handover_package import HandoverExportDialog, HandoverImportDialog, spaced
from app.ui.dialogs.privacy import EraseDialog
from app.ui.main_window import MainWindow
from app.ui.messages import user_message
from app.ui.worker import Worker

NAME = "Mevr. Kaya ‏שלום <b>x</b>"
NOTE = "kanarie-notitie-93"
SHARED_NOTE = "gedeelde-notitie-41"
BAGGAGE = "kanarie-bagage-17"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _dutch():
    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


@pytest.fixture
def worker():
    w = Worker()
    yield w
    w.wait()


def _sender(db, name: str = NAME) -> tuple[Services, int]:
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name=name, language="Turks", consultant_count=3))
    first = services.meetings.plan(rid, datetime(2026, 10, 1, 10))
    services.conversation.dont_ask_again(first, "Heeft drie kinderen")
    services.wrapup.add_agreement(first, "Huurcontract meenemen", "resident", date(2026, 12, 20))
    services.meetings.save_text(first, {"notes": NOTE, "checkout_words": "Zwaar, maar gehoord"})
    services.wrapup.set_checkout_score(first, 2)
    services.conversation.set_baggage(first, "divorce", "life_story", True, BAGGAGE)
    services.meetings.close(first)
    second = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    services.meetings.save_text(second, {"notes": SHARED_NOTE, "checkout_words": "Beter"})
    services.wrapup.set_checkout_score(second, 4)
    services.meetings.close(second)
    services.relationship.save_handover(rid, "Samen geschreven: liever per brief.", "Een vaste consulent")
    return services, rid


def _window(qtbot, services, worker, select_id=None) -> MainWindow:
    window = MainWindow(services, load_library("nl"), worker)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    if select_id is not None:
        window.caseload.refresh(select_id=select_id)
        qtbot.waitUntil(lambda: window.resident_id == select_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _type_path(qtbot, edit, path) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, str(path))


def _open_export(qtbot, window) -> HandoverExportDialog:
    QTest.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)  # Bewoner › Overdrachtspakket maken…
    qtbot.waitUntil(lambda: isinstance(window.dialog, HandoverExportDialog) and window.dialog.isVisible())
    return window.dialog


def _snapshot(db) -> dict[str, list[tuple]]:
    with db.reading() as s:
        return {t.name: [tuple(r) for r in s.execute(select(t))] for t in Base.metadata.sorted_tables}


def _labels(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_export_in_one_vault_and_read_in_in_another(qtbot, db, other_db, tmp_path, worker):
    services, rid = _sender(db)
    window = _window(qtbot, services, worker, select_id=rid)
    target = tmp_path / "stick" / "pakket"
    target.parent.mkdir()
    dialog = _open_export(qtbot, window)
    assert window.in_resident_view  # the resident reads along: nothing sensitive behind the dialog
    # What goes in is shown; notes and baggage are not even listed until asked for, and none is ticked.
    contents = dialog.contents.text()
    assert "1 feit" in contents and "2 gesprek" in contents and "overdracht" in contents.lower()
    assert not dialog.items.isVisible() and NOTE not in _labels(dialog)
    _tick(qtbot, dialog.consent)
    _type_path(qtbot, dialog.path, target)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as made:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    written = made.args[0]
    assert written.endswith(package.SUFFIX)
    data = open(written, "rb").read()
    for canary in (NOTE, SHARED_NOTE, BAGGAGE, "Huurcontract", "Kaya"):
        assert canary.encode() not in data
    # The passphrase: large, in groups, not selectable; copying goes through the clipboard guard.
    shown = dialog.passphrase.text()
    assert len(shown.split()) == package.PASSPHRASE_GROUPS and shown == shown.lower()
    assert dialog.passphrase.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert dialog.passphrase.font().pointSizeF() > QApplication.font().pointSizeF() * 1.8
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == shown
    assert window.clipboard.clear_if_ours() and QGuiApplication.clipboard().text() == ""
    assert [e.action for e in services.audit.recent()][:2] == ["handover_export", "handover_consent"]
    # Done: the offer to erase was a question; nobody is erased without being asked.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.passphrase.text() == ""
    assert services.caseload.count() == 1

    # The next consultant: another vault, another window, reached from the caseload.
    receiving = Services.over(other_db)
    other = _window(qtbot, receiving, worker)
    qtbot.mouseClick(other.caseload.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(other.dialog, HandoverImportDialog) and other.dialog.isVisible())
    reading = other.dialog
    _type_path(qtbot, reading.path, written)
    reading.passphrase.setFocus()
    QTest.keyClicks(reading.passphrase, shown.upper().replace("  ", "-"))  # as typed after a phone call
    with qtbot.waitSignal(reading.imported, timeout=20000) as got:
        QTest.keyClick(reading.passphrase, Qt.Key.Key_Return)
    new_id = got.args[0]
    qtbot.waitUntil(lambda: other.resident_id == new_id)
    assert not reading.isVisible()
    [row] = [other.caseload.list.item(i).text() for i in range(other.caseload.list.count())]
    assert row.startswith(NAME) and "overgedragen" in row
    assert other.resident_label.text() == NAME
    combo = [other.meeting_choice.itemText(i) for i in range(other.meeting_choice.count())]
    assert combo and all("overgedragen" in text for text in combo)
    earlier = _labels(other.preparation)
    assert "1 okt 2026 · overgedragen" in earlier and "1 nov 2026 · overgedragen" in earlier
    assert "Beter" in earlier  # the resident's own words from last time
    # Voorbereiding says where it came from, and offers to plan a meeting of one's own.
    assert "vorige consulent" in other.preparation.meeting_label.text()
    assert other.preparation.plan_button.isVisible()
    assert [e.action for e in receiving.audit.recent()][:1] == ["handover_import"]
    assert receiving.caseload.get_resident(new_id).data.consultant_count == 4
    # Gesprek and Afronding: the previous consultant's record, to read, never to reopen.
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    QTest.keyClick(other, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: other.tabs.currentWidget() is other.conversation)
    banner = other.conversation.banner
    assert banner.isVisible() and "Overgedragen" in banner.label.text() and not banner.reopen_button.isVisible()
    QTest.keyClick(other, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: other.tabs.currentWidget() is other.wrapup)
    assert other.wrapup.banner.isVisible() and not other.wrapup.banner.reopen_button.isVisible()
    with pytest.raises(DomainError) as refused:
        receiving.meetings.reopen(other.meeting_id)
    assert refused.value.code == "meeting.handed_over"


def test_a_wrong_passphrase_says_so_changes_nothing_and_can_be_corrected(qtbot, db, other_db, tmp_path, worker):
    services, rid = _sender(db)
    sealed = services.handover.export(rid, services_consent(), tmp_path / f"p{package.SUFFIX}")
    receiving = Services.over(other_db)
    before = _snapshot(other_db)
    window = _window(qtbot, receiving, worker)
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # Bestand › Overdracht inlezen…
    qtbot.waitUntil(lambda: isinstance(window.dialog, HandoverImportDialog) and window.dialog.isVisible())
    dialog = window.dialog
    _type_path(qtbot, dialog.path, tmp_path / f"p{package.SUFFIX}")
    dialog.passphrase.setFocus()
    QTest.keyClicks(dialog.passphrase, package.new_passphrase())
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    refused = user_message(package.PackageRefused("wrong_passphrase"))
    assert "wachtzin" in refused  # the Dutch message
    qtbot.waitUntil(lambda: dialog.message.text() == refused, timeout=20000)
    assert dialog.isVisible() and dialog.read_button.isEnabled()
    assert _snapshot(other_db) == before and receiving.caseload.count() == 0
    # Nothing lost: the file is still chosen; the passphrase is selected, to type it again.
    assert dialog.path.text() == str(tmp_path / f"p{package.SUFFIX}")
    assert dialog.passphrase.hasSelectedText() and dialog.focusWidget() is dialog.passphrase
    QTest.keyClicks(dialog.passphrase, spaced(sealed.passphrase))
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert receiving.caseload.count() == 1


def services_consent():
    from app.services.handover import Consent

    return Consent(given=True)


def test_a_foreign_file_is_refused_in_the_dialog(qtbot, other_db, tmp_path, worker):
    receiving = Services.over(other_db)
    before = _snapshot(other_db)
    foreign = tmp_path / "brief.pdf"
    foreign.write_bytes(b"%PDF-1.7 not a package")
    dialog = HandoverImportDialog(receiving, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type_path(qtbot, dialog.path, foreign)
    dialog.passphrase.setFocus()
    QTest.keyClicks(dialog.passphrase, "abcd efgh")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == user_message(package.PackageRefused("foreign")))
    assert _snapshot(other_db) == before


def test_without_consent_nothing_is_written_and_no_file_is_made(qtbot, db, tmp_path, worker):
    services, rid = _sender(db)
    window = _window(qtbot, services, worker, select_id=rid)
    before = _snapshot(db)
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / f"pakket{package.SUFFIX}"
    dialog = _open_export(qtbot, window)
    _type_path(qtbot, dialog.path, target)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "toestemming" in dialog.message.text()
    assert dialog.pages.currentIndex() == 0 and dialog.focusWidget() is dialog.consent
    worker.wait()
    assert not target.exists() and list(folder.iterdir()) == []
    assert _snapshot(db) == before  # not even an audit row


def test_notes_and_baggage_go_only_when_ticked_one_by_one(qtbot, db, tmp_path, worker):
    services, rid = _sender(db)
    window = _window(qtbot, services, worker, select_id=rid)
    dialog = _open_export(qtbot, window)
    qtbot.mouseClick(dialog.show_items_button, Qt.MouseButton.LeftButton)
    assert dialog.items.isVisible() and dialog.items.count() == 3  # two meetings' notes, one baggage mark
    assert all(dialog.items.item(i).checkState() == Qt.CheckState.Unchecked for i in range(dialog.items.count()))
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    shared_row = next(i for i, t in enumerate(texts) if SHARED_NOTE in t)
    dialog.items.setCurrentRow(shared_row)
    QTest.keyClick(dialog.items, Qt.Key.Key_Space)  # the resident agreed to this one
    assert dialog.items.item(shared_row).checkState() == Qt.CheckState.Checked
    _tick(qtbot, dialog.consent)
    _type_path(qtbot, dialog.path, tmp_path / "met-notitie")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as made:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    opened = package.unseal(open(made.args[0], "rb").read(), dialog.passphrase.text())
    assert [n["text"] for n in opened["shared_notes"]] == [SHARED_NOTE]
    assert opened["shared_baggage"] == [] and NOTE not in str(opened) and BAGGAGE not in str(opened)


def test_after_the_export_erasure_is_offered_from_the_handover_note(qtbot, db, tmp_path, worker):
    plain = "Mevr. Kaya-Yilmaz"  # typed to confirm: QTest cannot type the bidi mark of NAME
    services, rid = _sender(db, plain)
    window = _window(qtbot, services, worker, select_id=rid)
    QTest.keyClick(window, Qt.Key.Key_H, CTRL_SHIFT)  # the handover note written together
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    note = window.dialog
    note.summary.setFocus()
    QTest.keyClick(note.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(note.summary, " En graag 's ochtends.")
    qtbot.mouseClick(note.package_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.dialog, HandoverExportDialog) and window.dialog.isVisible())
    assert not note.isVisible()
    assert services.relationship.handover(rid).text.endswith("En graag 's ochtends.")  # saved before the package
    dialog = window.dialog
    _tick(qtbot, dialog.consent)
    _type_path(qtbot, dialog.path, tmp_path / "p")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "Kaya" in dialog.erase_offer.text()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.dialog, EraseDialog) and window.dialog.isVisible())
    erase = window.dialog
    assert window.in_resident_view  # still up, and showing nobody now
    qtbot.waitUntil(lambda: plain not in _labels(window.resident_view))
    assert services.caseload.count() == 1  # asked, not done: the name must still be typed
    erase.typed.setFocus()
    QTest.keyClicks(erase.typed, plain)
    with qtbot.waitSignal(erase.erased):
        QTest.keyClick(erase.typed, Qt.Key.Key_Return)
    assert services.caseload.count() == 0
    assert [e.action for e in services.audit.recent()][:3] == ["erase", "handover_export", "handover_consent"]


def test_choose_buttons_ask_the_file_dialog_where(qtbot, db, tmp_path, worker, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    services, rid = _sender(db)
    asked = []

    def save_name(parent, caption, start, filter_):
        asked.append((caption, start, filter_))
        return str(tmp_path / "gekozen.nabij-overdracht"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(tmp_path / "ontvangen.nabij-overdracht"), ""))
    )
    export = HandoverExportDialog(services, rid, worker, load_library("nl"))
    qtbot.addWidget(export)
    export.show()
    qtbot.mouseClick(export.browse, Qt.MouseButton.LeftButton)
    assert export.path.text() == str(tmp_path / "gekozen.nabij-overdracht")
    assert asked and asked[0][2].endswith("(*.nabij-overdracht)") and "overdracht-" in asked[0][1]
    reading = HandoverImportDialog(services, worker)
    qtbot.addWidget(reading)
    reading.show()
    qtbot.mouseClick(reading.browse, Qt.MouseButton.LeftButton)
    assert reading.path.text() == str(tmp_path / "ontvangen.nabij-overdracht")
    # A path that is no file: said so, nothing read.
    qtbot.mouseClick(reading.read_button, Qt.MouseButton.LeftButton)
    assert reading.message.isVisible() and "pakketbestand" in reading.message.text()
