"""Knowing that the file on disk holds every save: a save count kept outside it, and a look at the -wal.

SQLite recovers a -wal by reading frames up to the first one that does not verify and drops the rest
without a word. A flipped bit, a deleted or older -wal, or an older nabij.db copied back all open as
a healthy file with saves missing. Two checks catch that before anything is written:

- **The save count.** Every unit of work that changes rows adds one to the file header's user_version,
  in its own transaction (engine.py). After it commits, the count is written beside the database
  (``nabij.saves``, no resident data). At open, a database whose count is lower than the note lacks
  saves: it is reported, never opened silently. The note is written after the commit, so it is never
  ahead of what the disk holds; a note lost in a crash only weakens the check for one save.
- **The -wal's frames.** Before a non-empty -wal is recovered, its header and frames are checked
  (salts and the running checksums, https://sqlite.org/fileformat2.html#walformat). When a commit that
  verifies follows a frame that does not, the -wal broke off early: SQLite would drop committed saves. A
  copy is kept aside before anything else opens the file.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.storage.errors import StorageError

log = logging.getLogger(__name__)

SAVES_NAME = "nabij.saves"
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
MAX_PAGE = 65536


@dataclass(frozen=True)
class WalReport:
    frames: int  # whole frames in the file
    recovered: int  # frames SQLite will apply (up to the last commit frame before the first bad frame)
    broken: bool  # frames that verify follow one that does not, or the header is bad: saves would be dropped

    @property
    def clean(self) -> bool:
        return not self.broken


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def inspect_wal(wal: Path) -> WalReport:
    """What SQLite would recover from ``wal``, and whether it would drop frames that verify."""
    try:
        data = Path(wal).read_bytes()
    except FileNotFoundError:
        return WalReport(0, 0, False)
    except OSError as exc:
        raise StorageError(
            f"Could not read {wal}: {exc.strerror or exc}.", code="disk.refused", folder=Path(wal).parent
        ) from None
    if len(data) < WAL_HEADER:
        return WalReport(0, 0, False)  # SQLite ignores a header it cannot read; an empty -wal is normal
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:WAL_HEADER])
    frame_size = FRAME_HEADER + page_size
    if magic not in WAL_MAGIC or page_size < 512 or page_size > MAX_PAGE or page_size & (page_size - 1):
        # A header that does not verify makes SQLite ignore every frame behind it.
        return WalReport((len(data) - WAL_HEADER) // max(frame_size, 1), 0, len(data) >= WAL_HEADER + FRAME_HEADER)
    big = bool(magic & 1)
    frames = (len(data) - WAL_HEADER) // frame_size
    if _checksum(data[:24], 0, 0, big) != (c0, c1):
        return WalReport(frames, 0, frames > 0)
    s0, s1 = c0, c1
    recovered = 0
    first_bad: int | None = None
    for n in range(frames):
        at = WAL_HEADER + n * frame_size
        head = data[at : at + FRAME_HEADER]
        _pgno, commit, f1, f2, k0, k1 = struct.unpack(">6I", head)
        page = data[at + FRAME_HEADER : at + frame_size]
        ours = (f1, f2) == (salt1, salt2)
        ok = ours and _checksum(head[:8] + page, s0, s1, big) == (k0, k1)
        if first_bad is None:
            if not ok:
                first_bad = n
                if not ours:
                    break  # frames of an earlier generation of the -wal: normal, SQLite stops here too
            elif commit:
                recovered = n + 1
        elif ours and ok and commit:
            # A commit that verifies, after a bad frame: a save SQLite would drop. (Verified frames without
            # a commit can follow legitimately: what is left of a rolled-back transaction that spilled.)
            return WalReport(frames, recovered, True)
        s0, s1 = k0, k1  # the next frame's checksum runs on from this frame's stored one
    return WalReport(frames, recovered, False)


def keep_aside(wal: Path, now: datetime | None = None) -> Path | None:
    """Copy a -wal that is about to lose saves next to it, once; returns the copy's path."""
    wal = Path(wal)
    try:
        if not wal.exists() or wal.stat().st_size == 0:
            return None
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = wal.with_name(f"{wal.name}.kept-{stamp}")
        if not target.exists():
            shutil.copy2(wal, target)
        return target
    except OSError as exc:
        log.warning("a -wal could not be kept aside: %s", type(exc).__name__)
        return None


def cut_to_recovered(wal: Path, report: WalReport) -> None:
    """Shorten a broken -wal to what SQLite recovers, after a copy was kept (the user chose this)."""
    wal = Path(wal)
    if not report.broken or not wal.exists():
        return
    with wal.open("rb") as fh:
        head = fh.read(WAL_HEADER)
    page_size = struct.unpack(">I", head[8:12])[0] if len(head) == WAL_HEADER else 0
    keep = WAL_HEADER + report.recovered * (FRAME_HEADER + page_size) if report.recovered else 0
    with wal.open("r+b") as fh:
        fh.truncate(keep)


def recorded(data_dir: Path, db_id: str) -> int | None:
    """The save count noted for ``db_id``, or None (no note, another database's note, unreadable)."""
    try:
        note = json.loads((Path(data_dir) / SAVES_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or note.get("db_id") != db_id:
        return None
    saves = note.get("saves")
    return saves if isinstance(saves, int) and not isinstance(saves, bool) and saves >= 0 else None


def record(data_dir: Path, db_id: str, saves: int) -> None:
    """Note the count after a commit. Never raises: no note only means a weaker check next time.

    Replaced whole (a .part file renamed over it) but not synced: an fsync per autosave doubled its cost
    (benchmarks/storage_costs.py), and a note that a power cut leaves older or unreadable only weakens
    the check once; it can never be ahead of the database, which was synced first.
    """
    note = Path(data_dir) / SAVES_NAME
    part = note.with_name(SAVES_NAME + ".part")
    try:
        part.write_bytes(json.dumps({"db_id": db_id, "saves": saves}).encode("utf-8"))
        os.replace(part, note)
    except OSError as exc:
        log.info("save count not noted: %s", type(exc).__name__)


def set_aside_record(data_dir: Path, now: datetime | None = None) -> None:
    """The user accepted the older state: keep the old note for reference and start a new one."""
    note = Path(data_dir) / SAVES_NAME
    if note.exists():
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        note.replace(note.with_name(f"{SAVES_NAME}.older-{stamp}"))
