"""Storage errors. Every message names the file; none carries key material or resident data.

Each carries a code (app/errors.py) for the UI, which says it in the user's language. Damage is
described by a reason code from DAMAGE_REASONS, so the UI can say that part in words too.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import NabijError

# Why a database or a backup cannot be used: reason code -> the English words, for str() and logs.
DAMAGE_REASONS: dict[str, str] = {
    "missing": "the database file is missing",
    "empty": "the file is missing or empty",
    "too_short": "the file is too short to be a database",
    "no_decrypt": "pages of the database do not decrypt",
    "integrity": "pages of the database fail their integrity check",
    "structure": "the database structure is inconsistent",
    "search_index": "its search index is damaged and could not be rebuilt",
    "references": "the database has broken references",
    "newer_version": "it was made by a newer version of Nabij; update Nabij first",
    "other_version": "it was made by a different version of Nabij",
    "incomplete": "the file is incomplete (cut off)",
    "extra_bytes": "the file has unexpected extra bytes",
    "header": "its header cannot be read",
    "header_mismatch": "its header does not match the database in it",
    "changed": "it has been changed or damaged",
    "key_unreadable": "its key file cannot be read",
    "kdf_bounds": "its key settings ask for more time or memory than Nabij allows",
}


class StorageError(NabijError):
    """Something about the local store went wrong."""

    code = "disk.refused"


class KeyProblem(StorageError):
    """A key could not be obtained or did not fit. The database is untouched."""

    code = "key.not_this_database"


class WrongPassphrase(KeyProblem):
    code = "key.wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("The passphrase is not right.")


class KeyFileMissing(KeyProblem):
    code = "key.file_missing"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"The key file {self.path} is missing.", path=self.path)


class KeyFileDamaged(KeyProblem):
    code = "key.file_damaged"

    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        super().__init__(f"The key file {self.path} cannot be read: {reason}.", path=self.path)


class KdfOutOfBounds(KeyFileDamaged):
    """A key file asks for Argon2id settings outside Nabij's floor and ceilings: never run."""

    code = "key.kdf_out_of_bounds"


class KeyringUnavailable(KeyProblem):
    """The OS keyring has no backend, is locked, or refused (codes keyring.none/locked/refused)."""

    code = "keyring.refused"


class ForeignFile(StorageError):
    code = "db.foreign"

    def __init__(self, path: Path, what: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} is not a Nabij database ({what}). It was not changed.", path=self.path)


class DamagedDatabase(StorageError):
    code = "db.damaged"

    def __init__(self, path: Path, why: str, count: int | None = None) -> None:
        self.path = Path(path)
        reason = DAMAGE_REASONS[why] if count is None else f"{count} page(s) fail their integrity check"
        super().__init__(
            f"{self.path} is damaged: {reason}. It was not changed; restore it from a backup.",
            path=self.path,
            why=why,
        )


class AlreadyExists(StorageError):
    code = "db.exists"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} already exists; refusing to create a new database over it.", path=self.path)


class DiskFull(StorageError):
    code = "disk.full"


class OlderThanLastSave(StorageError):
    """The file lacks saves that Nabij made (saves.py): reported, never opened silently.

    ``missing`` is how many saves are missing (code db.older), or None when the -wal broke off early
    (code db.wal_broken); ``kept`` is where a copy of the -wal was kept, if there was one.
    """

    code = "db.older"

    def __init__(self, path: Path, missing: int | None, kept: Path | None) -> None:
        self.path = Path(path)
        self.missing = missing
        self.kept = kept
        where = str(kept) if kept is not None else "-"
        if missing is None:
            text = f"The -wal of {self.path} broke off early; opening it would drop saves. A copy is in {where}."
            super().__init__(text, code="db.wal_broken", path=self.path, kept=where)
        else:
            text = f"{self.path} lacks {missing} save(s) that Nabij made (an older file or -wal). A copy is in {where}."
            super().__init__(text, path=self.path, missing=missing, kept=where)
