"""The one registry of settings: each declared once, with key, type, default and label.

Values live in the encrypted database (table ``setting``, one JSON value per
row) and are read and written through app.services.settings.SettingsService,
which validates every value against this registry and falls back to the
default when a row is absent or no longer valid.

Labels and help texts are English source strings. The settings dialog shows
them through ``QCoreApplication.translate("Settings", text)``; they are marked
with QT_TRANSLATE_NOOP below so pyside6-lupdate collects them. This module
imports no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

CONTEXT = "Settings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a string for translation without translating it here."""
    return text


class SettingError(ValueError):
    """An unknown setting, or a value that does not fit its declaration."""


class SettingLocked(SettingError):
    """The machine's policy locks this setting (app/policy.py)."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"setting {key!r} is locked by the machine's policy")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type  # bool, int or str
    default: Any
    label: str
    help: str = ""
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    internal: bool = False  # kept by the app itself, not shown in the settings dialog
    check: Callable[[Any], bool] | None = None  # extra rule for free-form values

    def __post_init__(self) -> None:
        # A registry entry whose own default does not validate is a programming error.
        self.validate(self.default)

    def validate(self, value: Any) -> Any:
        """The value when it fits this setting; raises SettingError otherwise."""
        if self.type is bool:
            ok = isinstance(value, bool)
        elif self.type is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.type)
        if not ok:
            raise SettingError(f"setting {self.key!r} takes a {self.type.__name__}")
        if self.choices is not None and value not in self.choices:
            raise SettingError(f"setting {self.key!r} is one of {self.choices}")
        if self.minimum is not None and value < self.minimum:
            raise SettingError(f"setting {self.key!r} is at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise SettingError(f"setting {self.key!r} is at most {self.maximum}")
        if self.check is not None and not self.check(value):
            raise SettingError(f"setting {self.key!r} does not have the expected form")
        return value


def _iso_timestamp_or_empty(value: str) -> bool:
    if value == "":
        return True
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "retention_months",
        int,
        24,
        QT_TRANSLATE_NOOP("Settings", "Keep a resident's notes for (months after last contact)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Nabij is not the official dossier: the municipality keeps that under its own retention rules "
            "(the Participatiewet dossier). The notes here are working notes for the conversation, and they "
            "lose their purpose some time after contact ends. We chose 24 months after the last contact as "
            "the default because it covers a typical period in which a resident applies again, so the "
            "consultant does not have to ask their story again. After that, Nabij offers to export and then "
            "delete them. This is our reasoning for a default, not a legal term; your municipality may "
            "choose another.",
        ),
        minimum=1,
        maximum=240,
    ),
    Setting(
        "idle_lock_minutes",
        int,
        5,
        QT_TRANSLATE_NOOP("Settings", "Lock after this many minutes without use"),
        QT_TRANSLATE_NOOP(
            "Settings", "The resident may see the screen and the consultant may step away: Nabij locks itself."
        ),
        minimum=1,
        maximum=60,
    ),
    Setting(
        "clipboard_clear_seconds",
        int,
        30,
        QT_TRANSLATE_NOOP("Settings", "Clear copied text from the clipboard after (seconds)"),
        QT_TRANSLATE_NOOP(
            "Settings", "A meeting summary copied for the official dossier does not stay on the clipboard."
        ),
        minimum=5,
        maximum=600,
    ),
    Setting(
        "address_form_default",
        str,
        "je",
        QT_TRANSLATE_NOOP("Settings", "Default form of address for new residents"),
        QT_TRANSLATE_NOOP("Settings", '"je" or "u"; each resident can have their own.'),
        choices=("je", "u"),
    ),
    Setting(
        "show_client_number_on_slip",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Print the client number on the agreements slip"),
        QT_TRANSLATE_NOOP(
            "Settings", "Off by default: the slip goes home with the resident and may be seen by others."
        ),
    ),
    Setting(
        "slip_second_language",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Second language on the agreements slip"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "For residents whose own language is not known. A resident's own language (Voorbereiding, "
            "'Language') comes first; you can change it per document in the preview. Empty for Dutch only.",
        ),
        choices=("", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa"),
    ),
    Setting(
        "slip_paper",
        str,
        "A5",
        QT_TRANSLATE_NOOP("Settings", "Paper for the agreements slip"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A5 is half an A4 sheet. Choose A4 when the office printer has no A5 tray: the slip is then "
            "laid out for A4, never printed as a small page on a large sheet.",
        ),
        choices=("A5", "A4"),
    ),
    Setting(
        "slip_logo_path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Logo on slips and letters (PNG or JPEG file)"),
        QT_TRANSLATE_NOOP("Settings", "Empty for no logo. The municipality's name is always printed."),
    ),
    Setting(
        "read_aloud",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Offer read-aloud in the resident view (F9)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Reads the resident view aloud with the computer's own voices; nothing goes over the internet. "
            "Off: the button is not shown.",
        ),
    ),
    Setting(
        "backup_folder",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Folder offered for backups"),
        QT_TRANSLATE_NOOP(
            "Settings", "Empty to choose a folder each time. Your organisation may set a network folder here."
        ),
    ),
    Setting(
        "backup_reminder_days",
        int,
        7,
        QT_TRANSLATE_NOOP("Settings", "Remind me to make a backup after (days)"),
        minimum=1,
        maximum=90,
    ),
    Setting(
        "ui_language",
        str,
        "nl",
        QT_TRANSLATE_NOOP("Settings", "Language of the app"),
        choices=("nl", "en"),
    ),
    Setting(
        "font_scale",
        int,
        100,
        QT_TRANSLATE_NOOP("Settings", "Text size (percent)"),
        minimum=100,
        maximum=200,
    ),
    Setting(
        "team_secret",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Team secret for signal files"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The same words for everyone in the team, at least 8 characters. Signal files are signed with it, "
            "so the team lead can see that a file was not changed.",
        ),
    ),
    Setting(
        "signal_threshold",
        int,
        3,
        QT_TRANSLATE_NOOP("Settings", "Hide team counts below"),
        QT_TRANSLATE_NOOP(
            "Settings", 'A small count could point to one resident: it is shown as "fewer than" instead.'
        ),
        minimum=3,
        maximum=50,
    ),
    # --- kept by the app itself ------------------------------------------------
    Setting(
        "team_register",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "What was done with signals"),
        QT_TRANSLATE_NOOP("Settings", "The team's register, imported from the team lead's file (JSON)."),
        internal=True,
        check=lambda value: len(value) <= 1_000_000,
    ),
    Setting(
        "signal_source",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Signal source"),
        QT_TRANSLATE_NOOP("Settings", "A random tag, so a signal exported twice is counted once."),
        internal=True,
    ),
    Setting(
        "last_backup_at",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Last backup"),
        QT_TRANSLATE_NOOP(
            "Settings", "When the last backup was written and checked (ISO 8601, UTC); empty when never."
        ),
        internal=True,
        check=_iso_timestamp_or_empty,
    ),
)

REGISTRY: dict[str, Setting] = {s.key: s for s in SETTINGS}
if len(REGISTRY) != len(SETTINGS):  # pragma: no cover - caught at import in development
    raise RuntimeError("a setting is declared twice")


def spec(key: str) -> Setting:
    try:
        return REGISTRY[key]
    except KeyError:
        raise SettingError(f"there is no setting {key!r}") from None


def defaults() -> dict[str, Any]:
    return {s.key: s.default for s in SETTINGS}


def visible() -> tuple[Setting, ...]:
    """The settings a consultant can change in the settings dialog, in display order."""
    return tuple(s for s in SETTINGS if not s.internal)
