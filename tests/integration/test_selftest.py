"""`registrar-app --self-test`, as an officer's laptop (or CI, on the frozen bundle) runs it:
a real process, no display, a JSON report, exit 0; a broken installation names its step."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from registrar.biometrics.models import ALL_MODELS, verified_path
from registrar.selftest import CORE_STEPS, Context, StepFailed, run, step_licences

APP = Path(sys.executable).parent / "registrar-app"
STEPS = ["models", "licences", "vault", "engine", "enrol", "search", "dedup", "sync", "interface"]


def _self_test(tmp_path: Path, **env: str) -> tuple[int, dict[str, object], str]:
    clean = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # no display given
    clean |= {"TMPDIR": str(tmp_path), **env}
    done = subprocess.run(
        [str(APP), "--self-test"], env=clean, capture_output=True, text=True, timeout=300
    )
    return done.returncode, json.loads(done.stdout), done.stderr


def test_the_self_test_passes_every_step_and_leaves_nothing_behind(tmp_path: Path) -> None:
    code, report, _err = _self_test(tmp_path)
    assert code == 0 and report["ok"] is True
    steps = report["steps"]
    assert isinstance(steps, list)
    assert [s["step"] for s in steps] == STEPS and all(s["ok"] is True for s in steps)
    by_name = {s["step"]: s for s in steps}
    assert by_name["search"]["same_person_band"] in ("strong", "possible")
    assert by_name["dedup"]["cases_opened"] == 1
    assert by_name["interface"]["drawn"] == ["ar", "en"]
    assert list(tmp_path.iterdir()) == []  # the throw-away vault is gone
    # Versions and counts only: nothing of the sample person reaches the report.
    text = json.dumps(report)
    assert "Selftest" not in text and "First" not in text


def test_a_missing_model_fails_at_the_models_step_and_names_the_file(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    for model in ALL_MODELS[1:]:
        shutil.copy(verified_path(model), models / model.name)
    code, report, err = _self_test(tmp_path, REGISTRAR_MODEL_DIR=str(models))
    assert code == 1 and report["ok"] is False and report["failed_step"] == "models"
    assert ALL_MODELS[0].name in str(report["error"])
    assert "self-test failed at step models" in err
    steps = report["steps"]
    assert isinstance(steps, list)
    assert [s["ok"] for s in steps] == [False] + [None] * (len(STEPS) - 1)  # the rest not run


def test_a_damaged_model_is_refused_by_its_checksum(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    for model in ALL_MODELS:
        shutil.copy(verified_path(model), models / model.name)
    damaged = models / ALL_MODELS[1].name
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    code, report, _err = _self_test(tmp_path, REGISTRAR_MODEL_DIR=str(models))
    assert code == 1 and report["failed_step"] == "models"
    assert "model.checksum" in str(report["error"])


def test_a_step_that_fails_stops_the_run_and_its_temporary_vault_is_removed(
    tmp_path: Path,
) -> None:
    def broken(_ctx: Context) -> dict[str, object]:
        raise StepFailed("the sample could not be read")

    steps = (CORE_STEPS[0], CORE_STEPS[2], ("enrol", broken), CORE_STEPS[-1])
    report = run(steps, folder=tmp_path)
    assert report["ok"] is False and report["failed_step"] == "enrol"
    assert report["error"] == "the sample could not be read"
    assert [s["ok"] for s in report["steps"]] == [True, True, False, None]
    assert list(tmp_path.iterdir()) == []


def test_a_missing_licence_text_fails_the_licences_step_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(Path(__file__).parents[2] / "resources", resources)
    (resources / "licenses" / "LGPL-3.0.txt").unlink()
    monkeypatch.setenv("REGISTRAR_RESOURCES", str(resources))
    report = run([("licences", step_licences)], folder=tmp_path)
    assert report["ok"] is False and report["failed_step"] == "licences"
    assert "LGPL-3.0.txt" in report["error"]
