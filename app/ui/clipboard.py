"""Copying to the clipboard, and clearing it again.

What the app copied is cleared after a set time if it is still unchanged
(the consultant may have copied something else since), and on lock and quit.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: bytes | None = None  # a digest, so the text itself is not kept here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self._timer.setInterval(max(1, seconds) * 1000)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = _digest(text)
        self._timer.start()

    def clear_if_ours(self) -> bool:
        """Clear the clipboard when it still holds what we put there. True when cleared."""
        self._timer.stop()
        if self._ours is None:
            return False
        clipboard = QGuiApplication.clipboard()
        cleared = _digest(clipboard.text()) == self._ours
        if cleared:
            clipboard.clear()
        self._ours = None
        return cleared
