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

__all__ = [
    "AgendaItem",
    "Agreement",
    "AuditEvent",
    "BaggageMark",
    "Base",
    "ConsultantProfile",
    "KnownFact",
    "Meeting",
    "PromptUse",
    "ReferralEntry",
    "Resident",
    "Setting",
    "SphereEntry",
]
