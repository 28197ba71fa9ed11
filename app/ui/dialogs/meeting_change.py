"""A planned meeting changes: moved to another date (verzet), cancelled with a reason (afgezegd),
or the resident did not come (niet gekomen). Nothing is deleted: the meeting stays in the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.errors import NabijError
from app.services.meetings import MeetingDetail, MeetingService
from app.ui.labels import place_labels
from app.ui.messages import user_message
from app.ui.qt_types import from_qdatetime, to_qdatetime
from app.ui.widgets.focus import order_buttons_visually

MODES = ("reschedule", "cancel", "no_show")


class MeetingChangeDialog(QDialog):
    """One dialog, three modes. ``changed`` carries the id of the meeting to show next (or None)."""

    changed = Signal(object)

    def __init__(self, meetings: MeetingService, meeting: MeetingDetail, mode: str, parent=None) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(mode)
        self.meetings = meetings
        self.meeting = meeting
        self.mode = mode
        title = {
            "reschedule": self.tr("Move this meeting"),
            "cancel": self.tr("Cancel this meeting"),
            "no_show": self.tr("The resident did not come"),
        }[mode]
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = {
            "reschedule": self.tr("Choose the new date. The old date stays in the history as “moved”."),
            "cancel": self.tr(
                "The meeting stays in the history as cancelled, with your reason. "
                "Its agenda goes to the next meeting you plan."
            ),
            "no_show": self.tr(
                "The meeting stays in the history as “did not come”. Its agenda goes to the next meeting. "
                "No blame: write to the resident in a friendly way."
            ),
        }[mode]
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dddd d MMMM yyyy HH:mm")
        self.when.setAccessibleName(self.tr("New date and time"))
        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Place"))
        for value, label in place_labels().items():
            self.place.addItem(label, str(value))
        self.place.setCurrentIndex(max(0, self.place.findData(meeting.place)))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.plan_next = QCheckBox(self.tr("Plan the next meeting now"))
        self.plan_next.setAccessibleName(self.tr("Plan the next meeting now"))
        if mode == "reschedule":
            self.when.setDateTime(to_qdatetime(meeting.starts_at + timedelta(days=7)))
            form.addRow(self.tr("New date and time"), self.when)
            form.addRow(self.tr("Place"), self.place)
        elif mode == "cancel":
            self.reason.setPlaceholderText(self.tr("For example: ill, will call for a new date"))
            form.addRow(self.tr("Reason"), self.reason)
        else:
            start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
            self.when.setDateTime(to_qdatetime(start))
            self.when.setEnabled(False)
            self.plan_next.toggled.connect(self.when.setEnabled)
            form.addRow(self.plan_next)
            form.addRow(self.tr("New date and time"), self.when)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok_text = {
            "reschedule": self.tr("Move"),
            "cancel": self.tr("Cancel the meeting"),
            "no_show": self.tr("Mark as did not come"),
        }[mode]
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(ok_text)
        back = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        back.setText(self.tr("Keep as it is"))
        back.setAccessibleName(self.tr("Keep as it is"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

    def _when(self) -> datetime:
        return from_qdatetime(self.when.dateTime()).replace(second=0, microsecond=0)

    def submit(self) -> None:
        shown: int | None = self.meeting.id
        try:
            if self.mode == "reschedule":
                self.meetings.reschedule(self.meeting.id, self._when(), self.place.currentData())
            elif self.mode == "cancel":
                self.meetings.cancel(self.meeting.id, self.reason.toPlainText())
            else:
                nxt = self.meetings.no_show(self.meeting.id, self._when() if self.plan_next.isChecked() else None)
                shown = nxt if nxt is not None else self.meeting.id
        except NabijError as exc:
            self.message.setText(user_message(exc))
            self.message.setVisible(True)
            return
        self.changed.emit(shown)
        self.accept()
