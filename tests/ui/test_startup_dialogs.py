"""First-run and unlock dialogs, on their own, with a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.profile import ProfileService
from app.storage.engine import sha256_of
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from app.ui.dialogs.first_run import FirstRunDialog
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.worker import InlineWorker, Worker
from tests.conftest import PASSPHRASE


def _retype(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_first_run_creates_encrypted_db_and_profile(qtbot, tmp_path):
    vault = Vault(tmp_path / "new", NoSecretStore())
    dialog = FirstRunDialog(vault, InlineWorker())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and "10" in dialog.message.text()
    assert not vault.db_path.exists()

    _retype(qtbot, dialog.passphrase, "een lange wachtzin 1")
    _retype(qtbot, dialog.repeat, "een andere wachtzin")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert not vault.db_path.exists()

    _retype(qtbot, dialog.repeat, "een lange wachtzin 1")
    qtbot.keyClicks(dialog.name, "Sanne Verbeek")
    qtbot.keyClicks(dialog.municipality, "Gemeente Voorbeeld")
    with qtbot.waitSignal(dialog.created) as signal:
        qtbot.keyClick(dialog.municipality, Qt.Key.Key_Return)
    database = signal.args[0]
    assert ProfileService(database).get().name == "Sanne Verbeek"
    database.close()
    assert vault.db_path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_unlock_wrong_then_right_passphrase(qtbot, data_dir):
    vault = Vault(data_dir, NoSecretStore())
    before = sha256_of(vault.db_path)
    dialog = UnlockDialog(vault, Worker(), reason="No secure OS keyring is available on this computer.")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.passphrase, "verkeerde wachtzin")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=10000)
    assert "not right" in dialog.message.text()
    assert sha256_of(vault.db_path) == before
    _retype(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as signal:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    signal.args[0].close()


def test_unlock_shows_demo_passphrase(qtbot, data_dir):
    dialog = UnlockDialog(Vault(data_dir, NoSecretStore()), InlineWorker(), demo_passphrase="nabij-demo-2026")
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(type(dialog.message))]
    assert any("nabij-demo-2026" in t for t in texts)


def test_unlock_damaged_file_reports_and_keeps_file(qtbot, data_dir):
    vault = Vault(data_dir, NoSecretStore())
    raw = bytearray(vault.db_path.read_bytes())
    raw[200] ^= 0x55
    vault.db_path.write_bytes(bytes(raw))
    before = sha256_of(vault.db_path)
    dialog = UnlockDialog(vault, InlineWorker())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.failed) as signal:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert str(vault.db_path) in signal.args[0]
    assert sha256_of(vault.db_path) == before


@pytest.mark.parametrize("argv", [["--version"]])
def test_version(argv, capsys):
    from app.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
    assert "Nabij" in capsys.readouterr().out
