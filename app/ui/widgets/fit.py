"""Dialogs that fit the screen they open on.

A dialog asks for the size it would like; on a small screen (1366x768, or 1920x1080 at 150 %,
which is 1280x720 logical) it gets at most what the screen has left, with room for the title bar
and the taskbar, so its buttons are never off the screen. Its content scrolls or wraps instead.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Of the available height, what a dialog's content may use: the rest is its title bar and frame.
FRAME_ALLOWANCE = 48


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where its screen is smaller."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - 16), min(height, room.height() - FRAME_ALLOWANCE))
