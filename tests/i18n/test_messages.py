"""Errors reach the user through one mapping (app/ui/messages.py), in the UI's language.

Real errors are made the way the app meets them (a wrong passphrase on a real key file, a damaged
database file, a closed meeting, a full disk from the storage layer, a missing keyring) and what
the user is told is checked for English words in the Dutch UI, and for Dutch words in the English UI.
"""

from __future__ import annotations

import errno
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from app.errors import CODES, InvalidInput, NabijError
from app.models.rules import MeetingClosed
from app.services.caseload import CaseloadService, ResidentInput
from app.services.meetings import MeetingService
from app.storage.errors import DAMAGE_REASONS, DamagedDatabase, DiskFull, KeyringUnavailable
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from app.ui.i18n import install_translators, remove_translators
from app.ui.messages import codes_with_a_sentence, key_store_text, reasons_with_words, user_message
from tests.conftest import PASSPHRASE

# Words that give a sentence away as English or as Dutch (paths and codes are left out first).
ENGLISH = {"the", "not", "was", "nothing", "changed", "cannot", "your", "first", "meeting", "disk"}
DUTCH = {"de", "het", "niet", "niets", "veranderd", "een", "je", "gesprek", "schijf", "wachtzin"}


def _words(text: str) -> set[str]:
    for path_like in ("{", "}"):
        text = text.replace(path_like, " ")
    return {w.strip(".,;:()'’").casefold() for w in text.split() if "/" not in w and "\\" not in w}


def test_every_code_and_reason_has_words():
    assert codes_with_a_sentence() == set(CODES)
    assert reasons_with_words() == set(DAMAGE_REASONS)


def test_an_unknown_code_is_refused_where_it_is_raised():
    with pytest.raises(AssertionError):
        NabijError("x", code="no.such.code")


def _real_errors(tmp_path, db) -> list[BaseException]:
    errors: list[BaseException] = []
    vault = Vault(tmp_path / "second", NoSecretStore())
    vault.create(PASSPHRASE).close()
    try:
        vault.open_with_passphrase("een typfout in de wachtzin")
    except NabijError as exc:
        errors.append(exc)
    (tmp_path / "second" / "nabij.db").write_bytes(b"\0" * 4096)
    try:
        vault.open_with_passphrase(PASSPHRASE)
    except NabijError as exc:
        errors.append(exc)
    caseload, meetings = CaseloadService(db), MeetingService(db)
    rid = caseload.add_resident(ResidentInput(display_name="A. Test"))
    mid = meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    meetings.close(mid)
    try:
        meetings.save_text(mid, {"notes": "na het afsluiten"})
    except MeetingClosed as exc:
        errors.append(exc)
    try:
        caseload.add_resident(ResidentInput(display_name="  "))
    except InvalidInput as exc:
        errors.append(exc)
    errors += [
        DiskFull("disk full", folder=tmp_path),
        KeyringUnavailable("no keyring", code="keyring.none"),
        DamagedDatabase(tmp_path / "nabij.db", "integrity", count=3),
        OSError(errno.ENOSPC, "No space left on device", str(tmp_path)),
        RuntimeError("a bug, with resident text in it: Fatima"),
    ]
    return errors


@pytest.mark.parametrize("language, foreign", [("nl", ENGLISH), ("en", DUTCH)])
def test_errors_are_said_in_the_ui_language(qapp, tmp_path, db, language, foreign):
    errors = _real_errors(tmp_path, db)
    assert len(errors) == 9, errors
    translators = install_translators(QApplication.instance(), language)
    try:
        said = [user_message(exc) for exc in errors]
        said.append(key_store_text(Vault(tmp_path / "second", NoSecretStore()).key_store()))
    finally:
        remove_translators(QApplication.instance(), translators)
    for exc, text in zip(errors, said, strict=False):
        assert text and text != str(exc) or language == "en", (exc, text)
        leaked = _words(text) & foreign
        assert not leaked, f"{type(exc).__name__}: {text!r} has {sorted(leaked)}"
    assert "Fatima" not in said[-2], "an uncoded error's own text never reaches the user"
