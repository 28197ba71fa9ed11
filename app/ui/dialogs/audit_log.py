"""The audit log for the privacy officer (FG): filter by period and kind, export as CSV or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.documents.team import AuditReport, render_audit_log
from app.services.audit import ACTIONS, AuditRow
from app.services.registry import Services
from app.ui.qt_types import from_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually


class AuditLogDialog(QDialog):
    exported = Signal(str)

    def __init__(self, services: Services, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Audit log"))
        resize_to_fit(self, 820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What happened to data in Nabij: prints, saved PDFs, exports, erasures, backups and restores. "
                "For your privacy officer (FG). It holds no names or notes: only fixed codes, dates and numbers."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-3))
        self.end = QDateEdit(today)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("Up to and including"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            row.addWidget(QLabel(name))
            row.addWidget(edit)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("all kinds"), "")
        for action in ACTIONS:
            self.kind.addItem(self.action_label(action), action)
        row.addWidget(QLabel(self.tr("Kind")))
        row.addWidget(self.kind)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setHorizontalHeaderLabels(self.columns())
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
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
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        self.refresh()

    def columns(self) -> list[str]:
        return [self.tr("When"), self.tr("What"), self.tr("About"), self.tr("Number"), self.tr("Result")]

    def action_label(self, action: str) -> str:
        return {
            "print": self.tr("printed"),
            "save_pdf": self.tr("PDF saved"),
            "export": self.tr("exported"),
            "erase": self.tr("erased"),
            "purge": self.tr("removed after the retention period"),
            "backup": self.tr("backup made"),
            "restore": self.tr("backup restored"),
            "handover_consent": self.tr("handover: consent recorded"),
            "handover_export": self.tr("handover package made"),
            "handover_import": self.tr("handover package read in"),
        }.get(action, action)

    def _object_label(self, kind: str) -> str:
        return {
            "resident": self.tr("a resident"),
            "meeting": self.tr("a meeting"),
            "database": self.tr("all data"),
        }.get(kind, "")

    def _result_label(self, result: str) -> str:
        return {
            "ok": self.tr("done"),
            "failed": self.tr("failed"),
            "refused": self.tr("refused"),
            "cancelled": self.tr("cancelled"),
        }.get(result, result)

    def rows(self) -> list[AuditRow]:
        kind = self.kind.currentData()
        return self.services.audit.query(
            from_qdate(self.start.date()), from_qdate(self.end.date()), (kind,) if kind else None
        )

    def _cells(self, r: AuditRow) -> tuple[str, str, str, str, str]:
        return (
            r.at.strftime("%Y-%m-%d %H:%M"),
            self.action_label(r.action),
            self._object_label(r.object_type),
            "" if r.object_id is None else str(r.object_id),
            self._result_label(r.result),
        )

    def refresh(self) -> None:
        self.table.setRowCount(0)
        for r in self.rows():
            n = self.table.rowCount()
            self.table.insertRow(n)
            for c, value in enumerate(self._cells(r)):
                self.table.setItem(n, c, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)

    def _ask_path(self, kind: str) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Export the audit log"),
            f"nabij-logboek.{kind}",
            self.tr("CSV (*.csv)") if kind == "csv" else self.tr("PDF (*.pdf)"),
        )
        self.file_dialog = dialog
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.export(Path(path), kind))
        dialog.open()

    def export(self, path: Path, kind: str) -> bool:
        from app.services.printing import save_pdf

        rows = self.rows()
        if kind == "csv":
            data = self.services.audit.to_csv(rows, tuple(self.columns()))
        else:
            data = render_audit_log(
                AuditReport(
                    [self._cells(r) for r in rows],
                    from_qdate(self.start.date()),
                    from_qdate(self.end.date()),
                    self.kind.currentText(),
                    self.services.profile.get().municipality,
                    self.language,
                )
            )
        result = save_pdf(data, path)
        self.message.setText(result.message if not result.ok else self.tr("Exported to {path}.").format(path=path))
        if result.ok:
            self.exported.emit(str(path))
        return result.ok
