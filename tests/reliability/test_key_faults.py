"""Key faults across a lock/unlock cycle and across a restart, through the app itself.

The faults are those of tests/storage/test_key_custody.py (no backend, null
backend, locked, entry deleted, wrong key, garbage), imported from there, not
copied. Here they strike a running app:

(a) while it is unlocked, then AppController.lock(), then unlock through the
    UnlockDialog (a wrong passphrase first, then the right one);
(b) between two runs: a new Vault and AppController on the same folder.

Asserted in every case: no wipe (the resident and the notes are there after),
no new key (key file bytes and key check unchanged; whatever the keyring holds
afterwards is the database's own key), and the database file byte-for-byte
unchanged from the fault until the unlock succeeds.
"""

from __future__ import annotations

import base64
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.services.caseload import ResidentInput
from app.storage import keyfile
from app.storage.engine import sha256_of
from app.storage.keys import SERVICE, OsKeyring
from app.storage.vault import Vault
from app.ui.dialogs.unlock import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import report
from tests.storage.test_key_custody import FAULTS


def _fill(controller, fault: str) -> tuple[int, int]:
    services = controller.window.services
    rid = services.caseload.add_resident(ResidentInput(display_name=f"Fatima ({fault})"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    services.meetings.save_text(mid, {"notes": "Wil graag in de zorg werken."})
    return rid, mid


def _assert_data(controller, rid: int, mid: int, fault: str) -> None:
    services = controller.window.services
    assert services.caseload.get_resident(rid).data.display_name == f"Fatima ({fault})"
    assert services.meetings.get(mid).notes == "Wil graag in de zorg werken."


def _unlock(qtbot, controller, db_path, db_sha) -> None:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog), type(dialog)
    assert controller.window is None and controller.database is None
    qtbot.keyClicks(dialog.passphrase, "dit is niet de wachtzin")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # a typo: said in the dialog, the app stays
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=10000)
    assert dialog.isVisible()
    assert controller.window is None
    assert sha256_of(db_path) == db_sha, "a wrong passphrase must not touch the database"
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert controller.window is not None and controller.database is not None


def _keyring_after(ring, kf) -> str:
    """What the keyring holds for this database now; never a key other than the database's own."""
    stored = [v for (service, _user), v in ring.entries.items() if service == SERVICE]
    if not stored:
        return "empty"
    raw = base64.b64decode(stored[0])
    assert keyfile.dek_matches(kf, raw), "the keyring holds a key that is not this database's key"
    return "holds the right key"


def _quit(controller) -> None:
    """What quitting does: flush, close the database; the window goes."""
    controller.shutdown()
    window, controller.window = controller.window, None
    window._closing_confirmed = True
    window.hide()
    window.deleteLater()


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_key_fault_across_lock_and_unlock(fault, data_dir, memory_keyring, controllers, qtbot):
    vault = Vault(data_dir, OsKeyring(memory_keyring))
    controller = controllers(vault)
    controller.start()
    assert controller.window is not None, controller.problem
    rid, mid = _fill(controller, fault)
    key_bytes = vault.key_path.read_bytes()
    check = keyfile.read(vault.key_path).check

    vault.secrets = FAULTS[fault](memory_keyring)  # the keyring breaks while the app runs
    controller.lock()
    assert controller.database is None and controller.window is None
    db_sha = sha256_of(vault.db_path)
    _unlock(qtbot, controller, vault.db_path, db_sha)
    _assert_data(controller, rid, mid, fault)

    assert vault.key_path.read_bytes() == key_bytes, "the key file was rewritten"
    assert keyfile.read(vault.key_path).check == check, "a new key was made"
    held = _keyring_after(memory_keyring, keyfile.read(vault.key_path))
    report(
        "key-fault",
        cycle="lock/unlock",
        fault=repr(fault),
        survived="yes",
        wiped="no",
        new_key="no",
        db_unchanged_until_unlock="yes",
        keyring_after=repr(held),
    )


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_key_fault_across_restart(fault, data_dir, memory_keyring, controllers, qtbot):
    first = controllers(Vault(data_dir, OsKeyring(memory_keyring)))
    first.start()
    assert first.window is not None, first.problem
    rid, mid = _fill(first, fault)
    _quit(first)

    vault = Vault(data_dir, FAULTS[fault](memory_keyring))  # the keyring broke between runs
    key_bytes = vault.key_path.read_bytes()
    check = keyfile.read(vault.key_path).check
    db_sha = sha256_of(vault.db_path)
    second = controllers(vault)
    second.start()
    assert second.problem is None, second.problem
    assert isinstance(second.dialog, UnlockDialog), "a key problem asks for the passphrase"
    assert sha256_of(vault.db_path) == db_sha
    _unlock(qtbot, second, vault.db_path, db_sha)
    _assert_data(second, rid, mid, fault)

    assert vault.key_path.read_bytes() == key_bytes, "the key file was rewritten"
    assert keyfile.read(vault.key_path).check == check, "a new key was made"
    held = _keyring_after(memory_keyring, keyfile.read(vault.key_path))
    report(
        "key-fault",
        cycle="restart",
        fault=repr(fault),
        survived="yes",
        wiped="no",
        new_key="no",
        db_unchanged_until_unlock="yes",
        keyring_after=repr(held),
    )
