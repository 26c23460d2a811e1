"""A person's record as it travels to the hub, and back to another station as a hub copy.

A record is canonical JSON (photos, document pages and templates as base64): the same record
and version always gives the same bytes, so the hub can tell a resend (the same SHA-256)
from a conflict (the same id and version, other bytes).

Consent is enforced here: templates go only with consent to the duplicate check, so the
hub never searches a person who did not agree to it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from registrar.domain.ids import RegistrationId
from registrar.domain.model import (
    Consent,
    ConsentPurpose,
    Document,
    DocumentPage,
    FacePhoto,
    FaceTemplate,
    Person,
    PersonDetails,
    PersonRecord,
    RecordState,
)
from registrar.errors import ErrorCode, KnownError
from registrar.sync.packet import b64d, b64e, canonical

RECORD_FORMAT = 1


def _ts(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def encode_record(record: PersonRecord) -> bytes:
    """The bytes sent for a record's current version."""
    person = record.person
    send_templates = record.consented(ConsentPurpose.DUPLICATE_CHECK)
    registration = RegistrationId.parse(person.registration_id)
    data = {
        "format": RECORD_FORMAT,
        "id": person.id,
        "version": person.version,
        "registration_id": person.registration_id,
        "site_code": registration.site_code,
        "station": registration.station,
        "content_hash": person.content_hash,
        "details": person.details.to_json(),
        "created_at": _ts(person.created_at),
        "created_by": person.created_by,
        "updated_at": _ts(person.updated_at),
        "updated_by": person.updated_by,
        "consents": [c.to_json() for c in record.consents],
        "photos": [
            {
                "id": p.id,
                "jpeg": b64e(p.jpeg),
                "width": p.width,
                "height": p.height,
                "source": p.source,
                "quality": dict(p.quality),
                "captured_at": _ts(p.captured_at),
            }
            for p in record.photos
        ],
        "documents": [
            {
                "id": d.id,
                "type": d.doc_type,
                "number": d.number,
                "issuing_country": d.issuing_country,
                "expiry": d.expiry.isoformat() if d.expiry else None,
                "pages": [
                    {"image": b64e(page.image), "media_type": page.media_type} for page in d.pages
                ],
            }
            for d in record.documents
        ],
        "templates": [
            {
                "model_id": t.model_id,
                "photo_id": t.photo_id,
                "vector": b64e(np.asarray(t.vector, dtype="<f4").tobytes()),
            }
            for t in record.templates
        ]
        if send_templates
        else [],
    }
    return canonical(data)


@dataclass(frozen=True, slots=True)
class RecordHead:
    """What the hub reads from a record besides its templates."""

    id: str
    version: int
    registration_id: str
    site_code: str
    station: int


def _bad(message: str) -> KnownError:
    return KnownError(ErrorCode.PACKET_INVALID, message)


def _load(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _bad("a record is not JSON") from error
    if not isinstance(value, dict) or value.get("format") != RECORD_FORMAT:
        raise _bad("a record has an unknown format")
    return value


def record_head(data: bytes) -> tuple[RecordHead, dict[str, Any]]:
    value = _load(data)
    try:
        head = RecordHead(
            id=str(value["id"]),
            version=int(value["version"]),
            registration_id=str(value["registration_id"]),
            site_code=str(value["site_code"]),
            station=int(value["station"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise _bad("a record lacks its id, version or registration id") from error
    return head, value


def record_templates(value: Mapping[str, Any]) -> list[FaceTemplate]:
    try:
        return [
            FaceTemplate(
                model_id=str(t["model_id"]),
                vector=np.frombuffer(b64d(str(t["vector"]), "template"), dtype="<f4").astype(
                    np.float32
                ),
                photo_id=t.get("photo_id"),
            )
            for t in value.get("templates") or []
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise _bad("a record's template is damaged") from error


def _time(text: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def decode_record(data: bytes, *, state: RecordState = RecordState.SYNCED) -> PersonRecord:
    """A record received from the hub as a domain object (templates left out: a hub copy is
    compared by a supervisor, not searched)."""
    head, value = record_head(data)
    try:
        details = PersonDetails.from_json(value["details"])
        person = Person(
            id=head.id,
            registration_id=head.registration_id,
            version=head.version,
            state=state,
            content_hash=str(value["content_hash"]),
            details=details,
            created_at=dt.datetime.fromisoformat(value["created_at"]),
            created_by=str(value["created_by"]),
            updated_at=dt.datetime.fromisoformat(value["updated_at"]),
            updated_by=str(value["updated_by"]),
        )
        consents = tuple(
            Consent(
                purpose=ConsentPurpose(c["purpose"]),
                granted=bool(c["granted"]),
                language=str(c["language"]),
                partner=c.get("partner"),
                recorded_by=str(c.get("recorded_by") or ""),
                recorded_at=_time(c.get("recorded_at")),
            )
            for c in value.get("consents") or []
        )
        photos = tuple(
            FacePhoto(
                id=str(p["id"]),
                jpeg=b64d(str(p["jpeg"]), "photo"),
                width=int(p["width"]),
                height=int(p["height"]),
                source=str(p["source"]),
                quality=dict(p.get("quality") or {}),
                captured_at=_time(p.get("captured_at")),
            )
            for p in value.get("photos") or []
        )
        documents = tuple(
            Document(
                id=str(d["id"]),
                doc_type=str(d["type"]),
                number=str(d["number"]),
                issuing_country=d.get("issuing_country"),
                expiry=dt.date.fromisoformat(d["expiry"]) if d.get("expiry") else None,
                pages=tuple(
                    DocumentPage(b64d(str(p["image"]), "page"), str(p["media_type"]))
                    for p in d.get("pages") or []
                ),
            )
            for d in value.get("documents") or []
        )
    except (KeyError, TypeError, ValueError) as error:
        raise _bad("a record is damaged") from error
    return PersonRecord(person, consents, photos, documents, ())


def for_another_station(data: bytes) -> bytes:
    """What another station sees of a record the hub matched: the details, consents and face
    photos; no document images, no templates, no household link (which means nothing there).
    """
    value = _load(data)
    value["templates"] = []
    for document in value.get("documents") or []:
        document["pages"] = []
    details = dict(value.get("details") or {})
    details["household_id"] = None
    details["relationship"] = None
    value["details"] = details
    return canonical(value)
