"""The bundled library: complete in both languages, well linked, short, and sourced."""

from __future__ import annotations

import dataclasses
import datetime
import re

import pytest

from app.content import (
    KINDS,
    LANGUAGES,
    MAX_EXAMPLE_WORDS,
    MAX_PROMPT_WORDS,
    PHASES,
    BaggageCategory,
    Library,
    Prompt,
    Source,
    load_library,
)
from app.paths import resource_path
from tests.content.conftest import normalise, read_seeds

BUNDLED_FILES = {f"{kind}.toml" for kind in KINDS} | {"jargon.toml"}  # jargon: app.content.jargon


@pytest.fixture(scope="module")
def libraries() -> dict[str, Library]:
    return {language: load_library(language) for language in LANGUAGES}


def all_sources(library: Library):
    for kind in KINDS:
        for item in getattr(library, kind):
            source = getattr(item, "source", None)
            if source is not None:
                yield kind, item.id, source


def test_each_language_has_the_six_files_with_version_1(content_docs):
    for language in LANGUAGES:
        folder = resource_path("content", language)
        assert {p.name for p in folder.glob("*.toml")} == BUNDLED_FILES
    for path, doc in content_docs.items():
        assert doc.get("version") == 1, f"{path} needs a top-level 'version = 1'"


@pytest.mark.parametrize("kind", KINDS)
def test_every_id_exists_in_both_languages(libraries, kind):
    ids = {language: libraries[language].ids(kind) for language in LANGUAGES}
    reference = set(ids[LANGUAGES[0]])
    for language, these in ids.items():
        missing = reference - set(these)
        extra = set(these) - reference
        assert not missing and not extra, f"{kind} in {language}: missing {sorted(missing)}, extra {sorted(extra)}"
        assert list(these) == list(ids[LANGUAGES[0]]), f"{kind}: {language} lists the ids in another order"
    assert reference, f"no {kind} at all"


LANGUAGE_NEUTRAL = {
    "prompts": ("phase", "baggage", "source"),
    "baggage": ("kind", "source"),
    "life_domains": ("source",),
    "background": ("source",),
    "referrals": ("website", "last_checked"),
    "sphere": ("kind", "referral", "source"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_language_neutral_fields_agree_across_languages(libraries, kind):
    first = libraries[LANGUAGES[0]]
    for language in LANGUAGES[1:]:
        other = libraries[language]
        for item in getattr(first, kind):
            twin = other.item(kind, item.id)
            for name in LANGUAGE_NEUTRAL[kind]:
                assert getattr(item, name) == getattr(twin, name), f"{kind}.{item.id}.{name} differs in {language}"


def test_every_phase_has_prompts(libraries):
    for language, library in libraries.items():
        for phase in PHASES:
            assert library.prompts_for(phase), f"no {phase} prompts in {language}"
        assert {p.phase for p in library.prompts} <= set(PHASES)


def test_prompts_are_glanceable(libraries):
    """content.md, "Short": a prompt is one line of at most about 12 words, read at a glance
    during the conversation (enforced here as <= 12 words), with an optional example sentence
    underneath (one sentence-ish: <= 25 words)."""
    for language, library in libraries.items():
        for prompt in library.prompts:
            words = len(prompt.text.split())
            assert words <= MAX_PROMPT_WORDS == 12, (
                f"{language} prompt {prompt.id} has {words} words; content.md allows one line of "
                f"at most about 12 words, so it can be read at a glance: {prompt.text!r}"
            )
            assert "\n" not in prompt.text
            if prompt.example is not None:
                words = len(prompt.example.split())
                assert words <= MAX_EXAMPLE_WORDS == 25, (
                    f"{language} example of {prompt.id} has {words} words; an example is one sentence "
                    f"the consultant could say (<= 25 words): {prompt.example!r}"
                )
                assert "\n" not in prompt.example
                assert len(re.findall(r"[.!?](?:\s|$)", prompt.example)) <= 2, (
                    f"{language} example of {prompt.id} should be about one sentence"
                )


def test_baggage_links_on_prompts_exist(libraries):
    for language, library in libraries.items():
        known = set(library.ids("baggage"))
        for prompt in library.prompts:
            unknown = set(prompt.baggage) - known
            assert not unknown, f"{language} prompt {prompt.id} links unknown baggage {sorted(unknown)}"


def test_referral_links_on_sphere_items_exist(libraries):
    for language, library in libraries.items():
        known = set(library.ids("referrals"))
        for item in library.sphere:
            if item.referral is not None:
                assert item.referral in known, f"{language} sphere {item.id} links unknown {item.referral!r}"
                assert library.referral_for(item).id == item.referral


def test_only_cant_items_name_a_referral_and_all_kinds_are_present(libraries):
    for library in libraries.values():
        assert all(item.kind == "cant" for item in library.sphere if item.referral)
        for kind in ("will", "wont", "cant"):
            assert library.sphere_of_kind(kind)
        assert any(item.referral for item in library.sphere_of_kind("cant"))


def test_baggage_has_both_kinds_and_an_acknowledgement(libraries):
    for library in libraries.values():
        assert len(library.baggage_of_kind("life_story")) >= 8
        assert len(library.baggage_of_kind("system_critique")) >= 8
        for category in library.baggage:
            assert category.acknowledgement.strip()


def test_acknowledgements_neither_endorse_nor_dismiss(libraries):
    """The phrasing acknowledges a feeling; it does not say the system is wrong or the rules are the rules."""
    forbidden = {
        "nl": ("gelijk", "de gemeente doet", "fout gedaan", "zo zijn de regels", "regels zijn regels", "helaas"),
        "en": ("you are right", "we got it wrong", "the rules are the rules", "that's the rules", "unfortunately"),
    }
    for language, library in libraries.items():
        for category in library.baggage_of_kind("system_critique"):
            text = category.acknowledgement.casefold()
            for phrase in forbidden[language]:
                assert phrase not in text, f"{language} {category.id}: {category.acknowledgement!r}"


def test_referrals_are_dated_and_have_a_website(libraries):
    for library in libraries.values():
        assert library.referrals
        for referral in library.referrals:
            assert referral.last_checked == datetime.date(2026, 11, 28)
            assert referral.website.startswith("https://")
            assert isinstance(referral.contact, str)


def test_every_source_names_an_existing_seed(libraries, seed_texts):
    for language, library in libraries.items():
        for kind, item_id, source in all_sources(library):
            assert isinstance(source, Source)
            assert source.file in seed_texts, f"{language} {kind}.{item_id}: no seed {source.file!r}"


def _heading_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = line.strip().lstrip("#*\u2022\uf0a7\ufffd ").strip()
        if line:
            lines.append(normalise(line))
    return lines


def test_every_source_section_is_a_heading_in_its_seed(libraries, seed_texts):
    """The section must start a line of the seed (markdown marks ignored): a heading, not a guess."""
    headings = {name: _heading_lines(text) for name, text in seed_texts.items()}
    for language, library in libraries.items():
        for kind, item_id, source in all_sources(library):
            wanted = normalise(source.section)
            assert any(line.startswith(wanted) for line in headings[source.file]), (
                f"{language} {kind}.{item_id}: {source.section!r} does not start a line in {source.file}"
            )


def test_bundled_content_needs_a_source(libraries):
    for library in libraries.values():
        for kind in ("prompts", "baggage", "background", "life_domains", "sphere"):
            for item in getattr(library, kind):
                assert item.source is not None, f"{kind}.{item.id} has no source"


def test_every_part_of_the_publication_is_covered(libraries):
    """All three parts of seed 001 reach the app: part 1 and 2 in the meeting phases, part 3 in 'team'."""
    library = libraries["nl"]
    sections = {p.source.section for p in library.prompts if p.source.file.startswith("001_")}
    part_1 = {
        "Brieven/uitnodiging",
        "Agenda voor het gesprek",
        "Voorkennis",
        "Omgevingsfactoren",
        "Agenda en verslaglegging",
        "Gesprekspunten",
        "Aandacht voor de persoon",
        "Voorbeeld van inchecken",
        "Voorbeeld van uitchecken",
    }
    part_2 = {
        "Aandacht voor bagage",
        "Erken gevoel achter systeemkritiek",
        "Grens van je invloedssfeer",
        "Geef perspectief",
        "Wat we zagen in de gesprekken",
    }
    part_3 = {"Momenten voor afstemming", "Bespreekpunten tijdens afstemming", "MAATWERK EN INVLOEDSFEER"}
    assert part_1 | part_2 | part_3 <= sections
    team = library.prompts_for("team")
    assert {p.source.section for p in team} <= part_3
    # Each discussion question of part 3 is its own prompt.
    assert len([p for p in team if p.source.section == "Bespreekpunten tijdens afstemming"]) >= 10


def test_lookup_helpers(libraries):
    library = libraries["nl"]
    first = library.prompts[0]
    assert library.prompt(first.id) is first
    assert isinstance(library.baggage_by_id("debts"), BaggageCategory)
    assert library.life_domain("finances").label
    assert library.background_card("bg_legal_room").body
    assert library.referral("veilig_thuis").name == "Veilig Thuis"
    assert library.sphere_item("cant_legal_advice").referral == "juridisch_loket"
    assert all(isinstance(p, Prompt) and p.phase == "opening" for p in library.prompts_for("opening"))
    assert library.prompts_for_baggage("many_consultants")
    with pytest.raises(KeyError):
        library.prompt("no_such_prompt")
    with pytest.raises(ValueError):
        library.prompts_for("lunch")
    with pytest.raises(ValueError):
        library.baggage_of_kind("other")
    assert library.language == "nl" and library.pack_name is None


def test_library_is_immutable_and_comparable():
    a, b = load_library("nl"), load_library("nl")
    assert a == b
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.language = "en"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.prompts[0].text = "x"  # type: ignore[misc]
    assert isinstance(a.prompts, tuple) and isinstance(a.prompts[0].baggage, tuple)
    hash(a.prompts[0])


def test_unknown_language_is_a_content_error():
    from app.content import ContentError

    with pytest.raises(ContentError) as caught:
        load_library("de")
    assert caught.value.key == "language"


def test_a_missing_seed_folder_fails_rather_than_skips(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="missing"):
        read_seeds(tmp_path / "no-such-folder")
    (tmp_path / "empty").mkdir()
    with pytest.raises(pytest.fail.Exception, match="no .txt files"):
        read_seeds(tmp_path / "empty")
