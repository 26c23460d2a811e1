"""Sync under faults, against a real hub (`registrar hub serve` in a subprocess on 127.0.0.1)
on SQLite and on PostgreSQL: connections cut at random, the hub killed mid-upload and
mid-commit, the station killed mid-sync. Every record still arrives exactly once."""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from support.hub import ROOT, HubProcess, make_station, register, token
from support.tcp_proxy import FaultProxy, random_cuts

from registrar.biometrics.engine import Analysis, FaceEngine
from registrar.biometrics.intake import load_image
from registrar.errors import ErrorCode, KnownError
from registrar.hub.service import Hub
from registrar.services.sync import SyncReport, SyncService
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.sync import SyncRepository
from registrar.storage.vault import Vault
from registrar.sync.transport import HttpTransport, Transport, UploadAnswer

PEOPLE = Path(__file__).parents[1] / "data" / "faces" / "people"
SUPERVISOR, PASSWORD = "amina", "correct horse battery"
CHUNK = 4 * 1024  # the smallest upload piece the settings allow: many chunks per batch
BATCH = 64 * 1024  # the smallest batch: many batches (a record with a photo goes alone)
MAX_ATTEMPTS = 300
TIME_LIMIT_S = 150.0


@pytest.fixture(scope="module")
def photos(engine: FaceEngine) -> list[Analysis]:
    """Real photos with their real templates, analysed once."""
    return [
        engine.analyse(load_image(path))
        for folder in sorted(PEOPLE.iterdir())
        for path in sorted(folder.glob("*.jpg"))
    ]


# --- the station ----------------------------------------------------------------------------------


def _loaded_station(root: Path, photos: list[Analysis], count: int, photo_every: int) -> Vault:
    """A station with ``count`` records, every ``photo_every``-th with a real photo (~80 KB),
    and the smallest chunks and batches the settings allow."""
    vault = make_station(root, "KAK", 1)
    settings = vault.settings()
    vault.save_settings(
        replace(settings, sync=replace(settings.sync, chunk_bytes=CHUNK, max_batch_bytes=BATCH))
    )
    for i in range(count):
        shot = photos[i % len(photos)] if i % photo_every == 0 else None
        register(
            vault,
            f"Person{i}",
            photo=shot.photo if shot else None,
            templates=shot.templates if shot else (),
        )
    return vault


@dataclass
class Call:
    op: str  # start, put, commit, downsync
    batch_id: str
    phase: int
    offset: int = 0
    size: int = 0
    answer: UploadAnswer | None = None
    error: str | None = None  # an error code when the call failed
    seconds: float = 0.0


@dataclass
class Calls:
    """What a station asked of the hub, through every transport it made."""

    phase: int = 0  # set by the test: which part of its story a call belongs to
    pace_s: float = 0.0  # a pause before each chunk, so a kill can land mid-upload
    log: list[Call] = field(default_factory=list)
    current: str | None = None  # the call in flight, if any
    committing: threading.Event = field(default_factory=threading.Event)
    after_commit: Callable[[str], None] | None = None  # once, after the hub answered a commit
    lock: threading.Lock = field(default_factory=threading.Lock)

    def puts(self, batch_id: str, phase: int | None = None) -> list[Call]:
        return [
            c
            for c in self.log
            if c.op == "put" and c.batch_id == batch_id and phase in (None, c.phase)
        ]

    def factory(self, url: str) -> Transport:
        return CountingTransport(HttpTransport(url), self)


class CountingTransport:
    """HttpTransport, with every upload call written down in ``calls``."""

    def __init__(self, inner: HttpTransport, calls: Calls) -> None:
        self.inner = inner
        self.calls = calls

    def _run(self, call: Call, action: Callable[[], Any]) -> Any:
        with self.calls.lock:
            self.calls.log.append(call)
            self.calls.current = call.op
        started = time.monotonic()
        try:
            return action()
        except KnownError as error:
            call.error = error.code.value
            raise
        finally:
            call.seconds = time.monotonic() - started
            with self.calls.lock:
                self.calls.current = None

    def health(self) -> dict[str, Any]:
        return self.inner.health()

    def enrol(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.inner.enrol(body)

    def start_upload(self, station_id: str, batch_id: str, size: int, sha256: str) -> UploadAnswer:
        call = Call("start", batch_id, self.calls.phase, size=size)
        answer: UploadAnswer = self._run(
            call, lambda: self.inner.start_upload(station_id, batch_id, size, sha256)
        )
        call.answer = answer
        return answer

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> UploadAnswer:
        if self.calls.pace_s:
            time.sleep(self.calls.pace_s)
        call = Call("put", batch_id, self.calls.phase, offset=offset, size=len(data))
        answer: UploadAnswer = self._run(call, lambda: self.inner.put_chunk(batch_id, offset, data))
        call.answer = answer
        return answer

    def commit(self, batch_id: str) -> bytes:
        self.calls.committing.set()
        receipt: bytes = self._run(
            Call("commit", batch_id, self.calls.phase), lambda: self.inner.commit(batch_id)
        )
        hook, self.calls.after_commit = self.calls.after_commit, None
        if hook is not None:
            hook(batch_id)
        return receipt

    def downsync(self, station_id: str, after: int) -> bytes:
        packet: bytes = self._run(
            Call("downsync", "", self.calls.phase), lambda: self.inner.downsync(station_id, after)
        )
        return packet

    def close(self) -> None:
        self.inner.close()


@dataclass
class Outcome:
    attempts: int
    failures: collections.Counter[str]  # error code -> batches that failed with it
    raised: collections.Counter[str]  # error code -> sync_now calls that raised it


def _sync_until_done(service: SyncService) -> Outcome:
    """sync_now until nothing waits and a whole sync succeeds; bounded in tries and time."""
    outcome = Outcome(0, collections.Counter(), collections.Counter())
    deadline = time.monotonic() + TIME_LIMIT_S
    while outcome.attempts < MAX_ATTEMPTS and time.monotonic() < deadline:
        outcome.attempts += 1
        try:
            report = service.sync_now()
        except KnownError as error:  # the down-sync after the uploads was cut
            outcome.raised[error.code.value] += 1
            continue
        outcome.failures.update(code for _batch, code in report.failures)
        if report.ok and service.status().waiting_batches == 0:
            return outcome
    raise AssertionError(f"no convergence after {outcome.attempts} syncs: {outcome}")


def _assert_converged(vault: Vault, hub_dir: Path) -> int:
    """Nothing lost, nothing twice, every receipt stored, the vault sound; the record count."""
    conn = vault.db.conn
    mine = {
        (pid, version): state
        for pid, version, state in conn.execute(
            "SELECT id, version, state FROM people WHERE sequence > 0"
        )
    }
    assert mine and set(mine.values()) == {"synced"}
    with Hub.open(hub_dir, load_gallery=False) as h:
        held = h.store.record_versions()
        hub_batches = h.store.counts()["batches"]
    keys = [(r, v) for r, v, _sha in held]
    assert len(keys) == len(set(keys)), "a record version is held twice"
    assert set(keys) == set(mine)
    sent = conn.execute(
        "SELECT person_id, version, sha256, status FROM sync_batch_records"
    ).fetchall()
    # Each version was sealed once, accepted once, and the hub holds exactly those bytes.
    assert sorted((p, v) for p, v, _s, _st in sent) == sorted(mine)
    assert {st for *_rest, st in sent} == {"accepted"}
    assert {(p, v): s for p, v, s, _st in sent} == {(r, v): s for r, v, s in held}
    batches = conn.execute(
        "SELECT state, receipt IS NOT NULL, NOT EXISTS (SELECT 1 FROM sync_packets p"
        " WHERE p.batch_id = b.batch_id), sent_bytes = size FROM sync_batches b"
    ).fetchall()
    assert batches and set(batches) == {("done", 1, 1, 1)}
    assert hub_batches == len(batches)  # each batch applied once
    assert not list((hub_dir / "uploads").glob("*.part")), "an applied upload was left behind"
    report = audit.verify(conn)
    assert report.ok, report.problems
    vault.db.check_integrity()
    return len(mine)


def _enrolled(vault: Vault, hub: HubProcess, calls: Calls | None = None) -> SyncService:
    service = SyncService(vault, calls.factory) if calls else SyncService(vault)
    service.enrol(hub.url, token(hub.hub_dir))
    return service


# --- 1. the link cut at random ------------------------------------------------------------------


def test_connections_cut_at_random_still_deliver_every_record_exactly_once(
    tmp_path: Path, hub: HubProcess, photos: list[Analysis]
) -> None:
    station = _loaded_station(tmp_path / "station", photos, count=60, photo_every=5)
    service = SyncService(station)
    assert hub.port is not None
    cuts = random_cuts(seed=20240611, low=200, high=48 * 1024, probability=0.97)
    with FaultProxy("127.0.0.1", hub.port, cut_after=cuts, seed=7) as proxy:
        # The enrolment's answer may be cut too: the same token and keys ask again.
        once = token(hub.hub_dir)
        for _ in range(50):
            try:
                service.enrol(proxy.url_base, once)
                break
            except KnownError as error:
                assert error.code is ErrorCode.HUB_UNREACHABLE
        outcome = _sync_until_done(service)
        connections, cut = proxy.connections, proxy.cuts
    print(f"cuts: {cut} of {connections} connections, {outcome}")
    assert cut >= 10 and cut / connections >= 0.5
    # A cut link is only ever "hub unreachable": never a damaged or refused batch.
    assert set(outcome.failures) | set(outcome.raised) <= {ErrorCode.HUB_UNREACHABLE.value}
    _assert_converged(station, hub.hub_dir)
    station.close()


def test_a_chunk_sent_twice_at_once_is_written_once(tmp_path: Path, hub: HubProcess) -> None:
    """A retry racing the request it retries (the first was cut after it reached the hub):
    both at the same offset, so only one may be appended. Before the hub serialised chunk
    writes, about one pair in thirty was appended twice, and a batch whose copy grew past its
    size could never be committed."""
    station = make_station(tmp_path / "station", "KAK", 1)
    station_id = _enrolled(station, hub).station_id()
    station.close()
    transports = [HttpTransport(hub.url), HttpTransport(hub.url)]
    answers: list[str] = []

    def put(transport: HttpTransport, batch_id: str, ready: threading.Barrier) -> None:
        ready.wait(10)
        try:
            transport.put_chunk(batch_id, 0, bytes(CHUNK))
            answers.append("written")
        except KnownError as error:
            answers.append(error.code.value)

    try:
        for _ in range(60):
            batch_id = str(uuid.uuid4())
            transports[0].start_upload(station_id, batch_id, 2 * CHUNK, "0" * 64)
            ready = threading.Barrier(2)
            pair = [threading.Thread(target=put, args=(t, batch_id, ready)) for t in transports]
            for thread in pair:
                thread.start()
            for thread in pair:
                thread.join(30)
            assert (hub.hub_dir / "uploads" / f"{batch_id}.part").stat().st_size == CHUNK
    finally:
        for transport in transports:
            transport.close()
    assert collections.Counter(answers) == {
        "written": 60,
        ErrorCode.UPLOAD_OFFSET.value: 60,
    }


# --- 2. the hub killed (SIGKILL) ----------------------------------------------------------------


class BackgroundSync:
    """One sync_now on a thread of its own, with its own connection to the vault."""

    def __init__(self, vault: Vault, calls: Calls) -> None:
        self.db = vault.db.sibling()
        self.service = SyncService(vault, calls.factory, db=self.db)
        self.report: SyncReport | None = None
        self.error: KnownError | None = None
        self.thread = threading.Thread(target=self._run, name="sync-under-test")
        self.thread.start()

    def _run(self) -> None:
        try:
            self.report = self.service.sync_now()
        except KnownError as error:  # the hub died during the down-sync
            self.error = error

    @property
    def failed(self) -> bool:
        return self.error is not None or (self.report is not None and not self.report.ok)

    def join(self) -> None:
        self.thread.join(60)
        assert not self.thread.is_alive(), "the sync did not end after the hub died"
        self.db.close()


def _partial_upload(uploads: Path, sizes: dict[str, int], timeout: float = 60.0) -> Path:
    """Wait until the hub holds part of a batch: some chunks in, some still to come."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for part in uploads.glob("*.part"):
            held = part.stat().st_size if part.exists() else 0
            if 2 * CHUNK <= held <= sizes.get(part.stem, 0) - 4 * CHUNK:
                return part
        time.sleep(0.002)
    raise AssertionError("the hub never held a partial upload")


def test_the_hub_killed_mid_upload_resumes_from_its_confirmed_offset(
    tmp_path: Path, hub: HubProcess, photos: list[Analysis]
) -> None:
    station = _loaded_station(tmp_path / "station", photos, count=60, photo_every=5)
    calls = Calls()
    service = _enrolled(station, hub, calls)
    service.prepare()
    sizes = {b.batch_id: b.size for b in SyncRepository(station.db.conn).waiting()}
    calls.pace_s = 0.01  # ~10 ms a chunk: the kill lands while the batch is on its way
    sync = BackgroundSync(station, calls)
    part = _partial_upload(hub.hub_dir / "uploads", sizes)
    time.sleep(random.Random(5).uniform(0.0, 0.02))  # during a pause or a chunk
    hub.kill()
    confirmed = part.stat().st_size  # what the hub holds, fsynced chunk by chunk
    sync.join()
    assert sync.report is not None and sync.error is None
    assert [c for _b, c in sync.report.failures] == [ErrorCode.HUB_UNREACHABLE.value]
    batch_id, size = part.stem, sizes[part.stem]
    assert 0 < confirmed < size
    hub.start()
    calls.phase, calls.pace_s = 1, 0.0
    outcome = _sync_until_done(service)
    assert outcome.attempts == 1 and not outcome.failures
    # The upload went on where the hub's copy ended, not from the start ...
    (start,) = [c for c in calls.log if c.op == "start" and c.batch_id == batch_id and c.phase]
    assert start.answer is not None and start.answer.offset == confirmed
    assert calls.puts(batch_id, phase=1)[0].offset == confirmed
    # ... so at most the one chunk in flight when the hub died was sent again.
    offered = sum(c.size for c in calls.puts(batch_id))
    print(f"batch of {size} bytes: hub held {confirmed}, re-sent {offered - size}")
    assert size <= offered <= size + CHUNK
    _assert_converged(station, hub.hub_dir)
    station.close()


@pytest.mark.slow
def test_the_hub_killed_at_random_moments_even_mid_commit_converges(
    tmp_path: Path, hub: HubProcess, photos: list[Analysis]
) -> None:
    station = _loaded_station(tmp_path / "station", photos, count=60, photo_every=5)
    calls = Calls()
    service = _enrolled(station, hub, calls)
    rng = random.Random(1906)
    landed: collections.Counter[str] = collections.Counter()
    dropped: list[str] = []

    def die_before_answering(batch_id: str) -> None:
        # The hub applied the batch and died before its answer left, and before it removed
        # its copy of the upload (put back here): the receipt is lost, the copy left over.
        hub.kill()
        packet = SyncRepository(station.db.conn).packet(batch_id)
        assert packet is not None
        (hub.hub_dir / "uploads" / f"{batch_id}.part").write_bytes(packet)
        dropped.append(batch_id)
        raise KnownError(ErrorCode.HUB_UNREACHABLE, "the hub died before it answered")

    calls.pace_s = 0.005
    moments = ["any", "commit", "after commit", "commit", "commit"]
    for kill, moment in enumerate(moments):
        calls.phase = kill
        calls.committing.clear()
        if moment == "after commit":
            calls.after_commit = die_before_answering
            sync = BackgroundSync(station, calls)
            sync.join()
            assert hub.process is None and len(dropped) == 1
            landed["after applying, before answering"] += 1
        else:
            sync = BackgroundSync(station, calls)
            if moment == "commit":
                # While the hub verifies and applies a batch (which takes it 6 to 120 ms).
                assert calls.committing.wait(30), "no batch reached its commit"
                time.sleep(rng.uniform(0.0, 0.005))
            else:
                time.sleep(rng.uniform(0.05, 0.8))
            with calls.lock:
                landed[calls.current or "between calls"] += 1
            hub.kill()
            sync.join()
        assert sync.failed
        hub.start()
    calls.phase, calls.pace_s = len(moments), 0.0
    _sync_until_done(service)
    # The batch the hub applied just before it died was not applied again: asked where its
    # upload stood, the hub answered "done" with the receipt it had kept.
    recovered = {c.batch_id for c in calls.log if c.op == "start" and c.answer and c.answer.done}
    assert dropped[0] in recovered
    cut_commits = [c for c in calls.log if c.op == "commit" and c.error]
    print(
        f"hub kills landed: {dict(landed)}; commits cut: {len(cut_commits)}, "
        f"receipts the station asked for again: {len(recovered)}"
    )
    assert landed["commit"] >= 2 and sum(landed.values()) == len(moments)
    _assert_converged(station, hub.hub_dir)
    station.close()


# --- 3. the station killed (SIGKILL) -------------------------------------------------------------


@pytest.mark.slow
def test_the_station_killed_mid_sync_thirty_times_loses_and_repeats_nothing(
    tmp_path: Path, hub: HubProcess, photos: list[Analysis]
) -> None:
    vault_dir = tmp_path / "station"
    station = _loaded_station(vault_dir, photos, count=200, photo_every=7)
    service = _enrolled(station, hub)
    rng = random.Random(4471)
    env = dict(os.environ, REGISTRAR_PASSWORD=PASSWORD)
    command = [
        sys.executable,
        "-m",
        "registrar.cli",
        "--data-dir",
        str(vault_dir),
        "--operator",
        SUPERVISOR,
        "sync",
        "now",
    ]
    log_path = tmp_path / "station.log"
    landed: collections.Counter[str] = collections.Counter()
    assert hub.port is not None
    # No cuts: the proxy only shows when the station starts talking to the hub.
    with FaultProxy("127.0.0.1", hub.port) as proxy:
        service.set_hub_url(proxy.url_base)
        station.close()

        def run() -> subprocess.Popen[bytes]:
            with log_path.open("ab") as log:
                return subprocess.Popen(
                    command,
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )

        wal = vault_dir / "vault.db-wal"

        def wal_size() -> int:
            return wal.stat().st_size if wal.exists() else 0

        def wait_until(ready: Callable[[], bool], process: subprocess.Popen[bytes]) -> None:
            deadline = time.monotonic() + 30
            while not ready() and process.poll() is None:
                assert time.monotonic() < deadline, "the station never got that far"
                time.sleep(0.002)

        for kill in range(KILLS := 30):
            contacts, wal_before = proxy.connections, wal_size()
            process = run()
            try:
                if kill == 0:
                    # While it seals batches: packets pour into the vault's write-ahead log.
                    wait_until(lambda w=wal_before: wal_size() > w + 256 * 1024, process)
                    deadline = time.monotonic()
                elif kill % 3 == 0:
                    # Any moment from start-up on: unlocking, sealing, or sending.
                    deadline = time.monotonic() + rng.uniform(0.2, 1.0)
                else:
                    # A moment after the station began to send.
                    wait_until(lambda c=contacts: proxy.connections > c, process)
                    deadline = time.monotonic() + rng.uniform(0.0, 0.12)
                while process.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.002)
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                    if proxy.connections > contacts:
                        landed["mid-upload"] += 1
                    elif wal_size() > wal_before + 64 * 1024:
                        landed["sealing"] += 1
                    else:
                        landed["starting up or unlocking"] += 1
                else:
                    landed[f"finished first (exit {process.returncode})"] += 1
            finally:
                if process.poll() is None:  # the test failed: leave no station running
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        final = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, timeout=120, check=False
        )
        assert final.returncode == 0, final.stdout + final.stderr
    print(f"station kills: {dict(landed)}; final sync: {final.stdout.decode().strip()}")
    assert landed["mid-upload"] + landed["sealing"] >= KILLS // 2
    station = Vault.unlock(vault_dir, SUPERVISOR, PASSWORD)
    try:
        assert _assert_converged(station, hub.hub_dir) == 200
        print(f"station runs that sealed / got receipts: {_sessions(station)}")
    finally:
        station.close()


def _sessions(vault: Vault) -> tuple[int, int]:
    """From the audit log: how many unlocks (runs) sealed batches, how many got receipts."""
    sealed = acknowledged = 0
    runs: list[set[str]] = [set()]
    for (action,) in vault.db.conn.execute("SELECT action FROM audit_log ORDER BY seq"):
        if action == AuditAction.UNLOCKED.value:
            runs.append(set())
        runs[-1].add(action)
    for run in runs[1:]:
        sealed += AuditAction.SYNC_BATCH_SEALED.value in run
        acknowledged += AuditAction.SYNC_ACKNOWLEDGED.value in run
    return sealed, acknowledged
