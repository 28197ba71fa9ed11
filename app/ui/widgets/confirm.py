"""A window-modal yes/cancel question that does not block: ``open()`` plus a callback.

The caller keeps the returned box (tests reach it to click a button).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    yes.setAccessibleName(yes_text)
    cancel.setAccessibleName(cancel.text().replace("&", ""))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.setProperty("yesButton", yes)
    box.open()
    return box


def yes_button(box: QMessageBox):
    """The confirming button of a box made by ask()."""
    return box.property("yesButton")
