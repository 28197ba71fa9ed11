"""Scroll instead of clip: a tab's content in a scroll area that only scrolls when it must.

At 100 % text size nothing scrolls; at 150-200 % on a 1366x768 screen the
content keeps its minimum size and the area scrolls, instead of forcing the
window past the screen or squeezing labels until they are cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class _FollowVisibility(QObject):
    """The area is hidden while its content is explicitly hidden, so layouts around it behave as before."""

    def __init__(self, area: QScrollArea, content: QWidget) -> None:
        super().__init__(area)
        self.area = area
        content.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShowToParent:
            self.area.show()
        elif event.type() == QEvent.Type.HideToParent:
            self.area.hide()
        return False


def scrolling(content: QWidget, accessible_name: str = "") -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if accessible_name:
        area.setAccessibleName(accessible_name)
    else:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the content's own widgets take the focus
    area.setWidget(content)
    area.setVisible(not content.isHidden())
    _FollowVisibility(area, content)
    return area
