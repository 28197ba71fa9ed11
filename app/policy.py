"""Machine-wide defaults that a municipality's IT sets, and may lock.

IT can set five things for every consultant on a machine: the idle lock, the retention
period, the slip's second language, the backup folder and the content pack file. Each is
a *default* (the consultant may change it in Settings) unless IT also *locks* it.

Where the policy is read:

- Windows: the registry key ``HKEY_LOCAL_MACHINE\\Software\\Policies\\Nabij`` (what Group
  Policy and Intune write; see packaging/windows/policy/nabij.admx), read through QSettings.
- Elsewhere: ``policy.ini`` in the system config folder, ``/etc/xdg/nabij/`` by default;
  the environment variable ``NABIJ_POLICY_DIR`` names another folder (tests, trials)::

      [Nabij]
      IdleLockMinutes=3
      IdleLockMinutesLocked=1
      ContentPackPath=/srv/gemeente/nabij-pack.toml

Value names (DWORD or string in the registry):

=====================  ====================  ==============================
value                  setting               meaning
=====================  ====================  ==============================
IdleLockMinutes        idle_lock_minutes     minutes without use, then lock
RetentionMonths        retention_months      months after the last contact
SlipLanguages          slip_second_language  second language on the slip ("" or a code)
BackupFolder           backup_folder         folder offered for backups
ContentPackPath        (none: read at start) the municipal content pack file
=====================  ====================  ==============================

``<value>Locked`` = 1 locks that value. A value that does not fit its setting (a word where a
number belongs, 0 minutes) is ignored and recorded in ``Policy.problems``; the rest still applies.
The policy never holds resident data. This module imports QtCore only (QSettings), no widgets.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import settings as registry

log = logging.getLogger(__name__)

REGISTRY_PATH = "HKEY_LOCAL_MACHINE\\Software\\Policies\\Nabij"
ENV_DIR = "NABIJ_POLICY_DIR"
DEFAULT_DIR = Path("/etc/xdg/nabij")
FILE_NAME = "policy.ini"

SETTING_VALUES: dict[str, str] = {
    "IdleLockMinutes": "idle_lock_minutes",
    "RetentionMonths": "retention_months",
    "SlipLanguages": "slip_second_language",
    "BackupFolder": "backup_folder",
}
"""Registry/INI value name -> the setting it sets (app/settings.py)."""
PACK_VALUE = "ContentPackPath"


@dataclass(frozen=True)
class Policy:
    values: dict[str, Any] = field(default_factory=dict)  # setting key -> value IT set
    locked: frozenset[str] = frozenset()  # setting keys IT locked ("content_pack_path" for the pack)
    pack_path: str = ""  # the content pack file IT named; "" for none
    source: str = ""  # where the policy was read, for the settings dialog; "" when there is none
    problems: tuple[str, ...] = ()  # value names that were ignored (English, for IT and the log)

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    @property
    def pack_locked(self) -> bool:
        return bool(self.pack_path) and "content_pack_path" in self.locked


def policy_file() -> Path:
    folder = os.environ.get(ENV_DIR, "").strip()
    return (Path(folder) if folder else DEFAULT_DIR) / FILE_NAME


def _qsettings():  # pragma: no cover - trivial; which store depends on the platform
    from PySide6.QtCore import QSettings

    if sys.platform == "win32" and not os.environ.get(ENV_DIR):
        return QSettings(REGISTRY_PATH, QSettings.Format.NativeFormat), REGISTRY_PATH, ""
    path = policy_file()
    if not path.is_file():
        return None, str(path), ""
    return QSettings(str(path), QSettings.Format.IniFormat), str(path), "Nabij/"


def _as_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError
    if isinstance(raw, int):
        return raw
    return int(str(raw).strip())


def _locked(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    return str(raw).strip().lower() in ("1", "true", "yes", "on")


def _convert(key: str, raw: Any) -> Any:
    spec = registry.spec(key)
    if isinstance(raw, list):  # QSettings splits an INI value with commas into a list
        raw = ",".join(str(r) for r in raw)
    value: Any = _as_int(raw) if spec.type is int else str(raw).strip()
    if key == "backup_folder":
        value = os.path.expandvars(value)  # REG_EXPAND_SZ from the ADMX: %USERNAME% and the like
    return spec.validate(value)


def read() -> Policy:
    """Read the machine's policy now. Never raises: a broken policy gives no policy, logged."""
    try:
        store, source, prefix = _qsettings()
    except Exception as exc:  # noqa: BLE001 - a policy must never stop the app
        log.warning("policy not readable: %s", type(exc).__name__)
        return Policy()
    if store is None:
        return Policy()
    keys = set(store.allKeys())
    values: dict[str, Any] = {}
    locked: set[str] = set()
    problems: list[str] = []
    for name, key in SETTING_VALUES.items():
        if prefix + name not in keys:
            continue
        try:
            values[key] = _convert(key, store.value(prefix + name))
        except (ValueError, registry.SettingError):
            problems.append(name)
            continue
        if _locked(store.value(prefix + name + "Locked", 0)):
            locked.add(key)
    pack = ""
    if prefix + PACK_VALUE in keys:
        pack = os.path.expandvars(str(store.value(prefix + PACK_VALUE) or "").strip())
        if pack and _locked(store.value(prefix + PACK_VALUE + "Locked", 0)):
            locked.add("content_pack_path")
    if problems:
        log.warning("policy values ignored: %s", ", ".join(problems))
    if not values and not pack:
        return Policy(problems=tuple(problems))
    return Policy(values, frozenset(locked), pack, source, tuple(problems))


_current: Policy | None = None


def current() -> Policy:
    """The policy, read once per run (IT changes take effect at the next start)."""
    global _current
    if _current is None:
        _current = read()
    return _current


def reload() -> Policy:
    """Read again (at start, and in tests after changing the policy)."""
    global _current
    _current = read()
    return _current
