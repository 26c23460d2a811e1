"""End-of-day approval gates the outbox; backlog guards warn and can stop registrations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, make_details
from fakes.clock import FakeClock
from support.review_seed import case, person

from registrar.domain.model import RecordState
from registrar.errors import ErrorCode, KnownError
from registrar.services.approvals import ApprovalService
from registrar.services.guards import Backlog, backlog_warnings, ensure_registration_allowed
from registrar.services.people import PeopleService
from registrar.settings import GuardSettings, ReviewSettings
from registrar.storage import audit
from registrar.storage.vault import Vault
from registrar.sync.outbox import Outbox


def _require_approval(vault: Vault, on: bool = True) -> None:
    settings = vault.settings()
    vault.save_settings(replace(settings, review=replace(settings.review, end_of_day_approval=on)))


def test_without_the_setting_every_complete_record_is_ready(vault: Vault) -> None:
    a, b = person(vault, "Ali"), person(vault, "Badr")
    PeopleService(vault).set_state(b, RecordState.QUEUED)
    assert Outbox(vault).ready() == [a]


def test_approval_gates_the_outbox_version_by_version(vault: Vault, clock: FakeClock) -> None:
    _require_approval(vault)
    a = person(vault, "Ali")
    clock.advance(60)
    b = person(vault, "Badr")
    clock.advance(60)
    c = person(vault, "Chadi")
    outbox, approvals = Outbox(vault), ApprovalService(vault)
    assert outbox.ready() == []
    assert [r.person_id for r in approvals.waiting()] == [a, b, c]

    result = approvals.approve([(a, 1), (b, 1)])  # in bulk
    assert result.decided == 2 and outbox.ready() == [a, b]
    refused = approvals.reject(c, 1, "The date of birth is missing the day")
    assert refused.decided == 1 and outbox.ready() == [a, b]
    assert [(r.person_id, r.rejected_reason) for r in approvals.rejected()] == [
        (c, "The date of birth is missing the day")
    ]
    assert approvals.waiting() == []

    # An edit is a new version: it waits for approval again, and the refusal no longer shows.
    people = PeopleService(vault)
    clock.advance(60)
    people.update(b, make_details("Badr", "Haddad-Nasser"), expected_version=1)
    clock.advance(60)
    people.update(c, make_details("Chadi", birth_date=None), expected_version=1)
    assert outbox.ready() == [a]
    assert [r.person_id for r in approvals.waiting()] == [b, c]
    assert approvals.rejected() == []

    # A supervisor who approved version 1 does not approve version 2 blind.
    stale = approvals.approve([(b, 1)])
    assert stale.decided == 0 and stale.skipped == (b,)
    approvals.approve([(b, 2), (c, 2)])
    assert outbox.ready() == [a, b, c]

    actions = [e.action for e in audit.entries(vault.db.conn, 20)]
    assert actions.count("person.approved") == 4 and actions.count("person.rejected") == 1
    assert audit.verify(vault.db.conn).ok

    _require_approval(vault, on=False)
    assert Outbox(vault).ready() == [a, b, c]


def test_a_refusal_needs_a_reason_and_officers_cannot_approve(
    vault: Vault, vault_dir: Path
) -> None:
    _require_approval(vault)
    a = person(vault, "Ali")
    with pytest.raises(KnownError) as err:
        ApprovalService(vault).reject(a, 1, "  ")
    assert err.value.code is ErrorCode.REASON_REQUIRED
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        approvals = ApprovalService(officer)
        assert approvals.count_waiting() == 1
        attempts: list[Callable[[], object]] = [
            lambda: approvals.approve([(a, 1)]),
            lambda: approvals.reject(a, 1, "x"),
        ]
        for attempt in attempts:
            with pytest.raises(KnownError) as err:
                attempt()
            assert err.value.code is ErrorCode.NOT_PERMITTED
        assert Outbox(officer).ready() == []


def _guards(vault: Vault, **values: object) -> None:
    settings = vault.settings()
    vault.save_settings(replace(settings, guards=GuardSettings(**values)))  # type: ignore[arg-type]


def test_guards_warn_on_size_and_age_and_say_what_to_do(vault: Vault, clock: FakeClock) -> None:
    _guards(
        vault, review_max_cases=1, review_max_age_days=2, sync_max_records=2, sync_max_age_days=3
    )
    a, b, c = person(vault, "Ali"), person(vault, "Badr"), person(vault, "Chadi")
    case(vault, a, b, 0.3)
    assert [w.kind for w in backlog_warnings(vault)] == [Backlog.SYNC_SIZE]
    case(vault, c, b, 0.3)
    clock.advance(4 * 86400)
    warnings = {w.kind: w for w in backlog_warnings(vault)}
    assert set(warnings) == set(Backlog)
    assert warnings[Backlog.REVIEW_SIZE].value == 2
    assert warnings[Backlog.SYNC_AGE].value == pytest.approx(4.0)
    assert "review queue" in warnings[Backlog.REVIEW_SIZE].message
    assert "sync now" in warnings[Backlog.SYNC_SIZE].message
    ensure_registration_allowed(vault)  # warnings only: registering goes on


def test_a_stopping_guard_refuses_new_registrations_until_the_backlog_shrinks(
    vault: Vault,
) -> None:
    _guards(
        vault,
        review_max_cases=0,
        review_max_age_days=0,
        sync_max_records=1,
        sync_max_age_days=0,
        stop_registration=True,
    )
    a, b = person(vault, "Ali"), person(vault, "Badr")
    with pytest.raises(KnownError) as err:
        ensure_registration_allowed(vault)
    assert err.value.code is ErrorCode.REGISTRATION_STOPPED
    assert err.value.details["kinds"] == ["sync_size"]
    PeopleService(vault).set_state(a, RecordState.QUEUED)
    PeopleService(vault).set_state(a, RecordState.SYNCED)
    ensure_registration_allowed(vault)
    assert b


def test_review_settings_are_validated() -> None:
    with pytest.raises(KnownError):
        ReviewSettings(reauth_grace_minutes=-1)
    with pytest.raises(KnownError):
        GuardSettings(sync_max_records=-5)
