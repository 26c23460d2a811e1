"""Errors the core raises: KnownError (the world's fault, shown to operators) and BugError.

Every error carries a stable code; the UI translates codes into sentences. The English
message is for the command line and the log and never contains personal data.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    # vault and key slots
    VAULT_EXISTS = "vault.exists"
    VAULT_NOT_FOUND = "vault.not_found"
    VAULT_DAMAGED = "vault.damaged"
    VAULT_WAL_DAMAGED = "vault.wal_damaged"
    VAULT_TOO_NEW = "vault.too_new"
    VAULT_MISMATCH = "vault.mismatch"
    VAULT_CLOSED = "vault.closed"
    SQLCIPHER_MISSING = "vault.sqlcipher_missing"
    SLOT_FILE_DAMAGED = "slots.damaged"
    SLOT_FILE_MISSING = "slots.missing"
    BAD_KEY = "vault.bad_key"
    KDF_TOO_WEAK = "slots.kdf_too_weak"
    # unlocking and operators
    UNLOCK_FAILED = "unlock.failed"
    UNLOCK_LOCKED_OUT = "unlock.locked_out"
    RECOVERY_KEY_MALFORMED = "recovery.malformed"
    RECOVERY_KEY_WRONG = "recovery.wrong"
    OPERATOR_EXISTS = "operator.exists"
    OPERATOR_UNKNOWN = "operator.unknown"
    OPERATOR_NAME_INVALID = "operator.name_invalid"
    OPERATOR_LAST_SUPERVISOR = "operator.last_supervisor"
    PASSWORD_TOO_SHORT = "password.too_short"  # noqa: S105 (an error code, not a password)
    PASSWORD_MISSING = "password.missing"  # noqa: S105 (an error code, not a password)
    NOT_PERMITTED = "auth.not_permitted"
    OPERATOR_ACTIVE = "operator.active"  # enabling an operator who is not disabled
    PASSWORD_CHANGE_REQUIRED = "password.change_required"  # noqa: S105 (an error code)
    REAUTH_REQUIRED = "auth.reauth_required"
    REAUTH_FAILED = "auth.reauth_failed"
    # data
    INVALID_FIELD = "data.invalid_field"
    REGISTRATION_ID_INVALID = "data.registration_id_invalid"
    PERSON_NOT_FOUND = "data.person_not_found"
    HOUSEHOLD_NOT_FOUND = "data.household_not_found"
    CONSENT_REQUIRED = "data.consent_required"
    BAD_STATE_TRANSITION = "data.bad_state_transition"
    VERSION_CONFLICT = "data.version_conflict"
    PHOTO_INVALID = "data.photo_invalid"
    CASE_NOT_FOUND = "data.case_not_found"
    REASON_REQUIRED = "data.reason_required"
    REGISTRATION_STOPPED = "data.registration_stopped"  # a backlog guard stops new records
    # audit
    AUDIT_CHAIN_BROKEN = "audit.chain_broken"
    # files
    FILE_UNREADABLE = "file.unreadable"
    FILE_EXISTS = "file.exists"
    # image intake
    IMAGE_EMPTY = "image.empty"
    IMAGE_NOT_AN_IMAGE = "image.not_an_image"
    IMAGE_UNSUPPORTED_FORMAT = "image.unsupported_format"
    IMAGE_TOO_LARGE = "image.too_large"  # bytes
    IMAGE_TOO_MANY_PIXELS = "image.too_many_pixels"
    IMAGE_TOO_SMALL = "image.too_small"
    IMAGE_TRUNCATED = "image.truncated"
    IMAGE_CORRUPT = "image.corrupt"
    IMAGE_BAD_FRAME = "image.bad_frame"  # a camera frame array of the wrong shape or type
    # faces
    FACE_NONE = "face.none"
    FACE_MULTIPLE = "face.multiple"
    FACE_TOO_SMALL = "face.too_small"
    FACE_QUALITY = "face.quality"
    MODEL_MISSING = "model.missing"
    FACES_LOADING = "face.loading"  # the engine and galleries are still loading after unlock
    MODEL_CHECKSUM = "model.checksum"
    MODEL_MISMATCH = "model.mismatch"
    # camera and documents
    CAMERA_UNAVAILABLE = "camera.unavailable"
    CAMERA_LOST = "camera.lost"
    DOCUMENT_PAGE_NOT_FOUND = "document.page_not_found"
    DOCUMENT_TOO_LARGE = "document.too_large"
    # batch work
    CANCELLED = "task.cancelled"
    IMPORT_MANIFEST_INVALID = "import.manifest_invalid"
    # sync and the hub
    PACKET_INVALID = "sync.packet_invalid"  # a batch, receipt or findings file that is damaged
    SIGNATURE_INVALID = "sync.signature_invalid"
    RECORD_TOO_LARGE = "sync.record_too_large"
    HUB_UNREACHABLE = "sync.hub_unreachable"
    HUB_REFUSED = "sync.hub_refused"  # the hub answered with a refusal (reason in details)
    NOT_ENROLLED = "sync.not_enrolled"
    ALREADY_ENROLLED = "sync.already_enrolled"
    TOKEN_INVALID = "sync.token_invalid"  # noqa: S105 (an error code, not a token)
    STATION_UNKNOWN = "sync.station_unknown"
    STATION_EXISTS = "sync.station_exists"
    UPLOAD_OFFSET = "sync.upload_offset"  # a chunk that does not start where the hub is
    REQUEST_TOO_LARGE = "sync.request_too_large"
    BATCH_CONFLICT = "sync.batch_conflict"  # the same batch id with other bytes
    HUB_NOT_INITIALISED = "hub.not_initialised"
    HUB_EXISTS = "hub.exists"


class KnownError(Exception):
    """A failure caused by the world (input, files, passwords), with a code the UI translates."""

    def __init__(self, code: ErrorCode, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class BugError(Exception):
    """A failure that means our code is wrong: reported to the log and a crash dialog."""
