"""The team lead's view: many consultants' signed signal files merged, counted, small counts hidden."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.documents.team import TeamCountsReport, render_team_counts
from app.errors import InvalidInput
from app.services import team_signals
from app.services.registry import Services
from app.ui.messages import user_message
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually


class TeamSignalsDialog(QDialog):
    exported = Signal(str)

    def __init__(self, services: Services, library, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.library = library
        self.file_dialog: QFileDialog | None = None
        self.files: dict[str, bytes] = {}  # path -> content, as read
        self.merged = team_signals.Merged()
        self.setWindowTitle(self.tr("Team signals: merge files"))
        resize_to_fit(self, 860, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Add the signal files your team members exported (Team > Signals > Export for the team). "
                "A file that was changed is refused; a signal in two files counts once. "
                "Counts below {k} are hidden, so they cannot point to one resident."
            ).format(k=self.threshold)
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setAccessibleName(self.tr("Add signal files"))
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Team signals per topic and month"))
        self.table.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Month"), self.tr("Number")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_register())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.csv_button = buttons.addButton(self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setAccessibleName(self.tr("Export CSV"))
        self.pdf_button.setAccessibleName(self.tr("Export PDF"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._ask_files)
        self.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        self.refresh()

    def _build_register(self) -> QGroupBox:
        """'What was done': per topic, one line a consultant can tell a resident, exported to the team."""
        box = QGroupBox(self.tr("What was done with it"))
        box_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.register_topic = QComboBox()
        self.register_topic.setAccessibleName(self.tr("Topic"))
        for item in self.library.baggage if self.library is not None else ():
            if item.kind == "system_critique":
                self.register_topic.addItem(item.label, item.id)
        self.register_what = QLineEdit()
        self.register_what.setMaxLength(team_signals.MAX_WHAT)
        self.register_what.setPlaceholderText(self.tr("What was done, in one line a resident understands"))
        self.register_what.setAccessibleName(self.tr("What was done"))
        self.register_role = QLineEdit()
        self.register_role.setMaxLength(team_signals.MAX_ROLE)
        self.register_role.setPlaceholderText(self.tr("By whom (a role, not a name)"))
        self.register_role.setAccessibleName(self.tr("By whom (a role)"))
        self.register_add = QPushButton(self.tr("Add line"))
        self.register_add.setAccessibleName(self.tr("Add line to the register"))
        self.register_export = QPushButton(self.tr("Export for the team…"))
        self.register_export.setAccessibleName(self.tr("Export the register for the team"))
        row.addWidget(self.register_topic)
        row.addWidget(self.register_what, 2)
        row.addWidget(self.register_role, 1)
        row.addWidget(self.register_add)
        row.addWidget(self.register_export)
        box_layout.addLayout(row)
        self.register_lines = QLabel("")
        self.register_lines.setWordWrap(True)
        box_layout.addWidget(self.register_lines)
        self.register_add.clicked.connect(self.add_register_line)
        self.register_what.returnPressed.connect(self.add_register_line)
        self.register_role.returnPressed.connect(self.add_register_line)
        self.register_export.clicked.connect(lambda: self._ask_path("json"))
        self._show_register()
        return box

    def register(self) -> list[team_signals.RegisterEntry]:
        return team_signals.register_from_text(self.services.settings.get("team_register"))

    def add_register_line(self) -> None:
        try:
            entry = team_signals.check_entry(
                team_signals.RegisterEntry(
                    self.register_topic.currentData() or "",
                    self.register_what.text(),
                    self.register_role.text(),
                    date.today().isoformat(),
                )
            )
        except InvalidInput as exc:
            self.message.setText(user_message(exc))
            return
        self.services.settings.set("team_register", team_signals.register_to_text([*self.register(), entry]))
        self.register_what.clear()
        self.message.setText("")
        self._show_register()

    def _show_register(self) -> None:
        latest = team_signals.latest_per_category(self.register())
        self.register_lines.setText(
            "\n".join(
                self.tr("{topic}: {what} ({role}, {date})").format(
                    topic=self._label(e.category_id), what=e.what, role=e.role, date=e.on
                )
                for e in latest.values()
            )
            or self.tr("Nothing recorded yet.")
        )

    @property
    def threshold(self) -> int:
        return max(team_signals.MIN_THRESHOLD, int(self.services.settings.get("signal_threshold")))

    def _label(self, category_id: str) -> str:
        try:
            return self.library.baggage_by_id(category_id).label
        except KeyError:
            return category_id

    def _hidden(self) -> str:
        return self.tr("fewer than {k}").format(k=self.threshold)

    def _reason(self, code: str) -> str:
        return {
            "too_large": self.tr("too large for a signal file"),
            "not_signals": self.tr("not a Nabij signal file"),
            "version": self.tr("made by a newer version of Nabij"),
            "tampered": self.tr("changed after it was made, or made with another team secret"),
            "damaged": self.tr("damaged"),
        }.get(code, code)

    def _ask_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add signal files"), "", self.tr("Signal files (*.json)"))
        self.file_dialog = dialog
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        dialog.open()

    def add_files(self, paths: list[Path]) -> None:
        unreadable = []
        for path in paths:
            try:
                if path.stat().st_size > team_signals.MAX_FILE_BYTES:
                    self.files[str(path)] = b" " * (team_signals.MAX_FILE_BYTES + 1)  # refused as too large
                    continue
                self.files[str(path)] = path.read_bytes()
            except OSError:
                unreadable.append(path.name)
        try:
            self.merged = team_signals.merge(list(self.files.items()), self.services.settings.get("team_secret"))
        except InvalidInput as exc:
            self.message.setText(user_message(exc))
            return
        lines = [
            self.tr("%n file(s) read", "", len(self.merged.files))
            + "; "
            + self.tr("%n duplicate signal(s) counted once", "", self.merged.duplicates)
            + "."
        ]
        for refused in self.merged.refused:
            lines.append(
                self.tr("Refused: {file}: {reason}.").format(
                    file=Path(refused.file).name, reason=self._reason(refused.reason)
                )
            )
        for name in unreadable:
            lines.append(self.tr("Could not be read: {file}.").format(file=name))
        self.message.setText("\n".join(lines))
        self.refresh()

    def rows(self) -> list[tuple[str, str, int | None]]:
        return team_signals.shown_counts(self.merged.signals, self.threshold)

    def refresh(self) -> None:
        self.table.setRowCount(0)
        for category_id, month, n in self.rows():
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, value in enumerate((self._label(category_id), month, self._hidden() if n is None else str(n))):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        has = bool(self.merged.signals)
        self.csv_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _ask_path(self, kind: str) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Export team signals"),
            "wat-is-ermee-gedaan.json" if kind == "json" else f"team-signalen.{kind}",
            {"csv": self.tr("CSV (*.csv)"), "pdf": self.tr("PDF (*.pdf)")}.get(
                kind, self.tr("Register files (*.json)")
            ),
        )
        self.file_dialog = dialog
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.export(Path(path), kind))
        dialog.open()

    def export(self, path: Path, kind: str) -> bool:
        from app.services.printing import save_pdf

        rows = self.rows()
        if kind == "json":
            try:
                data = team_signals.export_register(self.register(), self.services.settings.get("team_secret"))
            except InvalidInput as exc:
                self.message.setText(user_message(exc))
                return False
        elif kind == "csv":
            data = team_signals.management_csv(
                rows, self._label, (self.tr("topic"), self.tr("month"), self.tr("number")), self._hidden()
            )
        else:
            profile = self.services.profile.get()
            data = render_team_counts(
                TeamCountsReport(
                    [(self._label(c), m, n) for c, m, n in rows],
                    self.threshold,
                    len(self.merged.files),
                    profile.team,
                    profile.municipality,
                    self.library.language,
                )
            )
        result = save_pdf(data, path)
        self.message.setText(result.message if not result.ok else self.tr("Exported to {path}.").format(path=path))
        if result.ok:
            self.exported.emit(str(path))
        return result.ok
