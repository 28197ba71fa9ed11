"""Afronding: agreements, the next appointment, the check-out, the slip, the dossier summary, closing.

Left: the agreements (this meeting's, and still-open ones from earlier meetings).
Right: the next appointment and the check-out. Bottom: preview the slip
(Ctrl+P), copy a summary for the official dossier, close the meeting.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.documents.model import SlipData
from app.services.documents import DossierContent
from app.services.meetings import AgreementLine, MeetingDetail
from app.ui.labels import agreement_status_label, owner_label, owner_labels, place_label, place_labels
from app.ui.messages import user_message
from app.ui.qt_types import from_qdate, to_qdate
from app.ui.tabs.base import NOTHING_READ, Changed, MeetingTab, Reads
from app.ui.widgets.agreement_row import DATE_FORMAT, AgreementRow, combo, row_kind
from app.ui.widgets.confirm import ask
from app.ui.widgets.feeling_scale import FeelingScale
from app.ui.widgets.scroll import scrolling
from app.ui.worker import InlineWorker
from app.vocabulary import AgreementStatus, Owner, Place

if TYPE_CHECKING:
    from app.ui.dialogs.document_preview import DocumentPreviewDialog

PREVIEW_KEY = QKeySequence("Ctrl+P")


# ---------------------------------------------------------------------------
# The dossier summary (pure: no clipboard, no widgets)
# ---------------------------------------------------------------------------


def _day(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def _moment(t: datetime) -> str:
    return t.strftime("%d-%m-%Y %H:%M")


def _baggage_label(library, kind: str, category_id: str) -> str:
    if library is None:
        return category_id
    try:
        if kind == "life_domain":
            return library.life_domain(category_id).label
        return library.baggage_by_id(category_id).label
    except KeyError:
        return category_id


def dossier_summary(content: DossierContent, *, library=None) -> str:
    """Plain text for the official dossier, in words: the service chose what it tells
    (date, topics discussed, agreements by owner, next appointment; baggage and notes only when asked)."""
    lines: list[str] = []
    lines.append(
        QCoreApplication.translate("DossierSummary", "Meeting of %1 (%2)")
        .replace("%1", _moment(content.starts_at))
        .replace("%2", place_label(content.place))
    )
    lines.append("")
    if content.summary:
        lines.append(QCoreApplication.translate("DossierSummary", "Summary:"))
        lines.append(content.summary)
        lines.append("")

    lines.append(QCoreApplication.translate("DossierSummary", "Topics discussed:"))
    lines += [f"- {text}" for text in content.discussed] or [
        "- " + QCoreApplication.translate("DossierSummary", "(none ticked)")
    ]
    lines.append("")

    def agreement_text(a: AgreementLine) -> str:
        out = f"- {a.text}"
        if a.due is not None:
            out += " " + QCoreApplication.translate("DossierSummary", "(by %1)").replace("%1", _day(a.due))
        if a.status != AgreementStatus.OPEN:
            out += f" [{agreement_status_label(a.status).lower()}]"
        return out

    lines.append(QCoreApplication.translate("DossierSummary", "Agreements:"))
    if not any(content.agreements.values()):
        lines.append("- " + QCoreApplication.translate("DossierSummary", "(none)"))
    for owner, group in content.agreements.items():
        if group:
            lines.append(f"{owner_label(owner)}:")
            lines += [agreement_text(a) for a in group]
    if content.earlier:
        lines.append("")
        lines.append(QCoreApplication.translate("DossierSummary", "Agreements from earlier meetings:"))
        lines += [agreement_text(a) + f" ({owner_label(a.owner).lower()})" for a in content.earlier]
    lines.append("")

    if content.next_at is not None:
        where = place_label(content.next_place)
        if content.next_place_detail.strip():
            where += f", {content.next_place_detail.strip()}"
        lines.append(
            QCoreApplication.translate("DossierSummary", "Next appointment: %1, %2")
            .replace("%1", _moment(content.next_at))
            .replace("%2", where)
        )
    else:
        lines.append(QCoreApplication.translate("DossierSummary", "Next appointment: not planned yet"))

    if content.baggage:
        lines.append("")
        lines.append(QCoreApplication.translate("DossierSummary", "Baggage that came up:"))
        for mark in content.baggage:
            label = _baggage_label(library, mark.kind, mark.category_id)
            lines.append(f"- {label}" + (f": {mark.note.strip()}" if mark.note.strip() else ""))
    if content.notes:
        lines.append("")
        lines.append(QCoreApplication.translate("DossierSummary", "Notes:"))
        lines.append(content.notes)
    return "\n".join(lines).rstrip() + "\n"


def summary_draft(detail: MeetingDetail) -> str:
    """A first summary in a few sentences, from the agenda items ticked and the agreements made,
    to be edited into how you would tell it to the resident."""
    sentences: list[str] = []
    discussed = [a.text.strip() for a in detail.agenda if a.discussed and a.text.strip()]
    if discussed:
        sentences.append(
            QCoreApplication.translate("SummaryDraft", "We talked about: %1.").replace("%1", "; ".join(discussed))
        )
    for owner, template in (
        (Owner.RESIDENT, QCoreApplication.translate("SummaryDraft", "The resident will: %1.")),
        (Owner.CONSULTANT, QCoreApplication.translate("SummaryDraft", "I will: %1.")),
        (Owner.TOGETHER, QCoreApplication.translate("SummaryDraft", "Together we will: %1.")),
    ):
        texts = [a.text.strip() for a in detail.agreements if a.owner == owner and a.text.strip()]
        if texts:
            sentences.append(template.replace("%1", "; ".join(texts)))
    return " ".join(sentences)


def slip_texts(data) -> list[str]:
    """The consultant's own words on a slip (agreements, places, referrals): where jargon can hide."""
    texts = [a.text for a in data.agreements]
    texts += [f"{r.name} {r.purpose}" for r in data.referrals]
    if data.next_appointment is not None:
        texts.append(data.next_appointment.place)
    return texts


def jargon_hint(texts: list[str]) -> str:
    """A hint naming listed jargon in the text, with a plain alternative, in the UI's language ("" when none)."""
    from app.content.jargon import find_jargon, load_jargon

    language = "en" if QLocale().language() == QLocale.Language.English else "nl"
    found = find_jargon(texts, "nl")
    if not found:
        return ""
    plain = {j.id: j.plain for j in load_jargon(language)}
    parts = [
        QCoreApplication.translate("WrapUpTab", "“%1”: plainer is %2")
        .replace("%1", form)
        .replace("%2", plain.get(j.id, j.plain))
        for j, form in found
    ]
    return QCoreApplication.translate("WrapUpTab", "Words the resident may not know. %1").replace(
        "%1", "; ".join(parts) + "."
    )


# ---------------------------------------------------------------------------
# The tab
# ---------------------------------------------------------------------------


def _shown_id(row: AgreementRow) -> str:
    """The autosave key of a row's text: the agreement it shows now (rows are reused)."""
    return str(row.agreement_id)


class WrapUpTab(MeetingTab):
    """The Afronding tab. ``WrapUpTab(services, library, parent=None, *, worker=None, page_size=None)``.

    ``worker`` runs the PDF build off the GUI thread (``.submit(fn, on_done, on_error)``);
    without one it runs inline.
    """

    preview_opened = Signal(object)  # the DocumentPreviewDialog, so the window can audit prints and saves

    def __init__(
        self,
        services,
        library,
        parent: QWidget | None = None,
        *,
        worker=None,
        page_size: Literal["A5", "A4"] | None = None,
    ) -> None:
        super().__init__(services, library, parent)
        self.worker = worker or InlineWorker()
        self.page_size = page_size  # None: the "slip_paper" setting
        self.discreet_ticked: set[int] = set()  # discreet referrals ticked for this meeting's slip
        self.discreet_boxes: dict[int, QCheckBox] = {}
        self._slip_data: SlipData | None = None
        self._slip_paper = "A5"
        self.detail: MeetingDetail | None = None
        self.preview_dialog: DocumentPreviewDialog | None = None
        self.confirm_dialog: QMessageBox | None = None
        # The main window routes this through its ClipboardGuard, which clears it again later.
        self.copy_text = lambda text: QGuiApplication.clipboard().setText(text)
        self.last_summary: str | None = None
        self.next_meeting_id: int | None = None
        self.rows: dict[int, AgreementRow] = {}
        # Rows not showing an agreement now, by kind (row_kind), to show the next resident's in (issue 16).
        self._spare_rows: dict[str, list[AgreementRow]] = {}
        self._row_labels: dict[str, QLabel] = {}
        self._earlier: dict[int, AgreementLine] = {}  # earlier meetings' agreements shown this session
        self._earlier_for_meeting: int | None = None
        self._rows_signature: tuple | None = None
        self._loading = False

        self._autosaver = self.make_autosaver(self._write_text)
        self._agreement_saver = self.make_autosaver(self._write_agreement_texts)
        self._summary_saver = self.make_autosaver(self._write_summary)
        self._build()
        self._show_nothing()

    # ======================================================================
    # building
    # ======================================================================
    def _build(self) -> None:
        self.build_placeholders(self.tr("Choose a resident on the left to wrap up the meeting."))

        self.content = QWidget(self)
        split = QSplitter(Qt.Orientation.Horizontal, self.content)
        split.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.agreements_box = self._build_agreements()
        left_layout.addWidget(self.agreements_box, 1)
        left_layout.addWidget(self._build_summary())
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_next())
        right_layout.addWidget(self._build_checkout(), 1)
        split.addWidget(right)
        split.setStretchFactor(0, 11)
        split.setStretchFactor(1, 9)
        split.setSizes([550, 450])
        self.splitter = split

        # Editing lives in the agreements box and the right column; the summary and the actions stay
        # usable on a closed meeting (write the summary afterwards, print the slip, copy the dossier
        # text), only Close is off then. ``editable`` is the agreements box; ``_right`` follows it.
        self.editable = self.agreements_box
        self._right = right
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(6)
        content_layout.addWidget(split, 1)
        content_layout.addWidget(self._build_slip_referrals())
        content_layout.addLayout(self._build_actions())

        self.feedback = QLabel(self)
        self.feedback.setProperty("role", "hint")
        self.feedback.setAccessibleName(self.tr("Last action"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_note)
        layout.addWidget(scrolling(self.content), 1)  # scrolls at large text sizes, never clips
        layout.addWidget(self.feedback)

        self.preview_shortcut = QShortcut(PREVIEW_KEY, self)
        self.preview_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.preview_shortcut.activated.connect(self.preview_slip)

    def _build_agreements(self) -> QWidget:
        box = QGroupBox(self.tr("Agreements"))
        self.rows_host = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(2, 2, 8, 2)
        self.rows_layout.setSpacing(2)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the agreement rows take the focus (and scroll into view)
        scroll.setWidget(self.rows_host)
        self.rows_scroll = scroll

        self.new_text = QLineEdit(box)
        self.new_text.setPlaceholderText(self.tr("New agreement\u2026"))
        self.new_text.setAccessibleName(self.tr("New agreement"))
        self.new_text.setToolTip(self.tr("Type what is agreed and press Enter"))
        self.new_text.returnPressed.connect(self._add_agreement)
        self.new_owner = combo(box, owner_labels(), Owner.RESIDENT, self.tr("Who does the new agreement"))
        self.new_owner.setToolTip(self.tr("Who does it"))
        self.add_button = QPushButton(self.tr("Add"), box)
        self.add_button.setAccessibleName(self.tr("Add agreement"))
        self.add_button.setToolTip(self.tr("Add this agreement (Enter)"))
        self.add_button.clicked.connect(self._add_agreement)
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_owner)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll, 1)
        layout.addLayout(add_row)
        return box

    def _build_next(self) -> QWidget:
        box = QGroupBox(self.tr("Next appointment"))
        self.next_planned = QCheckBox(self.tr("Make a next appointment"), box)
        self.next_planned.setAccessibleName(self.tr("Make a next appointment"))
        self.next_planned.toggled.connect(self._next_toggled)
        self.next_date = QDateEdit(box)
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("ddd d MMM yyyy")
        self.next_date.setAccessibleName(self.tr("Date of the next appointment"))
        self.next_time = QTimeEdit(box)
        self.next_time.setDisplayFormat("HH:mm")
        self.next_time.setAccessibleName(self.tr("Time of the next appointment"))
        self.next_place = combo(box, place_labels(), Place.OFFICE, self.tr("Place of the next appointment"))
        self.next_detail = QLineEdit(box)
        self.next_detail.setPlaceholderText(self.tr("Where exactly (optional)"))
        self.next_detail.setAccessibleName(self.tr("Place detail of the next appointment"))
        self._autosaver.watch(self.next_detail, "next_place_detail")
        for signal in (self.next_date.dateChanged, self.next_time.timeChanged, self.next_place.currentIndexChanged):
            signal.connect(lambda *_: self._save_next())

        when = QHBoxLayout()
        when.setSpacing(6)
        when.addWidget(self.next_date, 3)
        when.addWidget(self.next_time, 1)
        where = QHBoxLayout()
        where.setSpacing(6)
        where.addWidget(self.next_place, 1)
        where.addWidget(self.next_detail, 2)
        self.next_fields = QWidget(box)
        fields = QVBoxLayout(self.next_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(4)
        fields.addLayout(when)
        fields.addLayout(where)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.next_planned)
        layout.addWidget(self.next_fields)
        return box

    def _build_checkout(self) -> QWidget:
        box = QGroupBox(self.tr("Check-out"))
        question = QLabel(self.tr("With what feeling do you leave?"), box)
        self.feeling = FeelingScale(box)
        self.feeling.score_changed.connect(self._save_score)
        self.checkout_words = QLineEdit(box)
        self.checkout_words.setPlaceholderText(self.tr("In the resident's words"))
        self.checkout_words.setAccessibleName(self.tr("The feeling in words"))
        self.went_well = QPlainTextEdit(box)
        self.went_well.setAccessibleName(self.tr("What worked"))
        self.went_well.setPlaceholderText(self.tr("What worked in this meeting?"))
        self.could_improve = QPlainTextEdit(box)
        self.could_improve.setAccessibleName(self.tr("What could be better"))
        self.could_improve.setPlaceholderText(self.tr("What could be better next time?"))
        line = self.went_well.fontMetrics().lineSpacing()
        for edit in (self.went_well, self.could_improve):
            edit.setMinimumHeight(line * 2 + 12)
            edit.setTabChangesFocus(True)
        self._autosaver.watch(self.checkout_words, "checkout_words")
        self._autosaver.watch(self.went_well, "went_well")
        self._autosaver.watch(self.could_improve, "could_improve")

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(3)
        form.addRow(question, self.feeling)
        form.addRow(self.tr("In words"), self.checkout_words)
        form.addRow(self.tr("What worked"), self.went_well)
        form.addRow(self.tr("What could be better"), self.could_improve)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        return box

    def _build_summary(self) -> QWidget:
        """The meeting's summary: outside ``editable``, so a closed meeting can get one afterwards."""
        box = QGroupBox(self.tr("Summary"))
        self.summary = QPlainTextEdit(box)
        self.summary.setAccessibleName(self.tr("Summary of this meeting"))
        self.summary.setPlaceholderText(
            self.tr("In a few sentences, as you would tell it to the resident. Shown before the next meeting.")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3 + 12)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 6 + 12)
        self._summary_saver.watch(self.summary, "summary")
        self.summary_fill = QPushButton(self.tr("Fill in from agenda and agreements"), box)
        self.summary_fill.setAccessibleName(self.tr("Fill in the summary from the agenda and agreements"))
        self.summary_fill.setToolTip(
            self.tr("Write the topics ticked and the agreements into the summary, to edit further")
        )
        self.summary_fill.clicked.connect(self.fill_summary)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.summary_fill, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def fill_summary(self) -> None:
        """Replace the summary with a draft from what is ticked and agreed (saved like typing)."""
        if self.meeting_id is None:
            return
        self._agreement_saver.flush()
        try:
            detail = self.services.meetings.get(self.meeting_id)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(user_message(exc))
            return
        draft = summary_draft(detail)
        if draft:
            self.summary.setPlainText(draft)

    def _build_slip_referrals(self) -> QWidget:
        """Per slip: tick the discreet referrals (crisis, violence, mental health) that may go on paper."""
        self.slip_referrals_box = QWidget(self)
        self.slip_referrals_layout = QHBoxLayout(self.slip_referrals_box)
        self.slip_referrals_layout.setContentsMargins(0, 0, 0, 0)
        self.slip_referrals_layout.setSpacing(10)
        self.slip_referrals_label = QLabel(self.tr("On the slip, only if ticked:"), self.slip_referrals_box)
        self.slip_referrals_label.setToolTip(
            self.tr(
                "The slip goes home with the resident and others may see it: "
                "discreet referrals stay off unless you tick them"
            )
        )
        self.slip_referrals_layout.addWidget(self.slip_referrals_label)
        self.slip_referrals_boxes = QHBoxLayout()
        self.slip_referrals_layout.addLayout(self.slip_referrals_boxes)
        self.unreachable_note = QLabel(self.slip_referrals_box)
        self.unreachable_note.setProperty("role", "hint")
        self.unreachable_note.setWordWrap(True)
        self.unreachable_note.setAccessibleName(self.tr("Referrals left off the slip"))
        self.slip_referrals_layout.addWidget(self.unreachable_note, 1)
        self.slip_referrals_box.hide()
        return self.slip_referrals_box

    def refresh_slip_referrals(self) -> None:
        """Re-read the meeting's referrals (after the directory changed a discreet flag); ticks are kept."""
        self._fill_slip_referrals()

    def _fill_slip_referrals(self, detail: MeetingDetail | None = None) -> None:
        """The meeting's referrals as the slip treats them: a box per discreet one, a note for dead ends."""
        for box in self.discreet_boxes.values():
            self.slip_referrals_boxes.removeWidget(box)
            box.deleteLater()
        self.discreet_boxes = {}
        choices = []
        if self.meeting_id is not None:
            try:
                choices = self.services.documents.slip_referrals(self.meeting_id, detail)
            except Exception as exc:  # noqa: BLE001 - reported to the main window
                self.failed.emit(user_message(exc))
        self.discreet_ticked &= {c.id for c in choices if c.discreet and c.reachable}
        for c in choices:
            if not (c.discreet and c.reachable):
                continue
            box = QCheckBox(c.name, self.slip_referrals_box)
            box.setAccessibleName(self.tr("Print %1 on the slip").replace("%1", c.name))
            box.setChecked(c.id in self.discreet_ticked)
            box.toggled.connect(lambda on, rid=c.id: self._discreet_toggled(rid, on))
            self.slip_referrals_boxes.addWidget(box)
            self.discreet_boxes[c.id] = box
        dead = [c.name for c in choices if not c.reachable]
        self.unreachable_note.setText(
            self.tr("Not on the slip, no contact details: %1").replace("%1", ", ".join(dead)) if dead else ""
        )
        self.slip_referrals_label.setVisible(bool(self.discreet_boxes))
        self.slip_referrals_box.setVisible(bool(self.discreet_boxes) or bool(dead))

    def _discreet_toggled(self, referral_id: int, on: bool) -> None:
        if on:
            self.discreet_ticked.add(referral_id)
        else:
            self.discreet_ticked.discard(referral_id)

    def _build_actions(self) -> QVBoxLayout:
        key = PREVIEW_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.preview_button = QPushButton(self.tr("Preview slip\u2026"), self)
        self.preview_button.setProperty("role", "primary")
        self.preview_button.setAccessibleName(self.tr("Preview the agreements slip"))
        self.preview_button.setToolTip(
            self.tr("Preview the agreements slip, then print or save it (%1)").replace("%1", key)
        )
        self.preview_button.clicked.connect(self.preview_slip)

        self.copy_button = QPushButton(self.tr("Copy summary for the dossier"), self)
        self.copy_button.setAccessibleName(self.tr("Copy summary for the dossier"))
        self.copy_button.setToolTip(
            self.tr("Copy date, topics, agreements and next appointment as text, to paste into the official dossier")
        )
        self.copy_button.clicked.connect(self.copy_summary)
        self.include_baggage = QCheckBox(self.tr("include baggage"), self)
        self.include_baggage.setAccessibleName(self.tr("Include baggage in the summary"))
        self.include_baggage.setToolTip(self.tr("Off by default: what the resident shared stays out of the dossier"))
        self.include_notes = QCheckBox(self.tr("include notes"), self)
        self.include_notes.setAccessibleName(self.tr("Include quick notes in the summary"))
        self.include_notes.setToolTip(self.tr("Off by default: your quick notes stay out of the dossier"))

        self.close_button = QPushButton(self.tr("Close meeting\u2026"), self)
        self.close_button.setAccessibleName(self.tr("Close this meeting"))
        self.close_button.setToolTip(self.tr("Close the meeting; a next appointment, if set, is planned"))
        self.close_button.clicked.connect(self.ask_close)

        # to the resident's phone: the next appointment as a calendar file, a short message to paste
        self.ics_button = QPushButton(self.tr("Calendar file (.ics)…"), self)
        self.ics_button.setAccessibleName(self.tr("Save the next appointment as a calendar file"))
        self.ics_button.setToolTip(
            self.tr("Save the next appointment as an .ics file, to send by mail; a phone adds it to its calendar")
        )
        self.ics_button.clicked.connect(self.save_ics)
        self.message_button = QPushButton(self.tr("Copy message for WhatsApp or mail"), self)
        self.message_button.setAccessibleName(self.tr("Copy a short message for WhatsApp or mail"))
        self.message_button.setToolTip(
            self.tr("The next appointment and how to reach you, in Dutch and the resident's language")
        )
        self.message_button.clicked.connect(self.copy_message)
        self.ics_dialog: QFileDialog | None = None
        self.last_message: str | None = None

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.preview_button)
        row.addSpacing(8)
        row.addWidget(self.copy_button)
        row.addWidget(self.include_baggage)
        row.addWidget(self.include_notes)
        row.addStretch(1)
        row.addWidget(self.close_button)
        phone_row = QHBoxLayout()
        phone_row.setSpacing(8)
        phone_row.addStretch(1)  # under the close button, where Tab goes after it
        phone_row.addWidget(QLabel(self.tr("To the phone:"), self))
        phone_row.addWidget(self.ics_button)
        phone_row.addWidget(self.message_button)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(phone_row)
        return rows

    # ======================================================================
    # MeetingTab
    # ======================================================================
    def load(self, resident_id: int | None, meeting_id: int | None, reads: Reads = NOTHING_READ) -> None:
        self._flush_and_forget()
        same_meeting = meeting_id is not None and meeting_id == self.meeting_id
        self.resident_id, self.meeting_id = resident_id, meeting_id
        if resident_id is None or meeting_id is None:
            self.detail = None
            self._show_nothing()
            return
        try:
            detail = reads.meeting_or_read(self.services, meeting_id)
            open_now = self.services.wrapup.open_agreements(resident_id)
            meeting_dates = {m.id: m.starts_at for m in reads.resident_or_read(self.services, resident_id).meetings}
        except Exception as exc:  # noqa: BLE001 - reported to the main window
            self.failed.emit(user_message(exc))
            return
        if not same_meeting:
            self.discreet_ticked = set()  # a per-slip choice: never carried to another meeting
        if not same_meeting or self._earlier_for_meeting != meeting_id:
            self._earlier = {}
            self._earlier_for_meeting = meeting_id
            self._rows_signature = None
        for a in open_now:
            if a.meeting_id != meeting_id:
                self._earlier[a.id] = a
        self._meeting_dates = meeting_dates
        self.detail = detail
        self._fill(detail)
        self._fill_slip_referrals(detail)

    def flush(self) -> bool:
        ok_texts = self._autosaver.flush()
        ok_agreements = self._agreement_saver.flush()
        ok_summary = self._summary_saver.flush()
        return ok_texts and ok_agreements and ok_summary

    def clear(self) -> None:
        self._flush_and_forget()
        super().clear()
        self.detail = None
        self._earlier = {}
        self._earlier_for_meeting = None
        self.discreet_ticked = set()
        self._show_nothing()

    def _flush_and_forget(self) -> None:
        """Save what is typed, and never let it land in another meeting afterwards."""
        self.flush()
        self._autosaver.discard()
        self._agreement_saver.discard()
        self._summary_saver.discard()

    # ======================================================================
    # filling
    # ======================================================================
    def _show_nothing(self) -> None:
        self._loading = True
        try:
            with self._autosaver.muted():
                for edit in (self.checkout_words, self.next_detail, self.new_text):
                    edit.clear()
                for text_edit in (self.went_well, self.could_improve):
                    text_edit.setPlainText("")
            with self._summary_saver.muted():
                self.summary.setPlainText("")
            self.feeling.set_score(None)
            self.next_planned.setChecked(False)
            self.next_fields.setEnabled(False)
            self.include_baggage.setChecked(False)
            self.include_notes.setChecked(False)
            self._clear_rows()
            self._rows_signature = None
        finally:
            self._loading = False
        self._fill_slip_referrals()
        self.feedback.clear()
        self.banner.hide()
        self.content.hide()
        self.empty_note.show()

    def _fill(self, detail: MeetingDetail) -> None:
        self._loading = True
        try:
            with self._autosaver.muted():
                for widget, value in (
                    (self.checkout_words, detail.checkout_words),
                    (self.next_detail, detail.next_place_detail),
                ):
                    if widget.text() != value:
                        widget.setText(value)
                for text_edit, text in ((self.went_well, detail.went_well), (self.could_improve, detail.could_improve)):
                    if text_edit.toPlainText() != text:
                        text_edit.setPlainText(text)
            with self._summary_saver.muted():
                if self.summary.toPlainText() != detail.summary:
                    self.summary.setPlainText(detail.summary)
                if not detail.read_only and not detail.summary.strip():
                    # Prefilled, to edit; looking writes nothing: it is stored when edited or at closing.
                    self.summary.setPlainText(summary_draft(detail))
            self.feeling.set_score(detail.checkout_score)
            self._fill_next(detail)
            self._fill_agreements(detail)
        finally:
            self._loading = False
        read_only = detail.read_only
        self.editable.setEnabled(not read_only)
        self._right.setEnabled(not read_only)
        self.close_button.setEnabled(not read_only)
        self.banner.set_handed_over(detail.handed_over)
        self.banner.setVisible(read_only)
        self.empty_note.hide()
        self.content.show()

    def _fill_next(self, detail: MeetingDetail) -> None:
        planned = detail.next_at is not None
        at = detail.next_at or datetime.combine(detail.starts_at.date() + timedelta(days=14), detail.starts_at.time())
        self.next_planned.setChecked(planned)
        self.next_fields.setEnabled(planned)
        self.next_date.setDate(to_qdate(at.date()))
        self.next_time.setTime(QTime(at.hour, at.minute))
        place = detail.next_place if planned else detail.place
        self.next_place.setCurrentIndex(max(self.next_place.findData(place), 0))

    def _origin(self, a: AgreementLine) -> str:
        when = getattr(self, "_meeting_dates", {}).get(a.meeting_id)
        if when is None:
            return self.tr("agreed earlier")
        return self.tr("agreed %1").replace("%1", QLocale().toString(to_qdate(when.date()), DATE_FORMAT))

    def _fill_agreements(self, detail: MeetingDetail) -> None:
        earlier = list(self._earlier.values())
        signature = (tuple(detail.agreements), tuple(earlier), detail.read_only)
        if signature == self._rows_signature:
            return  # what is shown is what is stored: keep the widgets (and the focus)
        self._rows_signature = signature
        self._agreement_saver.discard()
        previous = self._take_rows()
        shown_now = {a.id for a in detail.agreements} | {a.id for a in earlier}
        for gone in [i for i in previous if i not in shown_now]:
            self._keep_spare(previous.pop(gone))  # free for the agreements shown now
        at = 0
        today = detail.starts_at.date()  # the slip's day: a due date before it has passed

        def label(key: str, text: str, role: str) -> None:
            nonlocal at
            shown = self._row_labels.get(key)
            if shown is None:
                shown = self._row_labels[key] = QLabel(text)
                shown.setProperty("role", role)
                shown.setWordWrap(True)
            shown.setText(text)
            self.rows_layout.insertWidget(at, shown)
            shown.show()
            at += 1

        def add(a: AgreementLine, editable: bool) -> None:
            nonlocal at
            origin = "" if editable else self._origin(a)
            kind = row_kind(editable, a.due, today)
            spare = self._spare_rows.get(kind)
            if a.id in previous and previous[a.id].kind == kind:
                row = previous.pop(a.id)  # the same agreement in the same widget: its focus and cursor stay
                row.show_line(a.id, a.text, a.owner, a.due, a.status, origin=origin, today=today)
            elif spare:
                row = spare.pop()
                row.show_line(a.id, a.text, a.owner, a.due, a.status, origin=origin, today=today)
            else:
                row = AgreementRow(
                    a.id, a.text, a.owner, a.due, a.status, editable=editable, origin=origin, today=today
                )
                row.owner_changed.connect(self._owner_changed)
                row.due_changed.connect(self._due_changed)
                row.status_changed.connect(self._status_changed)
                row.remove_requested.connect(self._remove_agreement)
                if editable:
                    self._agreement_saver.watch(row.text, partial(_shown_id, row))
            self.rows_layout.insertWidget(at, row)
            row.show()
            self.rows[a.id] = row
            at += 1

        label("now", self.tr("Made in this meeting"), "heading")
        if not detail.agreements:
            label(
                "none",
                self.tr("No agreements yet. Add one below, or press Ctrl+Return on a line in the conversation."),
                "hint",
            )
        for a in detail.agreements:
            add(a, editable=True)
        if earlier:
            label("earlier", self.tr("Still open from earlier meetings"), "heading")
            for a in earlier:
                add(a, editable=False)
        for row in previous.values():
            self._keep_spare(row)

    SPARE_ROWS = 40  # per kind: enough for a long list, without holding widgets for ever

    def _take_rows(self) -> dict[int, AgreementRow]:
        """Everything out of the list; the rows come back by the agreement they showed, hidden."""
        rows, self.rows = self.rows, {}
        while self.rows_layout.count() > 1:  # keep the closing stretch
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            widget.hide()
            if not isinstance(widget, AgreementRow) and widget not in self._row_labels.values():
                widget.deleteLater()
        return rows

    def _keep_spare(self, row: AgreementRow) -> None:
        spare = self._spare_rows.setdefault(row.kind, [])
        if len(spare) < self.SPARE_ROWS:
            row.forget()  # a spare row holds no resident's words (a lock empties the tab this way)
            spare.append(row)
        else:
            row.deleteLater()

    def _clear_rows(self) -> None:
        for row in self._take_rows().values():
            self._keep_spare(row)

    # ======================================================================
    # writing through the services
    # ======================================================================
    def _write_text(self, values: dict[str, str]) -> datetime:
        if self.meeting_id is None:
            raise LookupError(self.tr("No meeting is open."))
        return self.write_meeting_text(values)

    def _write_summary(self, values: dict[str, str]) -> datetime:
        if self.meeting_id is None:
            raise LookupError(self.tr("No meeting is open."))
        if self.undo is not None and self.detail is not None and not self.detail.read_only:
            return self.write_meeting_text(values)  # an open meeting's summary: an undoable step like its other texts
        return self.services.meetings.save_summary(self.meeting_id, values["summary"])  # afterwards, on a closed one

    def _write_agreement_texts(self, values: dict[str, str]) -> datetime:
        for key, text in values.items():
            if self.undo is not None:
                label = QCoreApplication.translate("MeetingTab", "Changed: {what}").format(
                    what=self.row_label("agreement")
                )
                self.undo.update("agreement", int(key), {"text": text}, label)
            else:
                self.services.wrapup.update_agreement(int(key), text=text)
        self._after_agreement_write(emit=False)
        return datetime.now()

    def _after_agreement_write(self, emit: bool = True, rebuild: bool = False) -> None:
        """Re-read; rows are rebuilt only when asked (a new or removed agreement)."""
        if self.meeting_id is None:
            return
        detail = self.services.meetings.get(self.meeting_id)
        self.detail = detail
        if rebuild:
            self._fill_agreements(detail)
        else:
            self._rows_signature = (tuple(detail.agreements), tuple(self._earlier.values()), detail.read_only)
        if emit:
            self.changed.emit(Changed.AGREEMENTS)

    def _add_agreement(self) -> None:
        text = self.new_text.text().strip()
        if not text or self.meeting_id is None:
            return
        mid, owner = self.meeting_id, self.new_owner.currentData()
        if self.call_service(lambda: self.services.wrapup.add_agreement(mid, text, owner)):
            self.new_text.clear()
            self._agreement_saver.flush()
            self._after_agreement_write(rebuild=True)
            self.new_text.setFocus()

    def _owner_changed(self, agreement_id: int, owner: str) -> None:
        if self._loading:
            return
        if self.edit_row("agreement", agreement_id, {"owner": owner}):
            self._after_agreement_write()

    def _due_changed(self, agreement_id: int, due) -> None:
        if self._loading:
            return
        if agreement_id in self._earlier:
            self._carry_over_due(agreement_id, due)
            return
        if self.edit_row("agreement", agreement_id, {"due": due}):  # undoable, like owner and status
            self._after_agreement_write()

    def _carry_over_due(self, agreement_id: int, due) -> None:
        """An earlier agreement whose date passed: the new date (or none: as soon as possible), agreed now."""
        mid = self.meeting_id
        if mid is None:
            return
        if not self.call_service(
            lambda: self.services.wrapup.update_agreement(agreement_id, due=due, carried_into=mid)
        ):
            return
        old = self._earlier[agreement_id]
        self._earlier[agreement_id] = AgreementLine(old.id, old.meeting_id, old.text, old.owner, due, old.status)
        self._after_agreement_write(rebuild=True)
        row = self.rows.get(agreement_id)
        if row is not None:
            row.status.setFocus()  # the keyboard stays on the agreement it was on

    def _status_changed(self, agreement_id: int, status: str) -> None:
        if self._loading:
            return
        if self.edit_row("agreement", agreement_id, {"status": status}):
            if agreement_id in self._earlier:
                old = self._earlier[agreement_id]
                self._earlier[agreement_id] = AgreementLine(
                    old.id, old.meeting_id, old.text, old.owner, old.due, status
                )
            self._after_agreement_write()

    def _remove_agreement(self, agreement_id: int) -> None:
        self._agreement_saver.flush()
        if self.remove_row("agreement", agreement_id):
            self._agreement_saver.discard()
            self._after_agreement_write(rebuild=True)

    def _next_at(self) -> datetime | None:
        if not self.next_planned.isChecked():
            return None
        return datetime.combine(
            from_qdate(self.next_date.date()), time(self.next_time.time().hour(), self.next_time.time().minute())
        )

    def _next_toggled(self, on: bool) -> None:
        self.next_fields.setEnabled(on)
        self._save_next()

    def _save_next(self) -> None:
        if self._loading or self.meeting_id is None:
            return
        mid, at = self.meeting_id, self._next_at()
        place, detail = self.next_place.currentData(), self.next_detail.text()
        self.call_service(lambda: self.services.wrapup.set_next_appointment(mid, at, place, detail))

    def _save_score(self, score) -> None:
        if self._loading or self.meeting_id is None:
            return
        mid = self.meeting_id
        self.call_service(lambda: self.services.wrapup.set_checkout_score(mid, score))

    # ======================================================================
    # slip, summary, close, reopen
    # ======================================================================
    def preview_slip(self) -> None:
        if self.meeting_id is None:
            return
        self.flush()
        self._fill_slip_referrals()  # referrals picked in Gesprek since the tab was filled
        try:
            data = self.services.documents.slip(self.meeting_id, discreet_ticked=set(self.discreet_ticked))
            page_size = self.page_size or self.services.documents.slip_paper()
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(user_message(exc))
            return
        from app.documents.slip import render_slip

        self._slip_data = data
        self._slip_paper = page_size
        self.preview_button.setEnabled(False)
        self.feedback.setText(self.tr("Making the slip\u2026"))
        self.worker.submit(lambda: render_slip(data, page_size), self._show_preview, self._preview_failed)

    def _slip_for(self, second: str):
        """The slip's data with another second language ("" for Dutch only), as the preview asks."""
        from dataclasses import replace

        data = self._slip_data
        assert data is not None
        return replace(data, languages=("nl", second) if second else ("nl",))

    def _show_preview(self, pdf: bytes) -> None:
        self.preview_button.setEnabled(True)
        self.feedback.clear()
        from app.ui.dialogs.document_preview import DocumentPreviewDialog

        when = self.detail.starts_at.strftime("%Y-%m-%d") if self.detail is not None else ""
        from app.documents.slip import render_slip

        data = self._slip_data
        second = data.languages[1] if data is not None and len(data.languages) > 1 else ""
        preview = DocumentPreviewDialog(
            pdf,
            self,
            window_title=self.tr("Agreements slip"),
            media=self._slip_paper,
            suggested_file_name=self.tr("agreements-slip") + (f"-{when}" if when else "") + ".pdf",
            notes=jargon_hint(slip_texts(data)) if data is not None else "",
            language=second,
            render_options=(lambda paper, lang, large: render_slip(self._slip_for(lang), paper, large))
            if data is not None
            else None,
            large_print=False,
            one_sheet=True,
        )
        self.preview_dialog = preview
        self.preview_opened.emit(preview)
        preview.open()

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.feedback.clear()
        self.failed.emit(self.tr("The slip could not be made: %1").replace("%1", user_message(exc)))

    def _phone_slip(self) -> SlipData | None:
        if self.meeting_id is None:
            return None
        self.flush()
        try:
            return self.services.documents.slip(self.meeting_id, discreet_ticked=set(self.discreet_ticked))
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(user_message(exc))
            return None

    def copy_message(self) -> None:
        """A short B1 message (Dutch, then the resident's language) through the clipboard guard."""
        from app.documents.phone import phone_message

        data = self._phone_slip()
        if data is None:
            return
        text = phone_message(data)
        self.copy_text(text)
        self.last_message = text
        self.feedback.setText(self.tr("Message copied. Paste it into WhatsApp or a mail."))

    def save_ics(self) -> None:
        """The next appointment as an .ics file, saved where the consultant chooses."""
        from app.documents.ical import calendar
        from app.documents.phone import appointment_event

        data = self._phone_slip()
        if data is None:
            return
        event = appointment_event(data)
        if event is None:
            self.feedback.setText(self.tr("There is no next appointment yet: plan one first."))
            return
        ics = calendar(event)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save calendar file"), folder, self.tr("Calendar files (*.ics)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("ics")
        dialog.selectFile(self.tr("appointment") + "-" + event.start.strftime("%Y-%m-%d") + ".ics")
        dialog.fileSelected.connect(lambda path: self._write_ics(ics, path))
        self.ics_dialog = dialog
        dialog.open()

    def _write_ics(self, ics: bytes, path: str) -> None:
        from app.services.printing import save_calendar

        result = save_calendar(ics, path)
        self.feedback.setText(result.message)

    def summary_text(self) -> str:
        if self.meeting_id is None:
            return ""
        self.flush()
        content = self.services.documents.dossier(
            self.meeting_id,
            earlier=list(self._earlier.values()),
            include_baggage=self.include_baggage.isChecked(),
            include_notes=self.include_notes.isChecked(),
        )
        return dossier_summary(content, library=self.library)

    def copy_summary(self) -> None:
        try:
            text = self.summary_text()
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(user_message(exc))
            return
        if not text:
            return
        self.copy_text(text)
        self.last_summary = text
        self.feedback.setText(self.tr("Summary copied. Paste it into the dossier."))

    def ask_close(self) -> None:
        if self.meeting_id is None:
            return
        next_at = self._next_at()
        if next_at is not None:
            text = self.tr("Close this meeting? The next appointment (%1) is planned right away.").replace(
                "%1", next_at.strftime("%d-%m-%Y %H:%M")
            )
        else:
            text = self.tr("Close this meeting? There is no next appointment yet.")
        self.confirm_dialog = ask(self, self.tr("Close meeting"), text, self.tr("Close meeting"), self.close_meeting)

    def close_meeting(self) -> None:
        """Close without asking (the confirm calls this)."""
        if self.meeting_id is None:
            return
        if not self.summary.toPlainText().strip():
            self.fill_summary()  # never close without a summary when something was ticked or agreed
        if not self.flush():
            return
        mid = self.meeting_id
        shown = self.summary.toPlainText()
        if shown.strip() and (self.detail is None or self.detail.summary != shown):
            # the prefilled draft, never edited, is what the consultant closes with
            if not self.call_service(lambda: self.services.meetings.save_summary(mid, shown)):
                return
        result: list[int | None] = []
        if not self.call_service(lambda: result.append(self.services.meetings.close(mid))):
            return
        self.next_meeting_id = result[0]
        self.load(self.resident_id, mid)
        if self.next_meeting_id is not None and self.detail is not None and self.detail.next_at is not None:
            self.feedback.setText(
                self.tr("Meeting closed. The next meeting is planned for %1.").replace(
                    "%1", self.detail.next_at.strftime("%d-%m-%Y %H:%M")
                )
            )
        else:
            self.feedback.setText(self.tr("Meeting closed."))
        self.changed.emit(Changed.MEETING)

    def _reopen(self) -> None:
        if self.meeting_id is None:
            return
        mid = self.meeting_id
        if self.call_service(lambda: self.services.meetings.reopen(mid)):
            self._rows_signature = None
            self.load(self.resident_id, mid)
            self.feedback.setText(self.tr("Meeting reopened."))
            self.changed.emit(Changed.MEETING)
