"""The domain's fixed words as people read them: one function per vocabulary.

Each keeps the translation context and source text its words always had
("Agreements", "Places", "MainWindow"), so the catalogues need no new work.
A value outside the vocabulary is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.vocabulary import AgreementStatus, MeetingStatus, NotHeld, Owner, Place


def owner_labels() -> dict[str, str]:
    """Who does an agreement, in the fixed order (for a choice box)."""
    return {
        Owner.RESIDENT: QCoreApplication.translate("Agreements", "Resident"),
        Owner.CONSULTANT: QCoreApplication.translate("Agreements", "Consultant"),
        Owner.TOGETHER: QCoreApplication.translate("Agreements", "Together"),
    }


def owner_label(owner: str) -> str:
    return owner_labels().get(owner, owner)


def agreement_status_labels() -> dict[str, str]:
    return {
        AgreementStatus.OPEN: QCoreApplication.translate("Agreements", "Open"),
        AgreementStatus.DONE: QCoreApplication.translate("Agreements", "Done"),
        AgreementStatus.DROPPED: QCoreApplication.translate("Agreements", "Dropped"),
    }


def agreement_status_label(status: str) -> str:
    return agreement_status_labels().get(status, status)


def place_labels() -> dict[str, str]:
    return {
        Place.OFFICE: QCoreApplication.translate("Places", "Office"),
        Place.HOME: QCoreApplication.translate("Places", "Home visit"),
        Place.WALK: QCoreApplication.translate("Places", "Walk"),
        Place.PHONE: QCoreApplication.translate("Places", "Phone"),
        Place.VIDEO: QCoreApplication.translate("Places", "Video"),
    }


def place_label(place: str) -> str:
    return place_labels().get(place, place)


def status_label(status: str) -> str:
    """A meeting's status, lower case as it reads after the date."""
    labels: dict[str, str] = {
        MeetingStatus.PLANNED: QCoreApplication.translate("MainWindow", "planned"),
        MeetingStatus.IN_PROGRESS: QCoreApplication.translate("MainWindow", "in progress"),
        MeetingStatus.CLOSED: QCoreApplication.translate("MainWindow", "closed"),
    }
    return labels.get(status, status)


def meeting_state_label(status: str, not_held: str | None = None) -> str:
    """A meeting's state after its date: "gepland", or for one not held "afgezegd" / "niet gekomen"."""
    if not_held == NotHeld.CANCELLED:
        return QCoreApplication.translate("MainWindow", "cancelled")
    if not_held == NotHeld.NO_SHOW:
        return QCoreApplication.translate("MainWindow", "did not come")
    return status_label(status)
