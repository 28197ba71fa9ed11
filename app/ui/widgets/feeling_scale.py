"""The check-out scale: "with what feeling do you leave?", 1 to 5, or not asked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class FeelingScale(QWidget):
    """Five toggle buttons; clicking the chosen one again clears it. ``score_changed`` carries int or None."""

    score_changed = Signal(object)

    FACES = ("\U0001f61f", "\U0001f615", "\U0001f610", "\U0001f60a", "\U0001f604")

    def __init__(self, parent: QWidget | None = None, faces: bool = False) -> None:
        """With ``faces`` the buttons are large faces with a word each (for the resident), no numbers."""
        super().__init__(parent)
        self._score: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12 if faces else 4)
        words = (
            self.tr("heavy"),
            self.tr("not so good"),
            self.tr("okay"),
            self.tr("good"),
            self.tr("very good"),
        )
        if not faces:
            low = QLabel(self.tr("heavy"), self)
            low.setProperty("role", "hint")
            layout.addWidget(low)
        self.buttons: list[QPushButton] = []
        for score in range(1, 6):
            text = f"{self.FACES[score - 1]}\n{words[score - 1]}" if faces else str(score)
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setProperty("role", "scale")
            button.setMinimumWidth(120 if faces else 36)
            if faces:
                button.setMinimumHeight(96)
                font = button.font()
                font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.6)
                button.setFont(font)
            button.setAccessibleName(self.tr("Feeling %1 of 5").replace("%1", str(score)))
            button.setToolTip(self.tr("1 is heavy, 5 is good. Click again to clear."))
            button.clicked.connect(lambda _checked, s=score: self._clicked(s))
            layout.addWidget(button)
            self.buttons.append(button)
        if not faces:
            high = QLabel(self.tr("good"), self)
            high.setProperty("role", "hint")
            layout.addWidget(high)
        layout.addStretch(1)

    def score(self) -> int | None:
        return self._score

    def set_score(self, score: int | None) -> None:
        """Fill from stored data (emits nothing)."""
        self._score = score
        for i, button in enumerate(self.buttons, start=1):
            button.setChecked(i == score)

    def _clicked(self, score: int) -> None:
        new = None if self._score == score else score
        self.set_score(new)
        self.score_changed.emit(new)
