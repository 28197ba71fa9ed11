"""Qt's own file dialog speaks Dutch in the Dutch UI: every label, button, tooltip and column header."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView, QWidget

ENGLISH = {
    "look",
    "files",
    "of",
    "type:",
    "name",
    "size",
    "date",
    "modified",
    "open",
    "save",
    "cancel",
    "choose",
}


@pytest.mark.parametrize(
    "mode, accept",
    [
        (QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen),
        (QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen),
        (QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave),
    ],
)
def test_the_file_dialog_has_no_english(qtbot, dutch, mode, accept):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own widgets, as here and on Linux
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    qtbot.addWidget(dialog)
    dialog.show()
    texts: set[str] = set()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisible():
            texts.add(widget.text())
        texts |= {widget.toolTip(), widget.accessibleName()}
    view = dialog.findChild(QTreeView)
    assert view is not None
    model = view.model()
    texts |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())}
    words = {w.replace("&", "").casefold() for text in texts if text for w in text.split()}
    assert len(words) > 10
    assert not words & ENGLISH, sorted(words & ENGLISH)
