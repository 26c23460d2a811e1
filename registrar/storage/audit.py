"""The append-only audit log: a hash chain of who did what to which record, no personal data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from registrar.domain.model import AuditEntry

GENESIS_HASH = "0" * 64
_HEAD_KEY = "audit_head"


class AuditAction(StrEnum):
    VAULT_CREATED = "vault.created"
    UNLOCKED = "session.unlocked"
    RECOVERY_UNLOCKED = "session.recovery_unlocked"
    OPERATOR_ADDED = "operator.added"
    OPERATOR_REMOVED = "operator.removed"
    PASSWORD_CHANGED = "operator.password_changed"  # noqa: S105 (an action code)
    PERSON_CREATED = "person.created"
    PERSON_UPDATED = "person.updated"
    PERSON_STATE = "person.state_changed"
    PERSON_ERASED = "person.erased"
    EXPORTED = "data.exported"
    FACE_ENROLLED = "face.enrolled"
    CASE_OPENED = "case.opened"
    REEMBEDDED = "face.reembedded"
    DEDUP_RUN = "dedup.run"
    IMPORTED = "data.imported"
    SETTINGS_CHANGED = "settings.changed"
    OPERATOR_ENABLED = "operator.enabled"
    OPERATOR_ROLE_CHANGED = "operator.role_changed"
    PASSWORD_RESET = "operator.password_reset"  # noqa: S105 (an action code)
    REAUTHENTICATED = "session.reauthenticated"
    CASE_DECIDED_SAME = "case.decided.same"
    CASE_DECIDED_DIFFERENT = "case.decided.different"
    CASE_DECIDED_INTERVIEW = "case.decided.interview"
    RECORD_APPROVED = "person.approved"
    RECORD_REJECTED = "person.rejected"
    PERSON_EXPORTED = "person.exported"
    BANDS_CHANGED = "settings.bands_changed"
    SYNC_ENROLLED = "sync.enrolled"
    SYNC_HUB_MOVED = "sync.hub_moved"  # a supervisor gave the hub's new address
    SYNC_BATCH_SEALED = "sync.batch_sealed"  # record_ref: the batch id
    SYNC_ACKNOWLEDGED = "sync.acknowledged"  # record_ref: the batch id
    SYNC_EXPORTED = "sync.exported"
    SYNC_FINDINGS = "sync.findings_received"
    SYNC_RESEND = "sync.resend"  # record_ref: "pid:vN", a supervisor sends a new version
    SYNC_COPY_ERASED = "sync.copy_erased"  # record_ref: another site's record, erased there
    SYNC_PURGED = "sync.purged"  # record_ref: the person id, removed after the receipt


def entry_hash(
    prev_hash: str, seq: int, at: str, operator: str, action: str, record_ref: str | None
) -> str:
    payload = json.dumps([prev_hash, seq, at, operator, action, record_ref], separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Any, at: dt.datetime, operator: str, action: AuditAction, record_ref: str | None = None
) -> AuditEntry:
    """Append an entry in the caller's transaction, so the entry and the change land together."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    stamp = at.isoformat()
    digest = entry_hash(prev, seq, stamp, operator, action.value, record_ref)
    conn.execute(
        "INSERT INTO audit_log (seq, at, operator, action, record_ref, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, stamp, operator, action.value, record_ref, prev, digest),
    )
    # The head is kept apart from the chain so that cutting entries off the end shows too.
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_HEAD_KEY, f"{seq}:{digest}"),
    )
    return AuditEntry(seq, at, operator, action.value, record_ref, prev, digest)


@dataclass(frozen=True, slots=True)
class AuditReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: Any) -> AuditReport:
    """Walk the chain: finds an edited, deleted, inserted or reordered entry and a cut-off tail."""
    problems: list[str] = []
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for seq, at, operator, action, ref, prev_hash, digest in conn.execute(
        "SELECT seq, at, operator, action, record_ref, prev_hash, hash FROM audit_log ORDER BY seq"
    ):
        count += 1
        if seq != expected_seq:
            problems.append(f"entry {seq}: expected entry {expected_seq} (entries missing)")
        if prev_hash != prev:
            problems.append(f"entry {seq}: does not follow the entry before it")
        if entry_hash(prev_hash, seq, at, operator, action, ref) != digest:
            problems.append(f"entry {seq}: content was changed")
        prev = digest
        expected_seq = seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
    if head is None and count:
        problems.append("the chain's head record is missing")
    elif head is not None and head[0] != f"{expected_seq - 1}:{prev}":
        problems.append(
            f"the chain ends at entry {expected_seq - 1} but its head says "
            f"{head[0].split(':')[0]} (entries cut off or replaced)"
        )
    return AuditReport(count, tuple(problems))


def entries(conn: Any, limit: int = 100) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, operator, action, record_ref, prev_hash, hash FROM audit_log"
        " ORDER BY seq DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        AuditEntry(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6])
        for r in rows
    ]
