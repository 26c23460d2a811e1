"""The SQLCipher page decryptor that erasure tests rely on really sees the plaintext."""

from __future__ import annotations

import shutil
import struct
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from support.sqlcipher_pages import (
    PAGE_SIZE,
    RESERVE,
    PageAuthError,
    decrypt_page_records,
    decrypt_pages,
    pages_containing,
)

KEY = bytes.fromhex("8f3a1c5e7b9d2f4061a3c5e7092b4d6f8fa1c3e5072941638597b9dbfd1f3e5a")
CANARY = b"CANARY-Zq7Wx3-not-in-ciphertext"


@contextmanager
def vault(path: Path, key: bytes = KEY, **pragmas: Any) -> Iterator[Any]:
    with closing(sqlcipher3.connect(str(path), isolation_level=None)) as conn:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        for name, value in pragmas.items():
            conn.execute(f"PRAGMA {name} = {value}")
        conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT, pad BLOB)")
        yield conn


def test_finds_a_canary_in_the_database_file_after_a_checkpoint(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    with vault(db) as conn:
        conn.execute("INSERT INTO t (name) VALUES (?)", (CANARY.decode(),))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db.read_bytes()
    assert CANARY not in raw  # it really is encrypted on disk
    pages = list(decrypt_page_records(db, KEY))
    assert len(pages) == len(raw) // PAGE_SIZE >= 2
    assert [p.pgno for p in pages] == list(range(1, len(pages) + 1))
    assert all(len(p.plaintext) == PAGE_SIZE - RESERVE for p in pages)
    # page 1 decrypts to a proper SQLite header: page size 4096, 80 reserved bytes per page
    header = pages[0].plaintext
    assert header.startswith(b"SQLite format 3\x00")
    assert struct.unpack(">H", header[16:18]) == (PAGE_SIZE,)
    assert header[20] == RESERVE
    assert b"CREATE TABLE t" in header
    assert pages_containing(db, KEY, CANARY) == [PAGE_SIZE]  # page 2: the table's leaf
    assert sum(CANARY in page for page in decrypt_pages(db, KEY)) == 1


def test_finds_a_canary_in_the_wal_before_a_checkpoint(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    with vault(db) as conn:
        conn.execute("INSERT INTO t (name) VALUES (?)", (CANARY.decode(),))
        wal = tmp_path / "v.db-wal"
        assert CANARY not in wal.read_bytes()
        assert pages_containing(db, KEY, CANARY) == []  # not checkpointed yet
        hits = pages_containing(wal, KEY, CANARY)  # the salt comes from v.db
        assert len(hits) == 1
        assert (hits[0] - 32) % (24 + PAGE_SIZE) == 24  # the page image inside its frame
        copied = tmp_path / "elsewhere.bin"
        shutil.copy(wal, copied)
        with pytest.raises(ValueError, match="kdf_salt"):
            pages_containing(copied, KEY, CANARY)
        salt = db.read_bytes()[:16]
        assert pages_containing(copied, KEY, CANARY, kdf_salt=salt) == hits


def test_sees_deleted_content_left_in_pages_and_its_absence_with_secure_delete(
    tmp_path: Path,
) -> None:
    """What erasure tests need: a deleted row's bytes linger unless they are overwritten."""
    for secure_delete, expect_found in (("OFF", True), ("ON", False)):
        db = tmp_path / f"delete-{secure_delete}.db"
        with vault(db, secure_delete=secure_delete) as conn:
            conn.execute("INSERT INTO t (name) VALUES ('keep me')")
            # the canary sits far into a 20 KB value, i.e. on an overflow page that gets freed
            conn.execute(
                "INSERT INTO t (name, pad) VALUES ('gone', ?)",
                (bytes(9000) + CANARY + bytes(9000),),
            )
            conn.execute("DELETE FROM t WHERE name = 'gone'")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
        found = bool(pages_containing(db, KEY, CANARY))
        assert found is expect_found, f"secure_delete={secure_delete}"


def test_a_wrong_key_fails_loudly_instead_of_hiding_the_canary(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    with vault(db) as conn:
        conn.execute("INSERT INTO t (name) VALUES (?)", (CANARY.decode(),))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(PageAuthError, match="page 1"):
        pages_containing(db, bytes(32), CANARY)
    with pytest.raises(PageAuthError):
        pages_containing(db, KEY, CANARY, kdf_salt=bytes(16))


def test_a_damaged_page_fails_loudly(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    with vault(db) as conn:
        conn.execute("INSERT INTO t (name) VALUES (?)", (CANARY.decode(),))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[PAGE_SIZE + 100] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(PageAuthError, match="page 2"):
        list(decrypt_pages(db, KEY))
