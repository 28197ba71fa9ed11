"""The open check after first paint (issue 16), as the app runs it: the real threaded worker.

The key is proven before the window; every page is checked on the worker right after. A file whose
only fault is in the search index comes back with its index rebuilt; a healthy file stays open, and
its first write goes through once the check has passed.
"""

from __future__ import annotations

from app.services.caseload import CaseloadService, ResidentInput
from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from app.ui.application import AppController
from app.ui.worker import Worker
from tests.storage.test_index_repair import _break_index


def _run(vault, qtbot):
    worker = Worker()
    controller = AppController(vault, worker)
    controller.start()
    return controller, worker


def _stop(controller, worker):
    worker.wait()
    if controller.dialog is not None:
        controller.dialog.close()
    controller.shutdown()
    if controller.window is not None:
        controller.window.close()


def test_a_healthy_file_is_checked_after_the_window_and_stays_open(db, vault, memory_keyring, qtbot):
    CaseloadService(db).add_resident(ResidentInput(display_name="Sanne Gezond"))
    db.close()
    controller, worker = _run(Vault(vault.data_dir, OsKeyring(memory_keyring)), qtbot)
    try:
        assert controller.window is not None and controller.database is not None
        database = controller.database
        qtbot.waitUntil(lambda: database.verified, timeout=20000)
        assert controller.problem is None and controller.window is not None
        CaseloadService(database).add_resident(ResidentInput(display_name="Na de controle"))
        names = [r.display_name for r in CaseloadService(database).list_residents()]
        assert "Na de controle" in names and "Sanne Gezond" in names
    finally:
        _stop(controller, worker)


def test_a_damaged_search_index_found_after_the_window_is_rebuilt(db, vault, memory_keyring, qtbot):
    CaseloadService(db).add_resident(ResidentInput(display_name="Fatima Zorgvuldig"))
    key = db.key_copy()
    db.close()
    _break_index(vault.db_path, key)
    controller, worker = _run(Vault(vault.data_dir, OsKeyring(memory_keyring)), qtbot)
    try:
        first = controller.database
        assert first is not None, "the key proof alone lets the window come up"
        qtbot.waitUntil(lambda: controller.database is not first and controller.database is not None, timeout=20000)
        assert controller.problem is None and controller.window is not None
        found = CaseloadService(controller.database).list_residents(query="zorgvuldig")
        assert [r.display_name for r in found] == ["Fatima Zorgvuldig"]
        assert len(list(vault.data_dir.glob("nabij.db.before-index-repair-*"))) == 1
    finally:
        _stop(controller, worker)
