"""Supervisors manage operators: reset, disable, enable, change role; re-authentication."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from fakes.clock import FakeClock

from registrar.domain import Role
from registrar.errors import ErrorCode, KnownError
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.keyslots import SlotFile
from registrar.storage.vault import Vault

TEMPORARY = "temporary password 1"
CHOSEN = "chosen by omar 2"


def _code(call: Callable[[], object]) -> ErrorCode:
    with pytest.raises(KnownError) as err:
        call()
    return err.value.code


def _actions(vault: Vault, name: str) -> list[str]:
    return [
        str(e.action)
        for e in reversed(audit.entries(vault.db.conn, limit=1000))
        if e.record_ref == f"operator:{name}"
    ]


def test_a_reset_password_must_be_changed_at_the_next_unlock(vault: Vault, vault_dir: Path) -> None:
    vault.reset_password(OFFICER, TEMPORARY)
    omar = next(o for o in vault.operators() if o.name == OFFICER)
    assert omar.must_change_password and omar.active
    assert not next(o for o in vault.operators() if o.name == SUPERVISOR).must_change_password
    assert _actions(vault, OFFICER)[-1] == AuditAction.PASSWORD_RESET.value
    vault.close()

    assert _code(lambda: Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)) is (
        ErrorCode.UNLOCK_FAILED
    )
    with Vault.unlock(vault_dir, OFFICER, TEMPORARY) as officer:
        assert officer.must_change_password and officer.session.must_change_password
        # The temporary password is not a new one.
        with pytest.raises(KnownError) as err:
            officer.change_password(OFFICER, TEMPORARY)
        assert err.value.code is ErrorCode.PASSWORD_CHANGE_REQUIRED
        assert err.value.details["reason"] == "same"
        officer.change_password(OFFICER, CHOSEN)
        assert not officer.must_change_password

    assert _code(lambda: Vault.unlock(vault_dir, OFFICER, TEMPORARY)) is ErrorCode.UNLOCK_FAILED
    with Vault.unlock(vault_dir, OFFICER, CHOSEN) as officer:
        assert not officer.must_change_password
        assert officer.session.role is Role.OFFICER
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as supervisor:
        assert not next(o for o in supervisor.operators() if o.name == OFFICER).must_change_password
        assert _actions(supervisor, OFFICER)[-1] == AuditAction.PASSWORD_CHANGED.value
        assert audit.verify(supervisor.db.conn).ok


def test_a_supervisor_with_a_temporary_password_cannot_act_as_supervisor_until_changed(
    vault: Vault, vault_dir: Path
) -> None:
    vault.add_operator("lina", Role.SUPERVISOR, TEMPORARY, temporary=True)
    assert next(o for o in vault.operators() if o.name == "lina").must_change_password
    vault.close()
    with Vault.unlock(vault_dir, "lina", TEMPORARY) as lina:
        assert lina.must_change_password and lina.session.is_supervisor
        attempts: list[Callable[[], object]] = [
            lambda: lina.add_operator("x2", Role.OFFICER, "some password 1"),
            lambda: lina.reset_password(OFFICER, "another temporary"),
            lambda: lina.disable_operator(OFFICER),
            lambda: lina.change_role(OFFICER, Role.SUPERVISOR),
            lambda: lina.save_settings(lina.settings()),
            lambda: lina.change_password(OFFICER, "another temporary"),  # a reset
        ]
        for attempt in attempts:
            assert _code(attempt) is ErrorCode.PASSWORD_CHANGE_REQUIRED
        lina.change_password("lina", "lina's own password")
        assert not lina.must_change_password
        lina.reset_password(OFFICER, "another temporary")  # now she may


def test_resetting_your_own_password_is_a_change(vault: Vault, vault_dir: Path) -> None:
    vault.reset_password(SUPERVISOR, "my next password")
    assert _actions(vault, SUPERVISOR)[-1] == AuditAction.PASSWORD_CHANGED.value
    assert not vault.must_change_password
    vault.close()
    with Vault.unlock(vault_dir, SUPERVISOR, "my next password") as again:
        assert not again.must_change_password


def test_another_operators_password_set_by_a_supervisor_is_temporary(
    vault: Vault, vault_dir: Path
) -> None:
    vault.change_password(OFFICER, TEMPORARY)
    assert _actions(vault, OFFICER)[-1] == AuditAction.PASSWORD_RESET.value
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, TEMPORARY) as officer:
        assert officer.must_change_password


def test_a_password_set_with_the_recovery_key_is_the_operators_own(
    created_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = created_vault
    vault.reset_password(OFFICER, TEMPORARY)
    vault.close()
    with Vault.unlock_with_recovery_key(vault_dir, recovery_key) as recovered:
        recovered.change_password(OFFICER, CHOSEN)
        recovered.change_password(SUPERVISOR, "recovered password")
    with Vault.unlock(vault_dir, OFFICER, CHOSEN) as officer:
        assert not officer.must_change_password
    with Vault.unlock(vault_dir, SUPERVISOR, "recovered password") as supervisor:
        assert not supervisor.must_change_password


def test_a_disabled_operator_cannot_unlock_until_enabled_with_a_temporary_password(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    vault.disable_operator(OFFICER)
    omar = next(o for o in vault.operators() if o.name == OFFICER)
    assert not omar.active and omar.removed_at == clock.now()
    assert _code(lambda: vault.disable_operator(OFFICER)) is ErrorCode.OPERATOR_UNKNOWN
    assert _code(lambda: vault.reset_password(OFFICER, TEMPORARY)) is ErrorCode.OPERATOR_UNKNOWN
    assert _code(lambda: vault.change_role(OFFICER, Role.SUPERVISOR)) is (
        ErrorCode.OPERATOR_UNKNOWN
    )
    assert _code(lambda: vault.enable_operator(SUPERVISOR, TEMPORARY)) is ErrorCode.OPERATOR_ACTIVE
    assert _code(lambda: vault.enable_operator("nobody", TEMPORARY)) is ErrorCode.OPERATOR_UNKNOWN
    assert _code(lambda: vault.enable_operator(OFFICER, "short")) is ErrorCode.PASSWORD_TOO_SHORT
    vault.close()
    assert _code(lambda: Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)) is (
        ErrorCode.UNLOCK_FAILED
    )

    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as supervisor:
        supervisor.enable_operator(OFFICER, TEMPORARY)
        omar = next(o for o in supervisor.operators() if o.name == OFFICER)
        assert omar.active and omar.must_change_password and omar.removed_at is None
        assert omar.role is Role.OFFICER
        assert _actions(supervisor, OFFICER) == [
            AuditAction.OPERATOR_ADDED.value,
            AuditAction.OPERATOR_REMOVED.value,
            AuditAction.OPERATOR_ENABLED.value,
        ]
    assert _code(lambda: Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)) is (
        ErrorCode.UNLOCK_FAILED
    )
    with Vault.unlock(vault_dir, OFFICER, TEMPORARY) as officer:
        assert officer.must_change_password and officer.session.role is Role.OFFICER


def test_a_role_change_takes_effect_at_the_next_unlock_and_rewraps_the_slot(
    vault: Vault, vault_dir: Path
) -> None:
    slots = SlotFile(vault_dir / "keyslots")
    assert slots.load().operator_slot(OFFICER).role is Role.OFFICER  # type: ignore[union-attr]
    vault.change_role(OFFICER, Role.SUPERVISOR)
    vault.change_role(OFFICER, Role.SUPERVISOR)  # already: nothing happens, nothing audited
    assert next(o for o in vault.operators() if o.name == OFFICER).role is Role.SUPERVISOR
    assert _actions(vault, OFFICER) == [
        AuditAction.OPERATOR_ADDED.value,
        AuditAction.OPERATOR_ROLE_CHANGED.value,
    ]
    # The slot keeps its old role until omar unlocks: only his password can wrap it again.
    assert slots.load().operator_slot(OFFICER).role is Role.OFFICER  # type: ignore[union-attr]
    vault.close()

    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as omar:
        assert omar.session.role is Role.SUPERVISOR
        omar.add_operator("sara", Role.OFFICER, "sara password 1")  # a supervisor now
    rewrapped = slots.load().operator_slot(OFFICER)
    assert rewrapped is not None and rewrapped.role is Role.SUPERVISOR
    assert rewrapped.unwrap_with_password(OFFICER_PASSWORD) is not None
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as again:
        assert again.session.role is Role.SUPERVISOR
        # and back: the database decides, even over a slot that says supervisor
        again.change_role("sara", Role.OFFICER)  # already an officer: nothing to do
        again.change_role(SUPERVISOR, Role.OFFICER)
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as amina:
        assert amina.session.role is Role.OFFICER
        assert _code(lambda: amina.disable_operator(OFFICER)) is ErrorCode.NOT_PERMITTED
        assert audit.verify(amina.db.conn).ok


def test_an_old_slot_from_a_backup_gives_neither_an_old_role_nor_a_disabled_operator(
    vault: Vault, vault_dir: Path
) -> None:
    vault.add_operator("lina", Role.SUPERVISOR, "lina password 1")
    backup = (vault_dir / "keyslots").read_bytes()  # lina a supervisor, omar with a slot
    vault.change_role("lina", Role.OFFICER)
    vault.disable_operator(OFFICER)
    vault.close()

    (vault_dir / "keyslots").write_bytes(backup)  # someone puts an old copy back
    with Vault.unlock(vault_dir, "lina", "lina password 1") as lina:
        assert lina.session.role is Role.OFFICER
    with pytest.raises(KnownError) as err:
        Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    assert err.value.code is ErrorCode.UNLOCK_FAILED and "removed" in err.value.message

    # The same through the official restore command.
    (vault_dir / "keyslots.bak").write_bytes(backup)
    Vault.restore_slots_from_backup(vault_dir, force=True)
    assert _code(lambda: Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)) is (
        ErrorCode.UNLOCK_FAILED
    )


def test_an_officer_may_do_none_of_it(vault: Vault, vault_dir: Path) -> None:
    vault.add_operator("sara", Role.OFFICER, "sara password 1")
    vault.disable_operator("sara")
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        attempts: list[Callable[[], object]] = [
            lambda: officer.add_operator("x2", Role.OFFICER, "some password 1"),
            lambda: officer.disable_operator(SUPERVISOR),
            lambda: officer.remove_operator(SUPERVISOR),
            lambda: officer.enable_operator("sara", TEMPORARY),
            lambda: officer.reset_password(SUPERVISOR, TEMPORARY),
            lambda: officer.change_password(SUPERVISOR, TEMPORARY),
            lambda: officer.change_role(OFFICER, Role.SUPERVISOR),
            lambda: officer.change_role(SUPERVISOR, Role.OFFICER),
        ]
        for attempt in attempts:
            with pytest.raises(KnownError) as err:
                attempt()
            assert err.value.code is ErrorCode.NOT_PERMITTED
            assert "supervisor" in err.value.message
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as supervisor:
        by_name = {o.name: o for o in supervisor.operators()}
        assert by_name[SUPERVISOR].role is Role.SUPERVISOR and by_name[SUPERVISOR].active
        assert by_name[OFFICER].role is Role.OFFICER and not by_name["sara"].active
        assert not any(o.must_change_password for o in by_name.values())


def test_the_last_supervisor_and_yourself_are_guarded(
    created_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = created_vault
    assert _code(lambda: vault.disable_operator(SUPERVISOR)) is ErrorCode.NOT_PERMITTED
    assert _code(lambda: vault.change_role(SUPERVISOR, Role.OFFICER)) is ErrorCode.NOT_PERMITTED
    assert _code(lambda: vault.change_role("nobody", Role.OFFICER)) is ErrorCode.OPERATOR_UNKNOWN
    vault.close()
    # Only a recovery session is a supervisor who is not an operator: it meets the last guard.
    with Vault.unlock_with_recovery_key(vault_dir, recovery_key) as recovered:
        assert _code(lambda: recovered.change_role(SUPERVISOR, Role.OFFICER)) is (
            ErrorCode.OPERATOR_LAST_SUPERVISOR
        )
        assert _code(lambda: recovered.disable_operator(SUPERVISOR)) is (
            ErrorCode.OPERATOR_LAST_SUPERVISOR
        )
        recovered.change_role(OFFICER, Role.SUPERVISOR)
        recovered.change_role(SUPERVISOR, Role.OFFICER)  # omar is a supervisor now
        assert _code(lambda: recovered.change_role(OFFICER, Role.OFFICER)) is (
            ErrorCode.OPERATOR_LAST_SUPERVISOR
        )
        assert _code(lambda: recovered.disable_operator(OFFICER)) is (
            ErrorCode.OPERATOR_LAST_SUPERVISOR
        )
        recovered.disable_operator(SUPERVISOR)  # an officer now: may go
        assert audit.verify(recovered.db.conn).ok


def test_confirm_password_is_audited_counted_and_expires(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    vault.close()
    supervisor = Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD, clock=clock)
    try:
        assert not supervisor.reauthenticated_within(5)  # unlocking is not a confirmation
        with pytest.raises(KnownError) as err:
            supervisor.confirm_password("not my password")
        assert err.value.code is ErrorCode.REAUTH_FAILED and err.value.details["wait_s"] == 0
        assert not supervisor.reauthenticated_within(5)
        assert _code(lambda: supervisor.confirm_password(OFFICER_PASSWORD)) is (
            ErrorCode.REAUTH_FAILED
        )

        supervisor.confirm_password(SUPERVISOR_PASSWORD)
        assert supervisor.reauthenticated_within(5)
        clock.advance(4 * 60)
        assert supervisor.reauthenticated_within(5)
        assert not supervisor.reauthenticated_within(3)
        clock.advance(61 + 1)
        assert not supervisor.reauthenticated_within(5)
        supervisor.confirm_password(SUPERVISOR_PASSWORD)
        assert supervisor.reauthenticated_within(0.5)

        actions = _actions(supervisor, SUPERVISOR)
        assert actions.count(AuditAction.REAUTHENTICATED.value) == 2
        # No entry for a wrong password: the lockout file counts those.
        assert len(actions) == 2
        assert audit.verify(supervisor.db.conn).ok
    finally:
        supervisor.close()
    assert not supervisor.reauthenticated_within(5)  # closing forgets it


def test_wrong_confirmations_count_toward_the_unlock_lockout(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock) as officer:
        for _ in range(2):
            assert _code(lambda: officer.confirm_password("wrong password")) is (
                ErrorCode.REAUTH_FAILED
            )
        with pytest.raises(KnownError) as err:
            officer.confirm_password("wrong password")
        assert err.value.code is ErrorCode.REAUTH_FAILED and err.value.details["wait_s"] == 30
        # Locked out now, even with the right password ...
        assert _code(lambda: officer.confirm_password(OFFICER_PASSWORD)) is (
            ErrorCode.UNLOCK_LOCKED_OUT
        )
        # ... and at the login window too.
        assert _code(lambda: Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock)) is (
            ErrorCode.UNLOCK_LOCKED_OUT
        )
        clock.advance(31)
        officer.confirm_password(OFFICER_PASSWORD)  # an officer may confirm too
        assert officer.reauthenticated_within(1)
    # Success reset the counter.
    Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD, clock=clock).close()


def test_a_recovery_session_confirms_with_the_recovery_key(
    created_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery_key = created_vault
    vault.close()
    with Vault.unlock_with_recovery_key(vault_dir, recovery_key) as recovered:
        assert _code(lambda: recovered.confirm_password(SUPERVISOR_PASSWORD)) is (
            ErrorCode.REAUTH_FAILED
        )
        recovered.confirm_password(recovery_key.lower())
        assert recovered.reauthenticated_within(1)


def test_the_audit_log_names_operators_but_holds_no_passwords(vault: Vault) -> None:
    vault.reset_password(OFFICER, TEMPORARY)
    vault.change_role(OFFICER, Role.SUPERVISOR)
    vault.disable_operator(OFFICER)
    vault.enable_operator(OFFICER, "enabled again 1")
    vault.confirm_password(SUPERVISOR_PASSWORD)
    rows = repr(vault.db.conn.execute("SELECT * FROM audit_log").fetchall())
    for secret in (TEMPORARY, "enabled again 1", SUPERVISOR_PASSWORD, OFFICER_PASSWORD):
        assert secret not in rows
    assert _actions(vault, OFFICER) == [
        AuditAction.OPERATOR_ADDED.value,
        AuditAction.PASSWORD_RESET.value,
        AuditAction.OPERATOR_ROLE_CHANGED.value,
        AuditAction.OPERATOR_REMOVED.value,
        AuditAction.OPERATOR_ENABLED.value,
    ]
    assert _actions(vault, SUPERVISOR) == [AuditAction.REAUTHENTICATED.value]
    report = audit.verify(vault.db.conn)
    assert report.ok and report.entries >= 7
