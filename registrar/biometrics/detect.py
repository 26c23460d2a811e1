"""Face detection with OpenCV Zoo's YuNet: boxes, five landmarks and a confidence per face."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.models import YUNET, verified_path

# Larger images are detected on a downscaled copy (YuNet works at this scale) and the
# results mapped back to full resolution for alignment and quality.
DETECT_MAX_SIDE = 640


@dataclass(frozen=True, slots=True, eq=False)
class Detection:
    """One face: box (x, y, w, h) and landmarks in full-image pixels.

    Landmarks are, in order, the subject's right eye, left eye, nose tip, right and left
    mouth corners (as YuNet gives them; the subject's right eye is on the image's left).
    """

    box: tuple[float, float, float, float]
    landmarks: npt.NDArray[np.float32]  # (5, 2)
    score: float

    @property
    def right_eye(self) -> npt.NDArray[np.float32]:
        return cast(npt.NDArray[np.float32], self.landmarks[0])

    @property
    def left_eye(self) -> npt.NDArray[np.float32]:
        return cast(npt.NDArray[np.float32], self.landmarks[1])

    @property
    def nose(self) -> npt.NDArray[np.float32]:
        return cast(npt.NDArray[np.float32], self.landmarks[2])

    @property
    def eye_distance(self) -> float:
        return float(np.linalg.norm(self.left_eye - self.right_eye))

    def as_yunet_row(self) -> npt.NDArray[np.float32]:
        """The 15-value row OpenCV's FaceRecognizerSF.alignCrop expects."""
        x, y, w, h = self.box
        return np.array([x, y, w, h, *self.landmarks.ravel(), self.score], dtype=np.float32)


class FaceDetector:
    """YuNet through cv2.FaceDetectorYN. Not thread-safe: one per worker thread."""

    def __init__(self, score_threshold: float = 0.6, nms_threshold: float = 0.3) -> None:
        self._net = cv2.FaceDetectorYN.create(
            str(verified_path(YUNET)), "", (320, 320), score_threshold, nms_threshold, 50
        )
        self._size: tuple[int, int] = (0, 0)

    def detect(
        self, bgr: npt.NDArray[np.uint8], *, max_side: int = DETECT_MAX_SIDE
    ) -> list[Detection]:
        """All faces in the image, most confident first, found on a copy no larger than
        ``max_side`` (a smaller side is faster and finds only larger faces)."""
        height, width = bgr.shape[:2]
        scale = min(1.0, max_side / max(height, width))
        small = bgr
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            small = np.asarray(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), np.uint8)
        size = (small.shape[1], small.shape[0])
        if size != self._size:
            self._net.setInputSize(size)
            self._size = size
        _, rows = self._net.detect(small)
        if rows is None:
            return []
        faces = []
        for row in rows:
            values = row[:14].astype(np.float32) / scale
            faces.append(
                Detection(
                    box=(float(values[0]), float(values[1]), float(values[2]), float(values[3])),
                    landmarks=values[4:14].reshape(5, 2).copy(),
                    score=float(row[14]),
                )
            )
        faces.sort(key=lambda d: -d.score)
        return faces
