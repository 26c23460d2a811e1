"""Registering, editing, states, search and consent-aware export of people."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import make_details, registration_consent

from registrar.domain import (
    Consent,
    ConsentPurpose,
    Document,
    PersonDetails,
    RecordState,
    RegistrationId,
    Relationship,
)
from registrar.errors import ErrorCode, KnownError
from registrar.services.people import PeopleService
from registrar.storage.people import PeopleRepository
from registrar.storage.vault import Vault


def test_registration_needs_consent_to_registration(vault: Vault) -> None:
    people = PeopleService(vault)
    with pytest.raises(KnownError) as err:
        people.register(make_details(), [Consent(ConsentPurpose.DUPLICATE_CHECK, True, "ara")])
    assert err.value.code is ErrorCode.CONSENT_REQUIRED
    with pytest.raises(KnownError):
        people.register(make_details(), [Consent(ConsentPurpose.REGISTRATION, False, "ara")])
    draft = people.register(make_details(), [], state=RecordState.DRAFT)
    with pytest.raises(KnownError):
        people.set_state(draft.id, RecordState.COMPLETE)
    assert people.count() == 1


def test_ids_are_sequential_with_check_characters(vault: Vault) -> None:
    people = PeopleService(vault)
    ids = [
        people.register(make_details(), registration_consent()).registration_id for _ in range(3)
    ]
    assert [RegistrationId.parse(i).sequence for i in ids] == [1, 2, 3]
    assert all(i.startswith("KAK01-") for i in ids)


def test_edit_creates_a_new_version_and_a_new_hash(vault: Vault) -> None:
    people = PeopleService(vault)
    person = people.register(make_details(), registration_consent())
    people.set_state(person.id, RecordState.QUEUED)
    people.set_state(person.id, RecordState.SYNCED)
    edited = people.update(person.id, make_details(family="Haddad-Nasser"), expected_version=1)
    assert edited.version == 2 and edited.content_hash != person.content_hash
    assert edited.state is RecordState.COMPLETE  # must be synced again
    repo = PeopleRepository(vault.db.conn)
    assert [v for v, _ in repo.versions(person.id)] == [1, 2]
    with pytest.raises(KnownError) as err:
        people.update(person.id, make_details(), expected_version=1)
    assert err.value.code is ErrorCode.VERSION_CONFLICT


def test_states_move_only_forward_explicitly(vault: Vault) -> None:
    people = PeopleService(vault)
    person = people.register(make_details(), registration_consent())
    with pytest.raises(KnownError) as err:
        people.set_state(person.id, RecordState.SYNCED)
    assert err.value.code is ErrorCode.BAD_STATE_TRANSITION
    assert people.set_state(person.id, RecordState.QUEUED).state is RecordState.QUEUED
    assert people.get(person.id).person.state is RecordState.QUEUED


def test_same_content_gives_the_same_hash(vault: Vault) -> None:
    people = PeopleService(vault)
    a = people.register(make_details(), registration_consent())
    b = people.register(make_details(), registration_consent())
    assert a.content_hash == b.content_hash and a.id != b.id


def test_find_by_name_document_and_id(vault: Vault) -> None:
    people = PeopleService(vault)
    person = people.register(
        make_details("José", "Álvarez", birth_year=None, birth_date=dt.date(1990, 4, 21)),
        registration_consent(),
        documents=[Document("passport", "N 0123-456", "SYR")],
    )
    people.register(make_details("محمد", "الحسن"), registration_consent())
    assert [s.id for s in people.search("JOSE alvarez")] == [person.id]
    assert len(people.search("مُحَمَّد")) == 1
    assert [r.person.id for r in people.find_by_document_number("n0123456")] == [person.id]
    assert people.find_by_registration_id(person.registration_id.lower()).person.id == person.id
    assert people.search("%") == [] and people.search("_") == []


def test_households(vault: Vault) -> None:
    people = PeopleService(vault)
    household = people.create_household()
    head = make_details(household_id=household.id, relationship=Relationship.HEAD)
    person = people.register(head, registration_consent())
    assert people.get(person.id).person.details.household_id == household.id
    with pytest.raises(KnownError) as err:
        people.register(
            make_details(household_id="no-such-household", relationship=Relationship.CHILD),
            registration_consent(),
        )
    assert err.value.code is ErrorCode.HOUSEHOLD_NOT_FOUND


def test_export_honours_consent_per_purpose_and_partner(vault: Vault, tmp_path: Path) -> None:
    people = PeopleService(vault)
    only_registration = people.register(make_details("A"), registration_consent())
    dedup = people.register(make_details("B"), registration_consent(ConsentPurpose.DUPLICATE_CHECK))
    shared = people.register(
        make_details("C"),
        [*registration_consent(), Consent(ConsentPurpose.SHARING, True, "ara", "wfp")],
    )
    refused = people.register(
        make_details("D"),
        [*registration_consent(), Consent(ConsentPurpose.SHARING, False, "ara", "wfp")],
    )

    def exported(name: str, purpose: ConsentPurpose, partner: str | None = None) -> set[str]:
        path = tmp_path / name
        count = people.export_jsonl(path, purpose, partner=partner)
        ids = {json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()}
        assert len(ids) == count
        return ids

    assert exported("reg.jsonl", ConsentPurpose.REGISTRATION) == {
        only_registration.id,
        dedup.id,
        shared.id,
        refused.id,
    }
    assert exported("dedup.jsonl", ConsentPurpose.DUPLICATE_CHECK) == {dedup.id}
    assert exported("wfp.jsonl", ConsentPurpose.SHARING, "wfp") == {shared.id}
    assert exported("unhcr.jsonl", ConsentPurpose.SHARING, "unhcr") == set()
    with pytest.raises(KnownError) as err:
        people.export_jsonl(tmp_path / "reg.jsonl", ConsentPurpose.REGISTRATION)
    assert err.value.code is ErrorCode.FILE_EXISTS


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"given_name": "", "family_name": ""}, "given_name"),
        ({"given_name": "A", "birth_date": dt.date(2999, 1, 1)}, "birth_date"),
        ({"given_name": "A", "birth_date": dt.date(1990, 1, 1), "birth_year": 1990}, "birth_date"),
        ({"given_name": "A", "nationality": "QQQ"}, "nationality"),
        ({"given_name": "A", "nationality": "sy"}, "nationality"),
        ({"given_name": "A", "languages": ("arabic",)}, "languages"),
        ({"given_name": "A", "phone": "call me"}, "phone"),
        ({"given_name": "A\x00B"}, "given_name"),
        ({"given_name": "A", "relationship": Relationship.CHILD}, "relationship"),
    ],
)
def test_invalid_details_name_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(KnownError) as err:
        PersonDetails(**kwargs)  # type: ignore[arg-type]
    assert err.value.code is ErrorCode.INVALID_FIELD and err.value.details["field"] == field


def test_stateless_and_refugee_nationality_codes_are_accepted() -> None:
    assert PersonDetails("A", nationality="XXA").nationality == "XXA"


def test_photos_with_exif_are_refused() -> None:
    from registrar.domain import FacePhoto

    exif = b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00" + bytes(8) + b"\xff\xda\x00\x02"
    with pytest.raises(KnownError) as err:
        FacePhoto(jpeg=exif, width=1, height=1)
    assert err.value.code is ErrorCode.PHOTO_INVALID
    with pytest.raises(KnownError):
        FacePhoto(jpeg=b"\x89PNG\r\n", width=1, height=1)


def test_settings_change_is_validated_supervisor_only_and_audited(
    vault: Vault, vault_dir: Path
) -> None:
    from conftest import OFFICER, OFFICER_PASSWORD

    from registrar.settings import SFACE_MODEL_ID, with_value

    changed = with_value(vault.settings(), f"match.bands.{SFACE_MODEL_ID}.possible", "0.45")
    vault.save_settings(changed)
    assert vault.settings().match.bands[SFACE_MODEL_ID].possible == 0.45
    with pytest.raises(KnownError):  # the strong edge (0.40) may not pass the possible edge
        with_value(vault.settings(), f"match.bands.{SFACE_MODEL_ID}.strong", "0.5")
    with pytest.raises(KnownError):
        with_value(vault.settings(), "match.no_such_thing", "1")
    with pytest.raises(KnownError):
        with_value(vault.settings(), "quality.dark_fail", "dark")
    actions = [r[0] for r in vault.db.conn.execute("SELECT action FROM audit_log")]
    assert "settings.changed" in actions
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        assert officer.settings().match.bands[SFACE_MODEL_ID].possible == 0.45
        with pytest.raises(KnownError) as err:
            officer.save_settings(changed)
        assert err.value.code is ErrorCode.NOT_PERMITTED
