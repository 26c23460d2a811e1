"""The hub: enrols stations, takes their batches exactly once, finds people registered at
more than one station, and tells each station what concerns its records.

Qt-free and HTTP-free: the FastAPI app (``registrar.hub.api``), the CLI and the tests call
this class. Batches are applied one at a time per hub process (the in-memory galleries must
match the database); the database constraints keep exactly-once even across processes.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import math
import os
import re
import secrets
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa

from registrar.biometrics.gallery import Galleries
from registrar.biometrics.index import Metric
from registrar.biometrics.policy import rank, search_radius
from registrar.clock import Clock, SystemClock
from registrar.domain.ids import validate_site_code, validate_station_number
from registrar.domain.model import Decision, FaceTemplate
from registrar.errors import ErrorCode, KnownError
from registrar.hub import store as db
from registrar.hub.store import SCHEMA_VERSION, FindingRow, HubStore, StationRow
from registrar.settings import DLIB_MODEL_ID, SFACE_MODEL_ID, MatchSettings
from registrar.sync.files import write_atomic
from registrar.sync.packet import (
    PROTOCOL,
    KeyPair,
    PublicKeys,
    open_packet,
    read_header,
    seal,
    sha256_hex,
    sign_envelope,
)
from registrar.sync.records import for_another_station, record_head, record_templates

log = logging.getLogger("registrar.hub")

HUB_METRICS = {SFACE_MODEL_ID: Metric.COSINE, DLIB_MODEL_ID: Metric.EUCLIDEAN}
# Candidates fetched per model and record at ingest; findings come from other stations only.
SEARCH_DEPTH = 24
TOKEN_PREFIX = "RGT1"  # noqa: S105 (a format marker, not a secret)


class ErasureStatus(StrEnum):
    """What the hub says of each erasure in a receipt."""

    ERASED = "erased"  # everything held of the person is gone
    NOT_HELD = "not_held"  # the hub held nothing of them (it will refuse them if they come)
    REFUSED = "refused"  # another station's record


class RecordStatus(StrEnum):
    """What the hub says of each record in a receipt."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"  # this version was already held, with the same content
    CONFLICT = "conflict"  # this version was held with other content: a supervisor decides
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class HubConfig:
    database_url: str
    name: str = "hub"
    max_batch_bytes: int = 64 * 1024 * 1024
    max_chunk_bytes: int = 1024 * 1024
    token_days: int = 7
    events_per_packet: int = 200

    def to_json(self) -> dict[str, Any]:
        return {
            "database_url": self.database_url,
            "name": self.name,
            "max_batch_bytes": self.max_batch_bytes,
            "max_chunk_bytes": self.max_chunk_bytes,
            "token_days": self.token_days,
            "events_per_packet": self.events_per_packet,
        }


@dataclass(frozen=True, slots=True)
class HubPaths:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "hub.json"

    @property
    def keys(self) -> Path:
        return self.root / "keys.json"

    @property
    def uploads(self) -> Path:
        return self.root / "uploads"

    @property
    def default_database(self) -> Path:
        return self.root / "hub.db"


@dataclass(frozen=True, slots=True)
class Enrolment:
    station_id: str
    hub_name: str
    hub_keys: PublicKeys


@dataclass(frozen=True, slots=True)
class UploadState:
    batch_id: str
    offset: int
    size: int
    receipt: bytes | None = None  # set when the batch was applied already


@dataclass(slots=True)
class _Gallery:
    galleries: Galleries = field(default_factory=lambda: Galleries(HUB_METRICS))
    station_of: dict[str, str] = field(default_factory=dict)
    version_of: dict[str, int] = field(default_factory=dict)
    seen_seq: int = 0  # the last template row this process has in memory
    erased: set[str] = field(default_factory=set)  # erasures this process has applied


def init_hub(
    root: Path, *, database_url: str | None = None, name: str = "hub", clock: Clock | None = None
) -> Hub:
    """Create a hub's keys, configuration and database in ``root`` (which must be new or
    empty)."""
    paths = HubPaths(root)
    if paths.config.exists() or paths.keys.exists():
        raise KnownError(ErrorCode.HUB_EXISTS, f"a hub already exists in {root}")
    root.mkdir(parents=True, exist_ok=True)
    paths.uploads.mkdir(exist_ok=True)
    url = database_url or f"sqlite:///{paths.default_database}"
    config = HubConfig(database_url=url, name=name)
    store = HubStore(url)
    try:
        store.create_schema()
    finally:
        store.close()
    write_atomic(paths.keys, json.dumps(KeyPair.generate().to_secret_json()).encode(), private=True)
    write_atomic(paths.config, json.dumps(config.to_json(), indent=2).encode(), private=True)
    return Hub.open(root, clock=clock)


class Hub:
    def __init__(
        self, paths: HubPaths, config: HubConfig, keys: KeyPair, store: HubStore, clock: Clock
    ) -> None:
        self.paths = paths
        self.config = config
        self.keys = keys
        self.store = store
        self.clock = clock
        self.match = MatchSettings()
        self._lock = threading.Lock()
        self._upload_lock = threading.Lock()
        self._gallery: _Gallery | None = None

    @classmethod
    def open(cls, root: Path, *, clock: Clock | None = None, load_gallery: bool = True) -> Hub:
        paths = HubPaths(root)
        if not paths.config.exists() or not paths.keys.exists():
            raise KnownError(
                ErrorCode.HUB_NOT_INITIALISED, f"no hub in {root}: run `registrar hub init`"
            )
        raw = json.loads(paths.config.read_text(encoding="utf-8"))
        config = HubConfig(**raw)
        keys = KeyPair.from_secret_json(json.loads(paths.keys.read_text(encoding="utf-8")))
        store = HubStore(config.database_url)
        version = store.schema_version()
        if version is None or version < SCHEMA_VERSION:
            store.create_schema(version)  # new, or older: adds what came since
        paths.uploads.mkdir(exist_ok=True)
        hub = cls(paths, config, keys, store, clock or SystemClock())
        if load_gallery:
            hub.gallery()
        return hub

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def public(self) -> PublicKeys:
        return self.keys.public

    def _now(self) -> str:
        return self.clock.now().isoformat()

    # --- gallery ----------------------------------------------------------------------------

    def gallery(self) -> _Gallery:
        """Every held template, by model (loaded once per process)."""
        if self._gallery is None:
            gallery = _Gallery(seen_seq=self.store.last_template_seq())
            keys: dict[str, list[str]] = {}
            rows: dict[str, list[bytes]] = {}
            for record_id, model_id, vector, station_id in self.store.iter_templates():
                if model_id not in HUB_METRICS:
                    continue
                keys.setdefault(model_id, []).append(record_id)
                rows.setdefault(model_id, []).append(vector)
                gallery.station_of[record_id] = station_id
            for model_id, model_keys in keys.items():
                matrix = np.frombuffer(b"".join(rows[model_id]), dtype="<f4").reshape(
                    len(model_keys), -1
                )
                gallery.galleries.index(model_id).add_many(model_keys, matrix)
            self._gallery = gallery
        return self._gallery

    def _catch_up(self, gallery: _Gallery) -> None:
        """Add what another hub process stored since (a `registrar hub import` beside the
        server), so every search sees every held template."""
        if self.store.erasure_count() != len(gallery.erased):  # erasures are never undone
            for record_id in self.store.erased_ids() - gallery.erased:
                self._forget(gallery, record_id)
        rows = self.store.templates_after(gallery.seen_seq)
        if not rows:
            return
        grouped: dict[str, tuple[int, str, list[FaceTemplate]]] = {}
        for seq, record_id, version, model_id, vector, station_id in rows:
            gallery.seen_seq = max(gallery.seen_seq, seq)
            if version <= gallery.version_of.get(record_id, 0):  # already in memory
                continue
            entry = grouped.get(record_id)
            if entry is None or entry[0] < version:
                entry = (version, station_id, [])
                grouped[record_id] = entry
            if model_id in HUB_METRICS:
                vec = np.frombuffer(vector, dtype="<f4").astype(np.float32)
                entry[2].append(FaceTemplate(model_id, vec))
        for record_id, (version, station_id, found) in grouped.items():
            self._remember(gallery, record_id, version, station_id, found)

    @staticmethod
    def _forget(gallery: _Gallery, record_id: str) -> None:
        gallery.galleries.remove(record_id)
        gallery.station_of.pop(record_id, None)
        gallery.version_of.pop(record_id, None)
        gallery.erased.add(record_id)

    @staticmethod
    def _remember(
        gallery: _Gallery,
        record_id: str,
        version: int,
        station_id: str,
        found: Sequence[FaceTemplate],
    ) -> None:
        gallery.galleries.remove(record_id)
        gallery.version_of[record_id] = version
        if found:
            gallery.galleries.add(record_id, found)
            gallery.station_of[record_id] = station_id

    # --- tokens and enrolment ---------------------------------------------------------------

    def issue_token(self, note: str = "", days: int | None = None) -> str:
        """A one-time enrolment token: ``RGT1-<secret>-<hub fingerprint>``. The station checks
        the fingerprint against the keys it receives, so it knows it reached this hub."""
        secret = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
        now = self.clock.now()
        expires = now + dt.timedelta(days=days if days is not None else self.config.token_days)
        self.store.add_token(
            str(uuid.uuid4()),
            hashlib.sha256(secret.encode()).hexdigest(),
            now.isoformat(),
            expires.isoformat(),
            _plain_text(note)[:200],
        )
        return f"{TOKEN_PREFIX}-{secret}-{self.public.fingerprint}"

    def enrol(
        self,
        token: str,
        *,
        site_code: str,
        station_number: int,
        name: str,
        station_keys: PublicKeys,
    ) -> Enrolment:
        parts = token.strip().split("-")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
            raise KnownError(ErrorCode.TOKEN_INVALID, "this is not an enrolment token")
        site_code = validate_site_code(site_code)
        station_number = validate_station_number(station_number)
        secret_hash = hashlib.sha256(parts[1].encode()).hexdigest()
        now = self._now()
        with self.store.begin() as conn:
            row = HubStore.token_for_update(conn, secret_hash)
            if row is None or row.expires_at < now:
                raise KnownError(ErrorCode.TOKEN_INVALID, "the token is unknown or has expired")
            if row.used_at is not None:
                # A station whose first answer was lost asks again with the same token.
                again = self.store.station(row.station_id) if row.station_id else None
                if again is not None and again.sign_key == station_keys.sign:
                    return Enrolment(again.id, self.config.name, self.public)
                raise KnownError(ErrorCode.TOKEN_INVALID, "the token was used already")
            if HubStore.station_with_prefix(conn, site_code, station_number) is not None:
                raise KnownError(
                    ErrorCode.STATION_EXISTS,
                    f"station {site_code}{station_number:02d} is enrolled already",
                )
            station_id = str(uuid.uuid4())
            name = _plain_text(name)[:120]
            HubStore.add_station(
                conn,
                StationRow(
                    station_id,
                    site_code,
                    station_number,
                    name,
                    station_keys.sign,
                    station_keys.box,
                    now,
                ),
            )
            if not HubStore.use_token(conn, row.id, now, station_id):
                raise KnownError(ErrorCode.TOKEN_INVALID, "the token was used already")
        log.info("station enrolled: %s%02d", site_code, station_number)
        return Enrolment(station_id, self.config.name, self.public)

    def _station(self, station_id: str) -> StationRow:
        try:
            station_id = str(uuid.UUID(station_id))
        except (ValueError, TypeError) as error:
            raise KnownError(
                ErrorCode.STATION_UNKNOWN, "this station is not enrolled at the hub"
            ) from error
        station = self.store.station(station_id)
        if station is None:
            raise KnownError(ErrorCode.STATION_UNKNOWN, "this station is not enrolled at the hub")
        return station

    # --- resumable uploads ------------------------------------------------------------------

    def _part(self, batch_id: str) -> Path:
        return self.paths.uploads / f"{uuid.UUID(batch_id)}.part"

    def start_upload(self, station_id: str, batch_id: str, size: int, sha256: str) -> UploadState:
        station_id = self._station(station_id).id
        try:
            batch_id = str(uuid.UUID(batch_id))
        except ValueError as error:
            raise KnownError(ErrorCode.PACKET_INVALID, "a batch id is a UUID") from error
        if not _HEX64.fullmatch(sha256):
            raise KnownError(ErrorCode.PACKET_INVALID, "a batch's SHA-256 is 64 hex digits")
        if size <= 0 or size > self.config.max_batch_bytes:
            raise KnownError(
                ErrorCode.REQUEST_TOO_LARGE,
                f"a batch may hold at most {self.config.max_batch_bytes} bytes",
                size=size,
                limit=self.config.max_batch_bytes,
            )
        done = self.store.receipt(batch_id)
        if done is not None:
            if done[0] != station_id or done[1] != sha256:
                raise KnownError(ErrorCode.BATCH_CONFLICT, "this batch id was used for other data")
            return UploadState(batch_id, size, size, done[2])
        row = self.store.start_upload(batch_id, station_id, size, sha256, self._now())
        if row.station_id != station_id or row.size != size or row.sha256 != sha256:
            raise KnownError(ErrorCode.BATCH_CONFLICT, "this batch id was used for other data")
        part = self._part(batch_id)
        return UploadState(batch_id, part.stat().st_size if part.exists() else 0, size)

    def upload_state(self, batch_id: str) -> UploadState:
        done = self.store.receipt(batch_id)
        row = self.store.upload(batch_id)
        if done is not None:
            return UploadState(batch_id, row.size if row else 0, row.size if row else 0, done[2])
        if row is None:
            raise KnownError(ErrorCode.PACKET_INVALID, "no upload of this batch was started")
        part = self._part(batch_id)
        return UploadState(batch_id, part.stat().st_size if part.exists() else 0, row.size)

    def put_chunk(self, batch_id: str, offset: int, data: bytes) -> UploadState:
        """Append a chunk at ``offset``; the answer's offset is what the hub holds on disk."""
        if len(data) > self.config.max_chunk_bytes:
            raise KnownError(
                ErrorCode.REQUEST_TOO_LARGE,
                f"a chunk may hold at most {self.config.max_chunk_bytes} bytes",
                limit=self.config.max_chunk_bytes,
            )
        # One chunk at a time: two requests at the same offset (a retry racing the request
        # it retries) would otherwise both pass the check and both append.
        with self._upload_lock:
            state = self.upload_state(batch_id)
            if state.receipt is not None:
                return state
            if offset != state.offset:
                raise KnownError(
                    ErrorCode.UPLOAD_OFFSET,
                    "the chunk does not start where the hub's copy ends",
                    offset=state.offset,
                )
            if offset + len(data) > state.size:
                raise KnownError(
                    ErrorCode.REQUEST_TOO_LARGE, "the chunk goes past the batch's size"
                )
            with self._part(batch_id).open("ab") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            return UploadState(batch_id, offset + len(data), state.size)

    def commit_upload(self, batch_id: str) -> bytes:
        """Apply a completely uploaded batch; the signed receipt."""
        state = self.upload_state(batch_id)
        if state.receipt is not None:
            # A hub killed between applying the batch and removing its copy left the copy.
            self._part(batch_id).unlink(missing_ok=True)
            return state.receipt
        row = self.store.upload(batch_id)
        assert row is not None  # upload_state raised otherwise
        part = self._part(batch_id)
        if state.offset != state.size:
            raise KnownError(
                ErrorCode.UPLOAD_OFFSET, "the batch is not completely uploaded", offset=state.offset
            )
        blob = part.read_bytes()
        if sha256_hex(blob) != row.sha256:
            # A damaged copy can only be sent again from the start.
            part.unlink(missing_ok=True)
            self.store.forget_upload(batch_id)
            raise KnownError(ErrorCode.PACKET_INVALID, "the uploaded batch does not match its hash")
        try:
            receipt = self.ingest(blob, via="network", expected_station=row.station_id)
        except KnownError:
            part.unlink(missing_ok=True)
            self.store.forget_upload(batch_id)
            raise
        part.unlink(missing_ok=True)
        return receipt

    # --- applying a batch -------------------------------------------------------------------

    def ingest(self, blob: bytes, *, via: str, expected_station: str | None = None) -> bytes:
        """Verify a batch completely, then apply it in one transaction; the signed receipt.

        The same batch again returns the receipt given the first time, byte for byte.
        """
        parts = read_header(blob)
        manifest = parts.manifest
        station_id = str(manifest.get("station_id", ""))
        batch_id = str(manifest.get("batch_id", ""))
        if expected_station is not None and station_id != expected_station:
            raise KnownError(ErrorCode.PACKET_INVALID, "the batch names another station")
        station = self._station(station_id)
        batch_sha = sha256_hex(blob)
        done = self.store.receipt(batch_id)
        if done is not None:
            return self._same_batch(done, station_id, batch_sha)
        packet = open_packet(blob, self.keys, station.sign_key)
        entries = _manifest_records(manifest, packet.items)
        erasures = _manifest_erasures(manifest)
        with self._lock:
            done = self.store.receipt(batch_id)
            if done is not None:
                return self._same_batch(done, station_id, batch_sha)
            try:
                return self._apply(
                    station, manifest, entries, erasures, packet.items, batch_sha, via
                )
            except sa.exc.IntegrityError:
                # Another hub process applied the same batch (or record) meanwhile.
                done = self.store.receipt(batch_id)
                if done is None:
                    raise
                return self._same_batch(done, station_id, batch_sha)

    @staticmethod
    def _same_batch(done: tuple[str, str, bytes], station_id: str, batch_sha: str) -> bytes:
        if done[0] != station_id or done[1] != batch_sha:
            raise KnownError(ErrorCode.BATCH_CONFLICT, "this batch id was used for other data")
        return done[2]

    def _apply(
        self,
        station: StationRow,
        manifest: dict[str, Any],
        entries: list[dict[str, Any]],
        erasures: Sequence[str],
        items: Sequence[bytes],
        batch_sha: str,
        via: str,
    ) -> bytes:
        now = self._now()
        results: list[dict[str, Any]] = []
        erasure_results: list[dict[str, Any]] = []
        erased: list[str] = []
        accepted: list[tuple[str, int, list[FaceTemplate]]] = []
        prefix = (station.site_code, station.station_number)
        gallery = self.gallery()
        self._catch_up(gallery)
        with self.store.begin() as conn:
            HubStore.lock_findings(conn)
            for entry, item in zip(entries, items, strict=True):
                record_id, version = entry["id"], entry["version"]
                result = {"id": record_id, "version": version}
                try:
                    head, value = record_head(item)
                    templates = record_templates(value)
                except KnownError as error:
                    results.append(result | {"status": RecordStatus.REFUSED, "reason": "damaged"})
                    log.warning("record refused: %s", error.code.value)
                    continue
                if (head.id, head.version) != (record_id, version) or (
                    head.site_code,
                    head.station,
                ) != prefix:
                    results.append(
                        result | {"status": RecordStatus.REFUSED, "reason": "not_this_station"}
                    )
                    continue
                if HubStore.erasure_station(conn, record_id) == station.id:
                    # An older batch (a USB stick read late) with a person erased since.
                    results.append(result | {"status": RecordStatus.REFUSED, "reason": "erased"})
                    continue
                held = HubStore.held_sha256(conn, record_id, version)
                if held == entry["sha256"]:
                    results.append(result | {"status": RecordStatus.DUPLICATE})
                    continue
                if held is not None:
                    HubStore.add_conflict(
                        conn,
                        {
                            "id": str(uuid.uuid4()),
                            "record_id": record_id,
                            "version": version,
                            "station_id": station.id,
                            "batch_id": manifest["batch_id"],
                            "held_sha256": held,
                            "offered_sha256": entry["sha256"],
                            "offered_payload": item,
                            "created_at": now,
                        },
                    )
                    results.append(result | {"status": RecordStatus.CONFLICT})
                    continue
                db.insert_record(
                    conn,
                    {
                        "record_id": record_id,
                        "version": version,
                        "station_id": station.id,
                        "batch_id": manifest["batch_id"],
                        "registration_id": head.registration_id,
                        "site_code": head.site_code,
                        "sha256": entry["sha256"],
                        "payload": item,
                        "received_at": now,
                    },
                )
                db.insert_templates(
                    conn,
                    [
                        {
                            "record_id": record_id,
                            "version": version,
                            "model_id": t.model_id,
                            "vector": np.asarray(t.vector, dtype="<f4").tobytes(),
                        }
                        for t in templates
                    ],
                )
                accepted.append((record_id, version, templates))
                results.append(result | {"status": RecordStatus.ACCEPTED})
            for record_id in erasures:
                answer = self._erase(conn, station.id, record_id, manifest, now)
                erasure_results.append({"id": record_id} | answer)
                if answer["status"] is not ErasureStatus.REFUSED:  # another station's: kept
                    erased.append(record_id)
            gone = set(erased)
            accepted = [a for a in accepted if a[0] not in gone]
            self._find_across_stations(conn, gallery, station.id, accepted, now)
            receipt = sign_envelope(
                {
                    "protocol": PROTOCOL,
                    "kind": "receipt",
                    "hub": self.public.fingerprint,
                    "station_id": station.id,
                    "batch_id": manifest["batch_id"],
                    "sequence": manifest["sequence"],
                    "batch_sha256": batch_sha,
                    "received_at": now,
                    "results": results,
                    "erasures": erasure_results,
                },
                self.keys,
            )
            db.insert_batch(
                conn,
                batch_id=manifest["batch_id"],
                station_id=station.id,
                sequence=int(manifest["sequence"]),
                sha256=batch_sha,
                received_at=now,
                via=via,
                receipt=receipt,
            )
        # Committed: only now may the in-memory galleries learn the new templates.
        for record_id, version, templates in accepted:
            self._remember(gallery, record_id, version, station.id, templates)
        for record_id in erased:
            self._forget(gallery, record_id)
        # seen_seq stays: the next catch-up reads these rows again (harmless) rather than
        # risk skipping rows another process committed meanwhile.
        counts: dict[str, int] = {}
        for r in results:
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        log.info("batch applied: %s records %s, %s erasures", len(results), counts, len(erased))
        return receipt

    @staticmethod
    def _erase(
        conn: sa.Connection, station_id: str, record_id: str, manifest: dict[str, Any], now: str
    ) -> dict[str, Any]:
        """A station erased a person: the hub erases what it holds of them, if it holds
        nothing another station sent (an id is never another station's to erase)."""
        done_by = HubStore.erasure_station(conn, record_id)
        if done_by is not None:
            if done_by == station_id:
                return {"status": ErasureStatus.ERASED}
            return {"status": ErasureStatus.REFUSED, "reason": "not_this_station"}
        holders = HubStore.holders(conn, record_id)
        if holders - {station_id}:
            return {"status": ErasureStatus.REFUSED, "reason": "not_this_station"}
        HubStore.erase(
            conn, record_id, station_id, str(manifest["batch_id"]), now, held=bool(holders)
        )
        return {"status": ErasureStatus.ERASED if holders else ErasureStatus.NOT_HELD}

    def _find_across_stations(
        self,
        conn: sa.Connection,
        gallery: _Gallery,
        station_id: str,
        accepted: Sequence[tuple[str, int, Sequence[FaceTemplate]]],
        now: str,
    ) -> None:
        """Record a finding for every candidate from another station, for each accepted
        record. One search per model for the whole batch: a matrix product instead of one
        pass over the gallery per record."""
        evidence: dict[str, dict[str, dict[str, float]]] = {r: {} for r, _, _ in accepted}
        for model_id in gallery.galleries.metrics:
            probes = [
                (record_id, t.vector)
                for record_id, _, templates in accepted
                for t in templates
                if t.model_id == model_id
            ]
            if not probes:
                continue
            # The nearest few, not everyone within the radius: a face this station holds many
            # times (the same person's own records) would otherwise make every search slower.
            # Same-station hits are dropped below, so ask for room beyond them.
            radius = search_radius(self.match, model_id)
            found = gallery.galleries.index(model_id).search_many(
                np.stack([vector for _, vector in probes]), k=SEARCH_DEPTH
            )
            for (record_id, _), hits in zip(probes, found, strict=True):
                for hit in hits:
                    if hit.distance > radius:
                        break
                    other_station = gallery.station_of.get(hit.key)
                    if hit.key != record_id and other_station not in (None, station_id):
                        distances = evidence[record_id].setdefault(hit.key, {})
                        distances[model_id] = min(hit.distance, distances.get(model_id, math.inf))
        for record_id, found_for in evidence.items():
            self._store_findings(conn, gallery, record_id, station_id, found_for, now)

    def _store_findings(
        self,
        conn: sa.Connection,
        gallery: _Gallery,
        record_id: str,
        station_id: str,
        evidence: dict[str, dict[str, float]],
        now: str,
    ) -> None:
        for candidate in rank(evidence, self.match):
            a, b = sorted((record_id, candidate.person_id))
            if HubStore.finding_exists(conn, a, b):
                continue
            if HubStore.erasure_station(conn, candidate.person_id) is not None:
                continue  # erased by another hub process since this one's gallery caught up
            stations = {
                record_id: station_id,
                candidate.person_id: gallery.station_of[candidate.person_id],
            }
            HubStore.add_finding(
                conn,
                FindingRow(
                    id=str(uuid.uuid4()),
                    record_a=a,
                    record_b=b,
                    station_a=stations[a],
                    station_b=stations[b],
                    score_id=candidate.score_id,
                    distance=float(candidate.score),
                    band=candidate.band.value,
                    evidence=json.dumps(
                        {"distances": dict(candidate.distances), "fused": candidate.fused},
                        sort_keys=True,
                    ),
                    created_at=now,
                ),
            )

    # --- decisions and down-sync ------------------------------------------------------------

    def decide(self, finding_id: str, decision: Decision, reason: str, decided_by: str) -> int:
        finding = self.store.finding(finding_id)
        if finding is None:
            raise KnownError(ErrorCode.CASE_NOT_FOUND, "no finding with this id")
        if not reason.strip():
            raise KnownError(ErrorCode.REASON_REQUIRED, "say why")
        return self.store.add_decision(finding, decision.value, reason, decided_by, self._now())

    def downsync(self, station_id: str, after: int) -> bytes:
        """What this station is to be told after event ``after``, sealed to the station."""
        station = self._station(station_id)
        station_id = station.id
        stations = {s.id: s for s in self.store.stations()}
        events = self.store.events_for(station_id, after, self.config.events_per_packet + 1)
        more = len(events) > self.config.events_per_packet
        events = events[: self.config.events_per_packet]
        told: list[dict[str, Any]] = []
        items: list[bytes] = []
        for seq, kind, ref in events:
            if kind == "finding":
                finding = self.store.finding(ref)
                if finding is None:
                    continue
                mine_is_a = finding.station_a == station_id
                local, remote = (
                    (finding.record_a, finding.record_b)
                    if mine_is_a
                    else (finding.record_b, finding.record_a)
                )
                held = self.store.record_payload(remote)
                if held is None:
                    continue
                other = stations.get(held[1])
                told.append(
                    {
                        "seq": seq,
                        "kind": "finding",
                        "finding_id": finding.id,
                        "local_record": local,
                        "remote_record": remote,
                        "remote_site": other.site_code if other else "",
                        "remote_station": other.name if other else "",
                        "score_id": finding.score_id,
                        "distance": finding.distance,
                        "band": finding.band,
                        "evidence": json.loads(finding.evidence),
                        "created_at": finding.created_at,
                        "item": len(items),
                    }
                )
                items.append(for_another_station(held[2]))
            elif kind == "erased":
                # The other site erased a person this station was shown beside one of its own.
                told.append({"seq": seq, "kind": "erased", "record": ref})
            elif kind == "decision":
                row = self.store.decision(int(ref))
                if row is None:
                    continue
                told.append(
                    {
                        "seq": seq,
                        "kind": "decision",
                        "finding_id": row.finding_id,
                        "decision": row.decision,
                        "reason": row.reason,
                        "decided_by": row.decided_by,
                        "decided_at": row.decided_at,
                    }
                )
        manifest = {
            "kind": "downsync",
            "hub": self.public.fingerprint,
            "station_id": station_id,
            "after": after,
            "until": events[-1][0] if events else after,
            "more": more,
            "events": told,
        }
        return seal(manifest, items, PublicKeys(station.sign_key, station.box_key), self.keys)

    # --- files (USB) ------------------------------------------------------------------------

    def import_dir(self, directory: Path) -> Iterator[tuple[Path, str, KnownError | None]]:
        """Apply every batch file in ``directory``; write each receipt beside it and, per
        station, the findings packets. Yields (file, batch id, error or None)."""
        stations_seen: set[str] = set()
        for path in sorted(directory.glob("*.rgb")):
            blob = path.read_bytes()
            try:
                parts = read_header(blob)
                batch_id = str(parts.manifest.get("batch_id", path.stem))
                receipt = self.ingest(blob, via="file")
            except KnownError as error:
                yield path, path.stem, error
                continue
            write_atomic(directory / f"{batch_id}.receipt", receipt)
            stations_seen.add(str(parts.manifest["station_id"]))
            yield path, batch_id, None
        for station_id in sorted(stations_seen):
            after = 0
            page = 0
            while True:
                packet = self.downsync(station_id, after)
                manifest = read_header(packet).manifest
                write_atomic(directory / f"findings-{station_id}-{page:04d}.rgp", packet)
                page += 1
                if not manifest["more"]:
                    break
                after = int(manifest["until"])


_HEX64 = re.compile(r"[0-9a-f]{64}")


def _plain_text(text: str) -> str:
    """Without control characters or lone surrogates (PostgreSQL refuses NUL in text)."""
    return "".join(
        ch for ch in text if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF
    ).strip()


MAX_ERASURES = 10_000  # per batch; a station sends at most ERASURES_PER_BATCH


def _manifest_erasures(manifest: dict[str, Any]) -> list[str]:
    """The ids of the people the station erased (none from a station before erasures)."""
    entries = manifest.get("erasures", [])
    if not isinstance(entries, list) or len(entries) > MAX_ERASURES:
        raise KnownError(ErrorCode.PACKET_INVALID, "the batch's erasure list is damaged")
    ids: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        record_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(record_id, str) or not 0 < len(record_id) <= 64:
            raise KnownError(ErrorCode.PACKET_INVALID, "an erasure lacks its id")
        if record_id in seen:
            raise KnownError(ErrorCode.PACKET_INVALID, "a person is erased twice in one batch")
        seen.add(record_id)
        ids.append(record_id)
    return ids


def _manifest_records(manifest: dict[str, Any], items: Sequence[bytes]) -> list[dict[str, Any]]:
    """The manifest's record list, checked against the decrypted items (sizes and hashes)."""
    entries = manifest.get("records")
    if not isinstance(entries, list) or len(entries) != len(items):
        raise KnownError(ErrorCode.PACKET_INVALID, "the batch's manifest does not list its records")
    if not isinstance(manifest.get("sequence"), int) or not isinstance(
        manifest.get("batch_id"), str
    ):
        raise KnownError(ErrorCode.PACKET_INVALID, "the batch's manifest lacks its sequence")
    seen: set[tuple[str, int]] = set()
    checked = []
    for entry, item in zip(entries, items, strict=True):
        if not isinstance(entry, dict):
            raise KnownError(ErrorCode.PACKET_INVALID, "a manifest entry is damaged")
        record_id, version = entry.get("id"), entry.get("version")
        if not isinstance(record_id, str) or not isinstance(version, int) or version < 1:
            raise KnownError(ErrorCode.PACKET_INVALID, "a manifest entry lacks its id or version")
        if (record_id, version) in seen:
            raise KnownError(ErrorCode.PACKET_INVALID, "a record is listed twice in one batch")
        seen.add((record_id, version))
        if entry.get("size") != len(item) or entry.get("sha256") != sha256_hex(item):
            raise KnownError(ErrorCode.PACKET_INVALID, "a record does not match its hash")
        checked.append(entry)
    return checked
