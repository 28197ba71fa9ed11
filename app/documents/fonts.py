"""The fonts of the documents, and picking one per run of text.

reportlab draws glyphs one after the other from left to right and knows no
scripts. So before text reaches reportlab we:

1. shape Arabic (joining forms, lam-alef) with arabic_reshaper;
2. put right-to-left text in visual order with python-bidi;
3. cut the line into runs and set each run in a font that has its glyphs:
   Noto Sans Arabic for Arabic (also Persian), Noto Sans Hebrew for Hebrew,
   Noto Sans Ethiopic for Ge'ez script (Tigrinya, Amharic), Noto Sans for
   everything else (Latin, Greek, Cyrillic, digits, punctuation).

The fonts ship in resources/fonts/ (SIL OFL 1.1) and are registered with
reportlab once per process.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import arabic_reshaper
from bidi import get_display as _fast_display

# bidi.algorithm (pure Python) mirrors brackets in right-to-left runs: "(بالهولندية)"; bidi.get_display
# (Rust) does not. The pure one trips over characters Unicode has not assigned: then the Rust one.
from bidi.algorithm import get_display as _mirroring_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

from app.documents.plain import BIDI_CONTROLS
from app.paths import resource_path


@dataclass(frozen=True)
class FontFamily:
    """One registered family: the names reportlab knows it by."""

    regular: str
    bold: str

    def pick(self, bold: bool) -> str:
        return self.bold if bold else self.regular


LATIN = FontFamily("NabijSans", "NabijSans-Bold")
ARABIC = FontFamily("NabijSansArabic", "NabijSansArabic-Bold")
HEBREW = FontFamily("NabijSansHebrew", "NabijSansHebrew-Bold")
ETHIOPIC = FontFamily("NabijSansEthiopic", "NabijSansEthiopic-Bold")
# Monochrome symbols and many common emoji (👍 ❤ ☎ ✔ ★ 🏠 ...); no bold face.
SYMBOLS = FontFamily("NabijSymbols", "NabijSymbols")
# The emoji that Symbols 2 lacks, skin-tone modifiers and the joiner of emoji sequences (Symbola, monochrome;
# reportlab draws no colour fonts). A sequence prints as its parts side by side, and copies out whole.
EMOJI = FontFamily("NabijEmoji", "NabijEmoji")
FAMILIES = (LATIN, ARABIC, HEBREW, ETHIOPIC, SYMBOLS, EMOJI)
# the families with a bold face of their own
_BOLD_FAMILIES = (LATIN, ARABIC, HEBREW, ETHIOPIC)

# Drawn instead of a character no font has (a colour-only emoji, a script we
# do not ship): a visible white square, so the reader sees something is there.
MISSING = "\u25a1"

_FILES = {
    LATIN.regular: "NotoSans-Regular.ttf",
    LATIN.bold: "NotoSans-Bold.ttf",
    ARABIC.regular: "NotoSansArabic-Regular.ttf",
    ARABIC.bold: "NotoSansArabic-Bold.ttf",
    HEBREW.regular: "NotoSansHebrew-Regular.ttf",
    HEBREW.bold: "NotoSansHebrew-Bold.ttf",
    ETHIOPIC.regular: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC.bold: "NotoSansEthiopic-Bold.ttf",
    SYMBOLS.regular: "NotoSansSymbols2-Regular.ttf",
    EMOJI.regular: "Symbola.ttf",
}

_lock = threading.Lock()
_registered = False

# Keep harakat (vowel marks): a resident's text is printed as typed.
_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "shift_harakat_position": True})

# Explicit bidi formatting characters. python-bidi applies them but leaves
# them in its output, and no font has a glyph for them.
_BIDI_CONTROLS = BIDI_CONTROLS


class _TTFont(TTFont):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """TTFont whose ToUnicode map is right for characters beyond U+FFFF.

    reportlab writes such a code point as five hex digits ("<1F44D>"), which
    PDF readers misread, so copying "👍" out of the PDF gives "ὄ". A PDF wants
    UTF-16 there ("<D83DDC4D>"). Glyphs and layout are not affected.
    """

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 (reportlab API)
        state = self.state.get(doc)
        subsets = [list(sub) for sub in state.subsets] if state is not None else []
        super().addObjects(doc)  # (this forgets the state)
        for n, subset in enumerate(subsets):
            if all(code <= 0xFFFF for code in subset):
                continue
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is None:
                continue
            text = makeToUnicodeCMap(base, subset)
            for i, code in enumerate(subset):
                if code > 0xFFFF:
                    utf16 = chr(code).encode("utf-16-be").hex().upper()
                    text = text.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{utf16}>", 1)
            stream.content = text


def register_fonts() -> None:
    """Register the Noto fonts with reportlab. Safe to call any number of times."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(_TTFont(name, str(resource_path("fonts", file_name))))
        for family in _BOLD_FAMILIES:
            pdfmetrics.registerFontFamily(
                family.regular,
                normal=family.regular,
                bold=family.bold,
                italic=family.regular,
                boldItalic=family.bold,
            )
            # <font name=...> inside <b> must find the bold face by either name.
            for face in (family.regular, family.bold):
                addMapping(face, 0, 0, family.regular)
                addMapping(face, 1, 0, family.bold)
                addMapping(face, 0, 1, family.regular)
                addMapping(face, 1, 1, family.bold)
        for family in (SYMBOLS, EMOJI):
            pdfmetrics.registerFontFamily(
                family.regular,
                normal=family.regular,
                bold=family.regular,
                italic=family.regular,
                boldItalic=family.regular,
            )
        _registered = True


@cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return frozenset(face.charToGlyph)


def has_glyph(family: FontFamily, ch: str) -> bool:
    return ord(ch) in _coverage(family.regular)


def script_family(ch: str) -> FontFamily | None:
    """The family a character asks for, or None for neutral characters.

    Arabic covers the Arabic blocks and presentation forms (reshaped text),
    Hebrew the Hebrew block and its presentation forms.
    """
    cp = ord(ch)
    if (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x0870 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    ):
        return ARABIC
    if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
        return HEBREW
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F or 0x1E7E0 <= cp <= 0x1E7FF:
        return ETHIOPIC
    if unicodedata.category(ch)[0] in "LM":  # other letters and marks
        return LATIN
    return None


def is_rtl_char(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(ch) for ch in text)


def base_direction(text: str) -> str:
    """'R' or 'L': the direction of the first strong character (Unicode P2/P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def shape(text: str) -> str:
    """Arabic joining forms, keeping the logical order."""
    if len(text) <= 48:
        return _shape_short(text)  # words: the same ones come back often
    return _shape(text)


def _shape(text: str) -> str:
    if not any(ARABIC is script_family(ch) for ch in text):
        return text
    try:
        shaped: str = _reshaper.reshape(text)
        return shaped
    except (IndexError, KeyError, ValueError):
        # arabic_reshaper trips over joiners next to ligatures (e.g. "ب\u200dلا"). Without the
        # zero-width joiners the letters still join as the script wants; failing that, keep them unshaped.
        try:
            shaped = _reshaper.reshape(text.replace("\u200d", "").replace("\u200c", ""))
            return shaped
        except (IndexError, KeyError, ValueError):
            return text


@lru_cache(maxsize=16384)
def _shape_short(text: str) -> str:
    return _shape(text)


def visual_line(text: str, base_dir: str | None = None) -> str:
    """One line (no newlines) shaped and in visual (left-to-right drawing) order.

    Text without right-to-left characters comes back unchanged.
    """
    if not has_rtl(text):
        # bidi controls (from a phone number pasted out of WhatsApp) have no glyph: drop them
        return (
            text
            if not any(ch in _BIDI_CONTROLS for ch in text)
            else "".join(ch for ch in text if ch not in _BIDI_CONTROLS)
        )
    shaped = shape(text)
    direction = base_dir or base_direction(text)
    try:
        visual = _mirroring_display(shaped, base_dir=direction)
    except (AssertionError, KeyError, IndexError, ValueError):
        visual = _fast_display(shaped, base_dir=direction)
    return "".join(ch for ch in visual if ch not in _BIDI_CONTROLS)


def font_runs(text: str) -> list[tuple[FontFamily, str]]:
    """Cut text (already in drawing order) into runs that one family can set.

    Neutral characters (spaces, digits, punctuation) stay in the run they are
    in when its font has them, so "12 ديسمبر" does not flip fonts at every
    space. Symbols and emoji come from Noto Sans Symbols 2. A character no
    font has is drawn as a white square (MISSING), never silently dropped.
    """
    runs: list[tuple[FontFamily, list[str]]] = []
    for ch in text:
        wanted = script_family(ch)
        if wanted is None or not has_glyph(wanted, ch):
            current = runs[-1][0] if runs else None
            if current is not None and has_glyph(current, ch):
                wanted = current
            else:
                found = next((f for f in FAMILIES if has_glyph(f, ch)), None)
                if found is None:
                    wanted, ch = SYMBOLS, MISSING
                else:
                    wanted = found
        if runs and runs[-1][0] is wanted:
            runs[-1][1].append(ch)
        else:
            runs.append((wanted, [ch]))
    return [(family, "".join(chars)) for family, chars in runs]


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of a line in drawing order, over all its font runs."""
    register_fonts()
    widths: list[float] = [pdfmetrics.stringWidth(run, family.pick(bold), size) for family, run in font_runs(text)]
    return sum(widths)
