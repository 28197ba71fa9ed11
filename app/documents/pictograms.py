"""Small pictograms for readers who read little: you, me, together, the appointment, the place, the phone.

Drawn as plain vector shapes with reportlab (no emoji font, no image files),
in the documents' accent colour, so they print sharp on any printer and the
same on every machine. Each is drawn in a square of `size` points whose lower
left corner is at (x, y).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

KINDS = ("resident", "consultant", "together", "appointment", "place", "phone")


def _person(canv: Canvas, cx: float, y: float, h: float, fill: bool = True) -> None:
    """A person: a head and rounded shoulders, `h` tall, standing on y, centred on cx."""
    head = h * 0.2
    # a head a little taller than wide (an ellipse), like a face
    hx, hy = head * 0.88, head
    canv.ellipse(cx - hx, y + h - 2 * hy, cx + hx, y + h, stroke=1, fill=1 if fill else 0)
    body_w, body_h = h * 0.62, h * 0.5
    p = canv.beginPath()
    p.moveTo(cx - body_w / 2, y)
    p.lineTo(cx - body_w / 2, y + body_h * 0.55)
    p.curveTo(cx - body_w / 2, y + body_h, cx + body_w / 2, y + body_h, cx + body_w / 2, y + body_h * 0.55)
    p.lineTo(cx + body_w / 2, y)
    p.close()
    canv.drawPath(p, stroke=1, fill=1 if fill else 0)


def draw(canv: Canvas, kind: str, x: float, y: float, size: float, color: colors.Color) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown pictogram {kind!r}")
    canv.saveState()
    canv.setStrokeColor(color)
    canv.setFillColor(color)
    canv.setLineWidth(max(0.8, size * 0.08))
    canv.setLineJoin(1)
    canv.setLineCap(1)
    s = size
    if kind == "resident":
        # you: one person, filled
        _person(canv, x + s / 2, y, s)
    elif kind == "consultant":
        # me: one person in outline, with a name badge
        _person(canv, x + s / 2, y, s, fill=False)
        canv.rect(x + s * 0.55, y + s * 0.12, s * 0.16, s * 0.1, stroke=0, fill=1)
    elif kind == "together":
        # together: two people side by side, one filled and one in outline
        _person(canv, x + s * 0.3, y, s * 0.82)
        _person(canv, x + s * 0.72, y, s * 0.82, fill=False)
    elif kind == "appointment":
        # a calendar sheet: frame, a filled top band, two rings, one day marked
        canv.roundRect(x + s * 0.06, y + s * 0.04, s * 0.88, s * 0.8, s * 0.08, stroke=1, fill=0)
        canv.rect(x + s * 0.06, y + s * 0.62, s * 0.88, s * 0.22, stroke=0, fill=1)
        for rx in (0.3, 0.7):
            canv.line(x + s * rx, y + s * 0.74, x + s * rx, y + s * 0.97)
        canv.rect(x + s * 0.55, y + s * 0.16, s * 0.22, s * 0.2, stroke=0, fill=1)
    elif kind == "place":
        # a map pin: a round top narrowing to a point, with a hole
        cx, r = x + s / 2, s * 0.3
        p = canv.beginPath()
        p.moveTo(cx, y + s * 0.02)
        p.curveTo(cx - r * 0.6, y + s * 0.35, cx - r * 1.05, y + s * 0.5, cx - r, y + s * 0.66)
        p.curveTo(cx - r, y + s * 0.95, cx + r, y + s * 0.95, cx + r, y + s * 0.66)
        p.curveTo(cx + r * 1.05, y + s * 0.5, cx + r * 0.6, y + s * 0.35, cx, y + s * 0.02)
        p.close()
        canv.drawPath(p, stroke=1, fill=1)
        canv.setFillColor(colors.white)
        canv.circle(cx, y + s * 0.66, r * 0.4, stroke=0, fill=1)
    elif kind == "phone":
        # a mobile phone: rounded body, a white screen, a button
        canv.roundRect(x + s * 0.25, y + s * 0.02, s * 0.5, s * 0.96, s * 0.1, stroke=1, fill=1)
        canv.setFillColor(colors.white)
        canv.rect(x + s * 0.31, y + s * 0.2, s * 0.38, s * 0.64, stroke=0, fill=1)
        canv.circle(x + s / 2, y + s * 0.11, s * 0.045, stroke=0, fill=1)
    canv.restoreState()


def marker(kind: str, size: float, color: colors.Color, x_height: float) -> Callable[[Canvas, float, float], None]:
    """A Block marker: the pictogram beside the first line, its foot a little below the baseline."""

    def draw_marker(canv: Canvas, _width: float, baseline: float) -> None:
        draw(canv, kind, 0, baseline - size * 0.12, size, color)

    return draw_marker
