"""The consultant's own profile (name and contact details on letters and slips)."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import ConsultantProfile
from app.storage.database import Database


@dataclass(frozen=True)
class Profile:
    name: str = ""
    phone: str = ""
    email: str = ""
    municipality: str = ""
    team: str = ""


class ProfileService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Profile:
        with self._db.session() as s:
            row = s.get(ConsultantProfile, 1)
            if row is None:
                return Profile()
            return Profile(row.name, row.phone, row.email, row.municipality, row.team)

    def save(self, profile: Profile) -> None:
        with self._db.session() as s:
            row = s.get(ConsultantProfile, 1) or ConsultantProfile(id=1)
            row.name, row.phone, row.email = profile.name, profile.phone, profile.email
            row.municipality, row.team = profile.municipality, profile.team
            s.add(row)
