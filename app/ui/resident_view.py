"""The resident-safe view: only the agenda and the agreements, in large type.

For turning the laptop toward the resident. Baggage, notes, history,
voorkennis and the rest of the caseload are not on this widget at all; the
main window swaps it in place of everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.models.rules import group_by_owner
from app.services.registry import Services
from app.ui.qt_types import datetime_text, to_qdate
from app.ui.widgets.feeling_scale import FeelingScale
from app.vocabulary import Owner

if TYPE_CHECKING:
    from app.ui.read_aloud import ReadAloud, Voice


class ResidentSafeView(QWidget):
    LEAVE_SHORTCUT = "Ctrl+Shift+F9"
    READ_SHORTCUT = "F8"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("residentSafeView")
        self.setAccessibleName(self.tr("Resident view"))
        outer = QVBoxLayout(self)
        outer.addWidget(self._read_aloud_bar())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Agenda and agreements"))
        outer.addWidget(scroll)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.layout_.setContentsMargins(40, 24, 40, 24)
        scroll.setWidget(self.body)
        self.leave_hint = QLabel(self.tr("Consultant: press {keys} to return.").format(keys=self.LEAVE_SHORTCUT))
        self.leave_hint.setProperty("role", "hint")
        outer.addWidget(self.leave_hint, 0, Qt.AlignmentFlag.AlignRight)
        self._meeting_id: int | None = None
        self._resident_id: int | None = None
        self._second = ""  # the resident's own language for the headings' second line ("" for none)
        self._form = "je"
        self.second_lines: list[QLabel] = []
        self.feeling: FeelingScale | None = None
        self.own_words: QLineEdit | None = None
        self.new_action: QLineEdit | None = None
        self.add_action: QPushButton | None = None
        # Autosave of the resident's own words: a short pause after typing, and always on leaving.
        self._words_timer = QTimer(self)
        self._words_timer.setSingleShot(True)
        self._words_timer.setInterval(600)
        self._words_timer.timeout.connect(self._save_words)

    # --- read-aloud -------------------------------------------------------------------------
    def _read_aloud_bar(self) -> QWidget:
        """The read-aloud button, the language to read in, and why it cannot read (when it cannot)."""
        bar = QWidget(self)
        self.read_bar = bar
        row = QHBoxLayout(bar)
        row.setContentsMargins(40, 8, 40, 0)
        big = QFont(self.font())
        base = big.pointSizeF() if big.pointSizeF() > 0 else 10.5
        big.setPointSizeF(base * 1.5)
        self.read_button = QPushButton(bar)
        self.read_button.setObjectName("readAloudButton")
        self.read_button.setFont(big)
        self.read_button.setIconSize(QSize(32, 32))
        self.read_button.setMinimumHeight(52)
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self.toggle_reading)
        self.read_language = QComboBox(bar)
        self.read_language.setFont(big)
        self.read_language.setAccessibleName(self.tr("Language to read in"))
        self.read_language.setVisible(False)
        self.read_note = QLabel(bar)
        self.read_note.setWordWrap(True)
        self.read_note.setProperty("role", "hint")
        self.read_note.setVisible(False)
        row.addWidget(self.read_button)
        row.addWidget(self.read_language)
        row.addWidget(self.read_note, 1)
        row.addStretch(0)
        self.read_shortcut = QShortcut(QKeySequence(self.READ_SHORTCUT), self)
        self.read_shortcut.setObjectName("readAloudShortcut")
        self.read_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.read_shortcut.activated.connect(self.toggle_reading)
        self.speech: ReadAloud | None = None  # made when the view first opens: QtTextToSpeech loads then
        self._no_speech_module = False
        self._voices: list[Voice] = []
        self._show_speaking(False)
        return bar

    def _show_speaking(self, speaking: bool) -> None:
        style = self.style()
        keys = QKeySequence(self.READ_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if speaking:
            self.read_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop))
            self.read_button.setText(self.tr("Stop reading"))
            self.read_button.setToolTip(self.tr("Stop reading ({keys})").format(keys=keys))
        else:
            self.read_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
            self.read_button.setText(self.tr("Read aloud"))
            if self.read_button.isEnabled():  # a disabled button's tooltip says why
                self.read_button.setToolTip(self.tr("Read this page aloud ({keys})").format(keys=keys))
        self.read_button.setAccessibleName(self.read_button.text())
        self.read_language.setEnabled(not speaking)

    def _prepare_reading(self) -> None:
        """Which languages this computer can read the page in: the UI's, and the resident's own."""
        offered = bool(self.services.settings.get("read_aloud"))
        self.read_bar.setVisible(offered)
        self.read_shortcut.setEnabled(offered)
        if not offered:
            self.read_button.setEnabled(False)
            return
        if self.speech is None and not self._no_speech_module:
            try:
                from app.ui.read_aloud import ReadAloud
            except ImportError:  # a bundle without QtTextToSpeech (it ships on Windows only)
                self._no_speech_module = True
            else:
                self.speech = ReadAloud(parent=self)
                self.speech.speaking_changed.connect(self._show_speaking)
        from app.documents.wording import native_name

        ui_lang = QLocale().name().split("_")[0]
        wanted = [ui_lang] + ([self._second] if self._second and self._second != ui_lang else [])
        speech = self.speech
        self._voices = [] if speech is None else [v for v in map(speech.voice_for, wanted) if v is not None]
        self.read_language.clear()
        for voice in self._voices:
            try:
                name = native_name(voice.lang)
            except ValueError:
                name = QLocale(voice.lang).nativeLanguageName()
            self.read_language.addItem(name, voice.lang)
        self.read_language.setVisible(len(self._voices) > 1)
        available = bool(self._voices)
        self.read_button.setEnabled(available)
        if available:
            note = ""
        elif self.speech is None or not self.speech.has_engine:
            note = self.tr("Read-aloud is not available on this computer: it has no speech engine.")
        else:
            language = QLocale(ui_lang).nativeLanguageName()
            note = self.tr("Read-aloud is not available on this computer: it has no voice for {language}.").format(
                language=language
            )
        self.read_note.setText(note)
        self.read_note.setVisible(bool(note))
        if not available:
            self.read_button.setToolTip(note)
        self._show_speaking(False)

    def reading_lines(self, lang: str) -> list[str]:
        """What the page shows, in order: in the UI's language all of it, in the resident's own the headings."""
        if lang == self._second and lang != QLocale().name().split("_")[0]:
            return [label.text() for label in self.second_lines]
        lines: list[str] = []
        for i in range(self.layout_.count()):
            item = self.layout_.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is None or widget in self.second_lines:
                continue
            labels = [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
            lines += [label.text() for label in labels if not label.isHidden()]
        return lines

    def toggle_reading(self) -> None:
        """Read the page aloud, or stop when it is reading (the button and F8)."""
        if self.speech is None or not self.read_button.isEnabled():
            return
        if self.speech.speaking:
            self.speech.stop()
            return
        lang = self.read_language.currentData()
        voice = next((v for v in self._voices if v.lang == lang), None)
        if voice is not None:
            self.speech.read(voice, self.reading_lines(voice.lang))

    def stop_reading(self) -> None:
        if self.speech is not None:
            self.speech.stop()

    def _label(self, text: str, size: float, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
        self.layout_.addWidget(label)
        return label

    def _heading(self, text: str, key: str, size: float, bold: bool = True) -> QLabel:
        """A heading in the UI's language and, on a second line, in the resident's own (wording files)."""
        label = self._label(text, size, bold)
        if self._second:
            from app.documents.wording import Wording, is_rtl

            try:
                words = Wording(self._second, self._form)(f"resident_view.{key}")
            except KeyError:
                return label
            second = self._label(words, size * 0.8, False)
            second.setObjectName("residentViewSecond")
            second.setProperty("lang", self._second)
            if is_rtl(self._second):
                second.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                # AlignAbsolute: in a right-to-left label Qt would otherwise mirror "right" to the left
                second.setAlignment(
                    Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.second_lines.append(second)
        return label

    def clear(self) -> None:
        self.stop_reading()  # leaving the view or a lock: silence at once
        self._save_words()
        self._meeting_id = None
        self._second, self.second_lines = "", []
        self.feeling = self.own_words = self.new_action = self.add_action = None
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def load(self, resident_id: int | None, meeting_id: int | None) -> None:
        self.clear()
        self._fill(resident_id, meeting_id)
        self._prepare_reading()

    def _fill(self, resident_id: int | None, meeting_id: int | None) -> None:
        if resident_id is None:
            self._label(self.tr("Welcome"), 26, True)
            return
        resident = self.services.caseload.get_resident(resident_id).data
        from app.documents.wording import second_language_for

        self._second = second_language_for(resident.language)
        self._form = resident.address_form if resident.address_form in ("je", "u") else "je"
        self.second_lines = []
        base = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.5
        self._label(resident.display_name, base * 2.4, True)
        if meeting_id is None:
            return
        meeting = self.services.meetings.get(meeting_id)
        self._meeting_id, self._resident_id = meeting_id, resident_id
        when = datetime_text(QLocale(), meeting.starts_at, "dddd d MMMM", ", ")
        self._label(when, base * 1.5)
        reading = self.services.relationship.file_reading(meeting_id)
        if reading.what_i_read.strip() and not meeting.read_only:
            read = (
                self.tr("What I read in your file", "je")
                if resident.address_form == "je"
                else self.tr("What I read in your file", "u")
            )
            self._heading(read, "file_reading", base * 1.9)
            font = QFont(self.font())
            font.setPointSizeF(base * 1.5)
            from app.ui.widgets.file_reading import FileReadingCheck

            holder = QWidget()
            holder.setLayout(FileReadingCheck(self.services.relationship, meeting_id, font, self))
            self.file_check = holder.layout()
            self.layout_.addWidget(holder)
        self._heading(self.tr("What we talk about"), "agenda", base * 1.9)
        if not meeting.agenda:
            self._heading(self.tr("We make the agenda together."), "agenda_empty", base * 1.6, bold=False)
        for line in meeting.agenda:
            mark = "✓" if line.discussed else "•"
            self._label(f"{mark}  {line.text}", base * 1.6)
        you = self.tr("You do", "je") if resident.address_form == "je" else self.tr("You do", "u")
        headings: dict[str, str] = {
            Owner.RESIDENT: you,
            Owner.CONSULTANT: self.tr("I do"),
            Owner.TOGETHER: self.tr("We do together"),
        }
        earlier_open = [a for a in self.services.wrapup.open_agreements(resident_id) if a.meeting_id != meeting_id]
        agreements = [a for a in meeting.agreements if a.status != "dropped"] + earlier_open
        self._heading(self.tr("What we agree"), "agreements", base * 1.9)
        if not agreements:
            self._heading(self.tr("No agreements yet."), "no_agreements", base * 1.6, bold=False)
        locale = QLocale()
        for owner, items in group_by_owner(agreements).items():
            if not items:
                continue
            self._heading(headings[owner], str(owner), base * 1.7)
            for a in items:
                due = (
                    ""
                    if a.due is None
                    else "  (" + self.tr("before {d}").format(d=locale.toString(to_qdate(a.due), "dddd d MMMM")) + ")"
                )
                mark = "✓" if a.status == "done" else "•"
                self._label(f"{mark}  {a.text}{due}", base * 1.6)
        if not meeting.read_only:
            self._your_turn(resident.address_form, meeting.checkout_score, meeting.checkout_words, base)

    def _your_turn(self, form: str, score: int | None, words: str, base: float) -> None:
        """The resident's own part: how they leave, in faces and words, and what they will do themselves."""
        big = QFont(self.font())
        big.setPointSizeF(base * 1.5)
        self._heading(
            self.tr("Your turn", "je") if form == "je" else self.tr("Your turn", "u"), "your_turn", base * 1.9
        )
        self._label(
            self.tr("How do you leave today?", "je") if form == "je" else self.tr("How do you leave today?", "u"),
            base * 1.6,
        )
        self.feeling = FeelingScale(self.body, faces=True)
        self.feeling.set_score(score)
        self.feeling.score_changed.connect(self._score_changed)
        self.layout_.addWidget(self.feeling)
        self.own_words = QLineEdit(self.body)
        self.own_words.setFont(big)
        self.own_words.setMaxLength(2000)
        self.own_words.setPlaceholderText(self.tr("In your own words"))
        self.own_words.setAccessibleName(self.tr("In your own words"))
        self.own_words.setText(words)
        self.own_words.textEdited.connect(lambda _t: self._words_timer.start())
        self.own_words.editingFinished.connect(self._save_words)
        self.layout_.addWidget(self.own_words)
        self._label(self.tr("What I will do"), base * 1.7, True)
        row = QWidget(self.body)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.new_action = QLineEdit(row)
        self.new_action.setFont(big)
        self.new_action.setMaxLength(500)
        self.new_action.setPlaceholderText(self.tr("Write what you will do"))
        self.new_action.setAccessibleName(self.tr("What I will do"))
        self.new_action.returnPressed.connect(self._add_action)
        self.add_action = QPushButton(self.tr("Add"), row)
        self.add_action.setFont(big)
        self.add_action.setAccessibleName(self.tr("Add what I will do"))
        self.add_action.clicked.connect(self._add_action)
        line.addWidget(self.new_action, 1)
        line.addWidget(self.add_action)
        self.layout_.addWidget(row)

    def _score_changed(self, score: object) -> None:
        if self._meeting_id is not None:
            self.services.wrapup.set_checkout_score(self._meeting_id, score if isinstance(score, int) else None)

    def _save_words(self) -> None:
        self._words_timer.stop()
        if self._meeting_id is None or self.own_words is None:
            return
        self.services.meetings.save_text(self._meeting_id, {"checkout_words": self.own_words.text()})

    def _add_action(self) -> None:
        if self._meeting_id is None or self.new_action is None:
            return
        text = self.new_action.text().strip()
        if not text:
            return
        # Written by the resident: kept exactly as written, owned by the resident.
        self.services.wrapup.add_agreement(self._meeting_id, text, "resident")
        self.new_action.clear()
        # Rebuild after this key event has finished, so the edit that sent it is not deleted under it.
        QTimer.singleShot(0, self._reload)

    def _reload(self) -> None:
        if self._meeting_id is None:
            return
        self.load(self._resident_id, self._meeting_id)
        if self.new_action is not None:
            self.new_action.setFocus()
