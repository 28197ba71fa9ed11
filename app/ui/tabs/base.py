"""What every meeting tab offers the main window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.services.caseload import ResidentDetail
from app.services.meetings import MeetingDetail
from app.services.registry import Services
from app.ui.messages import user_message
from app.ui.undo import MeetingUndo
from app.ui.widgets.autosave import Autosaver

# Who proposed a new agenda topic, unless the consultant says otherwise: the resident, in every tab,
# reset after each topic. The agenda is made together and the resident is asked what they want to
# talk about (seed 001, "Agenda voor het gesprek"); the consultant's own topic is one switch away.
DEFAULT_PROPOSER = "resident"


class Changed(StrEnum):
    """What a tab changed, so the main window reloads only what shows it."""

    AGREEMENTS = "agreements"  # only agreements: the other tabs refresh_agreements()
    MEETING = "meeting"  # anything else (agenda, status, ...): the other tabs load again


@dataclass(frozen=True)
class Reads:
    """What the main window read once for all three tabs when a resident or meeting is shown (issue 16)."""

    resident: ResidentDetail | None = None
    meeting: MeetingDetail | None = None

    def meeting_or_read(self, services: Services, meeting_id: int) -> MeetingDetail:
        if self.meeting is not None and self.meeting.id == meeting_id:
            return self.meeting
        return services.meetings.get(meeting_id)

    def resident_or_read(self, services: Services, resident_id: int) -> ResidentDetail:
        if self.resident is not None and self.resident.id == resident_id:
            return self.resident
        return services.caseload.get_resident(resident_id)


NOTHING_READ = Reads()


class MeetingTab(QWidget):
    """A tab that shows one resident's current (or chosen) meeting.

    - ``load(resident_id, meeting_id, reads)`` fills it; either id may be None (nothing chosen / no meeting
      yet); ``reads`` is what the main window already read (the tab reads what it lacks).
    - ``flush()`` writes pending edits now; False when something could not be saved.
    - ``clear()`` empties every widget that shows resident data (lock).
    - ``saved`` carries the datetime of a successful save, ``failed`` a message.
    - ``changed`` says the tab changed stored data other tabs may show, and what (a ``Changed``).
    - ``refresh_agreements()`` shows agreements another tab changed; by default it loads again.
    """

    saved = Signal(object)
    failed = Signal(str)
    changed = Signal(str)  # a Changed

    def __init__(self, services: Services, library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.library = library
        self.resident_id: int | None = None
        self.meeting_id: int | None = None
        self.undo: MeetingUndo | None = None  # the main window's undo stacks; None: a tab on its own

    # --- deleting and editing, kept for undo ----------------------------------------------
    @staticmethod
    def row_label(kind: str) -> str:
        """What a row is, for the undo menu (never its text: the stacks hold no resident words on screen)."""
        labels = {
            "agreement": QCoreApplication.translate("MeetingTab", "agreement"),
            "agenda_item": QCoreApplication.translate("MeetingTab", "agenda item"),
            "known_fact": QCoreApplication.translate("MeetingTab", "fact"),
            "sphere_entry": QCoreApplication.translate("MeetingTab", "sphere line"),
        }
        return labels.get(kind, kind)

    def remove_row(self, kind: str, row_id: int) -> bool:
        """Delete an agreement, agenda item, fact or sphere line; undoable when the window keeps stacks."""
        text = QCoreApplication.translate("MeetingTab", "Removed: {what}").format(what=self.row_label(kind))
        if self.undo is not None:
            undo = self.undo
            return self.call_service(lambda: undo.delete(kind, row_id, text))
        return self.call_service(lambda: self.services.undo.delete(kind, row_id))

    def edit_row(self, kind: str, row_id: int, values: dict) -> bool:
        """Change a row's fields; undoable when the window keeps stacks."""
        text = QCoreApplication.translate("MeetingTab", "Changed: {what}").format(what=self.row_label(kind))
        if self.undo is not None:
            undo = self.undo
            return self.call_service(lambda: undo.update(kind, row_id, values, text))
        return self.call_service(lambda: self.services.undo.update(kind, row_id, values))

    def write_meeting_text(self, values: dict[str, str]) -> datetime:
        """Autosave of the meeting's own texts (goals, notes, check-out words, ...), undoable."""
        if self.meeting_id is None:
            raise LookupError("no meeting is open")
        if self.undo is None:
            return self.services.meetings.save_text(self.meeting_id, values)
        self.undo.update("meeting", self.meeting_id, values, QCoreApplication.translate("MeetingTab", "Text edited"))
        return datetime.now()

    def make_autosaver(self, write) -> Autosaver:
        """A debounced saver whose results the main window sees through this tab's signals."""
        saver = Autosaver(write, self)
        saver.saved.connect(self.saved)
        saver.failed.connect(self.failed)
        return saver

    def call_service(self, fn) -> bool:
        """Run one service call for an edit: report a failure through ``failed``, a success as saved."""
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - the main window shows it
            self.failed.emit(user_message(exc))
            return False
        self.saved.emit(datetime.now())
        return True

    def build_placeholders(self, empty_text: str) -> None:
        """The 'meeting is closed' banner (with Reopen, handled by ``_reopen``) and the note shown
        when no resident is chosen."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel

        from app.ui.widgets.closed_meeting_banner import ClosedMeetingBanner

        self.banner = ClosedMeetingBanner(self)
        self.banner.reopen_confirmed.connect(self._reopen)
        self.banner.hide()
        self.empty_note = QLabel(empty_text, self)
        self.empty_note.setProperty("role", "hint")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _reopen(self) -> None:
        raise NotImplementedError

    def load(self, resident_id: int | None, meeting_id: int | None, reads: Reads = NOTHING_READ) -> None:
        raise NotImplementedError

    def refresh_agreements(self) -> None:
        self.load(self.resident_id, self.meeting_id)

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.resident_id = None
        self.meeting_id = None
