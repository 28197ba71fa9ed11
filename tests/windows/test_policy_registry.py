"""IT's policy from the Windows registry (HKLM\\Software\\Policies\\Nabij, as Group Policy or Intune
writes it), read through QSettings and shown locked in Settings. Runs in the Windows lane under Wine;
skips on Linux, where tests/ui/test_policy_settings.py covers the policy file."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from app import policy
from app.services.registry import Services
from app.settings import SettingLocked
from app.ui.dialogs.settings import SettingsDialog

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="the registry is Windows-only")
KEY = r"Software\Policies\Nabij"


@pytest.fixture
def registry_policy(monkeypatch):
    import winreg

    try:
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, KEY))
        pytest.skip("this machine has a real Nabij policy; the test leaves it alone")
    except FileNotFoundError:
        pass
    monkeypatch.delenv(policy.ENV_DIR, raising=False)  # the registry, not the test's empty policy folder
    key = winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, KEY, 0, winreg.KEY_ALL_ACCESS)
    try:
        yield key
    finally:
        winreg.CloseKey(key)
        winreg.DeleteKey(winreg.HKEY_LOCAL_MACHINE, KEY)
        monkeypatch.undo()
        policy.reload()


def test_registry_policy_is_locked_in_settings(qtbot, db, registry_policy):
    import winreg

    winreg.SetValueEx(registry_policy, "IdleLockMinutes", 0, winreg.REG_DWORD, 4)
    winreg.SetValueEx(registry_policy, "IdleLockMinutesLocked", 0, winreg.REG_DWORD, 1)
    winreg.SetValueEx(registry_policy, "RetentionMonths", 0, winreg.REG_DWORD, 18)
    winreg.SetValueEx(registry_policy, "SlipLanguages", 0, winreg.REG_SZ, "en")
    winreg.SetValueEx(registry_policy, "SlipLanguagesLocked", 0, winreg.REG_DWORD, 1)
    rule = policy.reload()
    assert rule.source.startswith("HKEY_LOCAL_MACHINE")
    services = Services.over(db)
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    minutes = dialog.editors["idle_lock_minutes"]
    assert minutes.value() == 4 and not minutes.isEnabled()
    qtbot.keyClick(minutes, Qt.Key.Key_Up)
    assert minutes.value() == 4
    language = dialog.editors["slip_second_language"]
    assert language.currentData() == "en" and not language.isEnabled()
    retention = dialog.editors["retention_months"]
    assert retention.isEnabled() and retention.value() == 18, "not locked: only IT's default"
    with pytest.raises(SettingLocked):
        services.settings.set("idle_lock_minutes", 9)
