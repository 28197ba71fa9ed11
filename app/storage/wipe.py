"""Overwrite key material and passphrases in memory once they are no longer needed.

Python's ``str`` and ``bytes`` are immutable and their memory is not cleared when they are freed, so a
passphrase or a key in hex would stay readable in the process after a lock. Where Nabij makes such an
object itself, it overwrites the object's own buffer after use. This is only done for objects whose
layout is certain (compact strings without a cached UTF-8 copy, and bytes), and never for the
interpreter's shared one-character and empty objects. What stays in memory anyway is listed in
docs/en/locking.md ("What stays in memory after a lock").
"""

from __future__ import annotations

import ctypes
import sys

_STR_BASE = {1: sys.getsizeof("ab") - 3, 2: sys.getsizeof("\u0100b") - 6, 4: sys.getsizeof("\U00010000b") - 12}
_ASCII_BASE = sys.getsizeof("ab") - 3
_LATIN1_BASE = sys.getsizeof("\u00e9b") - 3
_BYTES_BASE = sys.getsizeof(b"ab") - 3


def wipe_bytearray(buf: bytearray | None) -> None:
    if buf is not None:
        buf[:] = bytes(len(buf))


def wipe_bytes(data: bytes | None) -> None:
    """Zero a ``bytes`` object's buffer in place (it must not be used afterwards)."""
    if type(data) is not bytes or len(data) < 2:
        return
    if sys.getsizeof(data) != _BYTES_BASE + len(data) + 1:
        return
    ctypes.memset(id(data) + _BYTES_BASE, 0, len(data))


def wipe_str(text: str | None) -> None:
    """Overwrite a ``str`` object's characters in place with '0' (it must not be used afterwards)."""
    if type(text) is not str or len(text) < 2:
        return
    top = max(map(ord, text))
    if top < 128:
        kind, base = 1, _ASCII_BASE
    elif top < 256:
        kind, base = 1, _LATIN1_BASE
    elif top < 65536:
        kind, base = 2, _STR_BASE[2]
    else:
        kind, base = 4, _STR_BASE[4]
    if sys.getsizeof(text) != base + (len(text) + 1) * kind:
        return  # a cached UTF-8 copy or an unknown layout: leave it rather than guess
    ctypes.memset(id(text) + base, 0x30 if kind == 1 else 0, len(text) * kind)
