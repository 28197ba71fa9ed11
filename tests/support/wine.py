"""Whether the tests run under Wine (the Windows lane), where a few Windows services are stubs."""

from __future__ import annotations

import sys


def on_wine() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")  # type: ignore[attr-defined]
    except OSError:
        return False
