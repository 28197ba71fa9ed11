"""Afronding: agreements, the next appointment, the check-out, and closing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import func, select

from app.errors import InvalidInput, NotFound
from app.models import Agreement, Meeting
from app.services.meetings import AgreementLine, agreement_line, editable_meeting
from app.services.sentinel import UNSET, Unset
from app.storage.database import Database
from app.vocabulary import AgreementStatus, Owner, Place


class WrapUpService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_agreement(self, meeting_id: int, text: str, owner: str = "resident", due: date | None = None) -> int:
        if owner not in tuple(Owner):
            raise InvalidInput("owner is resident, consultant or together")
        with self._db.session() as s:
            meeting = editable_meeting(s, meeting_id)
            last = s.scalar(select(func.max(Agreement.position)).where(Agreement.meeting_id == meeting_id))
            a = Agreement(
                resident_id=meeting.resident_id,
                meeting_id=meeting_id,
                text=text,
                owner=owner,
                due=due,
                position=(last + 1) if last is not None else 0,
            )
            s.add(a)
            s.flush()
            return a.id

    def update_agreement(
        self,
        agreement_id: int,
        *,
        text: str | None = None,
        owner: str | None = None,
        due: date | None | Unset = UNSET,
        status: str | None = None,
        carried_into: int | None = None,
    ) -> None:
        """Change an agreement. Status may change from any open meeting (that is how a later
        meeting marks an earlier agreement done); text, owner and due only while its own meeting is open.

        carried_into: the open meeting of the same resident that carries a still-open agreement over.
        From there its due date may change too (a date that passed is replaced by a new one, or by
        none: "as soon as possible"); its text and owner stay as they were settled."""
        with self._db.session() as s:
            a = s.get(Agreement, agreement_id)
            if a is None:
                raise NotFound("no such agreement")
            if carried_into is not None and carried_into != a.meeting_id:
                later = editable_meeting(s, carried_into)  # raises MeetingClosed when that one is closed
                if later.resident_id != a.resident_id or a.status != AgreementStatus.OPEN:
                    raise InvalidInput("only a still-open agreement of the same resident is carried over")
                if text is not None or owner is not None:
                    editable_meeting(s, a.meeting_id)
            elif text is not None or owner is not None or due is not UNSET:
                editable_meeting(s, a.meeting_id)  # raises MeetingClosed once its own meeting is closed
            if text is not None:
                a.text = text
            if owner is not None:
                if owner not in tuple(Owner):
                    raise InvalidInput("owner is resident, consultant or together")
                a.owner = owner
            if due is not UNSET:
                a.due = due
            if status is not None:
                if status not in tuple(AgreementStatus):
                    raise InvalidInput("status is open, done or dropped")
                a.status = status

    def remove_agreement(self, agreement_id: int) -> None:
        with self._db.session() as s:
            a = s.get(Agreement, agreement_id)
            if a is None:
                return
            editable_meeting(s, a.meeting_id)
            s.delete(a)

    def open_agreements(self, resident_id: int) -> list[AgreementLine]:
        """Every open agreement of the resident, oldest first (also from earlier meetings)."""
        with self._db.reading() as s:
            return [
                agreement_line(a)
                for a in s.scalars(
                    select(Agreement)
                    .where(Agreement.resident_id == resident_id, Agreement.status == "open")
                    .order_by(Agreement.created_at, Agreement.position)
                )
            ]

    def meeting_dates(self, meeting_ids: Iterable[int]) -> dict[int, date]:
        """The day each meeting took place (for "afgesproken op ..." on the slip)."""
        ids = set(meeting_ids)
        if not ids:
            return {}
        with self._db.reading() as s:
            rows = s.execute(select(Meeting.id, Meeting.starts_at).where(Meeting.id.in_(ids)))
            return {mid: starts.date() for mid, starts in rows}

    def set_next_appointment(
        self, meeting_id: int, at: datetime | None, place: str = "office", detail: str = ""
    ) -> None:
        if place not in tuple(Place):
            raise InvalidInput("unknown place")
        with self._db.session() as s:
            m = editable_meeting(s, meeting_id)
            m.next_at, m.next_place, m.next_place_detail = at, place, detail

    def set_checkout_score(self, meeting_id: int, score: int | None) -> None:
        if score is not None and not 1 <= score <= 5:
            raise InvalidInput("the check-out scale runs from 1 to 5")
        with self._db.session() as s:
            editable_meeting(s, meeting_id).checkout_score = score
