"""Unlock: the passphrase, when the OS keyring could not open the database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.storage.errors import StorageError, WrongPassphrase
from app.storage.vault import Vault
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
            why = QLabel(self.tr("Your computer's keyring could not open it this time: {reason}").format(reason=reason))
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        order_buttons_visually(self.buttons)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_message(self.tr("Type your passphrase first."))
            return
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.show_message(self.tr("Opening…"))
        self.worker.submit(lambda: self.vault.open_with_passphrase(passphrase), self._done, self._error)

    def _done(self, database) -> None:
        self.passphrase.clear()
        self.unlocked.emit(database)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            self.show_message(self.tr("That passphrase is not right. Check Caps Lock and try again."))
        elif isinstance(exc, StorageError):
            self.show_message(str(exc))
            self.failed.emit(str(exc))
        else:
            self.show_message(self.tr("Something unexpected went wrong; your data was not changed."))
            self.failed.emit(type(exc).__name__)
