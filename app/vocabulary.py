"""The fixed words of the domain, in one place.

Each value is the exact string stored in the database (and in exports), so a
member compares equal to the plain string: ``Owner.RESIDENT == "resident"``.
The words shown to people live at the UI edge (app/ui/labels.py).
"""

from __future__ import annotations

from enum import StrEnum


class Owner(StrEnum):
    """Who does an agreement; also the fixed order agreements are grouped in."""

    RESIDENT = "resident"
    CONSULTANT = "consultant"
    TOGETHER = "together"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class NotHeld(StrEnum):
    """Why a closed meeting was not held."""

    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Place(StrEnum):
    OFFICE = "office"
    HOME = "home"
    WALK = "walk"
    PHONE = "phone"
    VIDEO = "video"


class AddressForm(StrEnum):
    JE = "je"
    U = "u"
