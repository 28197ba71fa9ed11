"""The handover package: one resident, moved to the next consultant's Nabij with their consent.

What goes in (PAYLOAD_KEYS): the profile and preferences, the "niet opnieuw vragen" facts, the open
agreements, the handover note written together, the check-out trend (score and own words per held
meeting), and the last file-reading answer. Meeting notes and baggage never go in, except the items
the resident agreed to one by one (``Consent.shared_note_meetings`` / ``shared_baggage_marks``).

The consent is recorded (audit ``handover_consent``) before anything is read for the package. The
import checks every field before it writes, and writes the new resident in one transaction: a
refused package leaves the vault exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import InvalidInput
from app.models import Agreement, BaggageMark, KnownFact, Meeting, Resident
from app.models.base import now
from app.models.relationship import FileReading, Handover
from app.services import handover_package as package
from app.services.audit import add_event
from app.services.caseload import ResidentInput
from app.storage.database import Database
from app.vocabulary import Owner

MAX_TEXT = 100_000  # per text field; a 100k-character note must survive
MAX_ITEMS = 500  # per list
PAYLOAD_KEYS = frozenset(
    {
        "made_at",
        "resident",
        "facts",
        "agreements",
        "handover_note",
        "checkout_trend",
        "file_reading",
        "shared_notes",
        "shared_baggage",
    }
)


@dataclass(frozen=True)
class Consent:
    """What the resident agreed to. ``given`` must be True; the rest is item by item."""

    given: bool
    shared_note_meetings: frozenset[int] = field(default_factory=frozenset)
    shared_baggage_marks: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class NoteChoice:
    """A meeting's notes, offered to the resident one by one (never ticked unless they agree)."""

    meeting_id: int
    held_on: datetime
    notes: str


@dataclass(frozen=True)
class BaggageChoice:
    mark_id: int
    held_on: datetime
    category_id: str
    kind: str
    note: str


@dataclass(frozen=True)
class Outline:
    """What a package of this resident would hold, counted, plus what may go in item by item."""

    display_name: str
    facts: int
    open_agreements: int
    has_handover_note: bool
    checkouts: int
    has_file_reading: bool
    notes: tuple[NoteChoice, ...]
    baggage: tuple[BaggageChoice, ...]


@dataclass(frozen=True)
class Sealed:
    data: bytes
    passphrase: str  # one time: shown on screen or read out by phone, never stored


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


class HandoverService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the sending side ---------------------------------------------------

    def outline(self, resident_id: int) -> Outline:
        """For the export dialog: shows what goes in; reads nothing into a package, records nothing."""
        with self._db.reading() as s:
            r = s.get(Resident, resident_id)
            if r is None:
                raise InvalidInput("no such resident", code="not_found")
            meetings = list(
                s.scalars(select(Meeting).where(Meeting.resident_id == resident_id).order_by(Meeting.starts_at))
            )
            ids = [m.id for m in meetings]
            when = {m.id: m.starts_at for m in meetings}
            note = s.scalar(select(Handover.text).where(Handover.resident_id == resident_id).limit(1))
            return Outline(
                display_name=r.display_name,
                facts=len(list(s.scalars(select(KnownFact.id).where(KnownFact.resident_id == resident_id)))),
                open_agreements=len(
                    list(
                        s.scalars(
                            select(Agreement.id).where(Agreement.resident_id == resident_id, Agreement.status == "open")
                        )
                    )
                ),
                has_handover_note=note is not None,
                checkouts=sum(
                    1
                    for m in meetings
                    if m.status == "closed" and (m.checkout_score is not None or m.checkout_words.strip())
                ),
                has_file_reading=s.scalar(select(FileReading.id).where(FileReading.meeting_id.in_(ids)).limit(1))
                is not None,
                notes=tuple(NoteChoice(m.id, m.starts_at, m.notes) for m in meetings if m.notes.strip()),
                baggage=tuple(
                    BaggageChoice(b.id, when[b.meeting_id], b.category_id, b.kind, b.note)
                    for b in s.scalars(
                        select(BaggageMark).where(BaggageMark.meeting_id.in_(ids)).order_by(BaggageMark.id)
                    )
                ),
            )

    def collect(self, resident_id: int, consent: Consent) -> dict[str, Any]:
        if not consent.given:
            raise InvalidInput("no consent", code="handover.no_consent")
        with self._db.session() as s:  # consent first, in its own unit: it stands even if the export fails
            if s.get(Resident, resident_id) is None:
                raise InvalidInput("no such resident", code="not_found")
            add_event(s, "handover_consent", "resident", resident_id)
        with self._db.reading() as s:
            r = s.get(Resident, resident_id)
            assert r is not None
            meetings = list(
                s.scalars(select(Meeting).where(Meeting.resident_id == resident_id).order_by(Meeting.starts_at))
            )
            ids = [m.id for m in meetings]
            held = [m for m in meetings if m.status == "closed" and m.not_held is None]
            readings = {f.meeting_id: f for f in s.scalars(select(FileReading).where(FileReading.meeting_id.in_(ids)))}
            last_reading = next((readings[m.id] for m in reversed(meetings) if m.id in readings), None)
            marks = list(
                s.scalars(
                    select(BaggageMark).where(
                        BaggageMark.meeting_id.in_(ids), BaggageMark.id.in_(consent.shared_baggage_marks)
                    )
                )
            )
            when = {m.id: m.starts_at for m in meetings}
            note = s.scalar(
                select(Handover)
                .where(Handover.resident_id == resident_id)
                .order_by(Handover.created_at.desc())
                .limit(1)
            )
            return {
                "made_at": now().isoformat(),
                "resident": {
                    "display_name": r.display_name,
                    "initials": r.initials,
                    "address_form": r.address_form,
                    "preferred_channel": r.preferred_channel,
                    "language": r.language,
                    "brings_companion": r.brings_companion,
                    "preferred_place": r.preferred_place,
                    "consultant_count": r.consultant_count,
                },
                "facts": [
                    {"text": f.text, "category_id": f.category_id, "noted_on": _iso(f.created_at.date())}
                    for f in s.scalars(
                        select(KnownFact).where(KnownFact.resident_id == resident_id).order_by(KnownFact.created_at)
                    )
                ],
                "agreements": [
                    {"text": a.text, "owner": a.owner, "due": _iso(a.due), "made_on": _iso(a.created_at.date())}
                    for a in s.scalars(
                        select(Agreement)
                        .where(Agreement.resident_id == resident_id, Agreement.status == "open")
                        .order_by(Agreement.created_at, Agreement.position)
                    )
                ],
                "handover_note": None if note is None else {"text": note.text, "resident_wishes": note.resident_wishes},
                "checkout_trend": [
                    {"held_on": _iso(m.starts_at), "score": m.checkout_score, "words": m.checkout_words}
                    for m in held
                    if m.checkout_score is not None or m.checkout_words.strip()
                ],
                "file_reading": None
                if last_reading is None
                else {
                    "what_i_read": last_reading.what_i_read,
                    "why": last_reading.why,
                    "resident_agrees": last_reading.resident_agrees,
                    "correction": last_reading.correction,
                },
                "shared_notes": [
                    {"held_on": _iso(m.starts_at), "text": m.notes}
                    for m in meetings
                    if m.id in consent.shared_note_meetings and m.notes.strip()
                ],
                "shared_baggage": [
                    {"category_id": b.category_id, "kind": b.kind, "note": b.note, "held_on": _iso(when[b.meeting_id])}
                    for b in marks
                ],
            }

    def export(self, resident_id: int, consent: Consent, path: Path | None = None) -> Sealed:
        """Seal the package; with ``path``, write it there (atomically) before the export is audited."""
        payload = self.collect(resident_id, consent)
        passphrase = package.new_passphrase()
        data = package.seal(payload, passphrase)
        if path is not None:
            package.write(path, data)
        with self._db.session() as s:
            add_event(s, "handover_export", "resident", resident_id)
        return Sealed(data, passphrase)

    # --- the receiving side ---------------------------------------------------

    def import_(self, data: bytes, passphrase: str) -> int:
        """A new resident from the package, history marked handed over. PackageRefused: nothing written."""
        # A refusal writes nothing at all, not even an audit row: the UI says why, the vault stays as it was.
        payload = package.unseal(data, passphrase)
        try:
            checked = _check(payload)
        except (KeyError, TypeError, ValueError) as exc:
            raise package.PackageRefused("damaged", "payload fields") from exc
        return self._write(checked)

    def _write(self, p: dict[str, Any]) -> int:
        arrived = now()
        with self._db.session() as s:
            r = p["resident"]
            resident = Resident(
                display_name=r["display_name"],
                initials=r["initials"],
                address_form=r["address_form"],
                preferred_channel=r["preferred_channel"],
                language=r["language"],
                brings_companion=r["brings_companion"],
                preferred_place=r["preferred_place"],
                consultant_count=r["consultant_count"] + 1,  # the previous one, and now you
            )
            s.add(resident)
            s.flush()

            def handed_over(starts_at: datetime, **values: Any) -> Meeting:
                m = Meeting(
                    resident_id=resident.id,
                    starts_at=starts_at,
                    status="closed",
                    closed_at=starts_at,
                    handed_over_at=arrived,
                    **values,
                )
                s.add(m)
                s.flush()
                return m

            for point in p["checkout_trend"]:
                handed_over(point["held_on"], checkout_score=point["score"], checkout_words=point["words"])
            notes = {n["held_on"]: n["text"] for n in p["shared_notes"]}
            handover = handed_over(datetime.fromisoformat(p["made_at"]), notes="\n\n".join(notes.values()))
            if p["handover_note"] is not None:
                s.add(Handover(resident_id=resident.id, **p["handover_note"]))
            for f in p["facts"]:
                s.add(
                    KnownFact(
                        resident_id=resident.id, meeting_id=handover.id, category_id=f["category_id"], text=f["text"]
                    )
                )
            for i, a in enumerate(p["agreements"]):
                s.add(
                    Agreement(
                        resident_id=resident.id,
                        meeting_id=handover.id,
                        position=i,
                        text=a["text"],
                        owner=a["owner"],
                        due=a["due"],
                    )
                )
            for b in p["shared_baggage"]:
                if not s.scalar(
                    select(BaggageMark.id).where(
                        BaggageMark.meeting_id == handover.id, BaggageMark.category_id == b["category_id"]
                    )
                ):
                    s.add(
                        BaggageMark(
                            meeting_id=handover.id, category_id=b["category_id"], kind=b["kind"], note=b["note"]
                        )
                    )
                    s.flush()
            fr = p["file_reading"]
            if fr is not None:
                s.add(FileReading(meeting_id=handover.id, **fr))
            add_event(s, "handover_import", "resident", resident.id)
            return resident.id


# --- checking a payload field by field, before anything is written -------------------


def _text(value: object, *, optional: bool = False, limit: int = MAX_TEXT) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("not a text of allowed length")
    return value


def _list(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS or not all(isinstance(v, dict) for v in value):
        raise ValueError("not a list of objects")
    return value


def _when(value: object) -> datetime:
    return datetime.fromisoformat(_text(value, limit=40))


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(_text(value, limit=20))


def _check(p: dict[str, Any]) -> dict[str, Any]:
    if set(p) != PAYLOAD_KEYS:
        raise ValueError("unexpected keys")
    r = p["resident"]
    if not isinstance(r, dict):
        raise TypeError("resident")
    count = r["consultant_count"]
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count < 1000:
        raise ValueError("consultant_count")
    companion = r["brings_companion"]
    if companion is not None and not isinstance(companion, bool):
        raise TypeError("brings_companion")
    profile = ResidentInput(
        display_name=_text(r["display_name"], limit=1000),
        initials=_text(r["initials"], limit=20),
        address_form=_text(r["address_form"], limit=2),
        preferred_channel=_text(r["preferred_channel"], optional=True, limit=20),
        language=_text(r["language"], limit=50),
        brings_companion=companion,
        preferred_place=_text(r["preferred_place"], optional=True, limit=20),
        consultant_count=count,
    )
    profile.validate()  # InvalidInput is a ValueError
    out: dict[str, Any] = {"made_at": _when(p["made_at"]).isoformat()}
    note = p["handover_note"]
    if note is not None:
        if not isinstance(note, dict) or set(note) != {"text", "resident_wishes"}:
            raise ValueError("handover_note")
        note = {"text": _text(note["text"]), "resident_wishes": _text(note["resident_wishes"])}
    out["handover_note"] = note
    out["resident"] = {**r}
    out["facts"] = [
        {"text": _text(f["text"]), "category_id": _text(f["category_id"], optional=True, limit=100)}
        for f in _list(p["facts"])
    ]
    agreements = []
    for a in _list(p["agreements"]):
        if a["owner"] not in tuple(Owner):
            raise ValueError("owner")
        agreements.append({"text": _text(a["text"]), "owner": a["owner"], "due": _day(a["due"])})
    out["agreements"] = agreements
    trend = []
    for t in _list(p["checkout_trend"]):
        score = t["score"]
        if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
            raise ValueError("score")
        trend.append({"held_on": _when(t["held_on"]), "score": score, "words": _text(t["words"])})
    out["checkout_trend"] = trend
    fr = p["file_reading"]
    if fr is not None:
        if not isinstance(fr, dict) or set(fr) != {"what_i_read", "why", "resident_agrees", "correction"}:
            raise ValueError("file_reading")
        agrees = fr["resident_agrees"]
        if agrees is not None and not isinstance(agrees, bool):
            raise TypeError("resident_agrees")
        fr = {
            "what_i_read": _text(fr["what_i_read"]),
            "why": _text(fr["why"]),
            "resident_agrees": agrees,
            "correction": _text(fr["correction"]),
        }
    out["file_reading"] = fr
    out["shared_notes"] = [
        {"held_on": _text(n["held_on"], limit=40), "text": _text(n["text"])} for n in _list(p["shared_notes"])
    ]
    shared = []
    for b in _list(p["shared_baggage"]):
        if b["kind"] not in ("life_story", "system_critique"):
            raise ValueError("kind")
        shared.append({"category_id": _text(b["category_id"], limit=100), "kind": b["kind"], "note": _text(b["note"])})
    out["shared_baggage"] = shared
    return out
