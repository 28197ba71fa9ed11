"""The meeting lifecycle: plan, conduct, close, reopen; and reading one meeting whole.

A resident has one current (not closed) meeting at a time. Planning a meeting
carries over the resident's open agreements and the previous meeting's
undiscussed agenda items, marked as carried over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import AgendaItem, Agreement, BaggageMark, Meeting, PromptUse, Resident, SphereEntry
from app.models.base import now
from app.models.rules import DomainError, MeetingClosed, is_read_only
from app.storage.database import Database
from app.vocabulary import MeetingStatus, NotHeld, Place

TEXT_FIELDS = (
    "goals",
    "notes",
    "summary",
    "checkout_words",
    "went_well",
    "could_improve",
    "place_detail",
    "next_place_detail",
)


@dataclass(frozen=True)
class AgendaLine:
    id: int
    text: str
    proposed_by: str
    carried_over: bool
    discussed: bool


@dataclass(frozen=True)
class AgreementLine:
    id: int
    meeting_id: int
    text: str
    owner: str
    due: date | None
    status: str


@dataclass(frozen=True)
class SphereLine:
    id: int
    kind: str
    text: str
    referral_id: int | None


@dataclass(frozen=True)
class BaggageLine:
    category_id: str
    kind: str
    note: str


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    resident_id: int
    starts_at: datetime
    place: str
    place_detail: str
    status: str
    goals: str
    notes: str
    summary: str
    checkout_score: int | None
    checkout_words: str
    went_well: str
    could_improve: str
    next_at: datetime | None
    next_place: str
    next_place_detail: str
    closed_at: datetime | None
    agenda: list[AgendaLine] = field(default_factory=list)
    agreements: list[AgreementLine] = field(default_factory=list)  # made in this meeting
    sphere: list[SphereLine] = field(default_factory=list)
    baggage: list[BaggageLine] = field(default_factory=list)
    prompts_used: frozenset[str] = frozenset()
    handed_over: bool = False  # came in a handover package: held with the previous consultant

    @property
    def read_only(self) -> bool:
        return is_read_only(self.status)


def agreement_line(a: Agreement) -> AgreementLine:
    return AgreementLine(a.id, a.meeting_id, a.text, a.owner, a.due, a.status)


def editable_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting row, refusing when it is closed."""
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound("no such meeting")
    if is_read_only(meeting.status):
        raise MeetingClosed()
    return meeting


class MeetingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- lifecycle -------------------------------------------------------
    def current_meeting_id(self, resident_id: int) -> int | None:
        with self._db.reading() as s:
            return s.scalar(
                select(Meeting.id)
                .where(Meeting.resident_id == resident_id, Meeting.status != "closed")
                .order_by(Meeting.starts_at)
                .limit(1)
            )

    def plan(
        self, resident_id: int, starts_at: datetime, place: str = "office", place_detail: str = "", goals: str = ""
    ) -> int:
        if place not in tuple(Place):
            raise InvalidInput("unknown place")
        with self._db.session() as s:
            if s.get(Resident, resident_id) is None:
                raise NotFound("no such resident")
            return self._plan(s, resident_id, starts_at, place, place_detail, goals)

    def _plan(
        self, s: Session, resident_id: int, starts_at: datetime, place: str, place_detail: str, goals: str
    ) -> int:
        current = s.scalar(
            select(Meeting.id).where(Meeting.resident_id == resident_id, Meeting.status != "closed").limit(1)
        )
        if current is not None:
            raise DomainError(
                "This resident already has a current meeting. Close it before planning another.",
                code="meeting.already_current",
            )
        meeting = Meeting(
            resident_id=resident_id,
            starts_at=starts_at,
            place=place,
            place_detail=place_detail,
            goals=goals,
            status="planned",
        )
        s.add(meeting)
        s.flush()
        position = 0
        seen: set[str] = set()

        def carry(text: str, proposed_by: str) -> None:
            nonlocal position
            key = " ".join(text.split()).casefold()
            if key in seen:
                return
            seen.add(key)
            s.add(
                AgendaItem(
                    meeting_id=meeting.id, position=position, text=text, proposed_by=proposed_by, carried_over=True
                )
            )
            position += 1

        for agreement in s.scalars(
            select(Agreement)
            .where(Agreement.resident_id == resident_id, Agreement.status == "open")
            .order_by(Agreement.created_at, Agreement.position)
        ):
            carry(agreement.text, "consultant")
        previous = s.scalar(
            select(Meeting)
            .where(Meeting.resident_id == resident_id, Meeting.status == "closed")
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        )
        if previous is not None:
            for item in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == previous.id, AgendaItem.discussed.is_(False))
                .order_by(AgendaItem.position)
            ):
                carry(item.text, item.proposed_by)
        return meeting.id

    def start(self, meeting_id: int) -> None:
        with self._db.session() as s:
            meeting = editable_meeting(s, meeting_id)
            meeting.status = "in_progress"

    def close(self, meeting_id: int) -> int | None:
        """Close the meeting. When a next appointment is set, plan it; returns its id."""
        with self._db.session() as s:
            meeting = editable_meeting(s, meeting_id)
            meeting.status = "closed"
            meeting.closed_at = now()
            s.flush()
            planned = s.scalar(
                select(Meeting.id).where(Meeting.resident_id == meeting.resident_id, Meeting.status == "planned")
            )
            if planned is not None:
                return planned  # closed again after a reopen: the next meeting is already planned
            if meeting.next_at is not None:
                return self._plan(
                    s, meeting.resident_id, meeting.next_at, meeting.next_place, meeting.next_place_detail, ""
                )
            return None

    def reopen(self, meeting_id: int) -> None:
        """Deliberately reopen a closed meeting.

        A next meeting that is only planned stays planned (closing with a next appointment is the
        normal way to close); only a meeting already in progress stands in the way, so that never
        more than one meeting of a resident is in progress."""
        with self._db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("no such meeting")
            if meeting.handed_over_at is not None:
                raise DomainError(
                    "This came from the previous consultant in a handover package; it stays as it was.",
                    code="meeting.handed_over",
                )
            other = s.scalar(
                select(Meeting.id).where(
                    Meeting.resident_id == meeting.resident_id,
                    Meeting.status == "in_progress",
                    Meeting.id != meeting_id,
                )
            )
            if other is not None:
                raise DomainError(
                    "Another meeting of this resident is in progress. Close it before reopening this one.",
                    code="meeting.other_in_progress",
                )
            meeting.status = "in_progress"
            meeting.closed_at = None

    def status(self, meeting_id: int) -> str:
        """planned / in_progress / closed, without reading the whole meeting."""
        with self._db.reading() as s:
            status = s.scalar(select(Meeting.status).where(Meeting.id == meeting_id))
        if status is None:
            raise NotFound("no such meeting")
        return status

    # --- reading and saving ------------------------------------------------
    def get(self, meeting_id: int) -> MeetingDetail:
        with self._db.reading() as s:  # a read: never waits for a writer
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFound("no such meeting")
            agenda = [
                AgendaLine(a.id, a.text, a.proposed_by, a.carried_over, a.discussed)
                for a in s.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == meeting_id)
                    .order_by(AgendaItem.position, AgendaItem.id)
                )
            ]
            agreements = [
                agreement_line(a)
                for a in s.scalars(
                    select(Agreement)
                    .where(Agreement.meeting_id == meeting_id)
                    .order_by(Agreement.position, Agreement.id)
                )
            ]
            sphere = [
                SphereLine(e.id, e.kind, e.text, e.referral_id)
                for e in s.scalars(
                    select(SphereEntry)
                    .where(SphereEntry.meeting_id == meeting_id)
                    .order_by(SphereEntry.position, SphereEntry.id)
                )
            ]
            baggage = [
                BaggageLine(b.category_id, b.kind, b.note)
                for b in s.scalars(select(BaggageMark).where(BaggageMark.meeting_id == meeting_id))
            ]
            used = frozenset(s.scalars(select(PromptUse.prompt_id).where(PromptUse.meeting_id == meeting_id)))
            return MeetingDetail(
                m.id,
                m.resident_id,
                m.starts_at,
                m.place,
                m.place_detail,
                m.status,
                m.goals,
                m.notes,
                m.summary,
                m.checkout_score,
                m.checkout_words,
                m.went_well,
                m.could_improve,
                m.next_at,
                m.next_place,
                m.next_place_detail,
                m.closed_at,
                agenda,
                agreements,
                sphere,
                baggage,
                used,
                m.handed_over_at is not None,
            )

    def save_text(self, meeting_id: int, values: dict[str, str]) -> datetime:
        """Autosave: write the given text fields. Returns when it was saved."""
        unknown = set(values) - set(TEXT_FIELDS)
        if unknown:
            raise InvalidInput(f"not a text field: {sorted(unknown)}")
        with self._db.session() as s:
            meeting = editable_meeting(s, meeting_id)
            for key, value in values.items():
                setattr(meeting, key, value)
        return now()

    def save_summary(self, meeting_id: int, text: str) -> datetime:
        """The meeting's summary, in a few sentences. Unlike the other texts it may be written
        afterwards too, on a closed meeting: the next meeting's voorkennis rests on it."""
        with self._db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("no such meeting")
            meeting.summary = text
        return now()

    def reschedule(self, meeting_id: int, starts_at: datetime, place: str, place_detail: str | None = None) -> None:
        """Move a meeting that is still to come (verzet): the date it had is kept in rescheduled_from."""
        if place not in tuple(Place):
            raise InvalidInput("unknown place")
        with self._db.session() as s:
            meeting = self._planned(s, meeting_id)
            if meeting.starts_at != starts_at:
                meeting.rescheduled_from, meeting.rescheduled_at = meeting.starts_at, now()
            meeting.starts_at, meeting.place = starts_at, place
            if place_detail is not None:
                meeting.place_detail = place_detail

    def cancel(self, meeting_id: int, reason: str) -> None:
        """Cancel a meeting that is still to come (afgezegd), with a reason. It stays, closed and marked
        not held; its agenda goes to the next meeting planned (carry-over reads the last closed one)."""
        if not reason.strip():
            raise InvalidInput("a cancellation needs a reason", code="meeting.cancel_reason")
        with self._db.session() as s:
            meeting = self._planned(s, meeting_id)
            self._not_held(meeting, NotHeld.CANCELLED, reason.strip())

    def no_show(self, meeting_id: int, next_at: datetime | None = None, place: str | None = None) -> int | None:
        """The resident did not come (niet gekomen). The meeting stays, closed and marked not held; its
        undiscussed agenda moves on: into the next meeting when one is planned already, else into a
        new one at ``next_at`` when given (planning carries it over). Returns that next meeting's id."""
        if place is not None and place not in tuple(Place):
            raise InvalidInput("unknown place")
        with self._db.session() as s:
            meeting = editable_meeting(s, meeting_id)
            self._not_held(meeting, NotHeld.NO_SHOW, "")
            s.flush()
            planned = s.scalar(
                select(Meeting.id).where(
                    Meeting.resident_id == meeting.resident_id,
                    Meeting.status == MeetingStatus.PLANNED,
                    Meeting.id != meeting_id,
                )
            )
            if planned is not None:
                self._carry_agenda(s, meeting_id, planned)
                return planned
            if next_at is not None:
                return self._plan(s, meeting.resident_id, next_at, place or meeting.place, meeting.place_detail, "")
            return None

    @staticmethod
    def _planned(s: Session, meeting_id: int) -> Meeting:
        meeting = editable_meeting(s, meeting_id)
        if meeting.status != MeetingStatus.PLANNED:
            raise DomainError("Only a meeting that has not started can be moved or cancelled.", code="meeting.started")
        return meeting

    @staticmethod
    def _not_held(meeting: Meeting, why: str, reason: str) -> None:
        meeting.status = MeetingStatus.CLOSED
        meeting.closed_at = meeting.not_held_at = now()
        meeting.not_held, meeting.not_held_reason = why, reason

    @staticmethod
    def _carry_agenda(s: Session, from_id: int, into_id: int) -> None:
        """The undiscussed items of one meeting into another, marked carried over, without doubles."""
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == into_id)))
        seen = {" ".join(i.text.split()).casefold() for i in items}
        position = max((i.position for i in items), default=-1) + 1
        for item in s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == from_id, AgendaItem.discussed.is_(False))
            .order_by(AgendaItem.position)
        ):
            key = " ".join(item.text.split()).casefold()
            if key in seen:
                continue
            seen.add(key)
            s.add(
                AgendaItem(
                    meeting_id=into_id,
                    position=position,
                    text=item.text,
                    proposed_by=item.proposed_by,
                    carried_over=True,
                )
            )
            position += 1
