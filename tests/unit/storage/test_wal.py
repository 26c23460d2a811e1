"""verify_wal: a damaged WAL is refused by name, a torn or stale tail is accepted.

Every case is a real SQLCipher vault in WAL mode. The database and its -wal are copied aside
while the writing connection is still open (closing checkpoints the WAL and deletes it), then
damaged, verified, and opened with SQLite to show what SQLite itself would have made of it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from registrar.errors import ErrorCode, KnownError
from registrar.storage.wal import (
    FRAME_HEADER_SIZE,
    WAL_HEADER_SIZE,
    inspect_wal,
    verify_wal,
    wal_path_for,
)

KEY = bytes.fromhex("3c1f5e7a9b2d4f6081a3c5e7092b4d6f8fa1c3e5072941638597b9dbfd1f3e5a")
PAGE = 4096
FRAME = FRAME_HEADER_SIZE + PAGE
ROWS = 12


def frame_offset(index: int) -> int:
    return WAL_HEADER_SIZE + index * FRAME


@contextmanager
def connect(db: Path) -> Iterator[Any]:
    with closing(sqlcipher3.connect(str(db), isolation_level=None)) as conn:
        conn.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
        yield conn


@contextmanager
def live_vault(db: Path, rows: int = ROWS) -> Iterator[Any]:
    """A vault with `rows` rows, each committed on its own, all still in the WAL."""
    with connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, photo BLOB)")
        for i in range(rows):
            conn.execute("INSERT INTO person (name) VALUES (?)", (f"person-{i:04d}",))
        yield conn


def snapshot(db: Path, dest: Path) -> Path:
    """Copy a live vault's database and WAL (not the -shm, so SQLite must recover the WAL)."""
    dest.mkdir()
    copy = dest / db.name
    shutil.copy(db, copy)
    shutil.copy(wal_path_for(db), wal_path_for(copy))
    return copy


def committed_vault(tmp_path: Path, rows: int = ROWS) -> Path:
    db = tmp_path / "live" / "vault.db"
    db.parent.mkdir()
    with live_vault(db, rows):
        return snapshot(db, tmp_path / "copy")


def commit_frames(db: Path) -> list[int]:
    data = wal_path_for(db).read_bytes()
    count = (len(data) - WAL_HEADER_SIZE) // FRAME
    return [
        i
        for i in range(count)
        if struct.unpack_from(">I", data, frame_offset(i) + 4)[0] != 0  # commit size field
    ]


def flip(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def names_sqlite_sees(db: Path) -> list[str]:
    """Open a copy the way the app would without verify_wal, and list what survives.

    [] if even the table is gone (its schema was committed in the WAL too)."""
    probe_dir = db.parent.parent / f"probe-{db.parent.name}-{time.monotonic_ns()}"
    probe = snapshot(db, probe_dir)
    with connect(probe) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_schema")]
        query = "SELECT name FROM person ORDER BY id"
        names = [row[0] for row in conn.execute(query)] if "person" in tables else []
    assert not wal_path_for(probe).exists()  # closing checkpointed and deleted the WAL
    return names


def all_names(rows: int = ROWS) -> list[str]:
    return [f"person-{i:04d}" for i in range(rows)]


def fingerprint(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()}


def assert_damage(db: Path, frame_index: int | None, reason: str) -> KnownError:
    before = fingerprint(db.parent)
    with pytest.raises(KnownError) as caught:
        verify_wal(db)
    assert fingerprint(db.parent) == before  # nothing written, created or deleted
    error = caught.value
    assert error.code is ErrorCode.VAULT_WAL_DAMAGED
    assert str(wal_path_for(db)) in error.message
    assert "Nothing was changed" in error.message
    assert reason in error.message
    assert error.details["frame_index"] == frame_index
    if frame_index is not None:
        offset = frame_offset(frame_index)
        assert f"frame {frame_index} (byte offset {offset})" in error.message
        assert error.details["byte_offset"] == offset
    assert error.details["commits_after_damage"] >= 1
    return error


# --- the premise: SQLite alone loses committed rows without a word ---------------------------


def test_premise_sqlite_silently_drops_commits_after_a_flipped_byte(tmp_path: Path) -> None:
    db = committed_vault(tmp_path)
    assert names_sqlite_sees(db) == all_names()  # the undamaged copy has everything
    flip(db.with_name("vault.db-wal"), frame_offset(4) + FRAME_HEADER_SIZE + 1000)
    survivors = names_sqlite_sees(db)  # no exception, quick_check "ok"...
    assert survivors == all_names()[: len(survivors)]
    assert len(survivors) < ROWS - 5  # ...and most committed rows are gone for good


# --- no damage --------------------------------------------------------------------------------


def test_no_wal_is_fine(tmp_path: Path) -> None:
    report = verify_wal(tmp_path / "vault.db")
    assert (report.frames_total, report.frames_valid, report.damage) == (0, 0, None)
    assert report.file_size == 0


def test_empty_or_headerless_wal_is_fine(tmp_path: Path) -> None:
    db = tmp_path / "vault.db"
    wal_path_for(db).write_bytes(b"")
    assert verify_wal(db).frames_total == 0
    wal_path_for(db).write_bytes(b"\x37\x7f\x06\x82" + bytes(20))  # torn first header write
    report = verify_wal(db)
    assert (report.frames_total, report.trailing_bytes) == (0, 24)


def test_clean_wal(tmp_path: Path) -> None:
    db = committed_vault(tmp_path)
    report = verify_wal(db)
    wal_size = wal_path_for(db).stat().st_size
    assert report.frames_total == (wal_size - WAL_HEADER_SIZE) // FRAME >= ROWS
    assert report.frames_valid == report.frames_total  # every checksum verified
    assert report.first_invalid_frame is None
    assert (report.trailing_bytes, report.page_size, report.header_valid) == (0, PAGE, True)
    assert names_sqlite_sees(db) == all_names()


def test_torn_tail_of_an_uncommitted_transaction_is_fine(tmp_path: Path) -> None:
    live = tmp_path / "live" / "vault.db"
    live.parent.mkdir()
    with live_vault(live) as conn:
        conn.execute("INSERT INTO person (name, photo) VALUES ('big', ?)", (os.urandom(30_000),))
        db = snapshot(live, tmp_path / "copy")
    commits = commit_frames(db)
    last_txn_start = commits[-2] + 1
    assert commits[-1] - last_txn_start >= 5  # the photo spans several frames
    wal = wal_path_for(db)
    for cut in (
        frame_offset(last_txn_start + 3),  # whole frames of the last transaction missing
        frame_offset(last_txn_start + 3) + 1000,  # ...and a partial frame
        frame_offset(commits[-1]) + 10,  # the commit frame's header half written
        frame_offset(commits[-1]) + FRAME - 1,  # one byte short of committing
    ):
        torn = snapshot(db, tmp_path / f"torn-{cut}")
        with wal_path_for(torn).open("r+b") as handle:
            handle.truncate(cut)
        report = verify_wal(torn)
        assert report.frames_valid == last_txn_start
        assert report.trailing_bytes == (cut - WAL_HEADER_SIZE) % FRAME
        assert names_sqlite_sees(torn) == all_names()  # only the uncommitted photo is lost
    assert verify_wal(db).frames_valid == commits[-1] + 1
    assert wal.stat().st_size == frame_offset(commits[-1] + 1)


def test_a_commit_frame_whose_page_never_reached_disk_is_a_torn_tail(tmp_path: Path) -> None:
    """A write cut between the frame header and the page: indistinguishable from damage to
    the final frame, so it is accepted (SQLite drops only that last transaction)."""
    db = committed_vault(tmp_path)
    last = commit_frames(db)[-1]
    wal = wal_path_for(db)
    data = bytearray(wal.read_bytes())
    data[frame_offset(last) + FRAME_HEADER_SIZE :] = bytes(PAGE)
    wal.write_bytes(bytes(data))
    report = verify_wal(db)
    assert (report.first_invalid_frame, report.frames_valid) == (last, last)
    assert names_sqlite_sees(db) == all_names(ROWS - 1)


@pytest.mark.parametrize("garbage", ["random", "zeros", "frame-sized random"])
def test_garbage_appended_after_the_last_commit_is_fine(tmp_path: Path, garbage: str) -> None:
    db = committed_vault(tmp_path)
    frames = verify_wal(db).frames_total
    tail = {
        "random": os.urandom(3 * FRAME + 777),
        "zeros": bytes(2 * FRAME),
        # a plausible frame header (this WAL's salts, a commit size) over random content
        "frame-sized random": wal_path_for(db).read_bytes()[frame_offset(0) : frame_offset(0) + 16]
        + os.urandom(FRAME - 16),
    }[garbage]
    with wal_path_for(db).open("ab") as handle:
        handle.write(tail)
    report = verify_wal(db)
    assert (report.frames_valid, report.first_invalid_frame) == (frames, frames)
    assert names_sqlite_sees(db) == all_names()


def test_stale_frames_left_after_a_wal_reset_are_fine(tmp_path: Path) -> None:
    live = tmp_path / "live" / "vault.db"
    live.parent.mkdir()
    with live_vault(live) as conn:
        frames_before = (wal_path_for(live).stat().st_size - WAL_HEADER_SIZE) // FRAME
        assert conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()[0] == 0
        conn.execute("INSERT INTO person (name) VALUES ('after reset')")  # rewinds the WAL
        db = snapshot(live, tmp_path / "copy")
    report = verify_wal(db)
    assert report.frames_total == frames_before  # the file kept its size...
    assert report.frames_valid == commit_frames(db)[0] + 1 < 5  # ...but holds a new generation
    assert names_sqlite_sees(db) == [*all_names(), "after reset"]


def test_frames_of_a_rolled_back_transaction_that_spilled_to_the_wal_are_fine(
    tmp_path: Path,
) -> None:
    """Same salts and a consistent checksum chain, but no commit frame: not committed data."""
    live = tmp_path / "live" / "vault.db"
    live.parent.mkdir()
    with live_vault(live) as conn:
        conn.execute("PRAGMA cache_size = 5")  # forces the big transaction to spill
        conn.execute("BEGIN")
        for _ in range(40):
            conn.execute("INSERT INTO person (name, photo) VALUES ('x', ?)", (os.urandom(3000),))
        conn.execute("ROLLBACK")
        conn.execute("INSERT INTO person (name) VALUES ('after rollback')")
        db = snapshot(live, tmp_path / "copy")
    report = verify_wal(db)
    assert report.frames_total - report.frames_valid > 30
    assert names_sqlite_sees(db) == [*all_names(), "after rollback"]


# --- damage -----------------------------------------------------------------------------------


def test_flipped_byte_in_an_early_frames_page_is_damage(tmp_path: Path) -> None:
    db = committed_vault(tmp_path)
    flip(wal_path_for(db), frame_offset(3) + FRAME_HEADER_SIZE + 2000)
    error = assert_damage(db, 3, "checksum does not match")
    report = inspect_wal(db)
    assert report.frames_valid == 3
    assert report.damage is not None
    assert report.damage.commits_after_damage == len(commit_frames(db)) - 3
    assert error.details["frames_valid"] == 3
    assert len(names_sqlite_sees(db)) < ROWS  # what the error saves us from


@pytest.mark.parametrize(
    ("field_offset", "reason"),
    [
        (0, "checksum does not match"),  # page number
        (4, "checksum does not match"),  # commit size
        (8, "salt does not match"),  # salt-1 (not covered by the checksum)
        (15, "salt does not match"),  # salt-2
        (16, "checksum does not match"),  # stored checksum-1
        (23, "checksum does not match"),  # stored checksum-2
    ],
)
def test_flipped_byte_in_a_frame_header_is_damage(
    tmp_path: Path, field_offset: int, reason: str
) -> None:
    db = committed_vault(tmp_path)
    flip(wal_path_for(db), frame_offset(5) + field_offset, 0x10)
    assert_damage(db, 5, reason)
    assert len(names_sqlite_sees(db)) < ROWS


def test_flipped_salt_of_the_final_commit_frame_is_damage(tmp_path: Path) -> None:
    """No later commit proves it, but the salt lies outside the checksum, which still holds."""
    db = committed_vault(tmp_path)
    last = commit_frames(db)[-1]
    flip(wal_path_for(db), frame_offset(last) + 9, 0x80)
    assert_damage(db, last, "salt does not match")
    assert names_sqlite_sees(db) == all_names(ROWS - 1)


@pytest.mark.parametrize("field_offset", [16, 23])
def test_flipped_stored_checksum_just_before_the_final_commit_is_damage(
    tmp_path: Path, field_offset: int
) -> None:
    """The final commit frame then fails against the stored checksum before it, but verifies
    against that frame's recomputed checksum."""
    db = committed_vault(tmp_path)
    last = commit_frames(db)[-1]
    flip(wal_path_for(db), frame_offset(last - 1) + field_offset, 0x80)
    assert_damage(db, last - 1, "checksum does not match")
    assert names_sqlite_sees(db) == all_names(ROWS - 2)


HEADER_FIELDS = {
    "magic": 0,
    "magic-byte-order-bit": 3,
    "version": 4,
    "page-size": 9,
    "checkpoint-seq": 12,
    "salt-1": 16,
    "salt-2": 21,
    "checksum-1": 24,
    "checksum-2": 30,
}


@pytest.mark.parametrize("field", HEADER_FIELDS)
def test_flipped_byte_in_the_wal_header_is_damage(tmp_path: Path, field: str) -> None:
    db = committed_vault(tmp_path)
    offset = HEADER_FIELDS[field]
    flip(wal_path_for(db), offset, 0x01 if field == "magic-byte-order-bit" else 0x04)
    error = assert_damage(db, None, "log header is invalid")
    assert "damaged in its header" in error.message
    assert error.details["commits_after_damage"] == len(commit_frames(db))
    assert names_sqlite_sees(db) == []  # SQLite ignored the whole WAL: every commit lost


# --- big-endian checksums (what a big-endian machine writes) ---------------------------------


def wal_checksum(words: tuple[int, ...], s0: int, s1: int) -> tuple[int, int]:
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def reseal_big_endian(wal: Path) -> None:
    """Rewrite a WAL with magic 0x377f0683, recomputing every checksum over big-endian words."""
    data = bytearray(wal.read_bytes())
    struct.pack_into(">I", data, 0, 0x377F0683)
    s = wal_checksum(struct.unpack_from(">6I", data, 0), 0, 0)
    struct.pack_into(">2I", data, 24, *s)
    for i in range((len(data) - WAL_HEADER_SIZE) // FRAME):
        start = frame_offset(i)
        words = struct.unpack_from(">2I", data, start) + struct.unpack_from(
            f">{PAGE // 4}I", data, start + FRAME_HEADER_SIZE
        )
        s = wal_checksum(words, *s)
        struct.pack_into(">2I", data, start + 16, *s)
    wal.write_bytes(bytes(data))


def test_big_endian_checksums(tmp_path: Path) -> None:
    db = committed_vault(tmp_path)
    reseal_big_endian(wal_path_for(db))
    assert wal_path_for(db).read_bytes()[:4] == b"\x37\x7f\x06\x83"
    report = verify_wal(db)
    assert report.frames_valid == report.frames_total >= ROWS
    assert names_sqlite_sees(db) == all_names()  # SQLite agrees the resealed WAL is valid
    flip(wal_path_for(db), frame_offset(2) + FRAME_HEADER_SIZE + 5)
    assert_damage(db, 2, "checksum does not match")


# --- speed ------------------------------------------------------------------------------------


def test_a_thousand_frame_wal_is_checked_quickly(tmp_path: Path) -> None:
    db = committed_vault(tmp_path, rows=1000)
    report = verify_wal(db)  # warm up the cached coefficients
    assert report.frames_valid == report.frames_total >= 1000
    started = time.perf_counter()
    report = verify_wal(db)
    elapsed = time.perf_counter() - started
    print(f"verify_wal: {report.frames_total} frames in {elapsed * 1000:.1f} ms")
    assert elapsed < 0.5
    flip(wal_path_for(db), frame_offset(10) + 100)
    assert_damage(db, 10, "checksum does not match")
