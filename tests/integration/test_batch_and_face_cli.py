"""Batch import, whole-vault dedup, and the face commands of the CLI, on real photos."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    DATA,
    OFFICER,
    OFFICER_PASSWORD,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    make_details,
    registration_consent,
)

from registrar.biometrics.engine import FaceEngine
from registrar.biometrics.intake import load_image
from registrar.domain import CaseSource, Consent, ConsentPurpose
from registrar.errors import ErrorCode, KnownError
from registrar.services.batch import dedup, import_people, write_report
from registrar.services.faces import FaceService
from registrar.services.people import PeopleService
from registrar.storage.cases import CaseRepository
from registrar.storage.vault import Vault

FACES = DATA / "faces"
CONSENT = [Consent(ConsentPurpose.REGISTRATION, True, "eng")]


def _people(vault: Vault) -> int:
    return PeopleService(vault).count()


def test_import_a_folder_reports_every_row(faces: FaceService, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copy(FACES / "people/obama/1.jpg", folder / "Barack_Obama.jpg")
    shutil.copy(FACES / "people/obama/2.jpg", folder / "Barry_Soetoro.jpg")
    shutil.copy(FACES / "groups/obama_and_biden.jpg", folder / "Two_People.jpg")
    (folder / "Broken_File.jpg").write_bytes(b"\xff\xd8\xff" + b"\x00" * 100)
    (folder / "notes.txt").write_text("not a photo")
    progress: list[int] = []
    rows = import_people(
        faces, folder, consents=CONSENT, on_progress=lambda d, t: progress.append(d)
    )
    by_photo = {r.photo: r for r in rows}
    assert set(by_photo) == {
        "Barack_Obama.jpg",
        "Barry_Soetoro.jpg",
        "Two_People.jpg",
        "Broken_File.jpg",
    }
    assert by_photo["Barack_Obama.jpg"].status == "registered"
    assert by_photo["Barry_Soetoro.jpg"].candidates == 1  # the same face: sent to review
    assert by_photo["Two_People.jpg"].code == ErrorCode.FACE_MULTIPLE.value
    assert by_photo["Broken_File.jpg"].status == "refused"
    assert progress == [1, 2, 3, 4]
    assert _people(faces.vault) == 2  # refused rows left nothing behind
    person = PeopleService(faces.vault).find_by_registration_id(
        by_photo["Barack_Obama.jpg"].registration_id
    )
    assert (person.person.details.given_name, person.person.details.family_name) == (
        "Barack",
        "Obama",
    )
    report = tmp_path / "report.csv"
    write_report(rows, report)
    lines = list(csv.DictReader(report.read_text(encoding="utf-8").splitlines()))
    assert len(lines) == 4 and {line["status"] for line in lines} == {"registered", "refused"}


def test_import_a_manifest_refuses_bad_rows_without_half_records(
    faces: FaceService, tmp_path: Path
) -> None:
    shutil.copy(FACES / "people/biden/1.jpg", tmp_path / "biden.jpg")
    shutil.copy(FACES / "people/rose_leslie/1.jpg", tmp_path / "rose.jpg")
    manifest = tmp_path / "people.csv"
    manifest.write_text(
        "photo,given_name,family_name,sex,birth_year,nationality,languages,consent,"
        "consent_language\n"
        "biden.jpg,Joe,Biden,male,1942,USA,eng,registration;duplicate_check,eng\n"
        "rose.jpg,Rose,Leslie,female,1987,QQQ,eng,registration,eng\n"  # bad nationality
        "missing.jpg,No,Photo,female,1990,GBR,eng,registration,eng\n"
        "rose.jpg,Rose,Leslie,female,1987,GBR,eng,,eng\n",  # no consent to registration
        encoding="utf-8",
    )
    rows = import_people(faces, manifest)
    assert [r.status for r in rows] == ["registered", "refused", "refused", "refused"]
    assert [r.row for r in rows] == [2, 3, 4, 5]
    assert rows[1].code == ErrorCode.INVALID_FIELD.value
    assert rows[2].code == ErrorCode.FILE_UNREADABLE.value
    assert rows[3].code == ErrorCode.CONSENT_REQUIRED.value
    conn = faces.vault.db.conn
    assert _people(faces.vault) == 1
    assert conn.execute("SELECT count(*) FROM face_photos").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM face_templates").fetchone()[0] == 2


def test_a_manifest_with_unknown_columns_is_refused_whole(
    faces: FaceService, tmp_path: Path
) -> None:
    manifest = tmp_path / "bad.csv"
    manifest.write_text("photo,name,shoe_size\nx.jpg,A,42\n", encoding="utf-8")
    with pytest.raises(KnownError) as err:
        import_people(faces, manifest)
    assert err.value.code is ErrorCode.IMPORT_MANIFEST_INVALID


def _register_without_search(faces: FaceService, engine: FaceEngine, photo: str, name: str) -> str:
    """Store a person with templates but no enrolment search, as an old vault might hold."""
    analysis = engine.analyse(load_image(FACES / photo))
    person = PeopleService(faces.vault, faces.galleries).register(
        make_details(name),
        registration_consent(),
        photos=[analysis.photo],
        templates=analysis.templates,
    )
    return person.id


def test_dedup_finds_all_pairs_groups_them_and_never_repeats_a_case(
    faces: FaceService, engine: FaceEngine
) -> None:
    ids = {
        name: _register_without_search(faces, engine, photo, name)
        for name, photo in [
            ("o1", "people/obama/1.jpg"),
            ("o2", "people/obama/2.jpg"),
            ("o3", "people/obama/3.jpg"),
            ("b1", "people/biden/1.jpg"),
            ("b2", "people/biden/2.jpg"),
            ("k1", "people/kit_harington/1.jpg"),
            ("r1", "people/rose_leslie/1.jpg"),
        ]
    }
    progress: list[tuple[int, int]] = []
    result = dedup(faces, on_progress=lambda d, t: progress.append((d, t)))
    assert result.people == 7 and result.pairs == 4 and result.cases_opened == 4
    assert result.groups == 2  # the Obamas, the Bidens
    cases = CaseRepository(faces.vault.db.conn).open_cases()
    pairs = {frozenset((c.person_a, c.person_b)) for c in cases}
    expected = {
        frozenset((ids[a], ids[b]))
        for a, b in [("o1", "o2"), ("o1", "o3"), ("o2", "o3"), ("b1", "b2")]
    }
    assert pairs == expected
    assert all(c.source is CaseSource.BATCH for c in cases)
    obama_groups = {c.group_id for c in cases if ids["b1"] not in (c.person_a, c.person_b)}
    assert len(obama_groups) == 1
    assert progress and progress[-1][0] == progress[-1][1]
    again = dedup(faces)
    assert again.cases_opened == 0 and again.already_open == 4


def test_dedup_can_be_cancelled_and_leaves_nothing_half_done(
    faces: FaceService, engine: FaceEngine
) -> None:
    _register_without_search(faces, engine, "people/obama/1.jpg", "o1")
    _register_without_search(faces, engine, "people/obama/2.jpg", "o2")
    with pytest.raises(KnownError) as err:
        dedup(faces, is_cancelled=lambda: True)
    assert err.value.code is ErrorCode.CANCELLED
    assert CaseRepository(faces.vault.db.conn).count_open() == 0


def test_dedup_with_the_approximate_index_finds_the_same_pairs(
    faces: FaceService, engine: FaceEngine
) -> None:
    for name, photo in [
        ("o1", "people/obama/1.jpg"),
        ("o2", "people/obama/2.jpg"),
        ("k1", "people/kit_harington/1.jpg"),
        ("k2", "people/kit_harington/2.jpg"),
    ]:
        _register_without_search(faces, engine, photo, name)
    assert dedup(faces, approximate=True).pairs == 2


# --- the CLI --------------------------------------------------------------------------------


def _cli(
    vault_dir: Path, *args: str, operator: str = SUPERVISOR, password: str = SUPERVISOR_PASSWORD
) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"REGISTRAR_OPERATOR": operator, "REGISTRAR_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "registrar.cli", "--data-dir", str(vault_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_cli_import_search_dedup_and_evaluate(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.close()
    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copy(FACES / "people/obama/1.jpg", folder / "Barack_Obama.jpg")
    shutil.copy(FACES / "people/kit_harington/1.jpg", folder / "Kit_Harington.jpg")
    report = tmp_path / "report.csv"
    done = _cli(
        vault_dir, "import", str(folder), "--consent", "registration", "--report", str(report)
    )
    assert done.returncode == 0, done.stderr
    assert "Registered 2 of 2 rows" in done.stdout and report.exists()

    found = _cli(
        vault_dir,
        "search",
        str(FACES / "people/obama/3.jpg"),
        operator=OFFICER,
        password=OFFICER_PASSWORD,
    )
    assert found.returncode == 0, found.stderr
    assert "Possible match: please compare" in found.stdout and "Barack Obama" in found.stdout
    assert "strong" in found.stdout
    as_json = json.loads(
        _cli(vault_dir, "search", str(FACES / "people/obama/3.jpg"), "--json").stdout
    )
    assert as_json["candidates"][0]["registration_id"].startswith("KAK01-")
    nobody = _cli(vault_dir, "search", str(FACES / "people/lin_manuel_miranda/1.png"))
    assert "No earlier registration found." in nobody.stdout
    group = _cli(vault_dir, "search", str(FACES / "groups/kit_with_rose.jpg"))
    assert group.returncode == 1 and group.stderr.startswith("registrar: error: more than one")
    assert "Traceback" not in group.stderr

    refused = _cli(vault_dir, "dedup", operator=OFFICER, password=OFFICER_PASSWORD)
    assert refused.returncode == 1 and "supervisor" in refused.stderr
    dedup_run = _cli(vault_dir, "dedup")
    assert dedup_run.returncode == 0, dedup_run.stderr
    assert "Searched 2 people: 0 pairs" in dedup_run.stdout

    out = tmp_path / "eval"
    evaluated = _cli(vault_dir, "evaluate", str(FACES / "people"), "--output", str(out))
    assert evaluated.returncode == 0, evaluated.stderr
    report_json = json.loads((out / "evaluation.json").read_text())
    for key in ("review_band_fmr", "review_band_fnmr", "fnir_at_fpir_1pct", "fuse_norms"):
        assert key in report_json
    assert set(report_json["scores"]) == {"sface-2021dec-int8", "dlib-resnet-v1", "fused"}
    one_to_n = report_json["scores"]["sface-2021dec-int8"]["one_to_n"]
    assert one_to_n["rank1"] == 1.0 and one_to_n["searches_mated"] == 8
    assert (out / "distances.png").read_bytes().startswith(b"\x89PNG")
    assert json.loads(evaluated.stdout) == report_json
