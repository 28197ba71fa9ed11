"""The self-check after a meeting waits until the consultant asks for it: never a pop-up at close,
while the resident may still be beside the screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.dialogs.self_check import SelfCheckDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.confirm import yes_button
from app.ui.worker import InlineWorker


def test_closing_a_meeting_offers_the_look_back_later(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 2, 10, 0))
    services.meetings.start(mid)
    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.caseload.refresh(select_id=rid)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    qtbot.mouseClick(window.wrapup.close_button, Qt.MouseButton.LeftButton)
    yes_button(window.wrapup.confirm_dialog).click()
    qtbot.waitUntil(lambda: services.meetings.status(mid) == "closed")

    assert not isinstance(window.dialog, SelfCheckDialog), "the self-check popped up at close"
    assert window.look_back_button.isVisible()
    qtbot.mouseClick(window.look_back_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, SelfCheckDialog) and dialog.isVisible() and dialog.meeting_id == mid
    qtbot.mouseClick(dialog.findChildren(QRadioButton)[0], Qt.MouseButton.LeftButton)
    save = dialog.findChild(QDialogButtonBox).buttons()[0]
    for button in dialog.findChild(QDialogButtonBox).buttons():
        if dialog.findChild(QDialogButtonBox).buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            save = button
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.look_back_button.isVisible())
    answers = services.relationship.self_check(mid)
    assert (answers.real_conversation, answers.shared_goal, answers.approach_fit).count(None) < 3
