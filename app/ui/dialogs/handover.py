"""The handover note, written together with the resident, in large type, and printable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.documents.model import Consultant
from app.documents.team import HandoverData, render_handover
from app.services.registry import Services
from app.ui.widgets.autosave import Autosaver
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually


class HandoverDialog(QDialog):
    """Opened over the resident-safe view: nothing sensitive is behind it."""

    preview_requested = Signal(bytes)
    package_requested = Signal()  # the encrypted package for the next consultant's Nabij

    def __init__(self, services: Services, resident_id: int, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.resident_id = resident_id
        self.language = language
        self.setWindowTitle(self.tr("Handover, written together"))
        resize_to_fit(self, 1000, 680)
        note = services.relationship.handover(resident_id)
        formal = services.caseload.address_form(resident_id) == "u"  # the resident reads along: their form
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10.5) * 1.5)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Write this together, so the next consultant does not make you start over.", "u")
            if formal
            else self.tr("Write this together, so the next consultant does not make you start over.", "je")
        )
        intro.setWordWrap(True)
        intro.setFont(big)
        layout.addWidget(intro)
        self.summary = QPlainTextEdit(note.text)
        self.summary.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.summary.setAccessibleName(self.tr("What we are working on"))
        self.summary.setPlaceholderText(self.tr("What we are working on"))
        self.wishes = QPlainTextEdit(note.resident_wishes)
        self.wishes.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        matters = self.tr("What matters to you", "u") if formal else self.tr("What matters to you", "je")
        self.wishes.setAccessibleName(matters)
        self.wishes.setPlaceholderText(matters)
        for label, edit in (
            (self.tr("What we are working on"), self.summary),
            (matters, self.wishes),
        ):
            heading = QLabel(label)
            heading.setFont(big)
            layout.addWidget(heading)
            edit.setFont(big)
            layout.addWidget(edit, 1)
        # The paper's language: the UI's by default (the next consultant reads it), or the resident's own.
        from app.documents.wording import SUPPORTED, dutch_name, native_name

        own = services.documents.second_language(resident_id)
        order = [language] + [code for code in (own, "nl", *SUPPORTED) if code and code != language]
        self.paper_language = QComboBox(self)
        for code in dict.fromkeys(order):
            self.paper_language.addItem(f"{native_name(code)} ({dutch_name(code)})", code)
        self.paper_language.setAccessibleName(self.tr("Language of the printed handover"))
        self.translation_note = QLabel("")
        self.translation_note.setWordWrap(True)
        self.translation_note.setProperty("role", "hint")
        self.paper_language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Printed in:")))
        row.addWidget(self.paper_language)
        row.addWidget(self.translation_note, 1)
        layout.addLayout(row)
        self._language_chosen()
        self.autosaver = Autosaver(self._write, self)
        self.autosaver.watch(self.summary, "text")
        self.autosaver.watch(self.wishes, "wishes")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Preview and print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAccessibleName(self.tr("Preview and print"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.preview)
        self.package_button = buttons.addButton(
            self.tr("Make a handover package…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.package_button.setAccessibleName(self.tr("Make an encrypted handover package for the next consultant"))
        self.package_button.clicked.connect(self._package)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def _language_chosen(self) -> None:
        from app.ui.dialogs.document_preview import translation_status_text

        self.language = self.paper_language.currentData()
        self.translation_note.setText("" if self.language == "nl" else translation_status_text(self.language))

    def _write(self, _values):
        return self.services.relationship.save_handover(
            self.resident_id, self.summary.toPlainText(), self.wishes.toPlainText()
        )

    def pdf(self) -> bytes:
        self.autosaver.flush()
        resident = self.services.caseload.get_resident(self.resident_id).data
        profile = self.services.profile.get()
        note = self.services.relationship.handover(self.resident_id)
        return render_handover(
            HandoverData(
                resident.display_name,
                resident.address_form,
                note.text,
                note.resident_wishes,
                note.open_agreements,
                Consultant(profile.name, profile.phone, profile.email, profile.municipality),
                language=self.language,
            )
        )

    def _package(self) -> None:
        self.autosaver.flush()
        self.package_requested.emit()

    def preview(self) -> None:
        self.preview_requested.emit(self.pdf())

    def done(self, result: int) -> None:  # noqa: D401 - Qt API: save on any close
        self.autosaver.flush()
        super().done(result)
