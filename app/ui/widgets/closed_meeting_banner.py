"""The note on top of a closed (read-only) meeting, with a deliberate Reopen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.ui.widgets.confirm import ask


class ClosedMeetingBanner(QWidget):
    """Shows "This meeting is closed" and a Reopen button that asks first.

    ``reopen_confirmed`` fires after the consultant confirmed; ``confirm_dialog``
    is the open question (None when none is open).
    """

    reopen_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm_dialog: QMessageBox | None = None
        self.label = QLabel(self.tr("This meeting is closed. You can read it, but not change it."), self)
        self.label.setProperty("role", "banner")
        self.label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Reopen\u2026"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen this meeting"))
        self.reopen_button.setToolTip(self.tr("Reopen the meeting to change it again"))
        self.reopen_button.clicked.connect(self._ask)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen_button)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def set_handed_over(self, handed_over: bool) -> None:
        """A meeting from a handover package: the previous consultant's record, read only, never reopened."""
        self.label.setText(
            self.tr("Handed over: this came from the previous consultant. You can read it, but not change it.")
            if handed_over
            else self.tr("This meeting is closed. You can read it, but not change it.")
        )
        self.reopen_button.setVisible(not handed_over)

    def _ask(self) -> None:
        self.confirm_dialog = ask(
            self,
            self.tr("Reopen meeting"),
            self.tr(
                "Reopen this meeting to change it? It was closed on purpose; "
                "the slip the resident took home stays as it was."
            ),
            self.tr("Reopen"),
            self.reopen_confirmed.emit,
        )
