"""The working relationship over time: timeline, file reading, self-check, handover."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import Agreement, FileReading, Handover, Meeting, Resident, SelfCheck
from app.models.relationship import SELF_CHECK_ANSWERS
from app.services.meetings import editable_meeting
from app.services.sentinel import UNSET, Unset
from app.storage.database import Database
from app.vocabulary import AgreementStatus, Owner


@dataclass(frozen=True)
class TimelinePoint:
    meeting_id: int
    starts_at: datetime
    status: str
    feeling: int | None  # the check-out scale, 1-5


@dataclass(frozen=True)
class Timeline:
    resident_id: int
    points: list[TimelinePoint]
    # owner -> status -> count: reciprocity made visible (the resident's side and the consultant's)
    kept: dict[str, dict[str, int]]
    consultant_count: int

    def kept_ratio(self, owner: str) -> float | None:
        counts = self.kept[owner]
        settled = counts["done"] + counts["dropped"]
        return None if settled == 0 else counts["done"] / settled


@dataclass(frozen=True)
class FileReadingNote:
    meeting_id: int
    what_i_read: str = ""
    why: str = ""
    resident_agrees: bool | None = None
    correction: str = ""


@dataclass(frozen=True)
class SelfCheckAnswers:
    meeting_id: int
    real_conversation: int | None = None
    shared_goal: int | None = None
    approach_fit: int | None = None


@dataclass(frozen=True)
class HandoverNote:
    resident_id: int
    text: str = ""
    resident_wishes: str = ""
    updated_at: datetime | None = None
    open_agreements: list[str] = field(default_factory=list)


class RelationshipService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- timeline ---------------------------------------------------------------------
    def timeline(self, resident_id: int) -> Timeline:
        with self._db.session() as s:
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise NotFound("no such resident")
            points = [
                TimelinePoint(m.id, m.starts_at, m.status, m.checkout_score)
                for m in s.scalars(
                    select(Meeting)
                    .where(Meeting.resident_id == resident_id, Meeting.not_held.is_(None))  # held or to come
                    .order_by(Meeting.starts_at)
                )
            ]
            kept: dict[str, dict[str, int]] = {owner: dict.fromkeys(AgreementStatus, 0) for owner in Owner}
            for owner, status in s.execute(
                select(Agreement.owner, Agreement.status).where(Agreement.resident_id == resident_id)
            ):
                kept[owner][status] += 1
            return Timeline(resident_id, points, kept, resident.consultant_count)

    # --- what I read in your file ---------------------------------------------------------
    def file_reading(self, meeting_id: int) -> FileReadingNote:
        with self._db.reading() as s:
            row = s.scalar(select(FileReading).where(FileReading.meeting_id == meeting_id))
            if row is None:
                return FileReadingNote(meeting_id)
            return FileReadingNote(meeting_id, row.what_i_read, row.why, row.resident_agrees, row.correction)

    def save_file_reading(
        self,
        meeting_id: int,
        *,
        what_i_read: str | None = None,
        why: str | None = None,
        resident_agrees: bool | None | Unset = UNSET,
        correction: str | None = None,
    ) -> datetime:
        with self._db.session() as s:
            editable_meeting(s, meeting_id)
            row = s.scalar(select(FileReading).where(FileReading.meeting_id == meeting_id))
            if row is None:
                row = FileReading(meeting_id=meeting_id)
                s.add(row)
            if what_i_read is not None:
                row.what_i_read = what_i_read
            if why is not None:
                row.why = why
            if resident_agrees is not UNSET:
                row.resident_agrees = resident_agrees
            if correction is not None:
                row.correction = correction
        return datetime.now().replace(microsecond=0)

    # --- private self-check ----------------------------------------------------------------
    def self_check(self, meeting_id: int) -> SelfCheckAnswers:
        with self._db.session() as s:
            row = s.scalar(select(SelfCheck).where(SelfCheck.meeting_id == meeting_id))
            if row is None:
                return SelfCheckAnswers(meeting_id)
            return SelfCheckAnswers(meeting_id, row.real_conversation, row.shared_goal, row.approach_fit)

    def save_self_check(self, answers: SelfCheckAnswers) -> None:
        """Stored per meeting; allowed after the meeting is closed (it is a look back)."""
        for value in (answers.real_conversation, answers.shared_goal, answers.approach_fit):
            if value is not None and value not in SELF_CHECK_ANSWERS:
                raise InvalidInput("answers are 1 (not really), 2 (partly) or 3 (yes)")
        with self._db.session() as s:
            if s.get(Meeting, answers.meeting_id) is None:
                raise NotFound("no such meeting")
            row = s.scalar(select(SelfCheck).where(SelfCheck.meeting_id == answers.meeting_id))
            if row is None:
                row = SelfCheck(meeting_id=answers.meeting_id)
                s.add(row)
            row.real_conversation = answers.real_conversation
            row.shared_goal = answers.shared_goal
            row.approach_fit = answers.approach_fit

    def self_check_export_csv(self) -> str:
        """Anonymous: per month, how often each answer was given. No ids, names, dates or text."""
        with self._db.session() as s:
            rows = s.execute(
                select(
                    Meeting.starts_at, SelfCheck.real_conversation, SelfCheck.shared_goal, SelfCheck.approach_fit
                ).join(Meeting, Meeting.id == SelfCheck.meeting_id)
            ).all()
        counts: dict[tuple[str, str, int], int] = {}
        for starts_at, *answers in rows:
            month = starts_at.strftime("%Y-%m")
            for question, answer in zip(("real_conversation", "shared_goal", "approach_fit"), answers, strict=True):
                if answer is not None:
                    counts[(month, question, answer)] = counts.get((month, question, answer), 0) + 1
        lines = ["period,question,answer,count"]
        lines += [f"{m},{q},{a},{n}" for (m, q, a), n in sorted(counts.items())]
        return "\n".join(lines) + "\n"

    # --- handover -----------------------------------------------------------------------------
    def handover(self, resident_id: int) -> HandoverNote:
        with self._db.session() as s:
            row = s.scalar(
                select(Handover)
                .where(Handover.resident_id == resident_id)
                .order_by(Handover.created_at.desc())
                .limit(1)
            )
            open_agreements = list(
                s.scalars(
                    select(Agreement.text)
                    .where(Agreement.resident_id == resident_id, Agreement.status == "open")
                    .order_by(Agreement.created_at)
                )
            )
            if row is None:
                return HandoverNote(resident_id, open_agreements=open_agreements)
            return HandoverNote(resident_id, row.text, row.resident_wishes, row.updated_at, open_agreements)

    def save_handover(self, resident_id: int, text: str, resident_wishes: str) -> datetime:
        with self._db.session() as s:
            if s.get(Resident, resident_id) is None:
                raise NotFound("no such resident")
            row = s.scalar(
                select(Handover)
                .where(Handover.resident_id == resident_id)
                .order_by(Handover.created_at.desc())
                .limit(1)
            )
            if row is None:
                row = Handover(resident_id=resident_id)
                s.add(row)
            row.text, row.resident_wishes = text, resident_wishes
        return datetime.now().replace(microsecond=0)


def today_period(today: date | None = None) -> str:
    return (today or date.today()).strftime("%Y-%m")
