"""SQLAlchemy models and pure domain rules. No Qt."""

from app.models.base import Base
from app.models.consultation import (
    AgendaItem,
    Agreement,
    BaggageMark,
    KnownFact,
    PromptUse,
    ReferralEntry,
    SphereEntry,
)
from app.models.core import AuditEvent, ConsultantProfile, Meeting, Resident, Setting
from app.models.relationship import FileReading, Handover, SelfCheck, Signal

__all__ = [
    "AgendaItem",
    "Agreement",
    "AuditEvent",
    "BaggageMark",
    "Base",
    "ConsultantProfile",
    "FileReading",
    "Handover",
    "KnownFact",
    "Meeting",
    "PromptUse",
    "ReferralEntry",
    "Resident",
    "SelfCheck",
    "Setting",
    "Signal",
    "SphereEntry",
]
