"""Gesprek: prompts ticked as used, baggage marks, facts not to ask again, the sphere of influence."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from app.errors import InvalidInput, NotFound
from app.models import BaggageMark, KnownFact, PromptUse, ReferralEntry, SphereEntry
from app.models.consultation import BAGGAGE_KINDS, SPHERE_KINDS
from app.services.meetings import editable_meeting
from app.storage.database import Database


class ConversationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set_prompt_used(self, meeting_id: int, prompt_id: str, used: bool) -> None:
        with self._db.session() as s:
            editable_meeting(s, meeting_id)
            s.execute(delete(PromptUse).where(PromptUse.meeting_id == meeting_id, PromptUse.prompt_id == prompt_id))
            if used:
                s.add(PromptUse(meeting_id=meeting_id, prompt_id=prompt_id))

    def set_baggage(self, meeting_id: int, category_id: str, kind: str, ticked: bool, note: str = "") -> None:
        if kind not in BAGGAGE_KINDS:
            raise InvalidInput("unknown baggage kind")
        with self._db.session() as s:
            editable_meeting(s, meeting_id)
            mark = s.scalar(
                select(BaggageMark).where(BaggageMark.meeting_id == meeting_id, BaggageMark.category_id == category_id)
            )
            if ticked and mark is None:
                s.add(BaggageMark(meeting_id=meeting_id, category_id=category_id, kind=kind, note=note))
            elif ticked and mark is not None:
                mark.note = note
            elif not ticked and mark is not None:
                s.delete(mark)

    def dont_ask_again(self, meeting_id: int, text: str, category_id: str | None = None) -> int:
        """Record a fact the resident told already; it shows in their voorkennis from now on."""
        with self._db.session() as s:
            meeting = editable_meeting(s, meeting_id)
            existing = None
            if category_id is not None:
                existing = s.scalar(
                    select(KnownFact).where(
                        KnownFact.resident_id == meeting.resident_id, KnownFact.category_id == category_id
                    )
                )
            if existing is not None:
                existing.text = text
                return existing.id
            fact = KnownFact(resident_id=meeting.resident_id, meeting_id=meeting_id, category_id=category_id, text=text)
            s.add(fact)
            s.flush()
            return fact.id

    def forget_fact(self, fact_id: int) -> None:
        with self._db.session() as s:
            fact = s.get(KnownFact, fact_id)
            if fact is not None:
                s.delete(fact)

    def add_sphere_entry(self, meeting_id: int, kind: str, text: str, referral_id: int | None = None) -> int:
        if kind not in SPHERE_KINDS:
            raise InvalidInput("will, wont or cant")
        with self._db.session() as s:
            editable_meeting(s, meeting_id)
            if referral_id is not None and s.get(ReferralEntry, referral_id) is None:
                raise NotFound("no such referral")
            last = s.scalar(select(func.max(SphereEntry.position)).where(SphereEntry.meeting_id == meeting_id))
            entry = SphereEntry(
                meeting_id=meeting_id,
                kind=kind,
                text=text,
                referral_id=referral_id,
                position=(last + 1) if last is not None else 0,
            )
            s.add(entry)
            s.flush()
            return entry.id

    def remove_sphere_entry(self, entry_id: int) -> None:
        with self._db.session() as s:
            entry = s.get(SphereEntry, entry_id)
            if entry is None:
                return
            editable_meeting(s, entry.meeting_id)
            s.delete(entry)
