"""The handover package, in the window: make one (consent first) and read one in.

Making one: the resident's consent is asked and ticked first; the dialog shows what goes in; notes
and baggage go in only item by item, when the resident agrees (nothing is ticked at the start, and
the list is shown only on request: the resident sits beside the screen). The package is sealed and
written on the worker; the one-time passphrase is then shown large, in groups, to read out by phone
or show on screen. Then, and only as a question, erasure of the resident from this Nabij is offered.

Reading one in: the file and the passphrase, on the worker. A refusal says why in this dialog and
keeps the file and the typed passphrase, so the consultant can correct it and try again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.content.model import Library
from app.errors import InvalidInput
from app.services import handover_package as package
from app.services.handover import Consent, Outline
from app.services.registry import Services
from app.ui.clipboard import ClipboardGuard
from app.ui.messages import user_message
from app.ui.qt_types import to_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually

NOTE_PREVIEW = 90  # characters of a meeting's notes shown in the list to choose from


def _message_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(True)


def _gone(dialog: QDialog) -> bool:
    """Closed while the worker ran (a lock closes every dialog): nothing left to show the result in."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name with markup stays text
    return label


def spaced(passphrase: str) -> str:
    """``k7mq-2xwe-...`` as ``k7mq  2xwe  ...``: groups to read out one by one.

    Lower case, as the alphabet was chosen: in capitals B/8, S/5 and Z/2 look alike on screen."""
    return "  ".join(passphrase.split("-"))


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class HandoverExportDialog(QDialog):
    """Make a handover package of one resident, with their consent recorded first."""

    exported = Signal(str)  # the file's path
    erase_requested = Signal(int)  # the consultant accepted the offer to erase the resident here

    def __init__(
        self,
        services: Services,
        resident_id: int,
        worker,
        library: Library,
        clipboard: ClipboardGuard | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.resident_id = resident_id
        self.worker = worker
        self.library = library
        self.clipboard = clipboard if clipboard is not None else ClipboardGuard(30, self)
        self._passphrase = ""
        self.outline: Outline = services.handover.outline(resident_id)
        formal = services.caseload.address_form(resident_id) == "u"
        self.setWindowTitle(self.tr("Make a handover package"))
        resize_to_fit(self, 760, 680)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page(formal))
        self.pages.addWidget(self._passphrase_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        self.message = _message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.make_button = self.buttons.addButton(self.tr("Make the package"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setAccessibleName(self.tr("Make the package"))
        self.make_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        order_buttons_visually(self.buttons)
        layout.addWidget(self.buttons)
        self.consent.setFocus()

    # --- page 1: consent, contents, item-by-item choices, where -------------------------------
    def _choose_page(self, formal: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        o = self.outline
        intro = _plain(
            self.tr(
                "A handover package takes what {name} has already told to the next consultant, encrypted, "
                "so they do not have to start over."
            ).format(name=o.display_name)
        )
        layout.addWidget(intro)
        ask = QLabel(
            self.tr("Ask first: “Do you agree that I give this to your next consultant?”", "u")
            if formal
            else self.tr("Ask first: “Do you agree that I give this to your next consultant?”", "je")
        )
        ask.setWordWrap(True)
        ask.setProperty("role", "heading")
        layout.addWidget(ask)
        self.consent = QCheckBox(self.tr("The resident agrees: asked just now, and said yes"))
        self.consent.setAccessibleName(self.tr("The resident agrees to the handover package"))
        layout.addWidget(self.consent)

        heading = QLabel(self.tr("What goes in"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        lines = [
            self.tr("Name, how to address them, and their preferences (channel, language, place, companion)"),
            self.tr("Already told, don't ask again: %n fact(s)", "", o.facts),
            self.tr("Open agreements: %n", "", o.open_agreements),
            self.tr("The handover note written together")
            if o.has_handover_note
            else self.tr("No handover note written together yet (Resident › Handover, written together)"),
            self.tr("How they left each meeting (check-out): %n meeting(s)", "", o.checkouts),
            self.tr("What I read in the file, and their answer")
            if o.has_file_reading
            else self.tr("No file reading yet"),
        ]
        self.contents = _plain("\n".join("•  " + line for line in lines))
        self.contents.setAccessibleName(self.tr("What goes in"))
        layout.addWidget(self.contents)

        never = _plain(
            self.tr(
                "Notes and baggage never go in, unless the resident agrees to an item, one by one. "
                "Nothing is ticked to start with."
            )
        )
        never.setProperty("role", "hint")
        layout.addWidget(never)
        self.show_items_button = QPushButton(self.tr("Choose notes or baggage with the resident…"))
        self.show_items_button.setAccessibleName(self.tr("Choose notes or baggage with the resident"))
        self.show_items_button.setEnabled(bool(o.notes or o.baggage))
        if not (o.notes or o.baggage):
            self.show_items_button.setToolTip(self.tr("There are no notes or baggage to choose from."))
        row = QHBoxLayout()
        row.addWidget(self.show_items_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Notes and baggage, each only with the resident's agreement"))
        self.items.setVisible(False)
        self.items.setWordWrap(True)
        locale = QLocale()
        for n in o.notes:
            preview = " ".join(n.notes.split())
            if len(preview) > NOTE_PREVIEW:
                preview = preview[:NOTE_PREVIEW].rstrip() + "…"
            self._add_item(
                self.tr("Notes of {day}: {text}").format(
                    day=locale.toString(to_qdate(n.held_on.date()), "d MMM yyyy"), text=preview
                ),
                ("note", n.meeting_id),
            )
        for b in o.baggage:
            try:
                label = self.library.baggage_by_id(b.category_id).label
            except KeyError:  # from a content pack no longer loaded
                label = b.category_id
            text = self.tr("Baggage of {day}: {label}").format(
                day=locale.toString(to_qdate(b.held_on.date()), "d MMM yyyy"), label=label
            )
            if b.note.strip():
                text += " — " + " ".join(b.note.split())[:NOTE_PREVIEW]
            self._add_item(text, ("baggage", b.mark_id))
        layout.addWidget(self.items, 1)
        self.show_items_button.clicked.connect(self._show_items)

        where = QLabel(self.tr("Save the package as"))
        where.setProperty("role", "heading")
        layout.addWidget(where)
        path_row = QHBoxLayout()
        self.path = QLineEdit(str(_documents() / f"overdracht-{date.today():%Y%m%d}{package.SUFFIX}"))
        self.path.setAccessibleName(self.tr("Save the package as"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the package"))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        layout.addLayout(path_row)
        hint = _plain(
            self.tr("The file name does not name the resident. The passphrase is shown after the package is made.")
        )
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        if not (o.notes or o.baggage):
            layout.addStretch(1)
        self.browse.clicked.connect(self._choose)
        return page

    def _add_item(self, text: str, key: tuple[str, int]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)  # never by default: only what the resident agrees to
        self.items.addItem(item)

    def _show_items(self) -> None:
        self.items.setVisible(True)
        self.show_items_button.setVisible(False)
        self.items.setFocus()
        if self.items.count():
            self.items.setCurrentRow(0)

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the package as"),
            self.path.text(),
            self.tr("Nabij handover package (*{suffix})").format(suffix=package.SUFFIX),
        )
        if chosen:
            self.path.setText(chosen)

    def consent_given(self) -> Consent:
        notes: set[int] = set()
        marks: set[int] = set()
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                kind, key = item.data(Qt.ItemDataRole.UserRole)
                (notes if kind == "note" else marks).add(key)
        return Consent(self.consent.isChecked(), frozenset(notes), frozenset(marks))

    def start(self) -> None:
        if self.pages.currentIndex() == 1:
            self.accept()
            return
        consent = self.consent_given()
        if not consent.given:
            _say(self.message, user_message(InvalidInput("no consent", code="handover.no_consent")))
            self.consent.setFocus()
            return
        text = self.path.text().strip()
        target = Path(text) if text else None
        if target is None or not target.parent.is_dir() or target.is_dir():
            _say(self.message, self.tr("Choose where to save the package: a folder that exists, and a file name."))
            self.path.setFocus()
            return
        if not target.name.endswith(package.SUFFIX):
            target = target.with_name(target.name + package.SUFFIX)
        self.make_button.setEnabled(False)
        self.consent.setEnabled(False)
        _say(self.message, self.tr("Making the package…"))
        rid = self.resident_id
        handover = self.services.handover
        self.worker.submit(lambda: (handover.export(rid, consent, target).passphrase, target), self._done, self._failed)

    def _done(self, result) -> None:
        if _gone(self):
            return  # the package is written (and audited); its passphrase was never shown: make a new one
        passphrase, target = result
        self._passphrase = passphrase
        self.passphrase.setText(spaced(passphrase))
        self.saved.setText(self.tr("Saved: {path}").format(path=str(target)))
        self.message.setVisible(False)
        self.pages.setCurrentIndex(1)
        self.make_button.setVisible(False)
        self.cancel_button.setText(self.tr("Done"))
        self.cancel_button.setAccessibleName(self.tr("Done"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.exported.emit(str(target))

    def _failed(self, exc: BaseException) -> None:
        if _gone(self):
            return
        self.make_button.setEnabled(True)
        self.consent.setEnabled(True)
        _say(self.message, user_message(exc))

    # --- page 2: the one-time passphrase, and the offer to erase -------------------------------
    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("The package is made. This is its passphrase:"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.passphrase = QLabel("")
        self.passphrase.setAccessibleName(self.tr("One-time passphrase of the package"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(QFont().pointSizeF(), 10.5) * 2.2)
        mono.setBold(True)
        self.passphrase.setFont(mono)
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase.setMinimumHeight(90)
        self.passphrase.setProperty("role", "passphrase")  # large, framed: app/ui/style.py
        # Not selectable: copying goes through the button, so the clipboard is cleared again.
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.passphrase)
        how = _plain(
            self.tr(
                "Give it to the next consultant by phone, or show it on screen. Never send it with the file, "
                "and never by e-mail. Nabij does not keep it: it is shown only now. Upper or lower case and the "
                "spaces do not matter."
            )
        )
        layout.addWidget(how)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy the passphrase"))
        self.copy_button.setAccessibleName(self.tr("Copy the passphrase (cleared from the clipboard after a while)"))
        self.copy_button.setToolTip(self.tr("The clipboard is cleared again after a while, and when Nabij locks."))
        self.copy_button.clicked.connect(self.copy_passphrase)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        self.saved = _plain("")
        self.saved.setProperty("role", "hint")
        layout.addWidget(self.saved)
        layout.addSpacing(12)
        erase_heading = QLabel(self.tr("And in your Nabij?"))
        erase_heading.setProperty("role", "heading")
        layout.addWidget(erase_heading)
        self.erase_offer = _plain(
            self.tr(
                "When the next consultant has read the package in, {name} no longer needs to be in your Nabij. "
                "Do you want to erase them here? You decide: nothing is erased unless you confirm it."
            ).format(name=self.outline.display_name)
        )
        layout.addWidget(self.erase_offer)
        erase_row = QHBoxLayout()
        self.erase_button = QPushButton(self.tr("Erase from my Nabij…"))
        self.erase_button.setAccessibleName(self.tr("Erase this resident from my Nabij"))
        self.erase_button.clicked.connect(self._erase)
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        layout.addLayout(erase_row)
        layout.addStretch(1)
        return page

    def copy_passphrase(self) -> None:
        if self._passphrase:
            self.clipboard.copy(spaced(self._passphrase))
            _say(self.message, self.tr("Copied. The clipboard is cleared again after a while."))

    def _erase(self) -> None:
        self.erase_requested.emit(self.resident_id)
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 - Qt API: forget the passphrase on any close
        self._passphrase = ""
        self.passphrase.clear()
        super().done(result)


class HandoverImportDialog(QDialog):
    """Read in a package from the previous consultant, as a new resident."""

    imported = Signal(int)  # the new resident's id

    def __init__(self, services: Services, worker, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.setWindowTitle(self.tr("Read in a handover"))
        resize_to_fit(self, 640, 380)
        layout = QVBoxLayout(self)
        intro = _plain(
            self.tr(
                "Read in the handover package from the previous consultant. The resident is added as a new "
                "resident; what came with them is marked “handed over”."
            )
        )
        layout.addWidget(intro)
        file_heading = QLabel(self.tr("The package file"))
        file_heading.setProperty("role", "heading")
        layout.addWidget(file_heading)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("The package file"))
        self.path.setPlaceholderText(self.tr("The file ends in {suffix}").format(suffix=package.SUFFIX))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the package file"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        pass_heading = QLabel(self.tr("The passphrase you were given"))
        pass_heading.setProperty("role", "heading")
        layout.addWidget(pass_heading)
        self.passphrase = QLineEdit()
        self.passphrase.setAccessibleName(self.tr("The passphrase of the package"))
        self.passphrase.setPlaceholderText(self.tr("For example: k7mq 2xwe …"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(QFont().pointSizeF(), 10.5) * 1.4)
        self.passphrase.setFont(mono)
        layout.addWidget(self.passphrase)
        hint = _plain(self.tr("Upper or lower case and spaces do not matter."))
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.message = _message_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.read_button = buttons.addButton(self.tr("Read in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setAccessibleName(self.tr("Read in"))
        self.read_button.setProperty("role", "primary")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self._choose)

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The package file"),
            str(_documents()),
            self.tr("Nabij handover package (*{suffix})").format(suffix=package.SUFFIX),
        )
        if chosen:
            self.path.setText(chosen)

    def submit(self) -> None:
        path = Path(self.path.text().strip()) if self.path.text().strip() else None
        if path is None or not path.is_file():
            _say(self.message, self.tr("Choose the package file first."))
            self.path.setFocus()
            return
        passphrase = self.passphrase.text()
        if not passphrase.strip():
            _say(self.message, self.tr("Type the passphrase the previous consultant gave you."))
            self.passphrase.setFocus()
            return
        self.read_button.setEnabled(False)
        _say(self.message, self.tr("Reading the package…"))
        handover = self.services.handover
        self.worker.submit(lambda: handover.import_(package.read(path), passphrase), self._done, self._failed)

    def _done(self, resident_id: int) -> None:
        if _gone(self):
            return
        self.read_button.setEnabled(True)
        self.passphrase.clear()
        self.imported.emit(resident_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if _gone(self):
            return
        self.read_button.setEnabled(True)
        _say(self.message, user_message(exc))
        self.passphrase.setFocus()
        self.passphrase.selectAll()  # correct it and try again: the file stays chosen
