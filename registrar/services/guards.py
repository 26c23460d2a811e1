"""Backlog guards: warn when the review queue or the unsynced records pile up, and (when a
supervisor set it) stop new registrations until the backlog is worked down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from registrar.errors import ErrorCode, KnownError
from registrar.services.review import ReviewService
from registrar.storage.vault import Vault
from registrar.sync.outbox import Outbox


class Backlog(StrEnum):
    REVIEW_SIZE = "review_size"
    REVIEW_AGE = "review_age"
    SYNC_SIZE = "sync_size"
    SYNC_AGE = "sync_age"


@dataclass(frozen=True, slots=True)
class BacklogWarning:
    """One guard passed: what, how much (cases, records or days) against which limit."""

    kind: Backlog
    value: float
    limit: float
    stops_registration: bool

    @property
    def message(self) -> str:
        """The core's English sentence; the UI words each kind itself, translated."""
        what = {
            Backlog.REVIEW_SIZE: (
                f"{int(self.value)} possible duplicates wait for review (limit "
                f"{int(self.limit)}): a supervisor should work through the review queue"
            ),
            Backlog.REVIEW_AGE: (
                f"the oldest possible duplicate has waited {self.value:.1f} days (limit "
                f"{self.limit:g}): a supervisor should review it"
            ),
            Backlog.SYNC_SIZE: (
                f"{int(self.value)} records have not reached the hub (limit "
                f"{int(self.limit)}): sync now or export them to a USB stick"
            ),
            Backlog.SYNC_AGE: (
                f"the oldest record not yet at the hub is {self.value:.1f} days old (limit "
                f"{self.limit:g}): sync now or export to a USB stick"
            ),
        }[self.kind]
        return what + (
            "; new registrations are stopped until then" if self.stops_registration else ""
        )


def _days(since: dt.datetime | None, now: dt.datetime) -> float:
    return 0.0 if since is None else max(0.0, (now - since).total_seconds() / 86400.0)


@dataclass(frozen=True, slots=True)
class BacklogFigures:
    """What is waiting: open duplicate cases and records not yet at the hub, with the oldest."""

    open_cases: int
    oldest_case: dt.datetime | None
    unsynced: int
    oldest_unsynced: dt.datetime | None


def measure(vault: Vault) -> BacklogFigures:
    review = ReviewService(vault)
    backlog = Outbox(vault).backlog()
    return BacklogFigures(
        review.open_count(), review.oldest_open(), backlog.unsynced, backlog.oldest
    )


def backlog_warnings(vault: Vault, figures: BacklogFigures | None = None) -> list[BacklogWarning]:
    """The guards the backlog passes (``figures`` when already measured)."""
    guards = vault.settings().guards
    now = vault.clock.now()
    f = figures or measure(vault)
    measured = (
        (Backlog.REVIEW_SIZE, float(f.open_cases), guards.review_max_cases),
        (Backlog.REVIEW_AGE, _days(f.oldest_case, now), guards.review_max_age_days),
        (Backlog.SYNC_SIZE, float(f.unsynced), guards.sync_max_records),
        (Backlog.SYNC_AGE, _days(f.oldest_unsynced, now), guards.sync_max_age_days),
    )
    return [
        BacklogWarning(kind, value, float(limit), guards.stop_registration)
        for kind, value, limit in measured
        if limit > 0 and value > limit
    ]


def ensure_registration_allowed(vault: Vault) -> None:
    """Raise REGISTRATION_STOPPED when a guard passed and the station stops registrations."""
    stopping = [w for w in backlog_warnings(vault) if w.stops_registration]
    if stopping:
        raise KnownError(
            ErrorCode.REGISTRATION_STOPPED,
            "; ".join(w.message for w in stopping),
            kinds=[w.kind.value for w in stopping],
        )
