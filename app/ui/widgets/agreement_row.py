"""One agreement in Afronding: text, owner, due date (or none), status.

An agreement of this meeting is fully editable and removable. An open agreement
from an earlier meeting only takes a new status (done / dropped): its words
were settled then. When its due date has passed, the row says so and asks for a
new date or "as soon as possible" (no date): a past date is never carried over
as a deadline still to meet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.ui.labels import agreement_status_labels, owner_label, owner_labels
from app.ui.qt_types import from_qdate, to_qdate
from app.ui.widgets.focus import chain

DATE_FORMAT = "d MMM yyyy"


def row_kind(editable: bool, due: date | None, today: date | None) -> str:
    """Rows of one kind share a layout, so the tab can show another agreement in a row it already has."""
    if editable:
        return "this meeting"
    return "earlier, date passed" if due is not None and due < (today or date.today()) else "earlier"


def combo(parent: QWidget, choices: dict[str, str], current: str, accessible: str) -> QComboBox:
    box = QComboBox(parent)
    for key, text in choices.items():
        box.addItem(text, key)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.setAccessibleName(accessible)
    return box


class AgreementRow(QWidget):
    """Signals carry the agreement id and the new value; the tab writes through the services.

    Text edits are not signalled here: the tab watches ``text`` with an Autosaver.
    """

    owner_changed = Signal(int, str)
    due_changed = Signal(int, object)  # date or None
    status_changed = Signal(int, str)
    remove_requested = Signal(int)

    def __init__(
        self,
        agreement_id: int,
        text: str,
        owner: str,
        due: date | None,
        status: str,
        *,
        editable: bool,
        origin: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """today: the day the slip is for (the meeting's); an earlier agreement due before it asks for a new date."""
        super().__init__(parent)
        self.agreement_id = agreement_id
        self.editable = editable
        self.kind = row_kind(editable, due, today)
        self._due_passed = self.kind == "earlier, date passed"
        self.passed_label: QLabel | None = None
        self.new_due: QDateEdit | None = None
        self.set_due_button: QPushButton | None = None
        self.asap_button: QPushButton | None = None
        self.setProperty("role", "agreementRow")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)

        if editable:
            self.text: QLineEdit | QLabel = QLineEdit(self)
            self.text.setPlaceholderText(self.tr("What is agreed?"))
            self.text.setAccessibleName(self.tr("Agreement text"))
            self.text.textChanged.connect(self.text.setToolTip)
        else:
            self.text = QLabel(self)
            self.text.setWordWrap(True)
            self.text.setAccessibleName(self.tr("Agreement text"))
        grid.addWidget(self.text, 0, 0, 1, 5)

        self.remove_button = None
        if editable:
            self.remove_button = QToolButton(self)
            self.remove_button.setText("\u2715")
            self.remove_button.setAccessibleName(self.tr("Remove this agreement"))
            self.remove_button.setToolTip(self.tr("Remove this agreement"))
            self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.agreement_id))
            grid.addWidget(self.remove_button, 0, 5)

        self.status = combo(self, agreement_status_labels(), status, self.tr("Status"))
        self.status.setToolTip(self.tr("Status"))
        self.status.currentIndexChanged.connect(
            lambda _i: self.status_changed.emit(self.agreement_id, self.status.currentData())
        )

        self.owner = combo(self, owner_labels(), owner, self.tr("Who does it"))
        self.owner.setToolTip(self.tr("Who does it"))
        self.owner.currentIndexChanged.connect(
            lambda _i: self.owner_changed.emit(self.agreement_id, self.owner.currentData())
        )
        self.has_due = QCheckBox(self.tr("by"), self)
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.has_due.setToolTip(self.tr("Untick for no date"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(DATE_FORMAT)
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.toggled.connect(self._due_toggled)
        self.due.dateChanged.connect(lambda _d: self._emit_due())

        self.origin = QLabel(self)
        self.origin.setProperty("role", "hint")
        self.origin.setWordWrap(True)  # large text: wrap rather than cut off
        if editable:
            grid.addWidget(self.owner, 1, 0)
            grid.addWidget(self.has_due, 1, 1)
            grid.addWidget(self.due, 1, 2)
            grid.addWidget(self.status, 1, 3)
            grid.addWidget(self.origin, 1, 4, 1, 2)
        else:
            # Settled in an earlier meeting: only the status can change here.
            for widget in (self.owner, self.has_due, self.due):
                widget.hide()
            grid.addWidget(self.status, 1, 0)
            if self.due_passed:
                self._build_new_due(grid)
                grid.addWidget(self.origin, 1, 2, 1, 4)
            else:
                grid.addWidget(self.origin, 1, 1, 1, 5)
        grid.setColumnStretch(4 if editable else 2 if self.due_passed else 1, 1)
        if editable:  # the keyboard follows the eye: text, remove; then owner, date, status
            chain(self.text, self.remove_button, self.owner, self.has_due, self.due, self.status)
        elif self.new_due is not None:
            chain(self.status, self.new_due, self.set_due_button, self.asap_button)
        self.show_line(agreement_id, text, owner, due, status, origin=origin, today=today)

    def show_line(
        self,
        agreement_id: int,
        text: str,
        owner: str,
        due: date | None,
        status: str,
        *,
        origin: str = "",
        today: date | None = None,
    ) -> None:
        """Show this agreement in the row (of the same kind, row_kind): no signal says it was edited."""
        if row_kind(self.editable, due, today) != self.kind:
            raise ValueError("an agreement of another kind needs another row")
        self.agreement_id = agreement_id
        widgets = [self.status, self.owner, self.has_due, self.due, self.text]
        if self.new_due is not None:
            widgets.append(self.new_due)
        blocked = [(w, w.blockSignals(True)) for w in widgets]
        try:
            self.text.setText(text)
            self.text.setToolTip(text if self.editable else "")
            self.status.setCurrentIndex(max(self.status.findData(status), 0))
            self.owner.setCurrentIndex(max(self.owner.findData(owner), 0))
            self.due.setDate(to_qdate(due) if due else QDate.currentDate().addDays(14))
            self.has_due.setChecked(due is not None)
            self.due.setEnabled(due is not None)
            if self.new_due is not None:
                day = to_qdate(today or date.today())
                self.new_due.setMinimumDate(day)
                self.new_due.setDate(day.addDays(14))
        finally:
            for widget, was in blocked:
                widget.blockSignals(was)
        if self.editable:
            self.origin.setText(origin)
        else:
            facts = [owner_label(owner)]
            if due is not None:
                facts.append(self.tr("by %1").replace("%1", QLocale().toString(to_qdate(due), DATE_FORMAT)))
            if origin:
                facts.append(origin)
            self.origin.setText("  \u00b7  ".join(facts))

    def forget(self) -> None:
        """Empty the words shown (a spare row, kept to show another agreement later)."""
        blocked = self.text.blockSignals(True)
        try:
            self.text.setText("")
            self.text.setToolTip("")
        finally:
            self.text.blockSignals(blocked)
        self.origin.setText("")
        self.agreement_id = -1

    @property
    def due_passed(self) -> bool:
        return self._due_passed

    def _build_new_due(self, grid: QGridLayout) -> None:
        """Date passed: a new date (two weeks on by default) or "as soon as possible" (no date)."""
        self.passed_label = QLabel(self.tr("Date passed"), self)
        self.passed_label.setToolTip(
            self.tr("Agree a new date, or as soon as possible (no date): the slip never shows a date that has passed.")
        )
        bold = QFont(self.passed_label.font())
        bold.setBold(True)  # said in words and weight, not by colour alone
        self.passed_label.setFont(bold)
        grid.addWidget(self.passed_label, 1, 1)  # beside the status, before the old date
        controls = QHBoxLayout()
        controls.setSpacing(6)
        self.new_due = QDateEdit(self)
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat(DATE_FORMAT)
        self.new_due.setAccessibleName(self.tr("New due date"))
        self.set_due_button = QPushButton(self.tr("Set this date"), self)
        self.set_due_button.setAccessibleName(self.tr("Set the new due date"))
        self.set_due_button.clicked.connect(
            lambda: self.due_changed.emit(self.agreement_id, from_qdate(self.new_due.date()))
        )
        self.asap_button = QPushButton(self.tr("As soon as possible"), self)
        self.asap_button.setAccessibleName(self.tr("As soon as possible, without a date"))
        self.asap_button.clicked.connect(lambda: self.due_changed.emit(self.agreement_id, None))
        for widget in (self.new_due, self.set_due_button, self.asap_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        grid.addLayout(controls, 2, 0, 1, 6)

    def due_value(self) -> date | None:
        return from_qdate(self.due.date()) if self.has_due.isChecked() else None

    def _due_toggled(self, on: bool) -> None:
        self.due.setEnabled(on)
        self._emit_due()

    def _emit_due(self) -> None:
        self.due_changed.emit(self.agreement_id, self.due_value())
