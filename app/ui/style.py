"""The one stylesheet, and the application font.

Colours come from the OS palette (``palette(...)`` in QSS), so dark mode and
high contrast keep working; only an accent is ours, and it is used for
lines and headings, never as the only carrier of meaning.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

ACCENT = "#1d6f6a"  # a calm teal; contrast 5.9:1 on white

def stylesheet(scale: float = 1.0) -> str:
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
QTabBar::tab {{ padding: 8px 18px; font-size: {pt(11)}; }}
QTabBar::tab:selected {{ font-weight: 600; border-bottom: 3px solid {ACCENT}; }}
QLabel[role="heading"] {{ font-size: {pt(12)}; font-weight: 600; color: {ACCENT}; padding-top: 4px; }}
QLabel[role="title"] {{ font-size: {pt(15)}; font-weight: 600; }}
QLabel[role="hint"] {{ color: palette(placeholder-text); font-size: {pt(9.5)}; }}
QLabel[role="acknowledgement"] {{ font-style: italic; padding-left: 22px; }}
QLabel[role="banner"] {{ background: palette(alternate-base); border-left: 4px solid {ACCENT};
                          padding: 6px 10px; }}
QGroupBox {{ font-weight: 600; border: 1px solid palette(mid); border-radius: 6px; margin-top: 12px;
             padding: 8px 6px 6px 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
QListWidget#caseloadList::item {{ padding: 6px 4px; }}
QListWidget#caseloadList::item:selected {{ border-left: 4px solid {ACCENT}; background: palette(highlight);
                                           color: palette(highlighted-text); }}
QLabel[role="secret"] {{ font-family: monospace; font-size: {pt(12)}; font-weight: 600; }}
QPushButton[role="segment"]:checked {{ font-weight: 600; border-bottom: 3px solid {ACCENT}; }}
QPushButton[role="scale"]:checked {{ font-weight: 600; border: 2px solid {ACCENT}; }}
QPushButton[role="primary"] {{ font-weight: 600; padding: 6px 14px; }}
QStatusBar QLabel {{ padding: 0 6px; }}
"""


def register_fonts() -> str | None:
    """Register the shipped Noto Sans with Qt; returns the family name."""
    family = None
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
                 "NotoSansHebrew-Regular.ttf"):
        path = resource_path("fonts", name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and family is None:
                family = families[0]
    return family


def apply(app: QApplication, scale: float = 1.0) -> None:
    family = register_fonts()
    font = QFont(family) if family else app.font()
    font.setPointSizeF(10.5 * scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale))
