"""Enrolment and live-preview timings for bench/face.py, on real photos and a 100k gallery.

enrol: a 1280x720 JPEG (a real face photo on a camera-sized canvas) through intake, quality,
both embeddings, the 1:N search of a 100,000-person gallery and the storing transaction.
The gallery vault (100,000 people with one SFace and one dlib template each, clustered like
real embeddings) is built once and cached. preview: a 640x480 frame through the fast path.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np

from registrar.biometrics.cv import cv2
from registrar.biometrics.engine import FaceEngine
from registrar.biometrics.intake import encode_jpeg, load_image
from registrar.clock import SystemClock
from registrar.domain import (
    Consent,
    ConsentPurpose,
    FaceTemplate,
    Person,
    PersonDetails,
    PersonRecord,
    RecordState,
    content_hash,
    new_id,
)
from registrar.services.faces import FaceService, load_galleries
from registrar.settings import DLIB_MODEL_ID, SFACE_MODEL_ID
from registrar.storage.keyslots import KdfParams
from registrar.storage.people import PeopleRepository
from registrar.storage.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
FACES = ROOT / "tests/data/faces/people"
PASSWORD = "benchmark password"
CONSENT = [Consent(ConsentPurpose.REGISTRATION, True, "eng")]


def _clustered(rng: np.random.Generator, n: int, *, unit: bool, scale: float) -> np.ndarray:
    """Vectors around a few dozen population means, as real face embeddings cluster."""
    means = rng.standard_normal((48, 128)).astype(np.float32)
    rows = means[rng.integers(0, 48, n)] * 0.45 + rng.standard_normal((n, 128)).astype(np.float32)
    if unit:
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    else:
        rows *= scale / np.linalg.norm(rows, axis=1, keepdims=True)
    return rows.astype(np.float32)


def gallery_vault(folder: Path, people: int) -> None:
    marker = folder / f".complete-{people}"
    if marker.exists():
        return
    vault, _ = Vault.create(
        folder,
        site_code="FCE",
        station=1,
        supervisor="bench",
        password=PASSWORD,
        kdf=KdfParams(1, 65536, 1),
    )
    rng = np.random.default_rng(7)
    sface = _clustered(rng, people, unit=True, scale=1.0)
    dlib = _clustered(rng, people, unit=False, scale=0.6)  # dlib descriptors are not unit
    now = SystemClock().now()
    details = PersonDetails("Bench", "Person")
    for first in range(0, people, 5000):
        with vault.db.transaction() as conn:
            repo = PeopleRepository(conn)
            for i in range(first, min(people, first + 5000)):
                person = Person(
                    new_id(),
                    str(vault.registration_id(i + 1)),
                    1,
                    RecordState.COMPLETE,
                    content_hash(details, CONSENT, [], []),
                    details,
                    now,
                    "bench",
                    now,
                    "bench",
                )
                templates = (
                    FaceTemplate(SFACE_MODEL_ID, sface[i]),
                    FaceTemplate(DLIB_MODEL_ID, dlib[i]),
                )
                repo.insert(person, i + 1, PersonRecord(person, tuple(CONSENT), (), (), templates))
    vault.close()
    marker.write_text("ok\n")


def camera_jpegs() -> list[bytes]:
    """Real face photos on a 1280x720 canvas, as a webcam capture would be."""
    out = []
    for photo in sorted(FACES.glob("*/*")):
        face = load_image(photo).bgr
        scale = 600 / face.shape[0]
        face = cv2.resize(face, (round(face.shape[1] * scale), 600))[:, :1200]
        canvas = np.full((720, 1280, 3), 150, np.uint8)
        x = (1280 - face.shape[1]) // 2
        canvas[60:660, x : x + face.shape[1]] = face
        out.append(encode_jpeg(canvas, 92))
    return out


def bench_enrol(cache_dir: Path, people: int = 100_000, rounds: int = 40) -> dict[str, float]:
    folder = cache_dir / f"face-gallery-{people}"
    t = time.perf_counter()
    gallery_vault(folder, people)
    build_s = time.perf_counter() - t
    vault = Vault.unlock(folder, "bench", PASSWORD)
    try:
        engine = FaceEngine()
        t = time.perf_counter()
        galleries = load_galleries(vault.db.conn, {e.model_id: e.metric for e in engine.embedders})
        load_s = time.perf_counter() - t
        faces = FaceService(vault, engine, galleries)
        photos = camera_jpegs()
        faces.check(photos[0])  # warm-up: first inference allocates
        times = []
        for i in range(rounds):
            jpeg = photos[i % len(photos)]
            start = time.perf_counter()
            check = faces.check(jpeg, probe_details=PersonDetails(f"Probe{i}"))
            faces.register(PersonDetails(f"Probe{i}"), CONSENT, check)
            times.append((time.perf_counter() - start) * 1000)
        gallery = len(galleries.index(SFACE_MODEL_ID))
    finally:
        vault.close()
    return {
        "enrol_ms_p50": round(statistics.median(times), 1),
        "enrol_ms_p95": round(float(np.percentile(times, 95)), 1),
        "enrol_gallery_size": gallery,
        "enrol_gallery_load_s": round(load_s, 2),
        "enrol_gallery_build_s": round(build_s, 1),
    }


def bench_preview(rounds: int = 200) -> dict[str, float]:
    engine = FaceEngine(embedders=[])
    frames = [cv2.resize(load_image(p).bgr, (640, 480)) for p in sorted(FACES.glob("*/*"))]
    engine.preview(frames[0])
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        engine.preview(frames[i % len(frames)])
        times.append((time.perf_counter() - start) * 1000)
    return {
        "preview_ms_p50": round(statistics.median(times), 2),
        "preview_ms_p95": round(float(np.percentile(times, 95)), 2),
    }
