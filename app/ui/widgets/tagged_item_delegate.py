"""A list item with a quiet second line of tags under its text ("resident's topic · from last time").

Set the tags as a string on ``TAGS_ROLE`` on EVERY item (an empty string for none):
items with an empty string look like plain items. (Always a string, never unset: under
PySide6 6.12 on Python 3.11 every Qt call that returns None leaks a reference to None,
and a delegate is called on every paint.) The check box keeps working: clicks are
mapped onto the same (upper) part that is painted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

from app.ui.widgets.wrapping_item_delegate import WrappingItemDelegate

TAGS_ROLE = Qt.ItemDataRole.UserRole + 20


class TaggedItemDelegate(WrappingItemDelegate):
    TAG_SCALE = 0.92

    def _tag_font(self, option: QStyleOptionViewItem):
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * self.TAG_SCALE, 7.0))
        return font

    def _tag_width(self, option: QStyleOptionViewItem) -> int:
        """The width the tags are drawn in: the item less its check box and margins (as in paint)."""
        widget = self.parent()
        style = widget.style() if isinstance(widget, QWidget) else QApplication.style()
        indent = (
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            + 4 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
            + 6
        )
        return max((self.available_width() or option.rect.width()) - indent, 40)

    def _tag_height(self, option: QStyleOptionViewItem, tags: str = "") -> int:
        """The tags wrap onto more lines when the list is narrow (large text), never cut off."""
        metrics = QFontMetrics(self._tag_font(option))
        if not tags:
            return metrics.height() + 2
        rect = metrics.boundingRect(
            QRect(0, 0, self._tag_width(option), 10_000), int(Qt.TextFlag.TextWordWrap), str(tags)
        )
        return max(rect.height(), metrics.height()) + 2

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        tags = index.data(TAGS_ROLE)
        if tags:
            size.setHeight(size.height() + self._tag_height(option, tags))
        return size

    def _upper(self, option: QStyleOptionViewItem, index) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        tags = index.data(TAGS_ROLE)
        if tags:
            rect = QRect(option.rect)
            rect.setHeight(max(rect.height() - self._tag_height(option, tags), 1))
            opt.rect = rect
        return opt

    def paint(self, painter, option, index) -> None:
        tags = index.data(TAGS_ROLE)
        if not tags:
            super().paint(painter, option, index)
            return
        parent = self.parent()  # the view (option.widget may be None: see the module note)
        widget = parent if isinstance(parent, QWidget) else None
        style = widget.style() if widget is not None else QApplication.style()
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        full.text = ""
        full.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, full, painter, widget)

        upper = self._upper(option, index)
        super().paint(painter, upper, index)

        text_opt = QStyleOptionViewItem(upper)
        self.initStyleOption(text_opt, index)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, text_opt, widget)
        tag_rect = QRect(
            text_rect.left() + 3,
            upper.rect.bottom() - 1,
            option.rect.right() - text_rect.left() - 6,
            self._tag_height(option, tags),
        )
        painter.save()
        painter.setFont(self._tag_font(option))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(group, role))
        painter.drawText(
            tag_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
            str(tags),
        )
        painter.restore()

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt API
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            return super().editorEvent(event, model, self._upper(option, index), index)
        return super().editorEvent(event, model, option, index)
