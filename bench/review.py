"""Review benchmark: open the supervisor's queue and one case in a large vault.

Prints one JSON object (progress goes to stderr). Targets on a 2-core laptop, with 100,000
people and 5,000 open cases: ``queue_open_ms`` < 500 (the Review page asks for the queue
until its table is filled: the groups, the filter choices and the open count, on the
database lane) and ``case_open_ms`` < 200 (a click on a queue row until the case is shown:
both records with photos, documents, households, versions and trails, faces detected and
cut out, laid out). Each is the median of several runs over different cases; the largest
run is reported beside it. ``core_*`` are the same loads without Qt, for comparison.

The vault is bench/ui_vault.py's (100k people with a 60 KB photo each, and real faces) with
5,000 open cases added between random people (a third of the new records with two or three
candidates, as enrolment raises them) and 500 decided ones. It is built once and kept in
--cache-dir.

    python bench/review.py [--people 100000] [--cases 5000] [--quick] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:] = [
    str(ROOT),
    *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
    str(BENCH),
    str(ROOT / "tests"),
]

QUICK_PEOPLE, QUICK_CASES = 2000, 300
RUNS = 9
TARGETS = {"queue_open_ms": 500.0, "case_open_ms": 200.0}


def review_vault(cache_dir: Path, people: int, cases: int) -> Path:
    """bench/ui_vault.py's vault with ``cases`` open cases and a tenth as many decided."""
    import numpy as np
    from ui_vault import OPERATOR, PASSWORD, ui_vault  # type: ignore[import-not-found]

    from registrar.domain.model import Band, CaseSource, CaseState, Decision, DuplicateCase
    from registrar.settings import DLIB_MODEL_ID, SFACE_MODEL_ID
    from registrar.storage.cases import CaseRepository
    from registrar.storage.vault import Vault

    folder = cache_dir / f"review-vault-{people}-{cases}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    source = ui_vault(cache_dir, people)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"adding {cases} cases to a copy of {source} (once)", file=sys.stderr)
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns(".complete-*"))
    rng = np.random.default_rng(7)
    vault = Vault.unlock(folder, OPERATOR, PASSWORD, check="skip")
    try:
        conn = vault.db.conn
        ids = [r[0] for r in conn.execute("SELECT id FROM people ORDER BY sequence")]
        now = vault.clock.now()
        made, groups = 0, 0
        with vault.db.transaction() as tx:
            repo = CaseRepository(tx)
            total = cases + cases // 10
            while made < total:
                probe = ids[int(rng.integers(len(ids)))]
                candidates = 1 if rng.random() < 0.67 else int(rng.integers(2, 4))
                age_h = float(rng.uniform(0, 24 * 10))
                decided = made >= cases
                for _ in range(candidates):
                    other = ids[int(rng.integers(len(ids)))]
                    if other == probe:
                        continue
                    distance = float(rng.uniform(0.15, 0.5))
                    case = DuplicateCase(
                        id=str(uuid.uuid4()),
                        person_a=min(probe, other),
                        person_b=max(probe, other),
                        source=CaseSource.ENROLMENT,
                        group_id=probe,
                        score_id=SFACE_MODEL_ID,
                        distance=distance,
                        band=Band.STRONG if distance <= 0.4 else Band.POSSIBLE,
                        distances={SFACE_MODEL_ID: distance, DLIB_MODEL_ID: distance + 0.1},
                        fused=None,
                        state=CaseState.DECIDED if decided else CaseState.OPEN,
                        decision=Decision.DIFFERENT if decided else None,
                        decided_by=OPERATOR if decided else None,
                        decided_at=now if decided else None,
                        created_at=now - dt.timedelta(hours=age_h),
                        probe_id=probe,
                    )
                    made += int(repo.open_case(case))
                groups += 1
        open_now = conn.execute("SELECT count(*) FROM duplicate_cases WHERE state='open'")
        print(f"{open_now.fetchone()[0]} open cases in {groups} groups", file=sys.stderr)
    finally:
        vault.close()
    marker.write_text(f"{people} people, {cases} open cases\n")
    return folder


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def bench_core(vault: Any, detector: Any, group_ids: list[str]) -> dict[str, float]:
    from registrar.storage.cases import QueueQuery
    from ui.review_page import load_case, load_queue

    queue_runs, case_runs = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        load_queue(QueueQuery(), 100)(vault)
        queue_runs.append(_ms(start))
    for group_id in group_ids:
        start = time.perf_counter()
        load_case(group_id, None, detector, prefer_open=True)(vault)
        case_runs.append(_ms(start))
    return {
        "core_queue_ms": round(statistics.median(queue_runs), 1),
        "core_case_ms": round(statistics.median(case_runs), 1),
    }


def bench_page(vault: Any, detector: Any, runs: int) -> dict[str, Any]:
    """The Review page on the real database lane: time to a filled queue and a shown case."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.review_page import ReviewPage
    from ui.session import UiSession
    from ui.tasks import ComputeLane, DatabaseLane

    app = QApplication.instance() or QApplication([])
    db, compute = DatabaseLane(), ComputeLane()

    # The page asks the session's face service only for its detector.
    faces = SimpleNamespace(engine=SimpleNamespace(detector=detector))
    # The vault was opened on this thread; from here on only the lane touches it.
    session = UiSession(db, compute, vault, faces=faces)  # type: ignore[arg-type]
    page = ReviewPage()
    page.resize(1024, 760)
    page.show()

    def wait(condition: Any, timeout_s: float = 30.0) -> None:
        end = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("the page did not show in time")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    queue_runs, case_runs, rows_shown = [], [], 0
    try:
        for i in range(runs):
            page.queue.table.setRowCount(0)
            start = time.perf_counter()
            if i == 0:
                page.bind(session)
            else:
                page.refresh()
            wait(lambda: page.queue.table.rowCount() > 0)
            app.processEvents()
            queue_runs.append(_ms(start))
        rows_shown = page.queue.table.rowCount()
        for i in range(runs):
            page.case.loaded = None
            page.stack.setCurrentWidget(page.queue)
            start = time.perf_counter()
            page._open_row(i)  # what a double click or Enter on row i does
            wait(lambda: page.case.loaded is not None)
            app.processEvents()
            case_runs.append(_ms(start))
    finally:
        page.clear()
        page.close()
        db.run_blocking(lambda: None)
        compute.shutdown()
    return {
        "queue_open_ms": round(statistics.median(queue_runs), 1),
        "queue_open_max_ms": round(max(queue_runs), 1),
        "case_open_ms": round(statistics.median(case_runs), 1),
        "case_open_max_ms": round(max(case_runs), 1),
        "queue_rows_shown": rows_shown,
        "_db": db,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=5_000)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_PEOPLE} people")
    parser.add_argument(
        "--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "registrar-bench"
    )
    args = parser.parse_args()
    people, cases = (QUICK_PEOPLE, QUICK_CASES) if args.quick else (args.people, args.cases)
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from ui_vault import OPERATOR, PASSWORD  # type: ignore[import-not-found]

    from registrar.biometrics.engine import FaceEngine
    from registrar.services.review import ReviewService
    from registrar.storage.vault import Vault

    folder = review_vault(args.cache_dir, people, cases)
    engine = FaceEngine()
    # check="skip": the background integrity check of a large vault would take a core for a
    # minute; the bench measures the review, not the check (bench/ui.py measures both).
    vault = Vault.unlock(folder, OPERATOR, PASSWORD, check="skip")
    result: dict[str, Any] = {
        "python": sys.version.split()[0],
        "cpu_count": os.cpu_count(),
        "people": people,
        "open_cases": ReviewService(vault).open_count(),
    }
    try:
        groups = [r.group_id for r in ReviewService(vault).queue(limit=RUNS).rows]
        result |= bench_core(vault, engine.detector, groups)
        page = bench_page(vault, engine.detector, RUNS)
        db = page.pop("_db")
        result |= page
        db.run_blocking(vault.close)
        db.shutdown()
    finally:
        engine.close()
    result["targets_met"] = {k: result[k] < limit for k, limit in TARGETS.items()}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
