"""The queries behind the People page: keyset pages, list rows, lookups, history, households."""

from __future__ import annotations

import pytest
from conftest import SUPERVISOR, make_details, registration_consent
from fakes.clock import FakeClock

from registrar.domain import Document, Relationship
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import ErasureReason, PeopleService
from registrar.storage.audit import AuditAction
from registrar.storage.vault import Vault


def _seed(vault: Vault, n: int, given: str = "Person") -> list[str]:
    people = PeopleService(vault)
    ids = []
    with vault.db.transaction() as conn:
        for i in range(n):
            person = people.register_in(conn, make_details(f"{given} {i}"), registration_consent())
            ids.append(person.id)
    return ids


def test_pages_walk_the_whole_list_newest_first_without_gaps_or_repeats(vault: Vault) -> None:
    ids = _seed(vault, 23)
    people = PeopleService(vault)
    seen: list[str] = []
    cursor: int | None = None
    pages = 0
    while True:
        page = people.search_page(cursor=cursor, limit=10)
        pages += 1
        seen.extend(r.id for r in page.rows)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert pages == 3 and seen == list(reversed(ids))


def test_an_exactly_full_last_page_says_there_is_no_more(vault: Vault) -> None:
    _seed(vault, 10)
    page = PeopleService(vault).search_page(limit=10)
    assert len(page.rows) == 10 and page.next_cursor is None


def test_pages_of_a_name_search_ignore_case_and_accents_in_any_script(vault: Vault) -> None:
    people = PeopleService(vault)
    _seed(vault, 5, "José Núñez")
    _seed(vault, 3, "Other")
    arabic = people.register(make_details("أَمِينَة", "الحسن"), registration_consent())
    first = people.search_page("JOSE nunez", limit=3)
    assert len(first.rows) == 3 and first.next_cursor is not None
    rest = people.search_page("JOSE nunez", cursor=first.next_cursor, limit=3)
    assert len(rest.rows) == 2 and rest.next_cursor is None
    names = [r.given_name for r in first.rows + rest.rows]
    assert names == [f"José Núñez {i}" for i in (4, 3, 2, 1, 0)]
    assert [r.id for r in people.search_page("امينة").rows] == [arabic.id]
    assert people.search_page("100%_").rows == ()


def test_pages_continue_after_new_registrations_without_repeating_rows(vault: Vault) -> None:
    _seed(vault, 6)
    people = PeopleService(vault)
    first = people.search_page(limit=3)
    _seed(vault, 2, "Late")
    rest = people.search_page(cursor=first.next_cursor, limit=3)
    assert {r.id for r in first.rows}.isdisjoint(r.id for r in rest.rows)
    assert all(r.given_name.startswith("Person") for r in rest.rows)


def test_summaries_keep_the_order_asked_and_skip_unknown_ids(vault: Vault) -> None:
    a, _, c = _seed(vault, 3)
    rows = PeopleService(vault).summaries([c, "no-such-id", a, c])
    assert [r.id for r in rows] == [c, a]
    assert rows[0].given_name == "Person 2" and rows[0].birth_year == 1988


def test_registration_id_lookup_checks_the_check_character(vault: Vault) -> None:
    people = PeopleService(vault)
    person = people.register(make_details(), registration_consent())
    assert people.summary_by_registration_id(person.registration_id.lower()).id == person.id
    body, check = person.registration_id.rsplit("-", 1)
    wrong = "0" if check != "0" else "1"
    with pytest.raises(KnownError) as err:
        people.summary_by_registration_id(f"{body}-{wrong}")
    assert err.value.code is ErrorCode.REGISTRATION_ID_INVALID
    assert err.value.details["reason"] == "check_character"


def test_document_lookup_gives_list_rows_of_the_holders(vault: Vault) -> None:
    people = PeopleService(vault)
    holder = people.register(
        make_details("Samir"),
        registration_consent(),
        documents=[Document("passport", "N 0123-4567", "SYR")],
    )
    people.register(make_details("Nadia"), registration_consent())
    rows = people.summaries_by_document_number("n01234567")
    assert [r.id for r in rows] == [holder.id]
    assert people.summaries_by_document_number("X999999") == []


def test_history_has_every_version_with_who_and_when(vault: Vault, clock: FakeClock) -> None:
    people = PeopleService(vault)
    person = people.register(make_details("Mariam"), registration_consent())
    clock.advance(3600)
    people.update(person.id, make_details("Maryam"), expected_version=1)
    versions = people.version_history(person.id)
    assert [v.version for v in versions] == [1, 2]
    assert [v.details.given_name for v in versions] == ["Mariam", "Maryam"]
    assert versions[1].created_at - versions[0].created_at == clock.now() - person.created_at
    assert {v.created_by for v in versions} == {SUPERVISOR}
    trail = people.audit_trail(person.id)
    assert [e.action for e in trail] == [AuditAction.PERSON_UPDATED, AuditAction.PERSON_CREATED]
    assert all(e.record_ref == person.id and e.operator == SUPERVISOR for e in trail)


def test_household_members_are_listed_in_registration_order(vault: Vault) -> None:
    people = PeopleService(vault)
    household = people.create_household()
    head = people.register(
        make_details("Ali", household_id=household.id, relationship=Relationship.HEAD),
        registration_consent(),
    )
    child = people.register(
        make_details("Huda", household_id=household.id, relationship=Relationship.CHILD),
        registration_consent(),
    )
    people.register(make_details("Elsewhere"), registration_consent())
    members = people.household_members(household.id)
    assert [m.id for m in members] == [head.id, child.id]
    assert members[1].details.relationship is Relationship.CHILD


def test_an_erased_person_leaves_the_pages_and_lookups(vault: Vault) -> None:
    a, b = _seed(vault, 2)
    people = PeopleService(vault)
    people.erase(a, ErasureReason.REGISTERED_IN_ERROR)
    assert [r.id for r in people.search_page().rows] == [b]
    assert people.summaries([a]) == [] and people.version_history(a) == []
