"""A person's own copy: the export holds every stored item about them, and only for a supervisor."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import DATA, OFFICER, SUPERVISOR, make_details, registration_consent

from registrar.domain import (
    Band,
    CaseSource,
    CaseState,
    Consent,
    ConsentPurpose,
    Document,
    DocumentPage,
    DuplicateCase,
    FacePhoto,
    FaceTemplate,
    Role,
    new_id,
)
from registrar.errors import ErrorCode, KnownError
from registrar.services import person_export
from registrar.services.people import PeopleService
from registrar.services.person_export import export_person
from registrar.storage import audit
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Session, Vault

FACES = DATA / "faces" / "people"
OTHER_NAME = "Zorbalunde"  # the other person of the duplicate case: never in the export

# The tables that hold something about a person and how each finds their rows (as the
# migrations define them; written out here apart from the code under test).
CASES = "SELECT id FROM duplicate_cases WHERE person_a = :p OR person_b = :p"
TABLES = {
    "people": "id = :p",
    "person_versions": "person_id = :p",
    "consents": "person_id = :p",
    "face_photos": "person_id = :p",
    "documents": "person_id = :p",
    "document_pages": "document_id IN (SELECT id FROM documents WHERE person_id = :p)",
    "face_templates": "person_id = :p",
    "duplicate_cases": "person_a = :p OR person_b = :p",
    "case_decisions": f"case_id IN ({CASES})",
    "identity_links": "person_id = :p",
    "approvals": "person_id = :p",
    "erasures": "person_id = :p",
    "audit_log": f"record_ref = :p OR record_ref IN ({CASES})",
}
JSON_COLUMNS = {
    ("people", "languages"),
    ("people", "specific_needs"),
    ("person_versions", "details"),
    ("face_photos", "quality"),
    ("duplicate_cases", "evidence"),
}


def _photo(name: str, n: int) -> FacePhoto:
    return FacePhoto(jpeg=(FACES / name / f"{n}.jpg").read_bytes(), width=400 + n, height=500 + n)


def _register_full(vault: Vault) -> tuple[str, str]:
    """A person with everything a vault can hold about them, and a second person; their ids."""
    people = PeopleService(vault)
    photos = [_photo("obama", 1), _photo("obama", 2)]
    passport = Document(
        "passport",
        "N 0123-456",
        "SYR",
        pages=(
            DocumentPage((FACES / "biden" / "1.jpg").read_bytes()),
            DocumentPage((FACES / "biden" / "2.jpg").read_bytes()),
        ),
    )
    card = Document("national_id", "77-123", pages=(DocumentPage(photos[0].jpeg),))
    rng = np.random.default_rng(7)
    templates = [
        FaceTemplate("sface-2021dec-int8", rng.random(128, np.float32), photos[0].id),
        FaceTemplate("dlib-resnet-v1", rng.random(128, np.float32), photos[1].id),
    ]
    person = people.register(
        make_details(),
        [
            *registration_consent(ConsentPurpose.DUPLICATE_CHECK),
            Consent(ConsentPurpose.SHARING, False, "ara", partner="unhcr"),
        ],
        photos=photos,
        documents=[passport, card],
        templates=templates,
    )
    people.update(person.id, make_details(family="Haddad-Nasser"), expected_version=1)
    other = people.register(make_details(OTHER_NAME, "Other"), registration_consent())
    now = vault.clock.now()
    a, b = sorted((person.id, other.id))
    case = DuplicateCase(
        id=new_id(),
        person_a=a,
        person_b=b,
        source=CaseSource.ENROLMENT,
        group_id=new_id(),
        score_id="sface-2021dec-int8",
        distance=0.31,
        band=Band.POSSIBLE,
        distances={"sface-2021dec-int8": 0.31},
        fused=None,
        state=CaseState.OPEN,
        created_at=now,
        probe_id=other.id,
    )
    with vault.db.transaction() as conn:
        assert CaseRepository(conn).open_case(case)
        for seq, decision in ((1, "interview"), (2, "different")):
            conn.execute(
                "INSERT INTO case_decisions (seq, case_id, decision, reason_code, note,"
                " decided_by, decided_at) VALUES (?, ?, ?, 'photo_quality', ?, ?, ?)",
                (seq, case.id, decision, f"note {seq}", SUPERVISOR, now.isoformat()),
            )
        conn.execute(
            "INSERT INTO identity_links (person_id, identity_id, is_primary) VALUES (?, ?, 1)",
            (person.id, person.id),
        )
        conn.execute(
            "INSERT INTO approvals (person_id, version, approved, reason, decided_by, decided_at)"
            " VALUES (?, 2, 1, '', ?, ?)",
            (person.id, SUPERVISOR, now.isoformat()),
        )
        audit.append(conn, now, SUPERVISOR, audit.AuditAction.CASE_OPENED, case.id)
    return person.id, other.id


def _held(vault: Vault, person_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row about the person, queried table by table, JSON columns decoded."""
    held: dict[str, list[dict[str, Any]]] = {}
    for table, where in TABLES.items():
        cur = vault.db.conn.execute(f"SELECT * FROM {table} WHERE {where}", {"p": person_id})
        columns = [d[0] for d in cur.description]
        rows = []
        for values in cur.fetchall():
            row = dict(zip(columns, values, strict=True))
            for column in columns:
                if (table, column) in JSON_COLUMNS:
                    row[column] = json.loads(row[column])
            rows.append(row)
        held[table] = rows
    return held


def _rows_from_export(
    doc: dict[str, Any], read: Callable[[str], bytes]
) -> dict[str, list[dict[str, Any]]]:
    """Turn person.json (and its files) back into table rows, images and vectors as bytes."""

    def without(entry: dict[str, Any], *keys: str) -> dict[str, Any]:
        return {k: v for k, v in entry.items() if k not in keys}

    photos = [without(p, "file", "size_bytes") | {"jpeg": read(p["file"])} for p in doc["photos"]]
    pages = [
        without(p, "file", "size_bytes") | {"image": read(p["file"])}
        for d in doc["documents"]
        for p in d["pages"]
    ]
    templates = [
        without(t, "vector_float32_le_base64")
        | {"vector": base64.b64decode(t["vector_float32_le_base64"])}
        for t in doc["templates"]
    ]
    return {
        "people": [doc["person"]],
        "person_versions": doc["versions"],
        "consents": doc["consents"],
        "face_photos": photos,
        "documents": [without(d, "pages") for d in doc["documents"]],
        "document_pages": pages,
        "face_templates": templates,
        "duplicate_cases": [without(c, "decisions") for c in doc["duplicate_cases"]],
        "case_decisions": [d for c in doc["duplicate_cases"] for d in c["decisions"]],
        "identity_links": doc["identity_links"],
        "approvals": doc["approvals"],
        "erasures": doc["erasures"],
        "audit_log": doc["audit_entries"],
    }


def _key(row: dict[str, Any]) -> str:
    return json.dumps(
        {k: hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v for k, v in row.items()},
        sort_keys=True,
    )


def _open_export(path: Path) -> tuple[dict[str, Any], Callable[[str], bytes], set[str]]:
    """person.json, a reader of the export's files, and the names of every file in it."""
    if path.suffix == ".zip":
        archive = zipfile.ZipFile(path)
        names = set(archive.namelist())
        return json.loads(archive.read("person.json")), archive.read, names
    names = {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()}
    doc = json.loads((path / "person.json").read_text("utf-8"))
    return doc, lambda name: (path / name).read_bytes(), names


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_the_export_holds_every_stored_item_of_the_person(
    vault: Vault, tmp_path: Path, as_zip: bool
) -> None:
    person_id, _other = _register_full(vault)
    out = tmp_path / "stick"
    out.mkdir()
    registration_id = PeopleService(vault).get(person_id).person.registration_id

    path = export_person(vault, person_id, out, as_zip=as_zip)

    assert path == out / (registration_id + (".zip" if as_zip else ""))
    assert sorted(os.listdir(out)) == [path.name]  # no staging folder or temp file left
    doc, read, names = _open_export(path)
    expected = _held(vault, person_id)  # after the export: its own audit entry is held too
    got = _rows_from_export(doc, read)
    assert set(got) == set(TABLES)
    for table in TABLES:
        assert sorted(map(_key, got[table])) == sorted(map(_key, expected[table])), table
    # Everything the vault holds about them, nothing less (and each table has something).
    assert all(expected[t] for t in TABLES if t != "erasures")
    assert len(expected["face_photos"]) == 2 and len(expected["document_pages"]) == 3
    assert len(expected["person_versions"]) == 2 and len(expected["case_decisions"]) == 2

    # Images byte-identical, named as the layout says, and nothing else in the export.
    assert [p["file"] for p in doc["photos"]] == ["photos/face-1.jpg", "photos/face-2.jpg"]
    assert read("photos/face-1.jpg") == (FACES / "obama" / "1.jpg").read_bytes()
    assert [p["file"] for d in doc["documents"] for p in d["pages"]] == [
        "documents/1-passport-page-1.jpg",
        "documents/1-passport-page-2.jpg",
        "documents/2-national_id-page-1.jpg",
    ]
    assert read("documents/1-passport-page-2.jpg") == (FACES / "biden" / "2.jpg").read_bytes()
    for photo in doc["photos"]:
        assert hashlib.sha256(read(photo["file"])).hexdigest() == photo["sha256"]
        assert {"width", "height"} <= photo.keys()
    files = {p["file"] for p in doc["photos"]} | {
        p["file"] for d in doc["documents"] for p in d["pages"]
    }
    assert names == files | {"person.json"}
    template = doc["templates"][0]
    vector = np.frombuffer(base64.b64decode(template["vector_float32_le_base64"]), "<f4")
    assert template["dim"] == vector.size == 128 and template["model_id"]

    # Who exported and when; the other person of the duplicate case is not in the copy.
    assert doc["exported_by"] == SUPERVISOR
    assert doc["exported_at"] == vault.clock.now().isoformat()
    assert doc["person"]["family_name"] == "Haddad-Nasser"
    assert OTHER_NAME not in json.dumps(doc, ensure_ascii=False)
    last = vault.db.conn.execute(
        "SELECT operator, action, record_ref FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert tuple(last) == (SUPERVISOR, "person.exported", person_id)
    assert doc["audit_entries"][-1]["action"] == "person.exported"
    assert audit.verify(vault.db.conn).ok

    if os.name == "posix":  # owner-only files (Windows has no such mode bits)
        modes = [path] if as_zip else [path, *path.rglob("*")]
        for item in modes:
            mode = stat.S_IMODE(item.stat().st_mode)
            assert mode & 0o077 == 0, (item.name, oct(mode))
    if as_zip:
        for info in zipfile.ZipFile(path).infolist():
            assert (info.external_attr >> 16) & 0o777 == 0o600


def _exports(vault: Vault) -> int:
    row = vault.db.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'person.exported'"
    ).fetchone()
    return int(row[0])


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_an_officer_is_refused_and_nothing_is_written(
    vault: Vault, tmp_path: Path, as_zip: bool
) -> None:
    person_id, _ = _register_full(vault)
    vault.session = Session(OFFICER, Role.OFFICER)
    with pytest.raises(KnownError) as err:
        export_person(vault, person_id, tmp_path, as_zip=as_zip)
    assert err.value.code is ErrorCode.NOT_PERMITTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]
    assert _exports(vault) == 0


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_an_existing_export_is_never_replaced(vault: Vault, tmp_path: Path, as_zip: bool) -> None:
    person_id, _ = _register_full(vault)
    out = tmp_path / "stick"
    out.mkdir()
    first = export_person(vault, person_id, out, as_zip=as_zip)
    before = first.stat().st_mtime_ns
    with pytest.raises(KnownError) as err:
        export_person(vault, person_id, out, as_zip=as_zip)
    assert err.value.code is ErrorCode.FILE_EXISTS
    assert sorted(os.listdir(out)) == [first.name] and first.stat().st_mtime_ns == before
    assert _exports(vault) == 1  # the refused export left no audit entry


def test_an_existing_empty_folder_of_that_name_is_refused(vault: Vault, tmp_path: Path) -> None:
    person_id, _ = _register_full(vault)
    registration_id = PeopleService(vault).get(person_id).person.registration_id
    (tmp_path / registration_id).mkdir()
    with pytest.raises(KnownError) as err:
        export_person(vault, person_id, tmp_path, as_zip=False)
    assert err.value.code is ErrorCode.FILE_EXISTS
    assert not any((tmp_path / registration_id).iterdir())
    assert _exports(vault) == 0


def test_a_failure_part_way_leaves_nothing_behind(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, _ = _register_full(vault)
    out = tmp_path / "stick"
    out.mkdir()
    real = person_export._write_new
    calls = 0

    def disk_full_on_the_third_file(path: Path, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(person_export, "_write_new", disk_full_on_the_third_file)
    with pytest.raises(OSError):
        export_person(vault, person_id, out, as_zip=False)
    assert calls == 3 and list(out.iterdir()) == []
    assert _exports(vault) == 0

    def no_space(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(person_export, "atomic_write", no_space)
    with pytest.raises(OSError):
        export_person(vault, person_id, out, as_zip=True)
    assert list(out.iterdir()) == [] and _exports(vault) == 0


def test_the_audit_entry_failing_to_commit_removes_the_export(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, _ = _register_full(vault)
    real_transaction = vault.db.transaction
    written: list[Path] = []

    @contextlib.contextmanager
    def commit_fails() -> Iterator[Any]:
        with real_transaction() as conn:
            yield conn
            written.extend(tmp_path.glob("*.zip"))
            raise KnownError(ErrorCode.VAULT_DAMAGED, "the disk failed at commit")

    monkeypatch.setattr(vault.db, "transaction", commit_fails)
    with pytest.raises(KnownError):
        export_person(vault, person_id, tmp_path, as_zip=True)
    monkeypatch.undo()
    assert written, "the zip was in place before the commit"
    assert not list(tmp_path.glob("*.zip")) and _exports(vault) == 0


def test_an_unknown_person_is_not_found(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        export_person(vault, new_id(), tmp_path, as_zip=True)
    assert err.value.code is ErrorCode.PERSON_NOT_FOUND
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"] and _exports(vault) == 0


def test_a_person_with_nothing_but_details_exports_too(vault: Vault, tmp_path: Path) -> None:
    person = PeopleService(vault).register(make_details(), registration_consent())
    path = export_person(vault, person.id, tmp_path, as_zip=False)
    doc, _read, names = _open_export(path)
    assert names == {"person.json"}
    assert doc["photos"] == doc["documents"] == doc["templates"] == doc["duplicate_cases"] == []
    assert doc["person"]["registration_id"] == person.registration_id


def test_a_missing_destination_is_an_os_error_with_nothing_written(
    vault: Vault, tmp_path: Path
) -> None:
    person = PeopleService(vault).register(make_details(), registration_consent())
    for as_zip in (False, True):
        with pytest.raises(OSError):
            export_person(vault, person.id, tmp_path / "unplugged", as_zip=as_zip)
    assert not (tmp_path / "unplugged").exists() and _exports(vault) == 0
