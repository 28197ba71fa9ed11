"""A typed "not given" marker for keyword arguments where ``None`` is a real value.

``due=None`` clears a due date; leaving ``due`` out keeps it. ``Ellipsis`` used to play
that part, which the type checker cannot narrow. An enum member can: after
``if due is not UNSET`` the type of ``due`` no longer includes ``Unset``.
"""

from __future__ import annotations

import enum
from typing import Final


class Unset(enum.Enum):
    UNSET = enum.auto()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET
