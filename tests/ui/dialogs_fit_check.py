"""Run by tests/ui/test_dialogs_fit.py in a child pytest with NABIJ_TEST_SCREEN set (one small screen).

Each dialog is built as the app builds it, with realistic data, and shown; its frame and its
minimum size are compared with the room the screen has. The offscreen screen has no taskbar, so
the caller gives the room a real screen leaves: 1280x720 minus a 40 px taskbar is 1280x680."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from app.ui import style
from app.ui.widgets.fit import FRAME_ALLOWANCE
from tests.support.screens import build_world, screens


def test_every_dialog_fits_the_screen(qtbot, db, vault):
    width, height = (int(n) for n in os.environ["NABIJ_TEST_SCREEN"].split("x"))
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert (room.width(), room.height()) == (width, height)
    scale = int(os.environ.get("NABIJ_TEST_TEXT", "100"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app, scale / 100)
    world = build_world(db, vault)
    checked, too_big = 0, []
    usable = height - FRAME_ALLOWANCE  # the title bar and frame
    for name, widget in screens(qtbot, world, size=(width, height)):
        if not isinstance(widget, QDialog):
            continue
        checked += 1
        minimum = widget.minimumSizeHint()
        if widget.height() > usable or widget.width() > width:
            too_big.append(f"{name}: {widget.width()}x{widget.height()}")
        elif minimum.height() > usable or minimum.width() > width:
            too_big.append(f"{name}: needs at least {minimum.width()}x{minimum.height()}")
    assert checked > 15
    assert not too_big, f"at {width}x{height}, text {scale} %, {usable} px usable:\n" + "\n".join(too_big)
