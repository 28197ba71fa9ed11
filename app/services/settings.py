"""Settings: read and write the values declared in app/settings.py.

Each value is stored as JSON in the ``setting`` table. Reading a setting that
has no row gives its default; a row that no longer fits its declaration (an
older or newer version wrote it, or someone edited the database) also gives
the default and is logged by key only, never by value.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from app import policy
from app import settings as registry
from app.models import Resident
from app.models import Setting as SettingRow
from app.settings import SettingError, SettingLocked
from app.storage.database import Database

log = logging.getLogger(__name__)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        spec = registry.spec(key)
        rule = policy.current()
        if rule.is_locked(key):
            return rule.values[key]
        with self._db.session() as s:
            raw = s.scalar(select(SettingRow.value).where(SettingRow.key == key))
        if raw is None and key in rule.values:
            return rule.values[key]  # IT's default until the consultant chooses
        return _decode(spec, raw)

    def all(self) -> dict[str, Any]:
        """Every declared setting with its current value."""
        with self._db.session() as s:
            rows = {k: v for k, v in s.execute(select(SettingRow.key, SettingRow.value))}
        rule = policy.current()
        result = {}
        for spec in registry.SETTINGS:
            raw = rows.get(spec.key)
            if rule.is_locked(spec.key) or (raw is None and spec.key in rule.values):
                result[spec.key] = rule.values[spec.key]
            else:
                result[spec.key] = _decode(spec, raw)
        return result

    def is_locked(self, key: str) -> bool:
        """Locked by the machine's policy (app/policy.py): shown but not changeable."""
        return policy.current().is_locked(key)

    def set(self, key: str, value: Any) -> None:
        spec = registry.spec(key)
        if policy.current().is_locked(key):
            raise SettingLocked(key)
        value = spec.validate(value)
        encoded = json.dumps(value, ensure_ascii=False)
        with self._db.session() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=encoded))
            else:
                row.value = encoded

    def reset(self, key: str) -> None:
        """Back to the default (the row is removed)."""
        registry.spec(key)
        with self._db.session() as s:
            row = s.get(SettingRow, key)
            if row is not None:
                s.delete(row)

    # --- backup reminder ------------------------------------------------------
    def record_backup(self, at: datetime | None = None) -> None:
        """Remember when the last good backup was made (UTC)."""
        at = (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.set("last_backup_at", at.isoformat())

    def last_backup_at(self) -> datetime | None:
        value = self.get("last_backup_at")
        if not value:
            return None
        at = datetime.fromisoformat(value)
        return at if at.tzinfo else at.replace(tzinfo=UTC)

    def backup_reminder_due(self, now: datetime | None = None) -> bool:
        """True when the last backup is older than backup_reminder_days, or when there has never been
        one and the oldest resident was added longer ago than that. On the very first start (nothing
        to lose yet) it is not due."""
        now = now or datetime.now(UTC)
        if now.tzinfo is None:
            now = now.astimezone(UTC)
        days = timedelta(days=int(self.get("backup_reminder_days")))
        last = self.last_backup_at()
        if last is not None:
            return now - last >= days
        with self._db.session() as s:
            oldest: datetime | None = s.scalar(select(func.min(Resident.created_at)))
        if oldest is None:
            return False
        return now.astimezone().replace(tzinfo=None) - oldest >= days  # created_at is local wall-clock time


def _decode(spec: registry.Setting, raw: str | None) -> Any:
    if raw is None:
        return spec.default
    try:
        return spec.validate(json.loads(raw))
    except (ValueError, SettingError):  # json.JSONDecodeError is a ValueError
        log.warning("stored value of setting %s is not valid; using the default", spec.key)
        return spec.default
