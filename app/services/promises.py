"""Mijn toezeggingen: the consultant's own open promises across the caseload, the referrals to ask
after, and the residents' agreements that fall due before their next meeting.

Seed 001 asks consultants to follow up referrals and to send reminders; seed 000 to go from one-sided
to two-sided (wederkerig). So the consultant's "Ik doe…" is gathered in one place, overdue first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from app.models import Agreement, Meeting, ReferralEntry, Resident, SphereEntry
from app.storage.database import Database
from app.vocabulary import AgreementStatus, MeetingStatus, Owner


@dataclass(frozen=True)
class Promise:
    agreement_id: int
    resident_id: int
    resident_name: str
    address_form: str
    meeting_id: int
    meeting_on: date  # the meeting it was agreed in
    text: str
    owner: str
    due: date | None
    overdue: bool
    next_meeting_at: datetime | None  # the resident's next meeting still to come, if any


@dataclass(frozen=True)
class ReferralFollowUp:
    sphere_id: int
    resident_id: int
    resident_name: str
    meeting_id: int
    meeting_on: date
    text: str  # the "I can't" line
    referral_name: str


@dataclass(frozen=True)
class Promises:
    mine: list[Promise]  # owner consultant, open: overdue first, then by due date (no date last)
    referrals: list[ReferralFollowUp]  # from each resident's last held meeting
    residents_due: list[Promise]  # owner resident, open, due before their next meeting (or none planned)


def _order(p: Promise) -> tuple[bool, date, str, int]:
    return (not p.overdue, p.due or date.max, p.resident_name.casefold(), p.agreement_id)


class PromiseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, today: date | None = None) -> Promises:
        today = today or date.today()
        with self._db.reading() as s:
            next_at = {
                rid: at
                for rid, at in s.execute(
                    select(Meeting.resident_id, func.min(Meeting.starts_at))
                    .where(Meeting.status != MeetingStatus.CLOSED)
                    .group_by(Meeting.resident_id)
                )
            }
            rows = s.execute(
                select(Agreement, Resident.display_name, Resident.address_form, Meeting.starts_at)
                .join(Resident, Resident.id == Agreement.resident_id)
                .join(Meeting, Meeting.id == Agreement.meeting_id)
                .where(
                    Agreement.status == AgreementStatus.OPEN,
                    Agreement.owner.in_((Owner.CONSULTANT, Owner.RESIDENT)),
                )
            )
            mine: list[Promise] = []
            residents_due: list[Promise] = []
            for a, name, form, starts in rows:
                nxt = next_at.get(a.resident_id)
                p = Promise(
                    a.id,
                    a.resident_id,
                    name,
                    form,
                    a.meeting_id,
                    starts.date(),
                    a.text,
                    a.owner,
                    a.due,
                    a.due is not None and a.due < today,
                    nxt,
                )
                if a.owner == Owner.CONSULTANT:
                    mine.append(p)
                elif a.due is not None and (nxt is None or a.due < nxt.date()):
                    residents_due.append(p)
            last_held = (
                select(Meeting.resident_id, func.max(Meeting.starts_at).label("at"))
                .where(Meeting.status == MeetingStatus.CLOSED, Meeting.not_held.is_(None))
                .group_by(Meeting.resident_id)
                .subquery()
            )
            referrals = [
                ReferralFollowUp(e.id, rid, name, mid, starts.date(), e.text, ref)
                for e, rid, name, mid, starts, ref in s.execute(
                    select(
                        SphereEntry,
                        Resident.id,
                        Resident.display_name,
                        Meeting.id,
                        Meeting.starts_at,
                        ReferralEntry.name,
                    )
                    .join(Meeting, Meeting.id == SphereEntry.meeting_id)
                    .join(Resident, Resident.id == Meeting.resident_id)
                    .join(ReferralEntry, ReferralEntry.id == SphereEntry.referral_id)
                    .join(
                        last_held,
                        (last_held.c.resident_id == Meeting.resident_id) & (last_held.c.at == Meeting.starts_at),
                    )
                    .where(Meeting.status == MeetingStatus.CLOSED, Meeting.not_held.is_(None))
                    .order_by(Meeting.starts_at.desc(), SphereEntry.position, SphereEntry.id)
                )
            ]
        mine.sort(key=_order)
        residents_due.sort(key=_order)
        return Promises(mine, referrals, residents_due)
