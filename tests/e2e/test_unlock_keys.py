"""The unlock and lock screens as a consultant uses them: real key presses, the real threaded worker.

A test that calls submit() cannot see what Enter does; these press the keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.worker import Worker
from tests.conftest import PASSPHRASE


def _dialog(qtbot, data_dir, locked: bool) -> UnlockDialog:
    dialog = UnlockDialog(Vault(data_dir, NoSecretStore()), Worker(), locked=locked)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, dialog: UnlockDialog, text: str) -> None:
    dialog.passphrase.selectAll()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.passphrase, text)


def test_a_typo_then_the_right_passphrase_and_enter_unlocks(qtbot, data_dir):
    dialog = _dialog(qtbot, data_dir, locked=True)
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    _type(qtbot, dialog, "verkeerde wachtzin")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=15000)
    assert dialog.unlock_button.isEnabled() and dialog.unlock_button.isDefault()
    assert not dialog.quit_button.isDefault()
    _type(qtbot, dialog, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=15000) as signal:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    signal.args[0].close()
    assert rejected == []
    assert dialog.result() == UnlockDialog.DialogCode.Accepted


def test_enter_on_the_dialog_itself_also_means_unlock_after_a_typo(qtbot, data_dir):
    dialog = _dialog(qtbot, data_dir, locked=False)
    _type(qtbot, dialog, "tikfout")
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled() and "not right" in dialog.message.text(), timeout=15000)
    _type(qtbot, dialog, PASSPHRASE)
    with qtbot.assertNotEmitted(dialog.rejected), qtbot.waitSignal(dialog.unlocked, timeout=15000) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    signal.args[0].close()


def test_enter_pressed_twice_opens_once_and_never_quits(qtbot, data_dir):
    dialog = _dialog(qtbot, data_dir, locked=True)
    opened: list[object] = []
    dialog.unlocked.connect(opened.append)
    _type(qtbot, dialog, PASSPHRASE)
    with qtbot.assertNotEmitted(dialog.rejected):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # while the first is still opening
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=15000)
    Worker().wait()
    assert len(opened) == 1
    opened[0].close()


def test_escape_on_the_lock_screen_does_not_quit(qtbot, data_dir):
    dialog = _dialog(qtbot, data_dir, locked=True)
    with qtbot.assertNotEmitted(dialog.rejected):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()


def _question(qtbot, dialog: UnlockDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.parent() is dialog
    return box


def test_quit_on_the_lock_screen_asks_first(qtbot, data_dir):
    dialog = _dialog(qtbot, data_dir, locked=True)
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    assert "Quit Nabij?" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc in the question: stay locked
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert rejected == [] and dialog.isVisible()
    assert dialog.focusWidget() is dialog.passphrase  # typing goes on where it was

    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)  # Esc itself never asks nor quits
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox) and rejected == []

    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    quit_now = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        qtbot.mouseClick(quit_now, Qt.MouseButton.LeftButton)
    assert rejected == [1]


def test_quit_on_the_lock_screen_says_when_text_would_be_lost(qtbot, data_dir):
    dialog = UnlockDialog(Vault(data_dir, NoSecretStore()), Worker(), locked=True, unsaved_drafts=1)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    assert "could not be saved" in box.text() and "Your work was saved" not in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert dialog.isVisible()
