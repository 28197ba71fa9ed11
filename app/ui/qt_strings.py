"""Qt's own words that its Dutch catalogue (qtbase_nl.qm) leaves in English.

Qt's file dialog, as Nabij shows it, still says "Look in:" and "Files of type:" in Dutch. These
are translated in Nabij's own catalogue, under Qt's own context, and Nabij's translator is
installed after Qt's, so it wins for them (app/ui/i18n.py). Found by opening each file dialog in
Dutch and reading every label, button, tooltip and header (tests/i18n/test_qt_dialogs.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
