"""A person's own copy of everything held about them: person.json and their images.

The layout, in a new folder ``<registration id>/`` or a ``<registration id>.zip``::

    person.json                           every stored row about the person (see below)
    photos/face-1.jpg ...                 the face photos, byte for byte as stored
    documents/1-passport-page-1.jpg ...   the document pages, byte for byte as stored

person.json holds, besides the export's time, operator and station: the person's row, every
version of their details, consents, face photos (file, sha256, width, height ...), documents
with their pages, face templates (model id, dimension, base64 of the little-endian float32
vector), the duplicate cases they are part of with each decision, their identity link,
approvals, erasure tombstones and the audit entries about them. Rows are exported with every
column the vault holds, JSON columns decoded; image and vector bytes go to files and base64.

Nothing is written for an officer, for an unknown person or over an existing export; a failure
part-way leaves nothing behind and no audit entry.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import re
import secrets
import shutil
import stat
import zipfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from registrar.errors import BugError, ErrorCode, KnownError
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.keyslots import atomic_write
from registrar.storage.people import PeopleRepository

if TYPE_CHECKING:
    import datetime as dt

    from registrar.storage.vault import Vault

log = logging.getLogger("registrar.services")

FORMAT = "registrar-person-export"
FORMAT_VERSION = 1
PERSON_JSON = "person.json"

# Text columns that hold JSON: decoded, so the reader sees lists and objects, not strings.
_JSON_COLUMNS = {
    ("people", "languages"),
    ("people", "specific_needs"),
    ("person_versions", "details"),
    ("face_photos", "quality"),
    ("duplicate_cases", "evidence"),
}
_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/tiff": "tif",
    "application/pdf": "pdf",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class ExportPackage:
    """What an export writes: person.json and the image files, by their path in the export."""

    registration_id: str
    person_json: dict[str, Any]
    files: tuple[tuple[str, bytes], ...]

    def entries(self) -> list[tuple[str, bytes]]:
        text = json.dumps(self.person_json, ensure_ascii=False, indent=2) + "\n"
        return [(PERSON_JSON, text.encode("utf-8")), *self.files]


def export_person(vault: Vault, person_id: str, destination: Path, *, as_zip: bool) -> Path:
    """Write everything held about a person into ``destination``; returns the folder or zip.

    Supervisor only (NOT_PERMITTED), audited as PERSON_EXPORTED with the person's id. Refuses
    with FILE_EXISTS when ``<registration id>`` (folder) or ``<registration id>.zip`` exists.
    Files are created owner-only where the file system allows. OSError (no such folder, disk
    full, read-only stick) is raised as it comes, after removing what was started.
    """
    session = vault.session
    session.require_supervisor("export a person's record")
    destination = Path(destination)
    now = vault.clock.now()
    published: Path | None = None
    try:
        with vault.db.transaction() as conn:
            # The entry goes in first so that the copy lists its own export among the audit
            # entries; a failure below rolls it back with everything else.
            audit.append(conn, now, session.operator, AuditAction.PERSON_EXPORTED, person_id)
            rows = PeopleRepository(conn).held_rows(person_id)
            package = build_package(
                rows,
                exported_at=now,
                exported_by=session.operator,
                station={"site_code": vault.site_code, "station": vault.station},
            )
            target = destination / (
                f"{_safe(package.registration_id)}.zip"
                if as_zip
                else _safe(package.registration_id)
            )
            if os.path.lexists(target):
                raise KnownError(
                    ErrorCode.FILE_EXISTS,
                    f"{target.name} exists in the chosen folder; choose another folder",
                    name=target.name,
                )
            if as_zip:
                _write_zip(target, package, now)
            else:
                _write_folder(target, package)
            published = target
    except BaseException:
        if published is not None:  # written, but the audit entry did not commit
            _remove(published)
        raise
    # Codes and counts only: the log filter redacts a lone word such as "zip".
    log.info("person exported (zip: %d, image files: %d)", int(as_zip), len(package.files))
    return target


def build_package(
    rows: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    exported_at: dt.datetime,
    exported_by: str,
    station: Mapping[str, Any],
) -> ExportPackage:
    """person.json and the files from ``PeopleRepository.held_rows``."""
    if len(rows["people"]) != 1:
        raise BugError("an export needs exactly one person row")
    files: list[tuple[str, bytes]] = []

    def take(name: str, data: Any) -> dict[str, Any]:
        blob = _bytes(data)
        files.append((name, blob))
        return {"file": name, "size_bytes": len(blob)}

    photos = []
    for n, row in enumerate(rows["face_photos"], 1):
        entry = _clean("face_photos", row, drop=("jpeg",))
        photos.append(entry | take(f"photos/face-{n}.jpg", row["jpeg"]))

    pages_of: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for page in rows["document_pages"]:
        pages_of[page["document_id"]].append(page)
    documents = []
    for n, row in enumerate(rows["documents"], 1):
        entry = _clean("documents", row)
        kind = _safe(str(row["doc_type"])) or "document"
        pages = []
        for page in pages_of[row["id"]]:
            extension = _EXTENSIONS.get(str(page["media_type"]).lower(), "bin")
            name = f"documents/{n}-{kind}-page-{int(page['page_no'])}.{extension}"
            pages.append(
                _clean("document_pages", page, drop=("image",)) | take(name, page["image"])
            )
        documents.append(entry | {"pages": pages})

    templates = []
    for row in rows["face_templates"]:
        entry = _clean("face_templates", row, drop=("vector",))
        entry["vector_float32_le_base64"] = base64.b64encode(_bytes(row["vector"])).decode("ascii")
        templates.append(entry)

    decisions_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for decision in rows["case_decisions"]:
        decisions_of[decision["case_id"]].append(_clean("case_decisions", decision))
    cases = [
        _clean("duplicate_cases", row) | {"decisions": decisions_of[row["id"]]}
        for row in rows["duplicate_cases"]
    ]

    def plain(table: str) -> list[dict[str, Any]]:
        return [_clean(table, row) for row in rows[table]]

    person = _clean("people", rows["people"][0])
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "exported_by": exported_by,
        "station": dict(station),
        "person": person,
        "versions": plain("person_versions"),
        "consents": plain("consents"),
        "photos": photos,
        "documents": documents,
        "templates": templates,
        "duplicate_cases": cases,
        "identity_links": plain("identity_links"),
        "approvals": plain("approvals"),
        "erasures": plain("erasures"),
        "audit_entries": plain("audit_log"),
    }
    return ExportPackage(str(person["registration_id"]), document, tuple(files))


def _clean(table: str, row: Mapping[str, Any], drop: Sequence[str] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, value in row.items():
        if column in drop:
            continue
        if (table, column) in _JSON_COLUMNS and isinstance(value, str):
            out[column] = json.loads(value)
        elif isinstance(value, bytes | bytearray | memoryview):
            # A BLOB column this module does not know yet: kept, as base64.
            out[column] = {"base64": base64.b64encode(bytes(value)).decode("ascii")}
        else:
            out[column] = value
    return out


def _bytes(value: Any) -> bytes:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise BugError("an image or vector column did not hold bytes")
    return bytes(value)


def _safe(text: str) -> str:
    """A file-name part: letters, digits, dash and underscore only (ids and codes already are)."""
    return _UNSAFE.sub("_", text).strip("_.")[:60]


# writing -------------------------------------------------------------------------------------


def _write_zip(target: Path, package: ExportPackage, at: dt.datetime) -> None:
    buffer = io.BytesIO()
    stamp = at.timetuple()[:6] if at.year >= 1980 else (1980, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in package.entries():
            info = zipfile.ZipInfo(name, date_time=stamp)
            # JPEGs do not shrink; the JSON does.
            info.compress_type = zipfile.ZIP_DEFLATED if name == PERSON_JSON else zipfile.ZIP_STORED
            info.create_system = 3  # Unix: unpackers there honour the owner-only mode below
            info.external_attr = (stat.S_IFREG | 0o600) << 16
            archive.writestr(info, data)
    atomic_write(target, buffer.getvalue())


def _write_folder(target: Path, package: ExportPackage) -> None:
    """Build the folder under a hidden name beside it, then rename it into place at once."""
    staging = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    os.mkdir(staging, 0o700)
    try:
        folders = {staging}
        for name, data in package.entries():
            path = staging / name
            if path.parent not in folders:
                os.makedirs(path.parent, 0o700, exist_ok=True)
                folders.add(path.parent)
            _write_new(path, data)
        for folder in folders:
            _fsync_dir(folder)
        if os.path.lexists(target):  # appeared meanwhile: POSIX would replace an empty folder
            raise KnownError(
                ErrorCode.FILE_EXISTS,
                f"{target.name} exists in the chosen folder; choose another folder",
                name=target.name,
            )
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_dir(target.parent)


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
