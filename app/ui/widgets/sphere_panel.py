"""The sphere of influence: three short lists, what I will do, won't do, and can't do.

Widgets only: adding and removing are requests (signals); the tab calls the
services and then hands the stored entries back with ``set_entries``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.wrapping_item_delegate import WrappingItemDelegate

ENTRY_ID = Qt.ItemDataRole.UserRole
ENTRY_TEXT = Qt.ItemDataRole.UserRole + 1
ENTRY_KIND = Qt.ItemDataRole.UserRole + 2
NO_REFERRAL = 0  # item data of "no referral" (ids start at 1); not None, see tagged_item_delegate


class LineTextDelegate(WrappingItemDelegate):
    """F2 edits a line's own text (not the referral shown under it); the change is a request."""

    edited = Signal(int, str)  # entry id, new text

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        editor.setText(index.data(ENTRY_TEXT) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        text = editor.text().strip()
        if text and text != (index.data(ENTRY_TEXT) or ""):
            self.edited.emit(int(index.data(ENTRY_ID)), text)


class SphereColumn(QWidget):
    """One list with a line to add to it. For "can't", a referral can be picked with each entry."""

    add_requested = Signal(str, str, object)  # kind, text, referral id or None
    remove_requested = Signal(int)
    edit_requested = Signal(int, str)  # entry id, new text (F2 on a line)

    def __init__(
        self,
        kind: str,
        title: str,
        examples: Sequence[tuple[str, str, str | None]],
        with_referral: bool,
        agreement_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        """examples: (content id, text, referral content id or None)."""
        super().__init__(parent)
        self.kind = kind
        self._referral_by_content: dict[str, int] = {}

        self.title = QLabel(title, self)
        self.title.setProperty("role", "heading")

        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = LineTextDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        # queued: the list is filled again after the editor has closed, not from inside the delegate
        self.delegate.edited.connect(self.edit_requested, Qt.ConnectionType.QueuedConnection)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(agreement_hint)
        self.list.currentRowChanged.connect(lambda *_: self._sync_buttons())

        self.input = QComboBox(self)
        self.input.setEditable(True)
        self.input.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.input.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.input.setMinimumContentsLength(8)
        self.input.setAccessibleName(self.tr("New line for \u201c%1\u201d").replace("%1", title))
        self.input.setToolTip(self.tr("Type a line, or pick an example from the list. Enter adds it."))
        line_edit = self.input.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.setPlaceholderText(self.tr("Type or pick\u2026"))
        self.input.addItem("", "")
        for content_id, text, referral in examples:
            self.input.addItem(text, (content_id, referral))
            self.input.setItemData(self.input.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        view = self.input.view()
        assert isinstance(view, QListView)  # a combo box's popup list
        view.setMinimumWidth(320)
        view.setWordWrap(True)
        self.input.activated.connect(self._example_picked)
        line_edit.returnPressed.connect(self._add)
        self.input.setCurrentIndex(0)

        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to \u201c%1\u201d").replace("%1", title))
        self.add_button.setToolTip(self.tr("Add this line (Enter)"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("\u2715")
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected line from \u201c%1\u201d").replace("%1", title)
        )
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete). F2 changes its text."))
        self.remove_button.clicked.connect(self._remove_current)

        input_row = QHBoxLayout()
        input_row.setSpacing(4)
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.add_button)
        input_row.addWidget(self.remove_button)

        self.referral = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(input_row)
        if with_referral:
            self.referral = QComboBox(self)
            self.referral.setAccessibleName(self.tr("Refer to"))
            self.referral.setToolTip(self.tr("Who can help instead (from the referral directory)"))
            self.referral.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.referral.setMinimumContentsLength(8)
            self.referral.view().setMinimumWidth(280)
            layout.addWidget(self.referral)
        self.set_referrals([])
        self._sync_buttons()

    # -- filling ------------------------------------------------------------
    def set_referrals(self, referrals: Iterable[tuple[int, str, str | None, str]]) -> None:
        """(id, name, content id, purpose) of the referral directory's current entries."""
        if self.referral is None:
            return
        self.referral.clear()
        self.referral.addItem(self.tr("Refer to\u2026 (none)"), NO_REFERRAL)
        self._referral_by_content.clear()
        for referral_id, name, content_id, purpose in referrals:
            self.referral.addItem(name, referral_id)
            self.referral.setItemData(self.referral.count() - 1, purpose, Qt.ItemDataRole.ToolTipRole)
            if content_id:
                self._referral_by_content[content_id] = referral_id

    def set_entries(
        self, entries: Iterable[tuple[int, str, int | None]], referral_names: Mapping[int, str], agreement_hint: str
    ) -> None:
        """(entry id, text, referral id) in order."""
        self.list.clear()
        for entry_id, text, referral_id in entries:
            shown = text
            if referral_id is not None:
                shown = f"{text}\n\u2192 {referral_names.get(referral_id, '?')}"
            item = QListWidgetItem(shown)
            item.setData(ENTRY_ID, entry_id)
            item.setData(ENTRY_TEXT, text)
            item.setData(ENTRY_KIND, self.kind)
            item.setToolTip(agreement_hint)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self._sync_buttons()

    def clear_input(self) -> None:
        self.input.setCurrentIndex(0)
        self.input.setEditText("")
        if self.referral is not None:
            self.referral.setCurrentIndex(0)

    def select_referral(self, referral_id: int | None) -> None:
        if self.referral is not None:
            index = self.referral.findData(referral_id if referral_id is not None else NO_REFERRAL)
            self.referral.setCurrentIndex(max(index, 0))

    # -- user actions ----------------------------------------------------------
    def _example_picked(self, index: int) -> None:
        data = self.input.itemData(index)
        if not data or self.referral is None:
            return
        _content_id, referral_content = data
        if referral_content and referral_content in self._referral_by_content:
            self.select_referral(self._referral_by_content[referral_content])

    def _add(self) -> None:
        text = self.input.currentText().strip()
        if not text:
            return
        referral_id = self.referral.currentData() if self.referral is not None else NO_REFERRAL
        self.add_requested.emit(self.kind, text, referral_id or None)

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.remove_requested.emit(int(self.list.item(row).data(ENTRY_ID)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self._remove_current()
            return
        super().keyPressEvent(event)

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)


class SpherePanel(QWidget):
    """The three columns side by side."""

    add_requested = Signal(str, str, object)
    remove_requested = Signal(int)
    edit_requested = Signal(int, str)

    def __init__(self, columns: Sequence[SphereColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = {c.kind: c for c in columns}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for column in columns:
            column.setParent(self)
            layout.addWidget(column, 1)
            column.add_requested.connect(self.add_requested)
            column.remove_requested.connect(self.remove_requested)
            column.edit_requested.connect(self.edit_requested)

    def lists(self) -> list[QListWidget]:
        return [c.list for c in self.columns.values()]
