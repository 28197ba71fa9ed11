"""The print service: CUPS via lp, QtPdf onto a QPrinter, and atomic saving.

The tests marked `print` need a running CUPS with a CUPS-PDF queue "PDF"
(.ci/cups-setup makes one). They fail, never skip, when it is missing, and
say what to do.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.documents.slip import render_slip
from app.services import printing

from .helpers import Pdf, sample_slip, squash

QUEUE = "PDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


# -- helpers ----------------------------------------------------------------------


def _cups_pdf_dir() -> Path:
    """Where CUPS-PDF writes: NABIJ_CUPS_PDF_DIR, else "Out" in cups-pdf.conf."""
    override = os.environ.get("NABIJ_CUPS_PDF_DIR")
    if override:
        return Path(override)
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            m = re.match(r"\s*Out\s+(\S+)", line)
            if m:
                return Path(m.group(1).replace("${HOME}", str(Path.home())))
    return Path("/var/spool/cups-pdf-nabij")


def _cups_problem() -> str | None:
    """Why the CUPS print test cannot run, or None when it can."""
    hint = "Run .ci/cups-setup as root to start CUPS and create the queue."
    try:
        running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"lpstat is not usable ({exc}); install cups-bsd/cups-client. {hint}"
    if "scheduler is running" not in running.stdout:
        return (
            f"the CUPS scheduler is not running (lpstat -r: {running.stdout.strip() or running.stderr.strip()}). {hint}"
        )
    queue = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, timeout=10)
    if queue.returncode != 0:
        return f"the CUPS queue {QUEUE!r} does not exist ({queue.stderr.strip()}). {hint}"
    if "disabled" in queue.stdout:
        return f"the CUPS queue {QUEUE!r} is disabled: {queue.stdout.strip()}. {hint}"
    out = _cups_pdf_dir()
    if not out.is_dir():
        return f"the CUPS-PDF output folder {out} does not exist. {hint}"
    return None


def _fake_lp(tmp_path: Path, *, exit_code: int = 0, stderr: str = "") -> Path:
    """An `lp` stand-in that records its arguments and stdin (test data only)."""
    script = tmp_path / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{tmp_path}/lp-args"\n'
        f'cat > "{tmp_path}/lp-stdin"\n'
        f'[ -n "{stderr}" ] && echo "{stderr}" >&2\n'
        f'[ {exit_code} -eq 0 ] && echo "request id is PDF-99 (0 file(s))"\n'
        f"exit {exit_code}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.fixture
def slip_pdf() -> bytes:
    return render_slip(sample_slip(languages=("nl", "en")))


# -- lp, without a real CUPS ------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in lp is a shell script; Windows prints via Qt")
def test_lp_gets_the_bytes_unchanged_on_stdin(qapp, tmp_path, monkeypatch, slip_pdf):
    fake = _fake_lp(tmp_path)
    monkeypatch.setattr(printing.shutil, "which", lambda name: str(fake) if name == "lp" else None)
    monkeypatch.setattr(printing.sys, "platform", "linux")
    printer = QPrinter()
    printer.setPrinterName(QUEUE)
    name = printer.printerName()
    result = printing.print_pdf(slip_pdf, printer, "Afsprakenbriefje", "A5")
    assert result.ok, result.message
    assert result.method == "cups" and result.job_id == "PDF-99"
    assert (tmp_path / "lp-stdin").read_bytes() == slip_pdf
    args = (tmp_path / "lp-args").read_text().splitlines()
    assert args[:6] == ["-d", name, "-o", "media=A5", "-t", "Afsprakenbriefje"]
    assert args[-1] == "-"


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in lp is a shell script; Windows prints via Qt")
def test_lp_failure_is_reported_with_its_stderr(qapp, tmp_path, monkeypatch, slip_pdf):
    fake = _fake_lp(tmp_path, exit_code=1, stderr="lp: The printer or class does not exist.")
    monkeypatch.setattr(printing.shutil, "which", lambda name: str(fake) if name == "lp" else None)
    monkeypatch.setattr(printing.sys, "platform", "linux")
    printer = QPrinter()
    printer.setPrinterName(QUEUE)
    result = printing.print_pdf(slip_pdf, printer, "x", "A4")
    assert not result.ok
    assert "The printer or class does not exist." in result.message


def test_clear_errors_instead_of_crashes(qapp, slip_pdf):
    printer = QPrinter()
    assert not printing.print_pdf(b"", printer, "x").ok
    bad_media = printing.print_pdf(slip_pdf, printer, "x", "B5")
    assert not bad_media.ok and "B5" in bad_media.message
    garbage = printing.print_pdf(b"not a pdf", printer, "x", force_raster=True)
    assert not garbage.ok and garbage.message


def test_print_to_file_in_the_dialog_writes_the_same_bytes(qapp, tmp_path, slip_pdf):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "chosen.pdf"))
    result = printing.print_pdf(slip_pdf, printer, "x")
    assert result.ok and result.method == "file"
    assert (tmp_path / "chosen.pdf").read_bytes() == slip_pdf


def test_available_printers_is_a_list_of_names(qapp):
    names = printing.available_printers()
    assert isinstance(names, list) and all(isinstance(n, str) for n in names)


# -- the real thing -----------------------------------------------------------------


@pytest.mark.print
def test_slip_prints_through_cups_to_the_pdf_queue(qtbot, slip_pdf):
    problem = _cups_problem()
    if problem:
        pytest.fail(f"cannot test printing through CUPS: {problem}")
    # select the printer the way Qt's print dialog does
    info = QPrinterInfo.printerInfo(QUEUE)
    assert not info.isNull(), f"Qt does not list the CUPS queue {QUEUE!r}: {printing.available_printers()}"
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    assert printer.printerName() == QUEUE

    title = f"nabij-test-{uuid.uuid4().hex[:10]}"
    result = printing.print_pdf(slip_pdf, printer, title, "A5")
    assert result.ok, result.message
    assert result.method == "cups" and result.job_id

    out = _wait_for_cups_pdf(qtbot, result.job_id, title)
    try:
        printed_pdf = Pdf(out.read_bytes(), out.with_name(out.name))  # read only, rewritten in place
        text = squash(printed_pdf.text())
        for agreement in sample_slip().agreements:
            assert squash(agreement.text) in text, agreement.text
        assert squash("Our agreements") in text
    finally:
        out.unlink(missing_ok=True)


def _wait_for_cups_pdf(qtbot, job_id: str, title: str) -> Path:
    out_dir = _cups_pdf_dir()
    state: dict = {"next_check": 0.0, "file": None}

    def printed() -> bool:
        now = time.monotonic()
        if now < state["next_check"]:
            return False
        state["next_check"] = now + 0.25
        queued = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True).stdout
        if re.search(rf"^{re.escape(job_id)}\s", queued, re.M):
            return False
        found = [p for p in out_dir.glob("*.pdf") if title in p.name]
        if found and found[0].stat().st_size > 0:
            state["file"] = found[0]
            return True
        return False

    qtbot.waitUntil(printed, timeout=60_000)
    return state["file"]


@pytest.mark.print
@pytest.mark.skipif(sys.platform == "win32", reason="the native Windows print dialog is not a Qt widget")
def test_choosing_a4_for_the_cups_pdf_queue_gives_a4_output(qtbot):
    """Issue 17: A4 chosen in the print dialog gives an A4 layout on the real queue, never an A5 page on A4."""
    from PySide6.QtGui import QPageSize

    from app.ui.dialogs.document_preview import DocumentPreviewDialog

    problem = _cups_problem()
    if problem:
        pytest.fail(f"cannot test printing through CUPS: {problem}")
    data = sample_slip()
    title = f"nabij-a4-{uuid.uuid4().hex[:10]}"
    dlg = DocumentPreviewDialog(
        render_slip(data, "A5"), print_title=title, media="A5", render=lambda paper: render_slip(data, paper)
    )
    qtbot.addWidget(dlg)
    dlg.printer.setPrinterName(QUEUE)
    dlg.show()
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    dlg.print_dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the user picks A4
    with qtbot.waitSignal(dlg.printed, timeout=30_000) as signal:
        qtbot.keyClick(dlg.print_dialog, Qt.Key.Key_Return)  # and presses Print (the default button)
    assert signal.args[0], signal.args
    result = dlg.last_print_result
    assert result is not None and result.method == "cups" and result.job_id
    out = _wait_for_cups_pdf(qtbot, result.job_id, title)
    try:
        printed = Pdf(out.read_bytes(), out.with_name(out.name))
        w, h = printed.page_size()
        assert abs(w - 595) < 2 and abs(h - 842) < 2, (w, h)
        assert printed.pages == 1
        text = squash(printed.text())
        for agreement in data.agreements:
            assert squash(agreement.text) in text, agreement.text
    finally:
        out.unlink(missing_ok=True)


@pytest.mark.print
def test_raster_path_keeps_page_count_and_size(qtbot, tmp_path, pdf_file, slip_pdf):
    original = pdf_file(slip_pdf, "original")
    target = tmp_path / "raster.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    result = printing.print_pdf(slip_pdf, printer, "raster test", "A5", force_raster=True)
    assert result.ok, result.message
    assert result.method == "raster" and result.pages == original.pages
    printed = Pdf(target.read_bytes(), target)
    assert printed.pages == original.pages
    w, h = printed.page_size()
    assert abs(w - 420) < 2 and abs(h - 595) < 2, (w, h)


# -- saving -------------------------------------------------------------------------


def test_save_pdf_writes_the_same_bytes_atomically(tmp_path, slip_pdf):
    target = tmp_path / "afspraken.pdf"
    target.write_bytes(b"old content")
    result = printing.save_pdf(slip_pdf, target)
    assert result.ok, result.message
    assert target.read_bytes() == slip_pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afspraken.pdf"]


def test_save_pdf_disk_full_leaves_no_partial_file(tmp_path, monkeypatch, slip_pdf):
    target = tmp_path / "afspraken.pdf"
    real_write = os.write
    calls = {"n": 0}

    def write_then_fill_up(fd, data):
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data[:1000]))  # a first part lands on disk
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(printing.os, "write", write_then_fill_up)
    result = printing.save_pdf(slip_pdf, target)
    assert not result.ok
    assert "disk is full" in result.message
    assert list(tmp_path.iterdir()) == []


def test_save_pdf_into_a_missing_folder_is_a_clear_error(tmp_path, slip_pdf):
    result = printing.save_pdf(slip_pdf, tmp_path / "nope" / "x.pdf")
    assert not result.ok and "x.pdf" in result.message
    assert not (tmp_path / "nope").exists()


def test_save_pdf_refuses_nothing(tmp_path):
    assert not printing.save_pdf(b"", tmp_path / "x.pdf").ok
    assert list(tmp_path.iterdir()) == []
