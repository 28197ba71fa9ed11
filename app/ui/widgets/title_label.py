"""A one-line title that takes the room it is given, and never asks the window for more.

The header's resident name: a plain QLabel asks for the width of its text, so each resident with a
longer name than the last re-laid out the whole window and repainted all of it (issue 16: a quarter of
the paint time of opening a resident), and a very long name pushed the caseload aside. This one takes
what the header has left; a name that does not fit ends in "…", with the whole name in its tooltip.
Its text (and so what a screen reader says) is always the whole name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Enough for a short name or initials when the header is squeezed hardest.
MINIMUM_CHARACTERS = 8


class TitleLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._tip()

    def clear(self) -> None:
        super().clear()
        self._tip()

    def shown_text(self) -> str:
        """The text as it is drawn: the whole of it, or its start and "…" when it does not fit."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def _fits(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()

    def _tip(self) -> None:
        self.setToolTip("" if self._fits() else self.text())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self._fits():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        try:
            align = QLabel.alignment(self)
            self.style().drawItemText(
                painter,
                self.contentsRect(),
                int(align.value),
                self.palette(),
                self.isEnabled(),
                self.shown_text(),
                QPalette.ColorRole.WindowText,
            )
        finally:
            painter.end()
