"""Shared look of the documents: colours, type, page frame and a few flowables.

Calm and plain: one accent colour used sparingly, dark text on white, large
margins, no boxes around everything. Both the slip and the letter use this.
"""

from __future__ import annotations

import io
import logging
import math
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from . import fonts
from .text import BidiParagraph, clean_text, para_text, user_flowables

log = logging.getLogger(__name__)

INK = colors.HexColor("#1D2730")  # body text: near-black, a touch of blue
MUTED = colors.HexColor("#505C66")  # secondary text, still > 7:1 on white
ACCENT = colors.HexColor("#1B6A80")  # the one accent: a calm sea blue
TINT = colors.HexColor("#EDF4F6")  # light background for the one panel
RULE = colors.HexColor("#C9D3D8")  # hairlines
SECOND = colors.HexColor("#2E4A57")  # the second language's lines on a bilingual slip: ink with more blue

PAGE_SIZES = {"A5": A5, "A4": A4}


@dataclass(frozen=True)
class Theme:
    """Sizes for one paper size."""

    page: tuple[float, float]
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    body: float
    leading: float
    small: float
    heading: float
    title: float

    @property
    def frame_width(self) -> float:
        return self.page[0] - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return self.page[1] - self.margin_top - self.margin_bottom


THEMES = {
    "A5": Theme(A5, 15 * mm, 15 * mm, 13 * mm, 17 * mm, 11, 15.5, 9, 12, 19),
    "A4": Theme(A4, 24 * mm, 24 * mm, 16 * mm, 20 * mm, 11, 15.5, 9, 12.5, 21),
}


def theme_for(page_size: str) -> Theme:
    try:
        return THEMES[page_size]
    except KeyError:
        raise ValueError(f"page_size must be one of {sorted(THEMES)}, not {page_size!r}") from None


class Styles:
    """The paragraph styles of one document."""

    def __init__(self, t: Theme) -> None:
        fonts.register_fonts()
        regular, bold = fonts.LATIN.regular, fonts.LATIN.bold
        self.theme = t
        self.body = ParagraphStyle(
            "body",
            fontName=regular,
            fontSize=t.body,
            leading=t.leading,
            textColor=INK,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        self.body_after = ParagraphStyle("body_after", parent=self.body, spaceAfter=t.leading * 0.5)
        self.strong = ParagraphStyle("strong", parent=self.body, fontName=bold)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=t.small, leading=t.small * 1.4, textColor=MUTED)
        self.due = ParagraphStyle("due", parent=self.small, textColor=ACCENT, fontName=bold, spaceBefore=1.5)
        self.municipality = ParagraphStyle(
            "municipality",
            parent=self.body,
            fontName=bold,
            fontSize=t.body,
            leading=t.body * 1.3,
            textColor=ACCENT,
        )
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=bold,
            fontSize=t.title,
            leading=t.title * 1.2,
            spaceBefore=t.leading * 0.6,
            spaceAfter=t.leading * 0.15,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontSize=t.body + 1.5, leading=(t.body + 1.5) * 1.35
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=bold,
            fontSize=t.heading,
            leading=t.heading * 1.3,
            textColor=ACCENT,
            spaceBefore=t.leading * 0.85,
            spaceAfter=t.leading * 0.3,
        )
        self.panel_heading = ParagraphStyle("panel_heading", parent=self.heading, textColor=INK, spaceBefore=0)
        self.label = ParagraphStyle("label", parent=self.small)
        self.right_small = ParagraphStyle("right_small", parent=self.small, alignment=TA_RIGHT)
        self._spaced: dict[tuple[str, float], ParagraphStyle] = {}

    def keep_room(self, lines: int = 3) -> CondPageBreak:
        """Before a heading: start a new page unless the heading and a few
        lines of what follows still fit (a heading never ends a page)."""
        h = self.heading
        return CondPageBreak(h.spaceBefore + h.leading + h.spaceAfter + lines * self.body.leading)

    def indented(self, style: ParagraphStyle, left: float) -> ParagraphStyle:
        """`style` moved `left` points to the right."""
        key = (style.name + ">", round(left, 2))
        if key not in self._spaced:
            self._spaced[key] = ParagraphStyle(
                f"{style.name}>{left:.1f}", parent=style, leftIndent=style.leftIndent + left
            )
        return self._spaced[key]

    def spaced(self, style: ParagraphStyle, before: float) -> ParagraphStyle:
        """`style` with `before` points of space above it."""
        key = (style.name, round(before, 2))
        if key not in self._spaced:
            self._spaced[key] = ParagraphStyle(f"{style.name}+{before:.1f}", parent=style, spaceBefore=before)
        return self._spaced[key]


def fill(template: str, **user_values: object) -> str:
    """Markup for a trusted template with user text in its {placeholders}.

    The template's own words are escaped like everything else, and each value
    goes through para_text(), so a name like "<b>Ali</b>" prints literally.
    """
    out = []
    for literal, field_name, _spec, _conv in string.Formatter().parse(template):
        out.append(para_text(literal))  # escaped, with a font per script (Ethiopic, Cyrillic ...)
        if field_name is not None:
            out.append(para_text(user_values.get(field_name, "")))
    return "".join(out)


def fill_line(template: str, style: ParagraphStyle, **user_values: str) -> Flowable:
    """A paragraph of trusted wording with user text in it (a salutation, "Voor {name}").

    With right-to-left text in a value, the whole line is wrapped in logical
    order first (BidiParagraph), so a long Arabic or Hebrew name never prints
    its lines bottom to top.
    """
    if fonts.has_rtl(template) or any(fonts.has_rtl(clean_text(v)) for v in user_values.values()):
        values = {k: " ".join(clean_text(v).split()) for k, v in user_values.items()}
        return BidiParagraph(template.format(**values), style)
    return Paragraph(fill(template, **user_values), style)


def label(text: str) -> str:
    """Markup for trusted wording from the TOML files (escaped, a font per script run; no user text).

    For wording that may wrap in a right-to-left language, use text.phrase() (a BidiParagraph)."""
    return para_text(text)


# -- flowables --------------------------------------------------------------

# Draws beside the first line of a Block: (canvas, block width, y of first baseline).
Marker = Callable[[Canvas, float, float], None]


class Block(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A column of flowables with padding, and optionally a tinted background,
    an accent bar on the left, and a marker beside the first line.

    It splits across pages like its content does: padding and marker stay
    with the first part, the background and bar continue on the next page.
    """

    def __init__(
        self,
        content: Sequence[Flowable],
        *,
        left: float = 0,
        right: float = 0,
        top: float = 0,
        bottom: float = 0,
        background: colors.Color | None = None,
        bar: colors.Color | None = None,
        bar_width: float = 2.5,
        marker: Marker | None = None,
        right_marker: Marker | None = None,
        space_before: float = 0,
        space_after: float = 0,
        keep_with_next: bool = False,
        keep_together: float | None = None,
        _first: bool = True,
        _last: bool = True,
    ) -> None:
        super().__init__()
        self.content = list(content)
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.background, self.bar, self.bar_width = background, bar, bar_width
        self.marker = marker
        self.right_marker = right_marker
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = keep_with_next
        # move to the next page rather than split, unless taller than this
        self.keep_together = keep_together
        self._first, self._last = _first, _last
        self.min_height = 0.0  # first part only
        # heights by (flowable id, width), shared with the parts of a split, so
        # a long Block is not measured again in full for every page
        self._heights: dict[tuple[int, float], tuple[Flowable, float]] = {}
        self._layout: list[tuple[Flowable, float, float]] = []  # (flowable, gap above, height)

    def _pad_top(self) -> float:
        return self.top if self._first else min(self.top, 4)

    def _pad_bottom(self) -> float:
        return self.bottom if self._last else 0

    def _inner(self, aw: float) -> float:
        return aw - self.left - self.right

    def _measure(self, f: Flowable, inner: float, avail_height: float) -> float:
        key = (id(f), round(inner, 3))
        hit = self._heights.get(key)
        if hit is not None and hit[0] is f:  # the entry holds f, so its id is not reused
            return hit[1]
        h: float = f.wrap(inner, avail_height)[1]
        self._heights[key] = (f, h)
        return h

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        inner = self._inner(availWidth)
        self._layout = []
        total = 0.0
        prev: Flowable | None = None
        for f in self.content:
            gap = 0.0 if prev is None else prev.getSpaceAfter() + f.getSpaceBefore()
            h = self._measure(f, inner, availHeight)
            self._layout.append((f, gap, h))
            total += gap + h
            prev = f
        self.width = availWidth
        self.height = self._pad_top() + total + self._pad_bottom()
        if self._first:
            self.height = max(self.height, self.min_height)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.keep_together is not None:
            _, h = self.wrap(availWidth, availHeight)
            if h <= self.keep_together:
                return []
        inner = self._inner(availWidth)
        room = availHeight - self._pad_top()
        used = 0.0
        prev: Flowable | None = None
        for i, f in enumerate(self.content):
            gap = 0.0 if prev is None else prev.getSpaceAfter() + f.getSpaceBefore()
            h = self._measure(f, inner, availHeight)
            if used + gap + h <= room:
                used += gap + h
                prev = f
                continue
            parts = f.split(inner, room - used - gap) if room - used - gap > 0 else []
            # split() may drop what wrap() computed (Paragraph does): measure again
            self._heights.pop((id(f), round(inner, 3)), None)
            if parts and len(parts) > 1:
                head = self.content[:i] + [parts[0]]
                tail = list(parts[1:]) + self.content[i + 1 :]
            elif i > 0:
                head, tail = self.content[:i], self.content[i:]
            else:
                return []
            return [self._part(head, first=self._first, last=False), self._part(tail, first=False, last=self._last)]
        if used + self._pad_bottom() <= room:
            return [self]
        # the content fits but the bottom padding does not: move the last item on
        if len(self.content) > 1:
            return [
                self._part(self.content[:-1], first=self._first, last=False),
                self._part(self.content[-1:], first=False, last=self._last),
            ]
        return []

    def _part(self, content: list[Flowable], *, first: bool, last: bool) -> Block:
        part = Block(
            content,
            left=self.left,
            right=self.right,
            top=self.top,
            bottom=self.bottom,
            background=self.background,
            bar=self.bar,
            bar_width=self.bar_width,
            marker=self.marker if first else None,
            right_marker=self.right_marker if first else None,
            space_before=self.spaceBefore if first else 0,
            space_after=self.spaceAfter if last else 0,
            _first=first,
            _last=last,
        )
        part._heights = self._heights
        return part

    def draw(self) -> None:
        canv = self.canv
        if self.background is not None:
            canv.saveState()
            canv.setFillColor(self.background)
            canv.setStrokeColor(self.background)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            canv.restoreState()
        if self.bar is not None:
            canv.saveState()
            canv.setFillColor(self.bar)
            canv.rect(0, 0, self.bar_width, self.height, stroke=0, fill=1)
            canv.restoreState()
        y = self.height - self._pad_top()
        first_baseline = None
        # content hangs from the top; min_height only adds room below it
        inner = self._inner(self.width)
        for f, gap, h in self._layout:
            y -= gap + h
            # the height may come from the cache while f was last wrapped at another width
            # (a Pair or Columns tries several): wrap it at this one again before it draws
            f.wrap(inner, h)
            if first_baseline is None:
                size = getattr(getattr(f, "style", None), "fontSize", 10)
                first_baseline = y + h - size
            f.drawOn(canv, self.left, y)
        for marker in (self.marker, self.right_marker):
            if marker is not None and first_baseline is not None:
                canv.saveState()
                marker(canv, self.width, first_baseline)
                canv.restoreState()


def checkbox_marker(size: float, x_offset: float = 0.0) -> Marker:
    """An empty, rounded box the resident can tick, sitting on the baseline."""

    def draw(canv: Canvas, _width: float, baseline: float) -> None:
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.9)
        canv.roundRect(x_offset, baseline - 1.2, size, size, 1.6, stroke=1, fill=0)

    return draw


def text_marker(text: str, style: ParagraphStyle, *, right: bool = False) -> Marker:
    """A short label drawn beside the first line, e.g. "Wanneer"; with `right`, ending at the
    block's right edge (a right-to-left page: the caption at the right, its value to the left)."""

    def draw(canv: Canvas, width: float, baseline: float) -> None:
        canv.setFillColor(style.textColor)
        runs = fonts.font_runs(fonts.visual_line(text))
        cx = 0.0
        if right:
            bold = style.fontName == fonts.LATIN.bold
            cx = width - sum(pdfmetrics.stringWidth(r, f.pick(bold), style.fontSize) for f, r in runs)
        for family, run in runs:
            font = family.pick(style.fontName == fonts.LATIN.bold)
            canv.setFont(font, style.fontSize)
            canv.drawString(cx, baseline, run)
            cx += pdfmetrics.stringWidth(run, font, style.fontSize)

    return draw


def number_marker(n: int, style: ParagraphStyle) -> Marker:
    return text_marker(f"{n}.", style)


def tag_width(text: str, style: ParagraphStyle) -> float:
    size: float = style.fontSize
    return fonts.string_width(text, size, bold=True) + size * 1.2


def tag_marker(text: str, style: ParagraphStyle) -> Marker:
    """A small tinted label at the right end of the first line, e.g. "jouw onderwerp"."""
    pad = style.fontSize * 0.6

    def draw(canv: Canvas, width: float, baseline: float) -> None:
        w = tag_width(text, style)
        x = width - w
        h = style.fontSize * 1.45
        canv.setFillColor(TINT)
        canv.roundRect(x, baseline - style.fontSize * 0.38, w, h, h / 2, stroke=0, fill=1)
        canv.setFillColor(ACCENT)
        cx = x + pad
        for family, run in fonts.font_runs(fonts.visual_line(text)):
            canv.setFont(family.bold, style.fontSize)
            canv.drawString(cx, baseline, run)
            cx += pdfmetrics.stringWidth(run, family.bold, style.fontSize)

    return draw


class Columns(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """Two short columns side by side (e.g. a signature and contact details).

    When it does not fit on the page it moves on as a whole; if it could never
    fit on one page, the columns are stacked so nothing is lost.
    """

    def __init__(
        self,
        left: Sequence[Flowable],
        right: Sequence[Flowable],
        *,
        gap: float = 18,
        split_at: float = 0.5,
        space_before: float = 0,
        max_height: float | None = None,
        right_width: float | None = None,
        balance: bool = False,
    ) -> None:
        super().__init__()
        self.left, self.right = list(left), list(right)
        self.gap, self.split_at = gap, split_at
        # with `balance`, the split between 0.44 and 0.64 that makes the columns lowest (the one
        # nearest split_at of those); the text keeps its size, only the widths change
        self.balance = balance
        self._split = split_at
        self.right_width = right_width  # a fixed width for the right column (e.g. a QR code)
        self.spaceBefore = space_before
        self.max_height = max_height
        self._heights: tuple[float, float] = (0.0, 0.0)

    def _col_widths(self, aw: float, split: float | None = None) -> tuple[float, float]:
        if self.right_width is not None:
            return aw - self.gap - self.right_width, self.right_width
        lw = (aw - self.gap) * (self._split if split is None else split)
        return lw, aw - self.gap - lw

    @staticmethod
    def _stack_height(items: list[Flowable], width: float, ah: float) -> float:
        total, prev = 0.0, None
        for f in items:
            gap = 0.0 if prev is None else prev.getSpaceAfter() + f.getSpaceBefore()
            total += gap + f.wrap(width, ah)[1]
            prev = f
        return total

    def _heights_at(self, aw: float, ah: float, split: float) -> tuple[float, float]:
        lw, rw = self._col_widths(aw, split)
        return self._stack_height(self.left, lw, ah), self._stack_height(self.right, rw, ah)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        splits = [self.split_at]
        if self.balance and self.right_width is None:
            steps = [self.split_at + d / 50 for d in range(-6, 5)]
            splits = sorted((s for s in steps if 0.44 <= s <= 0.64), key=lambda s: abs(s - self.split_at))
        best: tuple[float, tuple[float, float]] | None = None
        for split in splits:
            heights = self._heights_at(availWidth, availHeight, split)
            if best is None or max(heights) < max(best[1]) - 0.5:
                best = (split, heights)
        assert best is not None
        self._split, self._heights = best
        self.width, self.height = availWidth, max(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        _, h = self.wrap(availWidth, availHeight)
        if self.max_height is not None and h <= self.max_height:
            return []
        # too tall for any page: stack the columns and split like a Block
        return Block(self.left + self.right).split(availWidth, availHeight)

    def draw(self) -> None:
        lw, rw = self._col_widths(self.width)
        for items, x, width in ((self.left, 0.0, lw), (self.right, lw + self.gap, rw)):
            y, prev = self.height, None
            for f in items:
                gap = 0.0 if prev is None else prev.getSpaceAfter() + f.getSpaceBefore()
                _, h = f.wrap(width, self.height)
                y -= gap + h
                f.drawOn(self.canv, x, y)
                prev = f


class Pair(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A line of wording in Dutch and the same in a second language.

    Side by side when each fits its half in as many lines as it needs at full
    width (short items: headings, dates); otherwise one under the other, so a
    long sentence never becomes a narrow column twice as tall.
    """

    def __init__(
        self, first: Flowable, second: Flowable, *, gap: float, split_at: float = 0.5, fit: bool = True
    ) -> None:
        super().__init__()
        self.first, self.second = first, second
        self.gap, self.split_at = gap, split_at
        # with `fit`, a pair that misses side by side at split_at tries other splits (the shorter
        # line gives the longer one room) before it goes one under the other
        self.fit = fit
        self._split = split_at
        self.spaceBefore = first.getSpaceBefore()
        second.spaceBefore = 0
        self.style = getattr(first, "style", None)
        self.side_by_side = True
        self._h: tuple[float, float] = (0.0, 0.0)

    def _fits(self, lw: float, rw: float, full: tuple[float, float], ah: float) -> tuple[float, float] | None:
        half = (self.first.wrap(lw, ah)[1], self.second.wrap(rw, ah)[1])
        return half if half[0] <= full[0] + 0.5 and half[1] <= full[1] + 0.5 else None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        full = (self.first.wrap(availWidth, availHeight)[1], self.second.wrap(availWidth, availHeight)[1])
        room = availWidth - self.gap
        self._split = self.split_at
        half = self._fits(room * self.split_at, room * (1 - self.split_at), full, availHeight)
        if half is None and self.fit:
            # the narrowest first column that keeps its lines (to a tenth of a point), and the rest for
            # the second: side by side when that is enough for both
            lo, hi = room * 0.2, room * 0.8
            if self._fits(hi, room - hi, (full[0], float("inf")), availHeight) is not None:
                while hi - lo > 0.1:
                    mid = (lo + hi) / 2
                    if self._fits(mid, room - mid, (full[0], float("inf")), availHeight) is None:
                        lo = mid
                    else:
                        hi = mid
                # on a grid of a twelfth of the width where that fits too, so that the second
                # language's lines of a slip mostly start at the same place
                step = room / 12
                for lw in (math.ceil(hi / step) * step, hi):
                    half = self._fits(lw, room - lw, full, availHeight) if lw <= room * 0.8 else None
                    if half is not None:
                        self._split = lw / room
                        break
        self.side_by_side = half is not None
        if half is not None:
            self._h = half
            self.height = max(half)
        else:
            # one under the other: the second line keeps the first's indent (e.g. beside a tick box)
            indent = self._indent()
            self._h = (
                self.first.wrap(availWidth, availHeight)[1],
                self.second.wrap(availWidth - indent, availHeight)[1],
            )
            self.height = sum(self._h)
        self.width = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # a pair moves on whole

    def draw(self) -> None:
        if self.side_by_side:
            lw = (self.width - self.gap) * self._split
            self.first.wrap(lw, self.height)
            self.first.drawOn(self.canv, 0, self.height - self._h[0])
            rw = self.width - self.gap - lw
            self.second.wrap(rw, self.height)
            self.second.drawOn(self.canv, lw + self.gap, self.height - self._h[1])
        else:
            indent = self._indent()
            self.first.wrap(self.width, self.height)
            self.first.drawOn(self.canv, 0, self.height - self._h[0])
            self.second.wrap(self.width - indent, self.height)
            self.second.drawOn(self.canv, indent, self.height - self._h[0] - self._h[1])

    def _indent(self) -> float:
        first_style = getattr(self.first, "style", None)
        second_style = getattr(self.second, "style", None)
        first_indent = float(getattr(first_style, "leftIndent", 0) or 0)
        return max(0.0, first_indent - float(getattr(second_style, "leftIndent", 0) or 0))


class WritingLines(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A few light ruled lines to write on."""

    def __init__(self, count: int, gap: float) -> None:
        super().__init__()
        self.count, self.gap = count, gap
        self.spaceBefore = gap * 0.3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.count * self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):
            y = i * self.gap + 1
            self.canv.line(0, y, self.width, y)


class Rule(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A thin horizontal line across the frame."""

    def __init__(
        self, color: colors.Color = ACCENT, thickness: float = 0.8, space_before: float = 4, space_after: float = 10
    ) -> None:
        super().__init__()
        self.color, self.thickness = color, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.thickness
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


class LanguageMark(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """Zero-size marker at the start of a language section: from here on,
    footers are in this language and pages are counted from 1 again."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        # read by FooterCanvas when the page is finished
        self.canv._nabij_lang = self.lang
        self.canv._nabij_section = getattr(self.canv, "_nabij_section", 0) + 1


# -- header -------------------------------------------------------------------


def _logo(path: Path | None, max_w: float, max_h: float) -> tuple[ImageReader, float, float] | None:
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        iw, ih = reader.getSize()
    except Exception as exc:  # a broken logo must never stop a slip from printing
        log.warning("logo could not be read (%s); printing without it", type(exc).__name__)
        return None
    if iw <= 0 or ih <= 0:
        return None
    scale = min(max_w / iw, max_h / ih)
    return reader, iw * scale, ih * scale


def header(municipality: str, logo_path: Path | None, styles: Styles) -> list[Flowable]:
    """Municipality name (and logo on the right), with a thin accent rule."""
    t = styles.theme
    logo = _logo(logo_path, max_w=t.frame_width * 0.38, max_h=t.body * 3.2)
    out: list[Flowable] = []
    right = 0.0
    marker = None
    if logo is not None:
        reader, w, h = logo
        right = w + 8

        def draw_logo(
            canv: Canvas, width: float, baseline: float, _r: ImageReader = reader, _w: float = w, _h: float = h
        ) -> None:
            # right-aligned, top of the logo level with the top of the name
            top = baseline + styles.municipality.fontSize
            canv.drawImage(_r, width - _w, top - _h, _w, _h, mask="auto")

        marker = draw_logo
    name = municipality.strip() or " "
    block = Block(
        user_flowables(name, styles.municipality) or [Paragraph(" ", styles.municipality)],
        right=right,
        right_marker=marker,
    )
    if logo is not None:
        # room for a logo taller than the name: the logo's top sits level with
        # the top of the name's first line
        block.min_height = logo[2] + (styles.municipality.leading - styles.municipality.fontSize)
    out.append(block)
    out.append(Rule(ACCENT, 0.8, space_before=6, space_after=4))
    return out


# -- page furniture -------------------------------------------------------------


def footer_canvas(footer: Callable[[Canvas, int, int, str], None]) -> type[Canvas]:
    """A canvas class that draws `footer(canvas, page, pages, lang)` on every page
    once the number of pages is known. Each language section (see LanguageMark)
    counts its own pages: the English slip is "page 1 of 1", not "3 of 4"."""

    class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # Canvas's own arguments, passed on
            fonts.register_fonts()
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = fonts.LATIN.regular  # no stray Helvetica
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []  # each page's canvas state (its __dict__)
            self._nabij_lang = "nl"

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            sections = [state.get("_nabij_section", 0) for state in self._saved_pages]
            seen: dict[int, int] = {}
            for state, section in zip(self._saved_pages, sections, strict=True):
                seen[section] = seen.get(section, 0) + 1
                self.__dict__.update(state)
                footer(self, seen[section], sections.count(section), state.get("_nabij_lang", "nl"))
                super().showPage()
            super().save()

    return FooterCanvas


def draw_footer(canv: Canvas, t: Theme, left_text: str, right_text: str) -> None:
    canv.saveState()
    y = t.margin_bottom * 0.45
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(t.margin_left, y + t.small * 1.5, t.page[0] - t.margin_right, y + t.small * 1.5)
    canv.setFillColor(MUTED)
    canv.setFont(fonts.LATIN.regular, t.small - 0.5)
    if left_text:
        x = t.margin_left
        max_w = t.frame_width * 0.65
        for family, run in fonts.font_runs(fonts.visual_line(left_text)):
            w = pdfmetrics.stringWidth(run, family.regular, t.small - 0.5)
            if x + w - t.margin_left > max_w:
                break  # a footer is one short line; the header shows the full name
            canv.setFont(family.regular, t.small - 0.5)
            canv.drawString(x, y, run)
            x += w
    if right_text:
        canv.setFont(fonts.LATIN.regular, t.small - 0.5)
        canv.drawRightString(t.page[0] - t.margin_right, y, right_text)
    canv.restoreState()


__all__ = [
    "ACCENT",
    "INK",
    "MUTED",
    "TINT",
    "RULE",
    "Theme",
    "theme_for",
    "Styles",
    "fill",
    "fill_line",
    "label",
    "Block",
    "Columns",
    "checkbox_marker",
    "text_marker",
    "number_marker",
    "tag_marker",
    "tag_width",
    "WritingLines",
    "Rule",
    "LanguageMark",
    "header",
    "footer_canvas",
    "draw_footer",
    "TA_LEFT",
]


def build_pdf(story: list[Flowable], t: Theme, *, title: str, municipality: str, address_form: str, lang: str) -> bytes:
    """Lay out a resident-facing document: A5/A4 frame, page numbers per language only when there is
    more than one page, and metadata without resident data (the title is the document's kind)."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from .wording import Wording

    def footer(canv: Canvas, page: int, pages: int, section_lang: str) -> None:
        if pages == 1:
            return  # one sheet: the header says it all
        w = Wording(section_lang, address_form)
        draw_footer(canv, t, municipality, w("calendar.page", page=page, pages=pages))

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=t.page,
        leftMargin=t.margin_left,
        rightMargin=t.margin_right,
        topMargin=t.margin_top,
        bottomMargin=t.margin_bottom,
        title=title,
        author=municipality or "Nabij",
        creator="Nabij",
        producer="Nabij",
        subject="",
        lang=lang,
        invariant=1,
        initialFontName=fonts.LATIN.regular,
    )
    frame = Frame(
        t.margin_left,
        t.margin_bottom,
        t.frame_width,
        t.frame_height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=footer_canvas(footer))
    return buf.getvalue()


class UnbrokenLine(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A line that must not break inside a word, such as an e-mail address a resident will type over.

    Drawn at the style's size when it fits; otherwise a little smaller, down to ``min_size``; if it still
    does not fit, broken after its '@' and then between the parts of the domain (after a '.'), never inside
    a name. Bidi controls (pasted from a phone) are dropped, as in all left-to-right text.
    """

    def __init__(self, text: str, style: ParagraphStyle, min_size: float, *, right: bool = False) -> None:
        super().__init__()
        self.text = fonts.visual_line(clean_text(text).strip())
        self.style = style
        self.right = right  # aligned right (on a right-to-left page)
        self.min_size = min_size
        self._lines: list[str] = [self.text]
        self._size = float(style.fontSize)

    def _width(self, text: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(text, self.style.fontName, size))

    def _fitting(self, lines: list[str], avail: float) -> float:
        size = float(self.style.fontSize)
        widest = max(self._width(line, size) for line in lines)
        return size if widest <= avail else max(self.min_size, size * avail / widest)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = [self.text]
        size = self._fitting(lines, avail_width)
        if self._width(self.text, size) > avail_width and "@" in self.text:
            head, tail = self.text.split("@", 1)
            parts = [head + "@"]
            line = ""
            for piece in tail.replace(".", ".\n").split("\n"):  # the domain, broken only after its dots
                if line and self._width(line + piece, self.min_size) > avail_width:
                    parts.append(line)
                    line = ""
                line += piece
            parts.append(line)
            lines = [p for p in parts if p]
            size = self._fitting(lines, avail_width)
        self._lines, self._size = lines, size
        leading = float(self.style.leading) * size / float(self.style.fontSize)
        self.width, self.height = avail_width, leading * len(lines)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(self.style.textColor)
        leading = self.height / len(self._lines)
        canv.setFont(self.style.fontName, self._size)
        for i, line in enumerate(self._lines):
            y = self.height - leading * (i + 1) + (leading - self._size) * 0.5 + self._size * 0.2
            if self.right:
                canv.drawRightString(self.width, y, line)
            else:
                canv.drawString(0, y, line)
