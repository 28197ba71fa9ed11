"""Voorbereiding: what is known already, and the agenda proposed together."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.models.rules import DomainError
from app.services.preparation import Background
from app.ui.messages import user_message
from app.ui.qt_types import datetime_text, to_qdate
from app.ui.tabs.base import DEFAULT_PROPOSER, NOTHING_READ, Changed, MeetingTab, Reads
from app.ui.widgets.file_reading import FileReadingEditor
from app.ui.widgets.scroll import scrolling
from app.vocabulary import NotHeld


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


class AgendaTextDelegate(QStyledItemDelegate):
    """Edit an agenda item's own text (F2 or a double click), not its label with the tags after it."""

    edited = Signal(int, str)  # item id, new text

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        editor.setText(index.data(Qt.ItemDataRole.UserRole + 1) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        text = editor.text().strip()
        if text and text != (index.data(Qt.ItemDataRole.UserRole + 1) or ""):
            self.edited.emit(int(index.data(Qt.ItemDataRole.UserRole)), text)


class PreparationTab(MeetingTab):
    invitation_requested = Signal()
    background_requested = Signal()
    plan_requested = Signal()

    def __init__(self, services, library, parent=None) -> None:
        super().__init__(services, library, parent)
        self.autosaver = self.make_autosaver(self._write)
        self._read_only = False
        self.fact_remove_buttons: dict[int, QPushButton] = {}
        self.fact_edit_buttons: dict[int, QPushButton] = {}
        self.fact_editor: QLineEdit | None = None  # the fact being changed in place
        self.confirm_dialog: QWidget | None = None  # the open "remove this fact?" question

        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        # Left: voorkennis.
        self.background_area = QScrollArea()
        self.background_area.setWidgetResizable(True)
        self.background_area.setAccessibleName(self.tr("What is known already"))
        self.background_body = QWidget()
        self.background_layout = QVBoxLayout(self.background_body)
        self.background_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.background_area.setWidget(self.background_body)
        splitter.addWidget(self.background_area)

        # Right: the meeting, goals, agenda, prompts.
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.meeting_label = QLabel("")
        self.meeting_label.setProperty("role", "title")
        self.meeting_label.setWordWrap(True)
        rl.addWidget(self.meeting_label)
        self.plan_button = QPushButton(self.tr("Plan a meeting…"))
        self.plan_button.setAccessibleName(self.tr("Plan a meeting"))
        self.plan_button.setToolTip(self.tr("Plan a meeting (Ctrl+Shift+N)"))
        self.plan_button.clicked.connect(self.plan_requested)
        rl.addWidget(self.plan_button)

        rl.addWidget(heading(self.tr("Your goals")))
        self.goals = QPlainTextEdit()
        self.goals.setAccessibleName(self.tr("Your goals for this meeting"))
        self.goals.setPlaceholderText(self.tr("What do you hope to reach together?"))
        self.goals.setFixedHeight(70)
        self.goals.setTabChangesFocus(True)
        self.autosaver.watch(self.goals, "goals")
        rl.addWidget(self.goals)
        self.file_reading = FileReadingEditor(services.relationship)
        self.file_reading.saved.connect(self.saved)
        self.file_reading.failed.connect(self.failed)
        rl.addWidget(self.file_reading)

        rl.addWidget(heading(self.tr("Proposed agenda")))
        rl.addWidget(
            hint(
                self.tr(
                    "Make it together: ask what the resident wants to talk about. Alt+Up / Alt+Down moves an "
                    "item, F2 changes its text."
                )
            )
        )
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.agenda.model().rowsMoved.connect(lambda *_: self._save_order())
        self.agenda.setEditTriggers(QListWidget.EditTrigger.EditKeyPressed | QListWidget.EditTrigger.DoubleClicked)
        self.agenda_delegate = AgendaTextDelegate(self.agenda)
        # queued: the list is filled again after the editor has closed, not from inside the delegate
        self.agenda_delegate.edited.connect(self.edit_agenda_text, Qt.ConnectionType.QueuedConnection)
        self.agenda.setItemDelegate(self.agenda_delegate)
        rl.addWidget(self.agenda, 2)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName(self.tr("New agenda item"))
        self.new_item.setPlaceholderText(self.tr("New agenda item, then Enter"))
        self.proposer = QComboBox()
        self.proposer.setAccessibleName(self.tr("Proposed by"))
        self.proposer.addItem(self.tr("proposed by me"), "consultant")
        self.proposer.addItem(self.tr("proposed by the resident"), "resident")
        # The same default as in Gesprek, and back to it after each topic: a choice never sticks
        # silently to the next topic.
        self.proposer.setCurrentIndex(self.proposer.findData(DEFAULT_PROPOSER))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add agenda item"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove agenda item"))
        add_row.addWidget(self.new_item, 3)
        add_row.addWidget(self.proposer, 2)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        rl.addLayout(add_row)
        self.new_item.returnPressed.connect(self.add_agenda_item)
        self.add_button.clicked.connect(self.add_agenda_item)
        self.remove_button.clicked.connect(self.remove_agenda_item)
        move_up = QShortcut(QKeySequence("Alt+Up"), self.agenda)
        move_up.activated.connect(lambda: self.move_current(-1))
        move_down = QShortcut(QKeySequence("Alt+Down"), self.agenda)
        move_down.activated.connect(lambda: self.move_current(1))

        rl.addWidget(heading(self.tr("Before you meet")))
        self.prompts = QListWidget()
        self.prompts.setAccessibleName(self.tr("Prompts for preparation"))
        self.prompts.setWordWrap(True)
        rl.addWidget(self.prompts, 1)
        buttons = QHBoxLayout()
        self.invitation_button = QPushButton(self.tr("Invitation letter…"))
        self.invitation_button.setAccessibleName(self.tr("Invitation letter"))
        self.invitation_button.setToolTip(self.tr("Invitation letter with this agenda (Ctrl+I)"))
        self.invitation_button.clicked.connect(self.invitation_requested)
        self.background_button = QPushButton(self.tr("Background…"))
        self.background_button.setAccessibleName(self.tr("Background"))
        self.background_button.setToolTip(self.tr("Background from the research (F1)"))
        self.background_button.clicked.connect(self.background_requested)
        buttons.addWidget(self.invitation_button)
        buttons.addWidget(self.background_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        splitter.addWidget(scrolling(right))  # scrolls at large text sizes, never clips
        splitter.setSizes([380, 620])
        splitter.setChildrenCollapsible(False)
        self._fill_prompts()
        self.clear()

    # --- loading -------------------------------------------------------------------
    def _fill_prompts(self) -> None:
        self.prompts.clear()
        for prompt in self.library.prompts_for("preparation"):
            text = prompt.text if not prompt.example else f"{prompt.text}\n   “{prompt.example}”"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, prompt.id)
            item.setToolTip(
                self.tr("Source: {file}, section “{section}”").format(
                    file=prompt.source.file, section=prompt.source.section
                )
            )
            self.prompts.addItem(item)

    def load(self, resident_id, meeting_id, reads: Reads = NOTHING_READ) -> None:
        self.autosaver.flush()
        self.resident_id, self.meeting_id = resident_id, meeting_id
        if resident_id is None:
            self.clear()
            return
        self._show_background(self.services.preparation.background(resident_id, before_meeting=meeting_id))
        self.plan_button.setVisible(meeting_id is None)
        if meeting_id is None:
            self.meeting_label.setText(self.tr("No meeting planned yet"))
            self.file_reading.load(None, True)
            self._set_meeting_widgets_enabled(False)
            with self.autosaver.muted():
                self.goals.clear()
            self.agenda.clear()
            return
        detail = reads.meeting_or_read(self.services, meeting_id)
        if detail.handed_over:  # the previous consultant's, from a handover package: go on with a meeting of your own
            self.meeting_label.setText(
                self.tr("Handed over from the previous consultant ({when}). Plan a meeting to go on.").format(
                    when=QLocale().toString(to_qdate(detail.starts_at.date()), "d MMMM yyyy")
                )
            )
            self.plan_button.setVisible(True)
        else:
            when = datetime_text(QLocale(), detail.starts_at, "dddd d MMMM yyyy", ", ")
            self.meeting_label.setText(self.tr("Meeting on {when}").format(when=when))
        with self.autosaver.muted():
            self.goals.setPlainText(detail.goals)
        self._read_only = detail.read_only
        self._fill_agenda(detail.agenda)
        self.file_reading.load(meeting_id, detail.read_only)
        self._set_meeting_widgets_enabled(not detail.read_only)

    def refresh_agreements(self) -> None:
        """Only the open agreements in the background can have changed."""
        if self.resident_id is not None:
            bg = self.services.preparation.background(self.resident_id, before_meeting=self.meeting_id)
            self._show_background(bg)

    def _set_meeting_widgets_enabled(self, enabled: bool) -> None:
        for w in (
            self.goals,
            self.new_item,
            self.proposer,
            self.add_button,
            self.remove_button,
            self.invitation_button,
        ):
            w.setEnabled(enabled)
        self.agenda.setEnabled(self.meeting_id is not None)
        flags = QListWidget.DragDropMode.InternalMove if enabled else QListWidget.DragDropMode.NoDragDrop
        self.agenda.setDragDropMode(flags)

    def _agenda_label(self, line) -> str:
        tags = []
        if line.proposed_by == "resident":
            tags.append(self.tr("resident's topic"))
        if line.carried_over:
            tags.append(self.tr("carried over"))
        return line.text if not tags else f"{line.text}   [{', '.join(tags)}]"

    def _fill_agenda(self, lines) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for line in lines:
            item = QListWidgetItem(self._agenda_label(line))
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, line.text)
            item.setData(Qt.ItemDataRole.UserRole + 2, line.proposed_by)
            if not self._read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.agenda.addItem(item)
        self.agenda.blockSignals(False)

    def _section(self, title: str, lines: list[str], empty: str) -> None:
        self.background_layout.addWidget(heading(title))
        if not lines:
            self.background_layout.addWidget(hint(empty))
        if lines:  # one label for the section: dozens of word-wrapped labels made opening a resident slow (issue 16)
            label = QLabel("\n".join(lines))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.background_layout.addWidget(label)

    def _show_background(self, bg: Background) -> None:
        self._clear_background()
        locale = QLocale()
        name = QLabel(bg.display_name)
        name.setProperty("role", "title")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        self.background_layout.addWidget(name)
        self._show_resident_voice(bg)
        channel: dict[str | None, str] = {
            "mail": self.tr("email"),
            "whatsapp": self.tr("WhatsApp"),
            "phone": self.tr("phone"),
            "letter": self.tr("letter"),
        }
        place: dict[str | None, str] = {
            "office": self.tr("office"),
            "home": self.tr("home visit"),
            "walk": self.tr("a walk"),
            "phone": self.tr("phone"),
            "video": self.tr("video"),
        }
        companion: dict[bool | None, str] = {True: self.tr("yes, usually"), False: self.tr("no")}
        prefs = [
            self.tr("Consultants so far: {n}").format(n=bg.consultant_count),
            self.tr("Preferred channel: {v}").format(v=channel.get(bg.preferred_channel, self.tr("not known"))),
            self.tr("Language: {v}").format(v=bg.language or self.tr("not known")),
            self.tr("Brings someone: {v}").format(v=companion.get(bg.brings_companion, self.tr("not known"))),
            self.tr("Preferred place: {v}").format(v=place.get(bg.preferred_place, self.tr("not known"))),
        ]
        self._section(self.tr("Good to know"), prefs, "")
        self._facts_section(bg)
        owners = (
            ("resident", self.tr("The resident does")),
            ("consultant", self.tr("I do")),
            ("together", self.tr("We do together")),
        )
        agreement_lines = []
        for key, label in owners:
            for a in bg.open_agreements.get(key, []):
                due = (
                    ""
                    if a.due is None
                    else " " + self.tr("(before {d})").format(d=locale.toString(to_qdate(a.due), "d MMM"))
                )
                agreement_lines.append(f"{label}: {a.text}{due}")
        self._section(self.tr("Open agreements"), agreement_lines, self.tr("No open agreements."))
        earlier = []
        for m in bg.earlier:
            if m.not_held == NotHeld.CANCELLED:
                summary = self.tr("cancelled: {reason}").format(reason=m.not_held_reason)
            elif m.not_held == NotHeld.NO_SHOW:
                summary = self.tr("did not come")
            else:
                summary = m.summary.strip() or self.tr("(no summary)")
            if m.rescheduled_from is not None:
                summary = self.tr("moved from {date}").format(
                    date=locale.toString(to_qdate(m.rescheduled_from.date()), "d MMM")
                ) + (" · " + summary)
            day = locale.toString(to_qdate(m.starts_at.date()), "d MMM yyyy")
            if m.handed_over:  # held with the previous consultant: it came in a handover package
                day = self.tr("{day} · handed over").format(day=day)
            earlier.append(f"{day}: {summary}")
        self._section(self.tr("Earlier meetings"), earlier, self.tr("This is the first meeting."))

    def _facts_section(self, bg: Background) -> None:
        """The facts already told, each with Remove: a fact noted wrongly, or no longer true, can go."""
        self.background_layout.addWidget(heading(self.tr("Already told: don't ask again")))
        self.fact_remove_buttons = {}
        self.fact_edit_buttons = {}
        if not bg.facts:
            self.background_layout.addWidget(hint(self.tr("Nothing recorded yet.")))
        for fact in bg.facts:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"• {fact.text}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove this fact"))
            remove.setToolTip(self.tr("Remove this fact: it was noted wrongly or is no longer true"))
            remove.clicked.connect(lambda _=False, f=fact.id: self.ask_forget_fact(f))
            change = QPushButton(self.tr("Change"))
            change.setAccessibleName(self.tr("Change this fact"))
            change.setToolTip(self.tr("Change the words of this fact, then press Enter"))
            change.clicked.connect(lambda _=False, f=fact, lab=label, lay=layout: self._edit_fact(f, lab, lay))
            layout.addWidget(label, 1)
            layout.addWidget(change, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            self.background_layout.addWidget(row)
            self.fact_remove_buttons[fact.id] = remove
            self.fact_edit_buttons[fact.id] = change

    def _edit_fact(self, fact, label: QLabel, layout: QHBoxLayout) -> None:
        """The fact's words in a line to change in place; Enter keeps them (undoable), Escape leaves them."""
        field = QLineEdit(fact.text)
        field.setAccessibleName(self.tr("Words of the fact"))
        layout.replaceWidget(label, field)
        label.hide()
        field.show()
        field.returnPressed.connect(lambda: self._save_fact(fact.id, field.text()))
        escape = QShortcut(QKeySequence("Escape"), field)
        escape.activated.connect(self._reload_background)
        field.setFocus()
        field.selectAll()
        self.fact_editor = field

    def _save_fact(self, fact_id: int, text: str) -> None:
        text = text.strip()
        if text and not self.edit_row("known_fact", fact_id, {"text": text}):
            return
        self._reload_background()
        if text:
            self.changed.emit(Changed.MEETING)

    def _reload_background(self) -> None:
        if self.resident_id is not None:
            self._show_background(
                self.services.preparation.background(self.resident_id, before_meeting=self.meeting_id)
            )

    def ask_forget_fact(self, fact_id: int) -> None:
        from app.ui.widgets.confirm import ask

        self.confirm_dialog = ask(
            self,
            self.tr("Remove fact"),
            self.tr("Remove this fact? Nabij no longer shows it as already told."),
            self.tr("Remove"),
            lambda: self.forget_fact(fact_id),
        )

    def forget_fact(self, fact_id: int) -> None:
        if self.resident_id is None:
            return
        if not self.remove_row("known_fact", fact_id):
            return
        self._show_background(self.services.preparation.background(self.resident_id, before_meeting=self.meeting_id))
        self.changed.emit(Changed.MEETING)

    def _note_prompt(self, prompt_id: str, address_form: str) -> None:
        """A content prompt shown as a gentle note, with its source in the tooltip."""
        try:
            prompt = self.library.prompt(prompt_id)
        except KeyError:  # a content pack without it: show nothing rather than fail
            return
        example = prompt.example_for(address_form)
        label = hint(prompt.text if not example else f"{prompt.text}\n“{example}”")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(prompt_id)
        label.setToolTip(
            self.tr("Source: {file}, section “{section}”").format(
                file=prompt.source.file, section=prompt.source.section
            )
        )
        self.background_layout.addWidget(label)

    def _topic_label(self, category_id: str) -> str:
        try:
            return self.library.baggage_by_id(category_id).label
        except KeyError:
            pass
        try:
            return self.library.life_domain(category_id).label
        except KeyError:
            return category_id

    def _show_resident_voice(self, bg: Background) -> None:
        """Last time in the resident's own words, and topics that keep coming back. Never a score."""
        last = bg.last_checkout
        if last is not None:
            self.background_layout.addWidget(heading(self.tr("Last time, as the resident said it")))
            feelings = {
                1: self.tr("heavy"),
                2: self.tr("not so good"),
                3: self.tr("okay"),
                4: self.tr("good"),
                5: self.tr("very good"),
            }
            when = QLocale().toString(to_qdate(last.held_on), "d MMM yyyy")
            lines = []
            if last.score is not None:
                lines.append(
                    self.tr("Left feeling: {feeling} ({when})").format(feeling=feelings[last.score], when=when)
                )
            if last.words.strip():
                lines.append(f"“{last.words.strip()}”")
            for text in lines:
                label = QLabel(text)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setObjectName("lastCheckout")
                self.background_layout.addWidget(label)
            if last.low:
                self._note_prompt("prep_after_low_checkout", bg.address_form)
        if bg.returning_baggage:
            self.background_layout.addWidget(heading(self.tr("Keeps coming back")))
            topics = ", ".join(self._topic_label(c) for c in bg.returning_baggage)
            label = QLabel(self.tr("Came up in most of the last meetings: {topics}").format(topics=topics))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("keepsComingBack")
            self.background_layout.addWidget(label)
            self._note_prompt("prep_story_keeps_returning", bg.address_form)

    def _clear_background(self) -> None:
        while self.background_layout.count():
            item = self.background_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once: never painted over the new lines until it is deleted
                widget.deleteLater()

    # --- editing -------------------------------------------------------------------
    def _write(self, values):
        if self.meeting_id is None:
            return None
        return self.write_meeting_text(values)

    def add_agenda_item(self) -> None:
        text = self.new_item.text().strip()
        if not text or self.meeting_id is None or self._read_only:
            return
        try:
            self.services.preparation.add_agenda_item(self.meeting_id, text, self.proposer.currentData())
        except (DomainError, ValueError) as exc:
            self.failed.emit(user_message(exc))
            return
        self.new_item.clear()
        self.proposer.setCurrentIndex(self.proposer.findData(DEFAULT_PROPOSER))
        self._reload_agenda()
        self.changed.emit(Changed.MEETING)

    def edit_agenda_text(self, item_id: int, text: str) -> None:
        if self._read_only:
            return
        if self.edit_row("agenda_item", item_id, {"text": text}):
            self._reload_agenda()
            self.changed.emit(Changed.MEETING)

    def remove_agenda_item(self) -> None:
        item = self.agenda.currentItem()
        if item is None or self._read_only:
            return
        if not self.remove_row("agenda_item", item.data(Qt.ItemDataRole.UserRole)):
            return
        self._reload_agenda()
        self.changed.emit(Changed.MEETING)

    def move_current(self, delta: int) -> None:
        row = self.agenda.currentRow()
        target = row + delta
        if self._read_only or row < 0 or not 0 <= target < self.agenda.count():
            return
        item = self.agenda.takeItem(row)
        self.agenda.insertItem(target, item)
        self.agenda.setCurrentRow(target)
        self._save_order()

    def _save_order(self) -> None:
        if self.meeting_id is None:
            return
        ids = [self.agenda.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.agenda.count())]
        self.services.preparation.reorder_agenda(self.meeting_id, ids)
        self.changed.emit(Changed.MEETING)

    def _reload_agenda(self) -> None:
        if self.meeting_id is None:
            return
        self._fill_agenda(self.services.meetings.get(self.meeting_id).agenda)

    def flush(self) -> bool:
        return self.file_reading.flush() & self.autosaver.flush()

    def clear(self) -> None:
        super().clear()
        self.autosaver.discard()
        self.file_reading.clear()
        with self.autosaver.muted():
            self.goals.clear()
        self.agenda.clear()
        self.new_item.clear()
        self._clear_background()
        self.meeting_label.setText(self.tr("Choose a resident on the left"))
        self.plan_button.setVisible(False)
        self._set_meeting_widgets_enabled(False)
