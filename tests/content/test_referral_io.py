"""The referral directory as a file: export to TOML, import it back unchanged."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.content import ContentError, Referral, export_referrals, import_referrals, load_library
from app.content.loader import toml_string

NASTY = [
    'Stichting "Samen Sterk"',
    "C:\\Users\\consulent\\kaart\\",
    "regel één\nregel twee\r\nregel drie",
    "tab\there, form\ffeed, backspace\b, bell\x07, escape\x1b, delete\x7f, nul\x00",
    "Emoji 🤝💶🏠 en ZWJ 👩‍👧‍👦, combining e\u0301, RTL مرحبا",
    "'''triple''' and \"\"\"triple\"\"\" quotes",
    "# not a comment = [[referrals]] \\u0041 \\n",
    " leading and trailing spaces ",
]


def referral(n: int, text: str) -> Referral:
    return Referral(
        id=f"ref_{n}",
        name=text,
        purpose=f"purpose {n}: {text}",
        contact=text,
        website='https://www.example.nl/pad?x=1&y="2"',
        last_checked=datetime.date(2026, 11, 28),
    )


def test_round_trip_with_quotes_backslashes_newlines_and_emoji(tmp_path):
    referrals = [referral(n, text) for n, text in enumerate(NASTY)]
    path = tmp_path / "sociale-kaart.toml"
    export_referrals(referrals, path)
    assert import_referrals(path) == referrals
    # The file is plain TOML that any reader accepts, written as UTF-8 with the emoji as is.
    raw = path.read_bytes()
    assert "🤝".encode() in raw
    assert tomllib.loads(raw.decode("utf-8"))["version"] == 1


def test_round_trip_of_the_bundled_directory(tmp_path):
    for language in ("nl", "en"):
        referrals = list(load_library(language).referrals)
        path = tmp_path / f"{language}.toml"
        export_referrals(referrals, path)
        assert import_referrals(path) == referrals


def test_empty_directory_round_trips(tmp_path):
    path = tmp_path / "empty.toml"
    export_referrals([], path)
    assert import_referrals(path) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
            lambda s: s.strip()
        ),
        min_size=1,
        max_size=5,
    ),
    contact=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    day=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2099, 12, 31)),
)
def test_round_trip_of_any_text(tmp_path, texts, contact, day):
    referrals = [
        Referral(
            id=f"r{n}",
            name=text,
            purpose=text[::-1] if text[::-1].strip() else "x",
            contact=contact,
            website="",
            last_checked=day,
        )
        for n, text in enumerate(texts)
    ]
    path = tmp_path / "any.toml"
    export_referrals(referrals, path)
    assert import_referrals(path) == referrals


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_toml_string_is_valid_toml_for_any_text(text):
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


def test_export_refuses_what_import_would_refuse(tmp_path):
    path = tmp_path / "out.toml"
    good = referral(1, "Nibud")
    cases = [
        ([good, good], "referrals.ref_1", "duplicate id"),
        ([Referral("Geen Id", "n", "p", "", "", datetime.date(2026, 1, 1))], "referrals[1].id", "not a valid id"),
        ([Referral("x", "", "p", "", "", datetime.date(2026, 1, 1))], "referrals.x.name", "must not be empty"),
        (
            [Referral("x", "n", "p", "", "www.zonder-schema.nl", datetime.date(2026, 1, 1))],
            "referrals.x.website",
            "https://",
        ),
        ([Referral("x", "n\ud800", "p", "", "", datetime.date(2026, 1, 1))], "referrals.x", "surrogate"),
    ]
    for referrals, key, reason in cases:
        with pytest.raises(ContentError) as caught:
            export_referrals(referrals, path)
        assert caught.value.key == key and reason in str(caught.value), str(caught.value)
        assert not path.exists(), "nothing is written when a referral is bad"


def test_export_replaces_an_existing_file_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "kaart.toml"
    export_referrals([referral(1, "eerste")], path)
    export_referrals([referral(2, "tweede")], path)
    assert [r.name for r in import_referrals(path)] == ["tweede"]
    assert [p.name for p in tmp_path.iterdir()] == ["kaart.toml"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "import.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        (
            'version = 1\n[[referrals]]\nid = "a"\nname = "A"\npurpose = "p"\nlast_checked = 2026-11-28\n'
            '[[referrals]]\nid = "a"\nname = "B"\npurpose = "p"\nlast_checked = 2026-11-28\n',
            "referrals.a",
            "duplicate id 'a'",
        ),
        (
            'version = 1\n[[referrals]]\nid = "a"\npurpose = "p"\nlast_checked = 2026-11-28\n',
            "referrals.a.name",
            "missing required field 'name'",
        ),
        (
            'version = 1\n[[referrals]]\nid = "a"\nname = "A"\npurpose = "p"\nlast_checked = 2026-11-28T10:00:00\n',
            "referrals.a.last_checked",
            "without a time",
        ),
        ('version = 1\nowner = "x"\n', "owner", "unexpected top-level key"),
        ('version = 1\n[[referrals]]\nid = "a"\nname = "A\n', "referrals.a", "not valid TOML"),
    ],
)
def test_import_refuses_a_bad_file_naming_file_and_key(tmp_path, text, key, reason):
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as caught:
        import_referrals(path)
    assert caught.value.key == key
    assert str(path) in str(caught.value) and reason in str(caught.value)


def test_import_fills_optional_fields(tmp_path):
    path = write(
        tmp_path, 'version = 1\n[[referrals]]\nid = "a"\nname = "A"\npurpose = "p"\nlast_checked = 2026-11-28\n'
    )
    assert import_referrals(path) == [Referral("a", "A", "p", "", "", datetime.date(2026, 11, 28))]
