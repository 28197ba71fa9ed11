"""The data folder gets a user-only ACL on Windows (issue 15, case 8).

Runs in the Windows lane (packaging/windows/lane.sh runs tests/windows under Wine); on Linux each
test skips with its reason, and tests/storage/test_permissions.py checks the POSIX modes instead.
What Wine cannot show (a domain account, an inherited ACL from a managed profile, Explorer's view
of it) is on packaging/windows/CHECKLIST.md.
"""

from __future__ import annotations

import re
import sys

import pytest

from app.storage import permissions
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.wine import on_wine

on_windows = pytest.mark.skipif(sys.platform != "win32", reason="a Windows-only path (ACLs)")

# SIDs that would let others in: Everyone, Users, Authenticated Users, Administrators, Interactive.
OTHERS = ("WD", "BU", "AU", "BA", "IU")


def _unless_wine_dropped_it(sddl: str) -> None:
    """Wine accepts SetNamedSecurityInfoW but keeps no DACL where its prefix lies (no extended attributes
    for security descriptors there): the read-back is then Wine's default. Real Windows keeps it, and there
    the assertions run; CHECKLIST.md step 9 looks at it with icacls on a real laptop."""
    if on_wine() and not sddl.startswith("D:P"):
        pytest.skip(f"Wine kept no DACL here (it reads back {sddl}); the call itself succeeded")


def _aces(sddl: str) -> list[list[str]]:
    """The entries of an SDDL DACL, each split into its six fields."""
    return [ace.split(";") for ace in re.findall(r"\(([^)]*)\)", sddl)]


@on_windows
def test_a_new_data_folder_lets_only_the_user_and_the_system_in(tmp_path):
    vault = Vault(tmp_path / "nieuw", NoSecretStore())
    vault.create(PASSPHRASE).close()
    sid = permissions.current_user_sid()
    assert sid.startswith("S-1-")
    permissions.restrict_windows_acl(vault.data_dir)  # the call the vault makes: it must not fail
    folder = permissions.windows_acl_sddl(vault.data_dir)
    _unless_wine_dropped_it(folder)
    assert folder.startswith("D:P"), folder  # protected: nothing inherited from the profile
    trustees = {ace[5] for ace in _aces(folder)}
    assert trustees == {sid, "SY"}, folder
    for path in (vault.key_path, vault.db_path):
        sddl = permissions.windows_acl_sddl(path)
        trustees = {ace[5] for ace in _aces(sddl)}
        assert sid in trustees and not set(OTHERS) & trustees, (path.name, sddl)


@on_windows
def test_an_existing_data_folder_is_narrowed_when_opened(data_dir):
    permissions.windows_acl_sddl(data_dir)  # readable before
    Vault(data_dir, NoSecretStore()).open_with_passphrase(PASSPHRASE).close()
    permissions.restrict_windows_acl(data_dir)  # the call the vault makes: it must not fail
    folder = permissions.windows_acl_sddl(data_dir)
    _unless_wine_dropped_it(folder)
    assert folder.startswith("D:P") and {ace[5] for ace in _aces(folder)} == {
        permissions.current_user_sid(),
        "SY",
    }, folder


def test_the_acl_is_only_applied_on_windows(tmp_path, monkeypatch):
    """Everywhere: tighten_folder reaches the Windows ACL code only on Windows, and never raises."""
    calls = []
    monkeypatch.setattr(permissions, "restrict_windows_acl", lambda folder: calls.append(folder))
    permissions.tighten_folder(tmp_path)
    assert calls == ([tmp_path] if sys.platform == "win32" else [])

    def refuse(folder):
        raise OSError(5, "Access is denied")

    monkeypatch.setattr(permissions, "restrict_windows_acl", refuse)
    permissions.tighten_folder(tmp_path)  # logged, not raised: Nabij still starts
