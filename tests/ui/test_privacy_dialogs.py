"""Backup, retention, erasure and settings dialogs on their own, over a real encrypted database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage.backup import read_backup_info
from app.ui.dialogs.privacy import BackupDialog, EraseDialog, RetentionDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.worker import InlineWorker


def test_backup_dialog_writes_an_encrypted_backup(qtbot, db, tmp_path):
    services = Services.over(db)
    services.caseload.add_resident(ResidentInput(display_name="Kanarie Backupdialoog"))
    dialog = BackupDialog(services, InlineWorker())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "folder" in dialog.message.text().lower() or "map" in dialog.message.text().lower()
    stick = tmp_path / "usb"
    stick.mkdir()
    qtbot.keyClicks(dialog.folder, str(stick))
    with qtbot.waitSignal(dialog.done_ok) as signal:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    path = signal.args[0]
    assert read_backup_info(path).size > 0
    raw = open(path, "rb").read()
    assert b"Kanarie Backupdialoog" not in raw
    assert not services.backup.reminder_due()
    assert [e.action for e in services.audit.recent()][:1] == ["backup"]


def test_backup_dialog_own_passphrase_too_short(qtbot, db, tmp_path):
    dialog = BackupDialog(Services.over(db), InlineWorker())
    qtbot.addWidget(dialog)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.folder, str(stick))
    qtbot.mouseClick(dialog.own, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.own.height() // 2))
    assert dialog.own.isChecked()
    qtbot.keyClicks(dialog.passphrase, "kort")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "10" in dialog.message.text()
    assert list(stick.iterdir()) == []


def test_erase_dialog_needs_the_exact_name(qtbot, db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. El Idrissi"))
    dialog = EraseDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.typed, "Mevr. El Idris")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert services.caseload.count() == 1
    qtbot.keyClicks(dialog.typed, "si")
    with qtbot.waitSignal(dialog.erased):
        qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert services.caseload.count() == 0


def test_retention_dialog_lists_and_purges_who_is_due(qtbot, db):
    services = Services.over(db)
    old = services.caseload.add_resident(ResidentInput(display_name="Oud Contact"))
    recent = services.caseload.add_resident(ResidentInput(display_name="Recent Contact"))
    services.meetings.close(services.meetings.plan(old, datetime(2020, 1, 6, 10)))
    services.meetings.close(services.meetings.plan(recent, datetime.now().replace(microsecond=0)))
    dialog = RetentionDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "Oud Contact" in dialog.list.item(0).text()
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.purged) as signal:
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == [old]
    assert [r.id for r in services.caseload.list_residents()] == [recent]
    assert dialog.list.count() == 0


def test_settings_dialog_saves_through_the_registry(qtbot, db):
    services = Services.over(db)
    dialog = SettingsDialog(services.settings, key_store="passphrase key file only")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    minutes = dialog.editors["idle_lock_minutes"]
    minutes.setFocus()
    for _ in range(9 - minutes.value()):  # the arrow key, as a user steps it up
        qtbot.keyClick(minutes, Qt.Key.Key_Up)
    box = dialog.editors["show_client_number_on_slip"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    with qtbot.waitSignal(dialog.changed) as signal:
        qtbot.keyClick(minutes, Qt.Key.Key_Return)
    assert signal.args[0] == {"idle_lock_minutes": 9, "show_client_number_on_slip": True}
    assert services.settings.get("idle_lock_minutes") == 9
