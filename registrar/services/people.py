"""Registering, editing, finding, erasing and exporting people, with their audit entries."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from registrar.domain.ids import RegistrationId
from registrar.domain.model import (
    AuditEntry,
    Consent,
    ConsentPurpose,
    Document,
    FacePhoto,
    FaceTemplate,
    Household,
    Person,
    PersonDetails,
    PersonRecord,
    RecordState,
    content_hash,
    new_id,
    sha256_hex,
)
from registrar.errors import ErrorCode, KnownError
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.keyslots import atomic_write
from registrar.storage.people import (
    PeopleRepository,
    PersonSummary,
    PersonVersion,
    SummaryPage,
)
from registrar.storage.sync import SyncRepository
from registrar.storage.vault import Vault

if TYPE_CHECKING:
    from registrar.biometrics.gallery import Galleries


class ErasureReason(StrEnum):
    PERSON_REQUEST = "person_request"
    REGISTERED_IN_ERROR = "registered_in_error"
    LEGAL_ORDER = "legal_order"
    RETENTION_EXPIRED = "retention_expired"


class PeopleService:
    def __init__(self, vault: Vault, galleries: Galleries | None = None) -> None:
        self.vault = vault
        self.galleries = galleries  # kept in step on erasure when the face engine is loaded

    @property
    def _repo(self) -> PeopleRepository:
        return PeopleRepository(self.vault.db.conn)

    # registering and editing ---------------------------------------------------------------

    def create_household(self) -> Household:
        now = self.vault.clock.now()
        household = Household(new_id(), now, self.vault.session.operator)
        with self.vault.db.transaction() as conn:
            PeopleRepository(conn).add_household(household)
        return household

    def register(
        self,
        details: PersonDetails,
        consents: Sequence[Consent],
        *,
        photos: Sequence[FacePhoto] = (),
        documents: Sequence[Document] = (),
        templates: Sequence[FaceTemplate] = (),
        state: RecordState = RecordState.COMPLETE,
    ) -> Person:
        """Store a new person with everything captured, in one transaction with its audit entry."""
        with self.vault.db.transaction() as conn:
            person = self.register_in(
                conn,
                details,
                consents,
                photos=photos,
                documents=documents,
                templates=templates,
                state=state,
            )
        if self.galleries is not None and templates:
            self.galleries.add(person.id, templates)
        return person

    def register_in(
        self,
        conn: Any,
        details: PersonDetails,
        consents: Sequence[Consent],
        *,
        photos: Sequence[FacePhoto] = (),
        documents: Sequence[Document] = (),
        templates: Sequence[FaceTemplate] = (),
        state: RecordState = RecordState.COMPLETE,
    ) -> Person:
        """``register`` inside the caller's transaction (so more can land with it)."""
        if state not in (RecordState.DRAFT, RecordState.COMPLETE):
            raise KnownError(ErrorCode.BAD_STATE_TRANSITION, "a new record is draft or complete")
        consents = self._stamp(consents)
        if state is RecordState.COMPLETE:
            self._require_registration_consent(consents)
        photo_ids = {p.id for p in photos}
        if any(t.photo_id is not None and t.photo_id not in photo_ids for t in templates):
            raise KnownError(ErrorCode.INVALID_FIELD, "a template refers to an unknown photo")
        session, now = self.vault.session, self.vault.clock.now()
        repo = PeopleRepository(conn)
        self._check_household(repo, details)
        sequence = repo.next_sequence()
        person = Person(
            id=new_id(),
            registration_id=str(self.vault.registration_id(sequence)),
            version=1,
            state=state,
            content_hash=content_hash(details, consents, photos, documents),
            details=details,
            created_at=now,
            created_by=session.operator,
            updated_at=now,
            updated_by=session.operator,
        )
        record = PersonRecord(
            person, tuple(consents), tuple(photos), tuple(documents), tuple(templates)
        )
        repo.insert(person, sequence, record)
        audit.append(conn, now, session.operator, AuditAction.PERSON_CREATED, person.id)
        return person

    def update(
        self,
        person_id: str,
        details: PersonDetails,
        *,
        expected_version: int,
        consents: Sequence[Consent] | None = None,
    ) -> Person:
        """Store a new version. A record that was queued or synced must be synced again."""
        session, now = self.vault.session, self.vault.clock.now()
        with self.vault.db.transaction() as conn:
            repo = PeopleRepository(conn)
            current = repo.record(person_id)
            if current.person.version != expected_version:
                raise KnownError(
                    ErrorCode.VERSION_CONFLICT,
                    "this person was changed meanwhile; reload and try again",
                )
            self._check_household(repo, details)
            new_consents = self._stamp(consents) if consents is not None else current.consents
            state = current.person.state
            if state is not RecordState.DRAFT:
                self._require_registration_consent(new_consents)
                state = RecordState.COMPLETE
            person = replace(
                current.person,
                version=current.person.version + 1,
                state=state,
                details=details,
                content_hash=content_hash(details, new_consents, current.photos, current.documents),
                updated_at=now,
                updated_by=session.operator,
            )
            repo.update(person, new_consents if consents is not None else None)
            audit.append(conn, now, session.operator, AuditAction.PERSON_UPDATED, person.id)
        return person

    def set_state(self, person_id: str, state: RecordState) -> Person:
        with self.vault.db.transaction() as conn:
            repo = PeopleRepository(conn)
            record = repo.record(person_id)
            current = record.person.state
            if not current.can_become(state):
                raise KnownError(
                    ErrorCode.BAD_STATE_TRANSITION,
                    f"a {current.value} record cannot become {state.value}",
                )
            if state is RecordState.COMPLETE:
                self._require_registration_consent(record.consents)
            repo.set_state(person_id, state)
            audit.append(
                conn,
                self.vault.clock.now(),
                self.vault.session.operator,
                AuditAction.PERSON_STATE,
                person_id,
            )
        return replace(record.person, state=state)

    def _stamp(self, consents: Sequence[Consent]) -> tuple[Consent, ...]:
        now, operator = self.vault.clock.now(), self.vault.session.operator
        keys = [c.key for c in consents]
        if len(keys) != len(set(keys)):
            raise KnownError(ErrorCode.INVALID_FIELD, "each consent purpose may appear once")
        return tuple(
            replace(c, recorded_by=c.recorded_by or operator, recorded_at=c.recorded_at or now)
            for c in consents
        )

    @staticmethod
    def _require_registration_consent(consents: Sequence[Consent]) -> None:
        if not any(c.purpose is ConsentPurpose.REGISTRATION and c.granted for c in consents):
            raise KnownError(
                ErrorCode.CONSENT_REQUIRED,
                "the person has not consented to registration: the record cannot be completed",
            )

    @staticmethod
    def _check_household(repo: PeopleRepository, details: PersonDetails) -> None:
        if details.household_id is not None and not repo.household_exists(details.household_id):
            raise KnownError(ErrorCode.HOUSEHOLD_NOT_FOUND, "no such household in this vault")

    # finding -------------------------------------------------------------------------------

    def get(self, person_id: str) -> PersonRecord:
        return self._repo.record(person_id)

    def find_by_registration_id(self, text: str) -> PersonRecord:
        """Look up a typed registration id; a typo is caught by its check character."""
        registration_id = RegistrationId.parse(text)
        return self._repo.record(self._repo.id_for_registration_id(str(registration_id)))

    def find_by_document_number(self, number: str) -> list[PersonRecord]:
        return [self._repo.record(pid) for pid in self._repo.ids_with_document_number(number)]

    def search(self, text: str = "", *, limit: int = 50, offset: int = 0) -> list[PersonSummary]:
        return self._repo.search(text, limit=limit, offset=offset)

    def count(self) -> int:
        return self._repo.count()

    def search_page(
        self, text: str = "", *, cursor: int | None = None, limit: int = 200
    ) -> SummaryPage:
        """Like ``search``, a page at a time: pass the previous page's ``next_cursor``."""
        return self._repo.search_page(text, cursor=cursor, limit=limit)

    def summaries(self, person_ids: Sequence[str]) -> list[PersonSummary]:
        return self._repo.summaries(person_ids)

    def summary_by_registration_id(self, text: str) -> PersonSummary:
        """The list row for a typed registration id; a typo is caught by its check character."""
        repo = self._repo
        person_id = repo.id_for_registration_id(str(RegistrationId.parse(text)))
        found = repo.summaries([person_id])
        if not found:
            raise KnownError(ErrorCode.PERSON_NOT_FOUND, "no such person in this vault")
        return found[0]

    def summaries_by_document_number(self, number: str) -> list[PersonSummary]:
        """The list rows of the people holding a document with this number (any spacing)."""
        repo = self._repo
        return repo.summaries(repo.ids_with_document_number(number))

    def version_history(self, person_id: str) -> list[PersonVersion]:
        return self._repo.version_history(person_id)

    def audit_trail(self, person_id: str, limit: int = 200) -> list[AuditEntry]:
        """What was done to this person's record, by whom and when, newest first."""
        return self._repo.audit_entries_for(person_id, limit)

    def household_members(self, household_id: str) -> list[Person]:
        return self._repo.household_members(household_id)

    def first_photos(self, person_ids: Sequence[str]) -> dict[str, bytes]:
        """Each person's earliest face photo (JPEG), for list thumbnails."""
        return self._repo.first_photos(person_ids)

    # erasure and export ----------------------------------------------------------------------

    def erase(self, person_id: str, reason: ErasureReason) -> None:
        """Remove a person and everything held about them; an audit tombstone remains.

        SQLCipher's secure_delete zeroes the freed cells and pages; the WAL is checkpointed and
        truncated at once so no old frame keeps a copy.
        """
        session = self.vault.session
        session.require_supervisor("erase a person")
        now = self.vault.clock.now()
        with self.vault.db.transaction() as conn:
            repo = PeopleRepository(conn)
            repo.get(person_id)  # raises PERSON_NOT_FOUND
            sync = SyncRepository(conn)
            # The hub is told, by id only (a batch may have reached it without a receipt).
            sync.note_erasure(person_id)
            # An unsent batch holds a sealed copy of the person: it goes too, and its other
            # records wait for the next batch.
            sync.drop_waiting_batches_of(person_id)
            repo.erase(person_id)
            sync.drop_orphan_hub_copies()  # other sites' records shown beside this one
            repo.record_erasure(person_id, reason.value, now, session.operator)
            audit.append(conn, now, session.operator, AuditAction.PERSON_ERASED, person_id)
        if self.galleries is not None:
            self.galleries.remove(person_id)
        self.vault.db.checkpoint()

    def iter_consenting(
        self, purpose: ConsentPurpose, partner: str | None = None
    ) -> Iterator[PersonRecord]:
        repo = self._repo
        for person_id in repo.all_ids():
            record = repo.record(person_id)
            if record.consented(purpose, partner):
                yield record

    def export_jsonl(
        self,
        path: Path,
        purpose: ConsentPurpose,
        *,
        partner: str | None = None,
        include_images: bool = False,
    ) -> int:
        """Write people who consented to ``purpose`` (and ``partner``) as JSON Lines.

        Returns how many were written. Supervisor only; the file is created with owner-only
        permissions and replaces nothing that exists.
        """
        self.vault.session.require_supervisor("export personal data")
        if (purpose is ConsentPurpose.SHARING) != (partner is not None):
            raise KnownError(ErrorCode.INVALID_FIELD, "name a partner for a sharing export only")
        if path.exists():
            raise KnownError(ErrorCode.FILE_EXISTS, f"{path} exists; choose a new file name")
        lines = [
            json.dumps(_export_record(r, include_images), ensure_ascii=False, sort_keys=True)
            for r in self.iter_consenting(purpose, partner)
        ]
        atomic_write(path, ("\n".join(lines) + "\n" if lines else "").encode("utf-8"))
        ref = f"purpose:{purpose.value}" + (f":{partner}" if partner else "")
        with self.vault.db.transaction() as conn:
            audit.append(
                conn, self.vault.clock.now(), self.vault.session.operator, AuditAction.EXPORTED, ref
            )
        return len(lines)


def _export_record(record: PersonRecord, include_images: bool) -> dict[str, Any]:
    person = record.person

    def image(data: bytes) -> dict[str, Any]:
        entry: dict[str, Any] = {"sha256": sha256_hex(data)}
        if include_images:
            entry["jpeg_base64"] = base64.b64encode(data).decode("ascii")
        return entry

    return {
        "id": person.id,
        "registration_id": person.registration_id,
        "version": person.version,
        "state": person.state.value,
        "content_hash": person.content_hash,
        "details": person.details.to_json(),
        "consents": [c.to_json() for c in record.consents],
        "photos": [image(p.jpeg) | {"width": p.width, "height": p.height} for p in record.photos],
        "documents": [
            d.to_json() | {"pages": [image(p.image) for p in d.pages]} for d in record.documents
        ],
        "created_at": person.created_at.isoformat(),
        "updated_at": person.updated_at.isoformat(),
    }
