"""DocumentPreviewDialog: shows the same bytes it prints and saves."""

from __future__ import annotations

import dataclasses
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from app.documents.slip import render_slip
from app.services import printing
from app.ui.dialogs.document_preview import DocumentPreviewDialog

from .helpers import sample_slip


@pytest.fixture
def slip_pdf() -> bytes:
    # a long bilingual slip: more than one page to preview
    from .test_slip_sheet import EXTRA, FIVE, typical

    return render_slip(typical(agreements=FIVE + EXTRA, languages=("nl", "en")))


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
    dialog.file_dialog.setDirectory(str(tmp_path))  # where the user went in the dialog
    name = dialog.file_dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own file dialog: its name field
    name.selectAll()
    qtbot.keyClicks(name, target.name)
    save = dialog.file_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.file_dialog.isVisible())
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
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.print_dialog is not None and dialog.print_dialog.isVisible()
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as signal:
        qtbot.keyClick(dialog.print_dialog, Qt.Key.Key_Return)  # Print is the dialog's default button
    assert signal.args == [True, "Sent to printer 'PDF'."]
    [(pdf, printer, title, media)] = calls
    assert pdf == slip_pdf
    assert printer is dialog.printer
    assert title == "Afsprakenbriefje"
    # without a way to lay it out again, the document goes out on its own paper (A5 here),
    # never announced to the printer as the A4 that Qt's dialog may show
    assert media == "A5"


@pytest.mark.skipif(sys.platform == "win32", reason="the native Windows print dialog is not a Qt widget")
def test_a4_in_the_print_dialog_prints_an_a4_layout_and_shows_it(qtbot, slip_pdf, pdf_file, monkeypatch):
    calls = []

    def fake_print_pdf(pdf, printer, title, media="A5", **kwargs):
        calls.append((pdf, media))
        return printing.PrintResult(True, "Sent to printer 'PDF'.", "cups", job_id="PDF-1")

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    data = sample_slip(languages=("nl", "en"))
    dlg = DocumentPreviewDialog(slip_pdf, render=lambda paper: render_slip(data, paper), media="A5")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    # the user picks A4 in Qt's print dialog, then presses Print
    dlg.print_dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    with qtbot.waitSignal(dlg.printed, timeout=10_000):
        qtbot.keyClick(dlg.print_dialog, Qt.Key.Key_Return)  # Print is the dialog's default button
    [(pdf, media)] = calls
    assert media == "A4"
    printed = pdf_file(pdf)
    assert abs(printed.page_size()[0] - 595) < 2  # an A4 layout, not the A5 page
    assert dlg.pdf == pdf and dlg.media == "A4" and dlg.paper.currentData() == "A4"  # the preview shows it


def test_the_paper_box_lays_the_document_out_again(qtbot, slip_pdf, pdf_file):
    data = sample_slip()
    dlg = DocumentPreviewDialog(render_slip(data), render=lambda paper: render_slip(data, paper), media="A5")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.paper.setFocus()
    QTest.keyClick(dlg.paper, Qt.Key.Key_Down)
    assert dlg.media == "A4"
    assert abs(pdf_file(dlg.pdf).page_size()[1] - 842) < 2
    qtbot.waitUntil(lambda: dlg.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert dlg.page_count() == 1
    assert dlg.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4


def test_cancelled_print_dialog_prints_nothing(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(printing, "print_pdf", lambda *a, **k: pytest.fail("printed after Cancel"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.print_dialog, Qt.Key.Key_Escape)  # Cancel
    qtbot.waitUntil(lambda: not dialog.print_dialog.isVisible())
    assert dialog.last_print_result is None


def test_discard_drops_the_document(dialog):
    dialog.discard()
    assert dialog.pdf == b""
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


# -- one sheet, front and back (issue 18) ---------------------------------------------------


def _one_sheet_dialog(qtbot, data):
    dlg = DocumentPreviewDialog(
        render_slip(data),
        render_options=lambda paper, lang, large: render_slip(
            dataclasses.replace(data, languages=("nl", lang) if lang else ("nl",)), paper, large
        ),
        language=data.languages[1] if len(data.languages) > 1 else "",
        large_print=False,
        one_sheet=True,
    )
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    return dlg


def _two_sided(dlg) -> bool:
    """The dialog asks for long-edge duplex: on the printer, or (a printer Qt does not know yet, as here
    without CUPS) in what it hands to the print service."""
    long_edge = QPrinter.DuplexMode.DuplexLongSide
    return dlg.printer.duplex() == long_edge or dlg.duplex_asked == long_edge


def test_a_one_side_slip_asks_for_no_duplex(qtbot):
    from .test_slip_sheet import typical

    dlg = _one_sheet_dialog(qtbot, typical(languages=("nl", "en")))
    assert dlg.page_count() == 1
    assert not dlg.sheet_label.isVisible()
    assert not _two_sided(dlg)


def test_a_two_page_slip_is_one_sheet_front_and_back(qtbot):
    from .test_slip_sheet import EXTRA, FIVE, typical

    dlg = _one_sheet_dialog(qtbot, typical(agreements=FIVE + EXTRA, languages=("nl", "en")))
    assert dlg.page_count() == 2
    # the preview says so, in a short line, and the printer is asked for both sides (long edge)
    assert dlg.sheet_label.isVisible()
    text = dlg.sheet_label.text()
    assert "voor- en achterkant" in text or "front and back" in text
    assert _two_sided(dlg)
    # large print takes more pages: no longer one sheet, and the duplex we asked for is taken back
    qtbot.mouseClick(dlg.large_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.page_count() > 2, timeout=5000)
    assert not dlg.sheet_label.isVisible()
    assert not _two_sided(dlg)


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in lp is a shell script; Windows prints via Qt")
def test_the_two_page_slip_goes_to_lp_as_two_sided_long_edge(qtbot, tmp_path, monkeypatch):
    import stat

    from .test_slip_sheet import EXTRA, FIVE, typical

    lp = tmp_path / "lp"
    lp.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/lp-args"\ncat > /dev/null\necho "request id is P-1"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(printing.shutil, "which", lambda name: str(lp) if name == "lp" else None)
    dlg = _one_sheet_dialog(qtbot, typical(agreements=FIVE + EXTRA, languages=("nl", "en")))
    printer = QPrinter()
    printer.setPrinterName("PDF")  # the queue the print dialog picked
    if not printer.printerName():
        pytest.skip("no CUPS scheduler running: Qt knows no printer queue to name")
    # the CUPS path itself (print_pdf takes it once the queue is known to Qt, which needs a running CUPS)
    result = printing._print_lp(dlg.pdf, printer, "Afsprakenbriefje", dlg.media, dlg.duplex_asked)
    assert result.ok, result.message
    assert "sides=two-sided-long-edge" in (tmp_path / "lp-args").read_text().splitlines()
