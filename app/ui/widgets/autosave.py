"""Debounced autosave for text widgets.

Edits are collected per field and written about 500 ms after the last
keystroke, and at once when ``flush()`` is called (focus change, tab change,
resident switch, lock, quit). A failed save keeps the pending text, so
nothing typed is lost; the error is reported through ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.ui.messages import user_message

DEBOUNCE_MS = 500


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the save
    failed = Signal(str)

    def __init__(self, write: Callable[[dict[str, str]], datetime | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self._pending: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._muted = False

    def watch(self, widget: QWidget, key: str | Callable[[], str]) -> None:
        """``key`` names the field; a callable is asked at each edit (a reused row shows another agreement)."""
        name = key if callable(key) else (lambda k=key: k)
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(lambda w=widget: self._changed(name(), w.toPlainText()))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text: self._changed(name(), text))
        else:
            raise TypeError(f"cannot watch {type(widget).__name__}")

    def muted(self):
        """Context: programmatic setText() while loading must not count as an edit."""
        saver = self

        class _Mute:
            def __enter__(self):
                saver._muted = True

            def __exit__(self, *exc):
                saver._muted = False

        return _Mute()

    def _changed(self, key: str, value: str) -> None:
        if self._muted:
            return
        self._pending[key] = value
        self._timer.start()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write what is pending now. True when nothing is left pending."""
        self._timer.stop()
        if not self._pending:
            return True
        values = dict(self._pending)
        try:
            when = self._write(values)
        except Exception as exc:  # noqa: BLE001 - reported, and the text stays pending
            self.failed.emit(user_message(exc))
            return False
        for key, value in values.items():
            if self._pending.get(key) == value:
                del self._pending[key]
        self.saved.emit(when or datetime.now())
        return not self._pending

    def pending(self) -> dict[str, str]:
        """A copy of what is typed but not saved (for the lock to keep when the disk refuses)."""
        return dict(self._pending)

    def discard(self) -> None:
        self._timer.stop()
        self._pending.clear()
