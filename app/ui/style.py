"""The one stylesheet, and the application font.

Colours come from the OS palette (``palette(...)`` in QSS), so dark mode and
high contrast keep working. Only two colours are worked out here, both from
the palette in force:

- the accent, for lines and headings (never the only carrier of meaning): our
  calm teal on light palettes, a light teal on dark ones, and the palette's own
  text colour when the OS asks for high contrast or neither teal reads well;
- the muted colour for hints and placeholders: text blended toward the
  background, but never below WCAG AA contrast (4.5:1).

``apply(app, scale)`` sets the font size (scale 1.0 .. 2.0) and the stylesheet,
and applies them again by itself when the OS palette, colour scheme or
contrast preference changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

ACCENT = "#1d6f6a"  # a calm teal; contrast 5.9:1 on white
ACCENT_ON_DARK = "#6cc9bf"  # the same teal, light enough for dark backgrounds
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for normal text
BASE_POINT_SIZE = 10.5

_G = QPalette.ColorGroup
_R = QPalette.ColorRole


# --- colour arithmetic ----------------------------------------------------------------------------


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 .. 21)."""
    la, lb = _luminance(a), _luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def _mix(fg: QColor, bg: QColor, amount: float) -> QColor:
    """``amount`` of fg over bg (0 = bg, 1 = fg)."""
    return QColor.fromRgbF(
        fg.redF() * amount + bg.redF() * (1 - amount),
        fg.greenF() * amount + bg.greenF() * (1 - amount),
        fg.blueF() * amount + bg.blueF() * (1 - amount),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(_G.Active, _R.Window).lightnessF() < 0.5


def high_contrast_wanted() -> bool:
    if QGuiApplication.instance() is None:
        return False
    hints = QGuiApplication.styleHints()  # kept in a local: a temporary wrapper may be collected mid-call
    if not hasattr(hints, "accessibility"):  # Qt before 6.10
        return False
    try:
        accessibility = hints.accessibility()
        return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
    except RuntimeError:  # the hints object went away while Qt was shutting down or rebuilding it
        return False


def _backgrounds(palette: QPalette) -> list[QColor]:
    return [palette.color(_G.Active, _R.Window), palette.color(_G.Active, _R.Base)]


def accent_color(palette: QPalette | None = None, high_contrast: bool | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    text = palette.color(_G.Active, _R.WindowText)
    if high_contrast if high_contrast is not None else high_contrast_wanted():
        return QColor(text)
    backgrounds = _backgrounds(palette)
    preferred = [ACCENT_ON_DARK, ACCENT] if is_dark(palette) else [ACCENT, ACCENT_ON_DARK]
    for name in preferred:
        color = QColor(name)
        if all(contrast(color, bg) >= MIN_CONTRAST for bg in backgrounds):
            return color
    return QColor(text)


def muted_color(
    palette: QPalette | None = None, group: QPalette.ColorGroup = _G.Active, high_contrast: bool | None = None
) -> QColor:
    """Text for hints and placeholders: quieter than the text, still at least 4.5:1 on window and base."""
    palette = palette or QGuiApplication.palette()
    text = palette.color(group, _R.WindowText)
    if high_contrast if high_contrast is not None else high_contrast_wanted():
        return QColor(text)
    backgrounds = [palette.color(group, _R.Window), palette.color(group, _R.Base)]
    # The darker (light palette) or lighter (dark palette) of the two backgrounds is the harder one.
    worst = min(backgrounds, key=lambda bg: contrast(text, bg))
    for amount in (0.62, 0.68, 0.74, 0.80, 0.86, 0.92):
        candidate = _mix(text, worst, amount)
        if all(contrast(candidate, bg) >= MIN_CONTRAST + 0.1 for bg in backgrounds):
            return candidate
    return QColor(text)


# --- the stylesheet ---------------------------------------------------------------------------------


def stylesheet(scale: float = 1.0, palette: QPalette | None = None, high_contrast: bool | None = None) -> str:
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:  # spacing that must grow with the text (group titles sit in the margin)
        return f"{round(size * scale)}px"

    palette = palette or QGuiApplication.palette()
    accent = accent_color(palette, high_contrast).name()
    muted = muted_color(palette, high_contrast=high_contrast).name()
    line = 2 if high_contrast or (high_contrast is None and high_contrast_wanted()) else 1
    return f"""
QTabBar::tab {{ padding: 8px 18px; font-size: {pt(11)}; }}
QTabBar::tab:selected {{ font-weight: 600; border-bottom: 3px solid {accent}; }}
QLabel[role="heading"] {{ font-size: {pt(12)}; font-weight: 600; color: {accent}; padding-top: 4px; }}
QLabel[role="title"] {{ font-size: {pt(15)}; font-weight: 600; }}
QLabel[role="hint"] {{ color: {muted}; font-size: {pt(9.5)}; }}
QLabel[role="acknowledgement"] {{ font-style: italic; padding-left: 22px; }}
QLabel[role="banner"] {{ background: palette(alternate-base); border-left: 4px solid {accent};
                          padding: 6px 10px; }}
QGroupBox {{ font-weight: 600; border: {line}px solid palette(mid); border-radius: 6px;
             margin-top: {px(12)}; padding: {px(8)} 6px 6px 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {accent}; }}
QListWidget#caseloadList::item {{ padding: 6px 4px; }}
QListWidget#caseloadList::item:selected {{ border-left: 4px solid {accent}; background: palette(highlight);
                                           color: palette(highlighted-text); }}
QLabel[role="secret"] {{ font-family: monospace; font-size: {pt(12)}; font-weight: 600; }}
QLabel[role="passphrase"] {{ font-family: monospace; font-size: {pt(24)}; font-weight: 700; padding: 16px;
                              border: {line + 1}px solid {accent}; border-radius: 6px; }}
QPushButton[role="segment"]:checked {{ font-weight: 600; border-bottom: 3px solid {accent}; }}
QPushButton[role="scale"]:checked {{ font-weight: 600; border: 2px solid {accent}; }}
QPushButton[role="primary"] {{ font-weight: 600; padding: 6px 14px; }}
QStatusBar QLabel {{ padding: 0 6px; }}
"""


def register_fonts() -> str | None:
    """Register the shipped Noto Sans with Qt; returns the family name."""
    family = None
    for name in (
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
    ):
        path = resource_path("fonts", name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and family is None:
                family = families[0]
    return family


class _Follower(QObject):
    """Applies the stylesheet again when the OS palette, colour scheme or contrast preference changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.scale = 1.0
        self._busy = False
        # Signals, not an application-wide event filter: a Python filter on the application sees every
        # event of every widget (thousands per resident opened; benchmarks/results.md).
        app.paletteChanged.connect(self.refresh)
        self._hints = QGuiApplication.styleHints()  # keep the wrappers: PySide drops temporaries
        self._hints.colorSchemeChanged.connect(self.refresh)
        self._accessibility = getattr(self._hints, "accessibility", lambda: None)()
        if self._accessibility is not None:  # Qt 6.10 and later
            self._accessibility.contrastPreferenceChanged.connect(self.refresh)

    def refresh(self, *_signal_args) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            palette = QPalette(self.app.palette())
            changed = False
            for group in (_G.Active, _G.Inactive):  # disabled text stays the platform's
                wanted = muted_color(palette, group)
                if palette.color(group, _R.PlaceholderText) != wanted:
                    palette.setColor(group, _R.PlaceholderText, wanted)
                    changed = True
            if changed:
                self.app.setPalette(palette)
            sheet = stylesheet(self.scale, self.app.palette())
            if self.app.styleSheet() != sheet:
                self.app.setStyleSheet(sheet)
        finally:
            self._busy = False


def apply(app: QApplication, scale: float = 1.0) -> None:
    """Font at ``scale`` (1.0 = 100 %, up to 2.0) and the stylesheet for the palette in force."""
    scale = min(2.0, max(0.75, float(scale)))
    family = register_fonts()
    font = QFont(family) if family else app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    follower = app.findChild(_Follower, "nabijStyleFollower")
    if follower is None:
        follower = _Follower(app)
        follower.setObjectName("nabijStyleFollower")
    follower.scale = scale
    follower.refresh()


@contextmanager
def applied_after(app: QApplication) -> Iterator[None]:
    """Build many widgets without the stylesheet, then apply it once to the finished tree.

    With an application stylesheet in force, Qt restyles each subtree again as widgets are added to it;
    building the main window that way cost 0.9-2.3 s, against 0.2-0.6 s for applying the sheet once
    afterwards (benchmarks/results.md). Nothing is painted in between: the caller shows the window after.
    """
    follower = app.findChild(_Follower, "nabijStyleFollower")
    if follower is None or not app.styleSheet():
        yield
        return
    app.setStyleSheet("")
    try:
        yield
    finally:
        follower.refresh()


def detach(app: QApplication) -> None:
    """Stop following palette changes (tests that call apply() clean up with this)."""
    follower = app.findChild(_Follower, "nabijStyleFollower")
    if follower is not None:
        app.paletteChanged.disconnect(follower.refresh)
        follower.setParent(None)
        follower.deleteLater()
