"""Small typed bridges where PySide6 converts at run time what its stubs do not describe.

PySide6 takes a Python ``date`` or ``datetime`` wherever Qt wants a QDate or QDateTime, and
``toPython()`` gives a ``date`` or ``datetime``; the stubs say neither. These helpers do the same
conversion in the open, so the types are checked. Like PySide6, a datetime's tzinfo is
not looked at: the wall-clock time is taken as local time.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication


def gui_app() -> QApplication:
    """The running QApplication (the app always makes a QApplication, never a bare QCoreApplication)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "no QApplication is running"
    return app


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second, value.microsecond // 1000),
    )


def datetime_text(locale: QLocale, value: datetime, date_format: str, between: str = " ") -> str:
    """A date and time in the locale's words, formatted as a QDate and a QTime (HH:mm).

    QLocale.toString on a QDateTime works out the time zone each call: about 14 times slower (issue 16,
    0.4 s of one caseload refresh at 500 residents); a meeting time is a wall-clock time anyway.
    """
    day = locale.toString(to_qdate(value.date()), date_format)
    return f"{day}{between}{locale.toString(QTime(value.hour, value.minute), 'HH:mm')}"


def from_qdate(value: QDate) -> date:
    result = value.toPython()
    assert isinstance(result, date)
    return result


def from_qdatetime(value: QDateTime) -> datetime:
    result = value.toPython()
    assert isinstance(result, datetime)
    return result
