"""Every service over one open database, built once after unlock and passed to the views."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.content.model import Library
from app.services.audit import AuditService
from app.services.caseload import CaseloadService
from app.services.conversation import ConversationService
from app.services.documents import DocumentService
from app.services.handover import HandoverService
from app.services.meetings import MeetingService
from app.services.preparation import PreparationService
from app.services.privacy import AccessExportService, BackupService, ErasureService, RetentionService
from app.services.profile import ProfileService
from app.services.promises import PromiseService
from app.services.referrals import ReferralService
from app.services.relationship import RelationshipService
from app.services.settings import SettingsService
from app.services.signals import SignalService
from app.services.undo import UndoService
from app.services.wrapup import WrapUpService
from app.storage.database import Database


@dataclass(frozen=True)
class Services:
    db: Database
    caseload: CaseloadService
    meetings: MeetingService
    preparation: PreparationService
    conversation: ConversationService
    wrapup: WrapUpService
    referrals: ReferralService
    profile: ProfileService
    relationship: RelationshipService
    signals: SignalService
    audit: AuditService
    settings: SettingsService
    retention: RetentionService
    erasure: ErasureService
    access_export: AccessExportService
    backup: BackupService
    documents: DocumentService
    handover: HandoverService
    promises: PromiseService
    undo: UndoService

    @contextmanager
    def read_together(self) -> Iterator[None]:
        """The services' reads in this block share one snapshot of the file (Database.read_together)."""
        with self.db.read_together():
            yield

    @classmethod
    def over(cls, db: Database, library: Library | None = None) -> Services:
        return cls(
            db=db,
            caseload=CaseloadService(db),
            meetings=MeetingService(db),
            preparation=PreparationService(db),
            conversation=ConversationService(db),
            wrapup=WrapUpService(db),
            referrals=ReferralService(db),
            profile=ProfileService(db),
            relationship=RelationshipService(db),
            signals=SignalService(db),
            audit=AuditService(db),
            settings=SettingsService(db),
            retention=RetentionService(db),
            erasure=ErasureService(db),
            access_export=AccessExportService(db, library),
            backup=BackupService(db),
            documents=DocumentService(db),
            handover=HandoverService(db),
            promises=PromiseService(db),
            undo=UndoService(db),
        )
