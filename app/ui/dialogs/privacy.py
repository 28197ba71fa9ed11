"""Backup, restore, retention and erasure: the consultant's side of the AVG duties."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app.errors import InvalidInput
from app.services.privacy import NameMismatch
from app.services.registry import Services
from app.storage.backup import BackupMode, default_backup_name
from app.storage.vault import check_passphrase
from app.ui.messages import user_message
from app.ui.qt_types import to_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually


def _message_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(True)


class BackupDialog(QDialog):
    """One encrypted file on a USB stick or network share."""

    done_ok = Signal(str)

    def __init__(self, services: Services, worker, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Make a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The backup is one encrypted file. Put it on a USB stick or a network share. "
                "Nobody can read it without the passphrase."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setText(services.settings.get("backup_folder"))  # IT's policy or the consultant's choice
        self.folder.setAccessibleName(self.tr("Folder for the backup"))
        self.folder.setPlaceholderText(self.tr("Folder for the backup"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose a folder"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.same_key = QRadioButton(self.tr("Open it with my own passphrase"))
        self.own = QRadioButton(self.tr("Give this backup a passphrase of its own"))
        for b in (self.same_key, self.own):
            b.setAccessibleName(b.text())
            layout.addWidget(b)
        self.same_key.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Backup passphrase (at least 10 characters)"))
        self.passphrase.setEnabled(False)
        layout.addWidget(self.passphrase)
        self.own.toggled.connect(self.passphrase.setEnabled)
        note = QLabel(
            self.tr(
                "A backup keeps everything as it is today. A resident you erase later is still "
                "in older backups: replace or destroy them too."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.message = _message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = buttons.addButton(self.tr("Make backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setAccessibleName(self.tr("Make backup"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self._choose)

    def _choose(self) -> None:
        file_dialog = QFileDialog(self, self.tr("Folder for the backup"))
        self.file_dialog = file_dialog
        file_dialog.setFileMode(QFileDialog.FileMode.Directory)
        file_dialog.fileSelected.connect(self.folder.setText)
        file_dialog.open()

    def start(self) -> None:
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            _say(self.message, self.tr("Choose a folder that exists, for example on your USB stick."))
            return
        mode = BackupMode.OWN_PASSPHRASE if self.own.isChecked() else BackupMode.SAME_KEY
        passphrase = self.passphrase.text() if self.own.isChecked() else None
        if passphrase is not None:
            try:
                check_passphrase(passphrase)
            except InvalidInput as exc:
                _say(self.message, user_message(exc))
                return
        dest = folder / default_backup_name()
        self.start_button.setEnabled(False)
        _say(self.message, self.tr("Making the backup…"))
        self.worker.submit(
            lambda: self.services.backup.make_backup(dest, mode=mode, passphrase=passphrase), self._done, self._failed
        )

    def _done(self, info) -> None:
        self.start_button.setEnabled(True)
        self.passphrase.clear()
        _say(self.message, self.tr("Backup saved: {path}").format(path=str(info.path)))
        self.done_ok.emit(str(info.path))

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        _say(self.message, user_message(exc))


class RestoreDialog(QDialog):
    """Choose a backup file and its passphrase; the app restores into a fresh folder and checks it first."""

    restore_requested = Signal(str, str)  # path, passphrase
    open_older_requested = Signal()  # only offered when the data lacks saves (db.older, db.wal_broken)

    def __init__(self, parent=None, intro: str | None = None, offer_older: bool = False) -> None:
        super().__init__(parent)
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        label = QLabel(
            intro
            or self.tr(
                "The backup is restored into a fresh folder and checked before Nabij "
                "switches to it. Your current data is kept aside, never deleted."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Backup file"))
        self.path.setPlaceholderText(self.tr("Backup file"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose a backup file"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of the backup"))
        layout.addWidget(self.passphrase)
        self.message = _message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.older_button = None
        if offer_older:
            self.older_button = buttons.addButton(
                self.tr("Open the older state"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.older_button.setAccessibleName(self.tr("Open the older state; the missing changes are lost"))
            self.older_button.setToolTip(self.tr("The missing changes are lost. A copy of the damaged file is kept."))
            self.older_button.clicked.connect(self._open_older)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self._choose)

    def _open_older(self) -> None:
        self.open_older_requested.emit()

    def _choose(self) -> None:
        file_dialog = QFileDialog(self, self.tr("Backup file"), "", self.tr("Nabij backup (*.nabijbackup)"))
        self.file_dialog = file_dialog
        file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        file_dialog.fileSelected.connect(self.path.setText)
        file_dialog.open()

    def submit(self) -> None:
        if not Path(self.path.text().strip()).is_file():
            _say(self.message, self.tr("Choose the backup file first."))
            return
        if not self.passphrase.text():
            _say(self.message, self.tr("Type the passphrase of the backup."))
            return
        self.restore_button.setEnabled(False)
        _say(self.message, self.tr("Restoring and checking…"))
        self.restore_requested.emit(self.path.text().strip(), self.passphrase.text())

    def failed(self, text: str) -> None:
        self.restore_button.setEnabled(True)
        self.passphrase.selectAll()
        _say(self.message, text)


class RetentionDialog(QDialog):
    """Who is past their retention date; export first if wanted, then purge."""

    purged = Signal(list)

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Retention"))
        resize_to_fit(self, 720, 520)
        layout = QVBoxLayout(self)
        months = services.retention.months()
        why = QLabel(
            self.tr(
                "Nabij is your working companion, not the official dossier: the municipality keeps that file under "
                "its own rules. Your notes here lose their purpose some time after contact ends. Nabij keeps them "
                "{months} months after the last contact, long enough for a new application to pick up where you "
                "left off. You can change this period in the settings."
            ).format(months=months)
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Residents past their retention date"))
        layout.addWidget(self.list, 1)
        self.export_first = QCheckBox(self.tr("Save an access export (PDF) of each one first"))
        self.export_first.setAccessibleName(self.export_first.text())
        layout.addWidget(self.export_first)
        self.message = _message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = buttons.addButton(
            self.tr("Remove the ticked residents"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.purge_button.setAccessibleName(self.tr("Remove the ticked residents"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.purge_button.clicked.connect(self._start)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        locale = QLocale()
        for row in self.services.retention.due_for_purge():
            item = QListWidgetItem(
                self.tr("{name} — last contact {last}, kept until {until}, {n} meeting(s)").format(
                    name=row.display_name,
                    last=locale.toString(to_qdate(row.last_contact.date()), "d MMM yyyy"),
                    until=locale.toString(to_qdate(row.retention_date), "d MMM yyyy"),
                    n=row.meeting_count,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row.resident_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.purge_button.setEnabled(self.list.count() > 0)
        if self.list.count() == 0:
            _say(self.message, self.tr("Nobody is past their retention date."))

    def ticked(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _start(self) -> None:
        if not self.ticked():
            return
        if self.export_first.isChecked():
            file_dialog = QFileDialog(self, self.tr("Folder for the exports"))
            self.file_dialog = file_dialog
            file_dialog.setFileMode(QFileDialog.FileMode.Directory)
            file_dialog.fileSelected.connect(lambda folder: self.purge(Path(folder)))
            file_dialog.open()
        else:
            self.purge(None)

    def purge(self, export_folder: Path | None) -> None:
        from app.services.printing import save_pdf

        ids = self.ticked()
        if export_folder is not None:
            for rid in ids:
                saved = save_pdf(self.services.access_export.export_pdf(rid), export_folder / f"inzage-{rid}.pdf")
                if not saved.ok:
                    _say(self.message, saved.message + " " + self.tr("Nothing was removed."))
                    return
        result = self.services.retention.purge(ids)
        _say(self.message, self.tr("%n resident(s) removed.", "", len(result.purged)))
        self.purged.emit(result.purged)
        self.refresh()


class EraseDialog(QDialog):
    """Erase one resident and all their data: confirmed by typing the name."""

    erased = Signal(int)

    def __init__(self, services: Services, resident_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.resident_id = resident_id
        name = services.caseload.get_resident(resident_id).data.display_name
        self.setWindowTitle(self.tr("Erase a resident"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This removes {name} and everything about them from Nabij for good: meetings, "
                "agendas, agreements, notes. Older backups still hold them."
            ).format(name=name)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        form = QFormLayout()
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the name to confirm"))
        form.addRow(self.tr("Type the name to confirm"), self.typed)
        layout.addLayout(form)
        self.message = _message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.submit)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self.services.erasure.erase(self.resident_id, self.typed.text())
        except NameMismatch:
            _say(self.message, self.tr("The name is not the same. Nothing was erased."))
            return
        self.erased.emit(self.resident_id)
        self.accept()
