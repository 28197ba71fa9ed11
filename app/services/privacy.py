"""The resident's rights and the consultant's duties of care: retention and purge, erasure,
access export (AVG art. 15), and backups.

Deleting goes through app.storage.erase (secure_delete, a rewritten full-text
index, VACUUM and an emptied WAL), so an erased resident cannot be recovered
from the database even with its key. Every purge, erasure, export and backup
is recorded in the audit table by id only.

Backups made before an erasure or purge still hold the resident: the UI
should say so, and offer to make a new backup.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import InstrumentedAttribute

from app.content.model import BaggageCategory, Library, LifeDomain
from app.errors import InvalidInput, NotFound
from app.models import (
    AgendaItem,
    Agreement,
    AuditEvent,
    BaggageMark,
    FileReading,
    Handover,
    KnownFact,
    Meeting,
    PromptUse,
    ReferralEntry,
    Resident,
    SphereEntry,
)
from app.models.base import Base
from app.models.rules import keep_until
from app.services.audit import AuditService, add_event
from app.services.profile import ProfileService
from app.services.settings import SettingsService
from app.storage import backup as backup_store
from app.storage import erase
from app.storage.database import Database
from app.storage.keyfile import KdfParams

# the rows the access export gathers per meeting
_M = TypeVar("_M", AgendaItem, Agreement, BaggageMark, SphereEntry, PromptUse, FileReading)

EXPORT_FORMAT = "nabij-access-export"
EXPORT_VERSION = 1


# --- retention and purge -----------------------------------------------------------


@dataclass(frozen=True)
class RetentionRow:
    resident_id: int
    display_name: str  # for the consultant's screen only; never logged or audited
    last_contact: datetime
    retention_date: date
    meeting_count: int


@dataclass(frozen=True)
class PurgeResult:
    purged: list[int]
    skipped: list[int]  # not (or no longer) due: left alone
    scrub: erase.ScrubResult | None


class RetentionService:
    """Each resident is kept until ``retention_months`` after the last contact.

    Last contact is the start of their latest closed meeting, or when they
    were added if they have none. A resident with a meeting that is not
    closed (planned or in progress) is never due: contact has not ended.
    """

    def __init__(self, db: Database, settings: SettingsService | None = None) -> None:
        self._db = db
        self._settings = settings or SettingsService(db)

    def months(self) -> int:
        months: int = self._settings.get("retention_months")  # the registry declares it an int
        return months

    def _rows(self, resident_ids: list[int] | None = None) -> list[tuple[RetentionRow, bool]]:
        months = self.months()
        with self._db.session() as s:
            last = (
                select(Meeting.resident_id, func.max(Meeting.starts_at).label("last_at"))
                .where(Meeting.status == "closed")
                .group_by(Meeting.resident_id)
                .subquery()
            )
            counts = (
                select(Meeting.resident_id, func.count(Meeting.id).label("n")).group_by(Meeting.resident_id).subquery()
            )
            current = (
                select(Meeting.resident_id, func.count(Meeting.id).label("open_n"))
                .where(Meeting.status != "closed")
                .group_by(Meeting.resident_id)
                .subquery()
            )
            stmt = (
                select(
                    Resident.id,
                    Resident.display_name,
                    Resident.created_at,
                    last.c.last_at,
                    counts.c.n,
                    current.c.open_n,
                )
                .outerjoin(last, last.c.resident_id == Resident.id)
                .outerjoin(counts, counts.c.resident_id == Resident.id)
                .outerjoin(current, current.c.resident_id == Resident.id)
            )
            if resident_ids is not None:
                stmt = stmt.where(Resident.id.in_(resident_ids))
            out = []
            for rid, name, created, last_at, n, open_n in s.execute(stmt):
                contact = last_at or created
                out.append((RetentionRow(rid, name, contact, keep_until(contact, months), n or 0), bool(open_n)))
            return out

    def retention_date(self, resident_id: int) -> date:
        rows = self._rows([resident_id])
        if not rows:
            raise NotFound("no such resident")
        return rows[0][0].retention_date

    def due_for_purge(self, today: date | None = None) -> list[RetentionRow]:
        """Residents whose retention date has passed, oldest date first."""
        today = today or date.today()
        due = [row for row, has_current in self._rows() if not has_current and row.retention_date < today]
        return sorted(due, key=lambda r: (r.retention_date, r.resident_id))

    def purge(self, resident_ids: Iterable[int], today: date | None = None, *, vacuum: bool = True) -> PurgeResult:
        """Delete the given residents that are due, with all their data, beyond recovery.

        The UI offers an access export of each first. Ids that are not due
        (any more) are skipped, never deleted.
        """
        wanted = list(dict.fromkeys(int(i) for i in resident_ids))
        due = {r.resident_id for r in self.due_for_purge(today)}
        purged = [i for i in wanted if i in due]
        skipped = [i for i in wanted if i not in due]
        if not purged:
            return PurgeResult([], skipped, None)
        with self._db.session() as s:
            conn = s.connection()
            erase.begin_secure_delete(conn)
            s.execute(delete(Resident).where(Resident.id.in_(purged)))
            erase.flush_search_index(conn)
            for rid in purged:
                add_event(s, "purge", "resident", rid, "ok")
        return PurgeResult(purged, skipped, erase.scrub(self._db.engine, vacuum=vacuum))


# --- erasure ---------------------------------------------------------------------------


class NameMismatch(InvalidInput):
    code = "resident.name_mismatch"

    def __init__(self) -> None:
        super().__init__("The typed name does not match the resident's name exactly. Nothing was erased.")


@dataclass(frozen=True)
class ErasureResult:
    resident_id: int
    scrub: erase.ScrubResult


def _same_name(typed: str, stored: str) -> bool:
    return unicodedata.normalize("NFC", typed.strip()) == unicodedata.normalize("NFC", stored.strip())


class ErasureService:
    """Erase one resident and everything held about them, on their request (AVG art. 17)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def erase(self, resident_id: int, typed_name: str, *, vacuum: bool = True) -> ErasureResult:
        """Refuses (NameMismatch) unless ``typed_name`` is the display name exactly, after strip."""
        with self._db.session() as s:
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise NotFound("no such resident")
            matches = _same_name(typed_name or "", resident.display_name)
            if not matches:
                add_event(s, "erase", "resident", resident_id, "refused")
            else:
                conn = s.connection()
                erase.begin_secure_delete(conn)
                # meetings, agenda, agreements, baggage marks, facts, prompt uses and sphere
                # entries follow through ON DELETE CASCADE; triggers empty the search index
                s.execute(delete(Resident).where(Resident.id == resident_id))
                erase.flush_search_index(conn)
                add_event(s, "erase", "resident", resident_id, "ok")
        if not matches:
            raise NameMismatch()
        return ErasureResult(resident_id, erase.scrub(self._db.engine, vacuum=vacuum))


# --- access export -----------------------------------------------------------------------

# What the access export holds. Every column of every table reachable from a resident (through
# foreign keys to the resident, and on to the directory entries those rows point at), plus the
# audit rows that name the resident or their meetings by id, is either exported, under its own
# column name at the place given in EXPORTED_TABLES, or stands in NOT_EXPORTED with the reason.
# tests/privacy/test_export_coverage.py walks the models and fails on any column that is neither.
EXPORTED_TABLES: dict[str, str] = {
    "resident": "resident",
    "known_fact": "known_facts[]",
    "handover": "handovers[]",
    "meeting": "meetings[]",
    "agenda_item": "meetings[].agenda[]",
    "agreement": "meetings[].agreements[]",
    "baggage_mark": "meetings[].baggage[]",
    "sphere_entry": "meetings[].sphere[]",
    "prompt_use": "meetings[].prompts_used[]",
    "file_reading": "meetings[].file_reading",
    "audit_event": "audit[]",
}
# Columns exported under another name, beside the row that points at them.
EXPORTED_ELSEWHERE: dict[str, str] = {
    "referral.name": "meetings[].sphere[].referral",
}
_LISTED_UNDER_RESIDENT = "the resident's own id: the row is listed under the resident"
_LISTED_UNDER_MEETING = "the meeting's id: the row is listed under its meeting"
_DIRECTORY = (
    "the referral directory is shared by all residents and holds nothing about this one; the name "
    "of the entry a sphere item points to is exported with that item"
)
_SELF_CHECK = (
    "the consultant's private look back at their own way of working (three answers from 1 to 3, no "
    "text). It is about the consultant, not the resident, and Nabij tells the consultant that only "
    "they see it (AVG art. 15(4): the rights of others)"
)
NOT_EXPORTED: dict[str, str] = {
    "meeting.resident_id": _LISTED_UNDER_RESIDENT,
    "agreement.resident_id": _LISTED_UNDER_RESIDENT,
    "known_fact.resident_id": _LISTED_UNDER_RESIDENT,
    "handover.resident_id": _LISTED_UNDER_RESIDENT,
    "agreement.meeting_id": "the id of the meeting it was made in: the agreement is listed under that meeting",
    "agenda_item.meeting_id": _LISTED_UNDER_MEETING,
    "baggage_mark.meeting_id": _LISTED_UNDER_MEETING,
    "sphere_entry.meeting_id": _LISTED_UNDER_MEETING,
    "prompt_use.meeting_id": _LISTED_UNDER_MEETING,
    "file_reading.meeting_id": _LISTED_UNDER_MEETING,
    "audit_event.id": "a row number with no meaning; the event itself is exported",
    "referral.id": _DIRECTORY + " (its id is there as referral_id)",
    "referral.content_id": _DIRECTORY,
    "referral.purpose": _DIRECTORY,
    "referral.contact": _DIRECTORY,
    "referral.website": _DIRECTORY,
    "referral.last_checked": _DIRECTORY,
    "referral.retired": _DIRECTORY,
    "referral.discreet": _DIRECTORY,
    "self_check.id": _SELF_CHECK,
    "self_check.meeting_id": _SELF_CHECK,
    "self_check.real_conversation": _SELF_CHECK,
    "self_check.shared_goal": _SELF_CHECK,
    "self_check.approach_fit": _SELF_CHECK,
    "self_check.updated_at": _SELF_CHECK,
}


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _columns(row: Base) -> dict[str, Any]:
    """Every column of ``row`` that NOT_EXPORTED does not leave out, dates as ISO text.

    Generated from the model, so a column added later is exported unless it is listed there."""
    table = row.__table__
    assert isinstance(table, Table)
    out: dict[str, Any] = {}
    for column in table.columns:
        if f"{table.name}.{column.name}" in NOT_EXPORTED:
            continue
        value = getattr(row, column.key)
        out[column.name] = _iso(value) if isinstance(value, date) else value  # a datetime is a date too
    return out


class AccessExportService:
    """Everything held about one resident, as JSON or as a readable PDF (AVG art. 15).

    ``library`` (app.content.Library) is optional; with it, prompt and baggage
    ids also get their titles, so the resident can read what they mean.
    """

    def __init__(self, db: Database, library: Library | None = None, settings: SettingsService | None = None) -> None:
        self._db = db
        self._library = library
        self._settings = settings or SettingsService(db)

    def collect(self, resident_id: int) -> dict[str, Any]:
        months = self._settings.get("retention_months")
        # the controller (verwerkingsverantwoordelijke): the municipality the consultant works for
        municipality = ProfileService(self._db).get().municipality.strip()
        with self._db.session() as s:
            r = s.get(Resident, resident_id)
            if r is None:
                raise NotFound("no such resident")
            meetings = list(
                s.scalars(
                    select(Meeting).where(Meeting.resident_id == resident_id).order_by(Meeting.starts_at, Meeting.id)
                )
            )
            meeting_ids = [m.id for m in meetings]

            def by_meeting(model: type[_M], *order: InstrumentedAttribute[Any]) -> dict[int, list[_M]]:
                rows: dict[int, list[_M]] = {mid: [] for mid in meeting_ids}
                if meeting_ids:
                    for row in s.scalars(select(model).where(model.meeting_id.in_(meeting_ids)).order_by(*order)):
                        rows[row.meeting_id].append(row)
                return rows

            agenda = by_meeting(AgendaItem, AgendaItem.position, AgendaItem.id)
            agreements = by_meeting(Agreement, Agreement.position, Agreement.id)
            baggage = by_meeting(BaggageMark, BaggageMark.id)
            sphere = by_meeting(SphereEntry, SphereEntry.position, SphereEntry.id)
            prompts = by_meeting(PromptUse, PromptUse.prompt_id)
            readings = {mid: rows[0] for mid, rows in by_meeting(FileReading, FileReading.id).items() if rows}
            referral_names = {k: v for k, v in s.execute(select(ReferralEntry.id, ReferralEntry.name))}
            facts = list(
                s.scalars(
                    select(KnownFact)
                    .where(KnownFact.resident_id == resident_id)
                    .order_by(KnownFact.created_at, KnownFact.id)
                )
            )
            handovers = list(
                s.scalars(
                    select(Handover)
                    .where(Handover.resident_id == resident_id)
                    .order_by(Handover.created_at, Handover.id)
                )
            )
            events = list(
                s.scalars(
                    select(AuditEvent)
                    .where(
                        ((AuditEvent.object_type == "resident") & (AuditEvent.object_id == resident_id))
                        | ((AuditEvent.object_type == "meeting") & AuditEvent.object_id.in_(meeting_ids or [-1]))
                    )
                    .order_by(AuditEvent.at, AuditEvent.id)
                )
            )
            closed = [m.starts_at for m in meetings if m.status == "closed"]
            last_closed = max(closed) if closed else None

            data: dict[str, Any] = {
                "format": EXPORT_FORMAT,
                "version": EXPORT_VERSION,
                "generated_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "controller": {"municipality": municipality},
                "resident": _columns(r),
                "retention": {
                    "months": months,
                    "last_contact": _iso(last_closed or r.created_at),
                    "keep_until": _iso(keep_until(last_closed or r.created_at, months)),
                },
                "known_facts": [{**_columns(f), "category": self._baggage_title(f.category_id)} for f in facts],
                "handovers": [_columns(h) for h in handovers],
                "meetings": [
                    {
                        **_columns(m),
                        "agenda": [_columns(a) for a in agenda[m.id]],
                        "agreements": [_columns(a) for a in agreements[m.id]],
                        "baggage": [
                            {**_columns(b), "category": self._baggage_title(b.category_id)} for b in baggage[m.id]
                        ],
                        "sphere": [
                            {
                                **_columns(e),
                                "referral": referral_names.get(e.referral_id) if e.referral_id is not None else None,
                            }
                            for e in sphere[m.id]
                        ],
                        "prompts_used": [
                            {**_columns(p), "text": self._prompt_text(p.prompt_id)} for p in prompts[m.id]
                        ],
                        "file_reading": _columns(readings[m.id]) if m.id in readings else None,
                    }
                    for m in meetings
                ],
                "audit": [_columns(e) for e in events],
            }
        return data

    @staticmethod
    def to_json(data: dict[str, Any]) -> bytes:
        """UTF-8 JSON, readable, with a stable key order."""
        return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")

    @staticmethod
    def to_pdf(data: dict[str, Any], lang: str = "nl") -> bytes:
        from app.documents.access_export import build_access_export

        return build_access_export(data, lang=lang)

    def export_json(self, resident_id: int) -> bytes:
        """collect + to_json, audited ("export", "resident", id)."""
        payload = self.to_json(self.collect(resident_id))
        AuditService(self._db).record("export", "resident", resident_id, "ok")
        return payload

    def export_pdf(self, resident_id: int, lang: str = "nl") -> bytes:
        """collect + to_pdf, audited ("export", "resident", id)."""
        payload = self.to_pdf(self.collect(resident_id), lang)
        AuditService(self._db).record("export", "resident", resident_id, "ok")
        return payload

    # -- titles from the content library -----------------------------------------------
    def _prompt_text(self, prompt_id: str) -> str | None:
        if self._library is None:
            return None
        prompt = {p.id: p for p in self._library.prompts}.get(prompt_id)
        return prompt.text if prompt is not None else None

    def _baggage_title(self, category_id: str | None) -> str | None:
        if self._library is None or category_id is None:
            return None
        items: tuple[BaggageCategory | LifeDomain, ...] = (*self._library.baggage, *self._library.life_domains)
        for item in items:
            if item.id == category_id:
                return item.label
        return None


# --- backups -------------------------------------------------------------------------------


class BackupService:
    """Make a backup, record it in the audit table and remember when, for the reminder."""

    def __init__(
        self, db: Database, settings: SettingsService | None = None, audit: AuditService | None = None
    ) -> None:
        self.db = db
        self.settings = settings or SettingsService(db)
        self.audit = audit or AuditService(db)

    def make_backup(
        self,
        dest: Path,
        *,
        mode: backup_store.BackupMode = backup_store.BackupMode.SAME_KEY,
        passphrase: str | None = None,
        overwrite: bool = False,
        kdf: KdfParams | None = None,
    ) -> backup_store.BackupInfo:
        try:
            info = backup_store.create_backup(
                self.db, dest, mode=mode, passphrase=passphrase, overwrite=overwrite, kdf=kdf
            )
        except Exception:
            self.audit.record("backup", "database", None, "failed")
            raise
        self.audit.record("backup", "database", None, "ok")
        self.settings.record_backup(info.created_at)
        return info

    def reminder_due(self, now: datetime | None = None) -> bool:
        return self.settings.backup_reminder_due(now)

    def record_restore(self, ok: bool = True, backup_created_at: datetime | None = None) -> None:
        """Call on the database that is open after a restore (or on the current one when it failed).

        With ``backup_created_at`` (BackupInfo.created_at of the restored file) the reminder
        counts from that backup, not from whatever the restored copy remembered.
        """
        self.audit.record("restore", "database", None, "ok" if ok else "failed")
        if ok and backup_created_at is not None:
            self.settings.record_backup(backup_created_at)
