"""Helpers for the privacy tests: canaries, seeding through the services, and a page decryptor.

The decryptor reads a SQLCipher 4 file (and its WAL) with the data key and
gives every page in the clear, free pages and old WAL frames included. That
is how the tests see what someone *with the key* could still recover,
without trusting SQLite to show only live rows.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.services.caseload import CaseloadService, ResidentInput
from app.services.conversation import ConversationService
from app.services.meetings import MeetingService
from app.services.preparation import PreparationService
from app.services.referrals import ReferralInput, ReferralService
from app.services.relationship import RelationshipService, SelfCheckAnswers
from app.services.wrapup import WrapUpService

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def new_canary(tag: str) -> str:
    """Lower case, one token for the full-text index, random tail that is nowhere else."""
    return f"zq{tag}{secrets.token_hex(8)}"


def needles(canary: str) -> list[bytes]:
    """What to look for in raw bytes: the text in UTF-8 and UTF-16, and its random tail alone
    (the full-text index stores words with their prefix shared with the word before)."""
    tail = canary[-16:]
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be"), tail.encode("ascii")]


def contains_any(blob: bytes, canary: str) -> bool:
    low = blob.lower()
    return any(n in blob or n in low for n in needles(canary))


def files_under(root: Path) -> list[Path]:
    return [p for p in Path(root).rglob("*") if p.is_file()]


def leaks(root: Path, canary: str) -> list[Path]:
    return [p for p in files_under(root) if contains_any(p.read_bytes(), canary)]


# --- the decryptor -----------------------------------------------------------------------


def _decrypt_page(key: bytes, page: bytes, pgno: int) -> bytes:
    body = page[16 : PAGE_SIZE - RESERVE] if pgno == 1 else page[: PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypt_database(path: Path, key: bytes | bytearray) -> bytes:
    """Every page of the file, in the clear (page 1 without its salt)."""
    data = Path(path).read_bytes()
    key = bytes(key)
    pages = [
        _decrypt_page(key, data[i : i + PAGE_SIZE], i // PAGE_SIZE + 1)
        for i in range(0, len(data) - len(data) % PAGE_SIZE, PAGE_SIZE)
    ]
    if pages:
        # page 1, bytes 16-17 of the SQLite header: the page size, big-endian
        assert pages[0][:2] == PAGE_SIZE.to_bytes(2, "big"), "the test decryptor does not fit this file"
    return b"".join(pages)


def decrypt_wal(path: Path, key: bytes | bytearray) -> bytes:
    """Every frame in the WAL file, in the clear (also frames already checkpointed)."""
    path = Path(path)
    if not path.exists():
        return b""
    data = path.read_bytes()
    key = bytes(key)
    out, offset = [], WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(data):
        pgno = int.from_bytes(data[offset : offset + 4], "big")
        out.append(_decrypt_page(key, data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE_SIZE], pgno))
        offset += WAL_FRAME_HEADER + PAGE_SIZE
    return b"".join(out)


def decrypted_everything(db_path: Path, key: bytes | bytearray) -> bytes:
    return decrypt_database(db_path, key) + decrypt_wal(Path(str(db_path) + "-wal"), key)


# --- seeding through the services ------------------------------------------------------------


@dataclass
class Seeded:
    resident_id: int
    name: str
    meeting_ids: list[int]
    canaries: dict[str, str] = field(default_factory=dict)

    def all(self) -> list[str]:
        return list(self.canaries.values())


def seed_resident(
    db, tag: str, *, drafts: int = 3, close: bool = True, next_appointment: bool = False, cancelled: bool = False
) -> Seeded:
    """A resident with a canary in every kind of text the app keeps about them, and a row in every
    table that hangs off a resident: meeting, agenda, agreement, baggage, known fact, prompt use,
    sphere entry (one pointing at a referral), what I read in your file, the self-check, the handover.

    ``next_appointment`` also sets the next appointment before closing (which plans a second meeting).
    ``cancelled`` first adds a meeting that was moved, then cancelled with a reason (listed last in the ids).
    """
    caseload, meetings = CaseloadService(db), MeetingService(db)
    prep, conv, wrap = PreparationService(db), ConversationService(db), WrapUpService(db)
    relationship = RelationshipService(db)
    c = {
        k: new_canary(f"{tag}{k}")
        for k in (
            "name",
            "client",
            "goals",
            "notes",
            "summary",
            "words",
            "well",
            "improve",
            "place",
            "agenda",
            "agreement",
            "baggage",
            "fact",
            "sphere",
            "read",
            "why",
            "correction",
            "handover",
            "wishes",
            *(("cancel",) if cancelled else ()),
            *(("nextplace",) if next_appointment else ()),
        )
    }
    name = f"Inwoner {c['name']}"
    rid = caseload.add_resident(
        ResidentInput(
            display_name=name,
            initials="Q.",
            address_form="u",
            client_number=c["client"],
            preferred_channel="whatsapp",
            language="Nederlands",
            brings_companion=True,
            preferred_place="home",
            consultant_count=3,
        )
    )
    # a meeting moved once and then cancelled with a reason: it stays, closed and not held
    extra = []
    if cancelled:
        extra.append(meetings.plan(rid, datetime(2026, 2, 16, 10, 0)))
        meetings.reschedule(extra[0], datetime(2026, 2, 23, 10, 0), "phone")
        meetings.cancel(extra[0], f"Afgezegd {c['cancel']}")
    m = meetings.plan(rid, datetime(2026, 3, 2, 10, 0), "office", place_detail=c["place"], goals=c["goals"])
    for i in range(drafts):  # autosave: several versions of the notes before the last one,
        # the first one long enough to need overflow pages that become free pages later
        words = 900 if i == 0 else 40
        meetings.save_text(m, {"notes": f"concept {i} " + f"{c['notes']} lange tekst " * words})
    meetings.save_text(
        m,
        {
            "notes": f"Aantekening {c['notes']}",
            "summary": f"Samenvatting {c['summary']}",
            "checkout_words": c["words"],
            "went_well": c["well"],
            "could_improve": c["improve"],
        },
    )
    wrap.set_checkout_score(m, 4)
    prep.add_agenda_item(m, f"Agendapunt {c['agenda']}", "resident")
    wrap.add_agreement(m, f"Afspraak {c['agreement']}", "resident", date(2026, 3, 20))
    conv.set_baggage(m, "divorce", "life_story", True, note=f"Bagage {c['baggage']}")
    conv.dont_ask_again(m, f"Feit {c['fact']}", "children")
    conv.add_sphere_entry(m, "will", f"Sfeer {c['sphere']}")
    # a directory entry is shared by all residents: no canary in it (an erasure leaves it, rightly)
    referral = ReferralService(db).add(ReferralInput("Schuldhulp Voorbeeld", "Hulp bij schulden", "0123-456789"))
    conv.add_sphere_entry(m, "cant", "Schulden regelen kan ik niet", referral_id=referral)
    conv.set_prompt_used(m, "prep_letter_tone", True)
    relationship.save_file_reading(m, what_i_read=f"Gelezen {c['read']}", why=f"Omdat {c['why']}")
    relationship.save_file_reading(m, resident_agrees=False, correction=f"Correctie {c['correction']}")
    relationship.save_handover(rid, f"Overdracht {c['handover']}", f"Wens {c['wishes']}")
    if next_appointment:
        wrap.set_next_appointment(m, datetime(2026, 3, 16, 14, 0), "home", detail=f"Volgende {c['nextplace']}")
    ids = [m]
    if close:
        planned = meetings.close(m)
        relationship.save_self_check(SelfCheckAnswers(m, real_conversation=3, shared_goal=2, approach_fit=1))
        if planned is not None:
            ids.append(planned)
        from app.models import Meeting

        with db.session() as s:  # as if this meeting came with a handover package (issue 20)
            meeting = s.get(Meeting, m)
            assert meeting is not None
            meeting.handed_over_at = datetime(2026, 3, 3, 8, 15)
    return Seeded(rid, name, [*ids, *extra], c)
