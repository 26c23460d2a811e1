"""Sealed packets and signed envelopes: round trips, and every kind of damage refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registrar.errors import ErrorCode, KnownError
from registrar.sync.packet import (
    MAGIC,
    KeyPair,
    PublicKeys,
    open_envelope,
    open_packet,
    read_header,
    seal,
    sign_envelope,
)

STATION = KeyPair.generate()
HUB = KeyPair.generate()
MANIFEST = {"kind": "batch", "station_id": "s", "batch_id": "b", "sequence": 1, "records": []}


@settings(max_examples=40, deadline=None)
@given(
    items=st.lists(st.binary(max_size=300), max_size=6),
    extra=st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8), max_size=3),
)
def test_a_sealed_packet_opens_to_the_same_manifest_and_items(
    items: list[bytes], extra: dict[str, object]
) -> None:
    manifest = {"extra": extra, **MANIFEST}
    packet = seal(manifest, items, HUB.public, STATION)
    opened = open_packet(packet, HUB, STATION.public.sign)
    assert opened.manifest == manifest and list(opened.items) == items


def test_the_content_is_not_readable_without_the_recipients_key() -> None:
    secret = b"Mariam Haddad N1234567"
    packet = seal(MANIFEST, [secret], HUB.public, STATION)
    assert secret not in packet
    with pytest.raises(KnownError) as wrong:
        open_packet(packet, KeyPair.generate(), STATION.public.sign)
    assert wrong.value.code is ErrorCode.PACKET_INVALID


@pytest.mark.parametrize("where", ["magic", "header", "signature", "ciphertext", "cut"])
def test_damage_anywhere_is_refused_before_anything_is_returned(where: str) -> None:
    packet = bytearray(seal(MANIFEST, [b"record one", b"record two"], HUB.public, STATION))
    header_end = len(MAGIC) + 4 + int.from_bytes(packet[len(MAGIC) : len(MAGIC) + 4], "big")
    if where == "magic":
        packet[0] ^= 1
    elif where == "header":
        packet[header_end - 5] ^= 1
    elif where == "signature":
        packet[header_end + 2 + 10] ^= 1
    elif where == "ciphertext":
        packet[-3] ^= 1
    else:
        del packet[-1]
    with pytest.raises(KnownError) as refused:
        open_packet(bytes(packet), HUB, STATION.public.sign)
    assert refused.value.code in (ErrorCode.PACKET_INVALID, ErrorCode.SIGNATURE_INVALID)


def test_a_packet_signed_by_another_key_is_refused() -> None:
    packet = seal(MANIFEST, [b"x"], HUB.public, KeyPair.generate())
    with pytest.raises(KnownError) as refused:
        open_packet(packet, HUB, STATION.public.sign)
    assert refused.value.code is ErrorCode.SIGNATURE_INVALID


def test_the_manifest_is_readable_and_bound_to_the_content() -> None:
    packet = seal(MANIFEST, [b"x"], HUB.public, STATION)
    parts = read_header(packet)
    assert parts.manifest == MANIFEST and parts.signed_by(STATION.public.sign)
    assert not parts.signed_by(HUB.public.sign)


def test_envelopes_round_trip_and_refuse_a_changed_body() -> None:
    body = {"kind": "receipt", "results": [{"id": "a", "status": "accepted"}]}
    envelope = sign_envelope(body, HUB)
    assert open_envelope(envelope, HUB.public.sign) == body
    outer = json.loads(envelope)
    outer["body"] = outer["body"].replace("accepted", "refused")
    with pytest.raises(KnownError) as changed:
        open_envelope(json.dumps(outer).encode(), HUB.public.sign)
    assert changed.value.code is ErrorCode.SIGNATURE_INVALID
    with pytest.raises(KnownError) as garbage:
        open_envelope(b"not json", HUB.public.sign)
    assert garbage.value.code is ErrorCode.PACKET_INVALID


def test_keys_survive_their_json_form_and_fingerprints_differ() -> None:
    again = KeyPair.from_secret_json(STATION.to_secret_json())
    assert again.public == STATION.public
    assert PublicKeys.from_json(STATION.public.to_json()) == STATION.public
    assert STATION.public.fingerprint != HUB.public.fingerprint
    assert len(STATION.public.fingerprint) == 16
