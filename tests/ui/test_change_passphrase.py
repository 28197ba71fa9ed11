"""Changing the passphrase wraps the same key again; the database file is not touched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

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
    dialog.show()
    qtbot.waitExposed(dialog)

    def type_into(field, text: str) -> None:
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field, text)

    if forgot:
        qtbot.mouseClick(dialog.forgot, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.forgot.height() // 2))
        assert dialog.forgot.isChecked()
    else:
        type_into(dialog.old, "wrong old passphrase")
        type_into(dialog.new, "een nieuwe wachtzin 42")
        type_into(dialog.repeat, "een nieuwe wachtzin 42")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "not right" in dialog.message.text())
        type_into(dialog.old, PASSPHRASE)
    type_into(dialog.new, "een nieuwe wachtzin 42")
    type_into(dialog.repeat, "een nieuwe wachtzin 42")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert keyfile.read(vault.key_path).check == check, "the same data key, wrapped again"
    with pytest.raises(WrongPassphrase):
        vault.open_with_passphrase(PASSPHRASE)
    db.close()
    assert sha256_of(vault.db_path) == before
    vault.open_with_passphrase("een nieuwe wachtzin 42").close()
