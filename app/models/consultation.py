"""What a meeting holds: agenda, agreements, baggage marks, prompt use, the sphere of influence,
plus the referral directory and the facts a resident need not tell again."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, now

PROPOSERS = ("consultant", "resident")
SPHERE_KINDS = ("will", "wont", "cant")
BAGGAGE_KINDS = ("life_story", "system_critique", "life_domain")


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    proposed_by: Mapped[str] = mapped_column(String(20), default="consultant")
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)
    discussed: Mapped[bool] = mapped_column(Boolean, default=False)


class Agreement(Base):
    """One agreement, one row: a later meeting updates the same row's status."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(20), default="resident")
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)


class BaggageMark(Base):
    """A baggage item ticked in a meeting (content id from the taxonomy or life domains)."""

    __tablename__ = "baggage_mark"
    __table_args__ = (UniqueConstraint("meeting_id", "category_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class KnownFact(Base):
    """Something the resident has told already: 'niet opnieuw vragen'."""

    __tablename__ = "known_fact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True)
    category_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class PromptUse(Base):
    """A prompt the consultant ticked as used: a reminder, never a score."""

    __tablename__ = "prompt_use"
    __table_args__ = (UniqueConstraint("meeting_id", "prompt_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    prompt_id: Mapped[str] = mapped_column(String(100))


class ReferralEntry(Base):
    """The editable referral directory (sociale kaart)."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_id: Mapped[str | None] = mapped_column(String(100), nullable=True, unique=True)
    name: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    last_checked: Mapped[date | None] = mapped_column(Date, nullable=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # None: as the bundled content says (113, Veilig Thuis, MIND...); True/False: the consultant's choice.
    discreet: Mapped[bool | None] = mapped_column(Boolean, nullable=True, default=None)


class SphereEntry(Base):
    """What I will do, won't do, can't do. A 'can't' may point to a referral."""

    __tablename__ = "sphere_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text, default="")
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id", ondelete="SET NULL"), nullable=True)
