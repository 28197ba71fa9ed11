"""The working relationship over time: meetings, the check-out feeling, and agreements kept on both sides."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
)

from app.services.registry import Services
from app.ui.qt_types import to_qdate
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually
from app.ui.widgets.trend_chart import TrendChart


class RelationshipDialog(QDialog):
    def __init__(self, services: Services, resident_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Working relationship"))
        resize_to_fit(self, 760, 520)
        timeline = services.relationship.timeline(resident_id)
        name = services.caseload.get_resident(resident_id).data.display_name
        layout = QVBoxLayout(self)
        title = QLabel(name)
        title.setProperty("role", "title")
        layout.addWidget(title)
        closed = [p for p in timeline.points if p.status == "closed"]
        summary = QLabel(
            self.tr("{meetings} meetings so far · {consultants} consultants in total, including you").format(
                meetings=len(closed), consultants=timeline.consultant_count
            )
        )
        layout.addWidget(summary)
        heading = QLabel(self.tr("With what feeling did they leave? (1 heavy – 5 good)"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.chart = TrendChart()
        locale = QLocale()
        self.chart.set_points([(locale.toString(to_qdate(p.starts_at.date()), "MMM yy"), p.feeling) for p in closed])
        layout.addWidget(self.chart)
        heading = QLabel(self.tr("Agreements kept, on both sides"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.cells: dict[tuple[str, str], QLabel] = {}
        columns = (("done", self.tr("done")), ("open", self.tr("still open")), ("dropped", self.tr("dropped")))
        rows = (("resident", self.tr("The resident")), ("consultant", self.tr("Me")), ("together", self.tr("Together")))
        for c, (_key, label) in enumerate(columns, start=1):
            head = QLabel(label)
            head.setProperty("role", "hint")
            grid.addWidget(head, 0, c)
        for r, (owner, label) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label), r, 0)
            for c, (status, _l) in enumerate(columns, start=1):
                cell = QLabel(str(timeline.kept[owner][status]))
                cell.setAccessibleName(f"{label}: {_l}")
                grid.addWidget(cell, r, c)
                self.cells[(owner, status)] = cell
        layout.addLayout(grid)
        note = QLabel(
            self.tr(
                "A working relationship goes both ways: what you promised counts as much as what the resident promised."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
