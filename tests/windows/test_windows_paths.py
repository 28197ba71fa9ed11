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
