"""The audit log for the privacy officer: filters, CSV and PDF, and no free text (a canary name never appears)."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.errors import InvalidInput
from app.services.audit import ACTIONS, OBJECT_TYPES, RESULTS
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.dialogs.audit_log import AuditLogDialog

CANARY = "Zebedeüs Kanarie-7731"


@pytest.fixture(autouse=True)
def _dutch():
    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


def _save_as(qtbot, dialog, button, path) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    file_dialog = dialog.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    file_dialog.setDirectory(str(path.parent))
    edit = file_dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClicks(edit, path.name)
    with qtbot.waitSignal(dialog.exported):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_audit_log_filters_and_exports_without_free_text(qtbot, db, tmp_path):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name=CANARY, initials="ZK"))
    services.audit.record("print", "resident", rid, "ok")
    services.audit.record("save_pdf", "resident", rid, "ok")
    services.audit.record("print", "resident", rid, "failed")
    services.audit.record("backup", "database", None, "ok")
    with pytest.raises(InvalidInput):
        services.audit.record("print", "resident", rid, CANARY)  # free text is refused at the door

    dialog = AuditLogDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 4
    dialog.kind.setFocus()
    while dialog.kind.currentData() != "print":
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.table.rowCount() == 2
    assert {dialog.table.item(r, 4).text() for r in range(2)} == {"gelukt", "mislukt"}
    while dialog.kind.currentData() != "":
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    assert dialog.table.rowCount() == 4

    _save_as(qtbot, dialog, dialog.csv_button, tmp_path / "log.csv")
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Wanneer", "Wat", "Over", "Nummer", "Uitkomst"] and len(rows) == 5
    for when, action, kind, number, result in rows[1:]:
        assert action in ACTIONS and kind in OBJECT_TYPES and result in RESULTS
        assert number == "" or number.isdigit()
        assert len(when) == 19
    _save_as(qtbot, dialog, dialog.pdf_button, tmp_path / "log.pdf")
    pdf = subprocess.run(["pdftotext", str(tmp_path / "log.pdf"), "-"], capture_output=True, text=True).stdout
    assert pdf.count("afgedrukt") == 2 and "gemaakt" in pdf
    for blob in (text, pdf):
        assert "Kanarie" not in blob and "Zebede" not in blob and "ZK" not in blob

    # A period without events: nothing listed.
    dialog.start.setFocus()
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert dialog.table.rowCount() == 0
