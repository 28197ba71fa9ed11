"""A row of toggle buttons that picks one page out of a few (a calm alternative to nested tabs)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.widgets.focus import chain_blocks


class SegmentedPages(QWidget):
    """Buttons on top, one page below. ``page_changed`` carries the index of the shown page."""

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: dict[int, str] = {}
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._bar.setSpacing(4)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._bar)
        layout.addWidget(self.stack, 1)
        self._buttons.idClicked.connect(self.show_page)

    def add_page(self, title: str, page: QWidget, accessible_name: str = "", tooltip: str = "") -> QPushButton:
        index = self.stack.addWidget(page)
        button = QPushButton(title, self)
        button.setCheckable(True)
        button.setProperty("role", "segment")
        button.setAccessibleName(accessible_name or title)
        if tooltip:
            button.setToolTip(tooltip)
        self._buttons.addButton(button, index)
        self._titles[index] = title
        self._bar.addWidget(button)
        if index == 0:
            button.setChecked(True)
        return button

    def finish(self) -> None:
        """Call after the last add_page: keeps the buttons left-aligned, and Tab goes buttons first, then the page."""
        self._bar.addStretch(1)
        buttons = [self._buttons.button(i) for i in range(self.stack.count())]
        chain_blocks(*buttons, *(self.stack.widget(i) for i in range(self.stack.count())))

    def button(self, index: int) -> QPushButton:
        return cast(QPushButton, self._buttons.button(index))  # add_page puts only QPushButtons in the group

    def set_marked(self, index: int, marked: bool) -> None:
        """A quiet marker (a trailing dot) on a page's button, e.g. 'something is ticked here'."""
        base = self._titles[index]
        self.button(index).setText(f"{base} \u2022" if marked else base)

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int) -> None:
        if self.stack.currentIndex() != index:
            self.stack.setCurrentIndex(index)
            self.page_changed.emit(index)
        button = self._buttons.button(index)
        if button is not None and not button.isChecked():
            button.setChecked(True)
