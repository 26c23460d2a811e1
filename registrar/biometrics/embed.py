"""Face embedders, one adapter per model: the Protocol and OpenCV Zoo's SFace (the primary)."""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import Detection
from registrar.biometrics.index import Metric
from registrar.biometrics.models import SFACE, verified_path
from registrar.settings import SFACE_MODEL_ID


class Embedder(Protocol):
    """Turns one detected face into a template of ``dim`` float32 values."""

    model_id: str
    dim: int
    metric: Metric

    def embed(self, bgr: npt.NDArray[np.uint8], face: Detection) -> npt.NDArray[np.float32]: ...


class SFaceEmbedder:
    """SFace through cv2.FaceRecognizerSF: aligned 112x112 crop, 128-d, unit length, 1 - cosine."""

    model_id = SFACE_MODEL_ID
    dim = 128
    metric = Metric.COSINE

    def __init__(self) -> None:
        self._net = cv2.FaceRecognizerSF.create(str(verified_path(SFACE)), "")

    def embed(self, bgr: npt.NDArray[np.uint8], face: Detection) -> npt.NDArray[np.float32]:
        crop = self._net.alignCrop(bgr, face.as_yunet_row())
        vector = np.asarray(self._net.feature(crop), dtype=np.float32).ravel()
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm > 0 else vector
