"""Fixtures for the privacy tests (helpers live in support.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def key(db) -> bytearray:
    """A copy of the open database's data key, zeroed after the test."""
    k = db.key_copy()
    yield k
    for i in range(len(k)):
        k[i] = 0


_derived: dict[tuple, bytes] = {}


@pytest.fixture(autouse=True)
def remembered_kdf(monkeypatch):
    """Argon2id at full cost, but each (passphrase, salt, parameters) only once per test session.

    The real KDF runs for every new input (a wrong passphrase too); only an
    exact repeat, as when one backup is restored many times, is served from
    memory. This keeps the suite fast without a weaker KDF.
    """
    from app.storage import keyfile

    real = keyfile.derive

    def derive(passphrase, salt, kdf):
        k = (passphrase, bytes(salt), kdf)
        if k not in _derived:
            _derived[k] = real(passphrase, salt, kdf)
        return bytes(bytearray(_derived[k]))  # a copy: unwrap wipes the key it was given

    monkeypatch.setattr(keyfile, "derive", derive)
