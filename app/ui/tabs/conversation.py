"""Gesprek: the live conversation, built for glancing at, not reading.

Top row: the agenda to tick off, prompts by phase (reminders, never a score),
and the baggage checklist. Bottom row: quick notes and the sphere of influence.
Ctrl+Return on a line (agenda item, prompt, sphere entry, the notes' current
line) turns it into an agreement; the consultant adjusts it in Afronding.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.meetings import MeetingDetail
from app.ui.messages import user_message
from app.ui.tabs.base import DEFAULT_PROPOSER, NOTHING_READ, Changed, MeetingTab, Reads
from app.ui.widgets.agreement_key import AgreementKey, shortcut_text
from app.ui.widgets.baggage_row import BaggageRow
from app.ui.widgets.scroll import scrolling
from app.ui.widgets.segmented_pages import SegmentedPages
from app.ui.widgets.sphere_panel import ENTRY_TEXT, SphereColumn, SpherePanel
from app.ui.widgets.tagged_item_delegate import TAGS_ROLE, TaggedItemDelegate
from app.ui.widgets.wrapping_item_delegate import WrappingItemDelegate, wrap_items

ITEM_ID = Qt.ItemDataRole.UserRole
# The tick as last stored. itemChanged also fires for a new font or tooltip (the prompts turn bold
# when baggage fits); only a tick that differs from this is the user's and is written.
TICKED = Qt.ItemDataRole.UserRole + 30
ITEM_TEXT = ENTRY_TEXT  # the plain text of a line (agenda item, prompt, sphere entry), same role everywhere

PROMPT_PHASES = ("opening", "during", "closing")
BAGGAGE_GROUPS = ("life_story", "system_critique", "life_domain")
SPHERE_KINDS = ("will", "wont", "cant")
BULLETS = ("- ", "* ", "\u2022 ", "\u2013 ")


class ConversationTab(MeetingTab):
    """The Gesprek tab. ``ConversationTab(services, library, parent=None)``."""

    def __init__(self, services, library, parent: QWidget | None = None) -> None:
        super().__init__(services, library, parent)
        self.detail: MeetingDetail | None = None
        self.last_agreement_id: int | None = None
        self._loading = False
        self._autosaver = self.make_autosaver(self._write_text)
        self._agreement_key = AgreementKey(self)
        self._agreement_key.activated.connect(self._make_agreement)
        self._hint = self.tr("%1: make this an agreement").replace("%1", shortcut_text())
        self._address_form = "je"  # the resident's, once a meeting is loaded: acknowledgements follow it
        self._acknowledged = {b.id: b for b in self.library.baggage}
        self._build()
        self._show_nothing()

    # ======================================================================
    # building
    # ======================================================================
    def _build(self) -> None:
        self.build_placeholders(self.tr("Choose a resident on the left to start the conversation."))

        self.content = QWidget(self)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(self._build_agenda())
        top.addWidget(self._build_prompts())
        top.addWidget(self._build_baggage())
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 4)
        top.setStretchFactor(2, 4)
        top.setSizes([300, 350, 350])

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self._build_notes())
        bottom.addWidget(self._build_sphere())
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 7)
        bottom.setSizes([300, 700])

        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setChildrenCollapsible(False)
        rows.addWidget(top)
        rows.addWidget(bottom)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 2)
        rows.setSizes([410, 190])
        self.splitters = (rows, top, bottom)

        self.feedback = QLabel(self.content)
        self.feedback.setProperty("role", "hint")
        self.feedback.setAccessibleName(self.tr("Last action"))
        self.feedback.setText(self._hint)

        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addWidget(rows, 1)
        content_layout.addWidget(self.feedback)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_note)
        layout.addWidget(scrolling(self.content), 1)  # scrolls at large text sizes, never clips

    def _build_agenda(self) -> QWidget:
        box = QGroupBox(self.tr("Agenda"))
        self.agenda_list = QListWidget(box)
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.setAccessibleName(self.tr("Agenda: tick what was discussed"))
        self.agenda_list.setToolTip(self.tr("Tick a topic once it was discussed.") + "\n" + self._hint)
        self.agenda_list.setItemDelegate(TaggedItemDelegate(self.agenda_list))
        self._wrap_list(self.agenda_list)
        self.agenda_list.itemChanged.connect(self._agenda_ticked)
        self._agreement_key.watch(self.agenda_list)

        self.agenda_input = QLineEdit(box)
        self.agenda_input.setPlaceholderText(self.tr("Add a topic\u2026"))
        self.agenda_input.setAccessibleName(self.tr("New agenda topic"))
        self.agenda_input.setToolTip(self.tr("Type a topic and press Enter to add it to the agenda"))
        self.agenda_input.returnPressed.connect(self._add_topic)
        self.agenda_from_resident = QCheckBox(self.tr("resident's"), box)
        self.agenda_from_resident.setChecked(DEFAULT_PROPOSER == "resident")
        self.agenda_from_resident.setAccessibleName(self.tr("The resident proposed this topic"))
        self.agenda_from_resident.setToolTip(self.tr("Ticked: the resident brought this topic in"))
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.agenda_input, 1)
        row.addWidget(self.agenda_from_resident)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.agenda_list, 1)
        layout.addLayout(row)
        return box

    def _build_prompts(self) -> QWidget:
        box = QGroupBox(self.tr("Prompts"))
        self.prompt_pages = SegmentedPages(box)
        self.prompt_lists: dict[str, QListWidget] = {}
        titles = {"opening": self.tr("Opening"), "during": self.tr("During"), "closing": self.tr("Closing")}
        for phase in PROMPT_PHASES:
            lst = QListWidget()
            lst.setObjectName(f"prompts_{phase}")
            lst.setAccessibleName(self.tr("Prompts: %1").replace("%1", titles[phase]))
            self._wrap_list(lst)
            for prompt in self.library.prompts_for(phase):
                item = QListWidgetItem(prompt.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(TICKED, False)
                item.setData(ITEM_ID, prompt.id)
                item.setData(ITEM_TEXT, prompt.text)
                item.setToolTip(self._prompt_tooltip(prompt, []))
                lst.addItem(item)
            lst.itemChanged.connect(self._prompt_ticked)
            lst.currentRowChanged.connect(lambda _row, lst=lst: self._show_example_row(lst))
            self._agreement_key.watch(lst)
            self.prompt_lists[phase] = lst
            self.prompt_pages.add_page(titles[phase], lst, self.tr("Show the %1 prompts").replace("%1", titles[phase]))
        self.prompt_pages.finish()
        self.prompt_pages.page_changed.connect(
            lambda index: self._show_example_row(self.prompt_lists[PROMPT_PHASES[index]])
        )

        self.example = QLabel(box)
        self.example.setProperty("role", "hint")
        self.example.setWordWrap(True)
        self.example.setAccessibleName(self.tr("Example sentence"))
        self.example.setMinimumHeight(self.example.fontMetrics().lineSpacing() * 2)
        self.example.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.prompt_pages, 1)
        layout.addWidget(self.example)
        return box

    def _build_baggage(self) -> QWidget:
        box = QGroupBox(self.tr("Baggage"))
        self.baggage_pages = SegmentedPages(box)
        self.baggage_rows: dict[str, BaggageRow] = {}
        titles = {
            "life_story": self.tr("Life story"),
            "system_critique": self.tr("System critique"),
            "life_domain": self.tr("Life domains"),
        }
        tips = {
            "life_story": self.tr("Damage in the resident's life story"),
            "system_critique": self.tr("Critique of the system the resident voices"),
            "life_domain": self.tr("Areas of life to ask about"),
        }
        for group in BAGGAGE_GROUPS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(2, 2, 2, 2)
            page_layout.setSpacing(2)
            if group == "life_domain":
                items = [(d.id, d.label, d.description, "") for d in self.library.life_domains]
            else:
                items = [(b.id, b.label, b.description, b.acknowledgement) for b in self.library.baggage_of_kind(group)]
            for category_id, label, description, acknowledgement in items:
                row = BaggageRow(category_id, group, label, description, acknowledgement, page)
                row.toggled.connect(self._baggage_ticked)
                row.dont_ask_again.connect(self._dont_ask_again)
                page_layout.addWidget(row)
                self.baggage_rows[category_id] = row
            page_layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its check boxes take the focus (and scroll into view)
            scroll.setWidget(page)
            self.baggage_pages.add_page(titles[group], scroll, titles[group], tips[group])
        self.baggage_pages.finish()

        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.baggage_pages, 1)
        return box

    def _build_notes(self) -> QWidget:
        box = QGroupBox(self.tr("Quick notes"))
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("quickNotes")
        self.notes.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.notes.setAccessibleName(self.tr("Quick notes"))
        self.notes.setPlaceholderText(self.tr("Notes for yourself. Saved as you type.") + "\n" + self._hint)
        self.notes.setToolTip(
            self.tr("Saved as you type.")
            + "\n"
            + self.tr("%1: make the current line an agreement").replace("%1", shortcut_text())
        )
        self._autosaver.watch(self.notes, "notes")
        self._agreement_key.watch(self.notes)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.notes)
        return box

    def _build_sphere(self) -> QWidget:
        box = QGroupBox(self.tr("Sphere of influence"))
        titles = {
            "will": self.tr("I will do this"),
            "wont": self.tr("I won't do this"),
            "cant": self.tr("I can't do this"),
        }
        columns = []
        for kind in SPHERE_KINDS:
            examples = [(s.id, s.text, s.referral) for s in self.library.sphere_of_kind(kind)]
            column = SphereColumn(
                kind, titles[kind], examples, with_referral=(kind == "cant"), agreement_hint=self._hint
            )
            self._agreement_key.watch(column.list)
            columns.append(column)
        self.sphere = SpherePanel(columns, box)
        self.sphere.add_requested.connect(self._add_sphere_entry)
        self.sphere.remove_requested.connect(self._remove_sphere_entry)
        self.sphere.edit_requested.connect(self._edit_sphere_entry)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sphere)
        return box

    @staticmethod
    def _wrap_list(lst: QListWidget) -> None:
        lst.setWordWrap(True)
        lst.setUniformItemSizes(False)
        lst.setResizeMode(QListWidget.ResizeMode.Adjust)
        lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lst.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        lst.setSpacing(2)
        if not isinstance(lst.itemDelegate(), WrappingItemDelegate):
            wrap_items(lst)

    # ======================================================================
    # MeetingTab
    # ======================================================================
    def load(self, resident_id: int | None, meeting_id: int | None, reads: Reads = NOTHING_READ) -> None:
        self._autosaver.flush()
        self._autosaver.discard()  # never let text typed for one meeting land in another
        self.resident_id, self.meeting_id = resident_id, meeting_id
        if resident_id is None or meeting_id is None:
            self.detail = None
            self._show_nothing()
            return
        try:
            detail = reads.meeting_or_read(self.services, meeting_id)
            if reads.resident is not None and reads.resident.id == resident_id:
                self._address_form = reads.resident.data.address_form
            else:
                self._address_form = self.services.caseload.address_form(resident_id)
            facts = self.services.preparation.facts(resident_id)
            all_referrals = self.services.referrals.list(include_retired=True)
        except Exception as exc:  # noqa: BLE001 - reported to the main window
            self.failed.emit(user_message(exc))
            return
        self.detail = detail
        self._fill(detail, facts, all_referrals)

    def refresh_agreements(self) -> None:
        """This tab turns lines into agreements but shows none: nothing to read again."""

    def flush(self) -> bool:
        return self._autosaver.flush()

    def clear(self) -> None:
        self._autosaver.flush()
        self._autosaver.discard()
        super().clear()
        self.detail = None
        self._show_nothing()

    # ======================================================================
    # filling
    # ======================================================================
    def _show_nothing(self) -> None:
        self._loading = True
        try:
            with self._autosaver.muted():
                self.notes.setPlainText("")
            self.agenda_list.clear()
            self.agenda_input.clear()
            for lst in self.prompt_lists.values():
                for i in range(lst.count()):
                    self._show_tick(lst.item(i), False)
                lst.setCurrentRow(-1)  # no current item (what setCurrentItem(None) does)
            for row in self.baggage_rows.values():
                row.set_ticked(False)
                row.set_known(None)
            for column in self.sphere.columns.values():
                column.set_entries([], {}, self._hint)
                column.clear_input()
                column.set_referrals([])
        finally:
            self._loading = False
        self.example.clear()
        self.feedback.setText(self._hint)
        self.banner.hide()
        self.content.hide()
        self.empty_note.show()

    def _fill(self, detail: MeetingDetail, facts, all_referrals) -> None:
        self._loading = True
        try:
            with self._autosaver.muted():
                if self.notes.toPlainText() != detail.notes:
                    self.notes.setPlainText(detail.notes)
            self._fill_agenda(detail)
            for lst in self.prompt_lists.values():
                for i in range(lst.count()):
                    item = lst.item(i)
                    self._show_tick(item, item.data(ITEM_ID) in detail.prompts_used)
            marks = {b.category_id: b for b in detail.baggage}
            known = {f.category_id: f.text for f in facts if f.category_id}
            for category_id, row in self.baggage_rows.items():
                mark = marks.get(category_id)
                row.set_ticked(mark is not None, mark.note if mark else "")
                row.set_known(known.get(category_id))
                baggage = self._acknowledged.get(category_id)
                if baggage is not None:
                    row.set_acknowledgement(baggage.acknowledgement_for(self._address_form))
            self._referral_names = {r.id: r.name for r in all_referrals}
            current = [(r.id, r.name, r.content_id, r.purpose) for r in all_referrals if not r.retired]
            self.sphere.columns["cant"].set_referrals(current)
            self._fill_sphere(detail)
        finally:
            self._loading = False
        self._mark_pages()
        self._emphasise_prompts()
        read_only = detail.read_only
        if read_only:
            self.feedback.clear()
        elif not self.feedback.text():
            self.feedback.setText(self._hint)
        self.content.setEnabled(not read_only)
        self.banner.set_handed_over(detail.handed_over)
        self.banner.setVisible(read_only)
        self.empty_note.hide()
        self.content.show()

    def _fill_agenda(self, detail: MeetingDetail) -> None:
        row = self.agenda_list.currentRow()
        current = self.agenda_list.item(row).data(ITEM_ID) if row >= 0 else None
        self.agenda_list.clear()
        resident_tag = self.tr("resident's topic")
        carried_tag = self.tr("from last time")
        for line in detail.agenda:
            tags = []
            if line.proposed_by == "resident":
                tags.append(resident_tag)
            if line.carried_over:
                tags.append(carried_tag)
            item = QListWidgetItem(line.text)
            item.setData(TAGS_ROLE, "  \u00b7  ".join(tags))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self._show_tick(item, line.discussed)
            item.setData(ITEM_ID, line.id)
            item.setData(ITEM_TEXT, line.text)
            if line.proposed_by == "resident":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            tip = []
            if line.proposed_by == "resident":
                tip.append(self.tr("The resident asked for this topic."))
            if line.carried_over:
                tip.append(self.tr("Carried over: still open from an earlier meeting."))
            tip.append(self._hint)
            item.setToolTip("\n".join(tip))
            self.agenda_list.addItem(item)
            if line.id == current:
                self.agenda_list.setCurrentItem(item)
        if not detail.agenda:
            self.agenda_list.setToolTip(self.tr("No agenda yet. Add a topic below."))

    def _fill_sphere(self, detail: MeetingDetail) -> None:
        names = getattr(self, "_referral_names", {})
        for kind, column in self.sphere.columns.items():
            column.set_entries(
                [(e.id, e.text, e.referral_id) for e in detail.sphere if e.kind == kind], names, self._hint
            )

    def _mark_pages(self) -> None:
        ticked = {row.kind for row in self.baggage_rows.values() if row.check.isChecked()}
        for index, group in enumerate(BAGGAGE_GROUPS):
            self.baggage_pages.set_marked(index, group in ticked)

    def _emphasise_prompts(self) -> None:
        """Prompts that fit a ticked baggage item stand out (bold, and say why); nothing moves."""
        ticked = {cid: row.label_text for cid, row in self.baggage_rows.items() if row.check.isChecked()}
        for lst in self.prompt_lists.values():
            for i in range(lst.count()):
                item = lst.item(i)
                prompt = self.library.prompt(item.data(ITEM_ID))
                fits = [ticked[b] for b in prompt.baggage if b in ticked]
                font = item.font()
                if font.bold() != bool(fits):
                    font.setBold(bool(fits))
                    item.setFont(font)
                item.setToolTip(self._prompt_tooltip(prompt, fits))

    def _prompt_tooltip(self, prompt, fits: list[str]) -> str:
        parts = []
        example = prompt.example_for(self._address_form)
        if example:
            parts.append(f"\u201c{example}\u201d")
        if fits:
            parts.append(self.tr("Fits what came up: %1").replace("%1", ", ".join(fits)))
        parts.append(self.tr("Tick it when you used it.") + "\n" + self._hint)
        return "\n\n".join(parts)

    def _show_example_row(self, lst: QListWidget) -> None:
        row = lst.currentRow()
        if row < 0:
            self.example.clear()
            return
        prompt = self.library.prompt(lst.item(row).data(ITEM_ID))
        example = prompt.example_for(self._address_form)
        self.example.setText(f"\u201c{example}\u201d" if example else "")

    # ======================================================================
    # writing through the services
    # ======================================================================
    def _write_text(self, values: dict[str, str]) -> datetime:
        if self.meeting_id is None:
            raise LookupError(self.tr("No meeting is open."))
        return self.write_meeting_text(values)

    def _reload_detail(self) -> None:
        if self.meeting_id is None:
            return
        try:
            self.detail = self.services.meetings.get(self.meeting_id)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(user_message(exc))

    def _show_tick(self, item: QListWidgetItem, checked: bool) -> None:
        """Show a stored tick: no write follows from it."""
        loading, self._loading = self._loading, True
        try:
            item.setData(TICKED, checked)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._loading = loading

    def _user_tick(self, item: QListWidgetItem) -> bool | None:
        """The new tick when the user changed it; None for anything cosmetic (a font, a tooltip)."""
        if self._loading or self.meeting_id is None:
            return None
        checked = item.checkState() == Qt.CheckState.Checked
        if item.data(TICKED) == checked:
            return None
        return checked

    def _prompt_ticked(self, item: QListWidgetItem) -> None:
        used = self._user_tick(item)
        if used is None or self.meeting_id is None:
            return
        mid, prompt_id = self.meeting_id, item.data(ITEM_ID)
        conversation = self.services.conversation

        def mark() -> None:
            conversation.set_prompt_used(mid, prompt_id, used)

        def unmark() -> None:
            conversation.set_prompt_used(mid, prompt_id, not used)

        undo = self.undo
        text = (self.tr("Ticked: {what}") if used else self.tr("Unticked: {what}")).format(what=item.text())
        if self.call_service(mark if undo is None else lambda: undo.step(mark, unmark, text)):
            self._show_tick(item, used)
        else:
            self._show_tick(item, not used)

    def _agenda_ticked(self, item: QListWidgetItem) -> None:
        discussed = self._user_tick(item)
        if discussed is None:
            return
        item_id = item.data(ITEM_ID)
        if self.edit_row("agenda_item", item_id, {"discussed": discussed}):
            self._show_tick(item, discussed)
            self.changed.emit(Changed.MEETING)
        else:
            self._show_tick(item, not discussed)

    def _add_topic(self) -> None:
        text = self.agenda_input.text().strip()
        if not text or self.meeting_id is None:
            return
        who = "resident" if self.agenda_from_resident.isChecked() else "consultant"
        mid = self.meeting_id
        if self.call_service(lambda: self.services.preparation.add_agenda_item(mid, text, who)):
            self.agenda_input.clear()
            self.agenda_from_resident.setChecked(DEFAULT_PROPOSER == "resident")  # never sticks to the next one
            self._reload_detail()
            if self.detail is not None:
                self._loading = True
                try:
                    self._fill_agenda(self.detail)
                finally:
                    self._loading = False
            self.changed.emit(Changed.MEETING)

    def _baggage_ticked(self, category_id: str, kind: str, ticked: bool) -> None:
        if self._loading or self.meeting_id is None:
            return
        row = self.baggage_rows[category_id]
        mid, note = self.meeting_id, row.note.text().strip()
        conversation = self.services.conversation

        def tick() -> None:
            conversation.set_baggage(mid, category_id, kind, ticked, note)

        if self.undo is None:
            done = self.call_service(tick)
        else:
            undo = self.undo
            before = {b.category_id: b.note for b in self.services.meetings.get(mid).baggage}
            was, old_note = category_id in before, before.get(category_id, "")

            def untick() -> None:  # the mark as it was, with its note
                conversation.set_baggage(mid, category_id, kind, was, old_note)

            text = (self.tr("Ticked: {what}") if ticked else self.tr("Unticked: {what}")).format(what=row.label_text)
            done = self.call_service(lambda: undo.step(tick, untick, text))
        if not done:
            row.set_ticked(not ticked, note)
        self._mark_pages()
        self._emphasise_prompts()

    def _dont_ask_again(self, category_id: str, text: str) -> None:
        if self.meeting_id is None:
            return
        row = self.baggage_rows[category_id]
        mid = self.meeting_id
        note = row.note.text().strip()

        def record() -> None:
            self.services.conversation.set_baggage(mid, category_id, row.kind, True, note)
            self.services.conversation.dont_ask_again(mid, text, category_id)

        if self.call_service(record):
            row.set_known(text)
            self.feedback.setText(self.tr("Noted: \u201c%1\u201d will not be asked again.").replace("%1", text))
            self.changed.emit(Changed.MEETING)

    def _add_sphere_entry(self, kind: str, text: str, referral_id) -> None:
        if self.meeting_id is None:
            return
        mid = self.meeting_id
        if self.call_service(lambda: self.services.conversation.add_sphere_entry(mid, kind, text, referral_id)):
            self.sphere.columns[kind].clear_input()
            self._refresh_sphere()

    def _edit_sphere_entry(self, entry_id: int, text: str) -> None:
        if self.edit_row("sphere_entry", entry_id, {"text": text}):
            self._refresh_sphere()

    def _remove_sphere_entry(self, entry_id: int) -> None:
        if self.remove_row("sphere_entry", entry_id):
            self._refresh_sphere()

    def _refresh_sphere(self) -> None:
        self._reload_detail()
        if self.detail is not None:
            self._fill_sphere(self.detail)

    def _reopen(self) -> None:
        if self.meeting_id is None:
            return
        mid = self.meeting_id
        if self.call_service(lambda: self.services.meetings.reopen(mid)):
            self.load(self.resident_id, self.meeting_id)
            self.changed.emit(Changed.MEETING)

    # ======================================================================
    # Ctrl+Return: a line becomes an agreement
    # ======================================================================
    def line_for(self, widget: QObject) -> tuple[str, str] | None:
        """(text, owner) of the focused line of a watched widget, or None when there is none."""
        if widget is self.notes:
            cursor = self.notes.textCursor()
            text = cursor.selectedText().replace("\u2029", " ") if cursor.hasSelection() else cursor.block().text()
            text = text.strip()
            for bullet in BULLETS:
                if text.startswith(bullet.strip()):
                    text = text[len(bullet.strip()) :].strip()
                    break
            return (text, "resident") if text else None
        if isinstance(widget, QListWidget):
            row = widget.currentRow()
            if row < 0:
                return None
            text = str(widget.item(row).data(ITEM_TEXT)).strip()  # ITEM_TEXT is set on every line
            will = widget is self.sphere.columns["will"].list
            return (text, "consultant" if will else "resident") if text else None
        return None

    def _make_agreement(self, widget: QObject) -> None:
        if self.meeting_id is None or (self.detail is not None and self.detail.read_only):
            return
        line = self.line_for(widget)
        if line is None:
            self.feedback.setText(self.tr("Pick a line first, then press %1.").replace("%1", shortcut_text()))
            return
        text, owner = line
        mid = self.meeting_id
        result: list[int] = []
        if self.call_service(lambda: result.append(self.services.wrapup.add_agreement(mid, text, owner))):
            self.last_agreement_id = result[0]
            who = self.tr("the consultant") if owner == "consultant" else self.tr("the resident")
            self.feedback.setText(
                self.tr("Agreement added for %1: \u201c%2\u201d. Adjust it in Wrap-up.")
                .replace("%1", who)
                .replace("%2", text)
            )
            self.changed.emit(Changed.AGREEMENTS)
