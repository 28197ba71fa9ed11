"""The referral directory (sociale kaart): add, edit, retire; import and export as a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.content import ContentError, export_referrals, import_referrals
from app.content.model import Referral as ContentReferral
from app.services.referrals import ReferralInput, ReferralService
from app.ui.messages import user_message
from app.ui.qt_types import from_qdate, to_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import chain, order_buttons_visually


class ReferralDirectoryDialog(QDialog):
    def __init__(self, referrals: ReferralService, parent=None) -> None:
        super().__init__(parent)
        self.referrals = referrals
        self.file_dialog: QFileDialog | None = None
        self.current_id: int | None = None
        self.setWindowTitle(self.tr("Referral directory"))
        resize_to_fit(self, 900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Where residents can go for what you cannot do yourself. Check the details now "
                "and then: each entry shows when it was last checked."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.show_retired = QCheckBox(self.tr("Show retired entries"))
        self.show_retired.setAccessibleName(self.tr("Show retired entries"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Referrals"))
        left.addWidget(self.list, 1)
        left.addWidget(self.show_retired)
        row.addLayout(left, 2)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above its field
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.purpose = QPlainTextEdit()
        self.purpose.setAccessibleName(self.tr("What they help with"))
        self.purpose.setFixedHeight(70)
        self.purpose.setTabChangesFocus(True)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact"))
        self.website = QLineEdit()
        self.website.setAccessibleName(self.tr("Website"))
        self.checked = QDateEdit()
        self.checked.setCalendarPopup(True)
        self.checked.setAccessibleName(self.tr("Last checked"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("What they help with"), self.purpose)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Last checked"), self.checked)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.retire_button = QPushButton(self.tr("Retire"))
        for b, name in (
            (self.new_button, self.tr("New referral")),
            (self.save_button, self.tr("Save referral")),
            (self.retire_button, self.tr("Retire or restore referral")),
        ):
            b.setAccessibleName(name)
            buttons.addWidget(b)
        form.addRow(buttons)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        row.addLayout(form, 3)
        layout.addLayout(row, 1)
        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = bottom.addButton(self.tr("Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = bottom.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setAccessibleName(self.tr("Import a directory file"))
        self.export_button.setAccessibleName(self.tr("Export the directory to a file"))
        bottom.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        bottom.rejected.connect(self.reject)
        order_buttons_visually(bottom)
        layout.addWidget(bottom)
        # The list and its "show retired" box first, then the form top to bottom.
        chain(
            self.list,
            self.show_retired,
            self.name,
            self.purpose,
            self.contact,
            self.website,
            self.checked,
            self.new_button,
            self.save_button,
            self.retire_button,
        )

        self.list.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.show_retired.toggled.connect(lambda _c: self.refresh())
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        self.refresh()
        self.new_entry()

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        for r in self.referrals.list(include_retired=self.show_retired.isChecked()):
            label = r.name + (" " + self.tr("(retired)") if r.retired else "")
            notes = []
            if not r.reachable:
                # never printed as a dead end: the slip leaves it off until it has contact details
                notes.append(self.tr("no contact details: not on the slip"))
            if r.discreet:
                notes.append(self.tr("discreet: on a slip only when ticked"))
            if notes:
                label += " \u2014 " + "; ".join(notes)
            item = QListWidgetItem(label)
            if not r.reachable:
                item.setToolTip(
                    self.tr("Add a phone number or website: without one the slip leaves this referral off.")
                )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == select:
                self.list.setCurrentItem(item)

    def _show(self, item) -> None:
        if item is None:
            return
        r = self.referrals.get(item.data(Qt.ItemDataRole.UserRole))
        self.current_id = r.id
        self.name.setText(r.name)
        self.purpose.setPlainText(r.purpose)
        self.contact.setText(r.contact)
        self.website.setText(r.website)
        if r.last_checked:
            self.checked.setDate(to_qdate(r.last_checked))
        self.retire_button.setText(self.tr("Restore") if r.retired else self.tr("Retire"))

    def new_entry(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        for w in (self.name, self.contact, self.website):
            w.clear()
        self.purpose.clear()
        self.checked.setDate(QDate.currentDate())
        self.name.setFocus()

    def value(self) -> ReferralInput:
        return ReferralInput(
            self.name.text(),
            self.purpose.toPlainText(),
            self.contact.text(),
            self.website.text(),
            from_qdate(self.checked.date()),
        )

    def save(self) -> None:
        try:
            if self.current_id is None:
                self.current_id = self.referrals.add(self.value())
            else:
                self.referrals.update(self.current_id, self.value())
        except ValueError as exc:
            self.message.setText(user_message(exc))
            return
        self.message.setText(self.tr("Saved."))
        self.refresh(select=self.current_id)

    def toggle_retired(self) -> None:
        if self.current_id is None:
            return
        retired = self.referrals.get(self.current_id).retired
        self.referrals.set_retired(self.current_id, not retired)
        self.show_retired.setChecked(self.show_retired.isChecked() or not retired)
        self.refresh(select=self.current_id)

    # --- files -------------------------------------------------------------------------------
    def _ask_import(self) -> None:
        file_dialog = QFileDialog(
            self, self.tr("Import a referral directory"), "", self.tr("Referral directory (*.toml)")
        )
        self.file_dialog = file_dialog
        file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        file_dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        file_dialog.open()

    def _ask_export(self) -> None:
        file_dialog = QFileDialog(
            self, self.tr("Export the referral directory"), "sociale-kaart.toml", self.tr("Referral directory (*.toml)")
        )
        self.file_dialog = file_dialog
        file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        file_dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        file_dialog.open()

    def import_from(self, path: Path) -> int:
        """Add or update entries from a file; returns how many were read."""
        try:
            entries = import_referrals(path)
        except (ContentError, OSError) as exc:
            self.message.setText(user_message(exc))
            return 0
        existing = {r.name.casefold(): r for r in self.referrals.list(include_retired=True)}
        for e in entries:
            data = ReferralInput(e.name, e.purpose, e.contact, e.website, e.last_checked)
            match = existing.get(e.name.casefold())
            if match is None:
                self.referrals.add(data)
            else:
                self.referrals.update(match.id, data)
                if match.retired:
                    self.referrals.set_retired(match.id, False)
        self.message.setText(self.tr("%n referral(s) imported.", "", len(entries)))
        self.refresh()
        return len(entries)

    def export_to(self, path: Path) -> None:
        rows = [
            ContentReferral(
                id=f"ref-{r.id}",
                name=r.name,
                purpose=r.purpose,
                contact=r.contact,
                website=r.website,
                last_checked=r.last_checked or date.today(),
                discreet=r.discreet,
            )
            for r in self.referrals.list()
        ]
        try:
            export_referrals(rows, path)
        except ContentError as exc:
            self.message.setText(user_message(exc))
            return
        except OSError as exc:
            self.message.setText(self.tr("Could not write {path}: {why}").format(path=path, why=exc.strerror))
            return
        self.message.setText(self.tr("Exported to {path}.").format(path=path))
