"""A passphrase of ten of the same letter, or ten spaces, is refused with a plain reason, everywhere one is set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.errors import InvalidInput
from app.storage.backup import BackupMode, create_backup
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault, check_passphrase
from app.ui.dialogs.first_run import FirstRunDialog
from app.ui.worker import Worker
from tests.conftest import PASSPHRASE

WEAK = ["aaaaaaaaaa", " " * 12, "ababababab", "  kort  "]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_by_the_vault(tmp_path, weak):
    vault = Vault(tmp_path / "data", NoSecretStore())
    with pytest.raises(InvalidInput) as refused:
        vault.create(weak)
    assert refused.value.code in ("key.passphrase_too_short", "key.passphrase_too_simple")
    assert not (tmp_path / "data" / "nabij.db").exists()


def test_a_short_sentence_is_fine():
    check_passphrase("drie woorden samen")
    check_passphrase(PASSPHRASE)


def test_the_first_run_dialog_says_why_and_creates_nothing(qtbot, tmp_path):
    vault = Vault(tmp_path / "data", NoSecretStore())
    dialog = FirstRunDialog(vault, Worker())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase, "aaaaaaaaaa")
    qtbot.keyClicks(dialog.repeat, "aaaaaaaaaa")
    qtbot.keyClicks(dialog.name, "S. Verbeek")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "too simple" in dialog.message.text()
    assert dialog.isVisible() and not (tmp_path / "data" / "nabij.db").exists()


def test_a_backup_with_its_own_weak_passphrase_is_refused(db, tmp_path):
    with pytest.raises(InvalidInput) as refused:
        create_backup(db, tmp_path / "b.nabijbackup", mode=BackupMode.OWN_PASSPHRASE, passphrase="1111111111")
    assert refused.value.code == "key.passphrase_too_simple"
    assert not (tmp_path / "b.nabijbackup").exists()
