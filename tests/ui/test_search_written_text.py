"""Search covers every text a consultant writes: typed into the caseload search, a sphere line,
"what I read in your file", the handover note and the summary each find their resident, and an
edit or a deletion takes the old words out of the index."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker


def _shown(window) -> list[int]:
    lst = window.caseload.list
    return [lst.item(row).data(Qt.ItemDataRole.UserRole) for row in range(lst.count())]


def _search(qtbot, window, text: str) -> None:
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, text)
    with qtbot.waitSignal(window.caseload._timer.timeout):  # the debounced search runs
        pass


def test_every_written_text_finds_its_resident(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    kaya = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    other = services.caseload.add_resident(ResidentInput(display_name="Dhr. Smit"))
    mid = services.meetings.plan(kaya, datetime(2026, 12, 1, 10, 0))
    services.meetings.plan(other, datetime(2026, 12, 2, 10, 0))
    sphere = services.conversation.add_sphere_entry(mid, "cant", "Energieschuld bij Vattenfall")
    services.relationship.save_file_reading(mid, what_i_read="Brief van de woningcorporatie", why="Voor de huur")
    services.relationship.save_handover(kaya, "Vertrouwen groeit langzaam", "Liever thuis")
    services.meetings.save_summary(mid, "We spraken over de fietsvergoeding.")

    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.caseload.refresh()
    assert sorted(_shown(window)) == sorted([kaya, other])

    for word in ("energieschuld", "woningcorporatie", "vertrouwen", "thuis", "fietsvergoeding"):
        _search(qtbot, window, word)
        assert _shown(window) == [kaya], word
        assert not window.caseload.nothing_found.isVisible()

    # The sphere line removed: its words leave the index, and the list says so.
    services.conversation.remove_sphere_entry(sphere)
    _search(qtbot, window, "energieschuld")
    assert _shown(window) == []
    assert window.caseload.nothing_found.isVisible()
    assert "energieschuld" in window.caseload.nothing_found.text()
    assert "Niets gevonden voor" in window.caseload.nothing_found.text() or "Nothing found for" in (
        window.caseload.nothing_found.text()
    )


def test_baggage_notes_check_out_and_cancel_reasons_find_their_resident(qtbot, db):
    library = load_library("nl")
    services = Services.over(db, library)
    kaya = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya"))
    smit = services.caseload.add_resident(ResidentInput(display_name="Dhr. Smit"))
    mid = services.meetings.plan(kaya, datetime(2026, 12, 1, 10, 0))
    services.meetings.start(mid)
    services.conversation.set_baggage(mid, "divorce", "life_story", True, note="Voogdijzaak loopt nog")
    services.meetings.save_text(mid, {"went_well": "Samen de begroting gemaakt", "checkout_words": "Opgelucht"})
    services.meetings.close(mid)
    cancelled = services.meetings.plan(smit, datetime(2026, 12, 2, 10, 0))
    services.meetings.cancel(cancelled, "Mantelzorg voor zijn moeder")

    window = MainWindow(services, library, InlineWorker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for word, who in (("voogdijzaak", kaya), ("begroting", kaya), ("opgelucht", kaya), ("mantelzorg", smit)):
        _search(qtbot, window, word)
        assert _shown(window) == [who], word

    # A baggage note changed: the old words leave the index.
    services.meetings.reopen(mid)
    services.conversation.set_baggage(mid, "divorce", "life_story", True, note="Omgangsregeling")
    _search(qtbot, window, "voogdijzaak")
    assert _shown(window) == [] and window.caseload.nothing_found.isVisible()
    _search(qtbot, window, "omgangsregeling")
    assert _shown(window) == [kaya]
