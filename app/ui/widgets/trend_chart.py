"""A small trend chart of the check-out feeling (1–5) over meetings, painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, int | None]] = []  # (label, value or None)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Feeling after each meeting"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 180)

    def set_points(self, points: list[tuple[str, int | None]]) -> None:
        self.points = points
        scored = [f"{label}: {value}" for label, value in points if value is not None]
        self.setAccessibleDescription("; ".join(scored) or self.tr("No check-out scores yet."))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        metrics = self.fontMetrics()
        left, bottom = metrics.horizontalAdvance("5") + 10, metrics.height() + 8
        pad = metrics.horizontalAdvance("Mmm 00") / 2 + 4  # room for the first and last date label
        area = QRectF(left + pad, 8, self.width() - left - 2 * pad, self.height() - bottom - 8)
        grid = QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid)
        for value in range(1, 6):
            y = area.bottom() - (value - 1) / 4 * area.height()
            painter.drawLine(QPointF(left, y), QPointF(area.right() + pad, y))
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
            painter.setPen(grid)
        if not self.points:
            painter.end()
            return
        n = len(self.points)
        step = area.width() / max(n - 1, 1)

        def xy(i: int, v: int) -> QPointF:
            return QPointF(
                area.left() + (i * step if n > 1 else area.width() / 2), area.bottom() - (v - 1) / 4 * area.height()
            )

        accent = pal.color(QPalette.ColorRole.Highlight)
        path = QPainterPath()
        started = False
        for i, (_label, v) in enumerate(self.points):
            if v is None:
                continue
            if not started:
                path.moveTo(xy(i, v))
                started = True
            else:
                path.lineTo(xy(i, v))
        painter.setPen(QPen(accent, 2))
        painter.drawPath(path)
        painter.setBrush(accent)
        for i, (_label, v) in enumerate(self.points):
            if v is not None:
                painter.drawEllipse(xy(i, v), 4, 4)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        every = max(1, n // 6)
        for i, (label, _v) in enumerate(self.points):
            if i % every == 0 or i == n - 1:
                x = xy(i, 1).x()
                painter.drawText(
                    QRectF(x - 50, area.bottom() + 4, 100, metrics.height()), Qt.AlignmentFlag.AlignHCenter, label
                )
        painter.end()
