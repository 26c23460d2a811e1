"""Face use cases: check a photo against everyone enrolled, register with it, re-embed, search.

``check`` runs while the person is still at the desk, before anything is stored.
``register`` and ``enrol`` store the photo, the templates and any duplicate cases in the
same transaction as the person (and its audit entry), then update the galleries.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from registrar.biometrics.engine import Analysis, FaceEngine
from registrar.biometrics.gallery import Galleries
from registrar.biometrics.index import Metric
from registrar.biometrics.intake import IntakeLimits, load_image
from registrar.biometrics.policy import Candidate, Consistency, distance, rank, search_radius
from registrar.domain.model import (
    CaseSource,
    CaseState,
    Consent,
    Document,
    DuplicateCase,
    FaceTemplate,
    Person,
    PersonDetails,
    RecordState,
    Sex,
)
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import PeopleService
from registrar.settings import Settings
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.cases import CaseRepository
from registrar.storage.people import PeopleRepository
from registrar.storage.templates import TemplateRepository
from registrar.storage.vault import Vault

ImageSource = bytes | Path | npt.NDArray[np.uint8]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True, eq=False)
class CheckResult:
    """A usable photo and the people it probably belongs to (empty: no earlier registration)."""

    analysis: Analysis
    candidates: tuple[Candidate, ...]

    @property
    def found(self) -> bool:
        return bool(self.candidates)


def load_galleries(
    conn: Any, metrics: Mapping[str, Metric], *, approximate: bool = False
) -> Galleries:
    """Every template in the vault, by model, into memory (done when the vault is unlocked)."""
    galleries = Galleries(metrics, approximate=approximate)
    # One bulk add per model: 100k people load in about two seconds this way.
    for model_id, (keys, matrix) in TemplateRepository(conn).matrices(metrics).items():
        galleries.index(model_id).add_many(keys, matrix)
    return galleries


def _age(details: PersonDetails, today: dt.date) -> int | None:
    if details.birth_date:
        return today.year - details.birth_date.year
    return today.year - details.birth_year if details.birth_year else None


def consistency(
    probe: PersonDetails | None, other: PersonDetails, today: dt.date
) -> Consistency | None:
    if probe is None:
        return None
    sexes = {probe.sex, other.sex}
    sex = None if Sex.UNKNOWN in sexes else len(sexes) == 1
    a, b = _age(probe, today), _age(other, today)
    return Consistency(sex, abs(a - b) if a is not None and b is not None else None)


def new_case(
    person_id: str,
    candidate: Candidate,
    source: CaseSource,
    group_id: str,
    now: dt.datetime,
    *,
    probe_id: str | None = None,
) -> DuplicateCase:
    """An open case between ``person_id`` and a candidate, with the candidate's evidence."""
    return DuplicateCase(
        id=str(uuid.uuid4()),
        person_a=min(person_id, candidate.person_id),
        person_b=max(person_id, candidate.person_id),
        source=source,
        group_id=group_id,
        score_id=candidate.score_id,
        distance=candidate.score,
        band=candidate.band,
        distances=candidate.distances,
        fused=candidate.fused,
        state=CaseState.OPEN,
        created_at=now,
        probe_id=probe_id,
    )


class FaceService:
    def __init__(
        self,
        vault: Vault,
        engine: FaceEngine,
        galleries: Galleries,
        settings: Settings | None = None,
    ) -> None:
        self.vault = vault
        self.engine = engine
        self.galleries = galleries
        self.settings = settings or Settings()

    @property
    def _limits(self) -> IntakeLimits:
        s = self.settings.intake
        return IntakeLimits(max_bytes=s.max_bytes, max_pixels=s.max_pixels)

    def analyse(self, source: ImageSource, *, source_kind: str = "camera") -> Analysis:
        return self.engine.analyse(load_image(source, self._limits), source=source_kind)

    # searching ------------------------------------------------------------------------------

    def candidates_for(
        self,
        templates: Sequence[FaceTemplate],
        *,
        probe_details: PersonDetails | None = None,
        exclude: Iterable[str] = (),
    ) -> list[Candidate]:
        """The ranked short list for a probe's templates (one per model)."""
        match = self.settings.match
        excluded = set(exclude)
        keys: set[str] = set()
        probe = {t.model_id: t.vector for t in templates if t.model_id in self.galleries}
        for model_id, vector in probe.items():
            hits = self.galleries.index(model_id).search(
                vector, k=match.top_k + len(excluded), radius=search_radius(match, model_id)
            )
            keys.update(h.key for h in hits)
        keys -= excluded
        if not keys:
            return []
        evidence = self._evidence(probe, keys)
        candidates = rank(evidence, match)
        if probe_details is None:
            return candidates
        people = PeopleRepository(self.vault.db.conn)
        today = self.vault.clock.now().date()
        return [
            Candidate(
                c.person_id,
                c.band,
                c.score_id,
                c.score,
                c.distances,
                c.fused,
                consistency(probe_details, people.get(c.person_id).details, today),
            )
            for c in candidates
        ]

    def _evidence(
        self, probe: Mapping[str, npt.NDArray[np.float32]], keys: set[str]
    ) -> dict[str, dict[str, float]]:
        """Each candidate's best distance per model, from their stored templates."""
        stored = TemplateRepository(self.vault.db.conn).vectors_of(keys)
        evidence: dict[str, dict[str, float]] = {k: {} for k in keys}
        for (person_id, model_id), vectors in stored.items():
            if model_id in probe:
                metric = self.galleries.metrics[model_id]
                evidence[person_id][model_id] = distance(metric, probe[model_id], vectors)
        return evidence

    def check(
        self,
        source: ImageSource,
        *,
        probe_details: PersonDetails | None = None,
        source_kind: str = "camera",
        exclude: Iterable[str] = (),
    ) -> CheckResult:
        """Intake, quality, both embeddings and the 1:N search; stores nothing."""
        analysis = self.analyse(source, source_kind=source_kind)
        candidates = self.candidates_for(
            analysis.templates, probe_details=probe_details, exclude=exclude
        )
        return CheckResult(analysis, tuple(candidates))

    def search(self, source: ImageSource) -> CheckResult:
        return self.check(source, source_kind="search")

    # storing --------------------------------------------------------------------------------

    def _open_cases(
        self,
        conn: Any,
        person_id: str,
        candidates: Sequence[Candidate],
        source: CaseSource,
        group_id: str | None = None,
    ) -> list[DuplicateCase]:
        now, opened = self.vault.clock.now(), []
        repo = CaseRepository(conn)
        group = group_id or person_id
        for c in candidates:
            case = new_case(person_id, c, source, group, now, probe_id=person_id)
            if repo.open_case(case):
                opened.append(case)
                audit.append(
                    conn, now, self.vault.session.operator, AuditAction.CASE_OPENED, case.id
                )
        return opened

    def register(
        self,
        details: PersonDetails,
        consents: Sequence[Consent],
        check: CheckResult,
        *,
        documents: Sequence[Document] = (),
        state: RecordState = RecordState.COMPLETE,
    ) -> tuple[Person, list[DuplicateCase]]:
        """Store a new person with the checked photo, templates and a case per candidate."""
        people = PeopleService(self.vault)
        analysis = check.analysis
        with self.vault.db.transaction() as conn:
            person = people.register_in(
                conn,
                details,
                consents,
                photos=[analysis.photo],
                documents=documents,
                templates=analysis.templates,
                state=state,
            )
            # Candidates found at the desk may have been erased meanwhile.
            repo = PeopleRepository(conn)
            live = [c for c in check.candidates if repo.exists(c.person_id)]
            cases = self._open_cases(conn, person.id, live, CaseSource.ENROLMENT)
            audit.append(
                conn,
                self.vault.clock.now(),
                self.vault.session.operator,
                AuditAction.FACE_ENROLLED,
                person.id,
            )
        self.galleries.add(person.id, analysis.templates)
        return person, cases

    def enrol(
        self, person_id: str, source: ImageSource, *, source_kind: str = "camera"
    ) -> tuple[Analysis, list[DuplicateCase]]:
        """Add a face photo to an existing person (and search with it)."""
        analysis = self.analyse(source, source_kind=source_kind)
        candidates = self.candidates_for(analysis.templates, exclude={person_id})
        now = self.vault.clock.now()
        with self.vault.db.transaction() as conn:
            repo = PeopleRepository(conn)
            repo.get(person_id)
            repo.add_photo(person_id, analysis.photo, now)
            for t in analysis.templates:
                repo.add_template(person_id, t, now)
            cases = self._open_cases(conn, person_id, candidates, CaseSource.ENROLMENT)
            audit.append(
                conn, now, self.vault.session.operator, AuditAction.FACE_ENROLLED, person_id
            )
        self.galleries.add(person_id, analysis.templates)
        return analysis, cases

    def reembed(
        self,
        model_id: str,
        *,
        on_progress: Progress | None = None,
        is_cancelled: Cancelled | None = None,
        batch: int = 25,
    ) -> int:
        """Compute missing templates of one model from the stored photos. Resumable: each
        batch commits, and photos that already have a template are skipped."""
        embedder = next((e for e in self.engine.embedders if e.model_id == model_id), None)
        if embedder is None:
            raise KnownError(ErrorCode.MODEL_MISSING, f"no face model {model_id} in this app")
        templates = TemplateRepository(self.vault.db.conn)
        todo = templates.photos_missing(model_id)
        done = failed = 0
        for start in range(0, len(todo), batch):
            if is_cancelled and is_cancelled():
                raise KnownError(
                    ErrorCode.CANCELLED,
                    f"re-embedding stopped after {done} photos; run it again to continue",
                )
            made: list[tuple[str, FaceTemplate]] = []
            for photo_id in todo[start : start + batch]:
                person_id, jpeg = templates.photo(photo_id)
                try:
                    image = load_image(jpeg, self._limits)
                    made.append(
                        (person_id, self.engine.embed_stored(image.bgr, embedder, photo_id))
                    )
                except KnownError:
                    failed += 1  # a stored photo without a findable face: counted, skipped
            now = self.vault.clock.now()
            with self.vault.db.transaction() as tx:
                repo = PeopleRepository(tx)
                for person_id, template in made:
                    repo.add_template(person_id, template, now)
                audit.append(
                    tx,
                    now,
                    self.vault.session.operator,
                    AuditAction.REEMBEDDED,
                    f"model:{model_id}",
                )
            for person_id, template in made:
                self.galleries.add(person_id, [template])
            done += len(made)
            if on_progress:
                on_progress(min(start + batch, len(todo)), len(todo))
        return done
