"""Key slots: wrapping, the header bound as associated data, damage detection, recovery keys."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registrar.domain import Role
from registrar.errors import ErrorCode, KnownError
from registrar.storage.keyslots import (
    MIN_MEMORY_KIB,
    KdfParams,
    KeySlot,
    SlotFile,
    SlotSet,
    calibrate_kdf,
    new_recovery_key,
    parse_recovery_key,
)

KEY = bytes(range(32))
VAULT = "vault-1"


def _slot(kdf: KdfParams, role: Role = Role.OFFICER, password: str = "a long password") -> KeySlot:
    return KeySlot.for_operator(KEY, VAULT, "omar", role, password, kdf)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(key=st.binary(min_size=32, max_size=32), password=st.text(min_size=10, max_size=40))
def test_wrap_then_unwrap_returns_the_key(fast_kdf: KdfParams, key: bytes, password: str) -> None:
    slot = KeySlot.for_operator(key, VAULT, "omar", Role.OFFICER, password, fast_kdf)
    assert slot.unwrap_with_password(password) == key
    assert slot.unwrap_with_password(password + "x") is None


def test_each_slot_gets_its_own_salt(fast_kdf: KdfParams) -> None:
    a, b = _slot(fast_kdf), _slot(fast_kdf)
    assert a.kdf["salt"] != b.kdf["salt"] and a.wrapped_key != b.wrapped_key


def test_editing_the_role_in_a_slot_breaks_it(fast_kdf: KdfParams) -> None:
    slot = _slot(fast_kdf, Role.OFFICER)
    promoted = replace(slot, role=Role.SUPERVISOR)
    assert promoted.unwrap_with_password("a long password") is None


def test_editing_kdf_parameters_breaks_the_slot(fast_kdf: KdfParams) -> None:
    slot = _slot(fast_kdf)
    weakened = replace(slot, kdf=slot.kdf | {"t": 2})
    assert weakened.unwrap_with_password("a long password") is None


def test_memory_below_64_mib_is_refused() -> None:
    with pytest.raises(KnownError) as err:
        KdfParams(time_cost=4, memory_kib=MIN_MEMORY_KIB - 1, parallelism=1)
    assert err.value.code is ErrorCode.KDF_TOO_WEAK


def test_calibration_targets_the_time_and_never_goes_below_64_mib() -> None:
    params = calibrate_kdf(target_s=0.3)
    assert params.memory_kib >= MIN_MEMORY_KIB
    start = time.perf_counter()
    params.derive("password123")
    elapsed = time.perf_counter() - start
    assert 0.1 < elapsed < 1.0


def test_slot_file_round_trip_and_backup(tmp_path: Path, fast_kdf: KdfParams) -> None:
    f = SlotFile(tmp_path / "keyslots")
    first = SlotSet(VAULT, (_slot(fast_kdf),))
    f.save(first)
    assert not f.backup_path.exists()
    second = first.with_slot(
        KeySlot.for_operator(KEY, VAULT, "lina", Role.SUPERVISOR, "another password", fast_kdf)
    )
    f.save(second)
    assert f.load() == second
    assert f.load_backup() == first


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", [0, 30, 80, -40, -2])
def test_a_flipped_byte_is_reported_as_damage_not_as_a_wrong_password(
    tmp_path: Path, fast_kdf: KdfParams, where: int
) -> None:
    f = SlotFile(tmp_path / "keyslots")
    f.save(SlotSet(VAULT, (_slot(fast_kdf),)))
    size = f.path.stat().st_size
    _flip(f.path, where % size)
    before = f.path.read_bytes()
    with pytest.raises(KnownError) as err:
        f.load()
    assert err.value.code is ErrorCode.SLOT_FILE_DAMAGED
    assert "damaged" in err.value.message and "recovery" in err.value.message
    assert f.path.read_bytes() == before  # nothing "repaired"


def test_a_damaged_file_never_overwrites_the_good_backup(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    f = SlotFile(tmp_path / "keyslots")
    good = SlotSet(VAULT, (_slot(fast_kdf),))
    f.save(good)
    f.save(good)  # now keyslots.bak holds a good copy
    _flip(f.path, 40)
    f.save(SlotSet(VAULT, ()))
    assert f.load_backup() == good
    assert list(tmp_path.glob("keyslots.damaged-*"))


def test_edited_role_with_a_recomputed_checksum_still_fails_to_unwrap(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    import hashlib

    f = SlotFile(tmp_path / "keyslots")
    f.save(SlotSet(VAULT, (_slot(fast_kdf, Role.OFFICER),)))
    _, body = f.path.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    data["slots"][0]["header"]["role"] = "supervisor"
    body = json.dumps(data).encode()
    f.path.write_bytes(
        f"registrar-keyslots v1 sha256={hashlib.sha256(body).hexdigest()}\n".encode() + body
    )
    slot = f.load().slots[0]
    assert slot.role is Role.SUPERVISOR
    assert slot.unwrap_with_password("a long password") is None


def test_recovery_key_shape_and_tolerant_parsing() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(key.lower().replace("-", " ")) == parse_recovery_key(key)


def test_recovery_key_typo_is_caught_before_any_decryption() -> None:
    key = new_recovery_key()
    i = 5
    typo = key[:i] + ("A" if key[i] != "A" else "B") + key[i + 1 :]
    with pytest.raises(KnownError) as err:
        parse_recovery_key(typo)
    assert err.value.code is ErrorCode.RECOVERY_KEY_MALFORMED
    with pytest.raises(KnownError):
        parse_recovery_key(key[:-5])


def test_recovery_slot_unwraps_with_the_key_only() -> None:
    key = new_recovery_key()
    slot = KeySlot.for_recovery(KEY, VAULT, key)
    assert slot.unwrap_with_recovery_key(key) == KEY
    assert slot.unwrap_with_recovery_key(new_recovery_key()) is None


def test_random_keys_differ() -> None:
    assert len({new_recovery_key() for _ in range(50)}) == 50
