"""What undo and redo need from storage: a deleted row kept whole, put back as it was; an edit
that says what it replaced.

The UI keeps one undo stack per meeting (app/ui/undo.py). Deleting through here returns the row as
stored, every column (its id, position, timestamps); restoring inserts exactly that row again, so
delete-then-undo leaves the stored data identical. Only the rows a consultant writes in a meeting
are covered: agreements, agenda items, facts ("niet opnieuw vragen"), sphere lines, and the
meeting's own texts (edits only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import AgendaItem, Agreement, KnownFact, Meeting, SphereEntry
from app.models.base import Base
from app.models.consultation import PROPOSERS, SPHERE_KINDS
from app.services.meetings import TEXT_FIELDS, editable_meeting
from app.storage.database import Database
from app.vocabulary import AgreementStatus, Owner

MODELS: dict[str, type[Base]] = {
    "agreement": Agreement,
    "agenda_item": AgendaItem,
    "known_fact": KnownFact,
    "sphere_entry": SphereEntry,
    "meeting": Meeting,
}
DELETABLE = ("agreement", "agenda_item", "known_fact", "sphere_entry")
EDITABLE: dict[str, frozenset[str]] = {
    "agreement": frozenset({"text", "owner", "due", "status"}),
    "agenda_item": frozenset({"text", "proposed_by", "discussed"}),
    "known_fact": frozenset({"text"}),
    "sphere_entry": frozenset({"text", "kind", "referral_id"}),
    "meeting": frozenset(TEXT_FIELDS),
}

Value = str | int | bool | date | datetime | None


@dataclass(frozen=True)
class RowSnapshot:
    """One row as stored: every column and its value."""

    kind: str
    values: tuple[tuple[str, Value], ...]

    @property
    def id(self) -> int:
        value = dict(self.values)["id"]
        assert isinstance(value, int)
        return value

    def as_dict(self) -> dict[str, Value]:
        return dict(self.values)


def _columns(model: type[Base]) -> list[str]:
    return [c.key for c in sa_inspect(model).column_attrs]


def _snapshot(kind: str, row: Any) -> RowSnapshot:
    return RowSnapshot(kind, tuple((name, getattr(row, name)) for name in _columns(MODELS[kind])))


def _check_editable(s: Session, kind: str, row: Any, fields: set[str]) -> None:
    """The same rule as the services that write these rows: a closed meeting is read-only (an
    agreement's status may change from a later meeting; a fact may be removed at any time)."""
    if kind == "known_fact":
        return
    if kind == "meeting":
        editable_meeting(s, row.id)
    elif kind == "agreement" and fields <= {"status"}:
        return
    else:
        editable_meeting(s, row.meeting_id)


def _validate(kind: str, values: dict[str, Any]) -> None:
    unknown = set(values) - EDITABLE[kind]
    if unknown:
        raise InvalidInput(f"not editable: {sorted(unknown)}")
    checks = {
        "owner": tuple(Owner),
        "status": tuple(AgreementStatus),
        "proposed_by": PROPOSERS,
        "kind": SPHERE_KINDS,
    }
    for key, allowed in checks.items():
        if key in values and values[key] not in allowed:
            raise InvalidInput(f"{key} is one of {', '.join(allowed)}")


class UndoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def snapshot(self, kind: str, row_id: int) -> RowSnapshot | None:
        with self._db.reading() as s:
            row = s.get(MODELS[kind], row_id)
            return None if row is None else _snapshot(kind, row)

    def delete(self, kind: str, row_id: int) -> RowSnapshot:
        """Delete the row; returns it as it was stored, to give to ``restore``."""
        if kind not in DELETABLE:
            raise InvalidInput(f"{kind} rows are not deleted here")
        with self._db.session() as s:
            row = s.get(MODELS[kind], row_id)
            if row is None:
                raise NotFound(f"no such {kind}")
            _check_editable(s, kind, row, set())
            snap = _snapshot(kind, row)
            s.delete(row)
            return snap

    def restore(self, snap: RowSnapshot) -> int:
        """Insert the row again, with every value it had. Its id too, unless another row took it
        meanwhile (then a new id, returned)."""
        model = MODELS[snap.kind]
        values = snap.as_dict()
        with self._db.session() as s:
            if "meeting_id" in values and values["meeting_id"] is not None and snap.kind != "known_fact":
                editable_meeting(s, int(values["meeting_id"]))  # type: ignore[arg-type]
            if s.get(model, values["id"]) is not None:
                values.pop("id")
            row = model(**values)
            s.add(row)
            s.flush()
            return int(row.id)  # type: ignore[attr-defined]

    def update(self, kind: str, row_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """Write ``values`` into the row; returns what they replaced (for undo)."""
        _validate(kind, values)
        with self._db.session() as s:
            row = s.get(MODELS[kind], row_id)
            if row is None:
                raise NotFound(f"no such {kind}")
            _check_editable(s, kind, row, set(values))
            old = {key: getattr(row, key) for key in values}
            for key, value in values.items():
                setattr(row, key, value)
            return old
