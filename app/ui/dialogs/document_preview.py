"""Preview of a document (agreements slip, invitation letter) before it goes out.

The dialog shows the very bytes that will be printed or saved. Printing goes
through Qt's print dialog (the user picks the printer), then
app.services.printing. Saving goes through a file dialog, then
printing.save_pdf. Both sub-dialogs are opened with open(), never exec(), and
kept as attributes (print_dialog, file_dialog) so tests can reach them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import printing
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import chain

_MEDIA_IDS = {
    QPageSize.PageSizeId.A4: "A4",
    QPageSize.PageSizeId.A5: "A5",
}


def translation_status_text(lang: str) -> str:
    """What the consultant is told about a document language's wording: checked by a native speaker, or not."""
    from app.documents.wording import dutch_name, native_name, translation_status

    status = translation_status(lang)
    name, native = dutch_name(lang), native_name(lang)
    if status.status == "reviewed" and status.reviewed_on is not None:
        return QCoreApplication.translate(
            "DocumentPreviewDialog", "Translation ({name}, {native}): checked by a native speaker on {date}"
        ).format(name=name, native=native, date=status.reviewed_on.strftime("%d-%m-%Y"))
    return QCoreApplication.translate(
        "DocumentPreviewDialog",
        "Translation ({name}, {native}): draft, not checked by a native speaker. What you typed stays in Dutch.",
    ).format(name=name, native=native)


class DocumentPreviewDialog(QDialog):
    """Shows PDF bytes; prints or saves exactly those bytes.

    Signals:
        printed(ok, message): after a print attempt (message is for the user).
        saved(path): after the PDF was written.
        save_failed(message): when writing failed (disk full, no permission).
    """

    printed = Signal(bool, str)
    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(
        self,
        pdf: bytes,
        parent: QWidget | None = None,
        *,
        window_title: str = "",
        print_title: str = "Nabij",
        media: str = "A5",
        suggested_file_name: str = "document.pdf",
        render: Callable[[str], bytes] | None = None,
        notes: str = "",
        languages: Sequence[tuple[str, str]] = (),
        language: str = "",
        render_options: Callable[[str, str, bool], bytes] | None = None,
        large_print: bool | None = None,
        one_sheet: bool = False,
    ) -> None:
        """``render(paper)`` makes the document for another paper size ("A5", "A4"). With it the dialog
        offers the paper, and printing on paper other than the preview's lays the document out for
        that paper first (shown in the preview too): never an A5 page unscaled on A4.
        ``notes``: a hint shown above the pages (e.g. jargon found in the text).
        ``render_options(paper, second, large)``: the document for a paper, a second language ("" for
        Dutch only) and large print; with it the dialog offers ``languages`` ((code, name) pairs), starts
        on ``language``, offers large print when ``large_print`` is not None, and shows the translation
        status of the second language's wording.
        ``one_sheet``: a document of two pages is one sheet, front and back (the slip): the printer is
        asked for long-edge duplex and the dialog says so."""
        super().__init__(parent)
        self._one_sheet = one_sheet
        self._duplex_set = False  # True while the duplex is ours (not the user's choice)
        self._pdf = bytes(pdf)
        self._render_options = render_options
        self._second = language
        self._large = bool(large_print)
        if render_options is not None:
            render = lambda paper: render_options(paper, self._second, self._large)  # noqa: E731
        self._render = render
        self._print_title = print_title  # shown in the print queue: no resident names
        self._media = media if media in printing.MEDIA else "A5"
        self._suggested_file_name = suggested_file_name
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_print_result: printing.PrintResult | None = None

        self.setWindowTitle(window_title or self.tr("Preview"))
        self.setAccessibleName(self.tr("Document preview"))
        resize_to_fit(self, 760, 900)

        # the document, read from memory
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pages of the document"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.notes_label = QLabel(notes, self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setProperty("role", "hint")
        self.notes_label.setAccessibleName(self.tr("Notes on the wording"))
        self.notes_label.setVisible(bool(notes))

        self.sheet_label = QLabel(self.tr("Fits on one sheet: front and back"), self)
        self.sheet_label.setWordWrap(True)
        self.sheet_label.setProperty("role", "hint")
        self.sheet_label.setAccessibleName(self.tr("Sheets"))
        self.sheet_label.setVisible(False)

        self.paper: QComboBox | None = None
        if render is not None:
            self.paper = QComboBox(self)
            self.paper.addItem(self.tr("A5 (half an A4 sheet)"), "A5")
            self.paper.addItem(self.tr("A4"), "A4")
            self.paper.setCurrentIndex(max(0, self.paper.findData(self._media)))
            self.paper.setAccessibleName(self.tr("Paper size"))
            self.paper.setToolTip(self.tr("The document is laid out for this paper; the preview shows it"))
            self.paper.currentIndexChanged.connect(lambda _i: self.set_media(str(self.paper.currentData())))

        self.language: QComboBox | None = None
        self.large_print: QCheckBox | None = None
        self.translation_label = QLabel(self)
        self.translation_label.setWordWrap(True)
        self.translation_label.setProperty("role", "hint")
        self.translation_label.setAccessibleName(self.tr("Translation status"))
        self.translation_label.setVisible(False)
        if render_options is not None and not languages:
            from app.documents.wording import SUPPORTED, dutch_name, native_name

            # each language in its own script, with its Dutch name for the consultant
            languages = [("", self.tr("Dutch only"))] + [
                (code, f"{native_name(code)} ({dutch_name(code)})") for code in SUPPORTED if code != "nl"
            ]
        if render_options is not None:
            self.language = QComboBox(self)
            for code, name in languages:
                self.language.addItem(name, code)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.language.setAccessibleName(self.tr("Second language"))
            self.language.setToolTip(
                self.tr("Dutch always; this language beside it. Chosen from the resident's language")
            )
            self.language.currentIndexChanged.connect(
                lambda _i: self.set_options(second=str(self.language.currentData()))
            )
        if render_options is not None and large_print is not None:
            self.large_print = QCheckBox(self.tr("Large print"), self)
            self.large_print.setChecked(self._large)
            self.large_print.setAccessibleDescription(self.tr("All text at 16 points or more"))
            self.large_print.toggled.connect(lambda on: self.set_options(large=on))
        self._show_translation_status()

        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setAccessibleDescription(self.tr("Choose a printer and print this document"))
        self.print_button.clicked.connect(self.open_print_dialog)

        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.setAccessibleDescription(self.tr("Choose where to save this document as a PDF file"))
        self.save_button.clicked.connect(self.open_save_dialog)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        options = QHBoxLayout()
        if self.language is not None:
            language_label = QLabel(self.tr("Language"), self)
            language_label.setBuddy(self.language)
            options.addWidget(language_label)
            options.addWidget(self.language)
        if self.large_print is not None:
            options.addWidget(self.large_print)
        options.addStretch(1)

        buttons = QHBoxLayout()
        if self.paper is not None:
            paper_label = QLabel(self.tr("Paper"), self)
            paper_label.setBuddy(self.paper)
            buttons.addWidget(paper_label)
            buttons.addWidget(self.paper)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.translation_label)
        layout.addWidget(self.sheet_label)
        if self.language is not None or self.large_print is not None:
            layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        extra = [w for w in (self.language, self.large_print) if w is not None]
        order = [
            self.view,
            *extra,
            *([self.paper] if self.paper is not None else []),
            self.save_button,
            self.print_button,
        ]
        chain(*order, self.close_button)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if self._media == "A4" else QPageSize.PageSizeId.A5))
        self.printer.setDocName(self._print_title)
        self.document.pageCountChanged.connect(self._page_count_changed)
        self._show_sheets()

    # -- data ----------------------------------------------------------------
    @property
    def pdf(self) -> bytes:
        return self._pdf

    @property
    def media(self) -> str:
        return self._media

    def set_media(self, media: str) -> None:
        """Lay the document out for `media` and show that: preview, print and save stay the same bytes."""
        if self._render is None or media not in printing.MEDIA or media == self._media or not self._pdf:
            return
        pdf = self._render(media)
        self._media = media
        self._load(pdf)
        page = QPageSize(QPageSize.PageSizeId.A4 if media == "A4" else QPageSize.PageSizeId.A5)
        if self.printer.pageLayout().pageSize().id() != page.id():
            self.printer.setPageSize(page)
        if self.paper is not None and self.paper.currentData() != media:
            self.paper.blockSignals(True)
            self.paper.setCurrentIndex(self.paper.findData(media))
            self.paper.blockSignals(False)

    @property
    def second_language(self) -> str:
        return self._second

    def set_options(self, *, second: str | None = None, large: bool | None = None) -> None:
        """Lay the document out again for another second language or large print, and show that."""
        if self._render_options is None or not self._pdf:
            return
        if second is not None:
            self._second = second
        if large is not None:
            self._large = large
        self._load(self._render_options(self._media, self._second, self._large))
        self._show_translation_status()

    def _show_translation_status(self) -> None:
        """ "Vertaling: concept, niet nagekeken door een moedertaalspreker" for a drafted second language."""
        if self._render_options is None or not self._second:
            self.translation_label.setVisible(False)
            return
        text = translation_status_text(self._second)
        self.translation_label.setText(text)
        self.translation_label.setVisible(True)

    def _load(self, pdf: bytes) -> None:
        self._pdf = bytes(pdf)
        self.view.setDocument(None)  # type: ignore[arg-type]  # Qt takes nullptr (detach); the stub omits None
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.setDocument(self.document)

    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def front_and_back(self) -> bool:
        """The document is one sheet printed on both sides (two pages of a one-sheet document)."""
        return self._one_sheet and self.page_count() == 2

    @Slot(int)
    def _page_count_changed(self, _count: int) -> None:
        import shiboken6

        if shiboken6.isValid(self) and shiboken6.isValid(self.document):  # not while the dialog goes away
            self._show_sheets()

    def _show_sheets(self) -> None:
        """Two pages of the slip: one sheet, front and back. Ask the printer for long-edge duplex
        (the user can still change it in the print dialog) and say so above the pages."""
        both = self.front_and_back
        self.sheet_label.setVisible(both)
        if both and not self._duplex_set and self.printer.duplex() == QPrinter.DuplexMode.DuplexNone:
            self.printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
            self._duplex_set = True
        elif not both and self._duplex_set:
            self.printer.setDuplex(QPrinter.DuplexMode.DuplexNone)
            self._duplex_set = False

    @property
    def duplex_asked(self) -> QPrinter.DuplexMode | None:
        """Long-edge duplex for a front-and-back slip when the printer object could not hold it (Qt
        keeps no duplex for a printer it does not know yet); else None: the printer's own setting,
        as the consultant left it in the print dialog."""
        if self._duplex_set and self.front_and_back and self.printer.duplex() == QPrinter.DuplexMode.DuplexNone:
            return QPrinter.DuplexMode.DuplexLongSide
        return None

    def discard(self) -> None:
        """Drop the document (e.g. when the app locks): nothing stays in memory."""
        for dialog in (self.print_dialog, self.file_dialog):
            if dialog is not None:
                dialog.reject()
        self.view.setDocument(None)  # type: ignore[arg-type]  # Qt takes nullptr (detach); the stub omits None
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._pdf = b""
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    # -- printing ---------------------------------------------------------------
    @Slot()
    def open_print_dialog(self) -> None:
        self.print_dialog = QPrintDialog(self.printer, self)
        self.print_dialog.setWindowTitle(self.tr("Print"))
        self.print_dialog.finished.connect(self._print_dialog_finished)
        # QPrintDialog.open() in PySide wants (receiver, member); the plain
        # QDialog.open() shows it window-modal without blocking, as wanted.
        QDialog.open(self.print_dialog)

    @Slot(int)
    def _print_dialog_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.print_now()

    @Slot()
    def print_now(self) -> printing.PrintResult:
        """Print on self.printer (what the print dialog calls on OK)."""
        media = self._chosen_media()
        if media != self._media:
            # the paper chosen in the print dialog: lay the document out for it (and show that)
            self.set_media(media)
        result = printing.print_pdf(self._pdf, self.printer, self._print_title, self._media, duplex=self.duplex_asked)
        self.last_print_result = result
        self._show(result.message, result.ok)
        self.printed.emit(result.ok, result.message)
        return result

    def _chosen_media(self) -> str:
        chosen = self.printer.pageLayout().pageSize().id()
        return _MEDIA_IDS.get(chosen, self._media)

    # -- saving -------------------------------------------------------------------
    @Slot()
    def open_save_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.file_dialog = QFileDialog(self, self.tr("Save as PDF"), folder, self.tr("PDF documents (*.pdf)"))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        self.file_dialog.setDefaultSuffix("pdf")
        self.file_dialog.selectFile(self._suggested_file_name)
        self.file_dialog.fileSelected.connect(self.save_to)
        self.file_dialog.open()

    @Slot(str)
    def save_to(self, path: str) -> bool:
        """Write the PDF to path (what the file dialog calls on Save)."""
        result = printing.save_pdf(self._pdf, path)
        self._show(result.message, result.ok)
        if result.ok:
            self.saved.emit(path)
        else:
            self.save_failed.emit(result.message)
        return result.ok

    def _show(self, message: str, ok: bool) -> None:
        self.status_label.setText(message)
        self.status_label.setProperty("state", "ok" if ok else "error")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
