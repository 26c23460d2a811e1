"""Face crops are level and at one scale, whatever the photo's size or tilt."""

from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import DATA

from registrar.biometrics.crop import aligned_face
from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import Detection, FaceDetector


def _dot_centre(image: np.ndarray, channel: int) -> tuple[float, float]:
    mask = (image[:, :, channel] > 200) & (image.sum(axis=2) < 400)
    ys, xs = np.nonzero(mask)
    assert len(xs), "the dot left the crop"
    return float(xs.mean()), float(ys.mean())


@pytest.mark.parametrize(("eye_distance", "tilt"), [(40, 0.0), (160, 0.0), (90, 20.0), (70, -35)])
def test_the_eyes_land_level_at_a_fixed_place_and_distance(eye_distance: int, tilt: float) -> None:
    # A blank photo with a blue dot for the subject's right eye and a red one for the left.
    photo = np.zeros((600, 800, 3), np.uint8)
    centre = np.array([400.0, 300.0])
    half = eye_distance / 2 * np.array([math.cos(math.radians(tilt)), math.sin(math.radians(tilt))])
    right, left = centre - half, centre + half
    cv2.circle(photo, (round(right[0]), round(right[1])), 6, (255, 0, 0), -1)
    cv2.circle(photo, (round(left[0]), round(left[1])), 6, (0, 0, 255), -1)
    landmarks = np.array([right, left, centre, centre, centre], np.float32)
    face = Detection((300.0, 200.0, 200.0, 200.0), landmarks, 0.99)
    crop = aligned_face(photo, face, width=180, height=225)
    assert crop.shape == (225, 180, 3)
    rx, ry = _dot_centre(crop, 0)
    lx, ly = _dot_centre(crop, 2)
    assert abs(ry - ly) < 1.5  # level
    assert lx - rx == pytest.approx(0.36 * 180, abs=1.5)  # one scale
    assert (rx + lx) / 2 == pytest.approx(90, abs=1.5)
    assert (ry + ly) / 2 == pytest.approx(0.40 * 225, abs=1.5)


def test_a_real_face_fills_the_crop_the_same_way_at_any_photo_size() -> None:
    detector = FaceDetector()
    image = cv2.imread(str(DATA / "faces" / "people" / "obama" / "1.jpg"))
    sizes = []
    for zoom in (1.0, 0.5):
        photo = cv2.resize(image, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_AREA)
        crop = aligned_face(photo, detector.detect(photo)[0])
        found = detector.detect(cv2.resize(crop, (360, 450)))
        assert len(found) == 1
        sizes.append(found[0].box[2])
    assert sizes[0] == pytest.approx(sizes[1], rel=0.1)
