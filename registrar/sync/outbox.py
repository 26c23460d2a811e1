"""The outbox: which records may leave the laptop, oldest first.

A record is ready when it is complete and, with end-of-day approval on, a supervisor has
approved its current version (and it is not a hub copy, nor a version the hub held back).
``SyncService.prepare`` seals exactly these records, in this order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from registrar.storage.approvals import OutboxRepository
from registrar.storage.sync import SyncRepository
from registrar.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class Backlog:
    unsynced: int
    oldest: dt.datetime | None  # when the oldest unsynced record was last changed


class Outbox:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def ready(self, limit: int = 500) -> list[str]:
        """The ids of the records the next batch would take, in that order."""
        require = self.vault.settings().review.end_of_day_approval
        candidates = SyncRepository(self.vault.db.conn).candidates(
            require_approval=require, limit=limit
        )
        return [person_id for person_id, _version in candidates]

    def backlog(self) -> Backlog:
        count, oldest = OutboxRepository(self.vault.db.conn).unsynced()
        return Backlog(count, oldest)
