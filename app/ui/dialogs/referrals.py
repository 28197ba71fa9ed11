"""The referral directory (sociale kaart): add, edit, retire; import and export as a file.

An import never replaces anything unseen: the file is read and compared on the worker, a preview
lists what would be added and what would change (old → new, field by field), and only Import in
that preview writes, again on the worker, in one transaction. A file of 2,000 entries keeps the
window responsive."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
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
from app.services.referrals import ImportPlan, ReferralInput, ReferralService
from app.ui.messages import user_message
from app.ui.qt_types import from_qdate, to_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import chain, order_buttons_visually


class ImportPreviewDialog(QDialog):
    """What an import would add and change, before anything is replaced. Import or Cancel."""

    def __init__(self, path: Path, plan: ImportPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {file}").format(file=path.name))
        resize_to_fit(self, 760, 520)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("{added} new, {changed} changed, {same} already the same. Nothing changes until you choose Import.")
            .replace("{added}", str(len(plan.added)))
            .replace("{changed}", str(len(plan.changed)))
            .replace("{same}", str(plan.unchanged))
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.summary = summary
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("What the import would change"))
        self.list.setUniformItemSizes(True)  # thousands of lines stay quick
        labels = {
            "name": self.tr("Name"),
            "purpose": self.tr("What they help with"),
            "contact": self.tr("Contact"),
            "website": self.tr("Website"),
            "last_checked": self.tr("Last checked"),
            "discreet": self.tr("Discreet"),
        }
        flags = {"discreet": self.tr("yes"), "not discreet": self.tr("no")}
        empty = self.tr("(empty)")
        if plan.changed:
            self._heading(self.tr("Changed: %n entry/entries", "", len(plan.changed)))
            for entry in plan.changed:
                for change in entry.changes:
                    if change.field == "retired":
                        line = self.tr("{name} · was retired, comes back into use").format(name=entry.data.name)
                    elif change.field == "discreet":
                        line = self.tr("{name} · {field}: {old} → {new}").format(
                            name=entry.data.name,
                            field=labels["discreet"],
                            old=flags.get(change.old, change.old),
                            new=flags.get(change.new, change.new),
                        )
                    else:
                        line = self.tr("{name} · {field}: {old} → {new}").format(
                            name=entry.data.name,
                            field=labels[change.field],
                            old=change.old or empty,
                            new=change.new or empty,
                        )
                    self.list.addItem(line)
        if plan.added:
            self._heading(self.tr("New: %n entry/entries", "", len(plan.added)))
            for entry in plan.added:
                line = entry.data.name + (f" · {entry.data.contact}" if entry.data.contact else "")
                if entry.data.discreet:
                    line += " · " + self.tr("discreet")
                self.list.addItem(line)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import these changes"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.list.setFocus()  # not the Import button, which would become the default while it has focus

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Enter does not replace anything by accident. Set once shown: the button box makes its
        # first accept button the default when it is shown.
        self.import_button.setDefault(False)
        self.cancel_button.setDefault(True)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class ReferralDirectoryDialog(QDialog):
    imported = Signal(int)  # entries added or changed by a confirmed import

    def __init__(self, referrals: ReferralService, worker, parent=None) -> None:
        super().__init__(parent)
        self.referrals = referrals
        self.worker = worker
        self.preview: ImportPreviewDialog | None = None
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
        # Crisis, violence and mental-health lines: the bundle marks 113, Veilig Thuis and MIND; the
        # consultant can mark any entry, their own included, or unmark one.
        self.discreet = QCheckBox(self.tr("Discreet: only on a slip when ticked for it"))
        self.discreet.setAccessibleName(self.tr("Discreet: only on a slip when ticked for it"))
        self.discreet.setToolTip(
            self.tr(
                "For a crisis, violence or mental-health line: it goes on the resident's slip only when you "
                "tick it for that slip in Afronding."
            )
        )
        self._shown_discreet = False  # the flag as shown when the entry was opened
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("What they help with"), self.purpose)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Last checked"), self.checked)
        form.addRow(self.discreet)
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
            self.discreet,
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
        self.discreet.setChecked(r.discreet)
        self._shown_discreet = r.discreet
        self.retire_button.setText(self.tr("Restore") if r.retired else self.tr("Retire"))

    def new_entry(self) -> None:
        self.current_id = None
        self.list.setCurrentRow(-1)  # no current item: clicking the entry shown before opens it again
        for w in (self.name, self.contact, self.website):
            w.clear()
        self.purpose.clear()
        self.checked.setDate(QDate.currentDate())
        self.discreet.setChecked(False)
        self._shown_discreet = False
        self.name.setFocus()

    def value(self) -> ReferralInput:
        return ReferralInput(
            self.name.text(),
            self.purpose.toPlainText(),
            self.contact.text(),
            self.website.text(),
            from_qdate(self.checked.date()),
            # only a change is a choice: an entry left as it was keeps following the bundle's default
            self.discreet.isChecked() if self.discreet.isChecked() != self._shown_discreet else None,
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

    def import_from(self, path: Path) -> None:
        """Read and compare the file on the worker, then show the preview; nothing changes before Import."""
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Reading {file}…").format(file=path.name))
        self.worker.submit(
            lambda: self.referrals.plan_import(import_referrals(path)),
            lambda plan: self._preview(path, plan),
            self._import_failed,
        )

    def _preview(self, path: Path, plan: ImportPlan) -> None:
        if plan.empty:
            self.import_button.setEnabled(True)
            self.message.setText(
                self.tr("Nothing to import: every entry in {file} is already in the directory.").format(file=path.name)
            )
            return
        self.message.setText(self.tr("Check what the import would change."))
        preview = ImportPreviewDialog(path, plan, parent=self)
        self.preview = preview
        preview.accepted.connect(lambda: self._apply(plan))
        preview.rejected.connect(self._import_cancelled)
        preview.open()

    def _apply(self, plan: ImportPlan) -> None:
        self.message.setText(self.tr("Importing…"))
        self.worker.submit(lambda: self.referrals.apply_import(plan), self._imported, self._import_failed)

    def _imported(self, count: int) -> None:
        self.import_button.setEnabled(True)
        self.message.setText(self.tr("%n referral(s) imported.", "", count))
        self.refresh()
        self.imported.emit(count)

    def _import_cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.message.setText(self.tr("Nothing was imported."))

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.message.setText(user_message(exc))

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
