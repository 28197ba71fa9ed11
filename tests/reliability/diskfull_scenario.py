"""The disk-full scenario, shared by the in-process tmpfs test and the RLIMIT_FSIZE child.

Steps, on a data folder that lives on the small file system:
1. open through the app's keyring path; save a note (the earlier data);
2. make the disk full (``fill``);
3. autosave a long text through MeetingService.save_text: it must fail with a
   clear error; the UI Autosaver must keep the text pending and report it;
   a small save may or may not fit (SQLite reuses WAL space) and is recorded;
4. the file is healthy (read-only check) and holds the earlier data, not a
   half of the failed save;
5. export a PDF with printing.save_pdf: it must fail cleanly (no .part file,
   an earlier export of the same name unchanged);
6. free the space (``free``); the pending autosave and the PDF export succeed;
7. close, reopen through the app's path: the text is there, the file healthy.

Returns the figures as a dict; asserts as it goes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage.engine import connect_raw
from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from tests.support.keyring_backend import MemoryKeyring

EARLIER = "Eerder opgeslagen: wil graag in de zorg werken."
LONG_TEXT = "Aantekening tijdens het gesprek die niet verloren mag gaan. " * 10000  # ~600 KB


def _vault(folder: Path, entries: dict) -> Vault:
    ring = MemoryKeyring()
    ring.entries.update(entries)
    return Vault(folder, OsKeyring(ring))


def _check(db_path: Path, key: bytes, meeting_id: int) -> str:
    with closing(connect_raw(db_path, key, read_only=True)) as con:
        cipher = con.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        notes = con.execute("SELECT notes FROM meeting WHERE id = ?", (meeting_id,)).fetchone()[0]
    assert cipher == [], cipher[:3]
    assert integrity == ["ok"], integrity[:3]
    return notes


def _slip_pdf() -> bytes:
    from app.documents.model import Consultant, SlipAgreement, SlipData
    from app.documents.slip import render_slip

    return render_slip(
        SlipData(
            resident_name="Fatima",
            address_form="je",
            meeting_date=date(2026, 12, 1),
            agreements=[SlipAgreement("Cv sturen naar de zorginstelling", "resident", date(2026, 12, 8))],
            next_appointment=None,
            referrals=[],
            consultant=Consultant("Sanne"),
        )
    )


def run(
    folder: Path,
    entries: dict,
    fill: Callable[[], object],
    free: Callable[[], None],
    pdf_dir: Path,
    expect: str = "DiskFull",
) -> dict:
    """``expect``: the error class the failed autosave must raise (DiskFull for ENOSPC,
    StorageError for a write the file system refuses otherwise, e.g. EFBIG)."""
    from app.services.printing import save_pdf
    from app.storage import errors
    from app.storage.errors import StorageError

    expect = getattr(errors, expect)
    from PySide6.QtWidgets import QPlainTextEdit

    from app.ui.messages import user_message
    from app.ui.widgets.autosave import Autosaver

    figures: dict = {}
    database = _vault(folder, entries).open_with_keyring().database
    assert database is not None
    services = Services.over(database)
    rid = services.caseload.add_resident(ResidentInput(display_name="Fatima"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    services.meetings.save_text(mid, {"notes": EARLIER})
    key = bytes(database.key_copy())
    pdf = _slip_pdf()
    earlier_pdf = pdf_dir / "afsprakenbriefje.pdf"
    assert save_pdf(b"%PDF-1.4 earlier export\n", earlier_pdf).ok
    earlier_pdf_sha = hashlib.sha256(earlier_pdf.read_bytes()).hexdigest()

    figures["filled"] = fill()

    # 3. The long autosave fails with a clear error.
    try:
        services.meetings.save_text(mid, {"notes": LONG_TEXT})
    except Exception as exc:  # noqa: BLE001 - inspected below
        error = exc
    else:
        raise AssertionError("a 600 KB autosave on a full disk did not fail")
    figures["service_raises"] = f"{type(error).__module__}.{type(error).__name__}"
    figures["message"] = str(error)
    assert isinstance(error, expect), f"not a clear error: {type(error).__name__}: {error}"
    assert str(folder) in str(error) and "disk" in str(error) and "Nothing of this change was written" in str(error)
    assert "[SQL" not in str(error) and LONG_TEXT[:30] not in str(error)

    try:
        services.meetings.save_text(mid, {"goals": "kort"})
        figures["small_save_on_full_disk"] = "succeeded (fits in WAL space already on disk)"
        services.meetings.save_text(mid, {"goals": ""})
    except StorageError as exc:
        figures["small_save_on_full_disk"] = type(exc).__name__

    # The UI autosaver keeps the text pending and reports the failure.
    failures: list[str] = []
    saver = Autosaver(lambda values: services.meetings.save_text(mid, values))
    saver.failed.connect(failures.append)
    editor = QPlainTextEdit()
    saver.watch(editor, "notes")
    editor.setPlainText(LONG_TEXT)  # as if typed: the saver now holds it pending
    assert saver.has_pending
    assert saver.flush() is False
    # What the user is told: the error's code said in the UI language, naming the folder.
    assert saver.has_pending and failures and failures[0] == user_message(error) and str(folder) in failures[0]
    figures["autosaver"] = "kept the text pending, reported: " + failures[0].split(".")[0]

    # 4. The file is healthy and holds the earlier data.
    assert _check(folder / "nabij.db", key, mid) == EARLIER
    assert services.meetings.get(mid).notes == EARLIER

    # 5. A PDF export fails cleanly.
    result = save_pdf(pdf, earlier_pdf)
    assert not result.ok, "a PDF export on a full disk reported success"
    figures["pdf_message"] = result.message
    assert not earlier_pdf.with_name(earlier_pdf.name + ".part").exists(), "a .part file was left behind"
    assert hashlib.sha256(earlier_pdf.read_bytes()).hexdigest() == earlier_pdf_sha

    # 6. Space again: the pending text is saved, the export works.
    free()
    assert saver.flush() is True and not saver.has_pending
    assert services.meetings.get(mid).notes == LONG_TEXT
    result = save_pdf(pdf, earlier_pdf)
    assert result.ok, result.message
    assert earlier_pdf.read_bytes() == pdf

    # 7. Reopen through the app's path.
    database.close()
    assert _check(folder / "nabij.db", key, mid) == LONG_TEXT
    database = _vault(folder, entries).open_with_keyring().database
    try:
        assert Services.over(database).meetings.get(mid).notes == LONG_TEXT
    finally:
        database.close()
    figures["retry_after_freeing"] = "autosave and PDF export succeeded"
    return figures
