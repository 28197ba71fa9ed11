"""Changing the passphrase wraps the same key again; the database file is not touched."""

from __future__ import annotations

import pytest

from app.storage import keyfile
from app.storage.engine import sha256_of
from app.storage.errors import WrongPassphrase
from app.ui.dialogs.passphrase import ChangePassphraseDialog
from app.ui.worker import InlineWorker
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("forgot", [False, True], ids=["knows the old one", "forgot it, app is open"])
def test_change_passphrase(qtbot, vault, db, forgot):
    before = sha256_of(vault.db_path)
    check = keyfile.read(vault.key_path).check
    dialog = ChangePassphraseDialog(vault, db, InlineWorker())
    qtbot.addWidget(dialog)
    if forgot:
        dialog.forgot.setChecked(True)
    else:
        dialog.old.setText("wrong old passphrase")
        dialog.new.setText("een nieuwe wachtzin 42")
        dialog.repeat.setText("een nieuwe wachtzin 42")
        dialog.submit()
        assert "not right" in dialog.message.text()
        dialog.old.setText(PASSPHRASE)
    dialog.new.setText("een nieuwe wachtzin 42")
    dialog.repeat.setText("een nieuwe wachtzin 42")
    with qtbot.waitSignal(dialog.changed):
        dialog.submit()
    assert keyfile.read(vault.key_path).check == check, "the same data key, wrapped again"
    with pytest.raises(WrongPassphrase):
        vault.open_with_passphrase(PASSPHRASE)
    db.close()
    assert sha256_of(vault.db_path) == before
    vault.open_with_passphrase("een nieuwe wachtzin 42").close()
