"""The supervisor's review of suspected duplicates: the queue, one case's evidence, decisions.

A decision never deletes anything. "Same person" links the two records under one identity
(one record is its primary); "different people" and "needs interview" link nothing. A
decision can be revised: the case keeps its latest decision, ``case_decisions`` keeps every
one, and the audit log has an entry per decision. Identities are rebuilt from the current
"same person" decisions each time, so a revision that breaks a link splits the identity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from registrar.domain.model import (
    Decision,
    DuplicateCase,
    Person,
    PersonRecord,
    Relationship,
)
from registrar.errors import ErrorCode, KnownError
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.cases import (
    CaseRepository,
    DecisionEntry,
    QueueQuery,
    QueueRow,
    ReviewRepository,
)
from registrar.storage.people import PeopleRepository, PersonVersion
from registrar.storage.sync import SyncRepository
from registrar.storage.vault import Vault

NOTE_MAX_CHARS = 2000
ADULT_AGE = 18


class Reason(StrEnum):
    """Why a supervisor decided as they did; ``*_OTHER`` needs a note in words."""

    SAME_FACE_AND_DETAILS = "same.face_and_details"
    SAME_DOCUMENT = "same.document"
    SAME_CONFIRMED = "same.confirmed_in_interview"
    SAME_OTHER = "same.other"
    DIFFERENT_FACE = "different.face"
    DIFFERENT_DETAILS = "different.details"
    DIFFERENT_RELATIVES = "different.relatives"
    DIFFERENT_DOCUMENTS = "different.documents"
    DIFFERENT_CONFIRMED = "different.confirmed_in_interview"
    DIFFERENT_OTHER = "different.other"
    INTERVIEW_PHOTO = "interview.photo_quality"
    INTERVIEW_CONFLICT = "interview.conflicting_details"
    INTERVIEW_HOUSEHOLD = "interview.household"
    INTERVIEW_OTHER = "interview.other"

    @property
    def decision(self) -> Decision:
        return Decision(self.value.split(".", 1)[0])

    @property
    def needs_note(self) -> bool:
        return self.value.endswith(".other")


REASONS: dict[Decision, tuple[Reason, ...]] = {
    d: tuple(r for r in Reason if r.decision is d) for d in Decision
}

_DECISION_ACTION = {
    Decision.SAME: AuditAction.CASE_DECIDED_SAME,
    Decision.DIFFERENT: AuditAction.CASE_DECIDED_DIFFERENT,
    Decision.INTERVIEW: AuditAction.CASE_DECIDED_INTERVIEW,
}


class Flag(StrEnum):
    """Household facts that make a pair worth a closer look."""

    TWO_HOUSEHOLDS = "two_households"  # the same face in two households
    CHILD_IN_TWO_HOUSEHOLDS = "child_in_two_households"
    HEAD_WITH_ANOTHER_FAMILY = "head_with_another_family"


def _age(person: Person, today: dt.date) -> int | None:
    d = person.details
    if d.birth_date is not None:
        born = d.birth_date
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return today.year - d.birth_year if d.birth_year is not None else None


def household_flags(a: Person, b: Person, today: dt.date) -> tuple[Flag, ...]:
    """The household flags of a pair: only when both records sit in different households."""
    ha, hb = a.details.household_id, b.details.household_id
    if ha is None or hb is None or ha == hb:
        return ()
    flags = [Flag.TWO_HOUSEHOLDS]
    ages = [x for x in (_age(a, today), _age(b, today)) if x is not None]
    if ages and min(ages) < ADULT_AGE:
        flags.append(Flag.CHILD_IN_TWO_HOUSEHOLDS)
    if Relationship.HEAD in (a.details.relationship, b.details.relationship):
        flags.append(Flag.HEAD_WITH_ANOTHER_FAMILY)
    return tuple(flags)


@dataclass(frozen=True, slots=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    total: int


@dataclass(frozen=True, slots=True)
class Identity:
    identity_id: str
    primary_id: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Side:
    """One record of a pair with what a supervisor compares: the record itself (photos,
    documents, consents), its household, its versions, and its identity if linked."""

    record: PersonRecord
    household: tuple[Person, ...]
    versions: tuple[PersonVersion, ...]
    identity: Identity | None
    # Another station's record that the hub matched with ours: (site code, station name).
    hub_copy: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class CaseFile:
    case: DuplicateCase
    a: Side
    b: Side
    decisions: tuple[DecisionEntry, ...]
    flags: tuple[Flag, ...]
    group: tuple[DuplicateCase, ...]  # every case of the group, this one included


class ReviewService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _repo(self) -> ReviewRepository:
        return ReviewRepository(self.vault.db.conn)

    def _require_supervisor(self, what: str) -> None:
        self.vault.session.require_supervisor(what)

    # what everyone may see ------------------------------------------------------------------

    def open_count(self) -> int:
        """Cases waiting for a decision. Officers see this number, nothing more."""
        return CaseRepository(self.vault.db.conn).count_open()

    def oldest_open(self) -> dt.datetime | None:
        return self._repo.oldest_open()

    # the queue (supervisors) ----------------------------------------------------------------

    def queue(
        self, query: QueueQuery | None = None, *, limit: int = 100, offset: int = 0
    ) -> QueuePage:
        self._require_supervisor("open the review queue")
        query = query or QueueQuery()
        repo = self._repo
        rows = repo.queue(query, limit, offset)
        total = len(rows) + offset if len(rows) < limit else repo.queue_size(query)
        return QueuePage(tuple(rows), total)

    def filter_choices(self) -> tuple[list[str], list[str]]:
        """The sites and operators the queue can be filtered by."""
        self._require_supervisor("open the review queue")
        return self._repo.queue_sites_and_operators()

    def group(self, group_id: str) -> list[DuplicateCase]:
        self._require_supervisor("open a case")
        cases = self._repo.group_cases(group_id)
        if not cases:
            raise KnownError(ErrorCode.CASE_NOT_FOUND, "this case no longer exists")
        return cases

    # one case ---------------------------------------------------------------------------------

    def case_file(self, case_id: str) -> CaseFile:
        """Everything a supervisor compares for one pair."""
        self._require_supervisor("open a case")
        conn = self.vault.db.conn
        case = CaseRepository(conn).get(case_id)
        if case is None:
            raise KnownError(ErrorCode.CASE_NOT_FOUND, "this case no longer exists")
        people = PeopleRepository(conn)
        review = self._repo
        a, b = self._side(people, case.person_a), self._side(people, case.person_b)
        today = self.vault.clock.now().date()
        return CaseFile(
            case=case,
            a=a,
            b=b,
            decisions=tuple(review.decisions(case_id)),
            flags=household_flags(a.record.person, b.record.person, today),
            group=tuple(review.group_cases(case.group_id)),
        )

    def _side(self, people: PeopleRepository, person_id: str) -> Side:
        record = people.record(person_id)
        household_id = record.person.details.household_id
        household = people.household_members(household_id) if household_id else []
        return Side(
            record=record,
            household=tuple(household),
            versions=tuple(people.version_history(person_id)),
            identity=self.identity_of(person_id),
            hub_copy=SyncRepository(people.conn).hub_copy_site(person_id),
        )

    def identity_of(self, person_id: str) -> Identity | None:
        repo = self._repo
        row = repo.identity_rows([person_id]).get(person_id)
        if row is None:
            return None
        members = repo.identity_members(row[0])
        primary = next((m for m, is_primary in members if is_primary), members[0][0])
        return Identity(row[0], primary, tuple(m for m, _ in members))

    def history(self, case_id: str) -> list[DecisionEntry]:
        self._require_supervisor("open a case")
        return self._repo.decisions(case_id)

    # deciding ---------------------------------------------------------------------------------

    def decide(
        self,
        case_id: str,
        decision: Decision,
        reason: Reason,
        note: str = "",
        *,
        primary_id: str | None = None,
    ) -> DuplicateCase:
        """Decide (or revise) a case in one transaction with its audit entry.

        ``primary_id`` names the record kept as the identity's primary on "same person";
        by default the earlier registration.
        """
        session = self.vault.session
        session.require_supervisor("decide on a possible duplicate")
        review = self.vault.settings().review
        if review.reauth_for_decisions and not self.vault.reauthenticated_within(
            review.reauth_grace_minutes
        ):
            raise KnownError(
                ErrorCode.REAUTH_REQUIRED,
                "confirm your password before deciding on a case",
            )
        note = note.strip()
        if reason.decision is not decision:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                f"the reason {reason.value} does not fit the decision {decision.value}",
                field="reason",
            )
        if reason.needs_note and not note:
            raise KnownError(ErrorCode.REASON_REQUIRED, "say in words why (the reason is 'other')")
        if len(note) > NOTE_MAX_CHARS:
            raise KnownError(
                ErrorCode.INVALID_FIELD,
                f"the note is longer than {NOTE_MAX_CHARS} characters",
                field="note",
            )
        now = self.vault.clock.now()
        with self.vault.db.transaction() as conn:
            cases = CaseRepository(conn)
            case = cases.get(case_id)
            if case is None:
                raise KnownError(ErrorCode.CASE_NOT_FOUND, "this case no longer exists")
            pair = (case.person_a, case.person_b)
            repo = ReviewRepository(conn)
            if decision is Decision.SAME:
                if primary_id is None:
                    order = repo.registration_order(pair)
                    primary_id = min(pair, key=lambda p: order[p])
                elif primary_id not in pair:
                    raise KnownError(
                        ErrorCode.INVALID_FIELD,
                        "the primary record must be one of the two records compared",
                        field="primary_id",
                    )
            else:
                primary_id = None
            repo.record_decision(
                DecisionEntry(
                    0, case_id, decision, reason.value, note, primary_id, session.operator, now
                )
            )
            _rebuild_identities(repo, pair)
            audit.append(conn, now, session.operator, _DECISION_ACTION[decision], case_id)
            updated = cases.get(case_id)
        assert updated is not None
        return updated


def _component(repo: ReviewRepository, start: str) -> tuple[set[str], str | None]:
    """The people linked to ``start`` by current "same person" decisions, with the latest of
    the primary that the latest of those decisions named."""
    seen, todo, latest = {start}, [start], 0
    while todo:
        for other, seq in repo.same_person_neighbours(todo.pop()):
            latest = max(latest, seq or 0)
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen, repo.primary_choice(latest) if latest else None


def _rebuild_identities(repo: ReviewRepository, people: Sequence[str]) -> None:
    """Rebuild the identity rows of the components the two people now belong to."""
    done: set[str] = set()
    for person_id in people:
        if person_id in done:
            continue
        members, chosen = _component(repo, person_id)
        done |= members
        if len(members) == 1:
            repo.unlink(person_id)
            continue
        order = repo.registration_order(sorted(members))
        primary = chosen if chosen in members else min(members, key=lambda p: order[p])
        # The identity is named after its primary record, so two parts of a split identity
        # never share a name.
        repo.set_identity(sorted(members), primary, primary)


__all__ = [
    "REASONS",
    "CaseFile",
    "Flag",
    "Identity",
    "QueuePage",
    "QueueQuery",
    "Reason",
    "ReviewService",
    "Side",
    "household_flags",
]
