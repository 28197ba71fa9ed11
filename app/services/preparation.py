"""Voorbereiding: what is known already (voorkennis) and the proposed agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from app.errors import InvalidInput, NotFound
from app.models import AgendaItem, Agreement, BaggageMark, KnownFact, Meeting, Resident
from app.models.consultation import PROPOSERS
from app.models.rules import group_by_owner
from app.services.meetings import AgreementLine, agreement_line, editable_meeting
from app.storage.database import Database


@dataclass(frozen=True)
class EarlierMeeting:
    id: int
    starts_at: datetime
    place: str
    summary: str
    handed_over: bool = False  # held with the previous consultant, from a handover package
    not_held: str | None = None  # "cancelled" (afgezegd) / "no_show" (niet gekomen); None: it was held
    not_held_reason: str = ""
    rescheduled_from: datetime | None = None  # verzet: the date it was planned at before


@dataclass(frozen=True)
class Fact:
    id: int
    text: str
    category_id: str | None
    noted_on: date


@dataclass(frozen=True)
class LastCheckout:
    """How the resident left the last held meeting, as they said it (score 1..5 or None, their words)."""

    meeting_id: int
    held_on: date
    score: int | None
    words: str

    @property
    def low(self) -> bool:
        return self.score is not None and self.score <= LOW_CHECKOUT


LOW_CHECKOUT = 2  # 1 and 2 on the 1..5 scale: left feeling heavy or not so good
RETURNING_WINDOW = 4  # the last four held meetings ...
RETURNING_AT_LEAST = 3  # ... of which at least three had the same baggage topic ticked


@dataclass(frozen=True)
class Background:
    resident_id: int
    display_name: str
    earlier: list[EarlierMeeting]
    open_agreements: dict[str, list[AgreementLine]]  # by owner
    consultant_count: int
    facts: list[Fact]
    preferred_channel: str | None
    language: str
    brings_companion: bool | None
    preferred_place: str | None
    last_checkout: LastCheckout | None = None
    returning_baggage: tuple[str, ...] = ()  # category ids, in the order first seen; never a count
    address_form: str = "je"


class PreparationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def facts(self, resident_id: int) -> list[Fact]:
        """What the resident already told (the Gesprek tab's "don't ask again"), oldest first; only that read."""
        with self._db.reading() as s:
            return [
                Fact(f.id, f.text, f.category_id, f.created_at.date())
                for f in s.scalars(
                    select(KnownFact).where(KnownFact.resident_id == resident_id).order_by(KnownFact.created_at)
                )
            ]

    def background(self, resident_id: int, before_meeting: int | None = None, limit: int = 20) -> Background:
        with self._db.reading() as s:  # a read: never waits for a writer
            r = s.get(Resident, resident_id)
            if r is None:
                raise NotFound("no such resident")
            # Only the columns shown, not whole rows: an earlier meeting's notes can be 100,000 characters.
            q = select(
                Meeting.id,
                Meeting.starts_at,
                Meeting.place,
                Meeting.summary,
                Meeting.handed_over_at,
                Meeting.not_held,
                Meeting.not_held_reason,
                Meeting.rescheduled_from,
                Meeting.checkout_score,
                Meeting.checkout_words,
            ).where(Meeting.resident_id == resident_id, Meeting.status == "closed")
            if before_meeting is not None:
                q = q.where(Meeting.id != before_meeting)
            held = list(s.execute(q.order_by(Meeting.starts_at.desc(), Meeting.id.desc()).limit(limit)))
            earlier = [
                EarlierMeeting(
                    m.id,
                    m.starts_at,
                    m.place,
                    m.summary,
                    m.handed_over_at is not None,
                    m.not_held,
                    m.not_held_reason,
                    m.rescheduled_from,
                )
                for m in held
            ]
            held = [m for m in held if m.not_held is None]  # a cancelled meeting or a no-show had no check-out
            last_checkout = None
            # "Last time": the latest held meeting; the handover record itself (no check-out) is not one.
            said = [
                m for m in held if m.handed_over_at is None or m.checkout_score is not None or m.checkout_words.strip()
            ]
            if said and (said[0].checkout_score is not None or said[0].checkout_words.strip()):
                m = said[0]
                last_checkout = LastCheckout(m.id, m.starts_at.date(), m.checkout_score, m.checkout_words)
            recent = [m.id for m in held[:RETURNING_WINDOW]]
            seen: dict[str, int] = {}
            if recent:
                for category_id in s.scalars(
                    select(BaggageMark.category_id)
                    .where(BaggageMark.meeting_id.in_(recent))
                    .order_by(BaggageMark.meeting_id, BaggageMark.id)
                ):
                    seen[category_id] = seen.get(category_id, 0) + 1
            returning = tuple(c for c, n in seen.items() if n >= RETURNING_AT_LEAST)
            open_agreements = group_by_owner(
                agreement_line(a)
                for a in s.scalars(
                    select(Agreement)
                    .where(Agreement.resident_id == resident_id, Agreement.status == "open")
                    .order_by(Agreement.created_at, Agreement.position)
                )
            )
            facts = [
                Fact(f.id, f.text, f.category_id, f.created_at.date())
                for f in s.scalars(
                    select(KnownFact).where(KnownFact.resident_id == resident_id).order_by(KnownFact.created_at)
                )
            ]
            return Background(
                r.id,
                r.display_name,
                earlier,
                open_agreements,
                r.consultant_count,
                facts,
                r.preferred_channel,
                r.language,
                r.brings_companion,
                r.preferred_place,
                last_checkout,
                returning,
                r.address_form,
            )

    def meeting_count(self, resident_id: int) -> int:
        with self._db.reading() as s:
            return s.scalar(select(func.count(Meeting.id)).where(Meeting.resident_id == resident_id)) or 0

    # --- agenda ---------------------------------------------------------------
    def add_agenda_item(self, meeting_id: int, text: str, proposed_by: str = "consultant") -> int:
        if proposed_by not in PROPOSERS:
            raise InvalidInput("proposed by consultant or resident")
        with self._db.session() as s:
            editable_meeting(s, meeting_id)
            last = s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id))
            item = AgendaItem(
                meeting_id=meeting_id,
                text=text,
                proposed_by=proposed_by,
                position=(last + 1) if last is not None else 0,
            )
            s.add(item)
            s.flush()
            return item.id

    def update_agenda_item(
        self, item_id: int, *, text: str | None = None, proposed_by: str | None = None, discussed: bool | None = None
    ) -> None:
        with self._db.session() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("no such agenda item")
            editable_meeting(s, item.meeting_id)
            if text is not None:
                item.text = text
            if proposed_by is not None:
                if proposed_by not in PROPOSERS:
                    raise InvalidInput("proposed by consultant or resident")
                item.proposed_by = proposed_by
            if discussed is not None:
                item.discussed = discussed

    def remove_agenda_item(self, item_id: int) -> None:
        with self._db.session() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                return
            editable_meeting(s, item.meeting_id)
            s.delete(item)

    def reorder_agenda(self, meeting_id: int, ordered_ids: list[int]) -> None:
        with self._db.session() as s:
            editable_meeting(s, meeting_id)
            items = {i.id: i for i in s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))}
            if set(ordered_ids) != set(items):
                raise InvalidInput("the new order must name every agenda item once")
            for position, item_id in enumerate(ordered_ids):
                items[item_id].position = position
