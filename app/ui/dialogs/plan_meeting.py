"""Plan a meeting: when, where, and the consultant's own goals."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.models.rules import DomainError
from app.services.meetings import MeetingService
from app.ui.messages import user_message
from app.ui.qt_types import from_qdatetime, to_qdatetime
from app.ui.widgets.focus import order_buttons_visually


class PlanMeetingDialog(QDialog):
    planned = Signal(int)  # meeting id

    def __init__(
        self, meetings: MeetingService, resident_id: int, preferred_place: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.meetings = meetings
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Plan a meeting"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above its field
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
        self.when = QDateTimeEdit(to_qdatetime(start))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dddd d MMMM yyyy HH:mm")
        self.when.setAccessibleName(self.tr("Date and time"))
        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Place"))
        for label, value in (
            (self.tr("office"), "office"),
            (self.tr("home visit"), "home"),
            (self.tr("a walk"), "walk"),
            (self.tr("phone"), "phone"),
            (self.tr("video"), "video"),
        ):
            self.place.addItem(label, value)
        if preferred_place:
            self.place.setCurrentIndex(max(0, self.place.findData(preferred_place)))
        self.detail = QLineEdit()
        self.detail.setAccessibleName(self.tr("Address or room (optional)"))
        self.goals = QPlainTextEdit()
        self.goals.setAccessibleName(self.tr("Your goals for this meeting"))
        self.goals.setFixedHeight(90)
        self.goals.setTabChangesFocus(True)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Address or room (optional)"), self.detail)
        form.addRow(self.tr("Your goals for this meeting"), self.goals)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(self.tr("Plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            meeting_id = self.meetings.plan(
                self.resident_id,
                from_qdatetime(self.when.dateTime()).replace(second=0, microsecond=0),
                self.place.currentData(),
                self.detail.text().strip(),
                self.goals.toPlainText().strip(),
            )
        except (DomainError, ValueError) as exc:
            self.message.setText(user_message(exc))
            self.message.setVisible(True)
            return
        self.planned.emit(meeting_id)
        self.accept()
