"""What is different on Windows, tested where it runs: the Windows lane runs this folder under
Wine (packaging/windows/lane.sh), and the Linux suite runs it too, where the Windows-only
tests skip with their reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.services import printing
from app.storage.keys import OsKeyring

on_windows = pytest.mark.skipif(sys.platform != "win32", reason="a Windows-only path")
ROOT = Path(__file__).resolve().parents[2]


@on_windows
def test_data_lives_in_local_appdata_not_roaming(monkeypatch):
    """A roaming profile would copy the encrypted database to a server at every logoff."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    local = Path(os.environ["LOCALAPPDATA"]).resolve()
    data = paths.default_data_dir().resolve()
    assert data == local / "Nabij"
    assert "Roaming" not in data.parts
    assert paths.demo_data_dir().resolve() == local / "Nabij-demo"


@on_windows
def test_the_real_os_keyring_is_credential_manager():
    """No test backend here: the keyring the app would use on this machine."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    code = "from app.storage.keys import OsKeyring; r = OsKeyring(); print(r.describe(), r.usable())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "WinVault" in out.stdout and out.stdout.strip().endswith("True")


@on_windows
def test_credential_manager_is_named_not_discovered():
    """The app names Windows' keyring instead of loading every installed backend to find it: a fresh
    process that asks for it imports no other backend module."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    code = (
        "import sys; from app.storage.keys import OsKeyring; r = OsKeyring(); print(type(r.backend).__name__); "
        "print(sorted(m for m in sys.modules if m.startswith('keyring.backends.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    name, modules = out.stdout.strip().splitlines()
    assert name == "WinVaultKeyring"
    assert "keyring.backends.SecretService" not in modules and "keyring.backends.kwallet" not in modules, modules


@on_windows
def test_printing_goes_through_the_windows_engine_not_cups():
    assert not printing.uses_cups()


def test_the_key_store_refuses_plaintext_backends_everywhere():
    import keyring.backends.fail
    import keyring.backends.null

    for backend in (keyring.backends.null.Keyring(), keyring.backends.fail.Keyring()):
        assert not OsKeyring(backend).usable()
        assert OsKeyring(backend).describe() == "none"


def test_shipped_fonts_are_files_the_documents_can_open():
    """Fonts come from resources/, never from the system (Wine and many locked-down laptops have
    no Noto): every font the documents register is a real file in the checkout or bundle."""
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = sorted(paths.resource_path("fonts").glob("*.ttf"))
    assert fonts, "no fonts shipped in resources/fonts"
    for font in fonts:
        TTFont(font.stem, str(font))  # raises on a missing or damaged file


@on_windows
def test_a_restore_over_a_file_held_open_is_undone_and_the_old_data_opens(db, vault, memory_keyring, tmp_path):
    """Windows refuses to move a file another program holds open: the adoption is undone, nothing lost."""
    from app.services.caseload import CaseloadService, ResidentInput
    from app.storage import backup
    from tests.conftest import PASSPHRASE

    CaseloadService(db).add_resident(ResidentInput(display_name="In de back-up"))
    made = tmp_path / "made.nabijbackup"
    backup.create_backup(db, made)
    CaseloadService(db).add_resident(ResidentInput(display_name="Alleen nu"))
    db.close()
    restored = backup.restore_backup(made, PASSPHRASE, backup.restore_target_for(vault.data_dir))
    with (vault.data_dir / "nabij.key").open("rb"):  # another program reads the key file meanwhile
        with pytest.raises(backup.StorageError) as caught:
            backup.adopt_restored(restored, vault.data_dir)
    assert caught.value.code == "backup.adopt_failed"
    assert not (vault.data_dir / backup.RESTORE_JOURNAL).exists()
    outcome = type(vault)(vault.data_dir, OsKeyring(memory_keyring)).open_with_keyring()
    assert outcome.database is not None, outcome.problem
    try:
        names = {r.display_name for r in CaseloadService(outcome.database).list_residents()}
    finally:
        outcome.database.close()
    assert names >= {"In de back-up", "Alleen nu"}
    assert (restored / "nabij.db").exists(), "the restored folder is kept for another try"
