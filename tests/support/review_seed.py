"""Duplicate cases seeded straight into a vault, for review, approval and report tests."""

from __future__ import annotations

import datetime as dt
import uuid

from conftest import make_details, registration_consent

from registrar.domain.model import Band, CaseSource, CaseState, DuplicateCase, PersonDetails
from registrar.services.people import PeopleService
from registrar.settings import SFACE_MODEL_ID
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Vault


def person(vault: Vault, given: str, family: str = "Haddad", **details: object) -> str:
    d: PersonDetails = make_details(given, family, **details)
    return PeopleService(vault).register(d, registration_consent()).id


def case(
    vault: Vault,
    probe: str,
    other: str,
    distance: float,
    *,
    band: Band | None = None,
    group: str | None = None,
    at: dt.datetime | None = None,
    source: CaseSource = CaseSource.ENROLMENT,
) -> str:
    """Open a case as the face service would (probe = the record whose search raised it)."""
    band = band or (Band.STRONG if distance <= 0.40 else Band.POSSIBLE)
    c = DuplicateCase(
        id=str(uuid.uuid4()),
        person_a=min(probe, other),
        person_b=max(probe, other),
        source=source,
        group_id=group or probe,
        score_id=SFACE_MODEL_ID,
        distance=distance,
        band=band,
        distances={SFACE_MODEL_ID: distance},
        fused=None,
        state=CaseState.OPEN,
        created_at=at or vault.clock.now(),
        probe_id=probe,
    )
    with vault.db.transaction() as conn:
        assert CaseRepository(conn).open_case(c)
    return c.id
