"""Registration ids: format, parsing as people type them, and the check character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.domain.ids import ALPHABET, RegistrationId, check_character
from registrar.errors import ErrorCode, KnownError

sites = st.text(alphabet="ABCDEFGHJKMNPQRSTVWXYZ", min_size=2, max_size=4)


@given(site=sites, station=st.integers(1, 99), sequence=st.integers(1, 10**8))
def test_round_trip(site: str, station: int, sequence: int) -> None:
    rid = RegistrationId(site, station, sequence)
    assert RegistrationId.parse(str(rid)) == rid
    assert RegistrationId.parse(str(rid).lower().replace("-", " - ")) == rid


def test_format_is_readable_aloud() -> None:
    assert str(RegistrationId("KAK", 1, 4512)).startswith("KAK01-004512-")


def test_confusable_letters_typed_for_digits_are_accepted() -> None:
    rid = RegistrationId("KAK", 1, 10)
    typed = str(rid).replace("0", "O").replace("1", "l")
    assert RegistrationId.parse(typed) == rid


def _payload_variants(body: str) -> list[str]:
    """Every single-character substitution and every swap of two different neighbours."""
    variants = []
    for i, ch in enumerate(body):
        pool = "0123456789" if ch.isdigit() else ALPHABET
        variants += [body[:i] + other + body[i + 1 :] for other in pool if other != ch]
    for i in range(len(body) - 1):
        if body[i] != body[i + 1]:
            variants.append(body[:i] + body[i + 1] + body[i] + body[i + 2 :])
    return variants


@pytest.mark.parametrize("sequence", [1, 4512, 99999, 123456])
def test_check_character_catches_every_single_typo_and_neighbour_swap(sequence: int) -> None:
    body = f"KAK01{sequence:06d}"
    check = check_character(body)
    missed = [v for v in _payload_variants(body) if check_character(v) == check]
    assert missed == []


def test_typo_in_a_typed_id_is_named() -> None:
    good = str(RegistrationId("KAK", 1, 4512))
    typo = good[:8] + ("7" if good[8] != "7" else "8") + good[9:]
    with pytest.raises(KnownError) as err:
        RegistrationId.parse(typo)
    assert err.value.code is ErrorCode.REGISTRATION_ID_INVALID
    assert err.value.details["reason"] == "check_character"
    assert "typo" in err.value.message


@pytest.mark.parametrize("text", ["", "KAK-1-2", "KAK01-12-3", "KAKU01-000001-1", "12345"])
def test_malformed_ids_are_refused_with_the_expected_shape(text: str) -> None:
    with pytest.raises(KnownError) as err:
        RegistrationId.parse(text)
    assert err.value.details["reason"] == "format"
