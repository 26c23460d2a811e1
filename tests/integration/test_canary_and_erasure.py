"""Personal data never appears in clear on disk, and erasure removes it from the vault's pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import DATA, SUPERVISOR, SUPERVISOR_PASSWORD, make_details, registration_consent
from support.sqlcipher_pages import pages_containing

from registrar.domain import Document, DocumentPage, FacePhoto, FaceTemplate
from registrar.services.people import ErasureReason, PeopleService
from registrar.storage import audit
from registrar.storage.keyslots import SlotFile
from registrar.storage.vault import Vault

CANARY_NAME = "Qwyzzelbrook"
CANARY_DOC = "ZX-CANARY-7731"


def _photo() -> FacePhoto:
    return FacePhoto(jpeg=(DATA / "faces/people/obama/1.jpg").read_bytes(), width=512, height=640)


def _db_key(vault_dir: Path) -> bytes:
    slot = SlotFile(vault_dir / "keyslots").load().operator_slot(SUPERVISOR)
    assert slot is not None
    key = slot.unwrap_with_password(SUPERVISOR_PASSWORD)
    assert key is not None
    return key


def _vault_files(vault_dir: Path) -> list[Path]:
    return [
        vault_dir / n
        for n in ("vault.db", "vault.db-wal", "vault.db-shm")
        if (vault_dir / n).exists()
    ]


def _register_canary(vault: Vault) -> str:
    import numpy as np

    photo = _photo()
    page = DocumentPage((DATA / "faces/people/biden/1.jpg").read_bytes())
    person = PeopleService(vault).register(
        make_details(CANARY_NAME, "Canary"),
        registration_consent(),
        photos=[photo],
        documents=[Document("passport", CANARY_DOC, "SYR", pages=(page,))],
        templates=[FaceTemplate("sface-2021dec-int8", np.ones(128, np.float32), photo.id)],
    )
    return person.id


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def test_canaries_never_appear_in_clear_on_disk(
    vault: Vault, vault_dir: Path, private_tmp: Path
) -> None:
    vault.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    _register_canary(vault)
    people = PeopleService(vault)
    assert people.search(CANARY_NAME.lower())  # sorts and searches ran too
    photo_chunk = _photo().jpeg[4000:4064]
    needles = [
        CANARY_NAME.encode(),
        CANARY_NAME.encode("utf-16-le"),
        CANARY_DOC.encode(),
        photo_chunk,
    ]

    def assert_absent() -> None:
        files = _vault_files(vault_dir) + [p for p in private_tmp.rglob("*") if p.is_file()]
        assert (vault_dir / "vault.db-wal").exists() or files
        for path in files:
            raw = path.read_bytes()
            for needle in needles:
                assert needle not in raw, f"{needle[:12]!r} in clear in {path.name}"

    assert_absent()  # with the data still in the WAL
    vault.db.checkpoint()
    assert_absent()  # and after it moved into the database file
    assert not any(private_tmp.iterdir()), "the vault wrote temporary files"


def test_erasure_removes_the_person_from_every_page(vault: Vault, vault_dir: Path) -> None:
    person_id = _register_canary(vault)
    others = PeopleService(vault)
    keep = others.register(make_details("Remaining", "Person"), registration_consent())
    vault.db.checkpoint()
    key = _db_key(vault_dir)
    db = vault_dir / "vault.db"
    # The test can see the canary in the decrypted pages before erasure ...
    assert pages_containing(db, key, CANARY_NAME.encode())
    assert pages_containing(db, key, CANARY_DOC.encode())
    assert pages_containing(db, key, _photo().jpeg[4000:4064])

    others.erase(person_id, ErasureReason.PERSON_REQUEST)

    # ... and nowhere afterwards, free pages and the WAL included.
    for path in _vault_files(vault_dir):
        if path.name.endswith("-shm") or path.stat().st_size == 0:
            continue  # the -shm index holds no pages; its raw bytes are checked above
        for needle in (CANARY_NAME.encode(), CANARY_DOC.encode(), _photo().jpeg[4000:4064]):
            assert pages_containing(path, key, needle) == [], (path.name, needle[:12])
    assert others.count() == 1 and others.get(keep.id).person.details.given_name == "Remaining"
    conn = vault.db.conn
    for table in (
        "face_photos",
        "documents",
        "document_pages",
        "face_templates",
        "consents",
        "person_versions",
    ):
        assert (
            conn.execute(
                f"SELECT count(*) FROM {table} WHERE "
                + (
                    "document_id IN (SELECT id FROM documents)"
                    if table == "document_pages"
                    else "person_id = ?"
                ),
                () if table == "document_pages" else (person_id,),
            ).fetchone()[0]
            == 0
        )
    tomb = conn.execute(
        "SELECT reason, erased_by FROM erasures WHERE person_id = ?", (person_id,)
    ).fetchone()
    assert tomb == ("person_request", SUPERVISOR)
    assert audit.verify(conn).ok
    assert (
        conn.execute(
            "SELECT action FROM audit_log WHERE record_ref = ? ORDER BY seq DESC", (person_id,)
        ).fetchone()[0]
        == "person.erased"
    )


def test_erased_registration_ids_are_never_reused(vault: Vault) -> None:
    people = PeopleService(vault)
    first = people.register(make_details(), registration_consent())
    people.erase(first.id, ErasureReason.REGISTERED_IN_ERROR)
    second = people.register(make_details(), registration_consent())
    assert second.registration_id != first.registration_id


def test_the_vault_folder_holds_no_clear_text_at_all(vault: Vault, vault_dir: Path) -> None:
    _register_canary(vault)
    vault.close()
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert CANARY_NAME.encode() not in path.read_bytes(), path.name
    assert os.listdir(vault_dir)
