"""Storage errors. Every message names the file; none carries key material or resident data."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Something about the local store went wrong."""


class KeyProblem(StorageError):
    """A key could not be obtained or did not fit. The database is untouched."""


class WrongPassphrase(KeyProblem):
    def __init__(self) -> None:
        super().__init__("The passphrase is not right.")


class KeyFileMissing(KeyProblem):
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"The key file {self.path} is missing.")


class KeyFileDamaged(KeyProblem):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        super().__init__(f"The key file {self.path} cannot be read: {reason}.")


class KeyringUnavailable(KeyProblem):
    """The OS keyring has no backend, is locked, or refused."""


class ForeignFile(StorageError):
    def __init__(self, path: Path, what: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} is not a Nabij database ({what}). It was not changed.")


class DamagedDatabase(StorageError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} is damaged: {reason}. It was not changed; restore it from a backup.")


class AlreadyExists(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} already exists; refusing to create a new database over it.")


class DiskFull(StorageError):
    pass
