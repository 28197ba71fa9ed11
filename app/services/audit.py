"""The audit trail: prints, PDFs saved, exports, erasures, purges, backups and restores.

A row says what happened to which object and with what result, and when. It
never holds a name or any other text about a resident: only an action from a
fixed list, an object type, a numeric id and a short result code. The
validation below refuses anything else, so free text cannot slip in.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import AuditEvent
from app.storage.database import Database

ACTIONS = (
    "print",
    "save_pdf",
    "export",
    "erase",
    "purge",
    "backup",
    "handover_consent",
    "handover_export",
    "handover_import",
    "restore",
)
OBJECT_TYPES = ("", "resident", "meeting", "database")
RESULTS = ("ok", "failed", "refused", "cancelled")

_CODE = re.compile(r"^[a-z_]{0,50}$")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    action: str
    object_type: str
    object_id: int | None
    result: str


def _check(action: str, object_type: str, object_id: int | None, result: str) -> None:
    if action not in ACTIONS:
        raise InvalidInput(f"unknown audit action {action!r}")
    if object_type not in OBJECT_TYPES:
        raise InvalidInput(f"unknown audit object type {object_type!r}")
    if object_id is not None and (not isinstance(object_id, int) or isinstance(object_id, bool)):
        raise InvalidInput("an audit object id is a number")
    if result not in RESULTS or not _CODE.match(result):
        raise InvalidInput(f"unknown audit result {result!r}")


def add_event(
    session: Session, action: str, object_type: str = "", object_id: int | None = None, result: str = "ok"
) -> None:
    """Record inside a caller's unit of work, so the event and the change commit together."""
    _check(action, object_type, object_id, result)
    session.add(AuditEvent(action=action, object_type=object_type, object_id=object_id, result=result))


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, action: str, object_type: str = "", object_id: int | None = None, result: str = "ok") -> None:
        _check(action, object_type, object_id, result)
        with self._db.session() as s:
            add_event(s, action, object_type, object_id, result)

    def recent(self, limit: int = 100) -> list[AuditRow]:
        """Newest first."""
        with self._db.session() as s:
            return [
                AuditRow(e.id, e.at, e.action, e.object_type, e.object_id, e.result)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
            ]

    def query(
        self, start: date | None = None, end: date | None = None, actions: tuple[str, ...] | None = None
    ) -> list[AuditRow]:
        """Events from start up to and including end (dates, local day bounds as stored), of the given
        actions (all when None); oldest first, for the privacy officer (FG)."""
        q = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)
        if start is not None:
            q = q.where(AuditEvent.at >= datetime.combine(start, time.min))
        if end is not None:
            q = q.where(AuditEvent.at < datetime.combine(end + timedelta(days=1), time.min))
        if actions is not None:
            q = q.where(AuditEvent.action.in_(actions))
        with self._db.session() as s:
            return [AuditRow(e.id, e.at, e.action, e.object_type, e.object_id, e.result) for e in s.scalars(q)]

    @staticmethod
    def to_csv(rows: list[AuditRow], header: tuple[str, ...]) -> bytes:
        """When, action, object type, object id, result: codes from fixed lists and numbers, never free text."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for r in rows:
            writer.writerow(
                [
                    r.at.strftime("%Y-%m-%d %H:%M:%S"),
                    r.action,
                    r.object_type,
                    "" if r.object_id is None else r.object_id,
                    r.result,
                ]
            )
        return buffer.getvalue().encode("utf-8-sig")

    def for_objects(self, object_type: str, object_ids: list[int]) -> list[AuditRow]:
        """Events about the given objects, oldest first (for an access export)."""
        if not object_ids:
            return []
        with self._db.session() as s:
            return [
                AuditRow(e.id, e.at, e.action, e.object_type, e.object_id, e.result)
                for e in s.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.object_type == object_type, AuditEvent.object_id.in_(object_ids))
                    .order_by(AuditEvent.at, AuditEvent.id)
                )
            ]
