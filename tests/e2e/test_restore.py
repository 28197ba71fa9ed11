"""Restore from a backup: from the running app, and from the 'damaged' state at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.caseload import ResidentInput
from app.storage.engine import sha256_of
from app.ui.dialogs.privacy import RestoreDialog
from tests.conftest import PASSPHRASE


def test_restore_from_the_running_app(qtbot, make_controller, tmp_path):
    controller = make_controller()
    services = controller.window.services
    services.caseload.add_resident(ResidentInput(display_name="Voor de back-up"))
    info = services.backup.make_backup(tmp_path / "b.nabijbackup")
    services.caseload.add_resident(ResidentInput(display_name="Na de back-up"))

    controller.window.show_restore()
    dialog = controller.window.dialog
    qtbot.keyClicks(dialog.path, str(info.path))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter restores, as the Restore button does
    names = [r.display_name for r in controller.window.services.caseload.list_residents()]
    assert names == ["Voor de back-up"]
    replaced = [p for p in controller.vault.data_dir.iterdir() if p.name.startswith("replaced-")]
    assert replaced and (replaced[0] / "nabij.db").exists(), "the data it replaced is kept aside"


def test_damaged_database_offers_restore_and_never_writes(qtbot, make_controller, data_dir, vault, tmp_path):
    db = vault.open_with_keyring().database
    from app.services.registry import Services

    Services.over(db).caseload.add_resident(ResidentInput(display_name="Bewaard in de back-up"))
    info = Services.over(db).backup.make_backup(tmp_path / "b.nabijbackup")
    db.close()
    raw = bytearray(vault.db_path.read_bytes())
    raw[4096 + 300] ^= 0xFF  # a flipped byte in page 2
    vault.db_path.write_bytes(bytes(raw))
    before = sha256_of(vault.db_path)

    controller = make_controller()
    assert controller.window is None
    assert isinstance(controller.dialog, RestoreDialog)
    assert "damaged" in controller.problem or "beschadigd" in controller.problem
    assert sha256_of(vault.db_path) == before

    dialog = controller.dialog
    qtbot.keyClicks(dialog.path, str(info.path))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter restores, as the Restore button does
    assert [r.display_name for r in controller.window.services.caseload.list_residents()] == ["Bewaard in de back-up"]
    kept = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")][0] / "nabij.db"
    assert sha256_of(kept) == before, "the damaged file is kept aside byte for byte"


def test_missing_saves_are_shown_and_the_older_state_opens_on_a_click(qtbot, make_controller, vault):
    """An older nabij.db put back: the start-up dialog says how many changes are missing, offers a restore,
    and opens the older state only when the consultant clicks for it."""
    import shutil

    from PySide6.QtCore import Qt

    from app.services.registry import Services

    db = vault.open_with_keyring().database
    Services.over(db).caseload.add_resident(ResidentInput(display_name="In het bestand"))
    db.close()
    older = vault.data_dir.parent / "older.db"
    shutil.copy2(vault.db_path, older)
    db = vault.open_with_keyring().database
    Services.over(db).caseload.add_resident(ResidentInput(display_name="Daarna bewaard"))
    db.close()
    shutil.copy2(older, vault.db_path)  # a copy from before that save

    controller = make_controller()
    assert controller.window is None
    dialog = controller.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.older_button is not None
    assert "nabij.db-wal" in controller.problem and " 1 " in controller.problem
    qtbot.mouseClick(dialog.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20000)
    names = {r.display_name for r in controller.window.services.caseload.list_residents()}
    assert "In het bestand" in names and "Daarna bewaard" not in names
    assert list(vault.data_dir.glob("nabij.saves.older-*"))


def test_a_damaged_file_offers_no_older_state(make_controller, vault):
    raw = bytearray(vault.db_path.read_bytes())
    raw[4096 + 300] ^= 0xFF
    vault.db_path.write_bytes(bytes(raw))
    controller = make_controller()
    assert isinstance(controller.dialog, RestoreDialog) and controller.dialog.older_button is None
