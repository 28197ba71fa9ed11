"""The consultant profile, residents and meetings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, now

CHANNELS = ("mail", "whatsapp", "phone", "letter")


class ConsultantProfile(Base):
    """The one consultant who uses this data folder (row id 1)."""

    __tablename__ = "consultant_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")


class Resident(Base):
    """An inwoner. Data minimisation: no BSN; a name may be initials."""

    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(Text)
    initials: Mapped[str] = mapped_column(String(20), default="")
    address_form: Mapped[str] = mapped_column(String(2), default="je")
    client_number: Mapped[str | None] = mapped_column(String(50), nullable=True)
    preferred_channel: Mapped[str | None] = mapped_column(String(20), nullable=True)
    language: Mapped[str] = mapped_column(String(50), default="")
    brings_companion: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    preferred_place: Mapped[str | None] = mapped_column(String(20), nullable=True)
    consultant_count: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="resident", cascade="all, delete-orphan", passive_deletes=True, order_by="Meeting.starts_at"
    )


class Meeting(Base):
    """One appointment (gesprek) with a resident."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_resident_status_starts", "resident_id", "status", "starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(20), default="office")
    place_detail: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    goals: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    checkout_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checkout_words: Mapped[str] = mapped_column(Text, default="")
    handed_over_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # from a handover package
    # Not held: "cancelled" (afgezegd, with a reason) or "no_show" (niet gekomen); the meeting stays, closed.
    not_held: Mapped[str | None] = mapped_column(String(20), nullable=True)
    not_held_reason: Mapped[str] = mapped_column(Text, default="")
    not_held_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Verzet: when it was planned before the last change of date, and when that change was made.
    rescheduled_from: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    rescheduled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    went_well: Mapped[str] = mapped_column(Text, default="")
    could_improve: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    next_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    next_place: Mapped[str] = mapped_column(String(20), default="office")
    next_place_detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    resident: Mapped[Resident] = relationship(back_populates="meetings")


class Setting(Base):
    """One row per setting; the registry in app/settings.py declares them."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Prints, exports, erasures, purges, backups, restores. Never a name, only ids."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    action: Mapped[str] = mapped_column(String(50))
    object_type: Mapped[str] = mapped_column(String(50), default="")
    object_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    result: Mapped[str] = mapped_column(String(50), default="ok")
