"""Team signals without a server: signed signal files from each consultant, merged by the team lead.

Each consultant exports the signals residents agreed to share, scrubbed as for the CSV
(app.services.signals.SignalService.shareable), into one JSON file signed with the team secret.
A team lead imports many such files: a file that was edited, is foreign or damaged is refused
with a reason; a signal in two files (the same consultant exported twice) is counted once.
Counts per category and month below the threshold k (at least 3) are hidden everywhere: in the
view, in the CSV and in the PDF, so a small count cannot point to one resident.

Why HMAC-SHA256 with a shared team secret and not Ed25519: the team shares one secret that the
team lead sets in everyone's Settings (said aloud in a team meeting, no key files to hand
around), it needs no new dependency, and it answers the question asked here: "was this file
edited after a team member made it?". It does not tell team members apart (anyone with the
secret can sign), which is fine: the file is anonymous by design. The signature covers the
canonical JSON (sorted keys, no spaces, UTF-8) of everything except the signature itself.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.errors import InvalidInput

KIND = "nabij-team-signals"
VERSION = 1
MAX_FILE_BYTES = 5_000_000
MAX_SIGNALS = 20_000
MIN_THRESHOLD = 3


@dataclass(frozen=True)
class TeamSignal:
    uid: str  # stable per signal and source; no link to a resident
    category_id: str
    period: str  # "YYYY-MM"
    team: str
    text: str


@dataclass
class Refused:
    file: str
    reason: str  # "too_large" | "not_signals" | "version" | "tampered" | "damaged"


@dataclass
class Merged:
    signals: list[TeamSignal] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # accepted
    refused: list[Refused] = field(default_factory=list)
    duplicates: int = 0


def check_secret(secret: str) -> str:
    secret = secret.strip()
    if len(secret) < 8:
        raise InvalidInput("The team secret needs at least 8 characters.", code="team.secret_short")
    return secret


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(payload: dict[str, Any], secret: str) -> str:
    return hmac.new(secret.encode("utf-8"), canonical(payload), hashlib.sha256).hexdigest()


def signal_uid(source: str, local_id: int) -> str:
    """The same signal exported twice has the same uid; two consultants' signals never share one."""
    return hashlib.sha256(f"{source}:{local_id}".encode()).hexdigest()[:24]


def export_file(signals: list[TeamSignal], secret: str) -> bytes:
    payload = {
        "kind": KIND,
        "version": VERSION,
        "signals": [
            {"uid": s.uid, "category": s.category_id, "period": s.period, "team": s.team, "text": s.text}
            for s in signals
        ],
    }
    doc = dict(payload, signature=sign(payload, check_secret(secret)))
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _read_one(data: bytes, secret: str) -> list[TeamSignal] | str:
    if len(data) > MAX_FILE_BYTES:
        return "too_large"
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "not_signals"
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        return "not_signals"
    if doc.get("version") != VERSION:
        return "version"
    signature = doc.pop("signature", None)
    if not isinstance(signature, str) or not hmac.compare_digest(signature, sign(doc, secret)):
        return "tampered"
    items = doc.get("signals")
    if not isinstance(items, list) or len(items) > MAX_SIGNALS:
        return "damaged"
    out = []
    for item in items:
        if not isinstance(item, dict):
            return "damaged"
        values = [item.get(k) for k in ("uid", "category", "period", "team", "text")]
        if not all(isinstance(v, str) for v in values) or len(str(values[2])) != 7:
            return "damaged"
        out.append(TeamSignal(*values))  # type: ignore[arg-type]
    return out


def merge(files: list[tuple[str, bytes]], secret: str) -> Merged:
    """Read every file; refuse the ones that fail, keep each signal once."""
    secret = check_secret(secret)
    result = Merged()
    seen: set[str] = set()
    for name, data in files:
        read = _read_one(data, secret)
        if isinstance(read, str):
            result.refused.append(Refused(name, read))
            continue
        result.files.append(name)
        for signal in read:
            if signal.uid in seen:
                result.duplicates += 1
                continue
            seen.add(signal.uid)
            result.signals.append(signal)
    return result


def counts(signals: list[TeamSignal]) -> Counter[tuple[str, str]]:
    """(category, month) -> how many."""
    return Counter((s.category_id, s.period) for s in signals)


def shown_counts(signals: list[TeamSignal], k: int) -> list[tuple[str, str, int | None]]:
    """(category, month, count) sorted by month then category; the count is None when below k (hidden)."""
    k = max(MIN_THRESHOLD, k)
    return [
        (cat, month, n if n >= k else None)
        for (cat, month), n in sorted(counts(signals).items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def management_csv(
    rows: list[tuple[str, str, int | None]], label: Callable[[str], str], header: tuple[str, str, str], hidden: str
) -> bytes:
    """Category, month, count; a hidden count is written as ``hidden`` (e.g. "fewer than 3"), never as a number."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for cat, month, n in rows:
        writer.writerow([label(cat), month, hidden if n is None else str(n)])
    return buffer.getvalue().encode("utf-8-sig")


# --------------------------------------------------------------------------
# "Wat is ermee gedaan": what the organisation did with a category of signals.
# --------------------------------------------------------------------------

REGISTER_KIND = "nabij-team-register"
MAX_WHAT = 300
MAX_ROLE = 60


@dataclass(frozen=True)
class RegisterEntry:
    category_id: str
    what: str  # one short line a consultant can tell a resident
    role: str  # who did it, as a role ("teamleider", "beleidsadviseur"), never a name
    on: str  # ISO date


def check_entry(entry: RegisterEntry) -> RegisterEntry:
    what, role = " ".join(entry.what.split()), " ".join(entry.role.split())
    if not entry.category_id or not what or not role:
        raise InvalidInput("A register line needs a topic, what was done and a role.", code="team.register_incomplete")
    if len(what) > MAX_WHAT or len(role) > MAX_ROLE:
        raise InvalidInput("A register line is too long.", code="team.register_incomplete")
    try:
        date.fromisoformat(entry.on)
    except ValueError:
        raise InvalidInput("A register line needs a date.", code="team.register_incomplete") from None
    return RegisterEntry(entry.category_id, what, role, entry.on)


def export_register(entries: list[RegisterEntry], secret: str) -> bytes:
    payload = {
        "kind": REGISTER_KIND,
        "version": VERSION,
        "entries": [{"category": e.category_id, "what": e.what, "role": e.role, "on": e.on} for e in entries],
    }
    doc = dict(payload, signature=sign(payload, check_secret(secret)))
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def read_register(data: bytes, secret: str) -> list[RegisterEntry] | str:
    """The register entries, or a refusal reason (as for signal files)."""
    secret = check_secret(secret)
    if len(data) > MAX_FILE_BYTES:
        return "too_large"
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "not_signals"
    if not isinstance(doc, dict) or doc.get("kind") != REGISTER_KIND:
        return "not_signals"
    if doc.get("version") != VERSION:
        return "version"
    signature = doc.pop("signature", None)
    if not isinstance(signature, str) or not hmac.compare_digest(signature, sign(doc, secret)):
        return "tampered"
    items = doc.get("entries")
    if not isinstance(items, list) or len(items) > MAX_SIGNALS:
        return "damaged"
    out = []
    for item in items:
        if not isinstance(item, dict):
            return "damaged"
        values = [item.get(k) for k in ("category", "what", "role", "on")]
        if not all(isinstance(v, str) for v in values):
            return "damaged"
        try:
            out.append(check_entry(RegisterEntry(*values)))  # type: ignore[arg-type]
        except InvalidInput:
            return "damaged"
    return out


def register_to_text(entries: list[RegisterEntry]) -> str:
    """For keeping in a setting (JSON text)."""
    return json.dumps([e.__dict__ for e in entries], ensure_ascii=False)


def register_from_text(text: str) -> list[RegisterEntry]:
    try:
        items = json.loads(text) if text else []
        return [RegisterEntry(**item) for item in items]
    except (ValueError, TypeError):
        return []


def latest_per_category(entries: list[RegisterEntry]) -> dict[str, RegisterEntry]:
    """The newest line per category: what a consultant can tell a resident today."""
    latest: dict[str, RegisterEntry] = {}
    for e in sorted(entries, key=lambda e: e.on):
        latest[e.category_id] = e
    return latest
