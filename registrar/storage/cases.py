"""The repository of duplicate cases: the SQL for opening and listing them lives here."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from registrar.domain.model import Band, CaseSource, CaseState, Decision, DuplicateCase

_COLUMNS = (
    "id, person_a, person_b, probe_id, source, group_id, score_id, distance, band, evidence,"
    " state, decision, reason, decided_by, decided_at, created_at"
)


def site_of(registration_id: str) -> str:
    """A registration id's site code: the letters before the two-digit station number."""
    head = registration_id.split("-", 1)[0]
    return head[:-2]


def _from_row(r: Sequence[Any]) -> DuplicateCase:
    evidence = json.loads(r[9])
    return DuplicateCase(
        id=r[0],
        person_a=r[1],
        person_b=r[2],
        probe_id=r[3],
        source=CaseSource(r[4]),
        group_id=r[5],
        score_id=r[6],
        distance=r[7],
        band=Band(r[8]),
        distances=evidence.get("distances", {}),
        fused=evidence.get("fused"),
        state=CaseState(r[10]),
        decision=Decision(r[11]) if r[11] else None,
        reason=r[12],
        decided_by=r[13],
        decided_at=dt.datetime.fromisoformat(r[14]) if r[14] else None,
        created_at=dt.datetime.fromisoformat(r[15]),
    )


class CaseRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def open_case(self, case: DuplicateCase) -> bool:
        """Insert a case unless the pair already has one; returns whether it was new."""
        a, b = sorted((case.person_a, case.person_b))
        evidence = json.dumps(
            {"distances": dict(case.distances), "fused": case.fused}, sort_keys=True
        )
        anchor = self.conn.execute(
            "SELECT registration_id, created_by FROM people WHERE id = ?",
            (case.probe_id or a,),
        ).fetchone()
        site = site_of(anchor[0]) if anchor else ""
        operator = anchor[1] if anchor else ""
        cur = self.conn.execute(
            f"INSERT INTO duplicate_cases ({_COLUMNS}, anchor_site, anchor_operator)"  # noqa: S608
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (person_a, person_b) DO NOTHING",
            (
                case.id,
                a,
                b,
                case.probe_id,
                case.source.value,
                case.group_id,
                case.score_id,
                case.distance,
                case.band.value,
                evidence,
                case.state.value,
                case.decision.value if case.decision else None,
                case.reason,
                case.decided_by,
                case.decided_at.isoformat() if case.decided_at else None,
                case.created_at.isoformat(),
                site,
                operator,
            ),
        )
        return bool(cur.rowcount)

    def get(self, case_id: str) -> DuplicateCase | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM duplicate_cases WHERE id = ?",  # noqa: S608
            (case_id,),
        ).fetchone()
        return _from_row(row) if row else None

    def for_person(self, person_id: str) -> list[DuplicateCase]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM duplicate_cases"  # noqa: S608 (constant columns)
            " WHERE person_a = ? OR person_b = ? ORDER BY distance",
            (person_id, person_id),
        ).fetchall()
        return [_from_row(r) for r in rows]

    def open_cases(self, limit: int = 200) -> list[DuplicateCase]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM duplicate_cases WHERE state = 'open'"  # noqa: S608
            " ORDER BY CASE band WHEN 'strong' THEN 0 WHEN 'possible' THEN 1 ELSE 2 END,"
            " distance, created_at LIMIT ?",
            (limit,),
        ).fetchall()
        return [_from_row(r) for r in rows]

    def count_open(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM duplicate_cases WHERE state = 'open'")
        return int(row.fetchone()[0])

    def existing_pairs(self) -> set[tuple[str, str]]:
        return {
            (r[0], r[1])
            for r in self.conn.execute("SELECT person_a, person_b FROM duplicate_cases")
        }


# --- the review queue, decisions and identities ------------------------------------------------

_BAND_RANK = "CASE c.band WHEN 'strong' THEN 0 WHEN 'possible' THEN 1 ELSE 2 END"
# The record a group is shown under: the record whose search raised it, else the pair's first.
_ANCHOR = "coalesce(c.probe_id, c.person_a)"


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """Which groups the queue shows. ``status``: open, interview (decided "needs interview")
    or decided (any other decision). Dates filter on when the case was raised (UTC, inclusive)."""

    status: str = "open"
    site: str | None = None
    operator: str | None = None
    band: Band | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class QueueRow:
    group_id: str
    anchor_id: str
    registration_id: str
    given_name: str
    family_name: str
    created_by: str
    band: Band
    distance: float
    cases: int
    raised_at: dt.datetime
    source: CaseSource
    households_differ: bool
    hub_site: str = ""  # for a case the hub found: the other record's site


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    """One decision on a case, as the supervisor took it; revisions add entries."""

    seq: int
    case_id: str
    decision: Decision
    reason_code: str
    note: str
    primary_id: str | None
    decided_by: str
    decided_at: dt.datetime


def _queue_where(query: QueueQuery) -> tuple[str, list[Any]]:
    clauses, args = [], []
    if query.status == "open":
        clauses.append("c.state = 'open'")
    elif query.status == "interview":
        clauses.append("c.state = 'decided' AND c.decision = 'interview'")
    elif query.status == "decided":
        clauses.append("c.state = 'decided' AND c.decision IN ('same', 'different')")
    else:
        raise ValueError(f"unknown queue status {query.status!r}")
    if query.site:
        clauses.append("c.anchor_site = ?")
        args.append(query.site)
    if query.operator:
        clauses.append("c.anchor_operator = ?")
        args.append(query.operator)
    if query.band is not None:
        clauses.append("c.band = ?")
        args.append(query.band.value)
    if query.since is not None:
        clauses.append("c.created_at >= ?")
        args.append(query.since.isoformat())
    if query.until is not None:
        clauses.append("c.created_at < ?")
        args.append((query.until + dt.timedelta(days=1)).isoformat())
    return " AND ".join(clauses), args


class ReviewRepository:
    """The SQL behind the supervisor's workbench, inside the caller's connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # the queue ------------------------------------------------------------------------------

    def queue(self, query: QueueQuery, limit: int, offset: int = 0) -> list[QueueRow]:
        """One row per group (a new record and its candidates), most urgent first: strong
        before possible, then closer distance, then older.

        The groups are ranked from the cases table alone (an index on state and group); the
        people behind the page's rows are read afterwards, for those rows only.
        """
        where, args = _queue_where(query)
        groups = self.conn.execute(
            "SELECT c.group_id, min(" + _ANCHOR + "), min(" + _BAND_RANK + ") AS band_rank,"  # noqa: S608 (constant fragments, values bound)
            " min(c.distance) AS distance, count(*), min(c.created_at) AS raised_at,"
            " min(c.source) FROM duplicate_cases c WHERE " + where + ""
            " GROUP BY c.group_id ORDER BY band_rank, distance, raised_at, c.group_id"
            " LIMIT ? OFFSET ?",
            (*args, limit, offset),
        ).fetchall()
        if not groups:
            return []
        anchors = self._anchors([g[1] for g in groups])
        split = self._households_split([g[0] for g in groups])
        hub_sites = self._hub_sites([g[0] for g in groups if g[6] == CaseSource.HUB.value])
        bands = (Band.STRONG, Band.POSSIBLE, Band.NONE)
        rows = []
        for group_id, anchor_id, band_rank, distance, cases, raised_at, source in groups:
            registration_id, given, family, created_by = anchors.get(anchor_id, ("", "", "", ""))
            rows.append(
                QueueRow(
                    group_id=group_id,
                    anchor_id=anchor_id,
                    registration_id=registration_id,
                    given_name=given,
                    family_name=family,
                    created_by=created_by,
                    band=bands[band_rank],
                    distance=distance,
                    cases=cases,
                    raised_at=dt.datetime.fromisoformat(raised_at),
                    source=CaseSource(source),
                    households_differ=group_id in split,
                    hub_site=hub_sites.get(group_id, ""),
                )
            )
        return rows

    def _hub_sites(self, group_ids: Sequence[str]) -> dict[str, str]:
        if not group_ids:
            return {}
        marks = ",".join("?" * len(group_ids))
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT c.group_id, min(h.site_code) FROM duplicate_cases c JOIN hub_copies h"  # noqa: S608
                " ON h.person_id IN (c.person_a, c.person_b)"
                f" WHERE c.group_id IN ({marks}) GROUP BY c.group_id",
                tuple(group_ids),
            )
        }

    def _anchors(self, person_ids: Sequence[str]) -> dict[str, tuple[str, str, str, str]]:
        marks = ",".join("?" * len(person_ids))
        return {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in self.conn.execute(
                "SELECT id, registration_id, given_name, family_name, created_by"  # noqa: S608
                f" FROM people WHERE id IN ({marks})",
                tuple(person_ids),
            )
        }

    def _households_split(self, group_ids: Sequence[str]) -> set[str]:
        """The groups with a case between records of two different households."""
        marks = ",".join("?" * len(group_ids))
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT c.group_id FROM duplicate_cases c"  # noqa: S608
                " JOIN people pa ON pa.id = c.person_a JOIN people pb ON pb.id = c.person_b"
                f" WHERE c.group_id IN ({marks}) AND pa.household_id IS NOT NULL"
                " AND pb.household_id IS NOT NULL AND pa.household_id != pb.household_id",
                tuple(group_ids),
            )
        }

    def queue_size(self, query: QueueQuery) -> int:
        where, args = _queue_where(query)
        row = self.conn.execute(
            "SELECT count(DISTINCT c.group_id) FROM duplicate_cases c WHERE " + where,  # noqa: S608
            args,
        ).fetchone()
        return int(row[0])

    def oldest_open(self) -> dt.datetime | None:
        row = self.conn.execute(
            "SELECT min(created_at) FROM duplicate_cases WHERE state = 'open'"
        ).fetchone()
        return dt.datetime.fromisoformat(row[0]) if row and row[0] else None

    def queue_sites_and_operators(self) -> tuple[list[str], list[str]]:
        """The sites and operators of the records with a case, for the queue's filters."""
        rows = self.conn.execute(
            "SELECT DISTINCT anchor_site, anchor_operator FROM duplicate_cases"
        ).fetchall()
        return sorted({r[0] for r in rows}), sorted({r[1] for r in rows})

    def group_cases(self, group_id: str) -> list[DuplicateCase]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM duplicate_cases WHERE group_id = ?"  # noqa: S608
            " ORDER BY CASE band WHEN 'strong' THEN 0 WHEN 'possible' THEN 1 ELSE 2 END,"
            " distance, id",
            (group_id,),
        ).fetchall()
        return [_from_row(r) for r in rows]

    # decisions ------------------------------------------------------------------------------

    def record_decision(self, entry: DecisionEntry) -> int:
        """Append the decision to the case's history and make it the case's current one."""
        cur = self.conn.execute(
            "INSERT INTO case_decisions (case_id, decision, reason_code, note, primary_id,"
            " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.case_id,
                entry.decision.value,
                entry.reason_code,
                entry.note,
                entry.primary_id,
                entry.decided_by,
                entry.decided_at.isoformat(),
            ),
        )
        self.conn.execute(
            "UPDATE duplicate_cases SET state = 'decided', decision = ?, reason = ?,"
            " decided_by = ?, decided_at = ? WHERE id = ?",
            (
                entry.decision.value,
                entry.reason_code,
                entry.decided_by,
                entry.decided_at.isoformat(),
                entry.case_id,
            ),
        )
        return int(cur.lastrowid)

    def decisions(self, case_id: str) -> list[DecisionEntry]:
        return [
            DecisionEntry(
                r[0], r[1], Decision(r[2]), r[3], r[4], r[5], r[6], dt.datetime.fromisoformat(r[7])
            )
            for r in self.conn.execute(
                "SELECT seq, case_id, decision, reason_code, note, primary_id, decided_by,"
                " decided_at FROM case_decisions WHERE case_id = ? ORDER BY seq",
                (case_id,),
            )
        ]

    # identities -----------------------------------------------------------------------------

    def same_person_neighbours(self, person_id: str) -> list[tuple[str, int]]:
        """The people a current "same person" decision links to ``person_id``, each with the
        sequence number of that latest decision."""
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT CASE WHEN c.person_a = ? THEN c.person_b ELSE c.person_a END,"
                " (SELECT max(seq) FROM case_decisions d WHERE d.case_id = c.id)"
                " FROM duplicate_cases c WHERE (c.person_a = ? OR c.person_b = ?)"
                " AND c.state = 'decided' AND c.decision = 'same'",
                (person_id, person_id, person_id),
            )
        ]

    def primary_choice(self, seq: int) -> str | None:
        row = self.conn.execute(
            "SELECT primary_id FROM case_decisions WHERE seq = ?", (seq,)
        ).fetchone()
        return row[0] if row else None

    def identity_rows(self, person_ids: Sequence[str]) -> dict[str, tuple[str, bool]]:
        marks = ",".join("?" * len(person_ids))
        return {
            r[0]: (r[1], bool(r[2]))
            for r in self.conn.execute(
                f"SELECT person_id, identity_id, is_primary FROM identity_links"  # noqa: S608
                f" WHERE person_id IN ({marks})",
                tuple(person_ids),
            )
        }

    def identity_members(self, identity_id: str) -> list[tuple[str, bool]]:
        return [
            (r[0], bool(r[1]))
            for r in self.conn.execute(
                "SELECT person_id, is_primary FROM identity_links WHERE identity_id = ?"
                " ORDER BY is_primary DESC, person_id",
                (identity_id,),
            )
        ]

    def set_identity(self, members: Sequence[str], identity_id: str, primary: str) -> None:
        for person_id in members:
            self.conn.execute(
                "INSERT INTO identity_links (person_id, identity_id, is_primary) VALUES (?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET identity_id = excluded.identity_id,"
                " is_primary = excluded.is_primary",
                (person_id, identity_id, int(person_id == primary)),
            )

    def unlink(self, person_id: str) -> None:
        self.conn.execute("DELETE FROM identity_links WHERE person_id = ?", (person_id,))

    def registration_order(self, person_ids: Sequence[str]) -> dict[str, int]:
        """Each person's registration sequence: lower was registered earlier here."""
        marks = ",".join("?" * len(person_ids))
        return dict(
            self.conn.execute(
                f"SELECT id, sequence FROM people WHERE id IN ({marks})",  # noqa: S608
                tuple(person_ids),
            ).fetchall()
        )
