"""Failed-unlock counters: escalating waits that survive a restart and a clock set backwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fakes.clock import FakeClock

from registrar.errors import ErrorCode, KnownError
from registrar.storage.lockout import LockoutPolicy, LockoutStore


def test_policy_escalates_after_three_failures() -> None:
    policy = LockoutPolicy()
    assert [policy.delay_after(n) for n in range(1, 7)] == [0, 0, 30, 60, 120, 240]
    assert policy.delay_after(50) == policy.max_delay_s


def test_wait_is_enforced_counted_down_and_reset_by_success(tmp_path: Path) -> None:
    clock = FakeClock()
    store = LockoutStore(tmp_path / "lockout.json", clock)
    for _ in range(3):
        store.record_failure("omar")
    with pytest.raises(KnownError) as err:
        store.check("omar")
    assert err.value.code is ErrorCode.UNLOCK_LOCKED_OUT and err.value.details["wait_s"] == 30
    store.check("lina")  # other operators are not affected
    clock.advance(20)
    with pytest.raises(KnownError) as err:
        store.check("omar")
    assert err.value.details["wait_s"] == 10
    clock.advance(10)
    store.check("omar")
    store.record_success("omar")
    assert store.failures("omar") == 0


def test_counter_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    for _ in range(4):
        LockoutStore(tmp_path / "lockout.json", clock).record_failure("omar")
    restarted = LockoutStore(tmp_path / "lockout.json", clock)
    assert restarted.failures("omar") == 4
    assert restarted.wait_seconds("omar") == 60


def test_clock_set_backwards_does_not_stretch_the_wait(tmp_path: Path) -> None:
    clock = FakeClock()
    store = LockoutStore(tmp_path / "lockout.json", clock)
    for _ in range(3):
        store.record_failure("omar")
    clock.set(clock.now() - dt.timedelta(days=365))
    assert store.wait_seconds("omar") == 30


def test_damaged_counter_file_means_waiting_not_crashing(tmp_path: Path) -> None:
    path = tmp_path / "lockout.json"
    path.write_text("{not json")
    store = LockoutStore(path, FakeClock())
    assert store.failures("omar") == 3
