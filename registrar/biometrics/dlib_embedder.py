"""The face_recognition project's dlib ResNet as a second opinion (the only module importing dlib).

Landmarks come from dlib's 5-point model run on the face YuNet found (no second detector
pass), and the 128-d descriptor from the full-resolution image, compared by Euclidean
distance as face_recognition does.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import Detection
from registrar.biometrics.index import Metric
from registrar.biometrics.models import DLIB_LANDMARKS_5, DLIB_RESNET, verified_path
from registrar.settings import DLIB_MODEL_ID


def dlib_box(face: Detection) -> tuple[int, int, int, int]:
    """A box shaped like the ones dlib's landmark model was trained on (its HOG detector's).

    YuNet's box runs from forehead to chin; dlib's frontal detector boxes are squarer and sit
    lower, spanning roughly from the eyebrows to below the mouth. The square is built from the
    landmarks, which is steadier across detectors than the box itself.
    """
    eyes_mid = (face.left_eye + face.right_eye) / 2
    mouth_mid = (face.landmarks[3] + face.landmarks[4]) / 2
    centre = eyes_mid * 0.45 + mouth_mid * 0.55
    # Fitted on the test photos so the square matches dlib's HOG boxes (within ~10%).
    side = max(face.eye_distance * 1.9, float(np.linalg.norm(mouth_mid - eyes_mid)) * 2.25)
    x0, y0 = centre - side / 2
    return round(float(x0)), round(float(y0)), round(float(x0 + side)), round(float(y0 + side))


class DlibEmbedder:
    model_id = DLIB_MODEL_ID
    dim = 128
    metric = Metric.EUCLIDEAN

    def __init__(self) -> None:
        import dlib  # deferred: ~0.2 s and 100 MB that the login window does not need

        self._dlib = dlib
        self._shape = dlib.shape_predictor(str(verified_path(DLIB_LANDMARKS_5)))
        self._net = dlib.face_recognition_model_v1(str(verified_path(DLIB_RESNET)))

    def embed(self, bgr: npt.NDArray[np.uint8], face: Detection) -> npt.NDArray[np.float32]:
        rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
        rect = self._dlib.rectangle(*dlib_box(face))
        shape = self._shape(rgb, rect)
        descriptor = self._net.compute_face_descriptor(rgb, shape)
        return np.asarray(descriptor, dtype=np.float32)
