"""One line of the baggage checklist: tick it, read the acknowledging phrasing, mark "don't ask again"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class BaggageRow(QWidget):
    """A checkbox with, once ticked, the acknowledgement under it and a 'don't ask again' action.

    ``toggled(category_id, kind, ticked)`` and ``dont_ask_again(category_id, text)`` are
    requests; the tab calls the services and reports back with ``set_known``.
    """

    toggled = Signal(str, str, bool)
    dont_ask_again = Signal(str, str)

    def __init__(
        self,
        category_id: str,
        kind: str,
        label: str,
        description: str,
        acknowledgement: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.category_id = category_id
        self.kind = kind
        self.label_text = label

        self.check = QCheckBox(label, self)
        self.check.setAccessibleName(label)
        self.check.setToolTip(description)
        self.check.toggled.connect(self._on_toggled)

        self.known_label = QLabel(self)
        self.known_label.setProperty("role", "hint")
        self.known_label.setWordWrap(True)
        self.known_label.setIndent(24)
        self.known_label.hide()

        self.details = QWidget(self)
        # Life domains have no acknowledgement: their description says what to ask about.
        self.acknowledgement = QLabel(acknowledgement or description, self.details)
        self.acknowledgement.setProperty("role", "acknowledgement" if acknowledgement else "hint")
        self.acknowledgement.setIndent(0 if acknowledgement else 24)
        self.acknowledgement.setWordWrap(True)
        self.acknowledgement.setAccessibleName(self.tr("How to acknowledge this"))
        self.note = QLineEdit(self.details)
        self.note.setPlaceholderText(self.tr("Short note (optional)"))
        self.note.setAccessibleName(self.tr("Short note for \u201c%1\u201d").replace("%1", label))
        self.note.setMaxLength(200)
        self.note.returnPressed.connect(self._ask_no_more)
        self.no_more_button = QPushButton(self.tr("Don't ask again"), self.details)
        self.no_more_button.setAccessibleName(self.tr("Don't ask again about \u201c%1\u201d").replace("%1", label))
        self.no_more_button.setToolTip(
            self.tr(
                "The resident told this already. It shows in the background from now on, so nobody needs to ask again."
            )
        )
        self.no_more_button.clicked.connect(self._ask_no_more)

        action_row = QHBoxLayout()
        action_row.setContentsMargins(24, 0, 0, 0)
        action_row.setSpacing(6)
        action_row.addWidget(self.note, 1)
        action_row.addWidget(self.no_more_button)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 4)
        details_layout.setSpacing(3)
        details_layout.addWidget(self.acknowledgement)
        details_layout.addLayout(action_row)
        self.details.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.check)
        layout.addWidget(self.known_label)
        layout.addWidget(self.details)

    # -- state from the tab ---------------------------------------------------
    def set_acknowledgement(self, text: str) -> None:
        """The acknowledging phrase in the resident's form of address (je or u)."""
        if text:
            self.acknowledgement.setText(text)

    def set_ticked(self, ticked: bool, note: str = "") -> None:
        """Fill from stored data (emits nothing)."""
        self.check.blockSignals(True)
        self.check.setChecked(ticked)
        self.check.blockSignals(False)
        self.note.setText(note)
        self.details.setVisible(ticked)

    def set_known(self, text: str | None) -> None:
        """The fact already on file for this category, or None."""
        if text:
            self.known_label.setText(self.tr("Already told, don't ask again: %1").replace("%1", text))
            self.known_label.show()
            self.no_more_button.setText(self.tr("Update"))
            self.no_more_button.setToolTip(self.tr("Replace what is on file with this note"))
        else:
            self.known_label.hide()
            self.no_more_button.setText(self.tr("Don't ask again"))

    def fact_text(self) -> str:
        note = self.note.text().strip()
        return f"{self.label_text}: {note}" if note else self.label_text

    # -- user actions ------------------------------------------------------------
    def _on_toggled(self, ticked: bool) -> None:
        self.details.setVisible(ticked)
        self.toggled.emit(self.category_id, self.kind, ticked)

    def _ask_no_more(self) -> None:
        self.dont_ask_again.emit(self.category_id, self.fact_text())
