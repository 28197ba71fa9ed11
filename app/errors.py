"""The one base for errors a user may see: a code names the sentence, parameters fill it.

Below the UI nothing is translated. An error carries a ``code`` (one of CODES) and plain
``params`` (a path, a number, the code of a reason); ``str()`` stays an English sentence for the
log and for developers. The UI turns the code into the user's language in one place,
app/ui/messages.py, and never shows ``str()``. Parameters never carry resident data or key
material: they end up in the log too.
"""

from __future__ import annotations

# Every code a NabijError may carry. app/ui/messages.py has a sentence for each (a test checks).
CODES = frozenset(
    {
        "unexpected",
        # keys and the keyring
        "key.wrong_passphrase",
        "key.file_missing",
        "key.file_damaged",
        "key.kdf_out_of_bounds",
        "key.not_this_database",
        "key.passphrase_too_short",
        "key.passphrase_too_simple",
        "keyring.none",
        "keyring.locked",
        "keyring.refused",
        "keyring.no_key",
        "keyring.wrong_key",
        # the database file
        "db.foreign",
        "db.damaged",
        "db.exists",
        "db.locked",
        "db.closed",
        "db.no_sqlcipher",
        "db.busy",
        "db.older",
        "db.wal_broken",
        # disks and files
        "disk.full",
        "disk.refused",
        "file.write_failed",
        "folder.missing",
        "folder.cannot_create",
        "folder.not_empty",
        # backups
        "backup.not_a_backup",
        "backup.damaged",
        "backup.missing",
        "backup.unreadable",
        "backup.copy_failed_check",
        "backup.read_back_failed",
        "backup.failed",
        "backup.no_revision",
        "backup.nothing_restored",
        "backup.adopt_failed",
        # the domain
        "meeting.closed",
        "meeting.already_current",
        "meeting.other_in_progress",
        "meeting.handed_over",
        "meeting.started",
        "meeting.cancel_reason",
        "resident.needs_name",
        "resident.name_mismatch",
        "referral.needs_name",
        "signal.needs_category",
        "signal.too_long",
        "team.secret_short",
        "team.register_incomplete",
        "signal.not_anonymous",
        "content.invalid",
        "handover.foreign",
        "handover.too_large",
        "handover.newer_version",
        "handover.damaged",
        "handover.wrong_passphrase",
        "handover.unreadable",
        "handover.no_consent",
        "not_found",
        "invalid",
    }
)


class NabijError(Exception):
    """An error the user may see. ``code`` is one of CODES; ``params`` are plain strings."""

    code = "unexpected"

    def __init__(self, english: str = "", *, code: str | None = None, **params: object) -> None:
        if code is not None:
            self.code = code
        if self.code not in CODES:
            raise AssertionError(f"unknown error code {self.code!r}")
        self.params: dict[str, str] = {name: str(value) for name, value in params.items()}
        super().__init__(english or self.code)


class InvalidInput(NabijError, ValueError):
    """Input a service refuses. Also a ValueError, as callers and tests have long expected."""

    code = "invalid"


class NotFound(NabijError, LookupError):
    """A row asked for is not there (deleted meanwhile, or never was)."""

    code = "not_found"
