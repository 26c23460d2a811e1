"""Creating, unlocking and managing a vault: passwords, recovery, operators, lockout, roles."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from conftest import (
    OFFICER,
    OFFICER_PASSWORD,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    make_details,
    registration_consent,
)
from fakes.clock import FakeClock

from registrar.domain import Role
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import ErasureReason, PeopleService
from registrar.storage import audit
from registrar.storage.database import Database, load_migrations
from registrar.storage.keyslots import KdfParams, SlotFile
from registrar.storage.sync import SyncRepository
from registrar.storage.vault import Vault, VaultFiles


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "lockout.json"
    }


def test_create_shows_a_recovery_key_and_refuses_to_overwrite(
    created_vault: tuple[Vault, str], vault_dir: Path, fast_kdf: KdfParams
) -> None:
    _, recovery_key = created_vault
    assert len(recovery_key.split("-")) == 8
    assert recovery_key.encode() not in b"".join(p.read_bytes() for p in vault_dir.iterdir())
    before = _digests(vault_dir)
    with pytest.raises(KnownError) as err:
        Vault.create(
            vault_dir,
            site_code="KAK",
            station=1,
            supervisor="x1",
            password="another password",
            kdf=fast_kdf,
        )
    assert err.value.code is ErrorCode.VAULT_EXISTS
    assert _digests(vault_dir) == before


def test_wrong_password_changes_no_vault_or_slot_file(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    before = _digests(vault_dir)
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, SUPERVISOR, "not the password")
    assert err.value.code is ErrorCode.UNLOCK_FAILED
    assert "password is wrong" in err.value.message
    with pytest.raises(KnownError):
        Vault.unlock(vault_dir, "nobody", "not the password")
    assert _digests(vault_dir) == before


def test_unlock_gives_the_slot_role(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        assert officer.session.role is Role.OFFICER
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as supervisor:
        assert supervisor.session.is_supervisor


def test_password_change_rewraps_one_slot(vault: Vault, vault_dir: Path) -> None:
    slots = SlotFile(vault_dir / "keyslots")
    before = {s.operator: s for s in slots.load().slots}
    vault.change_password(OFFICER, "a brand new password")
    after = {s.operator: s for s in slots.load().slots}
    assert after[SUPERVISOR] == before[SUPERVISOR]
    assert after[OFFICER] != before[OFFICER]
    vault.close()
    with pytest.raises(KnownError):
        Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    Vault.unlock(vault_dir, OFFICER, "a brand new password").close()


def test_officer_changes_own_password_but_not_others(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        officer.change_password(OFFICER, "my own new password")
        with pytest.raises(KnownError) as err:
            officer.change_password(SUPERVISOR, "taking over now")
        assert err.value.code is ErrorCode.NOT_PERMITTED


def test_recovery_key_unlocks_and_resets_a_password(
    created_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = created_vault
    vault.close()
    with pytest.raises(KnownError) as err:
        Vault.unlock_with_recovery_key(
            vault_dir,
            recovery_key.replace(recovery_key[0], "Z", 1)
            if recovery_key[0] != "Z"
            else "Y" + recovery_key[1:],
        )
    assert err.value.code in (ErrorCode.RECOVERY_KEY_MALFORMED, ErrorCode.RECOVERY_KEY_WRONG)
    with Vault.unlock_with_recovery_key(vault_dir, recovery_key.lower()) as recovered:
        assert recovered.session.via_recovery and recovered.session.is_supervisor
        recovered.change_password(SUPERVISOR, "recovered password")
    Vault.unlock(vault_dir, SUPERVISOR, "recovered password").close()


def test_recovery_works_when_the_slot_file_is_lost(
    created_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = created_vault
    vault.close()
    (vault_dir / "keyslots").unlink()
    (vault_dir / "keyslots.bak").unlink()
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.code is ErrorCode.SLOT_FILE_MISSING and "recover" in err.value.message
    with Vault.unlock_with_recovery_key(vault_dir, recovery_key) as recovered:
        recovered.change_password(SUPERVISOR, "rebuilt the slots")
        assert PeopleService(recovered).count() == 0
    Vault.unlock(vault_dir, SUPERVISOR, "rebuilt the slots").close()


def test_damaged_slot_file_gives_the_recovery_path_and_backup_restores(
    vault: Vault, vault_dir: Path
) -> None:
    vault.close()
    path = vault_dir / "keyslots"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.code is ErrorCode.SLOT_FILE_DAMAGED
    assert "restore-slots" in err.value.message and "recovery key" in err.value.message
    assert path.read_bytes() == bytes(data)
    Vault.restore_slots_from_backup(vault_dir)
    # The backup predates the officer's slot (it was written when omar was added), so the
    # supervisor gets in; the damaged file is kept beside it.
    Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD).close()
    assert list(vault_dir.glob("keyslots.damaged-*"))


def test_removing_an_operator_removes_their_slot_and_a_restored_backup_does_not_bring_them_back(
    vault: Vault, vault_dir: Path
) -> None:
    vault.change_password(SUPERVISOR, "second password")  # keyslots.bak now holds omar's slot
    vault.remove_operator(OFFICER)
    slots = SlotFile(vault_dir / "keyslots")
    assert slots.load().operator_slot(OFFICER) is None
    assert slots.load_backup().operator_slot(OFFICER) is not None
    vault.close()
    with pytest.raises(KnownError):
        Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    # Someone puts the old file back: the database still says omar was removed.
    (vault_dir / "keyslots").write_bytes((vault_dir / "keyslots.bak").read_bytes())
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    assert "removed" in err.value.message


def test_last_supervisor_and_self_cannot_be_removed(vault: Vault) -> None:
    with pytest.raises(KnownError):
        vault.remove_operator(SUPERVISOR)
    vault.add_operator("lina", Role.SUPERVISOR, "lina's password")
    vault.remove_operator("lina")
    with pytest.raises(KnownError) as err:
        vault.add_operator("omar", Role.OFFICER, "whatever password")
    assert err.value.code is ErrorCode.OPERATOR_EXISTS


def test_lockout_delay_survives_a_restart(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(KnownError):
            Vault.unlock(vault_dir, OFFICER, "wrong password", clock=clock)
    # A restart is a new process: nothing but the files carries over.
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=FakeClock(clock.now()))
    assert err.value.code is ErrorCode.UNLOCK_LOCKED_OUT
    assert err.value.details["wait_s"] == 30 and "wait 30 s" in err.value.message
    clock.advance(31)
    Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock).close()
    # Success resets the counter: one more failure does not lock.
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, OFFICER, "wrong again", clock=clock)
    assert err.value.code is ErrorCode.UNLOCK_FAILED


def test_officer_is_refused_supervisor_operations(vault: Vault, vault_dir: Path) -> None:
    person = PeopleService(vault).register(make_details(), registration_consent())
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        people = PeopleService(officer)
        attempts = [
            lambda: officer.add_operator("x2", Role.OFFICER, "some password"),
            lambda: officer.remove_operator(SUPERVISOR),
            lambda: people.erase(person.id, ErasureReason.PERSON_REQUEST),
            lambda: people.export_jsonl(vault_dir / "out.jsonl", registration_consent()[0].purpose),
        ]
        for attempt in attempts:
            with pytest.raises(KnownError) as err:
                attempt()
            assert err.value.code is ErrorCode.NOT_PERMITTED
            assert "supervisor" in err.value.message
        assert people.count() == 1
        assert not (vault_dir / "out.jsonl").exists()


def test_migrations_apply_to_an_empty_vault(tmp_path: Path) -> None:
    key = bytes(32)
    db = Database.open(tmp_path / "empty.db", key, create=True)
    assert db.user_version == len(load_migrations())
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert {"people", "face_templates", "duplicate_cases", "audit_log", "consents"} <= tables
    assert db.migrate() == []  # idempotent
    db.close()


def test_migration_5_queues_for_the_hub_earlier_erasures_of_people_sent_to_it(
    tmp_path: Path,
) -> None:
    db = Database.open(tmp_path / "v4.db", bytes(32), create=True)
    # Back to schema 4, as a vault written before erasures reached the hub.
    db.conn.execute("DROP TABLE sync_erasures")
    db.conn.execute("PRAGMA user_version = 4")
    at = "2026-11-01T10:00:00+00:00"
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO sync_batches (batch_id, sequence, created_at, record_count, size,"
            " sha256, state) VALUES ('b1', 1, ?, 2, 10, 'x', 'done')",
            (at,),
        )
        for person, reason, sent in (
            ("asked", "person_request", True),
            ("purged", "synced", True),  # left the laptop after its receipt: the hub keeps it
            ("never-sent", "registered_in_error", False),
        ):
            conn.execute(
                "INSERT INTO erasures (person_id, reason, erased_at, erased_by)"
                " VALUES (?, ?, ?, 'amina')",
                (person, reason, at),
            )
            if sent:
                conn.execute(
                    "INSERT INTO sync_batch_records (batch_id, person_id, version, sha256)"
                    " VALUES ('b1', ?, 1, 'y')",
                    (person,),
                )
    assert db.migrate() == [5]
    assert set(db.conn.execute("SELECT * FROM sync_erasures").fetchall()) == {
        ("asked", None, None, None),
        ("never-sent", None, None, None),
    }
    db.close()


def test_an_erasure_notice_the_receipt_does_not_answer_goes_with_the_next_batch(
    tmp_path: Path,
) -> None:
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with db.transaction() as conn:
        repo = SyncRepository(conn)
        repo.note_erasure("answered")
        repo.note_erasure("unanswered")
        repo.note_erasure("unanswered")  # once only
        assert repo.pending_erasures(10) == ["answered", "unanswered"]
        repo.add_batch(
            batch_id="b1",
            sequence=1,
            created_at=at,
            packet=b"sealed",
            sha256="x",
            records=[],
            erasures=["answered", "unanswered"],
        )
        assert repo.pending_erasures(10) == []
        repo.finish("b1", "{}", at, [], [("answered", "erased", None)])
        assert repo.pending_erasures(10) == ["unanswered"]
        assert repo.counts()["erasures_waiting"] == 1
        assert repo.batch("b1").counts == {"erasure_done": 1}  # type: ignore[union-attr]
    db.close()


def test_a_vault_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    key = bytes(32)
    db = Database.open(tmp_path / "v.db", key, create=True)
    db.conn.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(KnownError) as err:
        Database.open(tmp_path / "v.db", key)
    assert err.value.code is ErrorCode.VAULT_TOO_NEW


def test_key_must_be_256_bits(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        Database.open(tmp_path / "v.db", b"short", create=True)
    assert err.value.code is ErrorCode.BAD_KEY


def test_every_action_is_audited_without_personal_data(vault: Vault) -> None:
    people = PeopleService(vault)
    person = people.register(make_details("Canarina", "Zzyzx"), registration_consent())
    people.erase(person.id, ErasureReason.REGISTERED_IN_ERROR)
    rows = vault.db.conn.execute("SELECT * FROM audit_log").fetchall()
    actions = [r[3] for r in rows]
    assert actions[:2] == ["vault.created", "operator.added"]
    assert "person.created" in actions and "person.erased" in actions
    assert "Canarina" not in repr(rows) and "Zzyzx" not in repr(rows)
    assert audit.verify(vault.db.conn).ok


def test_files_are_private_to_the_user(vault: Vault, vault_dir: Path) -> None:
    for path in VaultFiles(vault_dir).all_paths():
        if path.exists():
            assert path.stat().st_mode & 0o077 == 0, path.name


def test_restore_refuses_to_replace_an_intact_slot_file(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    before = (vault_dir / "keyslots").read_bytes()
    with pytest.raises(KnownError) as err:
        Vault.restore_slots_from_backup(vault_dir)
    assert err.value.code is ErrorCode.FILE_EXISTS and "--force" in err.value.message
    assert (vault_dir / "keyslots").read_bytes() == before
    Vault.restore_slots_from_backup(vault_dir, force=True)
    with pytest.raises(KnownError):  # the backup predates omar
        Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)


def test_rebuilt_slot_file_names_who_needs_a_new_password(
    created_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = created_vault
    vault.close()
    (vault_dir / "keyslots").unlink()
    with Vault.unlock_with_recovery_key(vault_dir, recovery_key) as recovered:
        assert recovered.operators_without_slot() == [SUPERVISOR, OFFICER]
        recovered.change_password(SUPERVISOR, "rebuilt the slots")
        assert recovered.operators_without_slot() == [OFFICER]


def test_a_persons_audit_entries_are_found_through_an_index(vault: Vault) -> None:
    plan = " ".join(
        str(row[-1])
        for row in vault.db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE record_ref = ?", ("x",)
        )
    )
    assert "USING INDEX audit_log_record" in plan or "USING COVERING INDEX" in plan
