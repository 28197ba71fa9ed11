"""Plain-text questions about what would print, without reportlab or fonts (cheap to import).

The services ask these before the first window paints; app/documents/text.py, which needs reportlab
and the fonts, builds on them (issue 16: reportlab was imported at start for ``is_blank`` alone).
"""

from __future__ import annotations

import unicodedata

# Bidi embedding, override, isolate and mark characters: python-bidi needs them, paper never shows them.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset(("Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp"))


def is_blank(text: object) -> bool:
    """True when nothing visible would be printed: empty, spaces, or only
    invisible characters (controls, zero-width spaces and joiners, bidi marks, BOM, lone modifiers)."""
    if text is None:
        return True
    for ch in unicodedata.normalize("NFC", str(text)):
        if ch.isspace() or ch in BIDI_CONTROLS:
            continue
        if 0x1F3FB <= ord(ch) <= 0x1F3FF:  # an emoji skin tone with no emoji before it
            continue
        if unicodedata.category(ch) in _INVISIBLE:
            continue
        return False  # a lone surrogate or a noncharacter prints as U+FFFD: visible
    return True
