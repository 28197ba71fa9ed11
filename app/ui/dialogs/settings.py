"""Settings, built from the one registry in app/settings.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.content import PackInfo
from app.services.settings import SettingsService
from app.settings import CONTEXT, SettingError, visible
from app.ui.messages import user_message
from app.ui.widgets.fit import resize_to_fit
from app.ui.widgets.focus import order_buttons_visually
from app.ui.widgets.scroll import scrolling

Editor = QComboBox | QCheckBox | QSpinBox | QLineEdit  # one per setting, by its type


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


class SettingsDialog(QDialog):
    changed = Signal(dict)  # key -> new value, only what changed

    def __init__(
        self,
        settings: SettingsService,
        key_store: str = "",
        parent=None,
        *,
        pack: PackInfo | None = None,
        pack_problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.locked_reason = self.tr("Set by your organisation's IT (policy); you can't change it here.")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        body = QWidget()  # scrolls when large text or a small screen leaves too little room
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.editors: dict[str, Editor] = {}
        from app.documents.wording import SUPPORTED, dutch_name, native_name

        for spec in visible():
            value = settings.get(spec.key)
            editor: Editor
            if spec.choices:
                editor = QComboBox()
                # Language names stay in their own language, so anyone can find theirs.
                names = {
                    "": self.tr("none"),
                    "nl": "Nederlands",
                    "en": "English",
                    # the documents' other languages, named in their own script (from the wording files)
                    **{code: f"{native_name(code)} ({dutch_name(code)})" for code in SUPPORTED[2:]},
                    "je": self.tr("je (informal)"),
                    "u": self.tr("u (formal)"),
                    "A5": self.tr("A5 (half an A4 sheet)"),
                    "A4": self.tr("A4"),
                }
                for choice in spec.choices:
                    editor.addItem(names.get(choice, str(choice)), choice)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif spec.type is bool:
                editor = QCheckBox()
                editor.setChecked(bool(value))
            elif spec.type is int:
                editor = QSpinBox()
                editor.setRange(
                    spec.minimum if spec.minimum is not None else 0,
                    spec.maximum if spec.maximum is not None else 10_000,
                )
                editor.setValue(int(value))
            else:
                editor = QLineEdit(str(value))
                if spec.key == "team_secret":
                    editor.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
            editor.setAccessibleName(_tr(spec.label))
            if spec.help:
                editor.setToolTip(_tr(spec.help))
            if settings.is_locked(spec.key):
                editor.setEnabled(False)
                editor.setToolTip(self.locked_reason)
                editor.setAccessibleDescription(self.locked_reason)
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(editor, 1)
                lock = QLabel(self.tr("Locked by IT"))
                lock.setObjectName(f"locked_{spec.key}")
                lock.setToolTip(self.locked_reason)
                lock.setProperty("role", "hint")
                row_layout.addWidget(lock)
                form.addRow(_tr(spec.label), row)
            else:
                form.addRow(_tr(spec.label), editor)
            self.editors[spec.key] = editor
        layout.addLayout(form)
        self.pack_box = self._pack_box(pack, pack_problem)
        layout.addWidget(self.pack_box)
        # The reasoning behind the retention default belongs on screen, not only in a tooltip.
        from app.settings import spec as setting_spec

        why = QLabel(_tr(setting_spec("retention_months").help))
        why.setWordWrap(True)
        why.setProperty("role", "hint")
        layout.addWidget(why)
        if key_store:
            store = QLabel(self.tr("The key to your data is kept in: {store}").format(store=key_store))
            store.setWordWrap(True)
            store.setProperty("role", "hint")
            layout.addWidget(store)
        layout.addStretch(1)
        outer.addWidget(scrolling(body), 1)
        layout = outer
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        order_buttons_visually(buttons)
        layout.addWidget(buttons)
        resize_to_fit(self, 680, body.sizeHint().height() + 90)

    def _pack_box(self, pack: PackInfo | None, problem: str) -> QGroupBox:
        """The municipal content pack: which one, and what it changes; or why none is used."""
        box = QGroupBox(self.tr("Content pack"))
        box_layout = QVBoxLayout(box)
        kinds = {
            "prompts": self.tr("prompts"),
            "baggage": self.tr("baggage categories"),
            "life_domains": self.tr("life domains"),
            "background": self.tr("background cards"),
            "referrals": self.tr("referrals"),
            "sphere": self.tr("will / won't / can't lines"),
        }
        if pack is None:
            text = self.tr("No content pack: Nabij uses its own content.")
        else:
            version = pack.pack_version or self.tr("no version given")
            date = (
                QLocale().toString(QDate(pack.date.year, pack.date.month, pack.date.day), QLocale.FormatType.LongFormat)
                if pack.date
                else self.tr("no date given")
            )
            changes = [
                self.tr("{kind}: {changed} changed, {added} added").format(
                    kind=kinds.get(kind, kind), changed=changed, added=added
                )
                for kind, changed, added in pack.changes
            ]
            text = self.tr("{name}, version {version}, of {date}").format(name=pack.name, version=version, date=date)
            text += "\n" + self.tr("File: {file}").format(file=pack.file)
            if changes:
                text += "\n" + self.tr("It changes: {changes}").format(changes="; ".join(changes))
        if self.settings.is_locked("content_pack_path"):
            text += "\n" + self.tr("The pack is chosen by your organisation's IT (policy); you can't change it here.")
        self.pack_summary = QLabel(text)
        self.pack_summary.setObjectName("pack_summary")
        self.pack_summary.setWordWrap(True)
        self.pack_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.pack_summary)
        self.pack_problem = QLabel(problem)
        self.pack_problem.setObjectName("pack_problem")
        self.pack_problem.setWordWrap(True)
        self.pack_problem.setVisible(bool(problem))
        box_layout.addWidget(self.pack_problem)
        return box

    def value(self, key: str):
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        return editor.text()

    def submit(self) -> None:
        changed = {}
        try:
            for key in self.editors:
                if self.settings.is_locked(key):
                    continue
                new = self.value(key)
                if new != self.settings.get(key):
                    self.settings.set(key, new)
                    changed[key] = new
        except SettingError as exc:
            self.message.setText(user_message(exc))
            return
        self.changed.emit(changed)
        self.accept()
