"""Sync with the hub, seen from a station: enrol, seal batches, send them (resuming where
the hub's copy ends), apply the hub's signed receipts and its findings, or do the same
through files on a USB stick.

A record leaves the outbox only through a batch, and changes state only in the transaction
that stores the receipt saying what the hub did with it. Ordering never relies on the
station's clock: batches carry a sequence number, records their version.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import random
import time
import uuid
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from registrar.domain.model import (
    Band,
    CaseSource,
    CaseState,
    Decision,
    DuplicateCase,
    RecordState,
)
from registrar.errors import ErrorCode, KnownError
from registrar.services.review import REASONS, _rebuild_identities
from registrar.settings import Settings
from registrar.storage import audit
from registrar.storage.approvals import OutboxRepository
from registrar.storage.audit import AuditAction
from registrar.storage.cases import CaseRepository, DecisionEntry, ReviewRepository
from registrar.storage.database import Database
from registrar.storage.people import PeopleRepository
from registrar.storage.sync import (
    ERASURE_COUNTS,
    BatchRecord,
    BatchRow,
    ProblemRow,
    SyncRepository,
    erasure_count_key,
)
from registrar.storage.vault import Vault, read_settings
from registrar.sync.files import write_atomic
from registrar.sync.packet import (
    KeyPair,
    PublicKeys,
    b64e,
    open_envelope,
    open_packet,
    seal,
    sha256_hex,
)
from registrar.sync.records import decode_record, encode_record
from registrar.sync.transport import HttpTransport, Transport

log = logging.getLogger("registrar.sync")

BACKOFF_FIRST_S = 30.0
BACKOFF_MAX_S = 3600.0
_PROGRESS_NOTE_S = 2.0  # how often an upload's progress is written to the vault
ERASURES_PER_BATCH = 2000  # erasure notices (an id each) one batch carries at most

# Refusals of a batch's bytes (answered by the hub, so nothing of it was stored there).
_DEAD_BATCH = frozenset(
    {ErrorCode.PACKET_INVALID, ErrorCode.SIGNATURE_INVALID, ErrorCode.BATCH_CONFLICT}
)

TransportFactory = Callable[[str], Transport]
Progress = Callable[[int, int], None]  # (bytes sent, bytes to send)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    enrolled: bool
    hub_url: str
    hub_name: str
    station_id: str
    hub_fingerprint: str
    last_success: dt.datetime | None
    last_error: str | None  # an error code
    unsynced: int
    oldest_unsynced: dt.datetime | None
    waiting_batches: int
    acknowledged: int
    problems: int
    findings: int
    erasures_waiting: int = 0  # people erased here the hub has not confirmed erasing


@dataclass(slots=True)
class SyncReport:
    batches_sealed: int = 0
    batches_sent: int = 0
    records: dict[str, int] = field(default_factory=dict)  # receipt status -> count
    erasures: dict[str, int] = field(default_factory=dict)  # erasure_done/_refused -> count
    copies_erased: int = 0  # other sites' records deleted here because they were erased there
    failures: list[tuple[str, str]] = field(default_factory=list)  # (batch id, error code)
    findings: int = 0
    decisions: int = 0
    purged: int = 0
    too_large: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class ImportReport:
    receipts: int
    findings: int
    decisions: int
    skipped: tuple[str, ...]  # files for another station or already applied
    errors: tuple[tuple[str, str], ...]  # (file name, error code)
    copies_erased: int = 0


def _http(url: str) -> Transport:
    return HttpTransport(url)


def _file_error(error: Exception) -> str:
    """The error code of a file that could not be applied: damaged, or not readable."""
    if isinstance(error, KnownError):
        return error.code.value
    if isinstance(error, OSError):
        return ErrorCode.FILE_UNREADABLE.value
    return ErrorCode.PACKET_INVALID.value


class SyncService:
    def __init__(
        self,
        vault: Vault,
        transport_factory: TransportFactory = _http,
        *,
        db: Database | None = None,
    ) -> None:
        """``db``: a connection of its own (``vault.db.sibling()``) when sync runs on another
        thread than the vault's, so a slow link never holds up the desk."""
        self.vault = vault
        self.transport_factory = transport_factory
        self.db = db or vault.db

    @property
    def _repo(self) -> SyncRepository:
        return SyncRepository(self.db.conn)

    def _settings(self) -> Settings:
        return read_settings(self.db.conn)

    def _now(self) -> dt.datetime:
        return self.vault.clock.now()

    # --- identity ---------------------------------------------------------------------------

    def _keys(self) -> KeyPair:
        raw = self._repo.get("sync.station_keys")
        if raw is None:
            raise KnownError(ErrorCode.NOT_ENROLLED, "this station is not enrolled at a hub")
        return KeyPair.from_secret_json(json.loads(raw))

    def _hub_keys(self) -> PublicKeys:
        raw = self._repo.get("sync.hub_keys")
        if raw is None:
            raise KnownError(ErrorCode.NOT_ENROLLED, "this station is not enrolled at a hub")
        return PublicKeys.from_json(json.loads(raw))

    def station_id(self) -> str:
        value = self._repo.get("sync.station_id")
        if not value:
            raise KnownError(ErrorCode.NOT_ENROLLED, "this station is not enrolled at a hub")
        return value

    def hub_url(self) -> str:
        return self._repo.get("sync.hub_url") or ""

    def status(self) -> SyncStatus:
        repo = self._repo
        count, oldest = OutboxRepository(self.db.conn).unsynced()
        counts = repo.counts()
        hub_keys = repo.get("sync.hub_keys")
        last = repo.get("sync.last_success")
        return SyncStatus(
            enrolled=bool(repo.get("sync.station_id")),
            hub_url=repo.get("sync.hub_url") or "",
            hub_name=repo.get("sync.hub_name") or "",
            station_id=repo.get("sync.station_id") or "",
            hub_fingerprint=PublicKeys.from_json(json.loads(hub_keys)).fingerprint
            if hub_keys
            else "",
            last_success=dt.datetime.fromisoformat(last) if last else None,
            last_error=repo.get("sync.last_error") or None,
            unsynced=count,
            oldest_unsynced=oldest,
            waiting_batches=counts["waiting_batches"],
            acknowledged=counts["acknowledged"],
            problems=counts["problems"],
            findings=counts["findings"],
            erasures_waiting=counts["erasures_waiting"],
        )

    def batches(self, limit: int = 50) -> list[BatchRow]:
        return self._repo.recent(limit)

    def problems(self) -> list[ProblemRow]:
        return self._repo.problems()

    def enrol(self, hub_url: str, token: str, *, name: str | None = None) -> str:
        """Enrol this station with a one-time token; the station id. Supervisor only."""
        session = self.vault.session
        session.require_supervisor("enrol this station at a hub")
        repo = self._repo
        if repo.get("sync.station_id"):
            raise KnownError(ErrorCode.ALREADY_ENROLLED, "this station is enrolled already")
        parts = token.strip().split("-")
        if len(parts) != 3 or not parts[2]:
            raise KnownError(ErrorCode.TOKEN_INVALID, "this is not an enrolment token")
        fingerprint = parts[2].lower()
        raw = repo.get("sync.station_keys")
        if raw is None:
            # Kept before asking, so an enrolment whose answer is lost can be asked again.
            keys = KeyPair.generate()
            with self.db.transaction() as conn:
                SyncRepository(conn).put("sync.station_keys", json.dumps(keys.to_secret_json()))
        else:
            keys = KeyPair.from_secret_json(json.loads(raw))
        public = keys.public
        transport = self.transport_factory(hub_url)
        try:
            answer = transport.enrol(
                {
                    "token": token.strip(),
                    "site_code": repo.get("site_code") or "",
                    "station_number": int(repo.get("station") or 0),
                    "name": name or repo.get("station_name") or repo.get("site_code") or "",
                    "keys": {"sign": b64e(public.sign), "box": b64e(public.box)},
                }
            )
        finally:
            transport.close()
        try:
            hub_keys = PublicKeys.from_json(answer["hub_keys"])
            station_id = str(uuid.UUID(str(answer["station_id"])))
        except (KeyError, TypeError, ValueError) as error:
            raise KnownError(ErrorCode.HUB_REFUSED, "the hub's answer is damaged") from error
        if hub_keys.fingerprint != fingerprint:
            raise KnownError(
                ErrorCode.SIGNATURE_INVALID,
                "the hub's keys do not match the token: this may not be your hub",
            )
        now = self._now()
        with self.db.transaction() as conn:
            r = SyncRepository(conn)
            r.put("sync.hub_url", hub_url.rstrip("/"))
            r.put("sync.station_id", station_id)
            r.put("sync.hub_keys", json.dumps(hub_keys.to_json()))
            r.put("sync.hub_name", str(answer.get("hub_name") or ""))
            audit.append(conn, now, session.operator, AuditAction.SYNC_ENROLLED, station_id)
        log.info("station enrolled at the hub")
        return station_id

    def set_hub_url(self, hub_url: str) -> bool:
        """The enrolled hub moved to ``hub_url``: keep the new address; the station's
        enrolment and the hub's keys stay. Supervisor only.

        The hub is asked there first. A machine that answers with other keys is not this
        station's hub: refused, and the old address stays. One that cannot be reached now
        (the link is down) does not stop the change: the next sync tries it. True when the
        hub answered at the new address. Waiting batches are tried at the next sync, without
        their back-off from failures at the old address."""
        session = self.vault.session
        session.require_supervisor("change the hub address")
        hub_keys = self._hub_keys()
        url = hub_url.strip().rstrip("/")
        transport = self.transport_factory(url)  # refuses an address that is not http(s)
        try:
            answer = transport.health()
        except KnownError as error:
            if error.code is not ErrorCode.HUB_UNREACHABLE:
                raise
            answer = None
        finally:
            transport.close()
        if answer is not None and answer.get("hub") != hub_keys.fingerprint:
            raise KnownError(
                ErrorCode.SIGNATURE_INVALID,
                "the machine at this address has other keys: it is not this station's hub",
            )
        with self.db.transaction() as conn:
            repo = SyncRepository(conn)
            repo.put("sync.hub_url", url)
            repo.retry_waiting_now()
            audit.append(conn, self._now(), session.operator, AuditAction.SYNC_HUB_MOVED)
        log.info("hub address changed (hub reachable there: %s)", answer is not None)
        return answer is not None

    # --- sealing ----------------------------------------------------------------------------

    def prepare(self) -> tuple[int, int]:
        """Seal every record that may leave into batches; (batches sealed, records refused
        as too large). Records wait in their batch until the hub's receipt."""
        report = SyncReport()
        for _ in self._sealing(report, self._outbox(), None):
            pass
        return report.batches_sealed, report.too_large

    def _outbox(self) -> list[tuple[str, int]]:
        """(person id, version) of every record that may leave now, oldest first."""
        require_approval = self._settings().review.end_of_day_approval
        return self._repo.candidates(require_approval=require_approval, limit=-1)

    def _sealing(
        self,
        report: SyncReport,
        outbox: Sequence[tuple[str, int]],
        is_cancelled: Callable[[], bool] | None,
    ) -> Generator[BatchRow, None, None]:
        """Seal ``outbox`` into batches, one at a time: yields each sealed batch. The list is
        fixed beforehand, so a record put back in the outbox meanwhile (a batch the hub
        refused) waits for the next sync instead of going round again."""
        station_id = self.station_id()
        keys, hub_keys = self._keys(), self._hub_keys()
        limits = self._settings().sync
        people = PeopleRepository(self.db.conn)
        # The hub is told of erasures in the first batch sealed (alone, if nothing else goes).
        erasures = self._repo.pending_erasures(ERASURES_PER_BATCH)
        batch: list[tuple[BatchRecord, bytes]] = []
        size = 0
        for person_id, version in outbox:
            if is_cancelled is not None and is_cancelled():
                raise KnownError(ErrorCode.CANCELLED, "sync cancelled")
            try:
                record = people.record(person_id)
            except KnownError as error:
                if error.code is ErrorCode.PERSON_NOT_FOUND:
                    continue  # erased at the desk meanwhile
                raise
            if record.person.version != version or record.person.state is not RecordState.COMPLETE:
                continue  # edited (the new version goes next time) or already queued
            data = encode_record(record)
            if len(data) > limits.max_record_bytes:
                self._too_large(person_id, version, len(data), limits.max_record_bytes)
                report.too_large += 1
                continue
            if batch and size + len(data) > limits.max_batch_bytes:
                report.batches_sealed += 1
                yield self._seal(station_id, keys, hub_keys, batch, erasures)
                batch, size, erasures = [], 0, []
            batch.append((BatchRecord(person_id, version, sha256_hex(data)), data))
            size += len(data)
        if batch or erasures:
            report.batches_sealed += 1
            yield self._seal(station_id, keys, hub_keys, batch, erasures)

    def _too_large(self, person_id: str, version: int, size: int, limit: int) -> None:
        with self.db.transaction() as conn:
            SyncRepository(conn).add_problem(
                person_id, version, "too_large", f"{size}/{limit}", self._now()
            )
        log.warning("a record is too large to send (%s bytes, limit %s)", size, limit)

    def _seal(
        self,
        station_id: str,
        keys: KeyPair,
        hub_keys: PublicKeys,
        batch: list[tuple[BatchRecord, bytes]],
        erasures: Sequence[str] = (),
    ) -> BatchRow:
        batch_id = str(uuid.uuid4())
        now = self._now()
        with self.db.transaction() as conn:
            repo = SyncRepository(conn)
            sequence = repo.next_sequence()
            manifest = {
                "kind": "batch",
                "station_id": station_id,
                "batch_id": batch_id,
                "sequence": sequence,
                "created_at": now.isoformat(),  # informative only: ordering uses sequence
                "records": [
                    {"id": r.person_id, "version": r.version, "sha256": r.sha256, "size": len(d)}
                    for r, d in batch
                ],
                # People erased here: the hub erases what it holds of them (ids only).
                "erasures": [{"id": person_id} for person_id in erasures],
            }
            packet = seal(manifest, [d for _, d in batch], hub_keys, keys)
            repo.add_batch(
                batch_id=batch_id,
                sequence=sequence,
                created_at=now,
                packet=packet,
                sha256=sha256_hex(packet),
                records=[r for r, _ in batch],
                erasures=erasures,
            )
            audit.append(
                conn, now, self.vault.session.operator, AuditAction.SYNC_BATCH_SEALED, batch_id
            )
        sealed = self._repo.batch(batch_id)
        assert sealed is not None  # committed just above
        return sealed

    # --- sending ----------------------------------------------------------------------------

    def sync_now(
        self,
        *,
        is_cancelled: Callable[[], bool] | None = None,
        on_progress: Progress | None = None,
        respect_backoff: bool = False,
    ) -> SyncReport:
        """Send every waiting batch (oldest first) and seal and send the outbox, fetch the
        hub's findings, purge.

        The hub checks and stores one batch while the next is sealed here, so the two costs
        overlap (two processes on two cores) instead of adding up."""
        report = SyncReport()
        station_id = self.station_id()
        outbox = self._outbox()
        sealing = self._sealing(report, outbox, is_cancelled)
        # Each batch is tried once: those sealed before go first, then each as it is sealed.
        queue = deque(self._repo.waiting())
        # Progress in bytes: the batches known so far, plus an estimate for the records
        # still to seal (from the batches sealed so far).
        planned = sum(b.size - b.sent_bytes for b in queue)
        done_bytes = sealed_records = sealed_bytes = 0

        def seal_one() -> bool:
            nonlocal planned, sealed_records, sealed_bytes
            batch = next(sealing, None)
            if batch is None:
                return False
            queue.append(batch)
            planned += batch.size
            sealed_records += batch.record_count
            sealed_bytes += batch.size
            return True

        def total() -> int:
            unsealed = len(outbox) - sealed_records - report.too_large
            per_record = sealed_bytes / sealed_records if sealed_records else 0
            return planned + max(0, round(unsealed * per_record))

        transport = self.transport_factory(self.hub_url())
        try:
            while queue or seal_one():
                if is_cancelled is not None and is_cancelled():
                    raise KnownError(ErrorCode.CANCELLED, "sync cancelled")
                batch = queue.popleft()
                remaining = batch.size - batch.sent_bytes
                if respect_backoff and not self._due(batch):
                    planned -= remaining
                    continue

                def progress(sent: int, base: int = done_bytes) -> None:
                    if on_progress is not None:
                        whole = total()
                        on_progress(min(whole, base + sent), whole)

                try:
                    counts = self._send(
                        transport, station_id, batch, progress, is_cancelled, meanwhile=seal_one
                    )
                except KnownError as error:
                    planned -= remaining
                    if error.code is ErrorCode.CANCELLED:
                        raise
                    if error.code in _DEAD_BATCH and "status" in error.details:
                        # The hub refused these bytes and stored none of its records: seal
                        # the records again (next time) rather than send a refused batch for
                        # ever.
                        self._abandon(batch)
                        report.failures.append((batch.batch_id, error.code.value))
                    else:
                        self._failed(batch, error)
                        report.failures.append((batch.batch_id, error.code.value))
                        if error.code is ErrorCode.HUB_UNREACHABLE:
                            break  # the link is down: the other batches would fail the same way
                else:
                    done_bytes += remaining
                    report.batches_sent += 1
                    for status, n in counts.items():
                        into = report.erasures if status in ERASURE_COUNTS else report.records
                        into[status] = into.get(status, 0) + n
            if not any(code == ErrorCode.HUB_UNREACHABLE.value for _, code in report.failures):
                report.findings, report.decisions, report.copies_erased = self._downsync(
                    transport, station_id
                )
        except KnownError as error:
            if error.code is not ErrorCode.CANCELLED:
                self._note_error(error.code.value)
            raise
        finally:
            sealing.close()
            transport.close()
        report.purged = self.purge()
        if report.ok:
            with self.db.transaction() as conn:
                repo = SyncRepository(conn)
                repo.put("sync.last_success", self._now().isoformat())
                repo.put("sync.last_error", "")
        else:
            self._note_error(report.failures[-1][1])
        return report

    def _abandon(self, batch: BatchRow) -> None:
        with self.db.transaction() as conn:
            SyncRepository(conn).abandon(batch.batch_id)
        log.warning("batch %s refused by the hub: its records will be sealed again", batch.sequence)

    def _note_error(self, code: str) -> None:
        with self.db.transaction() as conn:
            SyncRepository(conn).put("sync.last_error", code)

    def _due(self, batch: BatchRow) -> bool:
        if batch.next_attempt_at is None:
            return True
        now = self._now()
        # A clock put back (or a wrong one corrected) must not park a batch for days.
        return batch.next_attempt_at <= now or batch.next_attempt_at - now > dt.timedelta(
            seconds=BACKOFF_MAX_S
        )

    def _failed(self, batch: BatchRow, error: KnownError) -> None:
        delay = min(BACKOFF_MAX_S, BACKOFF_FIRST_S * 2 ** min(batch.attempts, 10))
        delay *= random.uniform(0.8, 1.2)  # noqa: S311 (jitter, not security)
        with self.db.transaction() as conn:
            SyncRepository(conn).note_failure(
                batch.batch_id, error.code.value, self._now() + dt.timedelta(seconds=delay)
            )
        log.warning("batch %s failed: %s", batch.sequence, error.code.value)

    def _send(
        self,
        transport: Transport,
        station_id: str,
        batch: BatchRow,
        progress: Callable[[int], None],
        is_cancelled: Callable[[], bool] | None,
        meanwhile: Callable[[], object] | None = None,
    ) -> dict[str, int]:
        packet = self._repo.packet(batch.batch_id)
        if packet is None:
            raise KnownError(ErrorCode.PACKET_INVALID, "the batch's packet is gone")
        chunk = self._settings().sync.chunk_bytes
        answer = transport.start_upload(station_id, batch.batch_id, len(packet), batch.sha256)
        offset = noted = answer.offset
        noted_at = -math.inf  # the first piece is noted: the batch reads "partly sent"
        sent = 0
        try:
            while not answer.done and offset < len(packet):
                if is_cancelled is not None and is_cancelled():
                    raise KnownError(ErrorCode.CANCELLED, "sync cancelled")
                piece = packet[offset : offset + chunk]
                try:
                    answer = transport.put_chunk(batch.batch_id, offset, piece)
                except KnownError as error:
                    if error.code is not ErrorCode.UPLOAD_OFFSET or "offset" not in error.details:
                        raise
                    offset = int(error.details["offset"])  # the hub holds less or more
                    continue
                sent += answer.offset - offset
                offset = answer.offset
                # For the Sync page only (a resume starts from the hub's offset), so not a
                # transaction per piece: the first, then every few seconds, and at the end.
                if time.monotonic() - noted_at >= _PROGRESS_NOTE_S:
                    noted, noted_at = self._note_progress(batch.batch_id, offset), time.monotonic()
                progress(sent)
        finally:
            if offset != noted:
                self._note_progress(batch.batch_id, offset)
        if meanwhile is None:
            return self.apply_receipt(transport.commit(batch.batch_id))
        # The hub's commit (its checks, storage and 1:N search) runs while this thread does
        # ``meanwhile`` (seals the next batch). Only the request runs on the other thread:
        # the vault stays on this one.
        # If ``meanwhile`` fails, leaving the pool still waits for the request to end (before
        # the transport is closed); a receipt lost so comes back with the next start_upload.
        with ThreadPoolExecutor(1, thread_name_prefix="sync-commit") as pool:
            committing = pool.submit(transport.commit, batch.batch_id)
            meanwhile()
            receipt = committing.result()
        return self.apply_receipt(receipt)

    def _note_progress(self, batch_id: str, offset: int) -> int:
        with self.db.transaction() as conn:
            SyncRepository(conn).note_progress(batch_id, offset)
        return offset

    # --- receipts ---------------------------------------------------------------------------

    def apply_receipt(self, receipt: bytes) -> dict[str, int]:
        """Check a receipt's signature and store it with each record's new state, in one
        transaction; the counts by status (records', and ``ERASURE_COUNTS``). Applying the
        same receipt again changes nothing."""
        body = open_envelope(receipt, self._hub_keys().sign)
        station_id = self.station_id()
        if body.get("kind") != "receipt" or body.get("station_id") != station_id:
            raise KnownError(ErrorCode.PACKET_INVALID, "this receipt is for another station")
        batch_id = str(body.get("batch_id", ""))
        repo = self._repo
        batch = repo.batch(batch_id)
        if batch is None:
            raise KnownError(ErrorCode.PACKET_INVALID, "this receipt is for an unknown batch")
        if body.get("batch_sha256") != batch.sha256:
            raise KnownError(ErrorCode.PACKET_INVALID, "this receipt is for another batch")
        if batch.state == "done":
            return dict(batch.counts)
        listed = {(r.person_id, r.version) for r in repo.batch_records(batch_id)}
        results: list[tuple[str, int, str, str | None]] = []
        for item in body.get("results") or []:
            key = (str(item.get("id")), int(item.get("version", 0)))
            if key in listed:
                results.append((key[0], key[1], str(item.get("status")), item.get("reason")))
        answered = {(pid, version) for pid, version, _, _ in results}
        now = self._now()
        counts: dict[str, int] = {}
        synced: list[tuple[str, int]] = []
        back: list[tuple[str, int]] = []  # to the outbox: sent again after a fix or next time
        for pid, version, status, _ in results:
            counts[status] = counts.get(status, 0) + 1
            (synced if status in ("accepted", "duplicate") else back).append((pid, version))
        back.extend(listed - answered)  # never expected
        told = repo.batch_erasures(batch_id)
        erased: list[tuple[str, str, str | None]] = []
        for item in body.get("erasures") or []:
            if isinstance(item, dict) and str(item.get("id")) in told:
                status = str(item.get("status"))
                if status in ("erased", "not_held", "refused"):
                    erased.append((str(item["id"]), status, item.get("reason")))
                    word = erasure_count_key(status)
                    counts[word] = counts.get(word, 0) + 1
        with self.db.transaction() as conn:
            r = SyncRepository(conn)
            r.finish(batch_id, receipt.decode(), now, results, erased)
            for pid, version, status, reason in results:
                if status not in ("accepted", "duplicate"):
                    r.add_problem(pid, version, status, str(reason or ""), now)
            r.set_states_if_version(synced, RecordState.SYNCED, only_from=RecordState.QUEUED)
            r.set_states_if_version(back, RecordState.COMPLETE, only_from=RecordState.QUEUED)
            audit.append(
                conn, now, self.vault.session.operator, AuditAction.SYNC_ACKNOWLEDGED, batch_id
            )
        log.info("receipt applied for batch %s: %s", batch.sequence, counts)
        return counts

    def resend(self, person_id: str) -> None:
        """A supervisor's answer to a conflict or refusal: send the record as a new version
        (what this station holds wins; the hub keeps both versions)."""
        session = self.vault.session
        session.require_supervisor("send a record again")
        now = self._now()
        with self.db.transaction() as conn:
            people = PeopleRepository(conn)
            person = people.get(person_id)
            bumped = replace(
                person,
                version=person.version + 1,
                state=RecordState.COMPLETE,
                updated_at=now,
                updated_by=session.operator,
            )
            people.update(bumped, None)
            audit.append(
                conn,
                now,
                session.operator,
                AuditAction.SYNC_RESEND,
                f"{person_id}:v{bumped.version}",
            )

    # --- down-sync --------------------------------------------------------------------------

    def _downsync(self, transport: Transport, station_id: str) -> tuple[int, int, int]:
        findings = decisions = erased = 0
        for _ in range(1000):  # a bound, not a limit anyone meets: 200 events a packet
            after = int(self._repo.get("sync.downsync_after") or 0)
            packet = transport.downsync(station_id, after)
            more, f, d, e = self.apply_downsync(packet)
            findings += f
            decisions += d
            erased += e
            if not more:
                break
        return findings, decisions, erased

    def apply_downsync(self, packet: bytes) -> tuple[bool, int, int, int]:
        """Apply the hub's findings, decisions and erasures after this station's cursor;
        (more to come, findings applied, decisions applied, other sites' records erased)."""
        opened = open_packet(packet, self._keys(), self._hub_keys().sign)
        manifest = opened.manifest
        if manifest.get("kind") != "downsync" or manifest.get("station_id") != self.station_id():
            raise KnownError(ErrorCode.PACKET_INVALID, "these findings are for another station")
        now = self._now()
        findings = decisions = erased = 0
        with self.db.transaction() as conn:
            repo = SyncRepository(conn)
            cursor = int(repo.get("sync.downsync_after") or 0)
            if int(manifest.get("after", 0)) > cursor:
                # A later page than the one expected: applying it would skip events.
                return True, 0, 0, 0
            for event in manifest.get("events") or []:
                seq = int(event["seq"])
                if seq <= cursor:
                    continue
                if event.get("kind") == "finding":
                    findings += self._apply_finding(conn, event, opened.items, now)
                elif event.get("kind") == "decision":
                    decisions += self._apply_decision(conn, event, now)
                elif event.get("kind") == "erased":
                    erased += self._apply_erased(conn, event, now)
                cursor = seq
            cursor = max(cursor, int(manifest.get("until", cursor)))
            repo.put("sync.downsync_after", str(cursor))
            if findings or decisions:
                audit.append(
                    conn,
                    now,
                    self.vault.session.operator,
                    AuditAction.SYNC_FINDINGS,
                    f"findings:{findings},decisions:{decisions}",
                )
        if erased:
            self.db.checkpoint()  # no old WAL frame keeps a copy of what was erased
        return bool(manifest.get("more")), findings, decisions, erased

    def _apply_finding(
        self, conn: Any, event: dict[str, Any], items: tuple[bytes, ...], now: dt.datetime
    ) -> int:
        repo = SyncRepository(conn)
        people = PeopleRepository(conn)
        finding_id = str(event["finding_id"])
        if repo.finding_case(finding_id)[0]:
            return 0
        local = str(event["local_record"])
        if not people.exists(local):  # erased here meanwhile
            repo.add_finding(finding_id, None, int(event["seq"]), now.isoformat())
            return 0
        record = decode_record(items[int(event["item"])], state=RecordState.SYNCED)
        remote = record.person.id
        if not people.exists(remote):
            people.insert(record.person, repo.next_hub_sequence(), record)
            repo.add_hub_copy(
                remote,
                str(event.get("remote_site", "")),
                str(event.get("remote_station", "")),
                now.isoformat(),
            )
        evidence = event.get("evidence") or {}
        case = DuplicateCase(
            id=str(uuid.uuid4()),
            person_a=min(local, remote),
            person_b=max(local, remote),
            source=CaseSource.HUB,
            group_id=f"hub:{finding_id}",
            score_id=str(event["score_id"]),
            distance=float(event["distance"]),
            band=Band(str(event["band"])),
            distances=dict(evidence.get("distances") or {}),
            fused=evidence.get("fused"),
            state=CaseState.OPEN,
            created_at=now,
            probe_id=local,
        )
        cases = CaseRepository(conn)
        case_id: str | None = case.id
        if cases.open_case(case):
            pass
        else:
            existing = [
                c for c in cases.for_person(local) if {c.person_a, c.person_b} == {local, remote}
            ]
            case_id = existing[0].id if existing else None
        repo.add_finding(finding_id, case_id, int(event["seq"]), now.isoformat())
        return 1

    def _apply_decision(self, conn: Any, event: dict[str, Any], now: dt.datetime) -> int:
        found, case_id = SyncRepository(conn).finding_case(str(event["finding_id"]))
        if not found or case_id is None:
            return 0
        decision = Decision(str(event["decision"]))
        reason = next(r for r in REASONS[decision] if r.needs_note)
        by = str(event.get("decided_by") or "")
        note = f"Decided at the hub by {by}: {event.get('reason') or ''}".strip()
        review = ReviewRepository(conn)
        case = CaseRepository(conn).get(case_id)
        if case is None:
            return 0
        review.record_decision(
            DecisionEntry(
                0,
                case_id,
                decision,
                reason.value,
                note[:2000],
                None,
                f"hub:{by}"[:120],
                now,
            )
        )
        _rebuild_identities(review, (case.person_a, case.person_b))
        return 1

    def _apply_erased(self, conn: Any, event: dict[str, Any], now: dt.datetime) -> int:
        """The site that registered a person erased them: this station's copy of their record
        (shown beside one of ours) goes too, with the cases that compared it; the people it
        was linked to as "same person" are linked again without it."""
        record_id = str(event.get("record") or "")
        if not SyncRepository(conn).is_hub_copy(record_id):
            return 0
        linked = [
            c.person_a if c.person_b == record_id else c.person_b
            for c in CaseRepository(conn).for_person(record_id)
        ]
        PeopleRepository(conn).erase(record_id)  # cascades to the copy's photos and cases
        _rebuild_identities(ReviewRepository(conn), linked)
        audit.append(
            conn, now, self.vault.session.operator, AuditAction.SYNC_COPY_ERASED, record_id
        )
        return 1

    # --- files (USB) ------------------------------------------------------------------------

    def export_dir(self, directory: Path) -> list[Path]:
        """Write every waiting batch (sealing first) as a file for the hub; nothing changes
        state until the hub's receipts are imported."""
        self.station_id()
        if not directory.is_dir():
            raise KnownError(ErrorCode.FILE_UNREADABLE, f"{directory} is not a folder")
        self.prepare()
        written = []
        for batch in self._repo.waiting():
            packet = self._repo.packet(batch.batch_id)
            if packet is None:
                continue
            path = directory / f"{batch.sequence:08d}-{batch.batch_id}.rgb"
            try:
                if not (path.exists() and sha256_hex(path.read_bytes()) == batch.sha256):
                    write_atomic(path, packet)
            except OSError as error:  # a stick pulled out, or full
                raise KnownError(
                    ErrorCode.FILE_UNREADABLE,
                    f"cannot write {path.name} to {directory}: {error.strerror}",
                ) from error
            written.append(path)
        now = self._now()
        with self.db.transaction() as conn:
            audit.append(
                conn,
                now,
                self.vault.session.operator,
                AuditAction.SYNC_EXPORTED,
                f"batches:{len(written)}",
            )
        return written

    def import_dir(self, directory: Path) -> ImportReport:
        """Apply the hub's receipts and this station's findings from a folder."""
        station_id = self.station_id()
        if not directory.is_dir():
            raise KnownError(ErrorCode.FILE_UNREADABLE, f"{directory} is not a folder")
        receipts = findings = decisions = copies_erased = 0
        skipped: list[str] = []
        errors: list[tuple[str, str]] = []
        for path in sorted(directory.glob("*.receipt")):
            try:
                batch_id = str(json.loads(json.loads(path.read_bytes())["body"]).get("batch_id"))
                known = self._repo.batch(batch_id)
                if known is None or known.state == "done":
                    skipped.append(path.name)
                    continue
                self.apply_receipt(path.read_bytes())
                receipts += 1
            except (KnownError, ValueError, KeyError, TypeError, OSError) as error:
                errors.append((path.name, _file_error(error)))
        for path in sorted(directory.glob(f"findings-{station_id}-*.rgp")):
            try:
                _more, f, d, e = self.apply_downsync(path.read_bytes())
                findings += f
                decisions += d
                copies_erased += e
            except (KnownError, OSError) as error:
                errors.append((path.name, _file_error(error)))
        if receipts and not errors:
            with self.db.transaction() as conn:
                SyncRepository(conn).put("sync.last_success", self._now().isoformat())
        return ImportReport(
            receipts, findings, decisions, tuple(skipped), tuple(errors), copies_erased
        )

    # --- leaving the laptop -----------------------------------------------------------------

    def purge(self) -> int:
        """Remove records acknowledged more than ``keep_days_after_receipt`` days ago (0 keeps
        them); never one without a receipt, never one an open case needs."""
        days = self._settings().sync.keep_days_after_receipt
        if days <= 0:
            return 0
        cutoff = self._now() - dt.timedelta(days=days)
        removed = 0
        for person_id in self._repo.acknowledged_before(cutoff, 1000):
            now = self._now()
            with self.db.transaction() as conn:
                people = PeopleRepository(conn)
                people.erase(person_id)
                SyncRepository(conn).drop_orphan_hub_copies()
                people.record_erasure(person_id, "synced", now, self.vault.session.operator)
                audit.append(
                    conn, now, self.vault.session.operator, AuditAction.SYNC_PURGED, person_id
                )
            removed += 1
        if removed:
            self.db.checkpoint()
        return removed
