"""Owner-only files and folders.

POSIX: the data folder is 0700; the key file, the database (SQLite gives its -wal and -shm the
database's mode) and the backups Nabij writes are 0600. A file that already has a stricter mode
keeps it (a key file the consultant made 0400 becomes 0400 again after a passphrase change, never
0644): modes are only ever narrowed.

Windows: the data folder gets a protected ACL that lets only the consultant's own account (and
SYSTEM, the operating system itself) in, inherited by everything inside. That replaces the ACL
inherited from the profile, which on a managed laptop may also let administrators or a backup
group in.

All of this is best effort. A file system without POSIX modes or ACLs (FAT on a USB stick, some
network shares), or a folder owned by someone else, is left as it is; that is logged (without
resident data) and Nabij still starts. No Qt here.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_mode(path: Path) -> int:
    """The mode to create ``path`` (or its replacement) with: 0600, or the stricter one it has now."""
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return PRIVATE_FILE
    return (current & PRIVATE_FILE) or PRIVATE_FILE


def tighten_file(path: Path) -> None:
    """Take away every permission of group and others from ``path`` (POSIX; a no-op on Windows)."""
    if os.name != "posix":
        return
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & 0o177:
            os.chmod(path, current & PRIVATE_FILE)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.info("could not make %s owner-only: %s", Path(path).name, exc.strerror or type(exc).__name__)


def tighten_folder(path: Path) -> None:
    """The data folder: 0700 on POSIX, a user-only ACL on Windows."""
    if sys.platform == "win32":
        try:
            restrict_windows_acl(Path(path))
        except OSError as exc:
            log.info("could not give the data folder a user-only ACL: %s", exc.strerror or type(exc).__name__)
        return
    if os.name != "posix":
        return
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & 0o077:  # group or others may get in: take that away, keep the owner's bits
            os.chmod(path, current & PRIVATE_FOLDER)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.info("could not make the data folder owner-only: %s", exc.strerror or type(exc).__name__)


def secure(folder: Path, files: Iterable[Path]) -> None:
    """The data folder and the files in it that hold data or keys."""
    tighten_folder(folder)
    for path in files:
        tighten_file(path)


# --- Windows ------------------------------------------------------------------------------------

# SDDL: a protected DACL (P: nothing inherited from the profile) with two entries, each inherited
# by files (OI) and folders (CI) inside: full access (FA) for the user's SID and for SYSTEM (SY).
_SDDL = "D:P(A;OICI;FA;;;{sid})(A;OICI;FA;;;SY)"
_SE_FILE_OBJECT = 1
_DACL_SECURITY_INFORMATION = 0x00000004
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
_TOKEN_QUERY = 0x0008
_TOKEN_USER = 1
_SDDL_REVISION_1 = 1


@cache
def _windows() -> tuple[Any, Any]:
    """advapi32 and kernel32, with the signatures of the calls this module makes (Windows only)."""
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.LocalFree.argtypes = (ctypes.c_void_p,)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    advapi32.OpenProcessToken.argtypes = (wintypes.HANDLE, wintypes.DWORD, ctypes.POINTER(wintypes.HANDLE))
    advapi32.GetTokenInformation.argtypes = (
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    )
    advapi32.ConvertSidToStringSidW.argtypes = (ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR))
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = (
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(wintypes.ULONG),
    )
    advapi32.GetSecurityDescriptorDacl.argtypes = (
        ctypes.c_void_p,
        ctypes.POINTER(wintypes.BOOL),
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(wintypes.BOOL),
    )
    advapi32.SetNamedSecurityInfoW.argtypes = (
        wintypes.LPWSTR,
        ctypes.c_int,
        wintypes.DWORD,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
    )
    advapi32.SetNamedSecurityInfoW.restype = wintypes.DWORD
    advapi32.GetNamedSecurityInfoW.argtypes = (
        wintypes.LPCWSTR,
        ctypes.c_int,
        wintypes.DWORD,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_void_p),
    )
    advapi32.GetNamedSecurityInfoW.restype = wintypes.DWORD
    advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW.argtypes = (
        ctypes.c_void_p,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.LPWSTR),
        ctypes.c_void_p,
    )
    return advapi32, kernel32


def current_user_sid() -> str:
    """The SID of the account this process runs as, e.g. 'S-1-5-21-...-1001' (Windows only)."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _windows()
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), _TOKEN_QUERY, ctypes.byref(token)):
        raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(size))
        buf = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, _TOKEN_USER, buf, size, ctypes.byref(size)):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        sid = ctypes.cast(buf, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def restrict_windows_acl(folder: Path) -> None:
    """Give ``folder`` the protected user-only DACL above (Windows only). Raises OSError."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _windows()
    descriptor = ctypes.c_void_p()
    sddl = _SDDL.format(sid=current_user_sid())
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, _SDDL_REVISION_1, ctypes.byref(descriptor), None
    ):
        raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    try:
        present, defaulted = wintypes.BOOL(), wintypes.BOOL()
        dacl = ctypes.c_void_p()
        if not advapi32.GetSecurityDescriptorDacl(
            descriptor, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
        ):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        # Applied to the folder; Windows propagates the inheritable entries to what is inside.
        status = advapi32.SetNamedSecurityInfoW(
            str(folder),
            _SE_FILE_OBJECT,
            _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION,
            None,
            None,
            dacl,
            None,
        )
        if status != 0:
            raise ctypes.WinError(status)  # type: ignore[attr-defined]
    finally:
        kernel32.LocalFree(descriptor)


def windows_acl_sddl(path: Path) -> str:
    """The DACL of ``path`` as SDDL text, for checks and the self-test (Windows only). Raises OSError."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _windows()
    dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p()
    status = advapi32.GetNamedSecurityInfoW(
        str(path), _SE_FILE_OBJECT, _DACL_SECURITY_INFORMATION, None, None, ctypes.byref(dacl), None,
        ctypes.byref(descriptor),
    )  # fmt: skip
    if status != 0:
        raise ctypes.WinError(status)  # type: ignore[attr-defined]
    try:
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
            descriptor, _SDDL_REVISION_1, _DACL_SECURITY_INFORMATION, ctypes.byref(text), None
        ):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.LocalFree(descriptor)
