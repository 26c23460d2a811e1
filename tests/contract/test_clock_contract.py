"""The fake clock behaves as the system clock does where the core relies on it."""

from __future__ import annotations

import datetime as dt

import pytest
from fakes.clock import FakeClock

from registrar.clock import Clock, SystemClock


@pytest.fixture(params=["system", "fake"])
def any_clock(request: pytest.FixtureRequest) -> Clock:
    return SystemClock() if request.param == "system" else FakeClock()


def test_now_is_aware_utc(any_clock: Clock) -> None:
    now = any_clock.now()
    assert now.tzinfo is not None and now.utcoffset() == dt.timedelta(0)


def test_monotonic_never_goes_back(any_clock: Clock) -> None:
    a = any_clock.monotonic()
    b = any_clock.monotonic()
    assert b >= a


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock()
    before = clock.now()
    clock.advance(5)
    assert clock.now() - before == dt.timedelta(seconds=5)
    with pytest.raises(ValueError):
        clock.advance(-1)
