"""Names: kept as typed in NFC; found by a key that ignores case and accents in any script."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from registrar.domain.text import normalise_name, search_key


def test_names_keep_their_spelling_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "  José   Álvarez ")
    assert normalise_name(decomposed) == "José Álvarez"
    assert unicodedata.is_normalized("NFC", normalise_name(decomposed))


def test_search_key_ignores_case_and_accents() -> None:
    assert search_key("JOSÉ", "Álvarez") == search_key("jose", "alvarez") == "jose alvarez"
    assert search_key("Straße") == search_key("strasse")


def test_search_key_ignores_arabic_diacritics_and_tatweel() -> None:
    with_harakat = "مُحَمَّد"
    with_tatweel = "محـــمد"
    assert search_key(with_harakat) == search_key("محمد") == search_key(with_tatweel)


def test_search_key_keeps_other_scripts() -> None:
    assert search_key("Олена", "Шевченко") == "олена шевченко"
    assert search_key("ናሆም") == "ናሆም"


@given(st.text())
def test_search_key_is_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key
