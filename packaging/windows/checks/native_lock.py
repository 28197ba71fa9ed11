"""Windows lane check: the OS lock reaches Nabij through Qt's real Win32 event loop.

Run under Wine (or Windows) with the 'windows' Qt platform; a display is needed. It shows
a real top-level window, lets app.ui.lock's watcher register it for session
notifications, then posts the messages Windows sends and counts what the watcher emits:

    WM_WTSSESSION_CHANGE / WTS_SESSION_UNLOCK   -> no lock
    WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK     -> exactly one lock
    WM_POWERBROADCAST    / PBT_APMSUSPEND       -> exactly one lock

Wine's WTSRegisterSessionNotification is a stub, so the messages are posted here
instead of coming from the session manager: real delivery needs a real Windows
(packaging/windows/CHECKLIST.md). Exit 0 when every count is right.
"""

import ctypes
import sys
from ctypes import wintypes

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import lock

WTS_SESSION_UNLOCK = 0x8
PLAN = [
    ("session unlock", lock.WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, 0),
    ("session lock", lock.WM_WTSSESSION_CHANGE, lock.WTS_SESSION_LOCK, 1),
    ("suspend", lock.WM_POWERBROADCAST, lock.PBT_APMSUSPEND, 1),
]

app = QApplication(sys.argv[:1])
print("qt platform:", app.platformName())
if app.platformName() != "windows":
    print("native lock check: FAIL (not Qt's windows platform)")
    sys.exit(1)
window = QWidget()
window.setWindowTitle("nabij-native-lock-check")
window.resize(320, 200)
window.show()
app.processEvents()

watcher = lock.OsLockWatcher()
print("listens to:", watcher.install(app))
watcher.register_window(window)
print("kept out of screen captures:", lock.exclude_from_capture(window), "(Wine cannot; Windows 10 2004+ can)")

emitted: list[int] = []
watcher.os_locked.connect(lambda: emitted.append(1))
user32 = ctypes.windll.user32
user32.PostMessageW.argtypes = [wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
user32.PostMessageW.restype = wintypes.BOOL
hwnd = int(window.winId())
counts: list[tuple[str, int, int]] = []


def post(i: int) -> None:
    name, message, wparam, _ = PLAN[i]
    before = len(emitted)
    if not user32.PostMessageW(hwnd, message, wparam, 0):
        print("PostMessageW failed for", name)
    # A posted message is handled in the next turns of the event loop; a second, empty
    # message behind it proves the first one has been dispatched completely.
    user32.PostMessageW(hwnd, 0x0000, 0, 0)  # WM_NULL
    QTimer.singleShot(250, lambda: settle(i, before))


def settle(i: int, before: int) -> None:
    name, _, _, expected = PLAN[i]
    got = len(emitted) - before
    counts.append((name, expected, got))
    print(f"{name}: os_locked emitted {got}x, expected {expected}x")
    if i + 1 < len(PLAN):
        post(i + 1)
    else:
        app.quit()


QTimer.singleShot(200, lambda: post(0))
QTimer.singleShot(15_000, app.quit)  # never hang the lane
app.exec()
ok = len(counts) == len(PLAN) and all(got == expected for _, expected, got in counts)
print("native lock check:", "ok" if ok else "FAIL")
sys.exit(0 if ok else 1)
