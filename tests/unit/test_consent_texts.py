"""The consent texts: every shipped language is complete, right-to-left where it should be,
falls back to English visibly, and a broken file is refused with its name."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from registrar.consent_texts import FALLBACK_LANGUAGE, ConsentLibrary
from registrar.domain.model import ConsentPurpose
from registrar.errors import BugError, ErrorCode, KnownError
from registrar.resources import resource

SHIPPED = sorted(p.stem for p in resource("consent").glob("*.json"))
RTL = {"ara", "fas", "pus"}
# Scripts with no Latin letters: any Latin word left in them is untranslated text.
NON_LATIN = {"ara", "fas", "pus", "tir", "ukr"}
# Sentence ends in Latin, Arabic and Ethiopic script.
SENTENCE_END = re.compile(r"[.!?؟።]")


@pytest.fixture(scope="module")
def library() -> ConsentLibrary:
    return ConsentLibrary.load()


def test_the_languages_the_brief_asks_for_are_shipped(library: ConsentLibrary) -> None:
    codes = [code for code, _ in library.languages()]
    assert codes == SHIPPED
    assert {"eng", "fra", "ara", "fas", "pus", "tir", "som", "ukr", "spa"} <= set(codes)
    names = dict(library.languages())
    assert names["ara"] == "العربية" and names["fra"] == "Français"


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("purpose", list(ConsentPurpose))
def test_every_language_has_every_purpose(
    library: ConsentLibrary, language: str, purpose: ConsentPurpose
) -> None:
    partner = "Partner Org" if purpose is ConsentPurpose.SHARING else None
    text = library.text(purpose, language, partner=partner)
    assert text.purpose is purpose and text.language == language and not text.fallback
    assert text.title.strip() and text.body.strip()
    assert text.version == "2026-11"
    assert text.direction == ("rtl" if language in RTL else "ltr")


@pytest.mark.parametrize("language", SHIPPED)
def test_bodies_hold_no_leftovers(library: ConsentLibrary, language: str) -> None:
    for purpose in ConsentPurpose:
        partner = "ZZPARTNER" if purpose is ConsentPurpose.SHARING else None
        text = library.text(purpose, language, partner=partner)
        for part in (text.title, text.body):
            assert "{" not in part and "}" not in part
            assert not re.search(r"TODO|TBD|FIXME|XXX|lorem", part, re.IGNORECASE)
            assert "  " not in part and part == part.strip()
            if language in NON_LATIN:
                assert not re.search(r"[A-Za-z]", part.replace("ZZPARTNER", "")), part
        if purpose is ConsentPurpose.SHARING:
            assert "ZZPARTNER" in text.body


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_say_as_much_as_the_english(library: ConsentLibrary, language: str) -> None:
    # A crude guard against dropped or added sentences; the meaning is checked by translators.
    for purpose in ConsentPurpose:
        partner = "P" if purpose is ConsentPurpose.SHARING else None
        english = library.text(purpose, FALLBACK_LANGUAGE, partner=partner).body
        body = library.text(purpose, language, partner=partner).body
        assert len(SENTENCE_END.findall(body)) == len(SENTENCE_END.findall(english)), purpose
        assert 3 <= len(SENTENCE_END.findall(body)) <= 6


def test_english_says_what_the_person_must_hear(library: ConsentLibrary) -> None:
    registration = library.text(ConsentPurpose.REGISTRATION, "eng").body
    for words in ("name", "face", "identity documents", "Only the staff", "erase", "see"):
        assert words in registration
    assert "only register you if you agree" in registration
    duplicate = library.text(ConsentPurpose.DUPLICATE_CHECK, "eng").body
    assert "If you say no, you are still registered and you still get help" in duplicate
    sharing = library.text(ConsentPurpose.SHARING, "eng", partner="WFP").body
    assert "If you say no, you still get help" in sharing


def test_an_unknown_language_falls_back_to_english_and_says_so(library: ConsentLibrary) -> None:
    text = library.text(ConsentPurpose.DUPLICATE_CHECK, "kmr")
    assert text.fallback and text.language == "eng" and text.direction == "ltr"
    english = library.text(ConsentPurpose.DUPLICATE_CHECK, "eng")
    assert not english.fallback
    assert text == dataclasses.replace(english, fallback=True)
    assert not library.has("kmr") and library.has("ara")


def test_the_partner_is_named_in_title_and_body(library: ConsentLibrary) -> None:
    text = library.text(ConsentPurpose.SHARING, "ara", partner="{Danish Refugee Council}")
    assert "{Danish Refugee Council}" in text.title
    assert text.body.count("{Danish Refugee Council}") == 3
    assert "{partner}" not in text.body


def test_sharing_needs_a_partner_and_nothing_else_takes_one(library: ConsentLibrary) -> None:
    with pytest.raises(BugError):
        library.text(ConsentPurpose.SHARING, "eng")
    with pytest.raises(BugError):
        library.text(ConsentPurpose.SHARING, "eng", partner="  ")
    with pytest.raises(BugError):
        library.text(ConsentPurpose.REGISTRATION, "eng", partner="WFP")


def _good(language: str = "eng") -> dict[str, Any]:
    return {
        "language": language,
        "name": "English",
        "direction": "ltr",
        "version": "1",
        "purposes": {
            "registration": {"title": "R", "body": "Registration."},
            "duplicate_check": {"title": "D", "body": "Duplicate check."},
            "sharing": {"title": "S", "body": "Sharing with {partner}."},
        },
    }


def _write(folder: Path, name: str, data: object) -> None:
    folder.mkdir(exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (folder / name).write_text(text, encoding="utf-8")


def test_a_good_folder_loads(tmp_path: Path) -> None:
    _write(tmp_path, "eng.json", _good())
    library = ConsentLibrary.load(tmp_path)
    assert library.languages() == [("eng", "English")]
    assert library.text(ConsentPurpose.SHARING, "eng", "X").body == "Sharing with X."


def _broken(change: Any) -> dict[str, Any]:
    data = _good()
    change(data)
    return data


BROKEN: list[tuple[str, object, str]] = [
    ("not-json", "{ nope", "not valid JSON"),
    ("list", [], "one JSON object"),
    ("extra-key", _broken(lambda d: d.update(author="x")), "unknown keys: author"),
    ("direction", _broken(lambda d: d.update(direction="up")), "direction"),
    ("no-name", _broken(lambda d: d.update(name="")), "name must be a non-empty text"),
    ("no-purpose", _broken(lambda d: d["purposes"].pop("sharing")), "missing purposes: sharing"),
    ("odd-purpose", _broken(lambda d: d["purposes"].update(marketing={})), "unknown purposes"),
    (
        "odd-text-key",
        _broken(lambda d: d["purposes"]["registration"].update(note="x")),
        "registration: unknown keys: note",
    ),
    (
        "empty-body",
        _broken(lambda d: d["purposes"]["duplicate_check"].update(body=" ")),
        "duplicate_check.body must be a non-empty text",
    ),
    (
        "stray-placeholder",
        _broken(lambda d: d["purposes"]["sharing"].update(body="For {partner} and {name}.")),
        "sharing.body has a brace",
    ),
    (
        "partner-elsewhere",
        _broken(lambda d: d["purposes"]["registration"].update(title="{partner}")),
        "registration.title names a partner",
    ),
    (
        "no-partner",
        _broken(lambda d: d["purposes"]["sharing"].update(body="Sharing.")),
        "sharing.body must name the partner",
    ),
    ("wrong-code", _broken(lambda d: d.update(language="fra")), "differs from the file's name"),
    ("bad-code", _broken(lambda d: d.update(language="en")), "not an ISO 639-3 code"),
]


@pytest.mark.parametrize(("case", "data", "problem"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_refused_with_its_name(
    tmp_path: Path, case: str, data: object, problem: str
) -> None:
    _write(tmp_path, "eng.json", data)
    with pytest.raises(KnownError) as caught:
        ConsentLibrary.load(tmp_path)
    assert caught.value.code is ErrorCode.INVALID_FIELD
    assert caught.value.details == {"field": "consent"}
    assert str(caught.value).startswith("eng.json: ")
    assert problem in str(caught.value)


def test_a_broken_second_language_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "eng.json", _good())
    _write(tmp_path, "fra.json", _broken(lambda d: d.update(language="fra", direction="")))
    with pytest.raises(KnownError, match=r"^fra\.json: direction"):
        ConsentLibrary.load(tmp_path)


def test_english_must_be_there(tmp_path: Path) -> None:
    _write(tmp_path, "fra.json", _good("fra"))
    with pytest.raises(KnownError, match=r"no eng\.json"):
        ConsentLibrary.load(tmp_path)


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    tmp_path.joinpath("eng.json").write_bytes(b'{"name": "\xff"}')
    with pytest.raises(KnownError, match=r"^eng\.json: not UTF-8"):
        ConsentLibrary.load(tmp_path)


def test_loading_is_fast_and_needs_no_qt() -> None:
    code = (
        "import sys, time\n"
        "from registrar.consent_texts import ConsentLibrary\n"
        "start = time.perf_counter()\n"
        "ConsentLibrary.load()\n"
        "print(time.perf_counter() - start)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split("\n")
    assert float(out[0]) < 0.2
    assert out[1] == "[]"
