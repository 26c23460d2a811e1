"""Vault benchmark: unlock time, insert rate, opening a 100,000-person vault, bytes per person.

Prints one JSON object. Targets on a 2-core laptop: insert >= 200 people/s (one transaction
each, with a 60 KB photo and a template), open_100k_s < 1.5 s (key derivation + open + first
query). The 100k vault holds a 60 KB photo and two templates per person, like a real one
(~6 GB); it is built once in batches and kept in --cache-dir for later runs.

    python bench/vault.py [--people 100000] [--cache-dir DIR] [--inserts 500]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from registrar.biometrics.cv import cv2
from registrar.clock import SystemClock
from registrar.domain import (
    Consent,
    ConsentPurpose,
    FacePhoto,
    FaceTemplate,
    Person,
    PersonDetails,
    PersonRecord,
    RecordState,
    Sex,
    content_hash,
    new_id,
)
from registrar.services.people import PeopleService
from registrar.storage.database import IntegrityState
from registrar.storage.keyslots import calibrate_kdf
from registrar.storage.people import PeopleRepository
from registrar.storage.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "benchmark password"
SUPERVISOR = "bench"


def photo_60kb() -> FacePhoto:
    """A real face photo re-encoded at the size a webcam capture has (~60 KB)."""
    image = cv2.imread(str(ROOT / "tests/data/faces/people/obama/1.jpg"))
    image = cv2.resize(image, (600, 750), interpolation=cv2.INTER_CUBIC)
    for quality in range(95, 40, -5):
        ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if ok and buf.size <= 62_000:
            break
    return FacePhoto(jpeg=buf.tobytes(), width=600, height=750)


def details(i: int, rng: np.random.Generator) -> PersonDetails:
    return PersonDetails(
        given_name=f"Given{i}",
        family_name=f"Family{i % 9973}",
        sex=Sex.FEMALE if i % 2 else Sex.MALE,
        birth_year=int(rng.integers(1940, 2025)),
        nationality="SYR",
        languages=("ara",),
    )


def templates(photo: FacePhoto, rng: np.random.Generator) -> list[FaceTemplate]:
    return [
        FaceTemplate("sface-2021dec-int8", rng.standard_normal(128).astype(np.float32), photo.id),
        FaceTemplate("dlib-resnet-v1", rng.standard_normal(128).astype(np.float32), photo.id),
    ]


CONSENT = [Consent(ConsentPurpose.REGISTRATION, True, "ara")]


def bench_insert(folder: Path, inserts: int) -> dict[str, float]:
    kdf = calibrate_kdf()
    vault, _ = Vault.create(
        folder, site_code="BEN", station=1, supervisor=SUPERVISOR, password=PASSWORD, kdf=kdf
    )
    people = PeopleService(vault)
    rng = np.random.default_rng(1)
    base = photo_60kb()
    start = time.perf_counter()
    for i in range(inserts):
        photo = FacePhoto(jpeg=base.jpeg, width=base.width, height=base.height)
        people.register(details(i, rng), CONSENT, photos=[photo], templates=templates(photo, rng))
    elapsed = time.perf_counter() - start
    vault.db.checkpoint()
    size = (folder / "vault.db").stat().st_size
    vault.close()
    unlocks = []
    for _ in range(3):
        t = time.perf_counter()
        Vault.unlock(folder, SUPERVISOR, PASSWORD).close()
        unlocks.append(time.perf_counter() - t)
    return {
        "kdf_time_cost": kdf.time_cost,
        "kdf_memory_mib": kdf.memory_kib // 1024,
        "unlock_s": round(statistics.median(unlocks), 3),
        "insert_people_per_s": round(inserts / elapsed, 1),
        "photo_bytes": len(base.jpeg),
        "bytes_per_person": round(size / inserts),
    }


def build_large(folder: Path, count: int) -> None:
    """Fill a vault with ``count`` people in large transactions (a fixture, not the measurement)."""
    vault, _ = Vault.create(
        folder,
        site_code="BGV",
        station=1,
        supervisor=SUPERVISOR,
        password=PASSWORD,
        kdf=calibrate_kdf(),
    )
    rng = np.random.default_rng(2)
    base = photo_60kb()
    now = SystemClock().now()
    batch = 2000
    for first in range(0, count, batch):
        with vault.db.transaction() as conn:
            repo = PeopleRepository(conn)
            for i in range(first, min(count, first + batch)):
                d = details(i, rng)
                photo = FacePhoto(jpeg=base.jpeg, width=base.width, height=base.height)
                person = Person(
                    new_id(),
                    str(vault.registration_id(i + 1)),
                    1,
                    RecordState.COMPLETE,
                    content_hash(d, CONSENT, [photo], []),
                    d,
                    now,
                    SUPERVISOR,
                    now,
                    SUPERVISOR,
                )
                repo.insert(
                    person,
                    i + 1,
                    PersonRecord(
                        person, tuple(CONSENT), (photo,), (), tuple(templates(photo, rng))
                    ),
                )
        print(f"  built {min(count, first + batch)}/{count}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    vault.close()


def bench_open(folder: Path, count: int) -> dict[str, float]:
    marker = folder / f".complete-{count}"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        build_large(folder, count)
        marker.write_text(f"{time.perf_counter() - t:.0f} s to build\n")
    opens = []
    for _ in range(3):
        t = time.perf_counter()
        vault = Vault.unlock(folder, SUPERVISOR, PASSWORD)
        first_page = PeopleService(vault).search("", limit=50)
        opens.append(time.perf_counter() - t)
        assert len(first_page) == 50
        t = time.perf_counter()
        state = vault.db.wait_for_integrity()
        check_s = time.perf_counter() - t + opens[-1]
        found = len(PeopleService(vault).search("given12345"))
        vault.close()
    return {
        "open_100k_s": round(statistics.median(opens), 3),
        "open_100k_people": count,
        "open_100k_db_gb": round((folder / "vault.db").stat().st_size / 1e9, 2),
        "open_100k_full_integrity_check_s": round(check_s, 1),
        "open_100k_integrity": state.value if isinstance(state, IntegrityState) else str(state),
        "open_100k_name_search_hits": found,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--inserts", type=int, default=500)
    parser.add_argument(
        "--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "registrar-bench"
    )
    args = parser.parse_args()
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    insert_dir = Path(tempfile.mkdtemp(prefix="insert-", dir=args.cache_dir))
    try:
        result = bench_insert(insert_dir, args.inserts)
    finally:
        shutil.rmtree(insert_dir, ignore_errors=True)
    result |= bench_open(args.cache_dir / f"vault-{args.people}", args.people)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
