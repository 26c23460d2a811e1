"""The outbox: which records may leave the laptop, oldest first.

A record is ready when it is complete and, with end-of-day approval on, a supervisor has
approved its current version. Sending (issue [5/6]) takes records from here only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from registrar.storage.approvals import OutboxRepository
from registrar.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class Backlog:
    unsynced: int
    oldest: dt.datetime | None  # when the oldest unsynced record was last changed


class Outbox:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def ready(self, limit: int = 500) -> list[str]:
        require = self.vault.settings().review.end_of_day_approval
        return OutboxRepository(self.vault.db.conn).ready(require_approval=require, limit=limit)

    def backlog(self) -> Backlog:
        count, oldest = OutboxRepository(self.vault.db.conn).unsynced()
        return Backlog(count, oldest)
