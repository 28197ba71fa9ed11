"""Signals: turn system critique into anonymous signals for the team, count them, export them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.documents.team import SignalLine, SignalsReport, render_signals_report
from app.errors import InvalidInput
from app.services.registry import Services
from app.services.signals import NotAnonymous
from app.ui.messages import user_message
from app.ui.qt_types import from_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually


def placeholders(_tr=None) -> dict[str, str]:
    """What stands in for a name, address... in a shared signal (one context, so lupdate and Qt agree)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SignalPlaceholders", text)

    return {"name": tr("[name]"), "email": tr("[e-mail]"), "postcode": tr("[postcode]"), "number": tr("[number]")}


class NewSignalDialog(QDialog):
    """Write one signal. The scrubber flags what could point to a person before it can be saved."""

    created = Signal(int)

    def __init__(self, services: Services, library, suggested: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.library = library
        self.setWindowTitle(self.tr("New signal for the team"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write down the critique in general words. No names, numbers, addresses or "
                "dates: the team sees only the topic, the month and these words."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Topic"))
        for item in library.baggage_of_kind("system_critique"):
            self.category.addItem(item.label, item.id)
        if suggested:
            self.category.setCurrentIndex(max(0, self.category.findData(suggested[0])))
        layout.addWidget(self.category)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.text.setAccessibleName(self.tr("The signal in general words"))
        self.text.setPlaceholderText(self.tr("For example: letters feel threatening and are hard to understand."))
        self.text.setFixedHeight(100)
        layout.addWidget(self.text)
        self.consent = QCheckBox(self.tr("The resident agrees that this is shared with the team"))
        self.consent.setAccessibleName(self.tr("The resident agrees that this is shared with the team"))
        layout.addWidget(self.consent)
        self.flags = QLabel("")
        self.flags.setWordWrap(True)
        self.flags.setVisible(False)
        layout.addWidget(self.flags)
        self.scrub_button = QPushButton(self.tr("Replace them with placeholders"))
        self.scrub_button.setAccessibleName(self.tr("Replace them with placeholders"))
        self.scrub_button.setVisible(False)
        self.scrub_button.clicked.connect(self.scrub)
        layout.addWidget(self.scrub_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save signal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Save signal"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def check(self) -> list:
        findings = self.services.signals.scrubber().findings(self.text.toPlainText())
        kinds = {
            "name": self.tr("a name"),
            "email": self.tr("an e-mail address"),
            "postcode": self.tr("a postcode"),
            "number": self.tr("a number"),
        }
        if findings:
            listed = ", ".join(f"“{f.text}” ({kinds[f.kind]})" for f in findings)
            self.flags.setText(self.tr("This could point to a person: {items}").format(items=listed))
        self.flags.setVisible(bool(findings))
        self.scrub_button.setVisible(bool(findings))
        return findings

    def scrub(self) -> None:
        scrubber = self.services.signals.scrubber()
        self.text.setPlainText(scrubber.scrub(self.text.toPlainText(), placeholders(self.tr)))
        self.check()

    def submit(self) -> None:
        if self.check():
            return
        try:
            signal_id = self.services.signals.create(
                self.category.currentData(), self.text.toPlainText(), self.consent.isChecked()
            )
        except NotAnonymous:
            self.check()
            return
        except ValueError as exc:
            self.flags.setText(user_message(exc))
            self.flags.setVisible(True)
            return
        self.created.emit(signal_id)
        self.accept()


class SignalsDialog(QDialog):
    """How many signals per topic and month; export as CSV and a one-page PDF."""

    exported = Signal(str)

    def __init__(self, services: Services, library, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.library = library
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Signals for the team"))
        resize_to_fit(self, 900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "System critique that residents voice often disappears somewhere. Here it stays, "
                "anonymous, so the team can talk about it and take it further."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1))
        self.end = QDateEdit(today)
        for w, name in ((self.start, self.tr("From")), (self.end, self.tr("Up to and including"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("MMMM yyyy")
            w.setAccessibleName(name)
            row.addWidget(QLabel(name))
            row.addWidget(w)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("New signal…"))
        self.new_button.setAccessibleName(self.tr("New signal"))
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setAccessibleName(self.tr("Signals per topic and month"))
        self.table.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Month"), self.tr("Number")])
        from PySide6.QtWidgets import QHeaderView

        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        # What the organisation did with these signals: lines the consultant can tell a resident.
        done_row = QHBoxLayout()
        self.done_lines = QLabel("")
        self.done_lines.setWordWrap(True)
        self.done_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        done_row.addWidget(self.done_lines, 1)
        self.done_import = QPushButton(self.tr('Import "what was done"…'))
        self.done_import.setAccessibleName(self.tr("Import the team's register of what was done"))
        done_row.addWidget(self.done_import)
        layout.addLayout(done_row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.csv_button = buttons.addButton(self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setAccessibleName(self.tr("Export CSV"))
        self.pdf_button.setAccessibleName(self.tr("Export PDF"))
        self.team_button = buttons.addButton(self.tr("Export for the team…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.team_button.setAccessibleName(self.tr("Export a signed file for the team lead"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.new_button.clicked.connect(lambda: self.new_signal())
        self.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        self.team_button.clicked.connect(lambda: self._ask_path("json"))
        self.done_import.clicked.connect(self._ask_register)
        self.refresh()
        self._show_done()

    def _label(self, category_id: str) -> str:
        try:
            return self.library.baggage_by_id(category_id).label
        except KeyError:
            return category_id

    def _show_done(self) -> None:
        from app.services import team_signals

        latest = team_signals.latest_per_category(
            team_signals.register_from_text(self.services.settings.get("team_register"))
        )
        lines = [
            self.tr("{topic}: {what} ({role}, {date})").format(
                topic=self._label(e.category_id), what=e.what, role=e.role, date=e.on
            )
            for e in latest.values()
        ]
        self.done_lines.setText(
            self.tr("What was done with it:") + "\n" + "\n".join(lines)
            if lines
            else self.tr("What was done with it: nothing imported yet.")
        )

    def _ask_register(self) -> None:
        dialog = QFileDialog(self, self.tr("Import what was done"), "", self.tr("Register files (*.json)"))
        self.dialog = dialog
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_register(Path(path)))
        dialog.open()

    def import_register(self, path: Path) -> bool:
        from app.services import team_signals

        reasons = {
            "too_large": self.tr("too large for a register file"),
            "not_signals": self.tr("not a register file of Nabij"),
            "version": self.tr("made by a newer version of Nabij"),
            "tampered": self.tr("changed after it was made, or made with another team secret"),
            "damaged": self.tr("damaged"),
        }
        try:
            if path.stat().st_size > team_signals.MAX_FILE_BYTES:
                read: list | str = "too_large"
            else:
                read = team_signals.read_register(path.read_bytes(), self.services.settings.get("team_secret"))
        except InvalidInput as exc:
            self.message.setText(user_message(exc))
            return False
        except OSError:
            self.message.setText(self.tr("Could not be read: {file}.").format(file=path.name))
            return False
        if isinstance(read, str):
            self.message.setText(self.tr("Refused: {file}: {reason}.").format(file=path.name, reason=reasons[read]))
            return False
        self.services.settings.set("team_register", team_signals.register_to_text(read))
        self.message.setText(self.tr("%n line(s) imported.", "", len(read)))
        self._show_done()
        return True

    def rows(self):
        start = from_qdate(self.start.date()).strftime("%Y-%m")
        end = from_qdate(self.end.date()).strftime("%Y-%m")
        return self.services.signals.rows_in_period(start, end)

    def refresh(self) -> None:
        counts = self.services.signals.counts(self.rows())
        self.table.setRowCount(0)
        for (category_id, period), n in sorted(counts.items(), key=lambda kv: (kv[0][1], -kv[1]), reverse=True):
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, value in enumerate((self._label(category_id), period, str(n))):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)

    def new_signal(self, suggested: list[str] | None = None) -> None:
        dialog = NewSignalDialog(self.services, self.library, suggested, parent=self)
        self.dialog = dialog
        dialog.created.connect(lambda _id: self.refresh())
        dialog.open()

    def _ask_path(self, kind: str) -> None:
        name = f"signalen-{date.today():%Y-%m}.{kind}"
        dialog = QFileDialog(
            self,
            self.tr("Export signals"),
            name,
            {"csv": self.tr("CSV (*.csv)"), "pdf": self.tr("PDF (*.pdf)")}.get(kind, self.tr("Signal files (*.json)")),
        )
        self.dialog = dialog
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.export(Path(path), kind))
        dialog.open()

    def export(self, path: Path, kind: str) -> bool:
        from app.services.printing import save_pdf

        rows = self.services.signals.shareable(self.rows(), placeholders(self.tr))
        if kind == "json":
            try:
                data = self.services.signals.team_file(
                    self.rows(), placeholders(self.tr), self.services.settings.get("team_secret")
                )
            except InvalidInput as exc:
                self.message.setText(user_message(exc))
                return False
        elif kind == "csv":
            data = self.services.signals.to_csv(
                rows, self._label, (self.tr("month"), self.tr("team"), self.tr("topic"), self.tr("text"))
            )
        else:
            profile = self.services.profile.get()
            data = render_signals_report(
                SignalsReport(
                    [SignalLine(self._label(r.category_id), r.period, r.text) for r in rows],
                    from_qdate(self.start.date()),
                    from_qdate(self.end.date()),
                    profile.team,
                    profile.municipality,
                    self.library.language,
                )
            )
        result = save_pdf(data, path)  # atomic write of the bytes, whatever they are
        self.message.setText(
            result.message
            if not result.ok
            else self.tr("%n signal(s) exported to {path}.", "", len(rows)).format(path=path)
        )
        if result.ok:
            self.exported.emit(str(path))
        return result.ok
