"""A private look back after each meeting: three questions, for the consultant alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from app.services.relationship import RelationshipService, SelfCheckAnswers
from app.ui.widgets.focus import order_buttons_visually

QUESTIONS = ("real_conversation", "shared_goal", "approach_fit")


class SelfCheckDialog(QDialog):
    saved = Signal()

    def __init__(self, relationship: RelationshipService, meeting_id: int, parent=None) -> None:
        super().__init__(parent)
        self.relationship = relationship
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Looking back, for yourself"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Only you see this. It is never part of an export with names; the team can "
                "only get anonymous counts, and only when you export them."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        texts = {
            "real_conversation": self.tr("Was it a real conversation?"),
            "shared_goal": self.tr("Did we have a shared goal?"),
            "approach_fit": self.tr("Did my approach fit how the resident sees their situation?"),
        }
        answers = ((1, self.tr("not really")), (2, self.tr("partly")), (3, self.tr("yes")))
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        current = relationship.self_check(meeting_id)
        for row, key in enumerate(QUESTIONS):
            label = QLabel(texts[key])
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for col, (value, text) in enumerate(answers, start=1):
                button = QRadioButton(text)
                button.setAccessibleName(f"{texts[key]} {text}")
                group.addButton(button, value)
                grid.addWidget(button, row, col)
                if getattr(current, key) == value:
                    button.setChecked(True)
            self.groups[key] = group
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def answer(self, key: str) -> int | None:
        value = self.groups[key].checkedId()
        return None if value < 0 else value

    def submit(self) -> None:
        self.relationship.save_self_check(SelfCheckAnswers(self.meeting_id, *(self.answer(k) for k in QUESTIONS)))
        self.saved.emit()
        self.accept()
