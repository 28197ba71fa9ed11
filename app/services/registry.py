"""Every service over one open database, built once after unlock and passed to the views."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.caseload import CaseloadService
from app.services.conversation import ConversationService
from app.services.meetings import MeetingService
from app.services.preparation import PreparationService
from app.services.profile import ProfileService
from app.services.referrals import ReferralService
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

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db=db,
            caseload=CaseloadService(db),
            meetings=MeetingService(db),
            preparation=PreparationService(db),
            conversation=ConversationService(db),
            wrapup=WrapUpService(db),
            referrals=ReferralService(db),
            profile=ProfileService(db),
        )
