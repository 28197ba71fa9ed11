"""The handvatten library: prompts, baggage, life domains, background, referrals, sphere.

Content is data (TOML under resources/content/<language>/), loaded into frozen
dataclasses. A municipality can add one content pack file; see
app.content.loader and resources/content/PACK_FORMAT.md.
"""

from app.content.loader import (
    CONTENT_VERSION,
    KINDS,
    ContentError,
    export_referrals,
    import_referrals,
    load_library,
    load_library_safely,
    pack_location,
)
from app.content.model import (
    BAGGAGE_KINDS,
    LANGUAGES,
    MAX_EXAMPLE_WORDS,
    MAX_PROMPT_WORDS,
    PHASES,
    SPHERE_KINDS,
    BackgroundCard,
    BaggageCategory,
    Library,
    LifeDomain,
    PackInfo,
    Prompt,
    Referral,
    Source,
    SphereItem,
)

__all__ = [
    "BAGGAGE_KINDS",
    "CONTENT_VERSION",
    "KINDS",
    "LANGUAGES",
    "MAX_EXAMPLE_WORDS",
    "MAX_PROMPT_WORDS",
    "PHASES",
    "SPHERE_KINDS",
    "BackgroundCard",
    "BaggageCategory",
    "ContentError",
    "Library",
    "LifeDomain",
    "PackInfo",
    "Prompt",
    "Referral",
    "Source",
    "SphereItem",
    "export_referrals",
    "import_referrals",
    "load_library",
    "load_library_safely",
    "pack_location",
]
