"""Test setup shared by every test.

- Qt runs offscreen, in Dutch, on a temp data dir.
- The process-wide keyring is the 'fail' backend: nothing can reach a real
  keyring, and code that does not pass its own store falls back to the
  passphrase. Tests that want a keyring pass an OsKeyring over MemoryKeyring.
- Each test gets a fresh encrypted database, copied from one template made
  once per session through the real first-run path (Argon2id at full cost
  runs once, not per test).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="nabij-tests-"))
# NABIJ_TEST_SCREEN=1280x720 gives the offscreen platform one screen of that size (its own config
# file), for the checks that dialogs fit a small laptop screen (tests/ui/test_dialogs_fit.py).
_SCREEN = os.environ.get("NABIJ_TEST_SCREEN", "")
if _SCREEN:
    _w, _h = (int(n) for n in _SCREEN.split("x"))
    _screen_file = _TMP / "screen.json"
    _screen = {"name": "laptop", "x": 0, "y": 0, "width": _w, "height": _h, "logicalDpi": 96, "dpr": 1}
    _screen_file.write_text(json.dumps({"screens": [_screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file}"
else:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "nl_NL.UTF-8"
os.environ["LANGUAGE"] = "nl"
os.environ["NABIJ_DATA_DIR"] = str(_TMP / "default-data")
# No machine policy reaches the tests (app/policy.py): an empty policy folder, on every platform.
os.environ["NABIJ_POLICY_DIR"] = str(_TMP / "policy")
os.environ.setdefault("XDG_RUNTIME_DIR", str(_TMP / "runtime"))
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402

keyring.set_keyring(keyring.backends.fail.Keyring())

from app.storage.keys import OsKeyring  # noqa: E402
from app.storage.vault import Vault  # noqa: E402
from tests.support.keyring_backend import MemoryKeyring  # noqa: E402

PASSPHRASE = "test passphrase 2026"


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> tuple[Path, dict]:
    """One vault made through the real first-run path, closed, plus its keyring entries."""
    root = tmp_path_factory.mktemp("template")
    ring = MemoryKeyring()
    vault = Vault(root, OsKeyring(ring))
    db = vault.create(PASSPHRASE)
    db.close()
    return root, dict(ring.entries)


@pytest.fixture
def memory_keyring(template_vault) -> MemoryKeyring:
    ring = MemoryKeyring()
    ring.entries.update(template_vault[1])
    return ring


@pytest.fixture
def data_dir(template_vault, tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_vault[0], target)
    return target


@pytest.fixture
def vault(data_dir, memory_keyring) -> Vault:
    return Vault(data_dir, OsKeyring(memory_keyring))


@pytest.fixture
def db(vault):
    """A fresh, open encrypted database (opened by the keyring path: no KDF)."""
    outcome = vault.open_with_keyring()
    assert outcome.database is not None, outcome.problem
    yield outcome.database
    outcome.database.close()


@pytest.fixture
def other_db(template_vault, tmp_path):
    """A second vault in its own data folder: the next consultant's Nabij (handover tests)."""
    from app.storage.keys import NoSecretStore

    folder = tmp_path / "other"
    shutil.copytree(template_vault[0], folder)
    database = Vault(folder, NoSecretStore()).open_with_passphrase(PASSPHRASE)
    assert database is not None
    yield database
    database.close()


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TMP, ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    """On Windows, printing goes through Qt's Windows engine, not CUPS: the CUPS tests cannot
    apply there. The Windows lane prints a slip through that engine instead
    (packaging/windows/checks/print_slip.py, checked page by page)."""
    if sys.platform != "win32":
        return
    skip = pytest.mark.skip(reason="needs a CUPS scheduler: Windows prints through Qt's Windows engine")
    for item in items:
        if "print" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _no_sapi_under_wine(monkeypatch):
    """Under Wine (the Windows lane), F9 must not make Wine's SAPI engine: it never returns. A test that
    wants an engine sets read_aloud.ENGINE itself (tests/ui/test_read_aloud.py), after this."""
    from tests.support.wine import on_wine

    if on_wine():
        from app.ui import read_aloud

        monkeypatch.setattr(read_aloud, "ENGINE", "no-engine-under-wine")
