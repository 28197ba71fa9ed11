"""Word-wrapped list items that really wrap to the list's width.

QListView asks a delegate for an item's size without telling it how wide the
list is, so long lines get a height for the wrong width and are cut off with
"…". This delegate measures against the viewport's width (keeping room for
the scroll bar, so a scroll bar appearing never re-wraps the text).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class WrappingItemDelegate(QStyledItemDelegate):
    def available_width(self) -> int:
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return 0
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = view.viewport().width()
        if not view.verticalScrollBar().isVisible():
            width -= scroll_bar
        spacing = view.spacing() if hasattr(view, "spacing") else 0
        return max(width - 2 * spacing, 40)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        width = self.available_width()
        if width <= 0:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, width, 10_000)
        size = super().sizeHint(opt, index)
        return QSize(width, size.height())

    def paint(self, painter, option, index) -> None:
        """Lay the text out at the width it was measured at, so measure and paint agree."""
        width = self.available_width()
        if 0 < width < option.rect.width():
            opt = QStyleOptionViewItem(option)
            rect = QRect(option.rect)
            rect.setWidth(width)
            opt.rect = rect
            option = opt
        super().paint(painter, option, index)


def wrap_items(view: QAbstractItemView) -> WrappingItemDelegate:
    delegate = WrappingItemDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
