"""What makes the app lock by itself: idle time, and the OS session locking or sleeping.

- IdleWatcher: an event filter on each top-level window (where Qt first delivers input) while the
  app is unlocked; any keyboard, mouse or touch input restarts the timer.
- OsLockWatcher: Windows WTS session notifications and power broadcasts through a
  native event filter; on Linux, logind's Lock and PrepareForSleep signals over D-Bus
  where a system bus is present. Elsewhere it quietly does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}

WDA_EXCLUDEFROMCAPTURE = 0x11  # Windows 10 2004 and later
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


def exclude_from_capture(window) -> bool:
    """Windows only: keep the window out of screenshots, screen sharing and recordings.

    Elsewhere it does nothing and says so (False). Failure (an older Windows) is not an error.
    """
    if sys.platform != "win32":
        return False
    try:
        user32 = ctypes.windll.user32
        return bool(user32.SetWindowDisplayAffinity(ctypes.c_void_p(int(window.winId())), WDA_EXCLUDEFROMCAPTURE))
    except (AttributeError, OSError) as exc:
        log.info("screen-capture exclusion not available: %s", type(exc).__name__)
        return False


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse, wheel, touch or pen input.

    It listens on the top-level windows (QWindow), where Qt first delivers every input event, and not
    app-wide: a Python event filter on the application sees every event of every widget (thousands per
    resident opened). Windows that appear later (a dialog, a menu) are picked up when they get the focus.
    """

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._listening = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        """Count idle time from now; input restarts the count. Listens only while it counts."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._listening:
            app.focusWindowChanged.connect(self._watch_all)
            self._listening = True
            self._watch_all()
        self._timer.start()

    def stop(self) -> None:
        """Stop counting and stop listening, so that no filter stays behind a lock or a closed session."""
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._listening:
            app.focusWindowChanged.disconnect(self._watch_all)
            for window in app.topLevelWindows():
                window.removeEventFilter(self)
        self._listening = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _watch_all(self, *_focused: object) -> None:
        """Every top-level window, also a menu or popup that opened without taking the focus. Qt keeps
        one entry per filter and window, so installing again is harmless."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for window in app.topLevelWindows():
                window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class _WinMsg(ctypes.Structure):
    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    ]


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._last: tuple[int | None, int, int, int, int] | None = None

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt API
        if bytes(event_type) not in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            return False, 0
        msg = _WinMsg.from_address(int(message))
        if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or (
            msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND
        ):
            # Qt hands a posted message to native filters twice (seen under Wine with Qt 6.11:
            # from the queue and again in the window procedure), a sent one once. The same
            # message, window and time is one event: it locks once.
            seen = (msg.hwnd, msg.message, msg.wParam, msg.lParam, msg.time)
            if seen != self._last:
                self._last = seen
                self._on_lock()
        return False, 0


class OsLockWatcher(QObject):
    """Emits ``os_locked`` when the OS session locks or the machine is about to sleep."""

    os_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.native_filter = _WindowsFilter(self.os_locked.emit)
        self.source = "none"

    def install(self, app) -> str:
        """Start listening; returns what it listens to ('windows', 'logind' or 'none')."""
        if sys.platform == "win32":
            app.installNativeEventFilter(self.native_filter)
            self.source = "windows"
        elif sys.platform.startswith("linux"):
            self.source = "logind" if self._connect_logind() else "none"
        return self.source

    def register_window(self, window) -> None:
        """Windows sends session-lock messages only to windows that ask for them."""
        if sys.platform != "win32":
            return
        try:
            wtsapi = ctypes.windll.wtsapi32
            wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(int(window.winId())), 0)  # NOTIFY_FOR_THIS_SESSION
        except (AttributeError, OSError) as exc:
            log.info("no WTS session notifications: %s", type(exc).__name__)

    def _connect_logind(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        # The stub types the slot as bytes; PySide6 only takes a str there (bytes raise ValueError).
        ok_lock = bus.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            SLOT("on_logind_lock()"),  # a plain str loses its first character: Qt reads a method code there
        )
        ok_sleep = bus.connect(  # type: ignore[call-overload]  # str slot, as above
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        )
        return bool(ok_lock or ok_sleep)

    @Slot()
    def on_logind_lock(self) -> None:
        self.os_locked.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.os_locked.emit()
