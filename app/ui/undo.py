"""Undo and redo in a meeting: one QUndoStack per meeting, in one QUndoGroup (Ctrl+Z / Ctrl+Shift+Z).

A deletion is done at once and kept whole (app/services/undo.py), so undo puts the row back as it
was stored, with its id; redo deletes it again. An edit is kept as what it replaced and what it
became; consecutive edits of the same text merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from app.services.undo import RowSnapshot, UndoService
from app.ui.messages import user_message

_EDIT_ID = 1019  # QUndoCommand.id() of edits that may merge
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class _Command(QUndoCommand):
    def __init__(self, owner: MeetingUndo, text: str) -> None:
        super().__init__(text)
        self.owner = owner
        self._first = True  # the action itself was done before the push: the first redo is a no-op

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.owner._run(self._redo)

    def undo(self) -> None:
        self.owner._run(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class DeleteCommand(_Command):
    def __init__(self, owner: MeetingUndo, snap: RowSnapshot, text: str) -> None:
        super().__init__(owner, text)
        self.snap = snap
        self.row_id = snap.id

    def _undo(self) -> None:
        self.row_id = self.owner.service.restore(self.snap)
        if self.row_id != self.snap.id:  # another row took the id meanwhile: later steps use the new one
            values = dict(self.snap.values)
            values["id"] = self.row_id
            self.snap = RowSnapshot(self.snap.kind, tuple(values.items()))

    def _redo(self) -> None:
        self.snap = self.owner.service.delete(self.snap.kind, self.row_id)


class EditCommand(_Command):
    def __init__(self, owner: MeetingUndo, kind: str, row_id: int, old: dict, new: dict, text: str) -> None:
        super().__init__(owner, text)
        self.kind, self.row_id, self.old, self.new = kind, row_id, old, new

    def id(self) -> int:
        return _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, EditCommand) or (other.kind, other.row_id) != (self.kind, self.row_id):
            return False
        if set(other.new) != set(self.new) or not all(isinstance(v, str) for v in self.new.values()):
            return False  # only typing in the same text(s) merges; a status or owner change is its own step
        self.new = other.new
        return True

    def _undo(self) -> None:
        self.owner.service.update(self.kind, self.row_id, self.old)

    def _redo(self) -> None:
        self.owner.service.update(self.kind, self.row_id, self.new)


class StepCommand(_Command):
    """A change made through a service call, undone by another (a baggage tick: its mark and note back)."""

    def __init__(self, owner: MeetingUndo, redo: Callable[[], None], undo: Callable[[], None], text: str) -> None:
        super().__init__(owner, text)
        self._do, self._undo_fn = redo, undo

    def _undo(self) -> None:
        self._undo_fn()

    def _redo(self) -> None:
        self._do()


class MeetingUndo(QObject):
    """The undo stacks of the meetings shown in this session."""

    changed = Signal()  # stored data changed by an undo or redo: show it again
    removed = Signal(str)  # a deletion was done (what, for the status bar)
    failed = Signal(str)  # an undo or redo could not be done (a translated message)

    def __init__(self, service: UndoService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}

    def set_meeting(self, meeting_id: int | None) -> None:
        key = meeting_id if meeting_id is not None else 0
        stack = self._stacks.get(key)
        if stack is None:
            stack = QUndoStack(self.group)
            self._stacks[key] = stack
        self.group.setActiveStack(stack)

    def stack(self) -> QUndoStack | None:
        return self.group.activeStack()

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - told to the user; the step stays on the stack
            self.failed.emit(user_message(exc))
        self.changed.emit()

    def _push(self, command: QUndoCommand) -> None:
        stack = self.stack()
        if stack is None:
            self.set_meeting(None)
            stack = self.stack()
        assert stack is not None
        stack.push(command)

    def delete(self, kind: str, row_id: int, text: str) -> None:
        """Delete the row now and keep it for undo. Raises what the service raises."""
        snap = self.service.delete(kind, row_id)
        self._push(DeleteCommand(self, snap, text))
        self.removed.emit(text)

    def update(self, kind: str, row_id: int, values: dict[str, Any], text: str) -> None:
        """Write ``values`` now and keep what they replaced for undo. Raises what the service raises."""
        old = self.service.update(kind, row_id, values)
        if old != values:
            self._push(EditCommand(self, kind, row_id, old, dict(values), text))

    def step(self, redo: Callable[[], None], undo: Callable[[], None], text: str) -> None:
        """Do ``redo`` now and keep ``undo`` to take it back. Raises what the service raises."""
        redo()
        self._push(StepCommand(self, redo, undo, text))

    def forget(self) -> None:
        """Drop every stack (lock, another data folder): nothing of a meeting stays in memory."""
        for stack in self._stacks.values():
            stack.clear()
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks = {}


_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


class TextFieldsLetUndoThrough(QObject):
    """Ctrl+Z in a text field undoes the typing there; with nothing to undo in the field it reaches
    the meeting's undo (so a deletion can be undone while the cursor sits in an empty line).

    It filters only the text field that has the focus, following QApplication.focusChanged: an
    application-wide Python filter would see every event of every widget (issue 16)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: QObject | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, _old: QObject | None, new: QObject | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # the field is gone, and its filter with it
                pass
            self._watched = None
        if isinstance(new, _TEXT_FIELDS):
            new.installEventFilter(self)
            self._watched = new

    def stop(self) -> None:
        """No longer follow the focus (the window closes)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            try:
                app.focusChanged.disconnect(self._follow_focus)
            except (RuntimeError, TypeError):
                pass
        self._follow_focus(None, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z and event.modifiers() == _CTRL_SHIFT  # Ctrl+Shift+Z everywhere
        )
        if not (undo or redo):
            return False
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            available = widget.isUndoAvailable() if undo else widget.isRedoAvailable()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            doc = widget.document()
            available = doc.isUndoAvailable() if undo else doc.isRedoAvailable()
        else:
            return False
        return not available  # filtered, not accepted: the window's shortcut takes it
