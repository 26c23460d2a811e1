"""The supervisor's reports: the dashboard and its CSV, band calibration and the change of bands.

Who may see what: the dashboard holds counts, ages, operator names and site codes, nothing
about a registered person, so every operator may read and export it (officers act on the
sync backlog too). Calibration holds distances and verdicts only, so officers may read it;
changing the band edges is a supervisor's setting, stored with a BANDS_CHANGED audit entry
in the same transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from registrar.biometrics.calibration import Calibration, calibrate
from registrar.errors import ErrorCode, KnownError
from registrar.settings import FUSED_SCORE_ID, BandEdges, GuardSettings, Settings
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.keyslots import atomic_write
from registrar.storage.reports import (
    BacklogCounts,
    DecidedCase,
    RegistrationGroup,
    ReportsRepository,
    store_settings,
)
from registrar.storage.vault import Vault

DEFAULT_DAYS = 30
MAX_DAYS = 3660
# The ages a backlog is split by: under a day, 1-3 days, 3-7 days, a week or more.
AGE_CUTOFFS = (dt.timedelta(days=1), dt.timedelta(days=3), dt.timedelta(days=7))
UNKNOWN_SITE = "?"  # a registration id without the usual site and station prefix


@dataclass(frozen=True, slots=True)
class DayCount:
    day: dt.date
    count: int


@dataclass(frozen=True, slots=True)
class NamedCount:
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class AgeBucket:
    """Items more than ``low`` old and at most ``high`` old (None: no upper end)."""

    low: dt.timedelta
    high: dt.timedelta | None
    count: int


@dataclass(frozen=True, slots=True)
class BacklogSummary:
    """Work waiting: open duplicate cases, or records not yet at the hub."""

    count: int
    oldest_age: dt.timedelta | None  # None when nothing waits
    ages: tuple[AgeBucket, ...]
    parts: tuple[NamedCount, ...]  # by band (review) or by state (sync)
    max_count: int  # the backlog guard's limits; 0 and None: that guard is off
    max_age: dt.timedelta | None

    @property
    def over_count(self) -> bool:
        # The same comparison as services.guards: a warning once the limit is passed.
        return self.max_count > 0 and self.count > self.max_count

    @property
    def over_age(self) -> bool:
        return (
            self.max_age is not None
            and self.oldest_age is not None
            and self.oldest_age > self.max_age
        )

    def part(self, name: str) -> int:
        return next((p.count for p in self.parts if p.name == name), 0)


@dataclass(frozen=True, slots=True)
class Dashboard:
    generated_at: dt.datetime
    first_day: dt.date  # local days, both included
    last_day: dt.date
    utc_offset: dt.timedelta  # local time = UTC + this, for the days above
    per_day: tuple[DayCount, ...]  # every day of the range, zeros included
    per_operator: tuple[NamedCount, ...]  # most registrations first
    per_site: tuple[NamedCount, ...]
    review: BacklogSummary
    sync: BacklogSummary

    @property
    def total(self) -> int:
        return sum(d.count for d in self.per_day)


def _local_offset(now: dt.datetime) -> dt.timedelta:
    return now.astimezone().utcoffset() or dt.timedelta(0)


def _site(prefix: str) -> str:
    # "KAK01" -> "KAK": the site code is the prefix without its two-digit station number.
    site = prefix[:-2]
    return site if prefix[-2:].isdigit() and site else UNKNOWN_SITE


def _ranked(counts: dict[str, int]) -> tuple[NamedCount, ...]:
    return tuple(
        NamedCount(k, v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def _backlog(
    row: BacklogCounts, now: dt.datetime, max_count: float, max_age_days: float
) -> BacklogSummary:
    lows = (dt.timedelta(0), *AGE_CUTOFFS)
    highs: tuple[dt.timedelta | None, ...] = (*AGE_CUTOFFS, None)
    return BacklogSummary(
        count=row.count,
        oldest_age=max(now - row.oldest, dt.timedelta(0)) if row.oldest else None,
        ages=tuple(AgeBucket(lo, hi, n) for lo, hi, n in zip(lows, highs, row.by_age, strict=True)),
        parts=tuple(NamedCount(k, v) for k, v in row.by_kind),
        max_count=int(max_count),
        max_age=dt.timedelta(days=max_age_days) if max_age_days > 0 else None,
    )


def _aggregate(
    groups: Sequence[RegistrationGroup], first: dt.date, last: dt.date
) -> tuple[tuple[DayCount, ...], dict[str, int], dict[str, int]]:
    days = {first + dt.timedelta(days=i): 0 for i in range((last - first).days + 1)}
    operators: dict[str, int] = {}
    sites: dict[str, int] = {}
    for g in groups:
        # The range's bounds were shifted by the same offset, so every day is in the range.
        days[g.day] = days.get(g.day, 0) + g.count
        operators[g.operator] = operators.get(g.operator, 0) + g.count
        site = _site(g.prefix)
        sites[site] = sites.get(site, 0) + g.count
    return tuple(DayCount(d, n) for d, n in days.items()), operators, sites


def dashboard(
    vault: Vault, days: int = DEFAULT_DAYS, *, utc_offset: dt.timedelta | None = None
) -> Dashboard:
    """Registrations of the last ``days`` local days (today included) per day, operator and
    site, and the review and sync backlogs now.

    Days are the station's local days: ``utc_offset`` (default: this computer's offset
    from UTC now) shifts the stored UTC times. Drafts are not counted as registrations;
    erased records are gone from every count.
    """
    if not 1 <= days <= MAX_DAYS:
        raise KnownError(
            ErrorCode.INVALID_FIELD, f"a report covers 1 to {MAX_DAYS} days", field="days"
        )
    now = vault.clock.now()
    offset = _local_offset(now) if utc_offset is None else utc_offset
    last = (now + offset).date()
    first = last - dt.timedelta(days=days - 1)
    start = dt.datetime.combine(first, dt.time(0), tzinfo=dt.UTC) - offset
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=dt.UTC) - offset
    repo = ReportsRepository(vault.db.conn)
    per_day, operators, sites = _aggregate(repo.registrations(start, end, offset), first, last)
    cutoffs = [now - c for c in AGE_CUTOFFS]
    guards: GuardSettings = vault.settings().guards
    return Dashboard(
        generated_at=now,
        first_day=first,
        last_day=last,
        utc_offset=offset,
        per_day=per_day,
        per_operator=_ranked(operators),
        per_site=_ranked(sites),
        review=_backlog(
            repo.review_backlog(cutoffs), now, guards.review_max_cases, guards.review_max_age_days
        ),
        sync=_backlog(
            repo.sync_backlog(cutoffs), now, guards.sync_max_records, guards.sync_max_age_days
        ),
    )


# CSV ---------------------------------------------------------------------------------------


def _days_text(age: dt.timedelta | None) -> str:
    return "" if age is None else f"{age.total_seconds() / 86400:.2f}"


def _age_key(bucket: AgeBucket) -> str:
    low = bucket.low.days
    return f"{low}+" if bucket.high is None else f"{low}-{bucket.high.days}"


def _cell(text: str) -> str:
    # A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(report: Dashboard) -> str:
    """The dashboard as one long table: section, item, value (a pivot table reads it as is).

    Sections: report (when, which days), per_day, per_operator, per_site, review and sync
    (count, oldest age in days, limits, counts per age bucket and per band or state).
    """
    rows: list[tuple[str, str, str]] = [
        ("report", "generated_at", report.generated_at.isoformat()),
        ("report", "first_day", report.first_day.isoformat()),
        ("report", "last_day", report.last_day.isoformat()),
        ("report", "utc_offset_minutes", str(round(report.utc_offset.total_seconds() / 60))),
        ("report", "registrations", str(report.total)),
    ]
    rows += [("per_day", d.day.isoformat(), str(d.count)) for d in report.per_day]
    rows += [("per_operator", c.name, str(c.count)) for c in report.per_operator]
    rows += [("per_site", c.name, str(c.count)) for c in report.per_site]
    for section, backlog in (("review", report.review), ("sync", report.sync)):
        rows += [
            (section, "count", str(backlog.count)),
            (section, "oldest_age_days", _days_text(backlog.oldest_age)),
            (section, "max_count", str(backlog.max_count)),
            (section, "max_age_days", _days_text(backlog.max_age)),
        ]
        rows += [(section, f"age_days_{_age_key(b)}", str(b.count)) for b in backlog.ages]
        rows += [(section, p.name, str(p.count)) for p in backlog.parts]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("section", "item", "value"))
    writer.writerows((s, _cell(i), _cell(v)) for s, i, v in rows)
    return out.getvalue()


def write_csv(report: Dashboard, path: Path) -> None:
    """Write the dashboard to a new CSV file (UTF-8); an existing file is never replaced."""
    path = Path(path)
    if path.exists():
        raise KnownError(ErrorCode.FILE_EXISTS, f"{path} exists; choose a new file name")
    try:
        atomic_write(path, csv_text(report).encode("utf-8"))
    except OSError as exc:
        raise KnownError(
            ErrorCode.FILE_UNREADABLE, f"could not write {path.name}: {exc.strerror}"
        ) from None


# calibration -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoreCalibration:
    score_id: str
    calibration: Calibration
    raised: int  # decided pairs that this score raised; the others' values are evidence


@dataclass(frozen=True, slots=True)
class CalibrationReport:
    decision_score: str  # the score that decides bands now
    scores: tuple[ScoreCalibration, ...]  # one per score with band edges, deciding one first

    def get(self, score_id: str) -> ScoreCalibration | None:
        return next((s for s in self.scores if s.score_id == score_id), None)


def _value(case: DecidedCase, score_id: str) -> float | None:
    """A decided pair's value on ``score_id``: the case's own distance when that score raised
    it, else what the case recorded for that score (the second opinion, the fused score)."""
    if case.score_id == score_id:
        return case.distance
    if score_id == FUSED_SCORE_ID:
        return case.fused
    return case.distances.get(score_id)


def calibration_report(vault: Vault) -> CalibrationReport:
    """Calibration of every score that has band edges, from the current decisions."""
    match = vault.settings().match
    cases = ReportsRepository(vault.db.conn).decided_cases()
    order = sorted(match.bands, key=lambda s: (s != match.decision_score, s))
    scores = []
    for score_id in order:
        pairs = [(value, c.decision) for c in cases if (value := _value(c, score_id)) is not None]
        scores.append(
            ScoreCalibration(
                score_id=score_id,
                calibration=calibrate(pairs, match.bands[score_id]),
                raised=sum(c.score_id == score_id for c in cases),
            )
        )
    return CalibrationReport(match.decision_score, tuple(scores))


def save_bands(vault: Vault, score_id: str, edges: BandEdges) -> Settings:
    """Set one score's band edges (supervisors only), audited as BANDS_CHANGED
    ``bands:<score_id>`` in the transaction that stores them. Returns the new settings;
    edges equal to the current ones change and record nothing."""
    vault.session.require_supervisor("change the duplicate bands")
    with vault.db.transaction() as conn:
        # Read inside the transaction so no other change of settings is lost.
        settings = vault.settings()
        bands = settings.match.bands
        if score_id not in bands:
            raise KnownError(
                ErrorCode.INVALID_FIELD, f"no band edges for score {score_id}", field="bands"
            )
        if bands[score_id] == edges:
            return settings
        new = replace(settings, match=replace(settings.match, bands={**bands, score_id: edges}))
        store_settings(conn, new)
        audit.append(
            conn,
            vault.clock.now(),
            vault.session.operator,
            AuditAction.BANDS_CHANGED,
            f"bands:{score_id}",
        )
    return new
