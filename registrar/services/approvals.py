"""End-of-day approval: with the setting on, a completed record waits for a supervisor.

A supervisor approves records one by one or in bulk, or refuses one with a reason; the
officer corrects it and the new version waits again. Approval is of a version: an edit
after approval needs a new approval before the record may be synced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from registrar.domain.model import RecordState
from registrar.errors import ErrorCode, KnownError
from registrar.storage import audit
from registrar.storage.approvals import Approval, ApprovalRepository, ApprovalRow
from registrar.storage.audit import AuditAction
from registrar.storage.vault import Vault

REASON_MAX_CHARS = 500


@dataclass(frozen=True, slots=True)
class ApprovalResult:
    decided: int
    skipped: tuple[str, ...]  # ids no longer waiting (changed, synced or erased meanwhile)


class ApprovalService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def required(self) -> bool:
        return self.vault.settings().review.end_of_day_approval

    def waiting(self, limit: int = 500, offset: int = 0) -> list[ApprovalRow]:
        return ApprovalRepository(self.vault.db.conn).waiting(limit, offset)

    def count_waiting(self) -> int:
        return ApprovalRepository(self.vault.db.conn).count_waiting()

    def rejected(self, limit: int = 200) -> list[ApprovalRow]:
        """Records a supervisor refused, with the reason: the officers' list to correct."""
        return ApprovalRepository(self.vault.db.conn).rejected(limit)

    def approve(self, versions: Sequence[tuple[str, int]]) -> ApprovalResult:
        """Approve (person id, version) pairs as the supervisor saw them, in one transaction."""
        return self._decide(versions, approved=True, reason="")

    def reject(self, person_id: str, version: int, reason: str) -> ApprovalResult:
        reason = reason.strip()
        if not reason:
            raise KnownError(
                ErrorCode.REASON_REQUIRED, "say why the record is refused, so it can be corrected"
            )
        if len(reason) > REASON_MAX_CHARS:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                f"the reason is longer than {REASON_MAX_CHARS} characters",
                field="reason",
            )
        return self._decide([(person_id, version)], approved=False, reason=reason)

    def _decide(
        self, versions: Sequence[tuple[str, int]], *, approved: bool, reason: str
    ) -> ApprovalResult:
        session = self.vault.session
        session.require_supervisor("approve records" if approved else "refuse records")
        now = self.vault.clock.now()
        action = AuditAction.RECORD_APPROVED if approved else AuditAction.RECORD_REJECTED
        decided, skipped = 0, []
        with self.vault.db.transaction() as conn:
            repo = ApprovalRepository(conn)
            current = repo.current_versions([p for p, _ in versions]) if versions else {}
            for person_id, version in versions:
                # A record changed since the supervisor looked at it is not approved blind.
                if current.get(person_id) != (version, RecordState.COMPLETE):
                    skipped.append(person_id)
                    continue
                repo.record(Approval(person_id, version, approved, reason, session.operator, now))
                audit.append(conn, now, session.operator, action, f"{person_id}:v{version}")
                decided += 1
        return ApprovalResult(decided, tuple(skipped))

    def of(self, person_id: str) -> list[Approval]:
        return ApprovalRepository(self.vault.db.conn).of(person_id)
