"""Achtergrond: the background cards from the research, to read before or after a meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.fit import resize_to_fit


class BackgroundDialog(QDialog):
    def __init__(self, library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Background from the research"))
        resize_to_fit(self, 980, 620)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.cards = QListWidget()
        self.cards.setAccessibleName(self.tr("Background topics"))
        self.cards.setMaximumWidth(320)
        self.cards.setWordWrap(True)
        for card in library.background:
            item = QListWidgetItem(card.title)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.cards.addItem(item)
        row.addWidget(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Text of the topic"))
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel("")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.body = QLabel("")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel("")
        self.source.setProperty("role", "hint")
        self.source.setWordWrap(True)
        for w in (self.title, self.body, self.source):
            bl.addWidget(w)
        scroll.setWidget(body)
        row.addWidget(scroll, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cards.currentRowChanged.connect(self.show_card)
        if self.cards.count():
            self.cards.setCurrentRow(0)

    def show_card(self, row: int) -> None:
        if row < 0:
            return
        card = self.library.background[row]
        self.title.setText(card.title)
        self.body.setText(card.body)
        self.source.setText(
            self.tr("Source: {file}, section “{section}”").format(file=card.source.file, section=card.source.section)
        )
