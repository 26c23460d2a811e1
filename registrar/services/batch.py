"""Batch work over many people: import from a folder or a CSV manifest, and dedup of a whole vault.

Import: each row is checked and stored in its own transaction, so a bad row never leaves
half a record; every row gets a line in the report. Dedup: all pairs within the review
radius, grouped for review without chaining, each new pair a case (existing ones are not
repeated).
"""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from registrar.biometrics.dedup import Pair, find_pairs, group_pairs
from registrar.biometrics.evaluate import IMAGE_SUFFIXES
from registrar.biometrics.policy import distance, rank, search_radius
from registrar.domain.model import (
    CaseSource,
    Consent,
    ConsentPurpose,
    PersonDetails,
    Sex,
)
from registrar.errors import ErrorCode, KnownError
from registrar.services.faces import FaceService, new_case
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.cases import CaseRepository
from registrar.storage.templates import TemplateRepository

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MANIFEST_COLUMNS = (
    "photo",
    "given_name",
    "family_name",
    "other_names",
    "sex",
    "birth_date",
    "birth_year",
    "nationality",
    "languages",
    "phone",
    "consent",
    "consent_language",
)


@dataclass(frozen=True, slots=True)
class ImportRow:
    row: int
    photo: str
    status: str  # "registered" or "refused"
    code: str = ""
    message: str = ""
    registration_id: str = ""
    candidates: int = 0


@dataclass(frozen=True, slots=True)
class _Entry:
    row: int
    photo: Path
    details: PersonDetails | None
    consents: tuple[Consent, ...]
    error: KnownError | None = None


def _consents(text: str, language: str) -> tuple[Consent, ...]:
    out = []
    for item in (t.strip() for t in text.replace(",", ";").split(";")):
        if not item:
            continue
        purpose, _, partner = item.partition(":")
        try:
            out.append(Consent(ConsentPurpose(purpose), True, language, partner or None))
        except ValueError:
            raise KnownError(
                ErrorCode.INVALID_FIELD, f"unknown consent purpose {purpose!r}", field="consent"
            ) from None
    return tuple(out)


def _folder_entries(folder: Path, consents: tuple[Consent, ...]) -> Iterator[_Entry]:
    """One person per photo; ``Given_Family.jpg`` names them (the rest of the stem is family)."""
    for row, photo in enumerate(
        sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES), start=1
    ):
        given, _, family = photo.stem.replace("-", "_").partition("_")
        try:
            details = PersonDetails(given.replace("_", " "), family.replace("_", " "))
        except KnownError as exc:
            yield _Entry(row, photo, None, consents, exc)
        else:
            yield _Entry(row, photo, details, consents)


def _manifest_entries(path: Path) -> Iterator[_Entry]:
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"cannot read {path}: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        unknown = set(reader.fieldnames or ()) - set(MANIFEST_COLUMNS)
        if not reader.fieldnames or "photo" not in reader.fieldnames or unknown:
            raise KnownError(
                ErrorCode.IMPORT_MANIFEST_INVALID,
                "the manifest needs a header row with a photo column and only these columns: "
                + ", ".join(MANIFEST_COLUMNS),
            )
        for row, record in enumerate(reader, start=2):  # row 1 is the header
            photo = path.parent / (record.get("photo") or "")
            try:
                details = _details(record)
                consents = _consents(
                    record.get("consent") or "", (record.get("consent_language") or "eng").strip()
                )
            except KnownError as exc:
                yield _Entry(row, photo, None, (), exc)
            else:
                yield _Entry(row, photo, details, consents)


def _details(r: dict[str, str]) -> PersonDetails:
    def get(key: str) -> str:
        return (r.get(key) or "").strip()

    try:
        birth_date = dt.date.fromisoformat(get("birth_date")) if get("birth_date") else None
        birth_year = int(get("birth_year")) if get("birth_year") else None
        sex = Sex(get("sex").lower()) if get("sex") else Sex.UNKNOWN
    except ValueError as exc:
        raise KnownError(ErrorCode.INVALID_FIELD, f"invalid value: {exc}", field="row") from None
    languages = tuple(x for x in get("languages").replace(",", ";").split(";") if x.strip())
    return PersonDetails(
        given_name=get("given_name"),
        family_name=get("family_name"),
        other_names=get("other_names"),
        sex=sex,
        birth_date=birth_date,
        birth_year=birth_year,
        nationality=get("nationality").upper() or None,
        languages=tuple(x.strip() for x in languages),
        phone=get("phone") or None,
    )


def import_people(
    faces: FaceService,
    source: Path,
    *,
    consents: Sequence[Consent] = (),
    on_progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> list[ImportRow]:
    """Register everyone in a folder of photos or a CSV manifest; one result per row.

    For a folder, ``consents`` says what each person consented to (on paper); a manifest
    carries consent per row. Cancelling stops between rows: rows done stay done.
    """
    if source.is_dir():
        entries = list(_folder_entries(source, tuple(consents)))
    elif source.is_file():
        entries = list(_manifest_entries(source))
    else:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"{source} is neither a folder nor a file")
    results = []
    for i, entry in enumerate(entries, start=1):
        if is_cancelled and is_cancelled():
            raise KnownError(
                ErrorCode.CANCELLED,
                f"import stopped after {i - 1} rows; rows already registered stay registered",
            )
        results.append(_import_one(faces, entry))
        if on_progress:
            on_progress(i, len(entries))
    with faces.vault.db.transaction() as conn:
        audit.append(
            conn,
            faces.vault.clock.now(),
            faces.vault.session.operator,
            AuditAction.IMPORTED,
            f"rows:{len(results)}",
        )
    return results


def _import_one(faces: FaceService, entry: _Entry) -> ImportRow:
    name = entry.photo.name
    try:
        if entry.error is not None:
            raise entry.error
        assert entry.details is not None
        check = faces.check(entry.photo, probe_details=entry.details, source_kind="import")
        person, cases = faces.register(entry.details, entry.consents, check)
    except KnownError as exc:
        return ImportRow(entry.row, name, "refused", exc.code.value, exc.message)
    return ImportRow(
        entry.row, name, "registered", registration_id=person.registration_id, candidates=len(cases)
    )


def write_report(rows: Sequence[ImportRow], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["row", "photo", "status", "code", "message", "registration_id", "candidates"]
        )
        for r in rows:
            writer.writerow(
                [r.row, r.photo, r.status, r.code, r.message, r.registration_id, r.candidates]
            )


@dataclass(frozen=True, slots=True)
class DedupResult:
    people: int
    pairs: int
    groups: int
    cases_opened: int
    already_open: int


def dedup(
    faces: FaceService,
    *,
    approximate: bool | None = None,
    on_progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> DedupResult:
    """Find every pair of people within the review radius and open a case per new pair."""
    vault, match = faces.vault, faces.settings.match
    templates = TemplateRepository(vault.db.conn).matrices(faces.galleries.metrics)
    people = len({k for keys, _ in templates.values() for k in keys})
    # Candidate pairs from every model within the radius its score needs, then the full
    # evidence (both models' distances) for each pair.
    candidate_pairs: set[tuple[str, str]] = set()
    models = list(templates)
    for n, model_id in enumerate(models):
        keys, vectors = templates[model_id]
        metric = faces.galleries.metrics[model_id]
        use_ann = approximate if approximate is not None else len(keys) > match.approximate_above

        def progress(done: int, total: int, n: int = n) -> None:
            if on_progress:
                on_progress(n * total + done, len(models) * total)

        pairs = find_pairs(
            keys,
            vectors,
            metric,
            search_radius(match, model_id),
            approximate=use_ann,
            on_progress=progress,
            is_cancelled=is_cancelled,
        )
        candidate_pairs.update((p.a, p.b) for p in pairs)

    paired = {key for pair in candidate_pairs for key in pair}
    stored = TemplateRepository(vault.db.conn).vectors_of(paired)
    banded = []
    for a, b in sorted(candidate_pairs):
        evidence = {
            m: distance(faces.galleries.metrics[m], stored[a, m], stored[b, m])
            for m in models
            if (a, m) in stored and (b, m) in stored
        }
        hit = rank({b: evidence}, match)
        if hit:
            banded.append((a, b, hit[0]))

    groups = group_pairs([Pair(a, b, c.score) for a, b, c in banded])
    group_of: dict[tuple[str, str], str] = {}
    for group in groups:
        gid = str(uuid.uuid4())
        for pair in group.pairs:
            group_of[(pair.a, pair.b)] = gid
    opened = existing = 0
    now = vault.clock.now()
    with vault.db.transaction() as tx:
        repo = CaseRepository(tx)
        for a, b, c in banded:
            group_id = group_of.get((a, b), str(uuid.uuid4()))
            case = new_case(a, c, CaseSource.BATCH, group_id, now)
            if repo.open_case(case):
                opened += 1
            else:
                existing += 1
        audit.append(tx, now, vault.session.operator, AuditAction.DEDUP_RUN, f"pairs:{len(banded)}")
    return DedupResult(people, len(banded), len(groups), opened, existing)
