"""Tab order helpers: the keyboard goes where the eye goes.

Qt's focus chain follows the order in which widgets got their parent, not where
they end up on screen. These helpers fix the few places where the two differ.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def chain(*widgets: QWidget | None) -> None:
    """Tab goes through ``widgets`` in this order (None entries are skipped)."""
    present = [w for w in widgets if w is not None]
    for first, second in pairwise(present):
        QWidget.setTabOrder(first, second)


def tab_stops_in(widget: QWidget) -> list[QWidget]:
    """``widget`` (when it takes Tab) and its descendants that take Tab, in today's focus-chain order."""
    ring: list[QWidget] = []
    w: QWidget | None = widget.window()
    while w is not None:
        ring.append(w)
        w = w.nextInFocusChain()
        if w is widget.window() or len(ring) > 100_000:
            break
    position = {id(w): i for i, w in enumerate(ring)}
    inside = [widget, *widget.findChildren(QWidget)]
    takes_tab = [
        w
        for w in inside
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]
    return sorted(takes_tab, key=lambda w: position.get(id(w), len(ring)))


def chain_blocks(*widgets: QWidget | None) -> None:
    """Like ``chain``, but each widget brings its own tab stops (children) along, in their order."""
    stops: list[QWidget] = []
    for widget in widgets:
        if widget is not None:
            stops += tab_stops_in(widget)
    chain(*stops)


def _chain_in_visual_order(box: QDialogButtonBox) -> None:
    buttons = [b for b in box.buttons() if not b.isHidden()]
    rtl = box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    vertical = box.orientation() == Qt.Orientation.Vertical
    buttons.sort(key=lambda b: b.y() if vertical else (-b.x() if rtl else b.x()))
    chain(*buttons)


class _VisualOrder(QObject):
    """Re-chains a button box whenever it is shown or resized.

    It keeps no Python state: Qt may call the filter while the box is being torn down,
    when a Python attribute set in __init__ can already be gone (an AttributeError seen
    under Wine), so everything comes from ``watched``.
    """

    def __init__(self, box: QDialogButtonBox) -> None:
        super().__init__(box)
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(watched, QDialogButtonBox) and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            _chain_in_visual_order(watched)
        return False


def order_buttons_visually(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons in the order the platform lays them out.

    QDialogButtonBox places OK / Cancel per platform convention (Cancel left on
    GNOME, right on Windows and KDE), but keeps the order they were added in.
    """
    if box.findChild(_VisualOrder) is None:
        _VisualOrder(box)
