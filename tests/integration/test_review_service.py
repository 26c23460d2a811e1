"""The supervisor's review: queue order and filters, decisions, revisions, identities, flags."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import OFFICER, OFFICER_PASSWORD
from fakes.clock import FakeClock
from support.review_seed import case, person

from registrar.domain.model import Band, CaseState, Decision, Relationship
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import PeopleService
from registrar.services.review import REASONS, Flag, Reason, ReviewService, household_flags
from registrar.storage import audit
from registrar.storage.cases import QueueQuery
from registrar.storage.vault import Vault


def test_the_queue_shows_one_row_per_group_strong_first_then_closer_then_older(
    vault: Vault, clock: FakeClock
) -> None:
    a, b, c, d, e = (person(vault, n) for n in ("Ali", "Badr", "Chadi", "Dana", "Eman"))
    case(vault, a, b, 0.47)  # possible
    clock.advance(3600)
    case(vault, c, d, 0.30)  # strong
    case(vault, c, e, 0.45, group=c)  # same group as c-d: one row with two cases
    clock.advance(3600)
    case(vault, e, a, 0.30)  # strong, as close as c-d but newer
    page = ReviewService(vault).queue()
    assert [(r.anchor_id, r.band, r.cases) for r in page.rows] == [
        (c, Band.STRONG, 2),
        (e, Band.STRONG, 1),
        (a, Band.POSSIBLE, 1),
    ]
    assert page.total == 3
    assert ReviewService(vault).open_count() == 4


def test_the_queue_filters_by_operator_band_site_and_date(
    vault: Vault, vault_dir: object, clock: FakeClock
) -> None:
    a, b = person(vault, "Ali"), person(vault, "Badr")
    case(vault, b, a, 0.45)
    clock.advance(2 * 86400)
    c = person(vault, "Chadi")
    case(vault, c, a, 0.35)
    review = ReviewService(vault)
    assert [r.anchor_id for r in review.queue(QueueQuery(band=Band.POSSIBLE)).rows] == [b]
    today = clock.now().date()
    assert [r.anchor_id for r in review.queue(QueueQuery(since=today)).rows] == [c]
    assert [
        r.anchor_id for r in review.queue(QueueQuery(until=today - dt.timedelta(days=1))).rows
    ] == [b]
    assert len(review.queue(QueueQuery(site="KAK")).rows) == 2
    assert review.queue(QueueQuery(site="ZZ")).rows == ()
    assert len(review.queue(QueueQuery(operator="amina")).rows) == 2
    assert review.queue(QueueQuery(operator="omar")).rows == ()
    assert review.filter_choices() == (["KAK"], ["amina"])


def test_an_officer_sees_the_count_but_cannot_open_or_decide(
    vault: Vault, vault_dir: object
) -> None:
    a, b = person(vault, "Ali"), person(vault, "Badr")
    case_id = case(vault, a, b, 0.3)
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:  # type: ignore[arg-type]
        review = ReviewService(officer)
        assert review.open_count() == 1
        for attempt in (
            lambda: review.queue(),
            lambda: review.case_file(case_id),
            lambda: review.decide(case_id, Decision.SAME, Reason.SAME_DOCUMENT),
        ):
            with pytest.raises(KnownError) as err:
                attempt()
            assert err.value.code is ErrorCode.NOT_PERMITTED
        assert review.open_count() == 1


def test_decisions_link_records_and_revisions_keep_both_decisions_in_the_audit(
    vault: Vault,
) -> None:
    a, b, c = person(vault, "Ali"), person(vault, "Ali", "Hadad"), person(vault, "Ally")
    ab, bc = case(vault, b, a, 0.31), case(vault, c, b, 0.33)
    review = ReviewService(vault)

    decided = review.decide(ab, Decision.SAME, Reason.SAME_FACE_AND_DETAILS)
    assert decided.state is CaseState.DECIDED and decided.decision is Decision.SAME
    identity = review.identity_of(b)
    assert identity is not None and identity.primary_id == a  # the earlier registration
    assert set(identity.members) == {a, b}

    review.decide(bc, Decision.SAME, Reason.SAME_DOCUMENT, primary_id=c)
    identity = review.identity_of(a)
    assert identity is not None and set(identity.members) == {a, b, c}
    assert identity.primary_id == c  # the latest decision named c

    # Revise a-b: a leaves the identity, b and c stay linked; nothing is deleted.
    review.decide(ab, Decision.DIFFERENT, Reason.DIFFERENT_RELATIVES, "twin brother")
    assert review.identity_of(a) is None
    identity = review.identity_of(b)
    assert identity is not None and set(identity.members) == {b, c} and identity.primary_id == c
    assert PeopleService(vault).count() == 3

    history = review.history(ab)
    assert [(h.decision, h.reason_code, h.note) for h in history] == [
        (Decision.SAME, "same.face_and_details", ""),
        (Decision.DIFFERENT, "different.relatives", "twin brother"),
    ]
    trail = [(e.action, e.record_ref) for e in reversed(audit.entries(vault.db.conn, 10))]
    assert ("case.decided.same", ab) in trail and ("case.decided.different", ab) in trail
    assert trail.index(("case.decided.same", ab)) < trail.index(("case.decided.different", ab))
    assert all("twin" not in str(ref) for _, ref in trail)  # free text stays out of the log
    assert audit.verify(vault.db.conn).ok

    # Undo the last link too: no identity is left.
    review.decide(bc, Decision.INTERVIEW, Reason.INTERVIEW_CONFLICT)
    assert review.identity_of(b) is None and review.identity_of(c) is None
    assert review.open_count() == 0
    assert [r.anchor_id for r in review.queue(QueueQuery(status="interview")).rows] == [c]
    assert [r.anchor_id for r in review.queue(QueueQuery(status="decided")).rows] == [b]


def test_a_decision_needs_a_fitting_reason_and_words_for_other(vault: Vault) -> None:
    a, b = person(vault, "Ali"), person(vault, "Badr")
    case_id = case(vault, a, b, 0.3)
    review = ReviewService(vault)
    with pytest.raises(KnownError) as err:
        review.decide(case_id, Decision.SAME, Reason.DIFFERENT_FACE)
    assert err.value.code is ErrorCode.INVALID_FIELD
    with pytest.raises(KnownError) as err:
        review.decide(case_id, Decision.DIFFERENT, Reason.DIFFERENT_OTHER, "   ")
    assert err.value.code is ErrorCode.REASON_REQUIRED
    with pytest.raises(KnownError) as err:
        review.decide(case_id, Decision.SAME, Reason.SAME_DOCUMENT, primary_id="someone-else")
    assert err.value.code is ErrorCode.INVALID_FIELD
    assert review.history(case_id) == [] and review.open_count() == 1
    assert all(r.decision is d for d, rs in REASONS.items() for r in rs)


def test_household_flags_name_what_makes_a_pair_suspicious(vault: Vault, clock: FakeClock) -> None:
    people = PeopleService(vault)
    h1, h2 = people.create_household(), people.create_household()
    head = person(vault, "Ali", household_id=h1.id, relationship=Relationship.HEAD)
    head_again = person(vault, "Ali", household_id=h2.id, relationship=Relationship.HEAD)
    child = person(
        vault,
        "Sami",
        household_id=h1.id,
        relationship=Relationship.CHILD,
        birth_year=clock.now().year - 9,
    )
    child_again = person(
        vault,
        "Sami",
        household_id=h2.id,
        relationship=Relationship.CHILD,
        birth_year=clock.now().year - 9,
    )
    alone = person(vault, "Ali")
    today = clock.now().date()
    get = people.get
    assert household_flags(get(head).person, get(head_again).person, today) == (
        Flag.TWO_HOUSEHOLDS,
        Flag.HEAD_WITH_ANOTHER_FAMILY,
    )
    assert household_flags(get(child).person, get(child_again).person, today) == (
        Flag.TWO_HOUSEHOLDS,
        Flag.CHILD_IN_TWO_HOUSEHOLDS,
    )
    assert household_flags(get(head).person, get(alone).person, today) == ()
    case_id = case(vault, child_again, child, 0.3)
    file = ReviewService(vault).case_file(case_id)
    assert Flag.CHILD_IN_TWO_HOUSEHOLDS in file.flags
    assert {p.id for p in file.a.household} | {p.id for p in file.b.household} == {
        head,
        head_again,
        child,
        child_again,
    }
    assert ReviewService(vault).queue().rows[0].households_differ


def test_the_case_file_holds_both_records_their_history_and_the_group(vault: Vault) -> None:
    a, b, c = person(vault, "Ali"), person(vault, "Badr"), person(vault, "Chadi")
    first = case(vault, c, a, 0.3)
    case(vault, c, b, 0.45)
    PeopleService(vault).update(a, PeopleService(vault).get(a).person.details, expected_version=1)
    file = ReviewService(vault).case_file(first)
    assert {file.a.record.person.id, file.b.record.person.id} == {a, c}
    side_a = file.a if file.a.record.person.id == a else file.b
    assert [v.version for v in side_a.versions] == [1, 2]
    assert [g.distance for g in file.group] == [0.3, 0.45]
    with pytest.raises(KnownError) as err:
        ReviewService(vault).case_file("no-such-case")
    assert err.value.code is ErrorCode.CASE_NOT_FOUND
