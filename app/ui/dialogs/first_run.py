"""First run: choose a passphrase and fill in the consultant profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.errors import InvalidInput
from app.services.profile import Profile, ProfileService
from app.storage.vault import MIN_PASSPHRASE, Vault, check_passphrase
from app.ui.messages import user_message
from app.ui.widgets.focus import order_buttons_visually


class FirstRunDialog(QDialog):
    created = Signal(object)  # Database

    def __init__(self, vault: Vault, worker, parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.worker = worker
        self.setWindowTitle(self.tr("Welcome to Nabij"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Nabij"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Nabij keeps your notes in an encrypted file on this computer. Choose a passphrase of at least "
                "{n} characters. You need it when your computer's keyring cannot open the file, for example on "
                "a new laptop. Nobody can recover it for you, so keep it somewhere safe."
            ).format(n=MIN_PASSPHRASE)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above its field
        self.passphrase = self._field(self.tr("Passphrase"), password=True)
        self.repeat = self._field(self.tr("Passphrase again"), password=True)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        heading = QLabel(self.tr("About you (printed on letters and agreement slips)"))
        heading.setProperty("role", "heading")
        form.addRow(heading)
        self.name = self._field(self.tr("Your name"))
        self.phone = self._field(self.tr("Phone"))
        self.email = self._field(self.tr("Email"))
        self.municipality = self._field(self.tr("Municipality"))
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Municipality"), self.municipality)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        order_buttons_visually(self.buttons)
        layout.addWidget(self.buttons)

    def _field(self, name: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        try:
            check_passphrase(first)
        except InvalidInput as exc:
            self.show_message(user_message(exc))
            return
        if first != second:
            self.show_message(self.tr("The two passphrases are not the same."))
            return
        if not self.name.text().strip():
            self.show_message(self.tr("Fill in your name: it goes on the agreement slip."))
            return
        profile = Profile(
            self.name.text().strip(),
            self.phone.text().strip(),
            self.email.text().strip(),
            self.municipality.text().strip(),
        )
        self.create_button.setEnabled(False)
        self.show_message(self.tr("Creating your encrypted file…"))

        def create():  # all or nothing: the profile is written before the new database is put in place
            return self.vault.create(first, prepare=lambda database: ProfileService(database).save(profile))

        self.worker.submit(create, self._done, self._error)

    def _done(self, database) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(database)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.show_message(user_message(exc))
