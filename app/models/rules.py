"""Pure domain rules: no database, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.models.consultation import OWNERS


class DomainError(Exception):
    """A rule of the domain was broken; the message says which."""


class MeetingClosed(DomainError):
    def __init__(self) -> None:
        super().__init__("This meeting is closed. Reopen it first to change it.")


def is_read_only(status: str) -> bool:
    return status == "closed"


def group_by_owner(items, owner=lambda a: a.owner):
    """Agreements grouped by owner in the fixed order resident, consultant, together; order kept inside."""
    groups: dict[str, list] = {o: [] for o in OWNERS}
    for item in items:
        groups.setdefault(owner(item), []).append(item)
    return groups


def retention_date(last_contact: datetime | None, created: datetime, months: int) -> datetime:
    start = last_contact or created
    return start + timedelta(days=round(months * 30.44))
