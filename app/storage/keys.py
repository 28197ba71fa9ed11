"""Key custody: the OS keyring as the everyday path, the key file as recovery.

The data key lives in two places:
1. the OS keyring (Windows Credential Manager, macOS Keychain, Secret
   Service), so the consultant's OS login opens the app without typing;
2. the passphrase-wrapped key file beside the database (keyfile.py).

A keyring that is missing, locked, empty or wrong is a *key problem*: the app
falls back to the passphrase. Nothing here ever makes a new key for an
existing database, and nothing here touches the database file.
"""

from __future__ import annotations

import base64
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

import keyring
import keyring.core
import keyring.errors

from app.storage.errors import KeyringUnavailable
from app.storage.wipe import wipe_bytes, wipe_str

log = logging.getLogger(__name__)

SERVICE = "Nabij"

# Backends that would keep the key in plaintext on disk. We never use them.
_PLAINTEXT_BACKENDS = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")


class SecretStore(Protocol):
    """Where the data key may be kept besides the key file."""

    def describe(self) -> str: ...

    def get(self, db_id: str) -> bytearray | None:
        """The stored key, None when there is no entry. Raises KeyringUnavailable."""

    def put(self, db_id: str, key: bytes | bytearray) -> None:
        """Store the key. Raises KeyringUnavailable."""

    def delete(self, db_id: str) -> None: ...


def _username(db_id: str) -> str:
    return f"database-{db_id}"


def platform_backend() -> keyring.backend.KeyringBackend | None:
    """This platform's own keyring, named rather than discovered, or None to let ``keyring`` discover.

    Discovery loads every installed backend through package metadata (90-320 ms at each start,
    benchmarks/results.md) only to pick the platform's own one: Windows Credential Manager on Windows,
    the Keychain on macOS, the Secret Service elsewhere. Discovery still decides when the choice was made
    by someone else: a backend set with ``keyring.set_keyring``, the ``PYTHON_KEYRING_BACKEND`` variable or
    a keyringrc.cfg (IT), or when the platform's own keyring cannot be used here (then it finds the
    refusing one, and the passphrase path is taken).
    """
    if getattr(keyring.core, "_keyring_backend", None) is not None or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        from keyring.util import platform_ as keyring_platform

        if (Path(keyring_platform.config_root()) / "keyringrc.cfg").exists():
            return None
        backend: keyring.backend.KeyringBackend
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring

            backend = WinVaultKeyring()
        elif sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as MacKeyring

            backend = MacKeyring()
        else:
            from keyring.backends.SecretService import Keyring as SecretServiceKeyring

            backend = SecretServiceKeyring()  # type: ignore[no-untyped-call]
        usable = backend.priority > 0
    except Exception:  # noqa: BLE001 - not usable here: discovery finds what refuses, as before
        return None
    return backend if usable else None


class OsKeyring:
    """The platform keyring through the ``keyring`` package (see ``platform_backend``)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._chosen = backend is not None

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if not self._chosen:  # once: named, or left to discovery, which is asked each time as before
            self._backend, self._chosen = platform_backend(), True
        return self._backend if self._backend is not None else keyring.get_keyring()

    def usable(self) -> bool:
        backend = self.backend
        module = type(backend).__module__
        if module.startswith(_PLAINTEXT_BACKENDS):
            return False
        try:
            priority: float = backend.priority  # KeyringBackend.priority (keyring ships no stubs)
            return priority > 0
        except Exception:  # a backend whose priority check itself fails is not usable
            return False

    def describe(self) -> str:
        if not self.usable():
            return "none"
        return getattr(self.backend, "name", type(self.backend).__name__)

    def _check(self) -> None:
        if not self.usable():
            raise KeyringUnavailable("No secure OS keyring is available on this computer.", code="keyring.none")

    def get(self, db_id: str) -> bytearray | None:
        self._check()
        try:
            value = self.backend.get_password(SERVICE, _username(db_id))
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailable("The OS keyring is locked.", code="keyring.locked") from None
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                f"The OS keyring refused: {type(exc).__name__}.", detail=type(exc).__name__
            ) from None
        except Exception as exc:  # D-Bus and Win32 errors surface as many types
            log.warning("keyring get failed: %s", type(exc).__name__)
            raise KeyringUnavailable(
                f"The OS keyring failed: {type(exc).__name__}.", detail=type(exc).__name__
            ) from None
        if value is None:
            return None
        raw = b""
        try:
            raw = base64.b64decode(value, validate=True)
            return bytearray(raw)
        except ValueError:
            return bytearray()  # present but unusable; the caller treats it as a wrong key
        finally:
            wipe_bytes(raw)  # the key decoded, and as the backend gave it: not left in memory
            if sys.getrefcount(value) == 2:  # only this name holds it: a backend that kept it is left alone
                wipe_str(value)

    def put(self, db_id: str, key: bytes | bytearray) -> None:
        self._check()
        encoded = base64.b64encode(key)
        text = encoded.decode("ascii")
        wipe_bytes(encoded)
        try:
            self.backend.set_password(SERVICE, _username(db_id), text)
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailable("The OS keyring is locked.", code="keyring.locked") from None
        except Exception as exc:
            log.warning("keyring put failed: %s", type(exc).__name__)
            raise KeyringUnavailable(
                f"The OS keyring failed: {type(exc).__name__}.", detail=type(exc).__name__
            ) from None
        finally:
            if sys.getrefcount(text) == 2:  # a backend that keeps the very object (a test double) is left alone
                wipe_str(text)

    def delete(self, db_id: str) -> None:
        try:
            self.backend.delete_password(SERVICE, _username(db_id))
        except Exception as exc:
            log.info("keyring delete skipped: %s", type(exc).__name__)


class NoSecretStore:
    """Passphrase only: for the demo, and for consultants who choose it."""

    def describe(self) -> str:
        return "none"

    def get(self, db_id: str) -> bytearray | None:
        raise KeyringUnavailable("This data folder is opened by passphrase only.", code="keyring.none")

    def put(self, db_id: str, key: bytes | bytearray) -> None:
        raise KeyringUnavailable("This data folder is opened by passphrase only.", code="keyring.none")

    def delete(self, db_id: str) -> None:
        return None
