"""The SQL of end-of-day approvals and of the outbox's choice of what may leave the laptop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from registrar.domain.model import RecordState

# A record's current version is approved when an approval row says so for that version.
APPROVED_CURRENT_VERSION = (
    "EXISTS (SELECT 1 FROM approvals a WHERE a.person_id = p.id AND a.version = p.version"
    " AND a.approved = 1)"
)
_DECIDED = "EXISTS (SELECT 1 FROM approvals a WHERE a.person_id = p.id AND a.version = p.version)"


@dataclass(frozen=True, slots=True)
class ApprovalRow:
    """A record waiting for (or refused) approval: enough for a list, no photos."""

    person_id: str
    registration_id: str
    version: int
    given_name: str
    family_name: str
    created_by: str
    updated_at: dt.datetime
    rejected_reason: str | None = None
    rejected_by: str | None = None


@dataclass(frozen=True, slots=True)
class Approval:
    person_id: str
    version: int
    approved: bool
    reason: str
    decided_by: str
    decided_at: dt.datetime


class ApprovalRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def waiting(self, limit: int, offset: int = 0) -> list[ApprovalRow]:
        """Complete records whose current version has no approval decision, oldest first."""
        return [
            ApprovalRow(r[0], r[1], r[2], r[3], r[4], r[5], dt.datetime.fromisoformat(r[6]))
            for r in self.conn.execute(
                "SELECT p.id, p.registration_id, p.version, p.given_name, p.family_name,"  # noqa: S608
                " p.created_by, p.updated_at FROM people p"
                " WHERE p.state = 'complete' AND NOT " + _DECIDED + ""
                " ORDER BY p.updated_at, p.id LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]

    def count_waiting(self) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM people p WHERE p.state = 'complete' AND NOT " + _DECIDED  # noqa: S608
        ).fetchone()
        return int(row[0])

    def rejected(self, limit: int) -> list[ApprovalRow]:
        """Records whose current version a supervisor refused, with the reason."""
        return [
            ApprovalRow(
                r[0], r[1], r[2], r[3], r[4], r[5], dt.datetime.fromisoformat(r[6]), r[7], r[8]
            )
            for r in self.conn.execute(
                "SELECT p.id, p.registration_id, p.version, p.given_name, p.family_name,"
                " p.created_by, p.updated_at, a.reason, a.decided_by FROM people p"
                " JOIN approvals a ON a.person_id = p.id AND a.version = p.version"
                " WHERE a.approved = 0 ORDER BY a.decided_at DESC LIMIT ?",
                (limit,),
            )
        ]

    def current_versions(self, person_ids: Sequence[str]) -> dict[str, tuple[int, RecordState]]:
        marks = ",".join("?" * len(person_ids))
        return {
            r[0]: (r[1], RecordState(r[2]))
            for r in self.conn.execute(
                f"SELECT id, version, state FROM people WHERE id IN ({marks})",  # noqa: S608
                tuple(person_ids),
            )
        }

    def record(self, approval: Approval) -> None:
        """Store a decision on one version; deciding the same version again replaces it (the
        audit log keeps both)."""
        self.conn.execute(
            "INSERT INTO approvals (person_id, version, approved, reason, decided_by, decided_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, version) DO UPDATE SET"
            " approved = excluded.approved, reason = excluded.reason,"
            " decided_by = excluded.decided_by, decided_at = excluded.decided_at",
            (
                approval.person_id,
                approval.version,
                int(approval.approved),
                approval.reason,
                approval.decided_by,
                approval.decided_at.isoformat(),
            ),
        )

    def of(self, person_id: str) -> list[Approval]:
        return [
            Approval(r[0], r[1], bool(r[2]), r[3], r[4], dt.datetime.fromisoformat(r[5]))
            for r in self.conn.execute(
                "SELECT person_id, version, approved, reason, decided_by, decided_at"
                " FROM approvals WHERE person_id = ? ORDER BY version",
                (person_id,),
            )
        ]


class OutboxRepository:
    """How much waits for the hub (what may leave: ``SyncRepository.candidates``)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def unsynced(self) -> tuple[int, dt.datetime | None]:
        """How many records have not reached the hub, and when the oldest was last changed."""
        row = self.conn.execute(
            "SELECT count(*), min(updated_at) FROM people WHERE state IN ('complete', 'queued')"
        ).fetchone()
        return int(row[0]), dt.datetime.fromisoformat(row[1]) if row[1] else None
