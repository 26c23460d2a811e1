"""The supervisor's reports on a real vault: the dashboard's figures, its CSV, calibration from
decided cases, the audited change of bands, and query plans that stay on their indexes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, make_details, registration_consent
from fakes.clock import FakeClock

from registrar.biometrics.calibration import SuggestionStatus, calibrate
from registrar.domain.model import (
    Band,
    CaseSource,
    CaseState,
    Decision,
    DuplicateCase,
    Person,
    PersonRecord,
    RecordState,
)
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import PeopleService
from registrar.services.reports import (
    AGE_CUTOFFS,
    DayCount,
    NamedCount,
    calibration_report,
    csv_text,
    dashboard,
    save_bands,
    write_csv,
)
from registrar.settings import (
    DLIB_MODEL_ID,
    FUSED_SCORE_ID,
    SFACE_MODEL_ID,
    BandEdges,
    GuardSettings,
    Settings,
)
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.cases import CaseRepository
from registrar.storage.people import PeopleRepository
from registrar.storage.reports import ReportsRepository
from registrar.storage.vault import Vault

UTC = dt.UTC
DAY = dt.timedelta(days=1)


def at(day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A time in March 2026 (day 0 = 28 February), UTC."""
    return dt.datetime(2026, 2, 28, hour, minute, tzinfo=UTC) + day * DAY


def register(vault: Vault, clock: FakeClock, when: dt.datetime, **kwargs: Any) -> Person:
    clock.set(when)
    return PeopleService(vault).register(make_details(), registration_consent(), **kwargs)


def imported(vault: Vault, registration_id: str, operator: str, when: dt.datetime) -> str:
    """A record from another site, stored as the hub's import would store it."""
    repo = PeopleRepository(vault.db.conn)
    person = Person(
        id=str(uuid.uuid4()),
        registration_id=registration_id,
        version=1,
        state=RecordState.SYNCED,
        content_hash="0" * 64,
        details=make_details(),
        created_at=when,
        created_by=operator,
        updated_at=when,
        updated_by=operator,
    )
    with vault.db.transaction() as conn:
        PeopleRepository(conn).insert(person, repo.next_sequence(), PersonRecord(person))
    return person.id


def open_case(
    vault: Vault,
    a: str,
    b: str,
    distance: float,
    *,
    created: dt.datetime,
    decision: Decision | None = None,
    score_id: str = SFACE_MODEL_ID,
    distances: dict[str, float] | None = None,
    fused: float | None = None,
    band: Band = Band.POSSIBLE,
) -> None:
    case = DuplicateCase(
        id=str(uuid.uuid4()),
        person_a=min(a, b),
        person_b=max(a, b),
        source=CaseSource.ENROLMENT,
        group_id=a,
        score_id=score_id,
        distance=distance,
        band=band,
        distances=distances if distances is not None else {score_id: distance},
        fused=fused,
        state=CaseState.DECIDED if decision else CaseState.OPEN,
        created_at=created,
        probe_id=a,
        decision=decision,
        reason=f"{decision.value}.other" if decision else None,
        decided_by="amina" if decision else None,
        decided_at=created + dt.timedelta(hours=1) if decision else None,
    )
    with vault.db.transaction() as conn:
        assert CaseRepository(conn).open_case(case)


@pytest.fixture
def seeded(vault: Vault, vault_dir: Path, clock: FakeClock) -> Vault:
    """Registrations by amina and omar over a month, a record from another site, a draft,
    records in every state, and open cases of several ages."""
    old = register(vault, clock, at(-40))  # before the 30-day range
    a1 = register(vault, clock, at(-8, 9))
    register(vault, clock, at(-8, 15))
    register(vault, clock, at(-1, 22, 30))  # 27 Feb 22:30 UTC: 28 Feb at UTC+3
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock) as omar:
        o1 = register(omar, clock, at(-1, 12))
        register(omar, clock, at(-1, 13))
        register(omar, clock, at(1, 8))
        register(omar, clock, at(1, 9), state=RecordState.DRAFT)  # not a registration
    a2 = register(vault, clock, at(1, 7))
    other = imported(vault, "DAD02-000777-Q", "leila", at(0, 11))
    # states: old and a1 synced; o1 queued (sent on 25 Feb); the rest complete
    people = PeopleService(vault)
    for pid, states, when in (
        (old.id, (RecordState.QUEUED, RecordState.SYNCED), at(-39)),
        (a1.id, (RecordState.QUEUED, RecordState.SYNCED), at(-7)),
        (o1.id, (RecordState.QUEUED,), at(-1, 12, 30)),
    ):
        clock.set(when)
        for state in states:
            people.set_state(pid, state)
    # open cases: 2 hours, 2 days, 5 days and 10 days old at "now"; one decided
    now = at(1, 12)
    open_case(vault, a1.id, a2.id, 0.45, created=now - dt.timedelta(hours=2))
    open_case(vault, a1.id, o1.id, 0.35, created=now - 2 * DAY, band=Band.STRONG)
    open_case(vault, a2.id, o1.id, 0.48, created=now - 5 * DAY)
    open_case(vault, other, o1.id, 0.49, created=now - 10 * DAY)
    open_case(vault, other, a2.id, 0.30, created=now - 3 * DAY, decision=Decision.SAME)
    clock.set(now)
    return vault


def test_registrations_per_day_operator_and_site(seeded: Vault) -> None:
    report = dashboard(seeded, utc_offset=dt.timedelta(0))
    assert report.first_day == dt.date(2026, 1, 31) and report.last_day == dt.date(2026, 3, 1)
    assert len(report.per_day) == 30 and report.per_day[0].day == report.first_day
    counts = {d.day: d.count for d in report.per_day if d.count}
    assert counts == {
        dt.date(2026, 2, 20): 2,
        dt.date(2026, 2, 27): 3,
        dt.date(2026, 2, 28): 1,  # leila's record from site DAD
        dt.date(2026, 3, 1): 2,  # omar's draft is not counted
    }
    assert report.total == 8
    assert report.per_operator == (
        NamedCount("amina", 4),
        NamedCount("omar", 3),
        NamedCount("leila", 1),
    )
    assert report.per_site == (NamedCount("KAK", 7), NamedCount("DAD", 1))


def test_days_are_the_stations_local_days(seeded: Vault) -> None:
    report = dashboard(seeded, days=7, utc_offset=dt.timedelta(hours=3))
    assert report.first_day == dt.date(2026, 2, 23) and report.last_day == dt.date(2026, 3, 1)
    counts = {d.day: d.count for d in report.per_day if d.count}
    # 22:30 UTC on 27 February is 01:30 on 28 February at UTC+3
    assert counts == {dt.date(2026, 2, 27): 2, dt.date(2026, 2, 28): 2, dt.date(2026, 3, 1): 2}
    west = dashboard(seeded, days=1, utc_offset=dt.timedelta(hours=-10))
    # 12:00 UTC on 1 March is 02:00 on 1 March at UTC-10; the 07:00-08:00 UTC ones are 28 Feb
    assert west.last_day == dt.date(2026, 3, 1) and west.per_day == (
        DayCount(dt.date(2026, 3, 1), 0),
    )


def test_review_backlog_counts_ages_and_bands(seeded: Vault) -> None:
    review = dashboard(seeded).review
    assert review.count == 4
    assert review.oldest_age == 10 * DAY
    assert [b.count for b in review.ages] == [1, 1, 1, 1]  # <1, 1-3, 3-7, 7+ days
    assert [(b.low, b.high) for b in review.ages] == [
        (dt.timedelta(0), AGE_CUTOFFS[0]),
        (AGE_CUTOFFS[0], AGE_CUTOFFS[1]),
        (AGE_CUTOFFS[1], AGE_CUTOFFS[2]),
        (AGE_CUTOFFS[2], None),
    ]
    assert review.part("strong") == 1 and review.part("possible") == 3
    # the default guards: 100 cases, 3 days
    assert review.max_count == 100 and review.max_age == 3 * DAY
    assert not review.over_count and review.over_age


def test_sync_backlog_counts_unsynced_records_from_their_last_change(seeded: Vault) -> None:
    sync = dashboard(seeded).sync
    # complete: amina's of 20 and 27 February and today, omar's two; queued: omar's first
    assert sync.count == 6
    assert sync.part("complete") == 5 and sync.part("queued") == 1
    # the oldest unsynced change: amina's second record, 20 February 15:00 UTC
    assert sync.oldest_age == at(1, 12) - at(-8, 15)
    assert [b.count for b in sync.ages] == [2, 3, 0, 1]
    assert sync.max_count == 2000 and sync.max_age == 7 * DAY
    assert sync.over_age and not sync.over_count


def test_guards_switched_off_are_never_passed(seeded: Vault) -> None:
    seeded.save_settings(Settings(guards=GuardSettings(review_max_cases=0, review_max_age_days=0)))
    review = dashboard(seeded).review
    assert review.max_count == 0 and review.max_age is None
    assert not review.over_count and not review.over_age


def test_an_empty_vault_has_an_empty_dashboard(vault: Vault) -> None:
    report = dashboard(vault, days=7)
    assert report.total == 0 and len(report.per_day) == 7
    assert report.per_operator == () and report.per_site == ()
    assert report.review.count == 0 and report.review.oldest_age is None
    assert report.sync.count == 0 and [b.count for b in report.sync.ages] == [0, 0, 0, 0]


@pytest.mark.parametrize("days", [0, -1, 3661])
def test_a_range_out_of_bounds_is_refused(vault: Vault, days: int) -> None:
    with pytest.raises(KnownError) as err:
        dashboard(vault, days=days)
    assert err.value.code is ErrorCode.INVALID_FIELD


def test_the_csv_holds_every_figure_and_nothing_personal(seeded: Vault, tmp_path: Path) -> None:
    report = dashboard(seeded, utc_offset=dt.timedelta(0))
    path = tmp_path / "report.csv"
    write_csv(report, path)
    text = path.read_bytes().decode("utf-8")
    assert text == csv_text(report) and text.endswith("\r\n")  # RFC 4180 line ends
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "item", "value"]
    table = {(s, i): v for s, i, v in rows[1:]}
    assert len(table) == len(rows) - 1  # every (section, item) once
    assert table["report", "first_day"] == "2026-01-31"
    assert table["report", "registrations"] == "8"
    assert table["per_day", "2026-02-27"] == "3" and table["per_day", "2026-02-01"] == "0"
    assert sum(1 for s, _, _ in rows[1:] if s == "per_day") == 30
    assert table["per_operator", "amina"] == "4" and table["per_operator", "leila"] == "1"
    assert table["per_site", "KAK"] == "7" and table["per_site", "DAD"] == "1"
    assert table["review", "count"] == "4" and table["review", "oldest_age_days"] == "10.00"
    assert table["review", "age_days_0-1"] == "1" and table["review", "age_days_7+"] == "1"
    assert table["review", "strong"] == "1" and table["review", "max_age_days"] == "3.00"
    assert table["sync", "count"] == "6" and table["sync", "queued"] == "1"
    assert "Mariam" not in text and "Haddad" not in text


def test_the_csv_never_replaces_a_file(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(KnownError) as err:
        write_csv(dashboard(vault), path)
    assert err.value.code is ErrorCode.FILE_EXISTS
    assert path.read_text(encoding="utf-8") == "keep me"


def test_a_csv_that_cannot_be_written_is_a_known_error(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        write_csv(dashboard(vault), tmp_path / "no such folder" / "report.csv")
    assert err.value.code is ErrorCode.FILE_UNREADABLE


def test_officers_may_read_the_dashboard(seeded: Vault, vault_dir: Path, clock: FakeClock) -> None:
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock) as omar:
        assert dashboard(omar, utc_offset=dt.timedelta(0)).total == 8


# calibration -------------------------------------------------------------------------------


def _decided(vault: Vault, clock: FakeClock) -> list[tuple[float, float, float, Decision]]:
    """Twenty-four decided cases with SFace, dlib and fused values, plus one interview."""
    people = [register(vault, clock, at(-5) + i * dt.timedelta(minutes=1)).id for i in range(26)]
    rows = []
    for i in range(24):
        same = i % 2 == 0
        sface = (0.20 + i * 0.01) if same else (0.38 + i * 0.005)
        dlib, fused = sface + 0.1, -8.0 + i * 0.2
        rows.append((sface, dlib, fused, Decision.SAME if same else Decision.DIFFERENT))
    for i, (sface, dlib, fused, decision) in enumerate(rows):
        open_case(
            vault,
            people[i],
            people[i + 1],
            sface,
            created=at(-4),
            decision=decision,
            distances={SFACE_MODEL_ID: sface, DLIB_MODEL_ID: dlib},
            fused=fused,
        )
    open_case(vault, people[24], people[25], 0.33, created=at(-4), decision=Decision.INTERVIEW)
    open_case(vault, people[0], people[25], 0.31, created=at(-4))  # open: not decided
    return rows


def test_calibration_uses_every_decided_pair_once_per_score(vault: Vault, clock: FakeClock) -> None:
    rows = _decided(vault, clock)
    report = calibration_report(vault)
    assert report.decision_score == SFACE_MODEL_ID
    assert [s.score_id for s in report.scores] == [SFACE_MODEL_ID, DLIB_MODEL_ID, FUSED_SCORE_ID]
    bands = Settings().match.bands
    values = {
        SFACE_MODEL_ID: [(r[0], r[3]) for r in rows],
        DLIB_MODEL_ID: [(r[1], r[3]) for r in rows],
        FUSED_SCORE_ID: [(r[2], r[3]) for r in rows],
    }
    for score_id, pairs in values.items():
        score = report.get(score_id)
        assert score is not None
        expected = calibrate(pairs, bands[score_id])
        assert score.calibration == expected
        assert len(score.calibration.same) == 12 and len(score.calibration.different) == 12
    sface = report.get(SFACE_MODEL_ID)
    assert sface is not None and sface.raised == 24
    assert sface.calibration.suggestion.status is SuggestionStatus.SUGGESTED
    dlib = report.get(DLIB_MODEL_ID)
    assert dlib is not None and dlib.raised == 0  # its values are the cases' second opinion


def test_calibration_with_no_decisions(vault: Vault) -> None:
    report = calibration_report(vault)
    assert all(s.calibration.same == () and s.raised == 0 for s in report.scores)
    assert all(s.calibration.suggestion.status is SuggestionStatus.TOO_FEW for s in report.scores)


def test_a_supervisor_saves_bands_with_one_audit_entry(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    before = len(audit.entries(vault.db.conn, limit=1000))
    saved = save_bands(vault, SFACE_MODEL_ID, BandEdges(0.35, 0.46))
    assert saved.match.bands[SFACE_MODEL_ID] == BandEdges(0.35, 0.46)
    assert vault.settings() == saved
    entries = audit.entries(vault.db.conn, limit=1000)
    assert len(entries) == before + 1
    assert entries[0].action == AuditAction.BANDS_CHANGED.value
    assert entries[0].record_ref == f"bands:{SFACE_MODEL_ID}"
    assert entries[0].operator == "amina" and entries[0].at == clock.now()
    assert audit.verify(vault.db.conn).ok
    # the other scores and settings did not move
    assert saved.match.bands[DLIB_MODEL_ID] == Settings().match.bands[DLIB_MODEL_ID]
    assert saved.guards == Settings().guards
    # the same edges again change and record nothing
    assert save_bands(vault, SFACE_MODEL_ID, BandEdges(0.35, 0.46)) == saved
    assert len(audit.entries(vault.db.conn, limit=1000)) == before + 1


def test_an_officer_cannot_save_bands(vault: Vault, vault_dir: Path, clock: FakeClock) -> None:
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock) as omar:
        with pytest.raises(KnownError) as err:
            save_bands(omar, SFACE_MODEL_ID, BandEdges(0.3, 0.4))
        assert err.value.code is ErrorCode.NOT_PERMITTED
        assert omar.settings() == Settings()
        actions = [e.action for e in audit.entries(omar.db.conn)]
    assert AuditAction.BANDS_CHANGED.value not in actions


def test_bands_of_an_unknown_score_are_refused_and_nothing_is_written(vault: Vault) -> None:
    before = len(audit.entries(vault.db.conn, limit=1000))
    with pytest.raises(KnownError) as err:
        save_bands(vault, "no-such-model", BandEdges(0.3, 0.4))
    assert err.value.code is ErrorCode.INVALID_FIELD
    assert vault.settings() == Settings()
    assert len(audit.entries(vault.db.conn, limit=1000)) == before


# query plans -------------------------------------------------------------------------------


class _PlanSpy:
    """A connection that records the query plan of every statement it runs."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.plans: list[str] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        plan = self.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        self.plans.append(" | ".join(str(row[3]) for row in plan))
        return self.conn.execute(sql, params)


def test_every_report_query_searches_an_index(seeded: Vault) -> None:
    spy = _PlanSpy(seeded.db.conn)
    repo = ReportsRepository(spy)
    now = seeded.clock.now()
    repo.registrations(now - 30 * DAY, now, dt.timedelta(0))
    repo.review_backlog([now - c for c in AGE_CUTOFFS])
    repo.sync_backlog([now - c for c in AGE_CUTOFFS])
    repo.decided_cases()
    registrations, open_cases, unsynced, decided = spy.plans
    assert "USING INDEX people_created" in registrations
    assert "TEMP B-TREE" not in registrations
    assert "SEARCH duplicate_cases USING INDEX" in open_cases
    assert "USING COVERING INDEX people_state" in unsynced and "TEMP B-TREE" not in unsynced
    assert "SEARCH duplicate_cases USING INDEX" in decided
    assert not any(plan.startswith("SCAN") for plan in spy.plans)
