"""Unlock: the passphrase, when the OS keyring could not open the database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from app.storage.errors import StorageError, WrongPassphrase
from app.storage.vault import Vault
from app.storage.wipe import wipe_str
from app.ui.messages import user_message
from app.ui.widgets.focus import order_buttons_visually


class UnlockDialog(QDialog):
    """Emits ``unlocked(Database)``; wrong passphrases say so and let the user retry."""

    unlocked = Signal(object)
    failed = Signal(str)  # a problem that is not a wrong passphrase (damaged file, missing key file)

    def __init__(
        self,
        vault: Vault,
        worker,
        reason: str | None = None,
        demo_passphrase: str | None = None,
        locked: bool = False,
        unsaved_drafts: int = 0,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.worker = worker
        self.setWindowTitle(self.tr("Unlock Nabij"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Nabij is locked") if locked else self.tr("Unlock Nabij"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        if locked:
            saved = QLabel(self.tr("Your work was saved and closed. Nothing about residents is on screen."))
            saved.setWordWrap(True)
            layout.addWidget(saved)
        intro = QLabel(self.tr("Type your passphrase to open your data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if reason:
            why = QLabel(reason)  # a whole sentence in the UI language (app/ui/messages.py)
            why.setWordWrap(True)
            why.setProperty("role", "hint")
            layout.addWidget(why)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        if demo_passphrase:
            demo = QLabel(self.tr("This is the demo, with fictional residents only. Its passphrase is:"))
            demo.setProperty("role", "banner")
            demo.setWordWrap(True)
            layout.addWidget(demo)
            secret = QLabel(demo_passphrase)
            secret.setProperty("role", "secret")
            secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            secret.setAccessibleName(self.tr("Demo passphrase"))
            layout.addWidget(secret)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        layout.addWidget(self.message)
        location = QLabel(self.tr("Data folder: {path}").format(path=str(vault.data_dir)))
        location.setProperty("role", "hint")
        location.setWordWrap(True)
        layout.addWidget(location)
        self.locked = locked
        self.unsaved_drafts = unsaved_drafts  # text the lock could not save (a full disk): kept until unlock
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        # At start-up nothing is open yet: leaving is plain. On the lock screen it is a real decision
        # (the resident may still be there, the day's work is behind it), so it asks first.
        self.quit_button = self.buttons.addButton(
            self.tr("Quit Nabij…") if locked else self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit Nabij"))
        # Enter always means Unlock: only the Unlock button may ever be the default. A disabled
        # default button otherwise hands the role to the next auto-default one (Quit), and the
        # right passphrase plus Enter then quit the app.
        self.quit_button.setAutoDefault(False)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.ask_quit)
        order_buttons_visually(self.buttons)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        self._opening = False
        self.last_error: BaseException | None = None
        self._typed: str | None = None
        self.quit_box: QMessageBox | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.locked:
            event.accept()  # Esc on the lock screen never quits; the Quit button does, after asking
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submit()  # also while the field has focus, and ignored while opening
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc and the window's close button: at start-up they quit; on the lock screen they ask."""
        self.ask_quit()

    def ask_quit(self) -> None:
        if self._opening:
            return
        if not self.locked:
            super().reject()
            return
        if self.quit_box is not None and self.quit_box.isVisible():
            return
        # Non-blocking, like every question in Nabij: a close from outside (shutdown, session end)
        # is never held up by a box waiting for an answer.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit Nabij?"),
            self.tr(
                "Some text could not be saved when Nabij locked (is the disk full?). Quitting now loses it; "
                "unlock to save it."
            )
            if self.unsaved_drafts
            else self.tr("Quit Nabij? Your work was saved when Nabij locked. To go on, type your passphrase instead."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        quit_now = box.addButton(self.tr("Quit Nabij"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Stay locked"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is quit_now))
        self.quit_box = box
        box.open()

    def _answered(self, quit_now: bool) -> None:
        self.quit_box = None
        if quit_now:
            super().reject()
        else:
            self.passphrase.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.adjustSize()  # grow with the message instead of clipping it

    def submit(self) -> None:
        if self._opening:
            return  # Enter pressed again while the first try is still opening
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_message(self.tr("Type your passphrase first."))
            return
        self._opening = True
        self.unlock_button.setEnabled(False)
        self.passphrase.setReadOnly(True)  # keeps the focus where the typing is
        self.show_message(self.tr("Opening…"))
        self._typed = passphrase
        self.worker.submit(lambda: self.vault.open_with_passphrase(passphrase), self._done, self._error)

    def _forget_typed(self) -> None:
        """The Python copy of what was typed is overwritten once the worker is done with it (wipe.py)."""
        typed, self._typed = self._typed, None
        wipe_str(typed)

    def _done(self, database) -> None:
        self._opening = False
        self._forget_typed()
        self.passphrase.clear()
        self.unlocked.emit(database)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.last_error = exc
        self._forget_typed()
        self._opening = False
        self.unlock_button.setEnabled(True)
        self.unlock_button.setDefault(True)
        self.passphrase.setReadOnly(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            self.show_message(self.tr("That passphrase is not right. Check Caps Lock and try again."))
        elif isinstance(exc, StorageError):
            self.show_message(user_message(exc))
            self.failed.emit(user_message(exc))
        else:
            self.show_message(self.tr("Something unexpected went wrong; your data was not changed."))
            self.failed.emit(type(exc).__name__)
