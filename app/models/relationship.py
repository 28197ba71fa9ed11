"""The working relationship over time, and the team's learning loop (issue 10)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, now

SELF_CHECK_ANSWERS = (1, 2, 3)  # 1 not really, 2 partly, 3 yes


class FileReading(Base):
    """'Wat ik in je dossier las': what the consultant read in the file and why, and the resident's answer."""

    __tablename__ = "file_reading"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    what_i_read: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    resident_agrees: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # "klopt dit?"
    correction: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)


class SelfCheck(Base):
    """The consultant's private look back at one meeting. Exported only anonymously, on request."""

    __tablename__ = "self_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    real_conversation: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shared_goal: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approach_fit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)


class Signal(Base):
    """Anonymised system critique for the team. Deliberately no link to a resident or meeting."""

    __tablename__ = "team_signal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_id: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    team: Mapped[str] = mapped_column(String(200), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Handover(Base):
    """A handover summary written together with the resident, for the next consultant."""

    __tablename__ = "handover"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    resident_wishes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)
