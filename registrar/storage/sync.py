"""The SQL of the station's side of sync: sealed batches, receipts, problems, hub copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from registrar.domain.model import RecordState
from registrar.storage.approvals import APPROVED_CURRENT_VERSION


@dataclass(frozen=True, slots=True)
class BatchRow:
    batch_id: str
    sequence: int
    created_at: dt.datetime
    record_count: int
    size: int
    sha256: str
    state: str  # waiting or done
    sent_bytes: int
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime | None
    done_at: dt.datetime | None
    counts: dict[str, int]  # receipt status -> records


@dataclass(frozen=True, slots=True)
class ProblemRow:
    person_id: str
    registration_id: str
    version: int
    problem: str
    detail: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class BatchRecord:
    person_id: str
    version: int
    sha256: str


# A batch's counts hold the hub's answers to its erasure notices beside its records'.
ERASURE_DONE = "erasure_done"  # nothing of the person is left there (erased, or never held)
ERASURE_REFUSED = "erasure_refused"
ERASURE_COUNTS = frozenset({ERASURE_DONE, ERASURE_REFUSED})


def erasure_count_key(status: str) -> str:
    """The count an erasure's status (erased, not_held, refused) adds to."""
    return ERASURE_REFUSED if status == "refused" else ERASURE_DONE


def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


_BATCH_COLUMNS = (
    "batch_id, sequence, created_at, record_count, size, sha256, state, sent_bytes, attempts,"
    " last_error, next_attempt_at, done_at"
)


class SyncRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # --- meta -------------------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # --- choosing and sealing ---------------------------------------------------------------

    def candidates(self, *, require_approval: bool, limit: int) -> list[tuple[str, int]]:
        """(person id, version) of complete records that may leave, oldest registration first;
        not hub copies, not versions with a problem."""
        gate = " AND " + APPROVED_CURRENT_VERSION if require_approval else ""
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT p.id, p.version FROM people p WHERE p.state = 'complete'"  # noqa: S608
                " AND NOT EXISTS (SELECT 1 FROM hub_copies h WHERE h.person_id = p.id)"
                " AND NOT EXISTS (SELECT 1 FROM sync_problems s WHERE s.person_id = p.id"
                " AND s.version = p.version)" + gate + " ORDER BY p.sequence LIMIT ?",
                (limit,),
            )
        ]

    def next_sequence(self) -> int:
        row = self.conn.execute("SELECT max(sequence) FROM sync_batches").fetchone()
        floor = int(self.get("sync.batch_sequence") or 0)
        return max(int(row[0] or 0), floor) + 1

    def add_batch(
        self,
        *,
        batch_id: str,
        sequence: int,
        created_at: dt.datetime,
        packet: bytes,
        sha256: str,
        records: Sequence[BatchRecord],
        erasures: Sequence[str] = (),
    ) -> None:
        self.conn.execute(
            "INSERT INTO sync_batches (batch_id, sequence, created_at, record_count, size, sha256,"
            " state) VALUES (?, ?, ?, ?, ?, ?, 'waiting')",
            (batch_id, sequence, created_at.isoformat(), len(records), len(packet), sha256),
        )
        self.conn.execute(
            "INSERT INTO sync_packets (batch_id, packet) VALUES (?, ?)", (batch_id, packet)
        )
        # Sequence numbers never go back, even when old batch rows are cleared away.
        self.put("sync.batch_sequence", str(sequence))
        self.conn.executemany(
            "INSERT INTO sync_batch_records (batch_id, person_id, version, sha256)"
            " VALUES (?, ?, ?, ?)",
            [(batch_id, r.person_id, r.version, r.sha256) for r in records],
        )
        self.conn.executemany(
            "UPDATE people SET state = 'queued' WHERE id = ? AND version = ?",
            [(r.person_id, r.version) for r in records],
        )
        self.conn.executemany(
            "UPDATE sync_erasures SET batch_id = ? WHERE person_id = ?",
            [(batch_id, person_id) for person_id in erasures],
        )

    # erasures the hub is to be told of --------------------------------------------------

    def note_erasure(self, person_id: str) -> None:
        """In the erasure's transaction: the hub is to be told, whatever this station knows
        of what reached it (a batch dropped here may have been uploaded, or be on a USB
        stick). An id is all it says; the hub answers "not held" when it had nothing."""
        self.conn.execute(
            "INSERT INTO sync_erasures (person_id) VALUES (?) ON CONFLICT (person_id) DO NOTHING",
            (person_id,),
        )

    def drop_orphan_hub_copies(self) -> int:
        """Delete other sites' records kept here only to be compared with one of ours that
        no case needs any more (ours was erased): kept for no purpose, they must go."""
        cursor = self.conn.execute(
            "DELETE FROM people WHERE id IN (SELECT h.person_id FROM hub_copies h WHERE NOT"
            " EXISTS (SELECT 1 FROM duplicate_cases c WHERE h.person_id IN"
            " (c.person_a, c.person_b)))"
        )
        return int(cursor.rowcount)

    def pending_erasures(self, limit: int) -> list[str]:
        """Erasures in no batch yet, oldest first."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT person_id FROM sync_erasures WHERE batch_id IS NULL AND status IS NULL"
                " ORDER BY rowid LIMIT ?",
                (limit,),
            )
        ]

    def batch_erasures(self, batch_id: str) -> set[str]:
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT person_id FROM sync_erasures WHERE batch_id = ?", (batch_id,)
            )
        }

    def add_problem(
        self, person_id: str, version: int, problem: str, detail: str, at: dt.datetime
    ) -> None:
        self.conn.execute(
            "INSERT INTO sync_problems (person_id, version, problem, detail, at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET"
            " version = excluded.version, problem = excluded.problem,"
            " detail = excluded.detail, at = excluded.at",
            (person_id, version, problem, detail, at.isoformat()),
        )

    def problems(self, limit: int = 500) -> list[ProblemRow]:
        return [
            ProblemRow(r[0], r[1], r[2], r[3], r[4], dt.datetime.fromisoformat(r[5]))
            for r in self.conn.execute(
                "SELECT s.person_id, p.registration_id, s.version, s.problem, s.detail, s.at"
                " FROM sync_problems s JOIN people p ON p.id = s.person_id"
                " WHERE s.version = p.version ORDER BY s.at LIMIT ?",
                (limit,),
            )
        ]

    # --- batches ----------------------------------------------------------------------------

    def _batch(self, r: Sequence[Any]) -> BatchRow:
        counts = {
            status: n
            for status, n in self.conn.execute(
                "SELECT status, count(*) FROM sync_batch_records WHERE batch_id = ?"
                " AND status IS NOT NULL GROUP BY status",
                (r[0],),
            )
        }
        # What the hub did with the erasures the batch told it of: nothing of the person
        # is left there ("erased", or it never held them) or it refused.
        for status, n in self.conn.execute(
            "SELECT status, count(*) FROM sync_erasures WHERE batch_id = ?"
            " AND status IS NOT NULL GROUP BY status",
            (r[0],),
        ):
            key = erasure_count_key(status)
            counts[key] = counts.get(key, 0) + n
        return BatchRow(
            batch_id=r[0],
            sequence=r[1],
            created_at=dt.datetime.fromisoformat(r[2]),
            record_count=r[3],
            size=r[4],
            sha256=r[5],
            state=r[6],
            sent_bytes=r[7],
            attempts=r[8],
            last_error=r[9],
            next_attempt_at=_time(r[10]),
            done_at=_time(r[11]),
            counts=counts,
        )

    def waiting(self) -> list[BatchRow]:
        rows = self.conn.execute(
            f"SELECT {_BATCH_COLUMNS} FROM sync_batches WHERE state = 'waiting'"  # noqa: S608
            " ORDER BY sequence"
        ).fetchall()
        return [self._batch(r) for r in rows]

    def recent(self, limit: int = 50) -> list[BatchRow]:
        rows = self.conn.execute(
            f"SELECT {_BATCH_COLUMNS} FROM sync_batches"  # noqa: S608
            " ORDER BY sequence DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [self._batch(r) for r in rows]

    def batch(self, batch_id: str) -> BatchRow | None:
        row = self.conn.execute(
            f"SELECT {_BATCH_COLUMNS} FROM sync_batches WHERE batch_id = ?",  # noqa: S608
            (batch_id,),
        ).fetchone()
        return self._batch(row) if row else None

    def packet(self, batch_id: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT packet FROM sync_packets WHERE batch_id = ?", (batch_id,)
        ).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def batch_records(self, batch_id: str) -> list[BatchRecord]:
        return [
            BatchRecord(r[0], r[1], r[2])
            for r in self.conn.execute(
                "SELECT person_id, version, sha256 FROM sync_batch_records WHERE batch_id = ?",
                (batch_id,),
            )
        ]

    def note_progress(self, batch_id: str, sent_bytes: int) -> None:
        self.conn.execute(
            "UPDATE sync_batches SET sent_bytes = ? WHERE batch_id = ?", (sent_bytes, batch_id)
        )

    def note_failure(
        self, batch_id: str, error_code: str, next_attempt_at: dt.datetime | None
    ) -> None:
        self.conn.execute(
            "UPDATE sync_batches SET attempts = attempts + 1, last_error = ?,"
            " next_attempt_at = ? WHERE batch_id = ?",
            (error_code, next_attempt_at.isoformat() if next_attempt_at else None, batch_id),
        )

    def retry_waiting_now(self) -> None:
        """Waiting batches are tried at the next sync, background or not (their attempts
        and last error stay for the record)."""
        self.conn.execute("UPDATE sync_batches SET next_attempt_at = NULL WHERE state = 'waiting'")

    def finish(
        self,
        batch_id: str,
        receipt: str,
        done_at: dt.datetime,
        results: Sequence[tuple[str, int, str, str | None]],
        erasures: Sequence[tuple[str, str, str | None]] = (),
    ) -> None:
        """Store the receipt, each record's status and each erasure's; drop the sealed
        packet."""
        # The packet is sealed to the hub: its AES key is wrapped to the hub's key and was
        # never kept here, so its freed pages hold nothing this laptop could read. Zeroing
        # 8 MB on every receipt (secure_delete) would buy nothing; everything else still is.
        self.conn.execute("PRAGMA secure_delete = OFF")
        try:
            self.conn.execute("DELETE FROM sync_packets WHERE batch_id = ?", (batch_id,))
        finally:
            self.conn.execute("PRAGMA secure_delete = ON")
        self.conn.execute(
            "UPDATE sync_batches SET state = 'done', receipt = ?, done_at = ?,"
            " last_error = NULL, next_attempt_at = NULL, sent_bytes = size WHERE batch_id = ?",
            (receipt, done_at.isoformat(), batch_id),
        )
        self.conn.executemany(
            "UPDATE sync_batch_records SET status = ?, reason = ?"
            " WHERE batch_id = ? AND person_id = ? AND version = ?",
            [(status, reason, batch_id, pid, version) for pid, version, status, reason in results],
        )
        self.conn.executemany(
            "UPDATE sync_erasures SET status = ?, reason = ? WHERE batch_id = ? AND person_id = ?",
            [(status, reason, batch_id, pid) for pid, status, reason in erasures],
        )
        # A notice the receipt does not answer goes with the next batch.
        self.conn.execute(
            "UPDATE sync_erasures SET batch_id = NULL WHERE batch_id = ? AND status IS NULL",
            (batch_id,),
        )

    def set_states_if_version(
        self, records: Sequence[tuple[str, int]], state: RecordState, *, only_from: RecordState
    ) -> None:
        """Move each (person id, version) to ``state`` if that version is still the current
        one and in ``only_from`` (a record edited meanwhile keeps its newer state)."""
        self.conn.executemany(
            "UPDATE people SET state = ? WHERE id = ? AND version = ? AND state = ?",
            [(state.value, pid, version, only_from.value) for pid, version in records],
        )

    def drop_waiting_batches_of(self, person_id: str) -> int:
        """Before an erasure: drop unsent batches holding the person (their packets hold the
        person's data) and put their other records back in the outbox."""
        batch_ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT b.batch_id FROM sync_batches b JOIN sync_batch_records r"
                " ON r.batch_id = b.batch_id WHERE b.state = 'waiting' AND r.person_id = ?",
                (person_id,),
            )
        ]
        for batch_id in batch_ids:
            self.abandon(batch_id)
        return len(batch_ids)

    def abandon(self, batch_id: str) -> None:
        """Forget an unsent batch; its records wait for the next one (sealed afresh)."""
        self.conn.execute(
            "UPDATE people SET state = 'complete' WHERE state = 'queued' AND id IN"
            " (SELECT person_id FROM sync_batch_records WHERE batch_id = ? AND version ="
            " people.version)",
            (batch_id,),
        )
        self.conn.execute(
            "DELETE FROM sync_batches WHERE batch_id = ? AND state = 'waiting'", (batch_id,)
        )

    def acknowledged_before(self, cutoff: dt.datetime, limit: int) -> list[str]:
        """Synced records whose latest receipt is older than ``cutoff`` and that no open case
        needs: they may leave the laptop."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT p.id FROM people p WHERE p.state = 'synced'"
                " AND NOT EXISTS (SELECT 1 FROM hub_copies h WHERE h.person_id = p.id)"
                " AND NOT EXISTS (SELECT 1 FROM duplicate_cases c WHERE c.state = 'open'"
                " AND (c.person_a = p.id OR c.person_b = p.id))"
                " AND (SELECT max(b.done_at) FROM sync_batch_records r JOIN sync_batches b"
                " ON b.batch_id = r.batch_id WHERE r.person_id = p.id AND r.version = p.version"
                " AND r.status IN ('accepted', 'duplicate')) < ? LIMIT ?",
                (cutoff.isoformat(), limit),
            )
        ]

    # --- what the hub sent back -------------------------------------------------------------

    def add_hub_copy(self, person_id: str, site_code: str, station_name: str, at: str) -> None:
        self.conn.execute(
            "INSERT INTO hub_copies (person_id, site_code, station_name, received_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO NOTHING",
            (person_id, site_code, station_name, at),
        )

    def is_hub_copy(self, person_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM hub_copies WHERE person_id = ?", (person_id,))
        return row.fetchone() is not None

    def hub_copy_site(self, person_id: str) -> tuple[str, str] | None:
        row = self.conn.execute(
            "SELECT site_code, station_name FROM hub_copies WHERE person_id = ?", (person_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def next_hub_sequence(self) -> int:
        """Hub copies take negative sequence numbers: they are not this station's."""
        row = self.conn.execute("SELECT min(sequence) FROM people").fetchone()
        return min(int(row[0] or 0), 0) - 1

    def finding_case(self, finding_id: str) -> tuple[bool, str | None]:
        row = self.conn.execute(
            "SELECT case_id FROM hub_findings WHERE finding_id = ?", (finding_id,)
        ).fetchone()
        return (row is not None, row[0] if row else None)

    def add_finding(self, finding_id: str, case_id: str | None, seq: int, at: str) -> None:
        self.conn.execute(
            "INSERT INTO hub_findings (finding_id, case_id, seq, received_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (finding_id) DO NOTHING",
            (finding_id, case_id, seq, at),
        )

    def counts(self) -> dict[str, int]:
        row = self.conn.execute(
            "SELECT (SELECT count(*) FROM sync_batches WHERE state = 'waiting'),"
            " (SELECT count(*) FROM people WHERE state = 'synced' AND NOT EXISTS"
            "  (SELECT 1 FROM hub_copies h WHERE h.person_id = people.id)),"
            " (SELECT count(*) FROM sync_problems s JOIN people p ON p.id = s.person_id"
            "  AND p.version = s.version),"
            " (SELECT count(*) FROM hub_findings),"
            " (SELECT count(*) FROM sync_erasures WHERE status IS NULL)"
        ).fetchone()
        return {
            "waiting_batches": int(row[0]),
            "acknowledged": int(row[1]),
            "problems": int(row[2]),
            "findings": int(row[3]),
            "erasures_waiting": int(row[4]),
        }
