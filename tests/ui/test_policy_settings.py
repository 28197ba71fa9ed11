"""IT's machine policy (the Linux policy file): defaults the consultant may change, and locked values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import policy
from app.services.registry import Services
from app.settings import SettingLocked
from app.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def policy_dir(tmp_path, monkeypatch):
    folder = tmp_path / "etc-nabij"
    folder.mkdir()
    monkeypatch.setenv(policy.ENV_DIR, str(folder))
    yield folder
    monkeypatch.undo()
    policy.reload()


def _write(folder, text: str) -> None:
    (folder / policy.FILE_NAME).write_text("[Nabij]\n" + text, encoding="utf-8")
    policy.reload()


def test_a_locked_idle_time_cannot_be_changed_in_settings(qtbot, db, policy_dir):
    _write(policy_dir, "IdleLockMinutes=3\nIdleLockMinutesLocked=1\nRetentionMonths=36\n")
    services = Services.over(db)
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    minutes = dialog.editors["idle_lock_minutes"]
    assert minutes.value() == 3 and not minutes.isEnabled()
    assert "IT" in minutes.toolTip()
    assert dialog.findChild(type(dialog.pack_summary), "locked_idle_lock_minutes").isVisible()
    qtbot.keyClick(minutes, Qt.Key.Key_Up)  # a disabled box takes no keys
    retention = dialog.editors["retention_months"]
    assert retention.isEnabled() and retention.value() == 36, "an unlocked policy value is only a default"
    retention.setFocus()
    qtbot.keyClick(retention, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.changed) as signal:
        qtbot.keyClick(retention, Qt.Key.Key_Return)
    assert signal.args[0] == {"retention_months": 37}
    assert services.settings.get("retention_months") == 37, "the consultant's own choice beats IT's default"
    assert services.settings.get("idle_lock_minutes") == 3
    with pytest.raises(SettingLocked):
        services.settings.set("idle_lock_minutes", 10)
    assert services.settings.all()["idle_lock_minutes"] == 3


def test_a_wrong_policy_value_is_ignored_and_the_rest_applies(db, policy_dir):
    _write(policy_dir, "IdleLockMinutes=vijf\nIdleLockMinutesLocked=1\nSlipLanguages=en\nSlipLanguagesLocked=true\n")
    rule = policy.current()
    assert rule.problems == ("IdleLockMinutes",)
    services = Services.over(db)
    assert services.settings.get("idle_lock_minutes") == 5, "the registry default stays"
    assert not services.settings.is_locked("idle_lock_minutes")
    assert services.settings.get("slip_second_language") == "en"
    assert services.settings.is_locked("slip_second_language")


def test_a_damaged_or_foreign_policy_file_gives_no_policy(db, policy_dir):
    (policy_dir / policy.FILE_NAME).write_bytes(b"\x00\xff" * 5000 + "\u202e[Nabij]".encode())
    rule = policy.reload()
    assert rule.locked == frozenset() and rule.values == {}
    assert Services.over(db).settings.get("idle_lock_minutes") == 5


def test_the_backup_dialog_offers_the_policy_folder(qtbot, db, policy_dir, tmp_path):
    share = tmp_path / "backups share"
    share.mkdir()
    _write(policy_dir, f"BackupFolder={share}\nBackupFolderLocked=1\n")
    from app.ui.dialogs.privacy import BackupDialog
    from app.ui.worker import InlineWorker

    dialog = BackupDialog(Services.over(db), InlineWorker())
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(share)
