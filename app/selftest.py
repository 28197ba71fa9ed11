"""`nabij --self-test`: what IT staff run to check a deployment.

It prints versions, then proves on a throw-away database that encryption
really happens. It exits 0 only when every check holds.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path
from typing import TextIO

from app import __version__
from app.paths import resource_path

REQUIRED_RESOURCES = (
    ("fonts", "NotoSans-Regular.ttf"),
    ("fonts", "NotoSansArabic-Regular.ttf"),
    ("content", "nl", "prompts.toml"),
    ("content", "en", "prompts.toml"),
    ("i18n", "nabij_nl.qm"),
    ("i18n", "nabij_en.qm"),
)


def run_self_test(out: TextIO) -> int:
    checks: list[tuple[str, bool, str]] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        checks.append((name, ok, detail))
        out.write(f"[{'ok' if ok else 'FAIL'}] {name}{': ' + detail if detail else ''}\n")

    out.write(f"Nabij {__version__} self-test\n")
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        check("Qt", True, f"Qt {qVersion()}, PySide6 {PySide6.__version__}")
    except Exception as exc:  # noqa: BLE001 - the point is to report anything
        check("Qt", False, type(exc).__name__)

    try:
        import sqlcipher3

        from app.storage.engine import cipher_version, connect_raw, file_kind

        con = sqlcipher3.connect(":memory:")
        sqlite_version = con.execute("select sqlite_version()").fetchone()[0]
        con.close()
        check("SQLite", True, sqlite_version)
        version = cipher_version()
        check("SQLCipher", bool(version), version or "no cipher: this build would store plaintext")
        with tempfile.TemporaryDirectory(prefix="nabij-selftest-") as tmp:
            path = Path(tmp) / "selftest.db"
            key = bytearray(secrets.token_bytes(32))
            con = connect_raw(path, key)
            marker = "self-test " + secrets.token_hex(8)
            con.execute("create table t (v text)")
            con.execute("insert into t values (?)", (marker,))
            con.close()
            con = connect_raw(path, key)
            back = con.execute("select v from t").fetchone()[0]
            con.close()
            check("encrypted write and read back", back == marker)
            check("file header is not plaintext", file_kind(path) == "opaque")
            check("marker absent from the raw file", marker.encode() not in path.read_bytes())
            # closing(): the plain connection must be closed on the error path too, or
            # Windows cannot delete the temporary folder (WinError 32: file in use).
            with closing(sqlite3.connect(path)) as plain:
                try:
                    plain.execute("select * from sqlite_master").fetchall()
                    check("plain SQLite cannot read it", False)
                except sqlite3.DatabaseError:
                    check("plain SQLite cannot read it", True)
            con = connect_raw(path, key)
            con.execute("create virtual table f using fts5(v)")
            con.close()
            check("full-text search (FTS5)", True)
    except Exception as exc:  # noqa: BLE001
        check("encrypted database", False, f"{type(exc).__name__}: {exc}")

    try:
        from app.storage import migrations
        from app.storage.keys import NoSecretStore
        from app.storage.vault import Vault

        with tempfile.TemporaryDirectory(prefix="nabij-selftest-") as tmp:
            database = Vault(Path(tmp) / "data", NoSecretStore()).create(secrets.token_urlsafe(16))
            try:
                current = migrations.current_revision(database.engine)
            finally:
                database.close()
        head = migrations.head_revision()
        check(
            "schema migrations",
            current == head,
            f"{len(migrations.all_revisions())} applied, at {current}"
            if current == head
            else f"at {current}, expected {head}",
        )
    except Exception as exc:  # noqa: BLE001
        check("schema migrations", False, f"{type(exc).__name__}: {exc}")

    try:
        from datetime import date

        from app.documents.model import Consultant, SlipAgreement, SlipData
        from app.documents.slip import render_slip
        from app.vocabulary import AddressForm, Owner

        pdf = render_slip(
            SlipData(
                "فاطمة",
                AddressForm.JE,
                date.today(),
                [SlipAgreement("Self-test", Owner.TOGETHER)],
                None,
                [],
                Consultant("Nabij"),
            )
        )
        pages = _pdf_pages(pdf)
        check(
            "agreements slip (reportlab, fonts, QtPdf)",
            pdf.startswith(b"%PDF") and pages > 0,
            f"{len(pdf)} bytes, {pages} page(s)",
        )
    except Exception as exc:  # noqa: BLE001
        check("agreements slip (reportlab, fonts, QtPdf)", False, f"{type(exc).__name__}: {exc}")

    # reportlab runs without its C helpers, three times slower on a slip: a bundle without them is a packaging fault
    from reportlab.lib import rl_accel

    slow = sorted(
        name for name in ("fp_str", "asciiBase85Encode", "instanceStringWidthTTF") if name not in rl_accel._c_funcs
    )
    check(
        "reportlab's C helpers (rl_accel)",
        not slow,
        "in Python: " + ", ".join(slow) if slow else "fp_str, ASCII85, widths",
    )

    missing = [os.path.join(*parts) for parts in REQUIRED_RESOURCES if not resource_path(*parts).is_file()]
    check("resources present", not missing, ", ".join(missing) if missing else "fonts, content, translations")

    try:
        from app.storage.keys import OsKeyring

        check("OS keyring", True, OsKeyring().describe() + " (passphrase key file is always used as well)")
    except Exception as exc:  # noqa: BLE001
        check("OS keyring", False, type(exc).__name__)

    failed = [name for name, ok, _ in checks if not ok]
    out.write("self-test passed\n" if not failed else f"self-test FAILED: {', '.join(failed)}\n")
    return 0 if not failed else 1


def _pdf_pages(pdf: bytes) -> int:
    """Pages QtPdf sees in ``pdf`` (the preview uses the same library)."""
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
    from PySide6.QtPdf import QPdfDocument

    _app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - QPdfDocument needs one
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document.pageCount()
