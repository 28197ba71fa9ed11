"""Municipal content packs: override and extend by id; a bad pack is refused with file and key."""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

import pytest

from app.content import ContentError, Source, load_library, load_library_safely
from app.paths import resource_path


def write_pack(tmp_path: Path, body: str, name: str = "gemeente-voorbeeld.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


def bundled_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(resource_path("content").glob("*/*.toml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


VALID_PACK = """
    version = 1
    name = "Gemeente Voorbeeld"

    [[nl.prompts]]
    id = "open_check_in"
    text = "Zet eerst koffie en vraag hoe het gaat."

    [[nl.prompts]]
    id = "voorbeeld_wijkteam"
    phase = "during"
    text = "Vraag of het wijkteam al betrokken is."
    example = "Ken je het wijkteam bij jou in de buurt al?"
    baggage = ["voorbeeld_energy_bills", "debts"]

    [[en.prompts]]
    id = "voorbeeld_wijkteam"
    phase = "during"
    text = "Ask whether the neighbourhood team is involved yet."
    baggage = ["voorbeeld_energy_bills", "debts"]

    [[nl.baggage]]
    id = "voorbeeld_energy_bills"
    kind = "life_story"
    label = "Hoge energierekening"
    description = "Een energierekening die niet meer te betalen is."
    acknowledgement = "Ik merk dat die rekening je veel zorgen geeft."
    source = { file = "001_ffb7c0f8827de8ce.txt", section = "Ervaringen hebben invloed" }

    [[en.baggage]]
    id = "voorbeeld_energy_bills"
    kind = "life_story"
    label = "High energy bill"
    description = "An energy bill that can no longer be paid."
    acknowledgement = "I can tell that bill worries you a lot."

    [[nl.referrals]]
    id = "voorbeeld_schuldhulp"
    name = "Schuldhulp Voorbeeld"
    purpose = "Hulp bij schulden voor inwoners van Voorbeeld."
    contact = "0123-456789"
    website = "https://www.voorbeeld.nl/schulden"
    last_checked = 2026-11-01

    [[en.referrals]]
    id = "voorbeeld_schuldhulp"
    name = "Schuldhulp Voorbeeld"
    purpose = "Debt help for residents of Voorbeeld."
    last_checked = "2026-11-01"

    [[nl.sphere]]
    id = "cant_solve_debts"
    referral = "voorbeeld_schuldhulp"

    [[en.referrals]]
    id = "juridisch_loket"
    contact = "Local office: Marktplein 1"
"""


# --------------------------------------------------------------------------
# A valid pack
# --------------------------------------------------------------------------


def test_valid_pack_overrides_by_id_and_adds_new_items(tmp_path):
    pack = write_pack(tmp_path, VALID_PACK)
    bundled = load_library("nl")
    library = load_library("nl", pack)

    assert library.pack_name == "Gemeente Voorbeeld"
    # Override: only the given field changes, the rest stays bundled, the position stays.
    check_in = library.prompt("open_check_in")
    assert check_in.text == "Zet eerst koffie en vraag hoe het gaat."
    assert check_in.phase == bundled.prompt("open_check_in").phase
    assert check_in.source == bundled.prompt("open_check_in").source
    assert library.ids("prompts").index("open_check_in") == bundled.ids("prompts").index("open_check_in")
    # Additions come after the bundled items; a missing source names the pack.
    assert library.ids("prompts")[-1] == "voorbeeld_wijkteam"
    new = library.prompt("voorbeeld_wijkteam")
    assert new.source == Source(file="gemeente-voorbeeld.toml", section="Gemeente Voorbeeld")
    assert new.baggage == ("voorbeeld_energy_bills", "debts")
    assert library.baggage_by_id("voorbeeld_energy_bills").source.file.startswith("001_")
    # A sphere item may now point to a referral the pack added.
    item = library.sphere_item("cant_solve_debts")
    assert library.referral_for(item).name == "Schuldhulp Voorbeeld"
    assert len(library.prompts) == len(bundled.prompts) + 1
    assert len(library.referrals) == len(bundled.referrals) + 1


def test_valid_pack_applies_per_language(tmp_path):
    pack = write_pack(tmp_path, VALID_PACK)
    english = load_library("en", pack)
    bundled_en = load_library("en")
    # The Dutch override does not touch English.
    assert english.prompt("open_check_in") == bundled_en.prompt("open_check_in")
    assert english.prompt("voorbeeld_wijkteam").example is None
    assert english.referral("juridisch_loket").contact == "Local office: Marktplein 1"
    assert english.referral("voorbeeld_schuldhulp").last_checked.isoformat() == "2026-11-01"
    # The English sphere item keeps its bundled referral.
    assert english.sphere_item("cant_solve_debts").referral == bundled_en.sphere_item("cant_solve_debts").referral
    # Ids stay aligned across languages with the pack applied.
    dutch = load_library("nl", pack)
    for kind in ("prompts", "baggage", "referrals", "sphere"):
        assert dutch.ids(kind) == english.ids(kind)


def test_without_the_pack_the_defaults_return(tmp_path):
    before = bundled_digest()
    defaults = load_library("nl")
    pack = write_pack(tmp_path, VALID_PACK)
    assert load_library("nl", pack) != defaults
    assert bundled_digest() == before, "a pack must never change the bundled files"
    pack.unlink()
    assert load_library("nl") == defaults
    assert load_library("nl").pack_name is None
    # A pack that was removed while the app ran: keep what was shown, report the problem.
    library, error = load_library_safely("nl", pack, previous=None)
    assert library == defaults
    assert isinstance(error, ContentError) and pack.name in str(error)


def test_load_library_safely_returns_no_error_for_a_good_pack(tmp_path):
    pack = write_pack(tmp_path, VALID_PACK)
    library, error = load_library_safely("nl", pack, previous=None)
    assert error is None
    assert library.pack_name == "Gemeente Voorbeeld"


def test_pack_without_name_uses_the_file_name(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        example = "Goedemorgen! Hoe gaat het vandaag?"
    """,
        name="oss-2026.toml",
    )
    assert load_library("nl", pack).pack_name == "oss-2026"


# --------------------------------------------------------------------------
# Malformed packs
# --------------------------------------------------------------------------

MALFORMED = {
    "bad_toml": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        text = "a string that never ends
        """,
        "nl.prompts.open_check_in",
        "not valid TOML",
    ),
    "unknown_phase": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        phase = "lunch"
        """,
        "nl.prompts.open_check_in.phase",
        "unknown phase 'lunch'",
    ),
    "items_without_language": (
        """
        version = 1
        [[prompts]]
        id = "open_check_in"
        text = "Hallo"
        """,
        "prompts",
        "missing language",
    ),
    "new_item_in_one_language_only": (
        """
        version = 1
        [[nl.prompts]]
        id = "voorbeeld_alleen_nl"
        phase = "during"
        text = "Alleen in het Nederlands."
        """,
        "en.prompts.voorbeeld_alleen_nl",
        "missing language",
    ),
    "unknown_language": (
        """
        version = 1
        [[de.prompts]]
        id = "open_check_in"
        text = "Wie geht es dir?"
        """,
        "de",
        "unknown key 'de'",
    ),
    "no_language_at_all": (
        """
        version = 1
        name = "Leeg"
        """,
        "nl/en",
        "missing language",
    ),
    "duplicate_id": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        text = "Eerste versie."

        [[nl.prompts]]
        id = "open_check_in"
        text = "Tweede versie."
        """,
        "nl.prompts.open_check_in",
        "duplicate id 'open_check_in'",
    ),
    "missing_required_field": (
        """
        version = 1
        [[nl.prompts]]
        id = "voorbeeld_nieuw"
        phase = "during"

        [[en.prompts]]
        id = "voorbeeld_nieuw"
        phase = "during"
        text = "New."
        """,
        "nl.prompts.voorbeeld_nieuw.text",
        "missing required field 'text'",
    ),
    "missing_id": (
        """
        version = 1
        [[nl.prompts]]
        text = "Geen id."
        """,
        "nl.prompts[1].id",
        "missing required field 'id'",
    ),
    "bad_id": (
        """
        version = 1
        [[nl.prompts]]
        id = "Open Check In"
        """,
        "nl.prompts[1].id",
        "not a valid id",
    ),
    "unknown_baggage_link": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        baggage = ["debts", "no_such_baggage"]
        """,
        "nl.prompts.open_check_in.baggage",
        "unknown baggage category 'no_such_baggage'",
    ),
    "unknown_referral_link": (
        """
        version = 1
        [[en.sphere]]
        id = "cant_legal_advice"
        referral = "no_such_referral"
        """,
        "en.sphere.cant_legal_advice.referral",
        "unknown referral 'no_such_referral'",
    ),
    "unknown_field": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        txt = "Typfout in de veldnaam."
        """,
        "nl.prompts.open_check_in.txt",
        "unknown field 'txt'",
    ),
    "unknown_kind": (
        """
        version = 1
        [[nl.tips]]
        id = "x"
        """,
        "nl.tips",
        "unknown kind 'tips'",
    ),
    "table_instead_of_array": (
        """
        version = 1
        [nl.prompts]
        id = "open_check_in"
        """,
        "nl.prompts",
        "list of tables",
    ),
    "missing_version": (
        """
        [[nl.prompts]]
        id = "open_check_in"
        text = "Hallo."
        """,
        "version",
        "missing 'version = 1'",
    ),
    "future_version": (
        """
        version = 2
        [[nl.prompts]]
        id = "open_check_in"
        text = "Hallo."
        """,
        "version",
        "unsupported version 2",
    ),
    "prompt_too_long": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien"
        """,
        "nl.prompts.open_check_in.text",
        "has 13 words",
    ),
    "wrong_type": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        text = 42
        """,
        "nl.prompts.open_check_in.text",
        "must be text",
    ),
    "bad_date": (
        """
        version = 1
        [[nl.referrals]]
        id = "nibud"
        last_checked = "gisteren"
        """,
        "nl.referrals.nibud.last_checked",
        "must be a date",
    ),
    "bad_source": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        source = { file = "001_ffb7c0f8827de8ce.txt" }
        """,
        "nl.prompts.open_check_in.source",
        "needs both file and section",
    ),
    "error_in_the_other_language": (
        """
        version = 1
        [[nl.prompts]]
        id = "open_check_in"
        text = "Prima."

        [[en.prompts]]
        id = "open_check_in"
        phase = "teatime"
        """,
        "en.prompts.open_check_in.phase",
        "unknown phase 'teatime'",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_pack_is_refused_naming_file_and_key(tmp_path, case):
    body, key, reason = MALFORMED[case]
    pack = write_pack(tmp_path, body, name=f"{case}.toml")
    with pytest.raises(ContentError) as caught:
        load_library("nl", pack)
    error = caught.value
    assert error.file == str(pack)
    assert error.key == key
    message = str(error)
    assert str(pack) in message, message
    assert key in message, message
    assert reason in message, message


def test_bad_toml_reports_the_line(tmp_path):
    body, _, _ = MALFORMED["bad_toml"]
    pack = write_pack(tmp_path, body)
    with pytest.raises(ContentError) as caught:
        load_library("en", pack)
    assert caught.value.line == 4
    assert f"{pack}:4" in str(caught.value)


def test_pack_that_is_not_utf8_or_missing(tmp_path):
    pack = tmp_path / "latin1.toml"
    pack.write_bytes('version = 1\n[[nl.prompts]]\nid = "open_check_in"\ntext = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(ContentError, match="not UTF-8"):
        load_library("nl", pack)
    with pytest.raises(ContentError, match="file not found") as caught:
        load_library("nl", tmp_path / "gone.toml")
    assert caught.value.file.endswith("gone.toml")


@pytest.mark.parametrize("case", ["bad_toml", "unknown_phase", "new_item_in_one_language_only", "duplicate_id"])
def test_load_library_safely_keeps_the_previous_content(tmp_path, case):
    good = write_pack(tmp_path, VALID_PACK)
    previous, error = load_library_safely("nl", good, previous=None)
    assert error is None and previous.pack_name == "Gemeente Voorbeeld"

    bad = write_pack(tmp_path, MALFORMED[case][0], name=f"{case}.toml")
    library, error = load_library_safely("nl", bad, previous=previous)
    assert library is previous
    assert isinstance(error, ContentError)
    assert str(bad) in str(error) and MALFORMED[case][1] in str(error)


def test_load_library_safely_falls_back_to_bundled(tmp_path):
    bad = write_pack(tmp_path, MALFORMED["unknown_phase"][0])
    library, error = load_library_safely("nl", bad, previous=None)
    assert error is not None
    assert library == load_library("nl")
    # A previous library in another language is not reused.
    english_previous = load_library("en")
    library, error = load_library_safely("nl", bad, previous=english_previous)
    assert error is not None
    assert library.language == "nl" and library == load_library("nl")


def test_load_library_safely_never_raises_for_an_unknown_language():
    library, error = load_library_safely("fr", None, previous=None)
    assert isinstance(error, ContentError)
    assert library.language == "nl"


DEEP = 100_000
NESTED = {
    "arrays": 'version = 1\n[[nl.prompts]]\nid = "open_check_in"\nbaggage = ' + "[" * DEEP + "]" * DEEP + "\n",
    "inline_tables": 'version = 1\nname = "x"\nnl = ' + "{a = " * DEEP + "1" + "}" * DEEP + "\n",
    "just_over_the_limit": 'version = 1\nname = "x"\nnl = { prompts = [ { x = ' + "[" * 10 + "]" * 10 + " } ] }\n",
}


@pytest.mark.parametrize("case", sorted(NESTED))
def test_deeply_nested_toml_is_refused_naming_the_file_and_the_defaults_stay(tmp_path, case, qapp):
    """Issue 15: tomllib recurses once per level, so a pack nested 100,000 deep raised RecursionError
    straight through load_library_safely. Now it is a ContentError naming the file and where."""
    import tomllib

    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_translators, remove_translators
    from app.ui.messages import user_message

    text = NESTED[case]
    if case != "just_over_the_limit":
        with pytest.raises(RecursionError):  # what load_library_safely met before
            tomllib.loads(text)
    pack = tmp_path / f"{case}.toml"
    pack.write_text(text, encoding="utf-8")
    before = bundled_digest()
    library, error = load_library_safely("nl", pack, previous=None)
    assert library == load_library("nl") and library.pack_name is None  # the bundled content
    assert isinstance(error, ContentError)
    assert error.file == str(pack) and error.line in (2, 3, 4)
    assert "nested more than" in error.reason
    translators = install_translators(QApplication.instance(), "nl")
    try:
        shown = user_message(error)
    finally:
        remove_translators(QApplication.instance(), translators)
    assert str(pack) in shown and "eigen inhoud" in shown, shown
    assert bundled_digest() == before
    # the referral import reads TOML the same way
    from app.content import import_referrals

    with pytest.raises(ContentError, match="nested more than"):
        import_referrals(pack)


def test_the_nesting_a_pack_needs_is_accepted(tmp_path):
    library, error = load_library_safely("nl", write_pack(tmp_path, VALID_PACK), previous=None)
    assert error is None and library.pack_name == "Gemeente Voorbeeld"
