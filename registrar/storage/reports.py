"""The SQL behind the supervisor's reports: registrations, backlogs and decided duplicate pairs.

Every query here returns counts, times, operator names, registration-id prefixes or
distances: never a name, a date of birth or anything else about a registered person.
Each query reads one index range or one small table (checked with EXPLAIN QUERY PLAN in
tests/integration/test_reports.py), so a dashboard stays fast at 100,000 people.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from registrar.domain.model import Decision
from registrar.settings import Settings
from registrar.storage.vault import _upsert_meta

# Records a station still has to send to the hub: complete (waiting) and queued (sent, not
# yet acknowledged). Drafts are not registrations yet; synced records are done.
UNSYNCED_STATES = ("complete", "queued")


@dataclass(frozen=True, slots=True)
class RegistrationGroup:
    """How many records one operator created on one local day under one id prefix."""

    day: dt.date
    operator: str
    prefix: str  # the part of the registration id before the first dash: site and station
    count: int


@dataclass(frozen=True, slots=True)
class BacklogCounts:
    """Waiting items: how many, the oldest one's time, and counts by age and by kind."""

    count: int
    oldest: dt.datetime | None
    # by_age[i]: items at or after cutoffs[i] (and before cutoffs[i - 1]); the last entry
    # counts the items older than every cutoff.
    by_age: tuple[int, ...]
    by_kind: tuple[tuple[str, int], ...]  # band of a case or state of a record, sorted


@dataclass(frozen=True, slots=True)
class DecidedCase:
    """A duplicate case with a current decision of same or different person."""

    score_id: str  # the score that raised the case
    distance: float  # that score's value
    decision: Decision
    distances: Mapping[str, float]  # every model's distance recorded with the case
    fused: float | None


def _ts(value: dt.datetime) -> str:
    # Stored times are aware UTC isoformat strings, so they compare as text in time order.
    return value.astimezone(dt.UTC).isoformat()


def _younger_sums(column: str, cutoffs: Sequence[dt.datetime]) -> tuple[str, list[str]]:
    """``sum(column >= ?), ...``: how many items are younger than each cutoff.

    Conditional sums instead of grouping by an age bucket: the rows then stay in index
    order and SQLite needs no temporary sort (slow under cipher_memory_security).
    """
    sums = ", ".join(f"sum({column} >= ?)" for _ in cutoffs)
    return sums, [_ts(c) for c in cutoffs]


def _backlog(rows: Sequence[Sequence[Any]], cutoffs: int) -> BacklogCounts:
    """Rows of (kind, count, oldest, younger than cutoff 0, 1, ...) into a BacklogCounts."""
    younger = [0] * cutoffs
    by_kind: list[tuple[str, int]] = []
    oldest: str | None = None
    for kind, count, first, *sums in rows:
        by_kind.append((kind, count))
        for i, n in enumerate(sums):
            younger[i] += n
        oldest = first if oldest is None or first < oldest else oldest
    total = sum(n for _, n in by_kind)
    # Cumulative "younger than" counts into counts per age bucket, youngest first.
    edges = [0, *younger, total]
    return BacklogCounts(
        count=total,
        oldest=dt.datetime.fromisoformat(oldest) if oldest else None,
        by_age=tuple(edges[i + 1] - edges[i] for i in range(cutoffs + 1)),
        by_kind=tuple(sorted(by_kind)),
    )


class ReportsRepository:
    """Read-only report queries on the caller's connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def registrations(
        self, start: dt.datetime, end: dt.datetime, utc_offset: dt.timedelta
    ) -> list[RegistrationGroup]:
        """Records created in ``[start, end)`` (drafts left out), grouped by the local day
        (UTC shifted by ``utc_offset``), the operator who created them and their id prefix.

        One pass along the created_at index, counted here: grouping in SQL would sort every
        row in a temporary b-tree, twice as slow at 25,000 rows in the range.
        """
        counts: dict[tuple[dt.date, str, str], int] = {}
        cursor = self.conn.execute(
            "SELECT created_at, created_by,"
            " substr(registration_id, 1, instr(registration_id, '-') - 1)"
            " FROM people WHERE created_at >= ? AND created_at < ? AND state != 'draft'"
            " AND sequence > 0",  # not the hub's copies of other stations' records
            (_ts(start), _ts(end)),
        )
        for created_at, operator, prefix in cursor:
            day = (dt.datetime.fromisoformat(created_at) + utc_offset).date()
            key = (day, operator, prefix)
            counts[key] = counts.get(key, 0) + 1
        return [RegistrationGroup(d, o, p, n) for (d, o, p), n in sorted(counts.items())]

    def review_backlog(self, cutoffs: Sequence[dt.datetime]) -> BacklogCounts:
        """Open duplicate cases by age of creation (``cutoffs`` newest first) and by band."""
        sums, params = _younger_sums("created_at", cutoffs)
        rows = self.conn.execute(
            f"SELECT band, count(*), min(created_at), {sums}"  # noqa: S608 (built from constants)
            " FROM duplicate_cases WHERE state = 'open' GROUP BY band",
            params,
        ).fetchall()
        return _backlog(rows, len(cutoffs))

    def sync_backlog(self, cutoffs: Sequence[dt.datetime]) -> BacklogCounts:
        """Records not yet synced, by the age of their last change and by state.

        The age runs from ``updated_at``: an edit after a sync makes the record unsynced
        again, and it is that change that waits for the hub (as ``OutboxRepository``).
        """
        sums, params = _younger_sums("updated_at", cutoffs)
        rows = self.conn.execute(
            f"SELECT state, count(*), min(updated_at), {sums}"  # noqa: S608 (built from constants)
            " FROM people WHERE state IN (?, ?) GROUP BY state",
            (*params, *UNSYNCED_STATES),
        ).fetchall()
        return _backlog(rows, len(cutoffs))

    def decided_cases(self) -> list[DecidedCase]:
        """Every case whose current decision is same or different person (not interview)."""
        rows = self.conn.execute(
            "SELECT score_id, distance, decision, evidence FROM duplicate_cases"
            " WHERE state = 'decided' AND decision IN ('same', 'different')"
            " ORDER BY score_id, distance"
        ).fetchall()
        out = []
        for score_id, distance, decision, evidence_text in rows:
            evidence = json.loads(evidence_text)
            out.append(
                DecidedCase(
                    score_id=score_id,
                    distance=float(distance),
                    decision=Decision(decision),
                    distances={str(k): float(v) for k, v in evidence.get("distances", {}).items()},
                    fused=None if evidence.get("fused") is None else float(evidence["fused"]),
                )
            )
        return out


def store_settings(conn: Any, settings: Settings) -> None:
    """Write the settings in the caller's transaction, exactly as ``Vault.save_settings`` does,
    so a change of bands and its audit entry land together (``services.reports.save_bands``)."""
    _upsert_meta(conn, "settings", settings.dumps())
