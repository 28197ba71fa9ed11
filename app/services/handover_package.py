"""The handover package's file format: one resident, sealed with a one-time passphrase.

Layout: a small JSON header line (format, version, Argon2id parameters, salt, nonce) and then the
AES-GCM ciphertext of the JSON payload. The header is the GCM associated data, so a changed header
is refused as firmly as a changed ciphertext. Everything is checked before any key is derived
(size, header shape, nesting, Argon2id bounds from app/storage/keyfile.py), so a hostile file costs
little, and nothing is written anywhere until the whole payload has been read and checked.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import InvalidInput
from app.nesting import nesting_depth
from app.storage import keyfile
from app.storage.fileops import atomic_write_bytes

FORMAT = "nabij-handover"
VERSION = 1
SUFFIX = ".nabij-overdracht"
MAX_HEADER_BYTES = 4 * 1024
MAX_FILE_BYTES = 8 * 1024 * 1024  # one resident's handover is a few KiB; refuse anything absurd before reading it all
MAX_DEPTH = 6  # payload: {resident: {...}, agreements: [{...}]} nests 3 deep
SALT_BYTES = 16
# No look-alike characters (0/O, 1/l/I): it is read out over the phone.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
PASSPHRASE_GROUPS, GROUP_LENGTH = 5, 4


class PackageRefused(InvalidInput):
    """The file is not a handover package we can open. ``code`` says why, for the translated message."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code, code=f"handover.{code}")
        self.reason = code


def new_passphrase() -> str:
    """A one-time passphrase, e.g. ``k7mq-2xwe-...``: about 123 bits, easy to read out."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(PASSPHRASE_GROUPS))


def _normal(passphrase: str) -> str:
    """As it is read out or typed: case, spaces and the dashes between groups do not matter."""
    return "".join(ch for ch in passphrase.lower() if not ch.isspace() and ch not in "-‐‑‒–—")


def seal(payload: dict[str, Any], passphrase: str, kdf: keyfile.KdfParams | None = None) -> bytes:
    kdf = kdf or keyfile.KdfParams()
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(keyfile.NONCE_BYTES)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "argon2id", "memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes},
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    key = keyfile.derive(_normal(passphrase), salt, kdf)
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return head + b"\n" + AESGCM(key).encrypt(nonce, body, head)


def _field(header: dict[str, Any], name: str, size: int) -> bytes:
    value = header.get(name)
    if not isinstance(value, str):
        raise PackageRefused("damaged", f"{name} missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise PackageRefused("damaged", f"{name} not base64") from exc
    if len(raw) != size:
        raise PackageRefused("damaged", f"{name} has the wrong size")
    return raw


def unseal(data: bytes, passphrase: str) -> dict[str, Any]:
    """The payload, or PackageRefused: foreign, too_large, newer_version, damaged, wrong_passphrase."""
    if len(data) > MAX_FILE_BYTES:
        raise PackageRefused("too_large")
    head, sep, cipher = data.partition(b"\n")
    if not sep or len(head) > MAX_HEADER_BYTES:
        raise PackageRefused("foreign")
    try:
        header = json.loads(head.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageRefused("foreign") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PackageRefused("foreign")
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PackageRefused("damaged", "version")
    if version > VERSION:
        raise PackageRefused("newer_version")
    if version < 1:
        raise PackageRefused("damaged", "version")
    try:
        kdf = keyfile.kdf_from_document(header.get("kdf"))
    except (ValueError, KeyError, TypeError) as exc:
        raise PackageRefused("damaged", "kdf") from exc
    salt = _field(header, "salt", SALT_BYTES)
    nonce = _field(header, "nonce", keyfile.NONCE_BYTES)
    key = keyfile.derive(_normal(passphrase), salt, kdf)
    try:
        body = AESGCM(key).decrypt(nonce, cipher, head)
    except InvalidTag as exc:
        # GCM cannot tell a wrong passphrase from a changed file; say both, plainly.
        raise PackageRefused("wrong_passphrase") from exc
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageRefused("damaged", "payload") from exc
    if not isinstance(payload, dict) or nesting_depth(payload, MAX_DEPTH) > MAX_DEPTH:
        raise PackageRefused("damaged", "payload shape")
    return payload


def write(path: Path, data: bytes) -> None:
    """Atomic: a crash leaves the old file or the new one, never half a package."""
    atomic_write_bytes(Path(path), data, mode=0o600)


def read(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackageRefused("unreadable") from exc
    if size > MAX_FILE_BYTES:
        raise PackageRefused("too_large")
    try:
        with path.open("rb") as f:
            return f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PackageRefused("unreadable") from exc
