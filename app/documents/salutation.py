"""From the name as the consultant stored it to a natural salutation.

A resident's name is stored as they like to be addressed, often with a title
("Dhr. De Boer", "Mevr. Yılmaz", "Mw. Jansen"), sometimes with initials
("J. de Boer") or as a first name ("Kees"). A letter must not read "Beste Dhr.
De Boer": the abbreviation goes and the title is written out as people say it
("Beste meneer De Boer", "Dear Mr De Boer"). The words are in
resources/documents/<lang>.toml under [letter.salutation]; this module only
reads the stored name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .text import clean_text

Kind = Literal["male", "female", "unknown", "name", "none"]

# Titles as consultants type them (Dutch first, a few English ones), without their dot, lower case.
# "mr" is left out on purpose: in Dutch "mr." is the law degree (meester in de rechten), not "mister".
_TITLES: tuple[tuple[str, Kind], ...] = (
    ("de heer", "male"),
    ("dhr", "male"),
    ("heer", "male"),
    ("meneer", "male"),
    ("mijnheer", "male"),
    ("mevrouw", "female"),
    ("mevr", "female"),
    ("mvr", "female"),
    ("mw", "female"),
    ("mej", "female"),
    ("mejuffrouw", "female"),
    ("mrs", "female"),
    ("ms", "female"),
    ("miss", "female"),
)
_TITLE = re.compile(
    r"^(?P<title>" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t, _ in _TITLES) + r")(?:\.\s*|\s+|$)",
    re.IGNORECASE,
)
# initials: "J.", "J.W.", "A.B.C." (a letter and a dot, one or more times)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")


@dataclass(frozen=True)
class NameParts:
    """What the salutation needs: which kind of salutation, the full name and the surname."""

    kind: Kind
    name: str  # the stored name without its title, spaces tidied
    surname: str  # for "meneer {surname}": initials left out, first letter a capital


def _surname(words: list[str]) -> str:
    rest = [w for w in words if not _INITIALS.match(w)] or words
    text = " ".join(rest)
    # Dutch: "meneer De Boer" (the tussenvoegsel is a capital when no first name or initials go before it)
    return text[:1].upper() + text[1:]


def name_parts(stored: str) -> NameParts:
    """Read a stored name ("Dhr. De Boer", "J. de Boer", "Kees", "") into the parts a salutation needs."""
    text = " ".join(clean_text(stored).split())
    if not text:
        return NameParts("none", "", "")
    kind: Kind = "name"
    m = _TITLE.match(text)
    if m:
        title = " ".join(m.group("title").lower().split())
        kind = dict(_TITLES)[title]
        text = text[m.end() :].strip()
        if not text:  # a title alone ("Dhr.") says nothing to put after it
            return NameParts("none", "", "")
    words = text.split()
    if kind == "name" and any(_INITIALS.match(w) for w in words) and len(words) > 1:
        kind = "unknown"  # "J. de Boer": a surname, but not whether to say meneer or mevrouw
    return NameParts(kind, text, _surname(words))
