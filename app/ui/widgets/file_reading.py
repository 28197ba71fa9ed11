"""'Wat ik in je dossier las': what the consultant read in the file and why, in plain words.

In Voorbereiding the consultant writes it; in the resident view it can be shown,
and the resident's answer ('klopt dit?') and corrections are recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.services.relationship import RelationshipService
from app.ui.widgets.autosave import Autosaver


class FileReadingEditor(QGroupBox):
    """For Voorbereiding: two short fields, autosaved."""

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, relationship: RelationshipService, parent=None) -> None:
        super().__init__(self.tr("What I read in your file"), parent)
        self.relationship = relationship
        self.meeting_id: int | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "In plain words, as you would say it to the resident. You can show this in the "
                "resident view and ask: is this right?"
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.what.setAccessibleName(self.tr("What I read"))
        self.what.setPlaceholderText(self.tr("What I read"))
        self.what.setFixedHeight(60)
        self.why = QLineEdit()
        self.why.setAccessibleName(self.tr("Why I read it"))
        self.why.setPlaceholderText(self.tr("Why I read it"))
        layout.addWidget(self.what)
        layout.addWidget(self.why)
        self.answer = QLabel("")
        self.answer.setProperty("role", "hint")
        self.answer.setWordWrap(True)
        layout.addWidget(self.answer)
        self.autosaver = Autosaver(self._write, self)
        self.autosaver.saved.connect(self.saved)
        self.autosaver.failed.connect(self.failed)
        self.autosaver.watch(self.what, "what_i_read")
        self.autosaver.watch(self.why, "why")

    def _write(self, values):
        if self.meeting_id is None:
            return None
        return self.relationship.save_file_reading(self.meeting_id, **values)

    def load(self, meeting_id: int | None, read_only: bool) -> None:
        self.autosaver.flush()
        self.meeting_id = meeting_id
        note = self.relationship.file_reading(meeting_id) if meeting_id is not None else None
        with self.autosaver.muted():
            self.what.setPlainText(note.what_i_read if note else "")
            self.why.setText(note.why if note else "")
        if note is None or note.resident_agrees is None:
            self.answer.setText("")
        elif note.resident_agrees:
            self.answer.setText(self.tr("The resident said: this is right."))
        else:
            self.answer.setText(self.tr("The resident corrected: {text}").format(text=note.correction))
        for w in (self.what, self.why):
            w.setEnabled(meeting_id is not None and not read_only)

    def flush(self) -> bool:
        return self.autosaver.flush()

    def clear(self) -> None:
        self.autosaver.discard()
        self.meeting_id = None
        with self.autosaver.muted():
            self.what.clear()
            self.why.clear()
        self.answer.clear()


class FileReadingCheck(QVBoxLayout):
    """For the resident view: the text in large type, 'Klopt dit?', and the correction."""

    def __init__(self, relationship: RelationshipService, meeting_id: int, font, parent_widget) -> None:
        super().__init__()
        self.relationship = relationship
        self.meeting_id = meeting_id
        note = relationship.file_reading(meeting_id)
        self.text = QLabel(note.what_i_read + (f"\n({note.why})" if note.why else ""))
        self.text.setWordWrap(True)
        self.text.setFont(font)
        self.addWidget(self.text)
        row = QHBoxLayout()
        self.question = QLabel(self.tr("Is this right?"))
        self.question.setFont(font)
        self.yes = QPushButton(self.tr("Yes, this is right"))
        self.no = QPushButton(self.tr("No, let me correct it"))
        self.yes.setAccessibleName(self.tr("Yes, this is right"))
        self.no.setAccessibleName(self.tr("No, let me correct it"))
        for w in (self.question, self.yes, self.no):
            row.addWidget(w)
        row.addStretch(1)
        self.addLayout(row)
        self.correction = QLineEdit(note.correction)
        self.correction.setAccessibleName(self.tr("What is not right"))
        self.correction.setPlaceholderText(self.tr("What is not right"))
        self.correction.setFont(font)
        self.correction.setVisible(note.resident_agrees is False)
        self.addWidget(self.correction)
        self.yes.clicked.connect(self._agree)
        self.no.clicked.connect(self._disagree)
        self.correction.editingFinished.connect(self._save_correction)

    def _agree(self) -> None:
        self.relationship.save_file_reading(self.meeting_id, resident_agrees=True)
        self.correction.setVisible(False)

    def _disagree(self) -> None:
        self.relationship.save_file_reading(self.meeting_id, resident_agrees=False)
        self.correction.setVisible(True)
        self.correction.setFocus()

    def _save_correction(self) -> None:
        self.relationship.save_file_reading(self.meeting_id, correction=self.correction.text())
