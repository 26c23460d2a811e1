"""The audit hash chain detects an edited, deleted, reordered or cut-off entry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import make_details, registration_consent

from registrar.services.people import PeopleService
from registrar.storage import audit
from registrar.storage.vault import Vault


def _seed(vault: Vault) -> None:
    people = PeopleService(vault)
    for i in range(4):
        people.register(make_details(f"P{i}", "Audit"), registration_consent())


def _as_attacker(conn: Any, *sql: str) -> None:
    """Someone with the key edits the table directly, dropping the append-only triggers."""
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in sql:
        conn.execute(statement)


def test_the_application_cannot_update_or_delete_entries(vault: Vault) -> None:
    conn = vault.db.conn
    for statement in (
        "UPDATE audit_log SET operator = 'x' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
    ):
        with pytest.raises(Exception, match="append-only"):
            conn.execute(statement)


def test_untouched_chain_verifies(vault: Vault) -> None:
    _seed(vault)
    report = audit.verify(vault.db.conn)
    assert report.ok and report.entries == 6  # created, operator added, 4 people


TAMPERING: dict[str, Callable[[Any], None]] = {
    "edited operator": lambda c: _as_attacker(
        c, "UPDATE audit_log SET operator = 'omar' WHERE seq = 3"
    ),
    "edited action": lambda c: _as_attacker(
        c, "UPDATE audit_log SET action = 'person.updated' WHERE seq = 4"
    ),
    "deleted middle": lambda c: _as_attacker(c, "DELETE FROM audit_log WHERE seq = 4"),
    "deleted last": lambda c: _as_attacker(
        c, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"
    ),
    "reordered": lambda c: _as_attacker(
        c,
        "UPDATE audit_log SET seq = 100 WHERE seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE seq = 100",
    ),
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_tampering_is_detected(vault: Vault, how: str) -> None:
    _seed(vault)
    TAMPERING[how](vault.db.conn)
    report = audit.verify(vault.db.conn)
    assert not report.ok
    assert report.problems[0].startswith(("entry", "the chain"))


def test_rehashing_from_the_tampered_entry_on_is_still_caught_by_the_head(vault: Vault) -> None:
    _seed(vault)
    conn = vault.db.conn
    _as_attacker(conn, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    assert any("cut off" in p for p in audit.verify(conn).problems)
