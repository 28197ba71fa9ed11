"""Intervision: the team prompts of the research (part 3), as a guide for a team session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.ui.widgets.fit import resize_to_fit


class IntervisionDialog(QDialog):
    def __init__(self, library, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Intervision guide"))
        resize_to_fit(self, 760, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Questions to talk about as a team: how we deal with the baggage residents "
                "carry, and where their critique of the system goes. Pick a few; this is not "
                "a checklist."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.prompts = QListWidget()
        self.prompts.setAccessibleName(self.tr("Team questions"))
        self.prompts.setWordWrap(True)
        for prompt in library.prompts_for("team"):
            text = prompt.text if not prompt.example else f"{prompt.text}\n   “{prompt.example}”"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, prompt.id)
            item.setToolTip(f"{prompt.source.file} — {prompt.source.section}")
            self.prompts.addItem(item)
        layout.addWidget(self.prompts, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
