"""The repository of people and everything held about them: the SQL for persons lives here."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from registrar.domain.model import (
    AuditEntry,
    Consent,
    ConsentPurpose,
    Document,
    DocumentPage,
    FacePhoto,
    FaceTemplate,
    Household,
    Person,
    PersonDetails,
    PersonRecord,
    RecordState,
    Relationship,
    Sex,
    document_number_key,
)
from registrar.domain.text import search_key
from registrar.errors import ErrorCode, KnownError

_PERSON_COLUMNS = (
    "id, registration_id, version, state, content_hash, given_name, family_name, other_names,"
    " sex, birth_date, birth_year, birth_estimated, nationality, languages, phone,"
    " specific_needs, household_id, relationship, created_at, created_by, updated_at, updated_by"
)


def _ts(value: dt.datetime) -> str:
    return value.isoformat()


def _person_from_row(row: Sequence[Any]) -> Person:
    details = PersonDetails(
        given_name=row[5],
        family_name=row[6],
        other_names=row[7],
        sex=Sex(row[8]),
        birth_date=dt.date.fromisoformat(row[9]) if row[9] else None,
        birth_year=row[10],
        birth_estimated=bool(row[11]),
        nationality=row[12],
        languages=tuple(json.loads(row[13])),
        phone=row[14],
        specific_needs=tuple(json.loads(row[15])),
        household_id=row[16],
        relationship=Relationship(row[17]) if row[17] else None,
    )
    return Person(
        id=row[0],
        registration_id=row[1],
        version=row[2],
        state=RecordState(row[3]),
        content_hash=row[4],
        details=details,
        created_at=dt.datetime.fromisoformat(row[18]),
        created_by=row[19],
        updated_at=dt.datetime.fromisoformat(row[20]),
        updated_by=row[21],
    )


def _detail_values(details: PersonDetails) -> tuple[Any, ...]:
    return (
        details.given_name,
        details.family_name,
        details.other_names,
        details.search_key,
        details.sex.value,
        details.birth_date.isoformat() if details.birth_date else None,
        details.birth_year,
        int(details.birth_estimated),
        details.nationality,
        json.dumps(list(details.languages)),
        details.phone,
        json.dumps(list(details.specific_needs)),
        details.household_id,
        details.relationship.value if details.relationship else None,
    )


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One row of a people list: enough for a table, no photos."""

    id: str
    registration_id: str
    given_name: str
    family_name: str
    sex: Sex
    birth_date: dt.date | None
    birth_year: int | None
    state: RecordState
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SummaryPage:
    """One page of a people list and where the next page starts (None: this was the last)."""

    rows: tuple[PersonSummary, ...]
    next_cursor: int | None


@dataclass(frozen=True, slots=True)
class PersonVersion:
    """One stored version of a person's details, with who saved it and when."""

    version: int
    content_hash: str
    details: PersonDetails
    created_at: dt.datetime
    created_by: str


class PeopleRepository:
    """Reads and writes people inside the caller's connection or transaction."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # writing ---------------------------------------------------------------------------

    def next_sequence(self) -> int:
        row = self.conn.execute("SELECT max(sequence) FROM people").fetchone()
        floor = self.conn.execute("SELECT value FROM meta WHERE key = 'sequence_floor'").fetchone()
        # Sequences of erased people are never reused: the floor remembers the highest issued.
        return max(row[0] or 0, int(floor[0]) if floor else 0) + 1

    def insert(self, person: Person, sequence: int, record: PersonRecord) -> None:
        c = self.conn
        c.execute(
            "INSERT INTO people (id, registration_id, sequence, version, state, content_hash,"
            " given_name, family_name, other_names, search_key, sex, birth_date, birth_year,"
            " birth_estimated, nationality, languages, phone, specific_needs, household_id,"
            " relationship, created_at, created_by, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person.id,
                person.registration_id,
                sequence,
                person.version,
                person.state.value,
                person.content_hash,
                *_detail_values(person.details),
                _ts(person.created_at),
                person.created_by,
                _ts(person.updated_at),
                person.updated_by,
            ),
        )
        c.execute(
            "INSERT INTO meta (key, value) VALUES ('sequence_floor', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), excluded.value)",
            (str(sequence),),
        )
        self._insert_version(person)
        self._replace_consents(person, record.consents)
        for photo in record.photos:
            self.add_photo(person.id, photo, person.created_at)
        for document in record.documents:
            self.add_document(person.id, document)
        for template in record.templates:
            self.add_template(person.id, template, person.created_at)

    def _insert_version(self, person: Person) -> None:
        self.conn.execute(
            "INSERT INTO person_versions (person_id, version, content_hash, details, created_at,"
            " created_by) VALUES (?, ?, ?, ?, ?, ?)",
            (
                person.id,
                person.version,
                person.content_hash,
                json.dumps(person.details.to_json(), ensure_ascii=False),
                _ts(person.updated_at),
                person.updated_by,
            ),
        )

    def _replace_consents(self, person: Person, consents: Sequence[Consent]) -> None:
        self.conn.execute("DELETE FROM consents WHERE person_id = ?", (person.id,))
        for consent in consents:
            self.conn.execute(
                "INSERT INTO consents (person_id, purpose, partner, granted, language,"
                " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    person.id,
                    consent.purpose.value,
                    consent.partner or "",
                    int(consent.granted),
                    consent.language,
                    consent.recorded_by or person.updated_by,
                    _ts(consent.recorded_at or person.updated_at),
                ),
            )

    def update(self, person: Person, consents: Sequence[Consent] | None) -> None:
        """Store a new version of a person's details (and consents, when given)."""
        cur = self.conn.execute(
            "UPDATE people SET version = ?, state = ?, content_hash = ?, given_name = ?,"
            " family_name = ?, other_names = ?, search_key = ?, sex = ?, birth_date = ?,"
            " birth_year = ?, birth_estimated = ?, nationality = ?, languages = ?, phone = ?,"
            " specific_needs = ?, household_id = ?, relationship = ?, updated_at = ?,"
            " updated_by = ? WHERE id = ? AND version = ?",
            (
                person.version,
                person.state.value,
                person.content_hash,
                *_detail_values(person.details),
                _ts(person.updated_at),
                person.updated_by,
                person.id,
                person.version - 1,
            ),
        )
        if cur.rowcount != 1:
            raise KnownError(
                ErrorCode.VERSION_CONFLICT,
                "this person was changed by someone else meanwhile; reload and try again",
            )
        self._insert_version(person)
        if consents is not None:
            self._replace_consents(person, consents)

    def set_state(self, person_id: str, state: RecordState) -> None:
        self.conn.execute("UPDATE people SET state = ? WHERE id = ?", (state.value, person_id))

    def add_photo(self, person_id: str, photo: FacePhoto, at: dt.datetime) -> None:
        self.conn.execute(
            "INSERT INTO face_photos (id, person_id, jpeg, sha256, width, height, source, quality,"
            " captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                photo.id,
                person_id,
                photo.jpeg,
                photo.sha256,
                photo.width,
                photo.height,
                photo.source,
                json.dumps(dict(photo.quality)),
                _ts(photo.captured_at or at),
            ),
        )

    def add_document(self, person_id: str, document: Document) -> None:
        self.conn.execute(
            "INSERT INTO documents (id, person_id, doc_type, number, number_key, issuing_country,"
            " expiry) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                document.id,
                person_id,
                document.doc_type,
                document.number,
                document.number_key,
                document.issuing_country,
                document.expiry.isoformat() if document.expiry else None,
            ),
        )
        for page_no, page in enumerate(document.pages, start=1):
            self.conn.execute(
                "INSERT INTO document_pages (document_id, page_no, image, media_type, sha256)"
                " VALUES (?, ?, ?, ?, ?)",
                (document.id, page_no, page.image, page.media_type, page.sha256),
            )

    def add_template(self, person_id: str, template: FaceTemplate, at: dt.datetime) -> None:
        self.conn.execute(
            "INSERT INTO face_templates (person_id, photo_id, model_id, dim, vector, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                person_id,
                template.photo_id,
                template.model_id,
                template.dimension,
                template.vector.astype("<f4").tobytes(),
                _ts(at),
            ),
        )

    def erase(self, person_id: str) -> None:
        """Delete the person and, through ON DELETE CASCADE, everything held about them."""
        self.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))

    def record_erasure(self, person_id: str, reason: str, at: dt.datetime, by: str) -> None:
        """The tombstone of an erased person: no personal data, just that they existed."""
        self.conn.execute(
            "INSERT INTO erasures (person_id, reason, erased_at, erased_by) VALUES (?, ?, ?, ?)",
            (person_id, reason, _ts(at), by),
        )

    def count_waiting_for_sync(self) -> int:
        """Records complete or queued: what the outbox still has to send."""
        row = self.conn.execute(
            "SELECT count(*) FROM people WHERE state IN ('complete', 'queued')"
        ).fetchone()
        return int(row[0])

    def add_household(self, household: Household) -> None:
        self.conn.execute(
            "INSERT INTO households (id, version, created_at, created_by) VALUES (?, ?, ?, ?)",
            (household.id, household.version, _ts(household.created_at), household.created_by),
        )

    def exists(self, person_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,))
        return row.fetchone() is not None

    def household_exists(self, household_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM households WHERE id = ?", (household_id,))
        return row.fetchone() is not None

    # reading ---------------------------------------------------------------------------

    def get(self, person_id: str) -> Person:
        row = self.conn.execute(
            f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = ?",  # noqa: S608 (constant columns)
            (person_id,),
        ).fetchone()
        if row is None:
            raise KnownError(ErrorCode.PERSON_NOT_FOUND, "no such person in this vault")
        return _person_from_row(row)

    def id_for_registration_id(self, registration_id: str) -> str:
        row = self.conn.execute(
            "SELECT id FROM people WHERE registration_id = ?", (registration_id,)
        ).fetchone()
        if row is None:
            raise KnownError(
                ErrorCode.PERSON_NOT_FOUND, "no person with this registration id in this vault"
            )
        return str(row[0])

    def record(self, person_id: str) -> PersonRecord:
        person = self.get(person_id)
        c = self.conn
        consents = tuple(
            Consent(
                purpose=ConsentPurpose(r[0]),
                partner=r[1] or None,
                granted=bool(r[2]),
                language=r[3],
                recorded_by=r[4],
                recorded_at=dt.datetime.fromisoformat(r[5]),
            )
            for r in c.execute(
                "SELECT purpose, partner, granted, language, recorded_by, recorded_at"
                " FROM consents WHERE person_id = ? ORDER BY purpose, partner",
                (person_id,),
            )
        )
        photos = tuple(
            FacePhoto(
                id=r[0],
                jpeg=r[1],
                width=r[2],
                height=r[3],
                source=r[4],
                quality=json.loads(r[5]),
                captured_at=dt.datetime.fromisoformat(r[6]),
            )
            for r in c.execute(
                "SELECT id, jpeg, width, height, source, quality, captured_at FROM face_photos"
                " WHERE person_id = ? ORDER BY captured_at, id",
                (person_id,),
            )
        )
        documents = []
        for r in c.execute(
            "SELECT id, doc_type, number, issuing_country, expiry FROM documents"
            " WHERE person_id = ? ORDER BY id",
            (person_id,),
        ).fetchall():
            pages = tuple(
                DocumentPage(image=p[0], media_type=p[1])
                for p in c.execute(
                    "SELECT image, media_type FROM document_pages WHERE document_id = ?"
                    " ORDER BY page_no",
                    (r[0],),
                )
            )
            documents.append(
                Document(
                    id=r[0],
                    doc_type=r[1],
                    number=r[2],
                    issuing_country=r[3],
                    expiry=dt.date.fromisoformat(r[4]) if r[4] else None,
                    pages=pages,
                )
            )
        templates = tuple(self.templates(person_id))
        return PersonRecord(person, consents, photos, tuple(documents), templates)

    def templates(self, person_id: str) -> Iterator[FaceTemplate]:
        for model_id, vector, photo_id in self.conn.execute(
            "SELECT model_id, vector, photo_id FROM face_templates WHERE person_id = ?",
            (person_id,),
        ):
            yield FaceTemplate(model_id, np.frombuffer(vector, dtype="<f4"), photo_id)

    def versions(self, person_id: str) -> list[tuple[int, str]]:
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT version, content_hash FROM person_versions WHERE person_id = ?"
                " ORDER BY version",
                (person_id,),
            )
        ]

    def count(self) -> int:
        """This station's people (hub copies left out)."""
        return int(
            self.conn.execute("SELECT count(*) FROM people WHERE sequence > 0").fetchone()[0]
        )

    def search(self, text: str = "", *, limit: int = 50, offset: int = 0) -> list[PersonSummary]:
        """People whose names contain ``text`` ignoring case and accents, newest first."""
        key = search_key(text)
        if key:
            rows = self.conn.execute(_SEARCH_SQL, (_like(key), limit, offset)).fetchall()
        else:
            rows = self.conn.execute(_LIST_SQL, (limit, offset)).fetchall()
        return [_summary_from_row(r) for r in rows]

    def ids_with_document_number(self, number: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT person_id FROM documents WHERE number_key = ?",
                (document_number_key(number),),
            )
        ]

    def registration_ids_created_since(self, since: dt.datetime, operator: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT registration_id FROM people WHERE created_at >= ? AND created_by = ?"
                " ORDER BY sequence",
                (_ts(since), operator),
            )
        ]

    def first_photos(self, person_ids: Sequence[str]) -> dict[str, bytes]:
        """Each person's earliest face photo (JPEG), for thumbnails and side-by-side views."""
        out: dict[str, bytes] = {}
        ids = list(dict.fromkeys(person_ids))
        for start in range(0, len(ids), 500):  # under SQLite's variable limit
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for person_id, jpeg in self.conn.execute(
                "SELECT person_id, jpeg FROM face_photos WHERE id IN ("  # noqa: S608 (marks only)
                "  SELECT (SELECT id FROM face_photos f WHERE f.person_id = p.person_id"
                "          ORDER BY captured_at, id LIMIT 1)"
                "  FROM (SELECT DISTINCT person_id FROM face_photos"
                f"        WHERE person_id IN ({marks})) p)",
                chunk,
            ):
                out[person_id] = bytes(jpeg)
        return out

    def all_ids(self) -> list[str]:
        """This station's people, in registration order (hub copies left out)."""
        return [
            r[0]
            for r in self.conn.execute("SELECT id FROM people WHERE sequence > 0 ORDER BY sequence")
        ]

    def search_page(
        self, text: str = "", *, cursor: int | None = None, limit: int = 200
    ) -> SummaryPage:
        """A page of ``search`` that goes on where the previous page stopped (keyset paging).

        Unlike an OFFSET, a page costs the same however far the list has been scrolled, and
        people registered meanwhile do not shift the later pages. ``cursor`` is the previous
        page's ``next_cursor``.
        """
        key = search_key(text)
        before = cursor if cursor is not None else _NO_CURSOR
        args: tuple[object, ...]
        if key:
            sql, args = _PAGE_SEARCH_SQL, (_like(key), before, limit + 1)
        else:
            sql, args = _PAGE_LIST_SQL, (before, limit + 1)
        rows = self.conn.execute(sql, args).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        return SummaryPage(
            tuple(_summary_from_row(r) for r in rows), int(rows[-1][9]) if more else None
        )

    def summaries(self, person_ids: Sequence[str]) -> list[PersonSummary]:
        """The list rows of these people, in the order given (unknown ids are left out)."""
        found: dict[str, PersonSummary] = {}
        ids = list(dict.fromkeys(person_ids))
        for start in range(0, len(ids), 500):  # under SQLite's variable limit
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"{_SUMMARY} WHERE id IN ({marks})"
            for r in self.conn.execute(sql, chunk):
                found[r[0]] = _summary_from_row(r)
        return [found[i] for i in ids if i in found]

    def version_history(self, person_id: str) -> list[PersonVersion]:
        """Every stored version of a person's details, oldest first."""
        return [
            PersonVersion(
                r[0],
                r[1],
                PersonDetails.from_json(json.loads(r[2])),
                dt.datetime.fromisoformat(r[3]),
                r[4],
            )
            for r in self.conn.execute(
                "SELECT version, content_hash, details, created_at, created_by"
                " FROM person_versions WHERE person_id = ? ORDER BY version",
                (person_id,),
            )
        ]

    def audit_entries_for(self, person_id: str, limit: int = 200) -> list[AuditEntry]:
        """The audit entries that name this person as their record, newest first."""
        rows = self.conn.execute(
            "SELECT seq, at, operator, action, record_ref, prev_hash, hash FROM audit_log"
            " WHERE record_ref = ? ORDER BY seq DESC LIMIT ?",
            (person_id, limit),
        ).fetchall()
        return [
            AuditEntry(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6])
            for r in rows
        ]

    def household_members(self, household_id: str) -> list[Person]:
        """Everyone recorded in a household, in the order they were registered."""
        return [
            _person_from_row(r)
            for r in self.conn.execute(
                f"SELECT {_PERSON_COLUMNS} FROM people"  # noqa: S608 (constant columns)
                " WHERE household_id = ? ORDER BY sequence",
                (household_id,),
            )
        ]

    def held_rows(self, person_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every stored row about one person, table by table, as column -> value (BLOBs as bytes).

        For the person's own copy of their record (a right of access). Rows are read with
        ``SELECT *`` on purpose, so a column that a later migration adds is exported without a
        change here. Audit entries are those whose record is the person or one of their
        duplicate cases; case decisions are those of their cases. Read this inside one
        transaction for a consistent copy.
        """
        self.get(person_id)  # raises PERSON_NOT_FOUND
        cases = "SELECT id FROM duplicate_cases WHERE person_a = :p OR person_b = :p"
        wheres = {
            "people": "WHERE id = :p",
            "person_versions": "WHERE person_id = :p ORDER BY version",
            "consents": "WHERE person_id = :p ORDER BY purpose, partner",
            "face_photos": "WHERE person_id = :p ORDER BY captured_at, rowid",
            "documents": "WHERE person_id = :p ORDER BY rowid",
            "document_pages": "WHERE document_id IN (SELECT id FROM documents"
            " WHERE person_id = :p) ORDER BY document_id, page_no",
            "face_templates": "WHERE person_id = :p ORDER BY rowid",
            "duplicate_cases": "WHERE person_a = :p OR person_b = :p ORDER BY created_at, id",
            "case_decisions": f"WHERE case_id IN ({cases}) ORDER BY seq",
            "identity_links": "WHERE person_id = :p",
            "approvals": "WHERE person_id = :p ORDER BY version",
            "erasures": "WHERE person_id = :p",
            "audit_log": f"WHERE record_ref = :p OR record_ref IN ({cases}) ORDER BY seq",
        }
        held: dict[str, list[dict[str, Any]]] = {}
        for table, where in wheres.items():
            cur = self.conn.execute(
                f"SELECT * FROM {table} {where}",  # noqa: S608 (constant tables and clauses)
                {"p": person_id},
            )
            columns = [d[0] for d in cur.description]
            held[table] = [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]
        return held


_SUMMARY = (
    "SELECT id, registration_id, given_name, family_name, sex, birth_date, birth_year, state,"
    " updated_at FROM people"
)
_ORDER = " ORDER BY sequence DESC LIMIT ? OFFSET ?"
# Hub copies (another station's records the hub matched with ours, registrar.services.sync)
# have negative sequence numbers: lists and counts hold this station's records only.
_SEARCH_SQL = _SUMMARY + " WHERE search_key LIKE ? ESCAPE '\\' AND sequence > 0" + _ORDER
_LIST_SQL = _SUMMARY + " WHERE sequence > 0" + _ORDER
# Keyset pages walk the unique index on sequence downwards and stop after LIMIT rows.
_PAGE_SUMMARY = (
    "SELECT id, registration_id, given_name, family_name, sex, birth_date, birth_year, state,"
    " updated_at, sequence FROM people"
)
_PAGE_ORDER = " ORDER BY sequence DESC LIMIT ?"
_PAGE_SEARCH_SQL = (
    _PAGE_SUMMARY
    + " WHERE search_key LIKE ? ESCAPE '\\' AND sequence < ? AND sequence > 0"
    + _PAGE_ORDER
)
_PAGE_LIST_SQL = _PAGE_SUMMARY + " WHERE sequence < ? AND sequence > 0" + _PAGE_ORDER
_NO_CURSOR = 2**62  # above every sequence


def _summary_from_row(r: Sequence[Any]) -> PersonSummary:
    return PersonSummary(
        r[0],
        r[1],
        r[2],
        r[3],
        Sex(r[4]),
        dt.date.fromisoformat(r[5]) if r[5] else None,
        r[6],
        RecordState(r[7]),
        dt.datetime.fromisoformat(r[8]),
    )


def _like(key: str) -> str:
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
