"""UI preferences that must be known before unlock: language and text size.

The settings proper live in the encrypted database (app/settings.py), which
cannot be read until the consultant has unlocked it. The unlock dialog itself
must already speak the right language at the right size, so these two are
also kept in a small plain JSON file in the data folder:

    <data dir>/ui-preferences.json   {"ui_language": "nl", "font_scale": 150}

Nothing about residents or the consultant goes in here; only keys listed in
``FIELDS`` are read or written. A missing, unreadable or damaged file gives the
defaults (None for the language: choose it from the system on first run).
Writing goes through app.storage.fileops (write beside, fsync, rename).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from app.storage.fileops import atomic_write_bytes

log = logging.getLogger(__name__)

FILE_NAME = "ui-preferences.json"
LANGUAGES = ("nl", "en")
SCALE_MIN, SCALE_MAX, SCALE_DEFAULT = 100, 200, 100
FIELDS = ("ui_language", "font_scale")


@dataclass(frozen=True)
class UiPreferences:
    ui_language: str | None = None  # None: not chosen yet (first run)
    font_scale: int = SCALE_DEFAULT  # percent, 100..200

    @property
    def scale(self) -> float:
        """The factor for app.ui.style.apply (1.0 .. 2.0)."""
        return self.font_scale / 100


def path_in(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def _clean(raw: object) -> UiPreferences:
    if not isinstance(raw, dict):
        return UiPreferences()
    language = raw.get("ui_language")
    if language not in LANGUAGES:
        language = None
    scale = raw.get("font_scale")
    if isinstance(scale, bool) or not isinstance(scale, int):
        scale = SCALE_DEFAULT
    return UiPreferences(language, min(SCALE_MAX, max(SCALE_MIN, scale)))


def load(data_dir: Path) -> UiPreferences:
    path = path_in(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return UiPreferences()
    except OSError as exc:
        log.warning("ui preferences not readable: %s", type(exc).__name__)
        return UiPreferences()
    try:
        return _clean(json.loads(text))
    except ValueError:
        log.warning("ui preferences damaged; using defaults")
        return UiPreferences()


def save(data_dir: Path, prefs: UiPreferences) -> None:
    """Write atomically. Raises app.storage.errors.StorageError (DiskFull) when it cannot."""
    cleaned = _clean(asdict(prefs))
    data = {k: v for k, v in asdict(cleaned).items() if k in FIELDS and v is not None}
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path_in(folder), (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def update(data_dir: Path, **changes) -> UiPreferences:
    """Load, change the given fields, save; returns what was saved (cleaned)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise KeyError(f"not a UI preference: {', '.join(sorted(unknown))}")
    current = asdict(load(data_dir))
    current.update(changes)
    prefs = _clean(current)
    save(data_dir, prefs)
    return prefs
