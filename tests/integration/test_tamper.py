"""Damage to the vault's files gives a clear error that names the problem, and changes nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from conftest import SUPERVISOR, SUPERVISOR_PASSWORD, make_details, registration_consent

from registrar.errors import ErrorCode, KnownError
from registrar.services.people import PeopleService
from registrar.storage.database import IntegrityState
from registrar.storage.vault import Vault

PAGE = 4096


def _fill(vault: Vault, n: int = 30) -> None:
    people = PeopleService(vault)
    for i in range(n):
        people.register(make_details(f"Person{i}", "Family"), registration_consent())


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "lockout.json"
    }


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


def test_flipped_byte_in_a_data_page(vault: Vault, vault_dir: Path) -> None:
    _fill(vault)
    vault.close()
    db = vault_dir / "vault.db"
    pages = db.stat().st_size // PAGE
    assert pages > 4
    _flip(db, (pages - 2) * PAGE + 1000)
    before = _snapshot(vault_dir)
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.code is ErrorCode.VAULT_DAMAGED
    assert "vault.db is damaged" in err.value.message and "nothing was changed" in err.value.message
    assert "page" in err.value.message.lower()
    assert _snapshot(vault_dir) == before


def test_flipped_byte_in_the_first_page(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    _flip(vault_dir / "vault.db", 200)
    before = _snapshot(vault_dir)
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.code is ErrorCode.VAULT_DAMAGED
    assert "first page" in err.value.message
    assert _snapshot(vault_dir) == before


def test_flipped_byte_in_the_wal(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    vault.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    _fill(vault, 20)
    # Copy the folder while the WAL holds committed transactions (as after a power cut).
    copy = tmp_path / "copy"
    shutil.copytree(vault_dir, copy)
    vault.close()
    wal = copy / "vault.db-wal"
    assert wal.stat().st_size > 10 * PAGE
    _flip(wal, 32 + 24 + 3 * (24 + PAGE) + 500)  # inside the 4th frame's page
    before = _snapshot(copy)
    with pytest.raises(KnownError) as err:
        Vault.unlock(copy, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.code is ErrorCode.VAULT_WAL_DAMAGED
    assert "vault.db-wal" in err.value.message and "frame" in err.value.message
    assert _snapshot(copy) == before


def test_intact_wal_after_a_crash_is_replayed(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    _fill(vault, 20)
    copy = tmp_path / "copy"
    shutil.copytree(vault_dir, copy)
    vault.close()
    with Vault.unlock(copy, SUPERVISOR, SUPERVISOR_PASSWORD) as reopened:
        assert PeopleService(reopened).count() == 20


def test_flipped_byte_in_the_slot_file(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    _flip(vault_dir / "keyslots", 120)
    before = _snapshot(vault_dir)
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.code is ErrorCode.SLOT_FILE_DAMAGED
    assert "keyslots is damaged" in err.value.message
    assert _snapshot(vault_dir) == before


def test_background_check_of_a_large_vault_finds_damage_and_stops_writes(
    vault: Vault, vault_dir: Path
) -> None:
    _fill(vault)
    vault.close()
    db = vault_dir / "vault.db"
    _flip(db, (db.stat().st_size // PAGE - 2) * PAGE + 1000)
    # The background check races the unlock's own audit write: either the unlock is refused
    # with the damage named, or it opens and the next write is refused. Both are right.
    try:
        opened = Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD, check="background")
    except KnownError as err:
        assert err.code is ErrorCode.VAULT_DAMAGED and "page" in err.message
        return
    try:
        assert opened.db.wait_for_integrity(timeout=30) is IntegrityState.FAILED
        with pytest.raises(KnownError) as err2:
            PeopleService(opened).register(make_details(), registration_consent())
        assert err2.value.code is ErrorCode.VAULT_DAMAGED
    finally:
        opened.db.close(checkpoint=False)


CLOSE_DURING_CHECK = """
import sys
from pathlib import Path
from registrar.storage.database import IntegrityState
from registrar.storage.vault import Vault

folder, operator, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.unlock(folder, operator, password, check="background")
vault.close()  # at once, while the background check reads the file; then the process ends
assert vault.db.integrity is not IntegrityState.FAILED
print("ok")
"""


def test_closing_during_the_background_check_stops_it_cleanly(
    vault: Vault, vault_dir: Path
) -> None:
    import subprocess
    import sys

    from registrar.storage.people import PeopleRepository

    with vault.db.transaction() as conn:  # some megabytes, so the check takes a while
        conn.execute("CREATE TABLE ballast (data BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(65536))", [()] * 600)
    assert PeopleRepository(vault.db.conn).count() == 0
    vault.close()
    # Ending the process under a running check crashed it, so the check runs in children.
    for _ in range(3):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CLOSE_DURING_CHECK,
                str(vault_dir),
                SUPERVISOR,
                SUPERVISOR_PASSWORD,
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.strip() == "ok"
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD, check="background") as again:
        assert again.db.wait_for_integrity(timeout=60) is IntegrityState.OK
