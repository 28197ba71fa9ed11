"""Ctrl+Return on a watched widget: "make this line an agreement".

An event filter rather than a QShortcut, so the key works on exactly the
widgets that have a "line" (a list's current item, the notes' current line),
wins over any window-wide shortcut on the same keys, and needs no active window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

SEQUENCE = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Return)


def shortcut_text() -> str:
    """The key as the platform writes it, e.g. "Ctrl+Return" (for tooltips)."""
    return SEQUENCE.toString(QKeySequence.SequenceFormat.NativeText)


def _is_agreement_key(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class AgreementKey(QObject):
    """``activated`` carries the watched widget on which Ctrl+Return was pressed."""

    activated = Signal(QObject)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(event, QKeyEvent):  # ShortcutOverride and KeyPress both come as a QKeyEvent
            return False
        if event.type() == QEvent.Type.ShortcutOverride and _is_agreement_key(event):
            event.accept()  # keep window-wide shortcuts off these keys here
            return True
        if event.type() == QEvent.Type.KeyPress and _is_agreement_key(event):
            self.activated.emit(watched)
            return True
        return False
