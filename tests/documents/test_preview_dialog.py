"""DocumentPreviewDialog: shows the same bytes it prints and saves."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton

from app.documents.slip import render_slip
from app.services import printing
from app.ui.dialogs.document_preview import DocumentPreviewDialog

from .helpers import sample_slip


@pytest.fixture
def slip_pdf() -> bytes:
    return render_slip(sample_slip(languages=("nl", "en")))


@pytest.fixture
def dialog(qtbot, slip_pdf):
    dlg = DocumentPreviewDialog(slip_pdf, print_title="Afsprakenbriefje", suggested_file_name="afspraken.pdf")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    return dlg


def test_preview_shows_every_page(dialog, slip_pdf, pdf_file):
    assert dialog.page_count() == pdf_file(slip_pdf).pages > 1
    assert dialog.view.document() is dialog.document
    assert dialog.pdf == slip_pdf


def test_every_button_has_an_accessible_name(dialog):
    buttons = dialog.findChildren(QPushButton)
    assert {dialog.print_button, dialog.save_button, dialog.close_button} <= set(buttons)
    for button in buttons:
        assert button.accessibleName(), button.text()


def test_save_writes_the_same_bytes(qtbot, dialog, slip_pdf, tmp_path):
    target = tmp_path / "afspraken.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        assert dialog.save_to(str(target))
    assert signal.args == [str(target)]
    assert target.read_bytes() == slip_pdf


def test_save_through_the_file_dialog(qtbot, dialog, slip_pdf, tmp_path):
    dialog.save_button.click()
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    target = tmp_path / "via-dialog.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.file_dialog.fileSelected.emit(str(target))  # what the dialog does on Save
    dialog.file_dialog.reject()
    assert target.read_bytes() == slip_pdf


def test_failed_save_is_shown_not_raised(qtbot, dialog, tmp_path):
    with qtbot.waitSignal(dialog.save_failed, timeout=5000) as signal:
        assert not dialog.save_to(str(tmp_path / "missing" / "x.pdf"))
    assert "x.pdf" in signal.args[0]
    assert dialog.status_label.text() == signal.args[0]


# On Windows, QPrintDialog is the native Win32 print dialog: no Qt widget to press, and its own
# modal loop. The Windows lane prints through Qt's Windows engine instead (checks/print_slip.py).
@pytest.mark.skipif(sys.platform == "win32", reason="the native Windows print dialog is not a Qt widget")
def test_print_dialog_prints_the_same_bytes(qtbot, dialog, slip_pdf, monkeypatch):
    # Stand in for the print service: accepting Qt's dialog would otherwise
    # print on whatever printer it selects (the CUPS test covers real printing).
    calls = []

    def fake_print_pdf(pdf, printer, title, media="A5", **kwargs):
        calls.append((pdf, printer, title, media))
        return printing.PrintResult(True, "Sent to printer 'PDF'.", "cups", job_id="PDF-1")

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    dialog.print_button.click()
    assert dialog.print_dialog is not None and dialog.print_dialog.isVisible()
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as signal:
        dialog.print_dialog.accept()  # the user presses Print
    assert signal.args == [True, "Sent to printer 'PDF'."]
    [(pdf, printer, title, media)] = calls
    assert pdf == slip_pdf
    assert printer is dialog.printer
    assert title == "Afsprakenbriefje"
    # the paper shown in Qt's dialog (the queue's default unless the user changes it)
    shown = dialog.printer.pageLayout().pageSize().key()
    assert media == (shown if shown in ("A4", "A5") else "A5")


def test_cancelled_print_dialog_prints_nothing(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(printing, "print_pdf", lambda *a, **k: pytest.fail("printed after Cancel"))
    dialog.print_button.click()
    dialog.print_dialog.reject()
    assert dialog.last_print_result is None


def test_discard_drops_the_document(dialog):
    dialog.discard()
    assert dialog.pdf == b""
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
