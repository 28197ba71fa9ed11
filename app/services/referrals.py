"""The referral directory (sociale kaart): editable, seeded from the bundled content."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Protocol

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import ReferralEntry
from app.storage.database import Database


class BundledReferral(Protocol):
    """What seed() reads of a bundled entry (app.content.Referral)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def contact(self) -> str: ...
    @property
    def website(self) -> str: ...
    @property
    def last_checked(self) -> date: ...


@dataclass(frozen=True)
class Referral:
    id: int
    content_id: str | None
    name: str
    purpose: str
    contact: str
    website: str
    last_checked: date | None
    retired: bool
    discreet: bool = False  # a crisis, violence or mental-health line: on a slip only when ticked for it

    @property
    def reachable(self) -> bool:
        """True when the entry says how to reach it (contact or website); without, a slip leaves it off."""
        return bool(self.contact.strip() or self.website.strip())


@cache
def discreet_content_ids() -> frozenset[str]:
    """The bundled entries marked discreet in resources/content (113, Veilig Thuis, MIND...).

    The flag is content data: the directory table has no column for it, so an entry the
    municipality adds is not discreet.
    """
    from app.content import load_library

    return frozenset(r.id for r in load_library("nl").referrals if getattr(r, "discreet", False))


@dataclass
class ReferralInput:
    name: str
    purpose: str = ""
    contact: str = ""
    website: str = ""
    last_checked: date | None = None


def _row(r: ReferralEntry) -> Referral:
    discreet = r.content_id is not None and r.content_id in discreet_content_ids()
    return Referral(r.id, r.content_id, r.name, r.purpose, r.contact, r.website, r.last_checked, r.retired, discreet)


class ReferralService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def seed(self, bundled: Iterable[BundledReferral]) -> int:
        """Add bundled entries (objects with id, name, purpose, contact, website, last_checked) not yet present.
        Entries the consultant edited or retired are left as they are, except that an
        empty contact field is filled in when the bundle now knows the number."""
        added = 0
        with self._db.session() as s:
            rows = {
                r.content_id: r for r in s.scalars(select(ReferralEntry).where(ReferralEntry.content_id.is_not(None)))
            }
            for item in bundled:
                if item.id in rows:
                    row = rows[item.id]
                    if not row.contact.strip() and item.contact.strip():
                        row.contact = item.contact
                    continue
                s.add(
                    ReferralEntry(
                        content_id=item.id,
                        name=item.name,
                        purpose=item.purpose,
                        contact=item.contact,
                        website=item.website,
                        last_checked=item.last_checked,
                    )
                )
                added += 1
        return added

    def list(self, include_retired: bool = False) -> list[Referral]:
        with self._db.session() as s:
            q = select(ReferralEntry).order_by(ReferralEntry.name)
            if not include_retired:
                q = q.where(ReferralEntry.retired.is_(False))
            return [_row(r) for r in s.scalars(q)]

    def get(self, referral_id: int) -> Referral:
        with self._db.session() as s:
            r = s.get(ReferralEntry, referral_id)
            if r is None:
                raise NotFound("no such referral")
            return _row(r)

    def add(self, data: ReferralInput) -> int:
        if not data.name.strip():
            raise InvalidInput("A referral needs a name.", code="referral.needs_name")
        with self._db.session() as s:
            r = ReferralEntry(
                name=data.name.strip(),
                purpose=data.purpose,
                contact=data.contact,
                website=data.website,
                last_checked=data.last_checked or date.today(),
            )
            s.add(r)
            s.flush()
            return r.id

    def update(self, referral_id: int, data: ReferralInput) -> None:
        if not data.name.strip():
            raise InvalidInput("A referral needs a name.", code="referral.needs_name")
        with self._db.session() as s:
            r = s.get(ReferralEntry, referral_id)
            if r is None:
                raise NotFound("no such referral")
            r.name, r.purpose, r.contact, r.website = data.name.strip(), data.purpose, data.contact, data.website
            r.last_checked = data.last_checked or date.today()

    def set_retired(self, referral_id: int, retired: bool) -> None:
        with self._db.session() as s:
            r = s.get(ReferralEntry, referral_id)
            if r is None:
                raise NotFound("no such referral")
            r.retired = retired
