"""User text on its way into a reportlab document.

Everything a person typed (names, agreements, places, referrals) passes here.
The rules:

- It is always escaped before it becomes Paragraph markup, so "<b", "AT&T",
  "</para>" or "&amp;" print literally and can never change the layout.
- Control characters (NUL and friends) are removed; newlines are kept.
- Right-to-left text is shaped and put in visual order; each run gets a font
  that has its glyphs (see fonts.py). Font markup is added *after* escaping.
- Very long text is cut into several paragraphs so it flows over as many pages
  as it needs, with nothing dropped; a long run without spaces still wraps.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer

from . import fonts
from .plain import is_blank as is_blank  # one definition, importable from here too

# Above this many characters a block is cut into several paragraphs.
CHUNK_CHARS = 1200

_NEWLINES = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def _keep(ch: str) -> str:
    """What one character becomes in printed text ("" = drop it)."""
    if ch == "\n":
        return ch
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF or (cp & 0xFFFE) == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF:
        return "\ufffd"  # lone surrogate or noncharacter: show that something was there
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return " " if ch == "\t" else ""  # NUL, BEL, ESC, DEL, C1 controls...
    if ch in fonts._BIDI_CONTROLS:
        return ch  # python-bidi needs them; visual_line() removes them after use
    if ch == "\u00ad":
        return ""  # soft hyphen: invisible in text, but fonts draw it as "-"
    if (
        cat == "Cf"
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji / text style)
        or 0xE0100 <= cp <= 0xE01EF
        or 0x1F3FB <= cp <= 0x1F3FF  # emoji skin tones: modify the emoji before them
        or cp == 0x034F
    ):
        # Invisible modifiers (zero-width space, BOM, variation selectors, skin
        # tones): keep only where a font knows them, e.g. ZWNJ in Persian.
        return ch if any(fonts.has_glyph(f, ch) for f in fonts.FAMILIES) else ""
    return ch


def clean_text(text: object) -> str:
    """Plain printable text: newlines normalised to \\n, controls removed."""
    if text is None:
        return ""
    s = str(text)
    s = _NEWLINES.sub("\n", s)
    if s.isascii() and s.isprintable():
        return s
    # NFC: "Mu\u0308ller" pasted from a Mac or phone prints as "Müller", the mark on its letter
    s = unicodedata.normalize("NFC", s)
    return "".join(_keep(ch) for ch in s)


def _markup_line(line: str) -> str:
    """One line in drawing order, escaped, with a <font> tag per foreign run."""
    parts = []
    for family, run in fonts.font_runs(fonts.visual_line(line)):
        escaped = escape(run)
        if family is fonts.LATIN:
            parts.append(escaped)
        else:
            parts.append(f'<font name="{family.regular}">{escaped}</font>')
    return "".join(parts)


def para_text(user_text: object) -> str:
    """Paragraph markup for text someone typed: escaped, shaped, font-tagged.

    Newlines become <br/>. Use this for short text inside a label or heading;
    for blocks that may be long use user_flowables(), which also wraps right-
    to-left lines in the right order and splits long text over pages.
    """
    text = clean_text(user_text)
    return "<br/>".join(_markup_line(_SPACES.sub(" ", line)) for line in text.split("\n"))


def _cut(text: str, limit: int) -> list[str]:
    """Cut one long line into pieces of at most `limit` characters.

    Prefers the end of a sentence, then a space; a run without spaces is cut
    hard (it is wrapped by character anyway). Joined, the pieces give back
    the text, apart from the one space at each cut.
    """
    pieces: list[str] = []
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start : start + limit]
        floor = limit // 2
        cut = max(window.rfind(". ", floor), window.rfind("! ", floor), window.rfind("? ", floor))
        if cut >= 0:
            cut += 1  # keep the full stop with its sentence
        else:
            cut = window.rfind(" ", floor)
        if cut <= 0:
            end = start + limit
            # never separate a combining mark from its letter
            while end > start + 1 and unicodedata.combining(text[end]):
                end -= 1
            pieces.append(text[start:end])
            start = end
        else:
            pieces.append(text[start : start + cut])
            start += cut
            while start < n and text[start] == " ":
                start += 1
    if start < n:
        pieces.append(text[start:])
    return pieces


def user_flowables(
    user_text: object,
    style: ParagraphStyle,
    *,
    first_style: ParagraphStyle | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> list[Flowable]:
    """Flowables for a block of user text, in order, ready for a story.

    Each line of the text becomes its own paragraph; empty lines become a
    small gap; lines longer than chunk_chars are cut into several paragraphs.
    Lines with right-to-left text become a BidiParagraph. The first paragraph
    uses first_style when given (e.g. to carry spaceBefore).
    """
    text = clean_text(user_text)
    out: list[Flowable] = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip(" ")
        if not line:
            if out:
                out.append(Spacer(1, style.leading * 0.5))
            continue
        for piece in _cut(line, chunk_chars):
            st = first_style if (first_style is not None and not out) else style
            if fonts.has_rtl(piece):
                out.append(BidiParagraph(piece, st))
            else:
                out.append(Paragraph(_markup_line(piece), st))
    while out and isinstance(out[-1], Spacer):
        out.pop()
    return out


def phrase(text: str, style: ParagraphStyle) -> Flowable:
    """Trusted wording (from the wording files) in any script, as one paragraph.

    Latin, Cyrillic and Ethiopic become a Paragraph with a font per script run;
    Arabic-script wording a BidiParagraph (wrapped in logical order, aligned right).
    """
    text = " ".join(clean_text(text).split())
    if fonts.has_rtl(text):
        return BidiParagraph(text, style)
    return Paragraph(para_text(text), style)


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A paragraph that contains right-to-left text.

    reportlab wraps lines in the order the characters are drawn. For RTL text
    that order is reversed, so wrapping the visual string puts the last words
    on the first line. This flowable wraps the *logical* text first and only
    then puts each line in visual order, one line at a time.
    Lines of a right-to-left paragraph are aligned right.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, _lines: list[str] | None = None, _base_dir: str | None = None
    ) -> None:
        super().__init__()
        fonts.register_fonts()
        self.text = text
        self.style = style
        self.base_dir = _base_dir or fonts.base_direction(text)
        self.bold = style.fontName in (f.bold for f in fonts.FAMILIES)
        self._lines = _lines
        self._wrapped_width: float | None = None
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    # -- layout ------------------------------------------------------------
    def _width(self, logical: str) -> float:
        return fonts.string_width(fonts.shape(logical), self.style.fontSize, self.bold)

    def _char_width(self, ch: str) -> float:
        cache: dict[str, float] = self.__dict__.setdefault("_char_widths", {})
        if ch not in cache:
            cache[ch] = self._width(ch)
        return cache[ch]

    def _break_word(self, word: str, width: float) -> list[str]:
        """Cut a word wider than the line into pieces that fit.

        Guesses each piece from single-character widths, then checks the
        shaped piece and gives back characters while it is too wide.
        """
        pieces: list[str] = []
        start, n = 0, len(word)
        while start < n:
            end, acc = start, 0.0
            while end < n:
                w = self._char_width(word[end])
                if acc + w > width and end > start:
                    break
                acc += w
                end += 1
            while start + 1 < end < n and unicodedata.combining(word[end]):
                end -= 1  # keep a mark with its letter
            while end > start + 1 and self._width(word[start:end]) > width:
                end -= 1
                while start + 1 < end < n and unicodedata.combining(word[end]):
                    end -= 1
            pieces.append(word[start:end])
            start = end
        return pieces

    def _wrap_lines(self, width: float) -> list[str]:
        width = max(width, self.style.fontSize * 2)
        lines: list[str] = []
        current, current_w = "", 0.0
        space_w = self._width(" ")
        for word in self.text.split(" "):
            if not word:
                continue
            w = self._width(word)
            if current and current_w + space_w + w <= width:
                current += " " + word
                current_w += space_w + w
                continue
            if current:
                lines.append(current)
            if w <= width:
                current, current_w = word, w
            else:
                *full, current = self._break_word(word, width)
                lines.extend(full)
                current_w = self._width(current)
        if current:
            lines.append(current)
        return lines or [""]

    def _content_width(self, avail_width: float) -> float:
        indents: float = self.style.leftIndent + self.style.rightIndent
        return avail_width - indents

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        lines = self._lines_for(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def _lines_for(self, avail_width: float) -> list[str]:
        """The logical lines at this width (wrapped once per width)."""
        inner = self._content_width(avail_width)
        if self._lines is None or self._wrapped_width != inner:
            self._lines = self._wrap_lines(inner)
            self._wrapped_width = inner
        return self._lines

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        lines = self._lines_for(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        head, tail = lines[:fit], lines[fit:]
        style_tail = ParagraphStyle("cont", parent=self.style, spaceBefore=0)
        first = BidiParagraph(" ".join(head), self.style, head, self.base_dir)
        first.spaceAfter = 0
        rest = BidiParagraph(" ".join(tail), style_tail, tail, self.base_dir)
        for part in (first, rest):
            part._wrapped_width = self._wrapped_width
        return [first, rest]

    # -- drawing -------------------------------------------------------------
    def draw(self) -> None:
        st = self.style
        canv = self.canv
        inner = self._content_width(self.width)
        align = st.alignment
        if self.base_dir == "R" and align == TA_LEFT:
            align = TA_RIGHT
        canv.saveState()
        canv.setFillColor(st.textColor)
        for i, logical in enumerate(self._lines_for(self.width)):  # wrap() ran at this width
            visual = fonts.visual_line(logical, self.base_dir)
            runs = fonts.font_runs(visual)
            total = sum(pdfmetrics.stringWidth(r, fam.pick(self.bold), st.fontSize) for fam, r in runs)
            if align == TA_RIGHT:
                x = st.leftIndent + inner - total
            elif align == 1:  # centre
                x = st.leftIndent + (inner - total) / 2
            else:
                x = st.leftIndent
            y = self.height - i * st.leading - st.fontSize
            for fam, run in runs:
                font = fam.pick(self.bold)
                canv.setFont(font, st.fontSize)
                canv.drawString(x, y, run)
                x += pdfmetrics.stringWidth(run, font, st.fontSize)
        canv.restoreState()
