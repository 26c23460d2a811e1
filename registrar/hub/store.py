"""The hub's database: one SQLAlchemy Core data layer over SQLite (a pilot) or PostgreSQL.

Exactly-once rests on two constraints, not on code: a batch id is stored once (its receipt
with it), and a record version is stored once (primary key (record_id, version)). Every
batch is applied in one transaction; the same batch again finds its stored receipt.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from registrar.errors import ErrorCode, KnownError

SCHEMA_VERSION = 2  # 2: erasures

metadata = sa.MetaData()

_ID = sa.String(64)
_BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

hub_meta = sa.Table(
    "hub_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("secret_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=False),
    sa.Column("used_at", sa.String(40)),
    sa.Column("station_id", _ID),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
)

stations = sa.Table(
    "stations",
    metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("site_code", sa.String(8), nullable=False),
    sa.Column("station_number", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("sign_key", sa.LargeBinary, nullable=False),
    sa.Column("box_key", sa.LargeBinary, nullable=False),
    sa.Column("enrolled_at", sa.String(40), nullable=False),
    # Registration ids are <site><station>-<sequence>: two stations with one prefix would
    # give two people the same id.
    sa.UniqueConstraint("site_code", "station_number", name="stations_prefix"),
)

uploads = sa.Table(
    "uploads",
    metadata,
    sa.Column("batch_id", _ID, primary_key=True),
    sa.Column("station_id", _ID, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("started_at", sa.String(40), nullable=False),
)

batches = sa.Table(
    "batches",
    metadata,
    sa.Column("batch_id", _ID, primary_key=True),
    sa.Column("station_id", _ID, nullable=False),
    sa.Column("sequence", sa.BigInteger, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("via", sa.String(16), nullable=False),  # network or file
    sa.Column("receipt", sa.LargeBinary, nullable=False),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("record_id", _ID, primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("station_id", _ID, nullable=False),
    sa.Column("batch_id", _ID, nullable=False),
    sa.Column("registration_id", sa.String(40), nullable=False),
    sa.Column("site_code", sa.String(8), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)
sa.Index("records_station", records.c.station_id)

templates = sa.Table(
    "templates",
    metadata,
    sa.Column("seq", _BIGINT_ID, primary_key=True, autoincrement=True),
    sa.Column("record_id", _ID, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("model_id", sa.String(48), nullable=False),
    sa.Column("vector", sa.LargeBinary, nullable=False),
    # Numbers never come back after an erasure deleted the last rows: a process that has
    # read up to seq N must not miss rows numbered N or less later.
    sqlite_autoincrement=True,
)
sa.Index("templates_record", templates.c.record_id, templates.c.version)

findings = sa.Table(
    "findings",
    metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("record_a", _ID, nullable=False),  # record_a < record_b
    sa.Column("record_b", _ID, nullable=False),
    sa.Column("station_a", _ID, nullable=False),
    sa.Column("station_b", _ID, nullable=False),
    sa.Column("score_id", sa.String(48), nullable=False),
    sa.Column("distance", sa.Float, nullable=False),
    sa.Column("band", sa.String(16), nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("record_a", "record_b", name="findings_pair"),
)

conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("record_id", _ID, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("station_id", _ID, nullable=False),
    sa.Column("batch_id", _ID, nullable=False),
    sa.Column("held_sha256", sa.String(64), nullable=False),
    sa.Column("offered_sha256", sa.String(64), nullable=False),
    sa.Column("offered_payload", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("resolved_at", sa.String(40)),
    sa.UniqueConstraint("record_id", "version", "offered_sha256", name="conflicts_offer"),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("seq", _BIGINT_ID, primary_key=True, autoincrement=True),
    sa.Column("finding_id", _ID, nullable=False),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("decided_at", sa.String(40), nullable=False),
    sqlite_autoincrement=True,  # events name decisions by seq: never reused
)

# A station erased a person: what the hub held of them went in the same transaction. The row
# (an id, no personal data) refuses the record if an older batch with it arrives later.
erasures = sa.Table(
    "erasures",
    metadata,
    sa.Column("record_id", _ID, primary_key=True),
    sa.Column("station_id", _ID, nullable=False),
    sa.Column("batch_id", _ID, nullable=False),
    sa.Column("held", sa.Boolean, nullable=False),  # whether the hub held the record then
    sa.Column("received_at", sa.String(40), nullable=False),
)

# What each station is to be told, in the order it happened: its cursor is the last seq.
events = sa.Table(
    "events",
    metadata,
    sa.Column("seq", _BIGINT_ID, primary_key=True, autoincrement=True),
    sa.Column("station_id", _ID, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # finding, decision or erased
    sa.Column("ref", sa.String(64), nullable=False),
    sqlite_autoincrement=True,  # a station's cursor is a seq: one reused would be skipped
)
sa.Index("events_station", events.c.station_id, events.c.seq)


@dataclass(frozen=True, slots=True)
class StationRow:
    id: str
    site_code: str
    station_number: int
    name: str
    sign_key: bytes
    box_key: bytes
    enrolled_at: str


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: str
    record_a: str
    record_b: str
    station_a: str
    station_b: str
    score_id: str
    distance: float
    band: str
    evidence: str
    created_at: str


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling is switched off; writers (HubStore.begin) take
        # the write lock at once so two batches applied together queue instead of failing,
        # readers begin deferred so they never wait for a writer (WAL).
        sa.event.listen(engine, "begin", _sqlite_begin)
        sa.event.listen(
            engine,
            "connect",
            lambda dbapi_connection, _r: setattr(dbapi_connection, "isolation_level", None),
        )
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


class HubStore:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def create_schema(self, from_version: int | None = None) -> None:
        """The tables that do not exist yet (all of them for a new hub; those added since for
        an older one), then the schema version."""
        if from_version == 1 and self.engine.dialect.name == "sqlite":
            self._rebuild_with_autoincrement()
        metadata.create_all(self.engine)
        with self.begin() as conn:
            self._set_meta(conn, "schema_version", str(SCHEMA_VERSION))

    def _rebuild_with_autoincrement(self) -> None:
        """Schema 1 on SQLite numbered templates, decisions and events by plain rowid, which
        reuses the numbers of deleted last rows; erasures delete rows. Rebuilt in one
        transaction with AUTOINCREMENT, their numbers kept (PostgreSQL never reuses them)."""
        with self.begin() as conn:
            for table in (templates, decisions, events):
                old = f"{table.name}_v1"
                conn.execute(sa.text(f"ALTER TABLE {table.name} RENAME TO {old}"))
                for index in table.indexes:
                    conn.execute(sa.text(f"DROP INDEX IF EXISTS {index.name}"))
                table.create(conn)
                columns = ", ".join(c.name for c in table.columns)
                conn.execute(
                    sa.text(
                        f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {old}"  # noqa: S608
                    )
                )
                conn.execute(sa.text(f"DROP TABLE {old}"))

    @staticmethod
    def lock_findings(conn: Connection) -> None:
        """Serialise what changes findings across hub processes (a server and a `hub import`
        beside it): a batch's records, erasures and findings, and a decision. SQLite's write
        transaction does this already; PostgreSQL's read committed would not."""
        if conn.dialect.name == "postgresql":
            conn.execute(
                sa.select(hub_meta.c.key)
                .where(hub_meta.c.key == "schema_version")
                .with_for_update()
            )

    def schema_version(self) -> int | None:
        if not sa.inspect(self.engine).has_table("hub_meta"):
            return None
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(hub_meta.c.value).where(hub_meta.c.key == "schema_version")
            ).scalar()
        return int(value) if value is not None else None

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction (on SQLite it holds the write lock from its first statement)."""
        with self.engine.connect() as conn:
            conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        conn.execute(sa.delete(hub_meta).where(hub_meta.c.key == key))
        conn.execute(sa.insert(hub_meta).values(key=key, value=value))

    # --- tokens and stations ----------------------------------------------------------------

    def add_token(
        self, token_id: str, secret_sha256: str, created_at: str, expires_at: str, note: str
    ) -> None:
        with self.begin() as conn:
            conn.execute(
                sa.insert(tokens).values(
                    id=token_id,
                    secret_sha256=secret_sha256,
                    created_at=created_at,
                    expires_at=expires_at,
                    note=note,
                )
            )

    @staticmethod
    def token_for_update(conn: Connection, secret_sha256: str) -> sa.Row[Any] | None:
        query = sa.select(tokens).where(tokens.c.secret_sha256 == secret_sha256)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        return conn.execute(query).first()

    @staticmethod
    def use_token(conn: Connection, token_id: str, used_at: str, station_id: str) -> bool:
        result = conn.execute(
            sa.update(tokens)
            .where(tokens.c.id == token_id, tokens.c.used_at.is_(None))
            .values(used_at=used_at, station_id=station_id)
        )
        return bool(result.rowcount)

    @staticmethod
    def station_with_prefix(conn: Connection, site_code: str, number: int) -> str | None:
        return conn.execute(
            sa.select(stations.c.id).where(
                stations.c.site_code == site_code, stations.c.station_number == number
            )
        ).scalar()

    @staticmethod
    def add_station(conn: Connection, row: StationRow) -> None:
        conn.execute(
            sa.insert(stations).values(
                id=row.id,
                site_code=row.site_code,
                station_number=row.station_number,
                name=row.name,
                sign_key=row.sign_key,
                box_key=row.box_key,
                enrolled_at=row.enrolled_at,
            )
        )

    def station(self, station_id: str) -> StationRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(stations).where(stations.c.id == station_id)).first()
        return StationRow(*row) if row else None

    def stations(self) -> list[StationRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(stations).order_by(stations.c.enrolled_at)).all()
        return [StationRow(*r) for r in rows]

    # --- uploads ----------------------------------------------------------------------------

    def upload(self, batch_id: str) -> sa.Row[Any] | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(uploads).where(uploads.c.batch_id == batch_id)).first()

    def start_upload(
        self, batch_id: str, station_id: str, size: int, sha256: str, at: str
    ) -> sa.Row[Any]:
        """The upload of a batch, started now unless it already was (the first start wins)."""
        try:
            with self.begin() as conn:
                conn.execute(
                    sa.insert(uploads).values(
                        batch_id=batch_id,
                        station_id=station_id,
                        size=size,
                        sha256=sha256,
                        started_at=at,
                    )
                )
        except sa.exc.IntegrityError:
            pass
        row = self.upload(batch_id)
        assert row is not None  # inserted above or by whoever won
        return row

    def forget_upload(self, batch_id: str) -> None:
        with self.begin() as conn:
            conn.execute(sa.delete(uploads).where(uploads.c.batch_id == batch_id))

    # --- batches and records ----------------------------------------------------------------

    def receipt(self, batch_id: str) -> tuple[str, str, bytes] | None:
        """(station id, SHA-256 of the batch, the signed receipt) of an applied batch."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(batches.c.station_id, batches.c.sha256, batches.c.receipt).where(
                    batches.c.batch_id == batch_id
                )
            ).first()
        return (row[0], row[1], bytes(row[2])) if row else None

    @staticmethod
    def held_sha256(conn: Connection, record_id: str, version: int) -> str | None:
        return conn.execute(
            sa.select(records.c.sha256).where(
                records.c.record_id == record_id, records.c.version == version
            )
        ).scalar()

    def record_payload(self, record_id: str) -> tuple[int, str, bytes] | None:
        """The latest version of a record: (version, station id, payload)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(records.c.version, records.c.station_id, records.c.payload)
                .where(records.c.record_id == record_id)
                .order_by(records.c.version.desc())
                .limit(1)
            ).first()
        return (row[0], row[1], bytes(row[2])) if row else None

    def record_versions(self) -> list[tuple[str, int, str]]:
        """(record id, version, SHA-256) of everything held, for tests and audits."""
        with self.engine.connect() as conn:
            return [
                (r[0], r[1], r[2])
                for r in conn.execute(
                    sa.select(records.c.record_id, records.c.version, records.c.sha256).order_by(
                        records.c.record_id, records.c.version
                    )
                )
            ]

    def templates_after(self, seq: int) -> list[tuple[int, str, int, str, bytes, str]]:
        """Templates stored after ``seq`` (by another hub process, e.g. a USB import):
        (seq, record id, version, model id, vector, station id), oldest first."""
        query = (
            sa.select(
                templates.c.seq,
                templates.c.record_id,
                templates.c.version,
                templates.c.model_id,
                templates.c.vector,
                records.c.station_id,
            )
            .join(
                records,
                sa.and_(
                    records.c.record_id == templates.c.record_id,
                    records.c.version == templates.c.version,
                ),
            )
            .where(templates.c.seq > seq)
            .order_by(templates.c.seq)
        )
        with self.engine.connect() as conn:
            return [
                (int(r[0]), r[1], int(r[2]), r[3], bytes(r[4]), r[5]) for r in conn.execute(query)
            ]

    def last_template_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.max(templates.c.seq))).scalar() or 0)

    def iter_templates(self, batch_rows: int = 20_000) -> Iterator[tuple[str, str, bytes, str]]:
        """(record id, model id, vector, station id) of each record's latest version."""
        latest = (
            sa.select(records.c.record_id, sa.func.max(records.c.version).label("version"))
            .group_by(records.c.record_id)
            .subquery()
        )
        query = (
            sa.select(
                templates.c.record_id,
                templates.c.model_id,
                templates.c.vector,
                records.c.station_id,
            )
            .join(
                latest,
                sa.and_(
                    latest.c.record_id == templates.c.record_id,
                    latest.c.version == templates.c.version,
                ),
            )
            .join(
                records,
                sa.and_(
                    records.c.record_id == templates.c.record_id,
                    records.c.version == templates.c.version,
                ),
            )
        )
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_rows).execute(
                query
            )
            for row in result:
                yield row[0], row[1], bytes(row[2]), row[3]

    # --- findings, decisions, events --------------------------------------------------------

    @staticmethod
    def finding_exists(conn: Connection, a: str, b: str) -> bool:
        return (
            conn.execute(
                sa.select(findings.c.id).where(findings.c.record_a == a, findings.c.record_b == b)
            ).first()
            is not None
        )

    @staticmethod
    def add_finding(conn: Connection, row: FindingRow) -> None:
        conn.execute(
            sa.insert(findings).values(
                id=row.id,
                record_a=row.record_a,
                record_b=row.record_b,
                station_a=row.station_a,
                station_b=row.station_b,
                score_id=row.score_id,
                distance=row.distance,
                band=row.band,
                evidence=row.evidence,
                created_at=row.created_at,
            )
        )
        for station_id in dict.fromkeys((row.station_a, row.station_b)):
            conn.execute(
                sa.insert(events).values(station_id=station_id, kind="finding", ref=row.id)
            )

    def finding(self, finding_id: str) -> FindingRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(findings).where(findings.c.id == finding_id)).first()
        return FindingRow(*row) if row else None

    def findings(self, limit: int = 1000) -> list[FindingRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(findings).order_by(findings.c.created_at, findings.c.id).limit(limit)
            ).all()
        return [FindingRow(*r) for r in rows]

    def add_decision(
        self, finding: FindingRow, decision: str, reason: str, decided_by: str, at: str
    ) -> int:
        with self.begin() as conn:
            HubStore.lock_findings(conn)
            still = conn.execute(sa.select(findings.c.id).where(findings.c.id == finding.id))
            if still.first() is None:  # its record was erased meanwhile
                raise KnownError(ErrorCode.CASE_NOT_FOUND, "no finding with this id")
            seq = conn.execute(
                sa.insert(decisions)
                .values(
                    finding_id=finding.id,
                    decision=decision,
                    reason=reason,
                    decided_by=decided_by,
                    decided_at=at,
                )
                .returning(decisions.c.seq)
            ).scalar_one()
            for station_id in dict.fromkeys((finding.station_a, finding.station_b)):
                conn.execute(
                    sa.insert(events).values(station_id=station_id, kind="decision", ref=str(seq))
                )
        return int(seq)

    def decision(self, seq: int) -> sa.Row[Any] | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(decisions).where(decisions.c.seq == seq)).first()

    def events_for(self, station_id: str, after: int, limit: int) -> list[tuple[int, str, str]]:
        with self.engine.connect() as conn:
            return [
                (int(r[0]), r[1], r[2])
                for r in conn.execute(
                    sa.select(events.c.seq, events.c.kind, events.c.ref)
                    .where(events.c.station_id == station_id, events.c.seq > after)
                    .order_by(events.c.seq)
                    .limit(limit)
                )
            ]

    # --- erasures ---------------------------------------------------------------------------

    @staticmethod
    def erasure_station(conn: Connection, record_id: str) -> str | None:
        """The station that erased this record, if one did."""
        return conn.execute(
            sa.select(erasures.c.station_id).where(erasures.c.record_id == record_id)
        ).scalar()

    @staticmethod
    def holders(conn: Connection, record_id: str) -> set[str]:
        """The stations whose versions of this record the hub holds."""
        rows = conn.execute(
            sa.select(records.c.station_id).where(records.c.record_id == record_id).distinct()
        )
        return {r[0] for r in rows}

    @staticmethod
    def erase(
        conn: Connection, record_id: str, station_id: str, batch_id: str, now: str, *, held: bool
    ) -> None:
        """Delete every version of the record, its templates, conflicts and findings, and keep
        the erasure (``held``: whether the hub held the record); the other station of each
        finding that went is told."""
        found = conn.execute(
            sa.select(
                findings.c.id, findings.c.record_a, findings.c.station_a, findings.c.station_b
            ).where(sa.or_(findings.c.record_a == record_id, findings.c.record_b == record_id))
        ).all()
        told = {f.station_b if f.record_a == record_id else f.station_a for f in found}
        ids = [f.id for f in found]
        if ids:
            # Events stay (a finding no longer held is skipped when stations are told), and
            # so do decisions, without their words, which may name the person.
            conn.execute(
                sa.update(decisions).where(decisions.c.finding_id.in_(ids)).values(reason="")
            )
            conn.execute(sa.delete(findings).where(findings.c.id.in_(ids)))
        conn.execute(sa.delete(templates).where(templates.c.record_id == record_id))
        conn.execute(sa.delete(conflicts).where(conflicts.c.record_id == record_id))
        conn.execute(sa.delete(records).where(records.c.record_id == record_id))
        conn.execute(
            sa.insert(erasures).values(
                record_id=record_id,
                station_id=station_id,
                batch_id=batch_id,
                held=held,
                received_at=now,
            )
        )
        for other in sorted(told):
            conn.execute(sa.insert(events).values(station_id=other, kind="erased", ref=record_id))

    def erasure_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(erasures)).scalar_one())

    def erased_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(sa.select(erasures.c.record_id))}

    @staticmethod
    def add_conflict(conn: Connection, values: dict[str, Any]) -> None:
        exists = conn.execute(
            sa.select(conflicts.c.id).where(
                conflicts.c.record_id == values["record_id"],
                conflicts.c.version == values["version"],
                conflicts.c.offered_sha256 == values["offered_sha256"],
            )
        ).first()
        if exists is None:
            conn.execute(sa.insert(conflicts).values(**values))

    def conflicts(self) -> list[Any]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.select(
                        conflicts.c.id,
                        conflicts.c.record_id,
                        conflicts.c.version,
                        conflicts.c.station_id,
                        conflicts.c.batch_id,
                        conflicts.c.held_sha256,
                        conflicts.c.offered_sha256,
                        conflicts.c.created_at,
                    )
                    .where(conflicts.c.resolved_at.is_(None))
                    .order_by(conflicts.c.created_at)
                ).all()
            )

    def counts(self) -> dict[str, int]:
        out = {}
        with self.engine.connect() as conn:
            for name, table in (
                ("stations", stations),
                ("batches", batches),
                ("records", records),
                ("findings", findings),
                ("conflicts", conflicts),
                ("erasures", erasures),
            ):
                out[name] = int(
                    conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                )
        return out


def insert_batch(
    conn: Connection,
    *,
    batch_id: str,
    station_id: str,
    sequence: int,
    sha256: str,
    received_at: str,
    via: str,
    receipt: bytes,
) -> None:
    conn.execute(
        sa.insert(batches).values(
            batch_id=batch_id,
            station_id=station_id,
            sequence=sequence,
            sha256=sha256,
            received_at=received_at,
            via=via,
            receipt=receipt,
        )
    )


def insert_record(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(sa.insert(records).values(**values))


def insert_templates(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(sa.insert(templates), list(rows))
