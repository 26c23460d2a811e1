"""The face engine: a fast path for live preview frames and a full path for a captured photo.

Preview: detection + quality, no embedding (for the camera overlay, ~10 ms at 640x480).
Analyse: intake-checked image -> detection -> quality -> templates of every model. A photo
whose quality fails is refused with the failing checks named; nothing is embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import Detection, FaceDetector
from registrar.biometrics.embed import Embedder, SFaceEmbedder
from registrar.biometrics.intake import IntakeImage, encode_jpeg
from registrar.biometrics.quality import QualityReport, assess
from registrar.domain.model import FacePhoto, FaceTemplate
from registrar.errors import ErrorCode, KnownError
from registrar.settings import IntakeSettings, QualitySettings

_FAILURE_CODES = {
    "face.none": ErrorCode.FACE_NONE,
    "face.multiple": ErrorCode.FACE_MULTIPLE,
    "face.size": ErrorCode.FACE_TOO_SMALL,
}
_FAILURE_TEXT = {
    "face.none": "no face was found in the photo",
    "face.multiple": "more than one face is in the photo; only the person registering may be in it",
    "face.size": "the face is too small in the photo; move closer to the camera",
}


@dataclass(frozen=True, slots=True, eq=False)
class PreviewResult:
    faces: tuple[Detection, ...]
    quality: QualityReport


@dataclass(frozen=True, slots=True, eq=False)
class Analysis:
    """A usable face photo: what is stored (photo, templates) and how it was judged."""

    photo: FacePhoto
    face: Detection
    quality: QualityReport
    templates: tuple[FaceTemplate, ...]

    def template(self, model_id: str) -> FaceTemplate | None:
        return next((t for t in self.templates if t.model_id == model_id), None)


def default_embedders() -> list[Embedder]:
    from registrar.biometrics.dlib_embedder import DlibEmbedder

    return [SFaceEmbedder(), DlibEmbedder()]


class FaceEngine:
    """Detector, quality rules and embedders. Not thread-safe: one per compute thread."""

    def __init__(
        self,
        embedders: Sequence[Embedder] | None = None,
        quality: QualitySettings | None = None,
        intake: IntakeSettings | None = None,
    ) -> None:
        self.detector = FaceDetector()
        self.embedders = list(embedders) if embedders is not None else default_embedders()
        self.quality_settings = quality or QualitySettings()
        self.intake_settings = intake or IntakeSettings()

    def close(self) -> None:
        """Stop what an embedder runs beside this process (the dlib child process)."""
        for embedder in self.embedders:
            close = getattr(embedder, "close", None)
            if close is not None:
                close()

    @property
    def model_ids(self) -> list[str]:
        return [e.model_id for e in self.embedders]

    def preview(self, frame: npt.NDArray[np.uint8]) -> PreviewResult:
        """Faces confident enough to draw a box around, and the quality hints for the best."""
        faces = self.detector.detect(frame)
        trusted = tuple(f for f in faces if f.score >= self.quality_settings.min_detection_score)
        return PreviewResult(trusted, assess(frame, faces, self.quality_settings))

    def analyse(self, image: IntakeImage, *, source: str = "camera") -> Analysis:
        """Judge and embed a photo; raises FACE_* errors naming what is wrong."""
        bgr = image.bgr
        faces = self.detector.detect(bgr)
        report = assess(bgr, faces, self.quality_settings)
        failing = report.failing()
        if failing:
            first = failing[0]
            code = _FAILURE_CODES.get(first.code, ErrorCode.FACE_QUALITY)
            text = _FAILURE_TEXT.get(first.code, f"the photo fails the check {first.code}")
            raise KnownError(code, text, checks=[c.code for c in failing], quality=report)
        face = faces[0]
        stored_bgr = self._for_storage(bgr)
        photo = FacePhoto(
            jpeg=encode_jpeg(stored_bgr, self.intake_settings.jpeg_quality),
            width=stored_bgr.shape[1],
            height=stored_bgr.shape[0],
            source=source,
            quality=report.figures() | {"status": float(report.status)},
        )
        # Embeddings come from the full-resolution image, before it is scaled for storage.
        templates = tuple(
            FaceTemplate(e.model_id, e.embed(bgr, face), photo.id) for e in self.embedders
        )
        return Analysis(photo, face, report, templates)

    def embed_stored(
        self, photo_bgr: npt.NDArray[np.uint8], embedder: Embedder, photo_id: str
    ) -> FaceTemplate:
        """A template of a stored photo (re-embedding for a new model)."""
        faces = self.detector.detect(photo_bgr)
        if not faces:
            raise KnownError(ErrorCode.FACE_NONE, "no face was found in the stored photo")
        return FaceTemplate(embedder.model_id, embedder.embed(photo_bgr, faces[0]), photo_id)

    def _for_storage(self, bgr: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
        limit = self.intake_settings.stored_max_side
        height, width = bgr.shape[:2]
        scale = limit / max(height, width)
        if scale >= 1.0:
            return bgr
        size = (round(width * scale), round(height * scale))
        return np.ascontiguousarray(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA))
