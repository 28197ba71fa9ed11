"""The referral directory (sociale kaart): editable, seeded from the bundled content."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Protocol

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import ReferralEntry
from app.storage.database import Database


class ImportedReferral(Protocol):
    """What an import reads of an entry in a file (app.content.Referral)."""

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
    @property
    def discreet(self) -> bool | None: ...  # None: the file does not say


class BundledReferral(ImportedReferral, Protocol):
    """What seed() reads of a bundled entry (app.content.Referral): an imported one, with its content id."""

    @property
    def id(self) -> str: ...


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
    # what is stored: None follows the bundled content (discreet above is then its default), True/False
    # is the consultant's own choice
    discreet_choice: bool | None = None

    @property
    def reachable(self) -> bool:
        """True when the entry says how to reach it (contact or website); without, a slip leaves it off."""
        return bool(self.contact.strip() or self.website.strip())


@cache
def discreet_content_ids() -> frozenset[str]:
    """The bundled entries marked discreet in resources/content (113, Veilig Thuis, MIND...).

    The default for an entry whose stored flag is NULL (referral.discreet, migration 0006): those
    stay discreet until the consultant says otherwise. An entry the municipality adds has no
    content id, so without a choice it is not discreet.
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
    # True/False: the consultant's choice. None: leave it as it is (a new entry: as the bundle says,
    # which for an entry without a content id is not discreet).
    discreet: bool | None = None


# What an import compares, in the order a preview shows it.
IMPORT_FIELDS = ("name", "purpose", "contact", "website", "last_checked", "discreet")


@dataclass(frozen=True)
class FieldChange:
    field: str  # one of IMPORT_FIELDS, or "retired" (an entry the file brings back)
    # the values as text; for "discreet" they are "discreet" and "not discreet"
    old: str
    new: str


@dataclass(frozen=True)
class PlannedEntry:
    data: ReferralInput
    existing_id: int | None = None  # None: a new entry
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """What importing a directory file would do, for the consultant to confirm before anything changes."""

    added: list[PlannedEntry] = field(default_factory=list)
    changed: list[PlannedEntry] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not self.added and not self.changed


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _discreet_text(discreet: bool) -> str:
    return "discreet" if discreet else "not discreet"


def _discreet(r: ReferralEntry) -> bool:
    """The flag as it applies: the consultant's choice, else the bundled content's default."""
    if r.discreet is not None:
        return r.discreet
    return r.content_id is not None and r.content_id in discreet_content_ids()


def _row(r: ReferralEntry) -> Referral:
    return Referral(
        r.id,
        r.content_id,
        r.name,
        r.purpose,
        r.contact,
        r.website,
        r.last_checked,
        r.retired,
        _discreet(r),
        r.discreet,
    )


class ReferralService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def seed(self, bundled: Iterable[BundledReferral]) -> int:
        """Add bundled entries (objects with id, name, purpose, contact, website, last_checked) not yet present.
        Entries the consultant edited or retired are left as they are, except that an
        empty contact field is filled in when the bundle now knows the number. The discreet
        flag is never written here: a new entry stores NULL (the bundle's default applies), and
        the consultant's explicit choice stays whatever the bundle now says."""
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
        with self._db.reading() as s:
            q = select(ReferralEntry).order_by(ReferralEntry.name)
            if not include_retired:
                q = q.where(ReferralEntry.retired.is_(False))
            return [_row(r) for r in s.scalars(q)]

    def get(self, referral_id: int) -> Referral:
        with self._db.reading() as s:
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
                discreet=data.discreet,
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
            if data.discreet is not None:
                r.discreet = data.discreet

    def set_retired(self, referral_id: int, retired: bool) -> None:
        with self._db.session() as s:
            r = s.get(ReferralEntry, referral_id)
            if r is None:
                raise NotFound("no such referral")
            r.retired = retired

    # --- import from a file, with a preview ---------------------------------------------------
    def plan_import(self, entries: Iterable[ImportedReferral]) -> ImportPlan:
        """Compare a file's entries with the directory, by name (case does not matter). Changes nothing.

        An entry of a name the directory lacks is added; one whose name is there changes that
        entry where its fields differ, and brings it back when it was retired. A name given twice in
        the file counts once, with the later entry. The discreet flag is compared only when the file
        says it (true or false); a file that does not leaves the directory's flag as it is. Slow for
        big files: run it off the GUI thread."""
        wanted: dict[str, ReferralInput] = {}
        for e in entries:
            if not e.name.strip():
                raise InvalidInput("A referral needs a name.", code="referral.needs_name")
            wanted[e.name.strip().casefold()] = ReferralInput(
                e.name.strip(), e.purpose, e.contact, e.website, e.last_checked, getattr(e, "discreet", None)
            )
        added: list[PlannedEntry] = []
        changed: list[PlannedEntry] = []
        unchanged = 0
        with self._db.session() as s:
            existing = {r.name.casefold(): r for r in s.scalars(select(ReferralEntry).order_by(ReferralEntry.id))}
            for key, data in wanted.items():
                match = existing.get(key)
                if match is None:
                    added.append(PlannedEntry(data))
                    continue
                changes = [
                    FieldChange(name, _text(getattr(match, name)), _text(getattr(data, name)))
                    for name in IMPORT_FIELDS
                    if name != "discreet" and _text(getattr(match, name)) != _text(getattr(data, name))
                ]
                now = _discreet(match)
                if data.discreet is not None and data.discreet != now:
                    changes.append(FieldChange("discreet", _discreet_text(now), _discreet_text(data.discreet)))
                else:
                    data = replace(data, discreet=None)  # the same, or unsaid: the stored choice (or NULL) stays
                if match.retired:
                    changes.append(FieldChange("retired", "retired", "in use"))
                if changes:
                    changed.append(PlannedEntry(data, match.id, tuple(changes)))
                else:
                    unchanged += 1
        order = lambda e: e.data.name.casefold()  # noqa: E731
        return ImportPlan(sorted(added, key=order), sorted(changed, key=order), unchanged)

    def apply_import(self, plan: ImportPlan) -> int:
        """Carry out a confirmed plan in one transaction (2,000 entries: one write). Returns how many
        entries were added or changed."""
        with self._db.session() as s:
            for entry in plan.added:
                d = entry.data
                s.add(
                    ReferralEntry(
                        name=d.name,
                        purpose=d.purpose,
                        contact=d.contact,
                        website=d.website,
                        last_checked=d.last_checked or date.today(),
                        discreet=d.discreet,
                    )
                )
            for entry in plan.changed:
                r = s.get(ReferralEntry, entry.existing_id)
                if r is None:
                    raise NotFound("no such referral")
                d = entry.data
                r.name, r.purpose, r.contact, r.website = d.name, d.purpose, d.contact, d.website
                r.last_checked = d.last_checked or date.today()
                if d.discreet is not None:
                    r.discreet = d.discreet
                r.retired = False
        return len(plan.added) + len(plan.changed)
