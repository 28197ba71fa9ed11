"""The main window: caseload on the left, the three tabs of one meeting on the right."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.rules import DomainError
from app.services.caseload import ResidentDetail
from app.services.registry import Services
from app.ui.caseload import CaseloadPanel
from app.ui.clipboard import ClipboardGuard
from app.ui.dialogs.plan_meeting import PlanMeetingDialog
from app.ui.dialogs.resident_editor import ResidentEditor
from app.ui.labels import meeting_state_label
from app.ui.messages import user_message
from app.ui.qt_types import datetime_text, gui_app
from app.ui.resident_view import ResidentSafeView
from app.ui.tabs.base import Changed, Reads
from app.ui.tabs.conversation import ConversationTab
from app.ui.tabs.preparation import PreparationTab
from app.ui.tabs.wrapup import WrapUpTab
from app.ui.undo import MeetingUndo, TextFieldsLetUndoThrough
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.title_label import TitleLabel
from app.vocabulary import MeetingStatus


@dataclass(frozen=True)
class Place:
    """Where the consultant was: ids, a tab and scroll positions, never resident data.

    Kept across a lock, so that unlocking brings back the same resident, meeting, tab and scroll
    position instead of an empty window."""

    resident_id: int | None
    meeting_id: int | None
    tab: int
    scroll: tuple[tuple[int, ...], ...]  # per meeting tab, each scroll area's vertical position
    geometry: bytes = b""  # the window's size and position (saveGeometry)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    change_passphrase_requested = Signal()
    restore_requested = Signal(str, str)  # backup path, passphrase
    settings_changed = Signal(dict)

    def __init__(
        self,
        services: Services,
        library,
        worker,
        key_store: str = "",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.library = library
        self.worker = worker
        self.key_store = key_store
        self.pack_problem = ""  # why the municipal content pack is not used, in the UI language; set at start
        self.dialog: QDialog | None = None  # the open dialog, reachable for tests
        self.resident_id: int | None = None
        self.meeting_id: int | None = None
        self._closing_confirmed = False
        title = self.tr("Nabij")
        self.setWindowTitle(title + (" — " + self.tr("demo with fictional residents") if demo else ""))
        resize_to_fit(self, 1366, 768)  # on a 1280x720 screen: the screen, not past its edges

        self.caseload = CaseloadPanel(services.caseload)
        self.preparation = PreparationTab(services, library)
        self.conversation = ConversationTab(services, library)
        self.wrapup = WrapUpTab(services, library, worker=worker)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Meeting"))
        self.tabs.addTab(self.preparation, self.tr("Preparation"))
        self.tabs.addTab(self.conversation, self.tr("Conversation"))
        self.tabs.addTab(self.wrapup, self.tr("Wrap-up"))
        for i, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3")):
            self.tabs.setTabToolTip(i, self._with_keys(self.tabs.tabText(i), key))

        # Header: who, which meeting, its state.
        self.resident_label = TitleLabel("")  # a longer name never re-lays out the window (issue 16)
        self.resident_label.setProperty("role", "title")
        self.meeting_choice = QComboBox()
        self.meeting_choice.setAccessibleName(self.tr("Meetings over time"))
        # The date and state fit whole ("3 dec 2026 10:00 · gepland"); the state is not repeated beside it.
        self.meeting_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_label = QLabel("")
        self.start_button = QPushButton(self.tr("Start meeting"))
        self.start_button.setAccessibleName(self.tr("Start meeting"))
        self.start_button.setProperty("role", "primary")
        self.change_button = QToolButton()
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setAccessibleName(self.tr("Move, cancel or did not come"))
        self.change_button.setToolTip(self.tr("Move this meeting, cancel it, or note that the resident did not come"))
        self.change_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button = QPushButton(self.tr("Resident details…"))
        self.edit_button.setAccessibleName(self.tr("Resident details"))
        header = QHBoxLayout()
        header.addWidget(self.resident_label, 1)
        header.addWidget(self.meeting_choice)
        self.state_label.setVisible(False)  # kept for screen readers' sake in the combo text instead
        header.addWidget(self.start_button)
        header.addWidget(self.change_button)
        header.addWidget(self.edit_button)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 6, 6, 0)
        rl.addLayout(header)
        rl.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.caseload)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.resident_view = ResidentSafeView(services)
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.resident_view)
        self.setCentralWidget(self.pages)
        self.clipboard = ClipboardGuard(30, self)
        self.wrapup.copy_text = self.clipboard.copy
        self.undo = MeetingUndo(services.undo, self)
        self._undo_through = TextFieldsLetUndoThrough(self)
        for tab in self.meeting_tabs():
            tab.undo = self.undo

        self.backup_label = QLabel(self.tr("Your last backup is more than a week old (Ctrl+B)"))
        self.backup_label.setAccessibleName(self.tr("Backup reminder"))
        self.backup_label.setVisible(False)
        self.statusBar().addWidget(self.backup_label)
        self._look_back_meeting: int | None = None  # a meeting closed in this session, not looked back on yet
        self.look_back_button = QPushButton(self.tr("Look back on the meeting you closed (Ctrl+Shift+B)"))
        self.look_back_button.setFlat(True)
        self.look_back_button.setAccessibleName(self.tr("Look back on the meeting you closed"))
        self.look_back_button.setVisible(False)
        self.look_back_button.clicked.connect(self.show_self_check)
        self.statusBar().addWidget(self.look_back_button)
        # After a deletion: "Verwijderd — Ongedaan maken", one click (or Ctrl+Z) puts it back.
        self.undo_button = QPushButton(self.tr("Removed — Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.setAccessibleName(self.tr("Removed. Undo"))
        self.undo_button.setToolTip(self._with_keys(self.tr("Undo"), "Ctrl+Z"))
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo_last)
        self.statusBar().addWidget(self.undo_button)
        self.saved_label = QLabel("")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)

        self._build_menus()
        self._connect()
        self.caseload.refresh()
        self._show_resident(None)
        self.update_backup_reminder()

    # --- wiring -------------------------------------------------------------------------
    def _with_keys(self, text: str, shortcut: str) -> str:
        """A tooltip that names the keys as the platform writes them: "Lock (Ctrl+L)"."""
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("{action} ({keys})").format(action=text.replace("…", "").replace("&", ""), keys=keys)

    def _action(self, menu, text: str, shortcut: str | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(self._with_keys(text, shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self._menu_actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menu_actions: list[QAction] = []
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("New resident…"), "Ctrl+N", self.new_resident)
        self.plan_action = self._action(file_menu, self.tr("Plan a meeting…"), "Ctrl+Shift+N", self.plan_meeting)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Make a backup…"), "Ctrl+B", self.show_backup)
        self._action(file_menu, self.tr("Restore a backup…"), "Ctrl+Shift+O", self.show_restore)
        self._action(file_menu, self.tr("Read in a handover…"), "Ctrl+O", self.show_handover_import)
        self._action(file_menu, self.tr("Audit log (for the privacy officer)…"), "Ctrl+Shift+A", self.show_audit_log)
        self._action(file_menu, self.tr("Retention…"), "Ctrl+Shift+T", self.show_retention)
        self._action(file_menu, self.tr("Settings…"), "Ctrl+,", self.show_settings)
        self._action(file_menu, self.tr("Change passphrase…"), "Ctrl+Shift+P", self.change_passphrase_requested.emit)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self._with_keys(self.tr("Lock"), "Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        file_menu.addAction(self.lock_action)
        self._action(file_menu, self.tr("Quit"), "Ctrl+Q", self.close)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("Undo"), "Ctrl+Z", self.undo_last)
        self.redo_action = self._action(edit, self.tr("Redo"), "Ctrl+Shift+Z", self.redo_next)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo.group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo.group.canRedoChanged.connect(self.redo_action.setEnabled)
        resident = bar.addMenu(self.tr("&Resident"))
        self.resident_actions = [
            self._action(resident, self.tr("Resident details…"), "Ctrl+E", self.edit_resident),
            self._action(resident, self.tr("Working relationship…"), "Ctrl+R", self.show_relationship),
            self._action(resident, self.tr("Signal for the team…"), "Ctrl+Shift+S", self.new_signal),
            self._action(resident, self.tr("Look back on this meeting…"), "Ctrl+Shift+B", self.show_self_check),
            self._action(resident, self.tr("Handover, written together…"), "Ctrl+Shift+H", self.show_handover),
            self._action(
                resident, self.tr("Make a handover package…"), "Ctrl+Shift+D", lambda: self.show_handover_package()
            ),
            self._action(
                resident,
                self.tr("Access export (everything about this resident)…"),
                "Ctrl+Shift+E",
                self.show_access_export,
            ),
            self._action(resident, self.tr("Erase this resident…"), "Ctrl+Shift+Del", self.show_erase),
        ]
        meeting = bar.addMenu(self.tr("&Meeting"))
        self.meeting_actions = [
            start_action := self._action(meeting, self.tr("Start meeting"), "Ctrl+Shift+M", self.start_meeting),
            self._action(meeting, self.tr("Invitation letter…"), "Ctrl+I", self.show_invitation),
            self._action(meeting, self.tr("Preview slip…"), "Ctrl+P", lambda: self.wrapup.preview_slip()),
            self._action(
                meeting, self.tr("Copy summary for the dossier"), "Ctrl+Shift+C", lambda: self.wrapup.copy_summary()
            ),
            self._action(meeting, self.tr("Close meeting…"), "Ctrl+Shift+F", lambda: self.wrapup.ask_close()),
        ]
        self.start_action = start_action
        meeting.addSeparator()
        # A meeting still to come: move it, cancel it, or note that the resident did not come.
        self.change_actions = {
            "reschedule": self._action(
                meeting, self.tr("Move this meeting…"), "Ctrl+Shift+R", lambda: self.change_meeting("reschedule")
            ),
            "cancel": self._action(
                meeting, self.tr("Cancel this meeting…"), "Ctrl+Shift+X", lambda: self.change_meeting("cancel")
            ),
            "no_show": self._action(
                meeting, self.tr("The resident did not come…"), "Ctrl+Shift+W", lambda: self.change_meeting("no_show")
            ),
        }
        self.caseload.context_actions = [
            self.start_action,
            None,
            *self.change_actions.values(),
            None,
            self.plan_action,
        ]
        self.change_button.setMenu(meeting_change_menu := QMenu(self.change_button))
        for action in self.change_actions.values():
            meeting_change_menu.addAction(action)
        # The tab's own Ctrl+P would make the key ambiguous next to the menu's.
        self.wrapup.preview_shortcut.setEnabled(False)
        team = bar.addMenu(self.tr("&Team"))
        self._action(team, self.tr("Signals…"), "Ctrl+Shift+G", self.show_signals)
        self._action(team, self.tr("Team signals: merge files…"), "Ctrl+Shift+U", self.show_team_signals)
        self._action(team, self.tr("Intervision guide…"), "Ctrl+Shift+I", self.show_intervision)
        self._action(team, self.tr("Export my look-backs, anonymous (CSV)…"), "Ctrl+Shift+J", self.export_self_checks)
        self._action(team, self.tr("Referral directory…"), "Ctrl+Shift+K", self.show_referrals)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Resident view"), "F9", self.enter_resident_view)
        self._action(view, self.tr("Search"), "Ctrl+F", self._focus_search)
        self._action(view, self.tr("My promises…"), "Ctrl+T", self.show_promises)
        for i, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3")):
            self._action(view, self.tabs.tabText(i), key, lambda _c=False, i=i: self.tabs.setCurrentIndex(i))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Background from the research"), "F1", self.show_background)
        self._action(help_menu, self.tr("About Nabij"), None, self.about)
        # Window-level actions that keep working while the menu bar is hidden.
        self.leave_view_action = QAction(self.tr("Back to the consultant view"), self)
        self.leave_view_action.setShortcut(QKeySequence(ResidentSafeView.LEAVE_SHORTCUT))
        self.leave_view_action.triggered.connect(self.leave_resident_view)
        self.addAction(self.leave_view_action)
        self.addAction(self.lock_action)

    def _connect(self) -> None:
        self.caseload.resident_selected.connect(lambda rid: self._show_resident(rid, keep_meeting=True))
        self.caseload.new_resident_requested.connect(self.new_resident)
        self.caseload.import_requested.connect(self.show_handover_import)
        self.meeting_choice.activated.connect(lambda _i: self._show_meeting(self.meeting_choice.currentData()))
        self.start_button.clicked.connect(self.start_meeting)
        self.edit_button.clicked.connect(self.edit_resident)
        self.tabs.currentChanged.connect(lambda _i: self.flush_all())
        self.preparation.plan_requested.connect(self.plan_meeting)
        self.preparation.background_requested.connect(self.show_background)
        self.preparation.invitation_requested.connect(self.show_invitation)
        self.wrapup.preview_opened.connect(self._audit_preview)
        for tab in self.meeting_tabs():
            tab.saved.connect(self._on_saved)
            tab.failed.connect(self._on_failed)
            tab.changed.connect(lambda what, t=tab: self._reload_others(t, what))
        gui_app().focusChanged.connect(self._on_focus_changed)
        self.undo.changed.connect(self._after_undo)
        self.undo.removed.connect(lambda _text: self.undo_button.setVisible(True))
        self.undo.failed.connect(self._on_failed)

    def meeting_tabs(self):
        return (self.preparation, self.conversation, self.wrapup)

    # --- showing ---------------------------------------------------------------------------
    def _show_resident(self, resident_id: int | None, keep_meeting: bool = False) -> None:
        """Show a resident with their current meeting, or, with ``keep_meeting``, with the meeting
        already shown when it is the same resident (a caseload refresh must not jump back)."""
        kept = self.meeting_id if keep_meeting and resident_id == self.resident_id else None
        self.flush_all()
        self.resident_id = resident_id
        self.meeting_choice.clear()
        has = resident_id is not None
        for w in (self.meeting_choice, self.edit_button):
            w.setVisible(has)
        self.plan_action.setEnabled(has)
        for action in self.resident_actions:
            action.setEnabled(has)
        if resident_id is None:
            self.resident_label.setText(self.tr("No resident chosen"))
            self.state_label.clear()
            self.start_button.setVisible(False)
            for tab in self.meeting_tabs():
                tab.clear()
            return
        with self.services.read_together():  # one snapshot for the eight reads of the three tabs (issue 16)
            detail = self.services.caseload.get_resident(resident_id)
            self.resident_label.setText(detail.data.display_name)
            current = self.services.meetings.current_meeting_id(resident_id)
            locale = QLocale()
            for m in detail.meetings:
                state = self.tr("handed over") if m.handed_over else meeting_state_label(m.status, m.not_held)
                self.meeting_choice.addItem(f"{datetime_text(locale, m.starts_at, 'd MMM yyyy')} · {state}", m.id)
            chosen = current if current is not None else (detail.meetings[0].id if detail.meetings else None)
            if kept is not None and any(m.id == kept for m in detail.meetings):
                chosen = kept
            self._show_meeting(chosen, resident=detail)

    def _show_meeting(self, meeting_id: int | None, resident: ResidentDetail | None = None) -> None:
        self.flush_all()
        self.meeting_id = meeting_id
        self.undo.set_meeting(meeting_id)
        self.undo_button.setVisible(False)
        if meeting_id is not None:
            self.meeting_choice.setCurrentIndex(max(0, self.meeting_choice.findData(meeting_id)))
        # One read of the meeting (and of the resident when it was just read) for all three tabs.
        reads = Reads(resident, self.services.meetings.get(meeting_id) if meeting_id is not None else None)
        for tab in self.meeting_tabs():
            tab.load(self.resident_id, meeting_id, reads)
        # After the tabs: showing the Start button lays out the whole window at once, and laid out
        # before the tabs were filled it was laid out twice (issue 16).
        self._update_state(reads.meeting.status if reads.meeting is not None else None)

    def _update_state(self, status: str | None = None) -> None:
        if self.meeting_id is None:
            self.state_label.setText(self.tr("no meeting yet"))
            self.start_button.setVisible(False)
            self.change_button.setVisible(False)
            for action in self.change_actions.values():
                action.setEnabled(False)
            return
        if status is None:
            status = self.services.meetings.status(self.meeting_id)
        self.state_label.setText(meeting_state_label(status))
        self.start_button.setVisible(status == MeetingStatus.PLANNED)
        self.change_button.setVisible(status != MeetingStatus.CLOSED)
        self.change_actions["reschedule"].setEnabled(status == MeetingStatus.PLANNED)
        self.change_actions["cancel"].setEnabled(status == MeetingStatus.PLANNED)
        self.change_actions["no_show"].setEnabled(status != MeetingStatus.CLOSED)

    def _reload_others(self, source, what: str) -> None:
        if what == Changed.AGREEMENTS:  # the meeting's status and the tabs' other parts are as they were
            for tab in self.meeting_tabs():
                if tab is not source:
                    tab.refresh_agreements()
            return
        if source is self.wrapup and self.resident_id is not None:
            # Closing a meeting may have planned the next one: show the resident afresh.
            current = self.services.meetings.current_meeting_id(self.resident_id)
            if current != self.meeting_id and (current is not None or self._meeting_closed()):
                closed = self.meeting_id if self._meeting_closed() else None
                self._show_resident(self.resident_id)
                self.caseload.refresh(select_id=self.resident_id)
                if closed is not None:
                    # After each meeting: three private questions, but not now, while the resident may
                    # still be beside the screen. The status bar offers them until they are answered.
                    self._look_back_meeting = closed
                    self.look_back_button.setVisible(True)
                return
        for tab in self.meeting_tabs():
            if tab is not source:
                tab.load(self.resident_id, self.meeting_id)
        self._update_state()

    def _meeting_closed(self) -> bool:
        return self.meeting_id is not None and self.services.meetings.status(self.meeting_id) == MeetingStatus.CLOSED

    # --- actions ---------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.caseload.search.setFocus()
        self.caseload.search.selectAll()

    def new_resident(self) -> None:
        self.flush_all()
        dialog = ResidentEditor(
            self.services.caseload, default_address_form=self.services.settings.get("address_form_default"), parent=self
        )
        self.dialog = dialog
        dialog.saved.connect(lambda rid: self.caseload.refresh(select_id=rid))
        dialog.open()

    def edit_resident(self) -> None:
        if self.resident_id is None:
            return
        self.flush_all()
        dialog = ResidentEditor(self.services.caseload, self.resident_id, parent=self)
        self.dialog = dialog

        def saved(rid: int) -> None:
            self.caseload.refresh(select_id=rid)  # shows the resident afresh, on the same meeting

        dialog.saved.connect(saved)
        dialog.open()

    def plan_meeting(self) -> None:
        if self.resident_id is None:
            return
        self.flush_all()
        preferred = self.services.caseload.get_resident(self.resident_id).data.preferred_place
        dialog = PlanMeetingDialog(self.services.meetings, self.resident_id, preferred, parent=self)
        self.dialog = dialog

        def planned(_mid: int) -> None:
            self._show_resident(self.resident_id)
            self.caseload.refresh(select_id=self.resident_id)

        dialog.planned.connect(planned)
        dialog.open()

    # --- undo and redo -------------------------------------------------------------------
    def undo_last(self) -> None:
        """Ctrl+Z: undo the last deletion or edit in this meeting (pending typing is saved first)."""
        self.flush_all()
        self.undo_button.setVisible(False)
        self.undo.group.undo()

    def redo_next(self) -> None:
        self.flush_all()
        self.undo.group.redo()

    def _after_undo(self) -> None:
        for tab in self.meeting_tabs():
            tab.load(self.resident_id, self.meeting_id)
        if self.meeting_id is not None:
            self._update_state()

    def show_promises(self) -> None:
        """Mijn toezeggingen: my open promises across the caseload, and the residents' agreements due soon."""
        self.flush_all()
        from app.ui.dialogs.promises import PromisesDialog

        dialog = PromisesDialog(self.services, self.clipboard.copy, parent=self)
        self.dialog = dialog

        def changed() -> None:
            for tab in self.meeting_tabs():
                tab.refresh_agreements()

        dialog.changed.connect(changed)
        dialog.open()

    def change_meeting(self, mode: str) -> None:
        """Move, cancel or mark as a no-show the meeting shown (a meeting still to come)."""
        if self.meeting_id is None or self.resident_id is None:
            return
        self.flush_all()
        from app.ui.dialogs.meeting_change import MeetingChangeDialog

        dialog = MeetingChangeDialog(self.services.meetings, self.services.meetings.get(self.meeting_id), mode, self)
        self.dialog = dialog

        def changed(show_id: int | None) -> None:
            self._show_resident(self.resident_id)
            if show_id is not None:
                self._show_meeting(show_id)
            self.caseload.refresh(select_id=self.resident_id)

        dialog.changed.connect(changed)
        dialog.open()

    def start_meeting(self) -> None:
        if self.meeting_id is None:
            return
        try:
            self.services.meetings.start(self.meeting_id)
        except DomainError as exc:
            self._on_failed(user_message(exc))
            return
        self._show_resident(self.resident_id)
        self.tabs.setCurrentWidget(self.conversation)

    def show_background(self) -> None:
        from app.ui.dialogs.background import BackgroundDialog

        dialog = BackgroundDialog(self.library, parent=self)
        self.dialog = dialog
        dialog.open()

    def show_referrals(self) -> None:
        from app.ui.dialogs.referrals import ReferralDirectoryDialog

        dialog = ReferralDirectoryDialog(self.services.referrals, self.worker, parent=self)
        self.dialog = dialog
        # a referral marked or unmarked discreet there changes the slip's tick boxes here
        dialog.finished.connect(lambda _r: self.wrapup.refresh_slip_referrals())
        dialog.open()

    def show_relationship(self) -> None:
        if self.resident_id is None:
            return
        from app.ui.dialogs.relationship import RelationshipDialog

        self.flush_all()
        dialog = RelationshipDialog(self.services, self.resident_id, parent=self)
        self.dialog = dialog
        dialog.open()

    def _ticked_critique(self) -> list[str]:
        if self.meeting_id is None:
            return []
        return [
            b.category_id for b in self.services.meetings.get(self.meeting_id).baggage if b.kind == "system_critique"
        ]

    def new_signal(self) -> None:
        from app.ui.dialogs.signals import NewSignalDialog

        self.flush_all()
        dialog = NewSignalDialog(self.services, self.library, self._ticked_critique(), parent=self)
        self.dialog = dialog
        dialog.open()

    def show_audit_log(self) -> None:
        from app.ui.dialogs.audit_log import AuditLogDialog

        dialog = AuditLogDialog(self.services, self.library.language, parent=self)
        self.dialog = dialog
        dialog.open()

    def show_team_signals(self) -> None:
        from app.ui.dialogs.team_signals import TeamSignalsDialog

        dialog = TeamSignalsDialog(self.services, self.library, parent=self)
        self.dialog = dialog
        dialog.open()

    def show_signals(self) -> None:
        from app.ui.dialogs.signals import SignalsDialog

        self.flush_all()
        dialog = SignalsDialog(self.services, self.library, parent=self)
        self.dialog = dialog
        dialog.exported.connect(lambda _p: self.services.audit.record("export", "", None, "ok"))
        dialog.open()

    def show_intervision(self) -> None:
        from app.ui.dialogs.intervision import IntervisionDialog

        dialog = IntervisionDialog(self.library, parent=self)
        self.dialog = dialog
        dialog.open()

    def export_self_checks(self) -> None:
        """Only on request, and only counts per month: no names, ids, dates or text."""
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(
            self, self.tr("Export my look-backs"), f"terugblik-{datetime.now():%Y-%m}.csv", self.tr("CSV (*.csv)")
        )
        self.dialog = dialog
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.write_self_checks(Path(path)))
        dialog.open()

    def write_self_checks(self, path: Path) -> bool:
        from app.services.printing import save_pdf

        result = save_pdf(self.services.relationship.self_check_export_csv().encode("utf-8"), path)
        if result.ok:
            self.services.audit.record("export", "", None, "ok")
            self.statusBar().showMessage(self.tr("Saved: {path}").format(path=str(path)), 10000)
        else:
            self._on_failed(result.message)
        return result.ok

    def show_self_check(self) -> None:
        """The look back on the meeting just closed (when one waits), else on the meeting shown."""
        meeting_id = self._look_back_meeting if self._look_back_meeting is not None else self.meeting_id
        if meeting_id is None:
            return
        from app.ui.dialogs.self_check import SelfCheckDialog

        dialog = SelfCheckDialog(self.services.relationship, meeting_id, parent=self)
        self.dialog = dialog
        if meeting_id == self._look_back_meeting:
            dialog.accepted.connect(self._looked_back)
        dialog.open()

    def _looked_back(self) -> None:
        self._look_back_meeting = None
        self.look_back_button.setVisible(False)

    def show_handover(self) -> None:
        """Written together with the resident: the resident view goes up first, so nothing sensitive is behind."""
        if self.resident_id is None:
            return
        from app.ui.dialogs.handover import HandoverDialog

        self.enter_resident_view()
        dialog = HandoverDialog(self.services, self.resident_id, self.library.language, parent=self)
        self.dialog = dialog
        dialog.preview_requested.connect(
            lambda pdf: self.preview_document(pdf, self.tr("Handover"), "overdracht.pdf", "A4")
        )

        def make_package() -> None:
            dialog.accept()  # saves the note first: it goes in the package
            self.show_handover_package()

        dialog.package_requested.connect(make_package)
        dialog.open()

    def show_handover_package(self) -> None:
        """The encrypted package for the next consultant. Over the resident view: the resident reads along."""
        if self.resident_id is None:
            return
        from app.ui.dialogs.handover_package import HandoverExportDialog

        if not self.in_resident_view:
            self.enter_resident_view()
        dialog = HandoverExportDialog(
            self.services, self.resident_id, self.worker, self.library, self.clipboard, parent=self
        )
        self.dialog = dialog
        dialog.erase_requested.connect(self._erase_after_handover)
        dialog.open()

    def _erase_after_handover(self, resident_id: int) -> None:
        """The consultant said yes to the offer: the erase dialog, which still asks for the typed name."""
        if self.in_resident_view:
            self.resident_view.load(None, None)  # saves what was typed there, and shows nobody
        self._open_erase(resident_id)

    def show_handover_import(self) -> None:
        from app.ui.dialogs.handover_package import HandoverImportDialog

        self.flush_all()
        dialog = HandoverImportDialog(self.services, self.worker, parent=self)
        self.dialog = dialog

        def imported(rid: int) -> None:
            self.caseload.search.clear()
            self.caseload.refresh(select_id=rid)
            self.statusBar().showMessage(self.tr("The handover is read in, as a new resident."), 10000)

        dialog.imported.connect(imported)
        dialog.open()

    def show_invitation(self) -> None:
        """The friendly invitation letter with the agenda made together."""
        if self.meeting_id is None or self.services.meetings.status(self.meeting_id) == MeetingStatus.CLOSED:
            return
        from app.documents.letter import render_invitation

        self.flush_all()
        data = self.services.documents.invitation(self.meeting_id)
        from app.ui.tabs.wrapup import jargon_hint

        notes = jargon_hint([line.text for line in data.agenda])
        from dataclasses import replace

        def with_second(second: str):
            return replace(data, languages=("nl", second) if second else ("nl",))

        second = data.languages[1] if len(data.languages) > 1 else ""
        self.worker.submit(
            lambda: render_invitation(data),
            lambda pdf: self.preview_document(
                pdf,
                self.tr("Invitation letter"),
                "uitnodiging.pdf",
                "A4",
                notes=notes,
                language=second,
                render_options=lambda paper, lang, _large: render_invitation(with_second(lang), paper),
            ),
            lambda exc: self._on_failed(user_message(exc)),
        )

    def _audit_preview(self, preview) -> None:
        rid = self.resident_id
        preview.printed.connect(
            lambda ok, _m: self.services.audit.record("print", "resident", rid, "ok" if ok else "failed")
        )
        preview.saved.connect(lambda _p: self.services.audit.record("save_pdf", "resident", rid, "ok"))

    def preview_document(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        media: str,
        *,
        render=None,
        notes: str = "",
        language: str = "",
        render_options=None,
    ) -> None:
        from app.ui.dialogs.document_preview import DocumentPreviewDialog

        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else self
        preview = DocumentPreviewDialog(
            pdf,
            parent=parent,
            window_title=title,
            media=media,
            suggested_file_name=file_name,
            render=render,
            notes=notes,
            language=language,
            render_options=render_options,
        )
        self._audit_preview(preview)
        self.preview = preview
        preview.open()

    # --- privacy -------------------------------------------------------------------------
    def show_backup(self) -> None:
        from app.ui.dialogs.privacy import BackupDialog

        self.flush_all()
        dialog = BackupDialog(self.services, self.worker, parent=self)
        self.dialog = dialog
        dialog.done_ok.connect(lambda _p: self.update_backup_reminder())
        dialog.open()

    def show_restore(self) -> None:
        from app.ui.dialogs.privacy import RestoreDialog

        self.flush_all()
        dialog = RestoreDialog(parent=self)
        self.dialog = dialog
        dialog.restore_requested.connect(self.restore_requested)
        dialog.open()

    def show_retention(self) -> None:
        from app.ui.dialogs.privacy import RetentionDialog

        self.flush_all()
        dialog = RetentionDialog(self.services, parent=self)
        self.dialog = dialog

        def purged(_ids: list[int]) -> None:
            self.caseload.refresh()
            self._show_resident(self.caseload.current_id())

        dialog.purged.connect(purged)
        dialog.open()

    def show_erase(self) -> None:
        if self.resident_id is not None:
            self._open_erase(self.resident_id)

    def _open_erase(self, resident_id: int) -> None:
        from app.ui.dialogs.privacy import EraseDialog

        self.flush_all()
        dialog = EraseDialog(self.services, resident_id, parent=self)
        self.dialog = dialog

        def erased(_rid: int) -> None:
            self.caseload.refresh()
            self._show_resident(None)

        dialog.erased.connect(erased)
        dialog.open()

    def show_access_export(self) -> None:
        """AVG art. 15: a readable PDF and a JSON file with everything about this resident."""
        if self.resident_id is None:
            return
        from PySide6.QtWidgets import QFileDialog

        self.flush_all()
        rid = self.resident_id
        dialog = QFileDialog(self, self.tr("Folder for the access export"))
        self.dialog = dialog
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(lambda folder: self.export_access(rid, Path(folder)))
        dialog.open()

    def export_access(self, resident_id: int, folder: Path) -> bool:
        from app.services.printing import save_pdf

        stem = f"inzage-{resident_id}-{datetime.now():%Y%m%d}"
        for name, data in (
            (f"{stem}.pdf", self.services.access_export.export_pdf(resident_id, self.library.language)),
            (f"{stem}.json", self.services.access_export.export_json(resident_id)),
        ):
            result = save_pdf(data, folder / name)
            if not result.ok:
                self._on_failed(result.message)
                return False
        self.statusBar().showMessage(self.tr("Access export saved in {folder}").format(folder=str(folder)), 10000)
        return True

    def show_settings(self) -> None:
        from app.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(
            self.services.settings,
            self.key_store,
            parent=self,
            pack=self.library.pack,
            pack_problem=self.pack_problem,
        )
        self.dialog = dialog
        dialog.changed.connect(self.settings_changed)
        dialog.changed.connect(self._settings_note)
        dialog.open()

    def _settings_note(self, changed: dict) -> None:
        if "ui_language" in changed:
            self.statusBar().showMessage(self.tr("The new language is used the next time you start Nabij."), 15000)

    def update_backup_reminder(self) -> None:
        due = self.services.backup.reminder_due()
        self.backup_label.setVisible(due)

    # --- the resident-safe view ------------------------------------------------------------------
    @property
    def in_resident_view(self) -> bool:
        return self.pages.currentWidget() is self.resident_view

    def enter_resident_view(self) -> None:
        """One keystroke: only the agenda and agreements remain, in large type."""
        self.flush_all()
        self.resident_view.load(self.resident_id, self.meeting_id)
        self.pages.setCurrentWidget(self.resident_view)
        self.menuBar().setVisible(False)
        for action in self._menu_actions:
            action.setEnabled(False)
        self.resident_view.setFocus()

    def leave_resident_view(self) -> None:
        if not self.in_resident_view:
            return
        self.resident_view.clear()
        self.pages.setCurrentIndex(0)
        self.menuBar().setVisible(True)
        for action in self._menu_actions:
            action.setEnabled(True)
        self.plan_action.setEnabled(self.resident_id is not None)
        for action in self.resident_actions:
            action.setEnabled(self.resident_id is not None)
        self.undo_action.setEnabled(self.undo.group.canUndo())
        self.redo_action.setEnabled(self.undo.group.canRedo())
        self._update_state()  # move / cancel / did not come only for a meeting still to come

    def about(self) -> None:
        from app import __version__

        dialog = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Nabij"),
            self.tr(
                "Nabij {v}\n\nAn offline companion for conversations in Werk & Inkomen, based on the research "
                "'In De Dichter Bij Stand'.\n\nYour data is stored encrypted in:\n{path}\n\nThe key is kept in: {store}"
            ).format(v=__version__, path=str(self.services.db.path), store=self.key_store),
            parent=self,
        )
        self.dialog = dialog
        dialog.open()

    # --- saving ----------------------------------------------------------------------------
    def flush_all(self) -> bool:
        ok = True
        for tab in self.meeting_tabs():
            ok = tab.flush() and ok
        return ok

    def _on_focus_changed(self, old, _new) -> None:
        if old is not None and self.isAncestorOf(old):
            self.flush_all()

    def _on_saved(self, when) -> None:
        self.saved_label.setText(self.tr("Saved {time}").format(time=when.strftime("%H:%M")))

    def _on_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved"))
        self.statusBar().showMessage(message, 15000)

    def unsaved_drafts(self) -> list[tuple[str, int, dict[str, str]]]:
        """Text that is typed but could not be saved (a full disk): (kind, id, values).

        The lock keeps these off screen and writes them after unlocking, so a lock never loses a draft.
        """
        drafts = []
        for tab, saver in (
            (self.preparation, self.preparation.autosaver),
            (self.conversation, self.conversation._autosaver),
            (self.wrapup, self.wrapup._autosaver),
        ):
            if tab.meeting_id is not None and saver.has_pending:
                drafts.append(("meeting", tab.meeting_id, saver.pending()))
        reading = self.preparation.file_reading
        if reading.meeting_id is not None and reading.autosaver.has_pending:
            drafts.append(("file_reading", reading.meeting_id, reading.autosaver.pending()))
        if self.wrapup._agreement_saver.has_pending:
            for key, text in self.wrapup._agreement_saver.pending().items():
                drafts.append(("agreement", int(key), {"text": text}))
        return drafts

    # --- the place, across a lock ---------------------------------------------------------------
    def _scroll_areas(self) -> list[list[QScrollArea]]:
        return [tab.findChildren(QScrollArea) for tab in self.meeting_tabs()]

    def place(self) -> Place:
        scroll = tuple(tuple(a.verticalScrollBar().value() for a in areas) for areas in self._scroll_areas())
        geometry = bytes(self.saveGeometry().data())
        return Place(self.resident_id, self.meeting_id, self.tabs.currentIndex(), scroll, geometry)

    def go_to(self, place: Place) -> None:
        """Show the resident, meeting, tab and scroll position of ``place``, as far as they still exist."""
        if place.geometry:
            self.restoreGeometry(QByteArray(place.geometry))
        if place.resident_id is not None:
            # Selecting the resident keeps the meeting shown for the same resident: set both first, so
            # the tabs load once, with the meeting of the place (the current one if it is gone).
            self.resident_id, self.meeting_id = place.resident_id, place.meeting_id
            self.caseload.refresh(select_id=place.resident_id)
        self.tabs.setCurrentIndex(place.tab)
        # Scroll once the restored content has its size (after the next layout pass).
        QTimer.singleShot(0, lambda: self._scroll_to(place.scroll))

    def _scroll_to(self, scroll: tuple[tuple[int, ...], ...]) -> None:
        for areas, values in zip(self._scroll_areas(), scroll, strict=False):
            for area, value in zip(areas, values, strict=False):
                area.verticalScrollBar().setValue(value)

    def clear_sensitive(self) -> None:
        """Forget every shown resident detail (lock)."""
        self.clipboard.clear_if_ours()
        self.undo.forget()
        slip = sys.modules.get("app.documents.slip")  # only when a slip was made: reportlab is not loaded before
        if slip is not None:
            slip.forget_qr_codes()
        self.undo_button.setVisible(False)
        self.resident_view.clear()
        for tab in self.meeting_tabs():
            tab.clear()
        self.caseload.clear()
        self.resident_label.clear()
        self.meeting_choice.clear()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.flush_all() or self._closing_confirmed:
            gui_app().focusChanged.disconnect(self._on_focus_changed)
            self._undo_through.stop()
            self.clipboard.clear_if_ours()
            event.accept()
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("Some of your text could not be saved (is the disk full?). Quit anyway and lose it?"),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._closing_confirmed = True
            event.accept()
        else:
            event.ignore()
