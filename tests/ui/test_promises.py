"""Mijn toezeggingen (Ctrl+T) over a generated caseload: its lists match the stored agreements
counted independently, overdue first; marking one done updates its agreement; a resident's
agreement gives a reminder to copy."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.content import load_library
from app.models import Agreement, Meeting, Resident, SphereEntry
from app.services.caseload import ResidentInput
from app.services.referrals import ReferralInput
from app.services.registry import Services
from app.ui.dialogs.promises import ID, PromisesDialog
from app.ui.i18n import install_translators, remove_translators
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker

OWNERS = ("resident", "consultant", "together")
STATUSES = ("open", "open", "done", "dropped")


@pytest.fixture(autouse=True)
def dutch(qapp):
    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


def generate(services: Services, seed: int = 19) -> None:
    """Several residents, each with held meetings full of agreements of random owner, due date and
    status, some with a referral, and for most a next meeting planned."""
    rng = random.Random(seed)
    today = date.today()
    referral = services.referrals.add(ReferralInput("Schuldhulp Voorbeeld", "Hulp bij schulden", "0123-456789"))
    for r in range(10):
        rid = services.caseload.add_resident(
            ResidentInput(display_name=f"Inwoner {r} <i>🙂</i>", address_form=rng.choice(("je", "u")))
        )
        start = datetime.combine(today, datetime.min.time()) - timedelta(days=90) + timedelta(hours=9 + r)
        for k in range(rng.randint(1, 3)):
            mid = services.meetings.plan(rid, start + timedelta(days=21 * k))
            services.meetings.start(mid)
            for n in range(rng.randint(1, 7)):
                due = None if rng.random() < 0.25 else today + timedelta(days=rng.randint(-30, 40))
                aid = services.wrapup.add_agreement(mid, f"Afspraak {r}.{k}.{n}", rng.choice(OWNERS), due)
                status = rng.choice(STATUSES)
                if status != "open":
                    services.wrapup.update_agreement(aid, status=status)
            if rng.random() < 0.5:
                services.conversation.add_sphere_entry(mid, "cant", f"Schulden {r}.{k}", referral_id=referral)
            services.meetings.close(mid)
        if rng.random() < 0.7:
            services.meetings.plan(
                rid, datetime.combine(today, datetime.min.time()) + timedelta(days=rng.randint(1, 30))
            )


def expected(db) -> tuple[int, int, int, int]:
    """(mine, referrals, residents' due, of mine overdue), counted from the rows themselves."""
    today = date.today()
    with db.session() as s:
        meetings = list(s.scalars(select(Meeting)))
        agreements = list(s.scalars(select(Agreement)))
        sphere = list(s.scalars(select(SphereEntry)))
        residents = [r.id for r in s.scalars(select(Resident))]
        nxt = {
            rid: min((m.starts_at for m in meetings if m.resident_id == rid and m.status != "closed"), default=None)
            for rid in residents
        }
        last = {
            rid: max((m.starts_at for m in meetings if m.resident_id == rid and m.status == "closed"), default=None)
            for rid in residents
        }
        by_id = {m.id: m for m in meetings}
        mine = [a for a in agreements if a.owner == "consultant" and a.status == "open"]
        due = [
            a
            for a in agreements
            if a.owner == "resident"
            and a.status == "open"
            and a.due is not None
            and (nxt[a.resident_id] is None or a.due < nxt[a.resident_id].date())
        ]
        refs = [
            e
            for e in sphere
            if e.referral_id is not None and by_id[e.meeting_id].starts_at == last[by_id[e.meeting_id].resident_id]
        ]
        overdue = [a for a in mine if a.due is not None and a.due < today]
        return len(mine), len(refs), len(due), len(overdue)


def test_the_lists_match_the_stored_agreements_and_done_updates_one(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    generate(services)
    n_mine, n_refs, n_due, n_overdue = expected(db)
    assert n_mine > 2 and n_due > 1 and n_refs > 0 and n_overdue > 0  # the check proves something

    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, PromisesDialog) and window.dialog.isVisible())
    dialog = window.dialog
    assert isinstance(dialog, PromisesDialog)
    assert dialog.counts() == (n_mine, n_refs, n_due)
    # overdue first
    shown = [dialog.mine.item(i).data(ID) for i in range(dialog.mine.count())]
    with db.session() as s:
        dues = [s.get(Agreement, aid).due for aid in shown]
    flags = [d is not None and d < date.today() for d in dues]
    assert flags == sorted(flags, reverse=True) and flags[:n_overdue] == [True] * n_overdue

    # Mark the first one done: its agreement is done, the list one shorter.
    first = dialog.mine.item(0)
    rect = dialog.mine.visualItemRect(first)
    qtbot.mouseClick(dialog.mine.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.done_button.isEnabled()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Agreement, shown[0]).status == "done"
    assert dialog.counts() == (n_mine - 1, n_refs, n_due)
    assert expected(db)[0] == n_mine - 1

    # A resident's agreement: a reminder in plain words, copied through the clipboard guard.
    item = dialog.due.item(0)
    qtbot.mouseClick(dialog.due.viewport(), Qt.MouseButton.LeftButton, pos=dialog.due.visualItemRect(item).center())
    text = dialog.reminder.toPlainText()
    assert item.text().split("\n")[0] in text and ("herinnering" in text)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text.strip()
    assert window.clipboard.clear_if_ours()
