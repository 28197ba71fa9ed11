"""Print and save the PDF bytes the documents make.

Preview, print and saved file all use the same bytes:

- On CUPS platforms (Linux, macOS: not Windows, and `lp` is on PATH) the bytes
  go unchanged to the queue the user picked in Qt's print dialog, through
  `lp` on stdin. The text stays vector and prints sharp.
- On Windows (or when forced) QtPdf renders each page at 300 dpi and paints
  it onto the QPrinter; page count and page size are kept.
- When the user picked "print to PDF file" in Qt's dialog, the bytes are
  written to that file as they are.

Resident data never lands in a temp file: bytes go through stdin or a
QBuffer in memory. save_pdf() writes next to the target and renames, so a
full disk never leaves half a file behind.

No QtWidgets here; the dialog lives in app/ui/dialogs/document_preview.py.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    QTimer,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.storage.fileops import atomic_write

RASTER_DPI = 300
LP_TIMEOUT_SECONDS = 60
MEDIA = ("A5", "A4")

Method = Literal["cups", "raster", "file"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


@dataclass(frozen=True)
class PrintResult:
    ok: bool
    message: str  # for the user: what happened, or what went wrong and why
    method: Method | None = None
    job_id: str | None = None  # CUPS request id, e.g. "PDF-12"
    pages: int = 0


@dataclass(frozen=True)
class SaveResult:
    ok: bool
    message: str
    path: Path | None = None


def available_printers() -> list[str]:
    """Names of the printers Qt knows (needs a QGuiApplication)."""
    return list(QPrinterInfo.availablePrinterNames())


def uses_cups() -> bool:
    """True where printing goes through CUPS: not Windows, and `lp` exists."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def _clean_title(title: str) -> str:
    # The job title shows up in the CUPS queue and its logs: one plain line.
    # Callers should keep resident names out of it ("Afsprakenbriefje").
    title = re.sub(r"[\x00-\x1f\x7f]+", " ", title or "").strip()
    return title[:120] or "Nabij"


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    title: str,
    media: str = "A5",
    *,
    force_raster: bool = False,
    duplex: QPrinter.DuplexMode | None = None,
) -> PrintResult:
    """Print PDF bytes on the printer chosen in Qt's print dialog.

    Never raises for ordinary failures (no printer, queue refused, `lp`
    missing or failing): the result says what went wrong.
    ``duplex``: two-sided printing to ask for when the printer object does not
    carry it (None: the printer's own setting).
    """
    if duplex is not None:
        printer.setDuplex(duplex)
    if not pdf:
        return PrintResult(False, _tr("There is nothing to print: the document is empty."))
    if media not in MEDIA:
        return PrintResult(False, _tr("Unknown paper size: {media}.").format(media=media))
    title = _clean_title(title)

    if force_raster:
        return _print_raster(pdf, printer, title)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        target = printer.outputFileName()
        if not target:
            return PrintResult(False, _tr("No file was chosen to print to."))
        saved = save_pdf(pdf, target)
        return PrintResult(saved.ok, saved.message, "file" if saved.ok else None)
    if uses_cups():
        return _print_lp(pdf, printer, title, media, duplex)
    return _print_raster(pdf, printer, title)


# -- CUPS ----------------------------------------------------------------------

_REQUEST_ID = re.compile(r"request id is (\S+)")


def _print_lp(
    pdf: bytes, printer: QPrinter, title: str, media: str, sides: QPrinter.DuplexMode | None = None
) -> PrintResult:
    name = printer.printerName()
    if not name:
        return PrintResult(False, _tr("No printer was chosen."))
    lp = shutil.which("lp")
    if lp is None:
        return PrintResult(False, _tr("The print command 'lp' was not found."))
    cmd = [lp, "-d", name, "-o", f"media={media}", "-t", title]
    copies = printer.copyCount()
    if copies > 1:
        cmd += ["-n", str(copies)]
    duplex = printer.duplex() if sides is None or printer.duplex() != QPrinter.DuplexMode.DuplexNone else sides
    if duplex in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
        cmd += ["-o", "sides=two-sided-long-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexShortSide:
        cmd += ["-o", "sides=two-sided-short-edge"]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        cmd += ["-o", f"page-ranges={printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"]
    cmd.append("-")  # the PDF comes on stdin: no temp file
    try:
        done = subprocess.run(cmd, input=pdf, capture_output=True, timeout=LP_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return PrintResult(False, _tr("The printer '{name}' did not answer in time.").format(name=name))
    except OSError as exc:
        return PrintResult(False, _tr("Could not start the print command: {error}").format(error=exc.strerror or exc))
    stdout = done.stdout.decode("utf-8", "replace").strip()
    stderr = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        detail = stderr or stdout or _tr("exit code {code}").format(code=done.returncode)
        return PrintResult(
            False,
            _tr("Printing on '{name}' failed: {detail}").format(name=name, detail=detail),
            "cups",
        )
    match = _REQUEST_ID.search(stdout)
    job = match.group(1) if match else None
    return PrintResult(True, _tr("Sent to printer '{name}'.").format(name=name), "cups", job_id=job)


# -- QtPdf onto QPrinter (Windows) ----------------------------------------------


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer] | str:
    """A QPdfDocument read from memory, or an error message."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        doc.statusChanged.connect(lambda _s: loop.quit())
        QTimer.singleShot(10_000, loop.quit)
        while doc.status() == QPdfDocument.Status.Loading:
            loop.exec()
            if doc.status() == QPdfDocument.Status.Loading:
                break  # timed out
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        error = doc.error()
        doc.close()
        return _tr("The document could not be read for printing ({error}).").format(
            error=getattr(error, "name", str(error))
        )
    return doc, buffer


def _page_size(points: QSizeF) -> QPageSize:
    match = QPageSize.id(points, QPageSize.Unit.Point, QPageSize.SizeMatchPolicy.FuzzyMatch)
    if match != QPageSize.PageSizeId.Custom:
        return QPageSize(match)
    return QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)


def _layout_for(points: QSizeF) -> QPageLayout:
    size = _page_size(points)
    landscape = points.width() > points.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def _print_raster(pdf: bytes, printer: QPrinter, title: str, dpi: int = RASTER_DPI) -> PrintResult:
    if QGuiApplication.instance() is None:
        return PrintResult(False, _tr("Printing needs the application to be running."))
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and not printer.printerName():
        return PrintResult(False, _tr("No printer was chosen."))
    loaded = _load(pdf)
    if isinstance(loaded, str):
        return PrintResult(False, loaded, "raster")
    doc, buffer = loaded
    try:
        pages = doc.pageCount()
        printer.setDocName(title)
        printer.setFullPage(True)
        printer.setPageLayout(_layout_for(doc.pagePointSize(0)))
        painter = QPainter()
        if not painter.begin(printer):
            return PrintResult(
                False,
                _tr("Could not start printing on '{name}'.").format(
                    name=printer.printerName() or printer.outputFileName()
                ),
                "raster",
            )
        try:
            for i in range(pages):
                points = doc.pagePointSize(i)
                if i > 0:
                    printer.setPageLayout(_layout_for(points))
                    if not printer.newPage():
                        return PrintResult(False, _tr("The printer refused a new page."), "raster")
                pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                rendered = doc.render(i, pixels)
                if rendered.isNull():
                    return PrintResult(False, _tr("Page {n} could not be drawn.").format(n=i + 1), "raster")
                page = QImage(pixels, QImage.Format.Format_RGB32)
                page.fill(QColor("white"))
                with_white = QPainter(page)
                with_white.drawImage(0, 0, rendered)
                with_white.end()
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                painter.drawImage(target, page)
        finally:
            ended = painter.end()
        if not ended:
            return PrintResult(False, _tr("The printer did not finish the job."), "raster")
        return PrintResult(
            True,
            _tr("Printed {pages} page(s).").format(pages=pages),
            "raster",
            pages=pages,
        )
    finally:
        doc.close()
        buffer.close()


# -- saving --------------------------------------------------------------------


def save_pdf(pdf: bytes, path: str | os.PathLike[str]) -> SaveResult:
    """Write the PDF bytes to path, all or nothing.

    Writes path + ".part" in the same folder, flushes it to disk and renames
    it over path (app.storage.fileops.atomic_write). On any OSError (disk full, no permission, folder gone) the
    part file is removed and the result says what went wrong.
    """
    target = Path(path)
    if not pdf:
        return SaveResult(False, _tr("There is nothing to save: the document is empty."))
    try:
        # 0o600: the PDF holds resident data; only the consultant's account reads it
        with atomic_write(target, mode=0o600) as out:
            out.write(pdf)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            reason = _tr("the disk is full")
        else:
            reason = exc.strerror or str(exc)
        return SaveResult(False, _tr("Could not save the PDF to {path}: {reason}.").format(path=target, reason=reason))
    return SaveResult(True, _tr("Saved as {path}.").format(path=target), target)


def save_calendar(ics: bytes, path: str | os.PathLike[str]) -> SaveResult:
    """Write a calendar file (.ics) to path, all or nothing, like save_pdf.

    The file names the appointment, the place and the consultant's phone; no resident data.
    """
    target = Path(path)
    if not ics:
        return SaveResult(False, _tr("There is no next appointment to save."))
    try:
        with atomic_write(target, mode=0o600) as out:
            out.write(ics)
    except OSError as exc:
        reason = _tr("the disk is full") if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        return SaveResult(
            False, _tr("Could not save the calendar file to {path}: {reason}.").format(path=target, reason=reason)
        )
    return SaveResult(True, _tr("Saved as {path}.").format(path=target), target)
