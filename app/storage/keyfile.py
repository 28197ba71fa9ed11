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

from app.nesting import nesting_depth
from app.storage.errors import KdfOutOfBounds, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from app.storage.fileops import atomic_write_bytes
from app.storage.permissions import private_mode
from app.storage.wipe import wipe_bytearray, wipe_bytes

FORMAT = "nabij-keyfile"
VERSION = 1

# Floors the app never goes below (design.md: at least 64 MiB and 3 passes).
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3

# Ceilings for parameters read from a file (a key file, or the one inside a backup). The file is
# not trusted before the passphrase has unwrapped its key, and the KDF runs before that: without
# ceilings a hostile file could ask for 10 million passes (never returns) or 2 TiB of memory.
# The work (memory times passes) may be at most 16 times the floor's: about 4 s on a laptop.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 16 * MIN_ITERATIONS
MAX_LANES = 16
MAX_WORK = 16 * MIN_MEMORY_KIB * MIN_ITERATIONS  # KiB x passes
SALT_BYTES = (16, 64)  # the app writes 16
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # the data key and the GCM tag
CHECK_BYTES = 32
MAX_FILE_BYTES = 64 * 1024  # a key file is under 1 KiB
MAX_DEPTH = 8  # nesting of the JSON document (a key file has 2 levels, a backup header 4)


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


class OutOfBounds(ValueError):
    """A KDF parameter in a file outside the floor and ceilings above."""


def _whole_number(doc: dict[str, object], name: str, low: int, high: int) -> int:
    value = doc[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} is not a whole number")
    if not low <= value <= high:
        raise OutOfBounds(f"{name} {value} is outside {low}..{high}")
    return value


def kdf_from_document(k: object) -> KdfParams:
    """The Argon2id parameters of a key file's "kdf" object, checked against the floor and ceilings.

    Raises OutOfBounds (a ValueError) for a value outside them, ValueError, KeyError or TypeError
    for a malformed object. Runs before any KDF, so a hostile file costs nothing.
    """
    if not isinstance(k, dict):
        raise TypeError("kdf is not an object")
    if k.get("name") != "argon2id":
        raise ValueError("unknown algorithm")
    memory = _whole_number(k, "memory_kib", MIN_MEMORY_KIB, MAX_MEMORY_KIB)
    iterations = _whole_number(k, "iterations", MIN_ITERATIONS, MAX_ITERATIONS)
    lanes = _whole_number(k, "lanes", 1, MAX_LANES)
    if memory * iterations > MAX_WORK:
        raise OutOfBounds(f"memory_kib x iterations {memory * iterations} is above {MAX_WORK}")
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)


def _b64_field(value: object, name: str, sizes: tuple[int, int]) -> bytes:
    if not isinstance(value, str):
        raise TypeError(f"{name} is not text")
    data = base64.b64decode(value, validate=True)
    if not sizes[0] <= len(data) <= sizes[1]:
        raise ValueError(f"{name} has {len(data)} bytes")
    return data


def read(path: Path) -> KeyFile:
    """Read and check a key file. Raises KeyFileMissing, KdfOutOfBounds or KeyFileDamaged.

    Everything read is bounded before use: the file's size, the nesting of its JSON, the KDF
    parameters (floor and ceilings above) and the length of every byte field.
    """
    path = Path(path)
    if not path.exists():
        raise KeyFileMissing(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:  # a folder of that name, no permission, a failing disk
        raise KeyFileDamaged(path, exc.strerror or type(exc).__name__) from None
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too large for a key file")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except RecursionError:
            raise ValueError("nested too deeply") from None
        if not isinstance(doc, dict):
            raise ValueError("not a Nabij key file")
        if nesting_depth(doc, MAX_DEPTH) > MAX_DEPTH:
            raise ValueError("nested too deeply")
        if doc.get("format") != FORMAT:
            raise ValueError("not a Nabij key file")
        if doc.get("version") != VERSION:
            raise ValueError(f"unknown version {doc.get('version')!r}")
        if doc["aead"]["name"] != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        kdf = kdf_from_document(doc["kdf"])
        if not isinstance(doc["db_id"], str) or not 0 < len(doc["db_id"]) <= 64:
            raise ValueError("db_id is not a short text")
        return KeyFile(
            db_id=doc["db_id"],
            kdf=kdf,
            salt=_b64_field(doc["kdf"]["salt"], "salt", SALT_BYTES),
            nonce=_b64_field(doc["aead"]["nonce"], "nonce", (NONCE_BYTES, NONCE_BYTES)),
            wrapped=_b64_field(doc["aead"]["ciphertext"], "ciphertext", (WRAPPED_BYTES, WRAPPED_BYTES)),
            check=_b64_field(doc["key_check"], "key_check", (CHECK_BYTES, CHECK_BYTES)),
        )
    except OutOfBounds as exc:
        raise KdfOutOfBounds(path, str(exc)) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KeyFileDamaged(path, str(exc) or type(exc).__name__) from None


def write(path: Path, keyfile: KeyFile) -> None:
    """Replace the key file, all or nothing. Owner-only (0600), or the stricter mode it already had."""
    path = Path(path)
    atomic_write_bytes(path, keyfile.to_json(), mode=private_mode(path))


def new_db_id() -> str:
    return secrets.token_hex(8)


def new_dek() -> bytearray:
    return bytearray(os.urandom(32))
