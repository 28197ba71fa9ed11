"""The caseload: residents, their meetings over time, and search."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ScalarSelect, case, func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import Meeting, Resident
from app.models.core import CHANNELS
from app.storage.database import Database
from app.vocabulary import AddressForm, Place


@dataclass(frozen=True)
class ResidentRow:
    id: int
    display_name: str
    initials: str
    next_meeting_at: datetime | None
    last_contact_at: datetime | None
    in_progress: bool = False  # the next meeting has started (it is not "next" any more)
    handed_over_at: datetime | None = None  # came in a handover package, and had no own meeting since


@dataclass
class ResidentInput:
    display_name: str
    initials: str = ""
    address_form: str = "je"
    client_number: str | None = None
    preferred_channel: str | None = None
    language: str = ""
    brings_companion: bool | None = None
    preferred_place: str | None = None
    consultant_count: int = 1

    def validate(self) -> None:
        if not self.display_name.strip():
            raise InvalidInput("A resident needs a name or initials.", code="resident.needs_name")
        if self.address_form not in tuple(AddressForm):
            raise InvalidInput("address form is je or u")
        if self.preferred_channel not in (None, *CHANNELS):
            raise InvalidInput("unknown channel")
        if self.preferred_place not in (None, *Place):
            raise InvalidInput("unknown place")
        if self.consultant_count < 1:
            raise InvalidInput("at least one consultant")


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: datetime
    place: str
    status: str
    summary: str
    handed_over: bool = False  # from a handover package: held with the previous consultant
    not_held: str | None = None  # "cancelled" / "no_show" for a closed meeting that was not held


@dataclass(frozen=True)
class ResidentDetail:
    id: int
    data: ResidentInput
    meetings: list[MeetingRow] = field(default_factory=list)


SORTS = ("next", "last", "name")


class CaseloadService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_residents(self, sort: str = "next", query: str = "") -> list[ResidentRow]:
        ranked: list[int] | None = None
        if query.strip():
            ranked = self._db.search_resident_ids(query)  # on the database's own search connection
            if not ranked:
                return []
        with self._db.reading() as s:  # a read: never waits for a writer
            # The rows of every resident, computed again only after a unit changed the file: a search while
            # typing filters the list the caseload already showed (issue 16: at 25k it was some 15 ms a search).
            every = self._db.unchanged_since(s, "caseload.rows", _resident_rows)
        if ranked is not None:
            by_id = {r.id: r for r in every}
            return [by_id[rid] for rid in ranked if rid in by_id]
        if sort == "next":
            far = datetime.max
            return sorted(every, key=lambda r: (r.next_meeting_at or far, r.display_name.casefold()))
        if sort == "last":
            return sorted(every, key=lambda r: r.last_contact_at or datetime.min, reverse=True)
        return sorted(every, key=lambda r: r.display_name.casefold())

    def add_resident(self, data: ResidentInput) -> int:
        data.validate()
        with self._db.session() as s:
            row = Resident()
            _apply(row, data)
            s.add(row)
            s.flush()
            return row.id

    def update_resident(self, resident_id: int, data: ResidentInput) -> None:
        data.validate()
        with self._db.session() as s:
            row = s.get(Resident, resident_id)
            if row is None:
                raise NotFound("no such resident")
            _apply(row, data)

    def address_form(self, resident_id: int) -> str:
        """ "je" or "u": how the consultant addresses this resident (one column, for the tabs)."""
        with self._db.reading() as s:
            form = s.scalar(select(Resident.address_form).where(Resident.id == resident_id))
        if form is None:
            raise NotFound("no such resident")
        return str(form)

    def get_resident(self, resident_id: int) -> ResidentDetail:
        with self._db.reading() as s:
            row = s.get(Resident, resident_id)
            if row is None:
                raise NotFound("no such resident")
            data = ResidentInput(
                display_name=row.display_name,
                initials=row.initials,
                address_form=row.address_form,
                client_number=row.client_number,
                preferred_channel=row.preferred_channel,
                language=row.language,
                brings_companion=row.brings_companion,
                preferred_place=row.preferred_place,
                consultant_count=row.consultant_count,
            )
            # Only the columns shown, not whole rows: a long history need not load every note.
            meetings = [
                MeetingRow(m[0], m[1], m[2], m[3], m[4], m[5] is not None, m[6])
                for m in s.execute(
                    select(
                        Meeting.id,
                        Meeting.starts_at,
                        Meeting.place,
                        Meeting.status,
                        Meeting.summary,
                        Meeting.handed_over_at,
                        Meeting.not_held,
                    )
                    .where(Meeting.resident_id == resident_id)
                    .order_by(Meeting.starts_at.desc())
                )
            ]
            return ResidentDetail(row.id, data, meetings)

    def count(self) -> int:
        with self._db.reading() as s:
            return s.scalar(select(func.count(Resident.id))) or 0


def _apply(row: Resident, data: ResidentInput) -> None:
    row.display_name = data.display_name.strip()
    row.initials = data.initials.strip()
    row.address_form = data.address_form
    row.client_number = (data.client_number or "").strip() or None
    row.preferred_channel = data.preferred_channel
    row.language = data.language.strip()
    row.brings_companion = data.brings_companion
    row.preferred_place = data.preferred_place
    row.consultant_count = data.consultant_count


def _resident_rows(s: Session) -> tuple[ResidentRow, ...]:
    """Every resident with the dates the caseload shows, in no particular order."""

    # Per resident, three seeks in ix_meeting_resident_status_starts (resident, status, start), not a
    # pass over every meeting (issue 16). Explicit statuses: a meeting not held is neither next nor last.
    # Last contact: the newest meeting held (a cancelled one or a no-show was none): walked newest first
    # down the index, so it stops at the first held one.
    def first_start(statuses: tuple[str, ...], newest: bool) -> ScalarSelect[datetime]:
        at = Meeting.starts_at
        where = [Meeting.resident_id == Resident.id, Meeting.status.in_(statuses)]
        if newest:
            where.append(Meeting.not_held.is_(None))
        return (
            select(at)
            .where(*where)
            .order_by(at.desc() if newest else at.asc())
            .limit(1)
            .correlate(Resident)
            .scalar_subquery()
        )

    busy = (
        select(Meeting.id)
        .where(Meeting.resident_id == Resident.id, Meeting.status == "in_progress")
        .correlate(Resident)
        .exists()
    )
    # Handed over (issue 20): when it came, only while no meeting of its own was held here yet.
    own = (
        select(Meeting.id)
        .where(Meeting.resident_id == Resident.id, Meeting.handed_over_at.is_(None))
        .correlate(Resident)
        .exists()
    )
    handed = case(
        (own, None),
        else_=select(func.max(Meeting.handed_over_at))
        .where(Meeting.resident_id == Resident.id)
        .correlate(Resident)
        .scalar_subquery(),
    )
    stmt = select(
        Resident.id,
        Resident.display_name,
        Resident.initials,
        first_start(("planned", "in_progress"), newest=False),
        first_start(("closed",), newest=True),
        busy,
        handed,
    )
    return tuple(ResidentRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in s.execute(stmt))
