"""The records of a registration as frozen dataclasses and enums: what crosses every boundary."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt

from registrar.domain.text import normalise_name, search_key
from registrar.errors import ErrorCode, KnownError


def new_id() -> str:
    """A client-generated record id (UUID4), unique across stations without coordination."""
    return str(uuid.uuid4())


class Role(StrEnum):
    SUPERVISOR = "supervisor"
    OFFICER = "officer"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Relationship(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDCHILD = "grandchild"
    GRANDPARENT = "grandparent"
    OTHER_RELATIVE = "other_relative"
    NON_RELATIVE = "non_relative"


class RecordState(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"
    QUEUED = "queued"
    SYNCED = "synced"

    def can_become(self, target: RecordState) -> bool:
        return target in _TRANSITIONS[self]


_TRANSITIONS: dict[RecordState, frozenset[RecordState]] = {
    RecordState.DRAFT: frozenset({RecordState.COMPLETE}),
    RecordState.COMPLETE: frozenset({RecordState.QUEUED}),
    # A batch that was not accepted puts its records back to complete.
    RecordState.QUEUED: frozenset({RecordState.SYNCED, RecordState.COMPLETE}),
    RecordState.SYNCED: frozenset(),
}


class ConsentPurpose(StrEnum):
    REGISTRATION = "registration"
    DUPLICATE_CHECK = "duplicate_check"
    SHARING = "sharing"  # with a named partner


class Band(StrEnum):
    STRONG = "strong"
    POSSIBLE = "possible"
    NONE = "none"


class CaseState(StrEnum):
    OPEN = "open"
    DECIDED = "decided"


class Decision(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    INTERVIEW = "interview"


_NATIONALITY_RE = re.compile(r"^[A-Z]{3}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{3}$")
_NEED_RE = re.compile(r"^[A-Z0-9][A-Z0-9.-]{0,15}$")
_PHONE_RE = re.compile(r"^\+?[0-9 ()-]{4,24}$")
_PARTNER_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")
MAX_NAME_LENGTH = 200


def _invalid(field_name: str, message: str) -> KnownError:
    return KnownError(ErrorCode.INVALID_FIELD, message, field=field_name)


def _check_country(code: str | None, field_name: str) -> None:
    if code is None:
        return
    if not _NATIONALITY_RE.match(code):
        raise _invalid(field_name, f"{field_name} must be an ISO 3166-1 alpha-3 code such as SYR")
    import pycountry  # deferred: its tables are large and only needed when validating

    if pycountry.countries.get(alpha_3=code) is None and code not in {"XXA", "XXB", "XXC", "XXX"}:
        # XXA..XXX are the ICAO codes for stateless persons, refugees and unspecified.
        raise _invalid(field_name, f"{field_name}: {code} is not an ISO 3166-1 alpha-3 code")


@dataclass(frozen=True, slots=True)
class PersonDetails:
    """What an officer types about a person. Validated and normalised on construction."""

    given_name: str
    family_name: str = ""
    other_names: str = ""
    sex: Sex = Sex.UNKNOWN
    birth_date: dt.date | None = None
    birth_year: int | None = None
    birth_estimated: bool = False
    nationality: str | None = None
    languages: tuple[str, ...] = ()
    phone: str | None = None
    specific_needs: tuple[str, ...] = ()
    household_id: str | None = None
    relationship: Relationship | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "sex", Sex(self.sex))
            if self.relationship is not None:
                object.__setattr__(self, "relationship", Relationship(self.relationship))
        except ValueError as exc:
            raise _invalid("sex", f"unknown value: {exc}") from None
        for name in ("given_name", "family_name", "other_names"):
            value = normalise_name(getattr(self, name))
            if len(value) > MAX_NAME_LENGTH:
                raise _invalid(name, f"{name} is longer than {MAX_NAME_LENGTH} characters")
            if any(ord(ch) < 32 for ch in value):
                raise _invalid(name, f"{name} contains control characters")
            object.__setattr__(self, name, value)
        if not (self.given_name or self.family_name):
            raise _invalid("given_name", "a given name or a family name is required")
        if self.birth_date is not None and self.birth_year is not None:
            raise _invalid("birth_date", "give a date of birth or an estimated year, not both")
        today = dt.date.today()
        if self.birth_date is not None:
            if self.birth_date > today or self.birth_date.year < today.year - 130:
                raise _invalid("birth_date", "date of birth is in the future or too far back")
            object.__setattr__(self, "birth_year", None)
        if self.birth_year is not None and not today.year - 130 <= self.birth_year <= today.year:
            raise _invalid("birth_year", "year of birth is in the future or too far back")
        if self.birth_year is not None:
            object.__setattr__(self, "birth_estimated", True)
        _check_country(self.nationality, "nationality")
        for lang in self.languages:
            if not _LANGUAGE_RE.match(lang):
                raise _invalid("languages", "languages must be ISO 639-3 codes such as ara")
        object.__setattr__(self, "languages", tuple(dict.fromkeys(self.languages)))
        if self.phone is not None and not _PHONE_RE.match(self.phone):
            raise _invalid("phone", "phone number may hold only digits, spaces, + ( ) and -")
        for need in self.specific_needs:
            if not _NEED_RE.match(need):
                raise _invalid("specific_needs", "specific-needs codes look like DS-BD or SP")
        object.__setattr__(self, "specific_needs", tuple(sorted(set(self.specific_needs))))
        if self.relationship is not None and self.household_id is None:
            raise _invalid("relationship", "a relationship needs a household")

    @property
    def search_key(self) -> str:
        return search_key(self.given_name, self.family_name, self.other_names)

    def to_json(self) -> dict[str, Any]:
        return {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "other_names": self.other_names,
            "sex": self.sex.value,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "birth_year": self.birth_year,
            "birth_estimated": self.birth_estimated,
            "nationality": self.nationality,
            "languages": list(self.languages),
            "phone": self.phone,
            "specific_needs": list(self.specific_needs),
            "household_id": self.household_id,
            "relationship": self.relationship.value if self.relationship else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PersonDetails:
        return cls(
            given_name=data["given_name"],
            family_name=data["family_name"],
            other_names=data["other_names"],
            sex=Sex(data["sex"]),
            birth_date=dt.date.fromisoformat(data["birth_date"]) if data["birth_date"] else None,
            birth_year=data["birth_year"],
            birth_estimated=bool(data["birth_estimated"]),
            nationality=data["nationality"],
            languages=tuple(data["languages"]),
            phone=data["phone"],
            specific_needs=tuple(data["specific_needs"]),
            household_id=data["household_id"],
            relationship=Relationship(data["relationship"]) if data["relationship"] else None,
        )


@dataclass(frozen=True, slots=True)
class Consent:
    """Consent to one purpose, given in the person's language, recorded by an operator."""

    purpose: ConsentPurpose
    granted: bool
    language: str
    partner: str | None = None
    recorded_by: str = ""
    recorded_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if not _LANGUAGE_RE.match(self.language):
            raise _invalid("consent.language", "consent language must be an ISO 639-3 code")
        if (self.purpose is ConsentPurpose.SHARING) != (self.partner is not None):
            raise _invalid("consent.partner", "a partner is named for sharing consent only")
        if self.partner is not None and not _PARTNER_RE.match(self.partner):
            raise _invalid("consent.partner", "partner ids are short lower-case codes")

    @property
    def key(self) -> str:
        return f"{self.purpose.value}:{self.partner}" if self.partner else self.purpose.value

    def to_json(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose.value,
            "partner": self.partner,
            "granted": self.granted,
            "language": self.language,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat() if self.recorded_at else None,
        }


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_jpeg(data: bytes, field_name: str) -> None:
    if not data.startswith(b"\xff\xd8\xff"):
        raise KnownError(ErrorCode.PHOTO_INVALID, f"{field_name} must be JPEG bytes")
    if jpeg_has_metadata(data):
        raise KnownError(
            ErrorCode.PHOTO_INVALID, f"{field_name} still carries EXIF or other metadata"
        )


def jpeg_has_metadata(data: bytes) -> bool:
    """Whether a JPEG holds APP1 (EXIF, XMP), APP13 (IPTC) or COM segments before the image."""
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the image data follows
            return False
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker in (0xE1, 0xED, 0xFE):
            return True
        pos += 2 + length
    return False


@dataclass(frozen=True, slots=True)
class FacePhoto:
    """A face photo as stored: JPEG bytes without metadata, with capture and quality figures."""

    jpeg: bytes
    width: int
    height: int
    source: str = "camera"
    quality: Mapping[str, float] = field(default_factory=dict)
    captured_at: dt.datetime | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _check_jpeg(self.jpeg, "face photo")

    @property
    def sha256(self) -> str:
        return sha256_hex(self.jpeg)


@dataclass(frozen=True, slots=True)
class DocumentPage:
    image: bytes
    media_type: str = "image/jpeg"

    def __post_init__(self) -> None:
        _check_jpeg(self.image, "document page")

    @property
    def sha256(self) -> str:
        return sha256_hex(self.image)


@dataclass(frozen=True, slots=True)
class Document:
    doc_type: str
    number: str
    issuing_country: str | None = None
    expiry: dt.date | None = None
    pages: tuple[DocumentPage, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        number = normalise_name(self.number)
        if not number or len(number) > 40:
            raise _invalid("document.number", "document number must be 1-40 characters")
        object.__setattr__(self, "number", number)
        if not re.match(r"^[a-z_]{2,30}$", self.doc_type):
            raise _invalid("document.type", "document type is a code such as passport")
        _check_country(self.issuing_country, "document.issuing_country")

    @property
    def number_key(self) -> str:
        """The number as people search for it: upper case, no spaces, dashes or dots."""
        return document_number_key(self.number)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.doc_type,
            "number": self.number,
            "issuing_country": self.issuing_country,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "pages": [p.sha256 for p in self.pages],
        }


def document_number_key(number: str) -> str:
    return re.sub(r"[\s./-]", "", normalise_name(number)).upper()


@dataclass(frozen=True, slots=True, eq=False)
class FaceTemplate:
    """An embedding of one face photo by one model. Templates of different models never meet."""

    model_id: str
    vector: npt.NDArray[np.float32]
    photo_id: str | None = None

    def __post_init__(self) -> None:
        vec = np.ascontiguousarray(self.vector, dtype=np.float32)
        if vec.ndim != 1 or vec.size == 0 or not np.all(np.isfinite(vec)):
            raise _invalid("template.vector", "a template is a non-empty finite 1-d vector")
        if not re.match(r"^[a-z0-9][a-z0-9.-]{2,40}$", self.model_id):
            raise _invalid("template.model_id", "model id looks like sface-2021dec-int8")
        object.__setattr__(self, "vector", vec)

    @property
    def dimension(self) -> int:
        return int(self.vector.size)


@dataclass(frozen=True, slots=True)
class Person:
    """One stored version of a person, with its registration id, state and content hash."""

    id: str
    registration_id: str
    version: int
    state: RecordState
    content_hash: str
    details: PersonDetails
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person with everything held about them."""

    person: Person
    consents: tuple[Consent, ...] = ()
    photos: tuple[FacePhoto, ...] = ()
    documents: tuple[Document, ...] = ()
    templates: tuple[FaceTemplate, ...] = ()

    def consented(self, purpose: ConsentPurpose, partner: str | None = None) -> bool:
        return any(
            c.purpose is purpose and c.partner == partner and c.granted for c in self.consents
        )


def content_hash(
    details: PersonDetails,
    consents: Sequence[Consent],
    photos: Sequence[FacePhoto],
    documents: Sequence[Document],
) -> str:
    """SHA-256 over a canonical form of what a person's record says (templates are derived)."""
    canonical = {
        "details": details.to_json(),
        "consents": sorted(
            ([c.key, c.granted, c.language] for c in consents), key=lambda c: str(c[0])
        ),
        "photos": sorted(p.sha256 for p in photos),
        "documents": sorted(
            (d.to_json() | {"id": None} for d in documents),
            key=lambda d: json.dumps(d, sort_keys=True),
        ),
    }
    blob = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256_hex(blob.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Household:
    id: str
    created_at: dt.datetime
    created_by: str
    version: int = 1


class CaseSource(StrEnum):
    ENROLMENT = "enrolment"
    BATCH = "batch"
    HUB = "hub"


@dataclass(frozen=True, slots=True)
class DuplicateCase:
    """Two records the face engine suspects are one person, waiting for (or with) a decision.

    ``person_a < person_b`` always; ``probe_id`` is the record whose search raised it.
    ``distances`` holds each model's distance (the second opinion beside the primary) and
    ``fused`` the fused score where both models were available.
    """

    id: str
    person_a: str
    person_b: str
    source: CaseSource
    group_id: str
    score_id: str
    distance: float
    band: Band
    distances: Mapping[str, float]
    fused: float | None
    state: CaseState
    created_at: dt.datetime
    probe_id: str | None = None
    decision: Decision | None = None
    reason: str | None = None
    decided_by: str | None = None
    decided_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Operator:
    name: str
    role: Role
    active: bool  # False: disabled by a supervisor (their key slot is gone)
    created_at: dt.datetime
    must_change_password: bool = False  # a supervisor set a temporary password
    removed_at: dt.datetime | None = None  # when it was last disabled


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    operator: str
    action: str
    record_ref: str | None
    prev_hash: str
    hash: str


__all__ = [
    "AuditEntry",
    "Band",
    "CaseSource",
    "CaseState",
    "Consent",
    "ConsentPurpose",
    "Decision",
    "Document",
    "DocumentPage",
    "DuplicateCase",
    "FacePhoto",
    "FaceTemplate",
    "Household",
    "Operator",
    "Person",
    "PersonDetails",
    "PersonRecord",
    "RecordState",
    "Relationship",
    "Role",
    "Sex",
    "content_hash",
    "document_number_key",
    "new_id",
    "replace",
]
