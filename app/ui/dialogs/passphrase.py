"""Change the passphrase: only the key is wrapped again, the database stays as it is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.errors import InvalidInput
from app.storage.errors import StorageError, WrongPassphrase
from app.storage.vault import Vault, check_passphrase
from app.ui.messages import user_message
from app.ui.widgets.focus import order_buttons_visually


class ChangePassphraseDialog(QDialog):
    changed = Signal()

    def __init__(self, vault: Vault, database, worker, parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.database = database
        self.worker = worker
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your data stays encrypted with the same key; only the way the key is locked "
                "changes. Older backups still open with the passphrase they were made with."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit, label in (
            (self.old, self.tr("Current passphrase")),
            (self.new, self.tr("New passphrase")),
            (self.repeat, self.tr("New passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.forgot = QCheckBox(self.tr("I forgot my current passphrase (Nabij is open now, so it can set a new one)"))
        self.forgot.setAccessibleName(self.forgot.text())
        self.forgot.toggled.connect(lambda on: self.old.setEnabled(not on))
        layout.addWidget(self.forgot)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.tr("Change"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def submit(self) -> None:
        new, repeat = self.new.text(), self.repeat.text()
        try:
            check_passphrase(new)
        except InvalidInput as exc:
            self.message.setText(user_message(exc))
            return
        if new != repeat:
            self.message.setText(self.tr("The two passphrases are not the same."))
            return
        old = self.old.text()
        forgot = self.forgot.isChecked()
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Changing…"))
        work = (
            (lambda: self.vault.reset_passphrase(self.database, new))
            if forgot
            else (lambda: self.vault.change_passphrase(old, new))
        )
        self.worker.submit(work, self._done, self._failed)

    def _done(self, _result) -> None:
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("The current passphrase is not right. Nothing was changed."))
        elif isinstance(exc, (StorageError, ValueError)):
            self.message.setText(user_message(exc))
        else:
            self.message.setText(self.tr("Something unexpected went wrong; nothing was changed."))
