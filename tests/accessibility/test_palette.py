"""Colours follow the OS palette: light, dark and high contrast keep text readable (WCAG 1.4.3, 1.4.11)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import style

R = QPalette.ColorRole


def palette(window: str, text: str, base: str | None = None) -> QPalette:
    p = QPalette()
    for role, color in (
        (R.Window, window),
        (R.WindowText, text),
        (R.Base, base or window),
        (R.Text, text),
        (R.Button, window),
        (R.ButtonText, text),
        (R.AlternateBase, base or window),
    ):
        p.setColor(role, QColor(color))
    return p


PALETTES = {
    "light": palette("#efefef", "#000000", "#ffffff"),
    "dark": palette("#2b2b2b", "#e6e6e6", "#1e1e1e"),
    "high contrast black": palette("#000000", "#ffffff"),
    "high contrast white": palette("#ffffff", "#000000"),
    "high contrast yellow on blue": palette("#000080", "#ffff00"),
}


@pytest.mark.parametrize("name", PALETTES)
def test_accent_and_hints_keep_aa_contrast(qapp, name):
    p = PALETTES[name]
    accent, muted = style.accent_color(p, high_contrast=False), style.muted_color(p, high_contrast=False)
    for bg in (p.color(R.Window), p.color(R.Base)):
        assert style.contrast(accent, bg) >= style.MIN_CONTRAST, name
        assert style.contrast(muted, bg) >= style.MIN_CONTRAST, name


def test_dark_palettes_get_a_light_accent(qapp):
    assert style.accent_color(PALETTES["light"], high_contrast=False).name() == style.ACCENT
    assert style.accent_color(PALETTES["dark"], high_contrast=False).name() == style.ACCENT_ON_DARK


def test_high_contrast_uses_the_palettes_own_text_colour(qapp):
    p = PALETTES["high contrast yellow on blue"]
    assert style.accent_color(p, high_contrast=True) == QColor("#ffff00")
    assert style.muted_color(p, high_contrast=True) == QColor("#ffff00")
    assert "2px solid palette(mid)" in style.stylesheet(1.0, p, high_contrast=True)


def test_stylesheet_has_no_colour_but_the_computed_ones(qapp):
    sheet = style.stylesheet(1.0, PALETTES["light"], high_contrast=False)
    colours = set(re.findall(r"#[0-9a-fA-F]{6}\b", sheet))
    assert colours <= {style.ACCENT, style.muted_color(PALETTES["light"], high_contrast=False).name()}


def test_switching_to_dark_restyles_by_itself(qapp):
    app = QApplication.instance()
    before_palette, before_sheet, before_font = app.palette(), app.styleSheet(), app.font()
    try:
        style.apply(app, 1.5)
        assert app.font().pointSizeF() == pytest.approx(10.5 * 1.5)
        assert "font-size: 16.5pt" in app.styleSheet()  # tab titles: 11 pt x 1.5
        app.setPalette(PALETTES["dark"])
        assert style.ACCENT_ON_DARK in app.styleSheet()
        placeholder = app.palette().color(R.PlaceholderText)
        assert style.contrast(placeholder, PALETTES["dark"].color(R.Base)) >= style.MIN_CONTRAST
        app.setPalette(PALETTES["light"])
        assert style.ACCENT in app.styleSheet()
    finally:
        style.detach(app)
        app.setPalette(before_palette)
        app.setStyleSheet(before_sheet)
        app.setFont(before_font)


def test_no_hard_coded_colours_in_the_ui_code():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "app" / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "style.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (
            r"setStyleSheet\(",
            r"QColor\(\s*['\"#\d]",
            r"['\"]#[0-9a-fA-F]{3,8}['\"]",
            r"Qt\.GlobalColor\.(?!transparent)",
            r"rgba?\(",
        ):
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(root)}: {pattern}")
    assert not offenders, "colours belong in app/ui/style.py (palette roles):\n" + "\n".join(offenders)
