"""Sync benchmark: a station sends 10,000 records to a real hub; a cut link is resumed; the
hub's duplicate search is timed against a 1,000,000-record gallery.

Prints one JSON object (progress goes to stderr). Targets on this 2-core machine:
``records_per_s`` >= 100 and ``resume_overhead_bytes`` < one upload piece
(``settings.sync.chunk_bytes``, 256 KiB by default).

The station is a real SQLCipher vault (Vault.create with the tests' fast key derivation)
holding ``--records`` people, each with a ~60 KB JPEG face photo and an SFace and a dlib
template, inserted 500 to a transaction with PeopleService.register_in (not timed). The
photos are the real ones in tests/data/faces/people, resized and re-encoded to ~60 KB; their
templates are the real SFace and dlib templates, computed once with FaceEngine, and each
record gets them with small Gaussian noise (``--noise``, 5% of the vector's norm: a cosine
distance of ~0.001 to the original), so the hub's gallery holds real face embeddings rather
than random vectors. Note what follows from that: the records are ~14 faces seen hundreds of
times each, so every search at the hub meets hundreds of near-identical templates within its
radius (all from this same station, so no finding is raised): a heavier ranking step than a
gallery of distinct people gives.

``records_per_s`` is ``--records`` over ``sync_s``, the wall time of one
``SyncService(vault).sync_now()`` to a hub served by ``registrar hub serve`` (SQLite) in its
own process on 127.0.0.1 (tests/support/hub.py's HubProcess). That covers sealing (reading
and encoding the records, AES-GCM, Ed25519, storing the packets in the vault), the resumable
upload in chunks (each fsynced at the hub, each noted in the vault), the hub's commit
(hash, signature and per-record checks, decryption, storage, duplicate search of every
record against the hub's gallery, the signed receipt), applying the receipts and the
down-sync. Split times: ``seal_s`` (producing each sealed batch: SyncService._sealing),
``upload_s`` (start and chunk requests; ``chunk_ms_p50`` per chunk), ``hub_commit_s`` (commit
requests: the hub's verification, storage and search), ``receipt_s`` (apply_receipt),
``downsync_s``. The station seals the next batch while the hub commits the last, so sealing
and commits overlap: ``parts_s`` is the sum of the split times, and ``parts_s - sync_s`` is
roughly what the overlap saved (less the unmetered rest: reading each packet back from the
vault, progress transactions, listing batches).
``hub_commit_s_per_batch_first``/``_last``: the median commit of the first and last tenth
of the batches (does the hub slow down as it fills?). ``hub_rss_mb`` is the hub process's
peak resident memory (VmHWM) after that run. ``--profile FILE`` writes a cProfile of this
process (the station's side) during the timed sync and prints its top costs on stderr.

``resume_overhead_bytes``: 100 more people (one ~8 MB batch) are sealed, then sent through
a TCP proxy on 127.0.0.1 that resets the connection in the middle of a chunk about halfway
through the batch; the next sync_now goes through the proxy uncut. The
overhead is the upload payload that crossed the link over both attempts (the chunks the hub
acknowledged plus the part of the cut chunk that got through, counted with its HTTP header)
less the batch's size: what a cut link costs again. ``resume_wire_overhead_bytes`` is every
byte the proxy carried towards the hub (all requests and headers of both syncs) less the
batch's size.

``hub_ingest_search_ms_per_record`` (and ``_worst_batch``): the hub's duplicate search per
ingested record with ``--gallery`` (1,000,000) records in the gallery. The hub's database is
the one of the run above, but its in-memory gallery (Hub.open in this process, exact index as
the hub uses) starts empty rather than with the run's records (their hundreds of near copies
per face would make every search rank ~1,400 same-station hits, a cost of the synthetic data)
and is filled with that many synthetic records from another station id: one L2-normalised
random 128-d float32 vector per record in each model's index (SFace and dlib: a hub record
carries both), plus one record from that station planted as a near copy of the first photo,
so the probes of that person raise real cross-station findings. ``--ingest-records`` more
people are sealed by the station and the real packets applied with ``Hub.ingest``; what is
timed is ``Hub._find_across_stations`` per batch (one ``search_many`` per model for the
batch's records, ranking, any finding stored) over the records it searched;
``hub_ingest_records_per_s`` is the whole ingest's rate at that size. ``search_*_ms`` time
the index search alone per model, one record at a time and for all probes at once with
``search_many`` (as the hub does, per batch). ``gallery_rss_mb`` is the growth of this
process's resident memory while the synthetic gallery was filled (vectors, keys,
``station_of``); ``gallery_matrix_mb`` the two float32 matrices alone.

Other processes on the machine slow both sides down: ``loadavg_1m_at_start``/``_at_end``.

``--quick``: 500 records, a 100,000-record gallery, 100 probes (well under a minute).

    python bench/sync.py [--records 10000] [--gallery 1000000] [--ingest-records 300]
                         [--noise 0.05] [--quick] [--tmp-dir DIR] [--profile FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import platform
import pstats
import shutil
import socket
import statistics
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:] = [
    str(ROOT),
    *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
    str(BENCH),
    str(ROOT / "tests"),
]

PEOPLE = ROOT / "tests/data/faces/people"
PHOTO_BYTES = 60_000
FULL = {"records": 10_000, "gallery": 1_000_000, "ingest_records": 300}
QUICK = {"records": 500, "gallery": 100_000, "ingest_records": 100}
RESUME_RECORDS = 100  # ~8 MB: one batch at the default max_batch_bytes
INSERT_BATCH = 500
TARGET_RECORDS_PER_S = 100.0
OTHER_STATION = "00000000-0000-4000-8000-0000000000aa"


_STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:6.1f} s] {message}", file=sys.stderr, flush=True)


def _rss_kib(pid: int | str, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _ms_stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return round(statistics.median(ordered) * 1000, 2), round(p95 * 1000, 2)


# --- faces ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Face:
    jpeg: bytes
    width: int
    height: int
    vectors: dict[str, np.ndarray]  # model id -> the real template


def _jpeg_near(bgr: np.ndarray, target: int) -> tuple[bytes, int, int]:
    """``bgr`` scaled and re-encoded (quality 90) to the size closest to ``target`` bytes."""
    from registrar.biometrics.cv import cv2
    from registrar.biometrics.intake import encode_jpeg

    height, width = bgr.shape[:2]
    low, high = 0.05, 2.0
    best: tuple[bytes, int, int] | None = None
    for _ in range(14):
        scale = (low + high) / 2
        size = (max(16, round(width * scale)), max(16, round(height * scale)))
        jpeg = encode_jpeg(
            np.ascontiguousarray(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA))
        )
        if best is None or abs(len(jpeg) - target) < abs(len(best[0]) - target):
            best = (jpeg, size[0], size[1])
        if len(jpeg) > target:
            high = scale
        else:
            low = scale
    assert best is not None
    return best


def real_faces() -> list[Face]:
    """Each photo in tests/data/faces/people as a ~60 KB JPEG with its real templates."""
    from registrar.biometrics.cv import cv2
    from registrar.biometrics.engine import FaceEngine
    from registrar.biometrics.intake import load_image

    engine = FaceEngine()
    faces = []
    try:
        for path in sorted(PEOPLE.glob("*/*")):
            analysis = engine.analyse(load_image(path), source="file")
            stored = cv2.imdecode(np.frombuffer(analysis.photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
            jpeg, width, height = _jpeg_near(stored, PHOTO_BYTES)
            vectors = {t.model_id: np.asarray(t.vector, np.float32) for t in analysis.templates}
            faces.append(Face(jpeg, width, height, vectors))
    finally:
        engine.close()
    return faces


def perturbed(face: Face, rng: np.random.Generator, noise: float) -> dict[str, np.ndarray]:
    out = {}
    for model_id, vector in face.vectors.items():
        sigma = noise * float(np.linalg.norm(vector)) / np.sqrt(vector.size)
        out[model_id] = (vector + rng.normal(0.0, sigma, vector.size)).astype(np.float32)
    return out


# --- the station ------------------------------------------------------------------------------


def register_many(
    vault: Any, faces: list[Face], count: int, first: int, rng: np.random.Generator, noise: float
) -> list[str]:
    """``count`` people with a photo and perturbed real templates, 500 to a transaction."""
    from support.hub import consents  # type: ignore[import-not-found]

    from registrar.domain.model import FacePhoto, FaceTemplate, PersonDetails, Sex
    from registrar.services.people import PeopleService

    people = PeopleService(vault)
    agreed = consents()
    ids: list[str] = []
    for start in range(first, first + count, INSERT_BATCH):
        with vault.db.transaction() as conn:
            for i in range(start, min(first + count, start + INSERT_BATCH)):
                face = faces[i % len(faces)]
                photo = FacePhoto(jpeg=face.jpeg, width=face.width, height=face.height)
                templates = [
                    FaceTemplate(model_id, vector, photo.id)
                    for model_id, vector in perturbed(face, rng, noise).items()
                ]
                details = PersonDetails(
                    f"Given{i}",
                    f"Family{i % 9973}",
                    sex=Sex.FEMALE if i % 2 else Sex.MALE,
                    birth_year=int(rng.integers(1940, 2025)),
                    nationality="SYR",
                    languages=("ara",),
                )
                person = people.register_in(
                    conn, details, agreed, photos=[photo], templates=templates
                )
                ids.append(person.id)
        log(f"  registered {len(ids)}/{count}")
    return ids


# --- a metered link ---------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Meter:
    seconds: dict[str, float] = dataclasses.field(
        default_factory=lambda: dict.fromkeys(
            ("seal", "start", "chunks", "commit", "receipt", "downsync"), 0.0
        )
    )
    chunks: int = 0
    chunk_bytes: int = 0  # payload of every chunk the hub answered
    failed_chunks: int = 0
    cut_chunk_wire_bytes: int = 0  # of a chunk whose request failed: what reached the hub
    starts: list[int] = dataclasses.field(default_factory=list)  # the hub's offsets at start
    commits: list[float] = dataclasses.field(default_factory=list)  # seconds, per batch
    chunk_times: list[float] = dataclasses.field(default_factory=list)  # seconds, per chunk


class MeteredTransport:
    """registrar.sync.transport.HttpTransport, timing each call and counting the payload."""

    def __init__(self, url: str, meter: Meter, proxy: CuttingProxy | None = None) -> None:
        from registrar.sync.transport import HttpTransport

        self.inner = HttpTransport(url)
        self.meter = meter
        self.proxy = proxy

    def _timed(self, key: str, call: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return call()
        finally:
            self.meter.seconds[key] += time.perf_counter() - start

    def health(self) -> dict[str, Any]:
        return self.inner.health()

    def enrol(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.inner.enrol(body)

    def start_upload(self, station_id: str, batch_id: str, size: int, sha256: str) -> Any:
        answer = self._timed(
            "start", lambda: self.inner.start_upload(station_id, batch_id, size, sha256)
        )
        self.meter.starts.append(answer.offset)
        return answer

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> Any:
        before = self.proxy.towards_hub if self.proxy else 0
        start = time.perf_counter()
        try:
            answer = self._timed("chunks", lambda: self.inner.put_chunk(batch_id, offset, data))
        except Exception:
            self.meter.failed_chunks += 1
            if self.proxy is not None:
                self.meter.cut_chunk_wire_bytes += self.proxy.towards_hub - before
            raise
        self.meter.chunks += 1
        self.meter.chunk_bytes += len(data)
        self.meter.chunk_times.append(time.perf_counter() - start)
        return answer

    def commit(self, batch_id: str) -> bytes:
        start = time.perf_counter()
        try:
            return self._timed("commit", lambda: self.inner.commit(batch_id))
        finally:
            self.meter.commits.append(time.perf_counter() - start)

    def downsync(self, station_id: str, after: int) -> bytes:
        return self._timed("downsync", lambda: self.inner.downsync(station_id, after))

    def close(self) -> None:
        self.inner.close()


def metered_service(vault: Any, meter: Meter, url: str, proxy: CuttingProxy | None = None) -> Any:
    """A SyncService whose link is metered and whose sealing and receipts are timed."""
    from registrar.services.sync import SyncService

    service = SyncService(vault, lambda _url: MeteredTransport(url, meter, proxy))
    sealing = service._sealing

    def timed_sealing(*args: Any, **kw: Any) -> Any:
        batches = sealing(*args, **kw)
        while True:
            start = time.perf_counter()
            batch = next(batches, None)
            meter.seconds["seal"] += time.perf_counter() - start
            if batch is None:
                return
            yield batch

    service._sealing = timed_sealing
    for name, key in (("apply_receipt", "receipt"),):
        original = getattr(service, name)

        def timed(*args: Any, _original: Any = original, _key: str = key, **kw: Any) -> Any:
            start = time.perf_counter()
            try:
                return _original(*args, **kw)
            finally:
                meter.seconds[_key] += time.perf_counter() - start

        setattr(service, name, timed)
    return service


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 to the hub that counts the bytes going towards the hub and,
    once armed, cuts the connection (RST both ways) after a given number of them."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.towards_hub = 0
        self.cut_after: int | None = None
        self.cuts = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, more_bytes: int) -> None:
        with self.lock:
            self.cut_after = self.towards_hub + more_bytes

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            pair = (client, upstream)
            threading.Thread(target=self._pump, args=(client, upstream, pair), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, None), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, pair: Any) -> None:
        cut = False
        try:
            while not cut:
                data = src.recv(1 << 16)
                if not data:
                    break
                if pair is not None:  # towards the hub: counted, maybe cut
                    with self.lock:
                        if self.cut_after is not None and self.towards_hub + len(data) >= (
                            self.cut_after
                        ):
                            data = data[: self.cut_after - self.towards_hub]
                            self.cut_after = None
                            self.cuts += 1
                            cut = True
                        self.towards_hub += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                # Both ends must learn of the cut: shutdown wakes the other direction's
                # thread blocked in recv (a bare close would not, and the hub would wait for
                # the rest of the chunk for ever); with linger 0 the close then resets.
                try:
                    if cut:
                        sock.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()


# --- the parts --------------------------------------------------------------------------------


def bench_sync(vault: Any, hub: Any, records: int, profile: Path | None) -> dict[str, Any]:
    meter = Meter()
    service = metered_service(vault, meter, hub.url)
    log(f"syncing {records} records to the hub")
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = service.sync_now()
    if profiler is not None:
        profiler.disable()
    sync_s = time.perf_counter() - start
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        log(out.getvalue())
    if not report.ok or report.records != {"accepted": records}:
        raise RuntimeError(f"the sync did not go through: {report}")
    s = meter.seconds
    accounted = sum(s.values())
    tenth = max(1, len(meter.commits) // 10)
    return {
        "records": records,
        "records_per_s": round(records / sync_s, 1),
        "sync_s": round(sync_s, 2),
        "batches": report.batches_sent,
        "bytes_sent": meter.chunk_bytes,
        "mb_per_s": round(meter.chunk_bytes / sync_s / 1e6, 2),
        "chunks": meter.chunks,
        "chunk_ms_p50": _ms_stats(meter.chunk_times)[0],
        "seal_s": round(s["seal"], 2),
        "upload_s": round(s["start"] + s["chunks"], 2),
        "hub_commit_s": round(s["commit"], 2),
        "receipt_s": round(s["receipt"], 2),
        "downsync_s": round(s["downsync"], 2),
        "parts_s": round(accounted, 2),
        # Does the hub slow down as it fills? The median commit of the first and last tenth.
        "hub_commit_s_per_batch_first": round(statistics.median(meter.commits[:tenth]), 3),
        "hub_commit_s_per_batch_last": round(statistics.median(meter.commits[-tenth:]), 3),
    }


def bench_resume(vault: Any, hub: Any, faces: list[Face], rng: Any, noise: float) -> dict[str, Any]:
    from registrar.storage.sync import SyncRepository

    first = int(vault.db.conn.execute("SELECT count(*) FROM people").fetchone()[0])
    register_many(vault, faces, RESUME_RECORDS, first + 100_000, rng, noise)
    proxy = CuttingProxy(hub.port)
    meter = Meter()
    try:
        service = metered_service(vault, meter, proxy.url, proxy)
        log("resume: sealing")
        service.prepare()
        waiting = SyncRepository(vault.db.conn).waiting()
        size = sum(b.size for b in waiting)
        chunk = vault.settings().sync.chunk_bytes
        # About halfway, in the middle of a chunk (the start request's bytes come first).
        cut_payload = int((int(0.45 * waiting[0].size / chunk) + 0.5) * chunk)
        proxy.arm(cut_payload)
        log(f"resume: {len(waiting)} batch(es), {size} bytes; cutting after ~{cut_payload}")
        first_try = service.sync_now()
        wire_first = proxy.towards_hub
        log("resume: the link was cut; syncing again")
        if first_try.ok or proxy.cuts != 1:
            raise RuntimeError(f"the link was not cut: {first_try}")
        acknowledged_before_cut = meter.chunk_bytes
        second_try = service.sync_now()
        log("resume: done")
        if not second_try.ok or second_try.records != {"accepted": RESUME_RECORDS}:
            raise RuntimeError(f"the resumed sync did not go through: {second_try}")
        crossed = meter.chunk_bytes + meter.cut_chunk_wire_bytes
        return {
            "resume_batch_bytes": size,
            "resume_cut_after_bytes": cut_payload,
            "resume_acknowledged_before_cut": acknowledged_before_cut,
            "resume_restart_offset": meter.starts[-1] if len(meter.starts) > 1 else None,
            "resume_cut_chunk_wire_bytes": meter.cut_chunk_wire_bytes,
            "resume_overhead_bytes": crossed - size,
            "resume_wire_overhead_bytes": proxy.towards_hub - size,
            "resume_wire_first_attempt_bytes": wire_first,
            "chunk_bytes": chunk,
        }
    finally:
        proxy.close()


def fill_gallery(hub: Any, count: int, planted: Face, rng: np.random.Generator) -> dict[str, Any]:
    """``count`` synthetic records from another station in each model's index."""
    gallery = hub.gallery()
    before = _rss_kib("self", "VmRSS")
    keys = [f"{i:08x}-0000-4000-8000-{i:012x}" for i in range(count)]
    start = time.perf_counter()
    matrix_bytes = 0
    for model_id in gallery.galleries.metrics:
        vectors = rng.standard_normal((count, 128), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        # One near copy of the first face: its probes raise a cross-station finding.
        near = perturbed(planted, rng, 0.05)[model_id]
        vectors[0] = near / np.linalg.norm(near) if model_id.startswith("sface") else near
        index = gallery.galleries.index(model_id)
        index.add_many(keys, vectors)
        del vectors
        matrix_bytes += index._store.matrix.nbytes  # type: ignore[attr-defined]
        log(f"  {count} synthetic templates in {model_id}")
    gallery.station_of.update(dict.fromkeys(keys, OTHER_STATION))
    return {
        "gallery_records": count,
        "gallery_models": sorted(gallery.galleries.metrics),
        "gallery_fill_s": round(time.perf_counter() - start, 1),
        "gallery_rss_mb": round((_rss_kib("self", "VmRSS") - before) / 1024),
        "gallery_matrix_mb": round(matrix_bytes / 2**20),
    }


def bench_hub_search(
    hub_dir: Path,
    vault: Any,
    faces: list[Face],
    rng: np.random.Generator,
    noise: float,
    gallery_size: int,
    probes: int,
) -> dict[str, Any]:
    from registrar.biometrics.policy import search_radius
    from registrar.hub.service import Hub, _Gallery
    from registrar.services.sync import SyncService
    from registrar.storage.people import PeopleRepository
    from registrar.storage.sync import SyncRepository

    first = int(vault.db.conn.execute("SELECT count(*) FROM people").fetchone()[0])
    probe_ids = register_many(vault, faces, probes, first + 200_000, rng, noise)
    service = SyncService(vault)
    service.prepare()
    repo = SyncRepository(vault.db.conn)
    packets = [repo.packet(b.batch_id) for b in repo.waiting()]

    hub = Hub.open(hub_dir, load_gallery=False)
    # Not the run's records (~14 faces seen hundreds of times, all within each other's search
    # radius: see above): an empty gallery placed after every template already stored.
    hub._gallery = _Gallery(seen_seq=hub.store.last_template_seq())
    try:
        result = fill_gallery(hub, gallery_size, faces[0], rng)
        per_batch: list[tuple[float, int]] = []  # (seconds, records searched)
        original = hub._find_across_stations

        def timed(*args: Any, **kw: Any) -> None:
            start = time.perf_counter()
            original(*args, **kw)
            per_batch.append((time.perf_counter() - start, len(args[3])))

        hub._find_across_stations = timed  # type: ignore[method-assign]
        findings_before = hub.store.counts()["findings"]
        log(f"ingesting {len(packets)} batches ({probes} records) at {gallery_size}")
        start = time.perf_counter()
        for packet in packets:
            assert packet is not None
            hub.ingest(packet, via="network")
        ingest_s = time.perf_counter() - start
        searched = sum(n for _, n in per_batch)
        search_s = sum(seconds for seconds, _ in per_batch)
        result |= {
            "hub_ingest_search_ms_per_record": round(search_s / searched * 1000, 2),
            "hub_ingest_search_ms_per_record_worst_batch": round(
                max(seconds / n for seconds, n in per_batch) * 1000, 2
            ),
            "hub_ingest_searched_records": searched,
            "hub_ingest_findings": hub.store.counts()["findings"] - findings_before,
            "hub_ingest_records_per_s": round(probes / ingest_s, 1),
            "hub_ingest_search_share": round(search_s / ingest_s, 3),
        }
        # The index search alone, per model: one query at a time and all at once.
        gallery = hub.gallery()
        stored = PeopleRepository(vault.db.conn)
        probe_templates = [t for pid in probe_ids for t in stored.templates(pid)]
        for model_id in sorted(gallery.galleries.metrics):
            queries = np.vstack([t.vector for t in probe_templates if t.model_id == model_id])
            index = gallery.galleries.index(model_id)
            k, radius = hub.match.top_k + 1, search_radius(hub.match, model_id)
            one_by_one = []
            for query in queries:
                start = time.perf_counter()
                index.search(query, k=k, radius=radius)
                one_by_one.append(time.perf_counter() - start)
            start = time.perf_counter()
            index.search_many(queries, k=k, radius=radius)
            together = (time.perf_counter() - start) / len(queries)
            name = model_id.split("-")[0]
            p50, p95 = _ms_stats(one_by_one)
            result |= {
                f"search_{name}_ms_p50": p50,
                f"search_{name}_ms_p95": p95,
                f"search_many_{name}_ms_per_record": round(together * 1000, 2),
            }
        return result
    finally:
        hub.close()


def run(
    tmp: Path, records: int, gallery: int, probes: int, noise: float, profile: Path | None
) -> dict[str, Any]:
    from support.hub import HubProcess, make_hub, make_station, token  # type: ignore[import-not-found]

    from registrar.services.sync import SyncService

    rng = np.random.default_rng(11)
    log("analysing the real faces (once)")
    faces = real_faces()
    result: dict[str, Any] = {
        "faces": len(faces),
        "photo_bytes_mean": round(statistics.mean(len(f.jpeg) for f in faces)),
        "noise": noise,
    }
    vault = make_station(tmp / "station", "BEN", 1)
    try:
        log(f"registering {records} people in the station's vault")
        start = time.perf_counter()
        register_many(vault, faces, records, 0, rng, noise)
        result["vault_insert_per_s"] = round(records / (time.perf_counter() - start), 1)
        hub_dir = make_hub(tmp / "hub", None)
        process = HubProcess(hub_dir).start()
        try:
            SyncService(vault).enrol(process.url, token(hub_dir))
            assert process.process is not None
            result |= bench_sync(vault, process, records, profile)
            result["hub_rss_mb"] = round(_rss_kib(process.process.pid, "VmHWM") / 1024)
            result |= bench_resume(vault, process, faces, rng, noise)
        finally:
            log("stopping the hub process")
            process.stop()
            log("stopped")
        result |= bench_hub_search(hub_dir, vault, faces, rng, noise, gallery, probes)
    finally:
        vault.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=FULL["records"])
    parser.add_argument("--gallery", type=int, default=FULL["gallery"])
    parser.add_argument("--ingest-records", type=int, default=FULL["ingest_records"])
    parser.add_argument("--noise", type=float, default=0.05, help="template noise, share of norm")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK}")
    parser.add_argument("--tmp-dir", type=Path, default=None)
    parser.add_argument(
        "--profile", type=Path, default=None, help="cProfile the station during the timed sync"
    )
    args = parser.parse_args()
    sizes = (
        QUICK
        if args.quick
        else {
            "records": args.records,
            "gallery": args.gallery,
            "ingest_records": args.ingest_records,
        }
    )
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="registrar-sync-bench-", dir=args.tmp_dir))
    try:
        result: dict[str, Any] = {
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            # Anything else running on the machine slows both processes down.
            "loadavg_1m_at_start": round(os.getloadavg()[0], 2),
        }
        result |= run(
            tmp,
            sizes["records"],
            sizes["gallery"],
            sizes["ingest_records"],
            args.noise,
            args.profile,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result["targets_met"] = {
        "records_per_s": result["records_per_s"] >= TARGET_RECORDS_PER_S,
        "resume_overhead_bytes": result["resume_overhead_bytes"] < result["chunk_bytes"],
    }
    result["loadavg_1m_at_end"] = round(os.getloadavg()[0], 2)
    result["bench_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
