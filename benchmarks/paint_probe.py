"""First paint, measured the same way for the bare window and the app.

An application-wide event filter waits for the first QEvent.Paint on any
widget of the window we are looking for. A QTimer.singleShot(0) queued from
there fires once that paint pass is over (the whole window is painted in one
pass of the event loop); its time.monotonic() is "first paint". On Linux
CLOCK_MONOTONIC is system-wide, so the parent can subtract its own
time.monotonic() taken just before it spawned this process.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    def __init__(self, app, matches: Callable[[QObject], bool], then: Callable[[FirstPaint], None]) -> None:
        super().__init__()
        self._matches = matches
        self._then = then
        self.window = None
        self.first_paint_event: float | None = None
        self.painted: float | None = None
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if self.window is None and event.type() == QEvent.Type.Paint and obj.isWidgetType():
            window = obj.window()
            if self._matches(window):
                self.window = window
                self.first_paint_event = time.monotonic()
                QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted = time.monotonic()
        self._then(self)


def peak_rss_kib() -> int:
    """Peak RSS of this process image, in KiB.

    VmHWM from /proc/self/status, not getrusage(RUSAGE_SELF).ru_maxrss: on
    Linux ru_maxrss survives fork + exec, so a child spawned by a large
    parent (the harness holds Qt, SQLAlchemy and an open database) would
    report at least the parent's size. VmHWM belongs to the new address
    space only. ru_maxrss is the fallback where /proc is missing.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def ru_maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(**values) -> None:
    sys.stdout.write("BENCH " + json.dumps(values) + "\n")
    sys.stdout.flush()
