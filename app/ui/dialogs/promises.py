"""Mijn toezeggingen (Ctrl+T): what I promised, across the caseload, overdue first; the referrals to
ask after; and beside them the residents' agreements due before their next meeting, each with a
reminder in plain words to copy for the resident's own channel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.errors import NabijError
from app.services.promises import Promise, Promises
from app.services.registry import Services
from app.ui.messages import user_message
from app.ui.qt_types import to_qdate, to_qdatetime
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually
from app.ui.widgets.wrapping_item_delegate import wrap_items

ID = Qt.ItemDataRole.UserRole


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label


def _list(name: str) -> QListWidget:
    """One promise per item: its text, and under it who and when; long text wraps, never cut off."""
    lst = QListWidget()
    lst.setAccessibleName(name)
    lst.setWordWrap(True)
    lst.setUniformItemSizes(False)
    lst.setResizeMode(QListWidget.ResizeMode.Adjust)
    lst.setSpacing(2)
    wrap_items(lst)
    return lst


def _empty(text: str) -> QListWidgetItem:
    """A row that says a list is empty: not selectable, no id."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


class PromisesDialog(QDialog):
    changed = Signal()  # an agreement was marked done

    def __init__(
        self, services: Services, copy_text: Callable[[str], None], today: date | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.copy_text = copy_text
        self.today = today or date.today()
        self.setWindowTitle(self.tr("My promises"))
        resize_to_fit(self, 1180, 660)
        self._promises: dict[int, Promise] = {}
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        left = QVBoxLayout()
        left.addWidget(_heading(self.tr("What I promised")))
        self.mine = _list(self.tr("What I promised"))
        left.addWidget(self.mine, 3)
        self.done_button = QPushButton(self.tr("Mark as done"))
        self.done_button.setAccessibleName(self.tr("Mark the chosen promise as done"))
        self.done_button.setEnabled(False)
        left.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(_heading(self.tr("Referrals to ask after")))
        self.referrals = _list(self.tr("Referrals to ask after"))
        left.addWidget(self.referrals, 2)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        right.addWidget(_heading(self.tr("Residents' agreements due before their next meeting")))
        self.due = _list(self.tr("Residents' agreements due before their next meeting"))
        right.addWidget(self.due, 3)
        hint = QLabel(
            self.tr(
                "A reminder in plain words, if the resident wants one. Change it as you like, "
                "then copy it for their own channel (WhatsApp, mail, text message)."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        right.addWidget(hint)
        self.reminder = QPlainTextEdit()
        self.reminder.setAccessibleName(self.tr("Reminder for the resident"))
        self.reminder.setTabChangesFocus(True)
        self.reminder.setEnabled(False)
        right.addWidget(self.reminder, 2)
        self.copy_button = QPushButton(self.tr("Copy reminder"))
        self.copy_button.setAccessibleName(self.tr("Copy the reminder"))
        self.copy_button.setEnabled(False)
        right.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        columns.addLayout(right, 1)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)

        self.mine.currentItemChanged.connect(lambda item, _p: self.done_button.setEnabled(item is not None))
        self.done_button.clicked.connect(self.mark_done)
        self.due.currentItemChanged.connect(lambda item, _p: self._fill_reminder(item))
        self.copy_button.clicked.connect(self._copy)
        self.reload()

    # --- filling -----------------------------------------------------------------------
    def _day(self, value: date | None) -> str:
        if value is None:
            return self.tr("no date")
        return QLocale().toString(to_qdate(value), "d MMM yyyy")

    def _item(self, first: str, details: list[str], row_id: int, bold: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(first + "\n" + "  ·  ".join(d for d in details if d))
        item.setData(ID, row_id)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def reload(self) -> None:
        overview: Promises = self.services.promises.overview(self.today)
        self._promises = {p.agreement_id: p for p in (*overview.mine, *overview.residents_due)}
        self.mine.clear()
        for p in overview.mine:
            by = self.tr("by {date}").format(date=self._day(p.due)) if p.due is not None else self.tr("no date")
            details = [p.resident_name, self.tr("agreed on {date}").format(date=self._day(p.meeting_on)), by]
            if p.overdue:
                details.append(self.tr("date passed"))
            self.mine.addItem(self._item(p.text, details, p.agreement_id, bold=p.overdue))
        if not overview.mine:
            self.mine.addItem(_empty(self.tr("No open promises. Well kept!")))
        self.referrals.clear()
        for r in overview.referrals:
            details = [
                r.resident_name,
                self.tr("referred to {name}").format(name=r.referral_name),
                self.tr("meeting of {date}").format(date=self._day(r.meeting_on)),
            ]
            self.referrals.addItem(self._item(r.text, details, r.sphere_id))
        if not overview.referrals:
            self.referrals.addItem(_empty(self.tr("No referrals from the last meetings.")))
        self.due.clear()
        for p in overview.residents_due:
            nxt = (
                self.tr("next meeting {when}").format(
                    when=QLocale().toString(to_qdatetime(p.next_meeting_at), "d MMM HH:mm")
                )
                if p.next_meeting_at is not None
                else self.tr("next meeting not planned")
            )
            details = [p.resident_name, self.tr("by {date}").format(date=self._day(p.due)), nxt]
            self.due.addItem(self._item(p.text, details, p.agreement_id))
        if not overview.residents_due:
            self.due.addItem(_empty(self.tr("Nothing due before a next meeting.")))
        self.done_button.setEnabled(False)
        self._fill_reminder(None)

    def counts(self) -> tuple[int, int, int]:
        """What the three lists show (rows with an id), for the reader and for tests."""

        def n(lst: QListWidget) -> int:
            items = (lst.item(i) for i in range(lst.count()))
            return sum(1 for item in items if item is not None and item.data(ID) is not None)

        return n(self.mine), n(self.referrals), n(self.due)

    def reminder_text(self, p: Promise) -> str:
        me = self.services.profile.get().name.strip()
        what = p.text.strip().rstrip(".!")
        when = QLocale().toString(to_qdate(p.due), "d MMMM") if p.due is not None else ""
        if p.address_form == "u":
            text = self.tr(
                "Dear {name}, a short reminder of what we agreed: {what}. We said before {date}. "
                "Is it not working out, or would you like help? Please let me know."
            )
            sign = self.tr("Kind regards, {me}")
        else:
            text = self.tr(
                "Hi {name}, a short reminder of what we agreed: {what}. We said before {date}. "
                "Is it not working out, or do you want help? Just let me know."
            )
            sign = self.tr("Best wishes, {me}")
        body = text.format(name=p.resident_name, what=what, date=when)
        return body + ("\n" + sign.format(me=me) if me else "")

    def _fill_reminder(self, item) -> None:
        p = None if item is None else self._promises.get(item.data(ID))
        self.reminder.setPlainText("" if p is None else self.reminder_text(p))
        self.reminder.setEnabled(p is not None)
        self.copy_button.setEnabled(p is not None)

    # --- acting ------------------------------------------------------------------------
    def mark_done(self) -> None:
        item = self.mine.currentItem()
        agreement_id = None if item is None else item.data(ID)
        if agreement_id is None:
            return
        try:
            self.services.wrapup.update_agreement(agreement_id, status="done")
        except NabijError as exc:
            self.message.setText(user_message(exc))
            return
        self.message.setText(self.tr("Marked as done: {text}").format(text=self._promises[agreement_id].text))
        self.reload()
        self.changed.emit()

    def _copy(self) -> None:
        text = self.reminder.toPlainText().strip()
        if text:
            self.copy_text(text)
            self.message.setText(self.tr("Reminder copied. The clipboard is cleared again after a while."))

    def clear_sensitive(self) -> None:
        for lst in (self.mine, self.referrals, self.due):
            lst.clear()
        self.reminder.clear()
        self.message.clear()
