"""dlib in a child process gives the same templates as dlib in this one, and recovers."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from conftest import DATA

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import FaceDetector
from registrar.biometrics.dlib_embedder import DlibEmbedder
from registrar.biometrics.dlib_process import ProcessDlibEmbedder, face_region

PHOTOS = sorted((DATA / "faces" / "people").glob("*/*.jpg"))[:6]


@pytest.fixture(scope="module")
def remote() -> Iterator[ProcessDlibEmbedder]:
    embedder = ProcessDlibEmbedder()
    yield embedder
    embedder.close()


def test_templates_equal_those_computed_in_process(remote: ProcessDlibEmbedder) -> None:
    detector, local = FaceDetector(), DlibEmbedder()
    for path in PHOTOS:
        bgr = cv2.imread(str(path))
        face = detector.detect(bgr)[0]
        assert np.allclose(remote.embed(bgr, face), local.embed(bgr, face), atol=1e-5), path


def test_a_face_at_the_edge_of_the_photo_keeps_its_template(remote: ProcessDlibEmbedder) -> None:
    detector, local = FaceDetector(), DlibEmbedder()
    bgr = cv2.imread(str(PHOTOS[0]))
    face = detector.detect(bgr)[0]
    x, y, w, _h = (int(v) for v in face.box)
    cut = np.ascontiguousarray(bgr[max(0, y - 5) :, max(0, x + w // 3) :])  # half a face
    found = detector.detect(cut)
    assert found, "the cut photo still shows a face"
    crop, _moved = face_region(cut, found[0])
    assert crop.shape[0] <= cut.shape[0] and crop.shape[1] <= cut.shape[1]
    assert np.allclose(remote.embed(cut, found[0]), local.embed(cut, found[0]), atol=1e-5)


def test_a_dead_child_is_started_again() -> None:
    embedder = ProcessDlibEmbedder()
    try:
        bgr = cv2.imread(str(PHOTOS[0]))
        face = FaceDetector().detect(bgr)[0]
        first = embedder.embed(bgr, face)
        embedder._process.kill()
        embedder._process.join()
        assert np.allclose(embedder.embed(bgr, face), first)
    finally:
        embedder.close()
    assert embedder._process is None
