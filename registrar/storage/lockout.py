"""Failed-unlock counters per operator that survive restarts, with an escalating wait."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path

from registrar.clock import Clock
from registrar.errors import ErrorCode, KnownError
from registrar.storage.keyslots import atomic_write


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    free_attempts: int = 3
    base_delay_s: float = 30.0
    max_delay_s: float = 15 * 60.0

    def delay_after(self, failures: int) -> float:
        """Seconds to wait after ``failures`` failures in a row: 30 s after the third, doubling."""
        if failures < self.free_attempts:
            return 0.0
        doublings = min(failures - self.free_attempts, 32)
        return float(min(self.max_delay_s, self.base_delay_s * 2.0**doublings))


class LockoutStore:
    """A small plain file beside the vault (it must be readable before the vault is unlocked).

    Deleting it resets the counters, which gains an attacker nothing the key derivation does
    not already cost them: the counter protects a laptop left at a desk, Argon2id the files.
    """

    def __init__(self, path: Path, clock: Clock, policy: LockoutPolicy | None = None) -> None:
        self.path = path
        self.clock = clock
        self.policy = policy or LockoutPolicy()

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError):
            # A damaged counter file must not lock everyone out forever nor crash unlocking;
            # treat every operator as having used up the free attempts.
            return {"*": {"failures": self.policy.free_attempts, "last": None}}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, object]]) -> None:
        atomic_write(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))

    def failures(self, operator: str) -> int:
        data = self._read()
        entry = data.get(operator) or data.get("*") or {}
        value = entry.get("failures", 0)
        return value if isinstance(value, int) else 0

    def wait_seconds(self, operator: str) -> float:
        data = self._read()
        entry = data.get(operator) or data.get("*")
        if not entry:
            return 0.0
        failures = entry.get("failures", 0)
        last = entry.get("last")
        if not isinstance(failures, int) or not isinstance(last, str):
            return 0.0
        delay = self.policy.delay_after(failures)
        elapsed = (self.clock.now() - dt.datetime.fromisoformat(last)).total_seconds()
        # A clock set backwards must not stretch the wait beyond the policy's delay.
        return max(0.0, delay - max(0.0, elapsed)) if elapsed >= 0 else delay

    def check(self, operator: str) -> None:
        wait = self.wait_seconds(operator)
        if wait > 0:
            seconds = math.ceil(wait)
            raise KnownError(
                ErrorCode.UNLOCK_LOCKED_OUT,
                f"too many failed attempts for {operator}: wait {seconds} s before trying again",
                wait_s=seconds,
            )

    def record_failure(self, operator: str) -> float:
        data = self._read()
        failures = self.failures(operator) + 1
        data[operator] = {"failures": failures, "last": self.clock.now().isoformat()}
        self._write(data)
        return self.policy.delay_after(failures)

    def record_success(self, operator: str) -> None:
        data = self._read()
        if operator in data or "*" in data:
            data.pop(operator, None)
            data.pop("*", None)
            self._write(data)
