"""The passphrase-wrapped key file beside the database.

The data key (DEK) is 32 random bytes made once per database. Here it is
wrapped with AES-256-GCM under a key derived from the consultant's passphrase
with Argon2id. The KDF parameters and salt are stored in the file, so they can
be raised later without touching the database. The database id and format
version are bound into the AEAD as associated data.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from _argon2_cffi_bindings import ffi, lib  # type: ignore[import-untyped]
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.storage.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase
from app.storage.fileops import atomic_write_bytes
from app.storage.wipe import wipe_bytearray, wipe_bytes

FORMAT = "nabij-keyfile"
VERSION = 1

# Floors the app never goes below (design.md: at least 64 MiB and 3 passes).
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 4

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS or self.lanes < 1:
            raise ValueError("Argon2id parameters below the floor of 64 MiB and 3 passes")


@dataclass(frozen=True)
class KeyFile:
    db_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    check: bytes  # HMAC-SHA256(DEK, "nabij-key-check" + db_id): validates a DEK from the keyring

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "db_id": self.db_id,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
                "salt": _b64(self.salt),
            },
            "aead": {"name": "aes-256-gcm", "nonce": _b64(self.nonce), "ciphertext": _b64(self.wrapped)},
            "key_check": _b64(self.check),
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(db_id: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{db_id}".encode()


def derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The key-encryption key (Argon2id, version 1.3). The caller wipes it (wipe.wipe_bytes) when done.

    The reference implementation (argon2-cffi-bindings) is called on a bytearray of the passphrase that
    it clears itself (ARGON2_FLAG_CLEAR_PASSWORD), and it wipes its own working memory; OpenSSL's Argon2
    (through cryptography), with the same output, left a copy of the passphrase in freed memory.
    """
    encoded = passphrase.encode("utf-8")
    secret = bytearray(encoded)
    wipe_bytes(encoded)
    out = bytearray(32)
    salt_buf = ffi.new("uint8_t[]", bytes(salt))
    ctx = ffi.new(
        "argon2_context *",
        {
            "out": ffi.from_buffer(out),
            "outlen": len(out),
            "pwd": ffi.from_buffer(secret),
            "pwdlen": len(secret),
            "salt": salt_buf,
            "saltlen": len(salt),
            "secret": ffi.NULL,
            "secretlen": 0,
            "ad": ffi.NULL,
            "adlen": 0,
            "t_cost": kdf.iterations,
            "m_cost": kdf.memory_kib,
            "lanes": kdf.lanes,
            "threads": kdf.lanes,
            "version": lib.ARGON2_VERSION_13,
            "allocate_cbk": ffi.NULL,
            "free_cbk": ffi.NULL,
            "flags": lib.ARGON2_FLAG_CLEAR_PASSWORD | lib.ARGON2_FLAG_CLEAR_SECRET,
        },
    )
    try:
        result = lib.argon2_ctx(ctx, lib.Argon2_id)
        if result != lib.ARGON2_OK:
            raise ValueError(ffi.string(lib.argon2_error_message(result)).decode("ascii", "replace"))
        return bytes(out)
    finally:
        wipe_bytearray(secret)
        wipe_bytearray(out)


def key_check(dek: bytes | bytearray, db_id: str) -> bytes:
    return hmac.new(dek, b"nabij-key-check" + db_id.encode(), hashlib.sha256).digest()


def dek_matches(keyfile: KeyFile, dek: bytes | bytearray) -> bool:
    return len(dek) == 32 and hmac.compare_digest(key_check(dek, keyfile.db_id), keyfile.check)


def wrap(dek: bytes | bytearray, passphrase: str, db_id: str, kdf: KdfParams | None = None) -> KeyFile:
    kdf = kdf or KdfParams()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive(passphrase, salt, kdf)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, dek, _aad(db_id))
    finally:
        wipe_bytes(kek)
    return KeyFile(db_id=db_id, kdf=kdf, salt=salt, nonce=nonce, wrapped=wrapped, check=key_check(dek, db_id))


def unwrap(keyfile: KeyFile, passphrase: str) -> bytearray:
    kek = derive(passphrase, keyfile.salt, keyfile.kdf)
    try:
        dek = AESGCM(kek).decrypt(keyfile.nonce, keyfile.wrapped, _aad(keyfile.db_id))
    except InvalidTag:
        raise WrongPassphrase() from None
    finally:
        wipe_bytes(kek)
    try:
        return bytearray(dek)
    finally:
        wipe_bytes(dek)


def read(path: Path) -> KeyFile:
    path = Path(path)
    if not path.exists():
        raise KeyFileMissing(path)
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError("not a Nabij key file")
        if doc.get("version") != VERSION:
            raise ValueError(f"unknown version {doc.get('version')!r}")
        k = doc["kdf"]
        if k["name"] != "argon2id" or doc["aead"]["name"] != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        kdf = KdfParams(memory_kib=int(k["memory_kib"]), iterations=int(k["iterations"]), lanes=int(k["lanes"]))
        return KeyFile(
            db_id=str(doc["db_id"]),
            kdf=kdf,
            salt=base64.b64decode(k["salt"], validate=True),
            nonce=base64.b64decode(doc["aead"]["nonce"], validate=True),
            wrapped=base64.b64decode(doc["aead"]["ciphertext"], validate=True),
            check=base64.b64decode(doc["key_check"], validate=True),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KeyFileDamaged(path, str(exc) or type(exc).__name__) from None


def write(path: Path, keyfile: KeyFile) -> None:
    atomic_write_bytes(Path(path), keyfile.to_json())


def new_db_id() -> str:
    return secrets.token_hex(8)


def new_dek() -> bytearray:
    return bytearray(os.urandom(32))
