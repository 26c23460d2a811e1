"""Quality checks react to the defects they name, on a real photo made worse on purpose."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import DATA

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import FaceDetector
from registrar.biometrics.intake import load_image
from registrar.biometrics.quality import QualityReport, Status, assess
from registrar.settings import QualitySettings

SETTINGS = QualitySettings()


@pytest.fixture(scope="module")
def detector() -> FaceDetector:
    return FaceDetector()


@pytest.fixture(scope="module")
def portrait() -> np.ndarray:
    return load_image(DATA / "faces/people/biden/2.jpg").bgr


def _assess(detector: FaceDetector, image: np.ndarray) -> QualityReport:
    return assess(image, detector.detect(image), SETTINGS)


def _status(report: QualityReport, code: str) -> Status:
    check = report.get(code)
    assert check is not None, f"{code} missing from {report.figures()}"
    return check.status


def test_a_good_portrait_passes(detector: FaceDetector, portrait: np.ndarray) -> None:
    report = _assess(detector, portrait)
    assert report.status is Status.PASS, report.hints()
    assert report.get("face.size") is not None and report.get("face.size").value > 60


def test_darkness_is_named(detector: FaceDetector, portrait: np.ndarray) -> None:
    report = _assess(detector, (portrait * 0.25).astype(np.uint8))
    assert _status(report, "face.dark") is not Status.PASS
    assert report.hints()[0] in ("face.dark", "face.clipped")


def test_over_exposure_is_named(detector: FaceDetector, portrait: np.ndarray) -> None:
    bright = np.clip(portrait.astype(np.int16) + 120, 0, 255).astype(np.uint8)
    report = _assess(detector, bright)
    assert (
        _status(report, "face.bright") is not Status.PASS
        or _status(report, "face.clipped") is not Status.PASS
    )


def test_blur_is_named(detector: FaceDetector, portrait: np.ndarray) -> None:
    sharp = _assess(detector, portrait).get("face.sharpness")
    blurred = _assess(detector, cv2.GaussianBlur(portrait, (0, 0), 6)).get("face.sharpness")
    assert sharp is not None and blurred is not None
    assert blurred.value < sharp.value / 3
    assert blurred.status is not Status.PASS


def test_a_tilted_head_is_named(detector: FaceDetector, portrait: np.ndarray) -> None:
    h, w = portrait.shape[:2]
    readings = []
    for angle in (0, 15, 30):
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 0.8)
        tilted = cv2.warpAffine(portrait, matrix, (w, h), borderValue=(128, 128, 128))
        check = _assess(detector, tilted).get("face.roll")
        assert check is not None
        readings.append(check)
    assert readings[0].value < readings[1].value < readings[2].value
    assert readings[0].status is Status.PASS
    assert readings[2].status is not Status.PASS


def test_a_small_face_is_named(detector: FaceDetector, portrait: np.ndarray) -> None:
    small = cv2.resize(portrait, (160, 160), interpolation=cv2.INTER_AREA)
    canvas = np.full((480, 640, 3), 180, np.uint8)
    canvas[160:320, 240:400] = small
    report = _assess(detector, canvas)
    if report.get("face.none") is None:  # found at all: then it must be called small
        assert _status(report, "face.size") is not Status.PASS


def test_a_face_at_the_edge_is_named(detector: FaceDetector, portrait: np.ndarray) -> None:
    w = portrait.shape[1]
    shifted = np.full_like(portrait, 128)
    shifted[:, : w - w // 3] = portrait[:, w // 3 :]
    report = _assess(detector, shifted)
    assert {"face.off_centre", "face.cut_off"} & set(report.hints())


def test_no_face_and_two_faces(detector: FaceDetector) -> None:
    empty = np.full((480, 640, 3), 90, np.uint8)
    assert _assess(detector, empty).hints() == ["face.none"]
    group = load_image(DATA / "faces/groups/obama_and_biden.jpg").bgr
    report = _assess(detector, group)
    assert report.hints()[0] == "face.multiple" and report.status is Status.FAIL
