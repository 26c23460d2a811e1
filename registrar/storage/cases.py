"""The repository of duplicate cases: the SQL for opening and listing them lives here."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from registrar.domain.model import Band, CaseSource, CaseState, Decision, DuplicateCase

_COLUMNS = (
    "id, person_a, person_b, probe_id, source, group_id, score_id, distance, band, evidence,"
    " state, decision, reason, decided_by, decided_at, created_at"
)


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
        cur = self.conn.execute(
            f"INSERT INTO duplicate_cases ({_COLUMNS})"  # noqa: S608 (constant columns)
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
