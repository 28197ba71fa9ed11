"""Pure domain rules: no database, no Qt."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol, TypeVar

from app.errors import NabijError
from app.vocabulary import Owner


class DomainError(NabijError):
    """A rule of the domain was broken; the code says which."""


class MeetingClosed(DomainError):
    code = "meeting.closed"

    def __init__(self) -> None:
        super().__init__("This meeting is closed. Reopen it first to change it.")


def is_read_only(status: str) -> bool:
    return status == "closed"


class HasOwner(Protocol):
    @property
    def owner(self) -> str: ...


_Owned = TypeVar("_Owned", bound=HasOwner)


def group_by_owner(items: Iterable[_Owned]) -> dict[str, list[_Owned]]:
    """Agreements grouped by owner in the fixed order resident, consultant, together; order kept inside.

    Every owner has a group (maybe empty); an item with any other owner is left out.
    """
    groups: dict[str, list[_Owned]] = {o: [] for o in Owner}
    for item in items:
        group = groups.get(item.owner)
        if group is not None:
            group.append(item)
    return groups


def keep_until(last_contact: datetime | date, months: int) -> date:
    """The retention date: calendar months after the last contact (2 May 2024 + 24 months is 2 May 2026).

    A day that the target month lacks becomes its last day (31 August + 6 months is 28 or 29 February):
    a rule the consultant can check on a calendar.
    """
    month_index = last_contact.month - 1 + months
    year, month = last_contact.year + month_index // 12, month_index % 12 + 1
    day = min(last_contact.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)
