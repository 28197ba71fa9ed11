"""SQLAlchemy models and pure domain rules. No Qt."""

from app.models.base import Base
from app.models.core import AuditEvent, ConsultantProfile, Meeting, Resident, Setting

__all__ = ["AuditEvent", "Base", "ConsultantProfile", "Meeting", "Resident", "Setting"]
