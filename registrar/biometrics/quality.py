"""Face quality checks on a detection: each gives pass, warn or fail, a code and a measured value.

The codes are what the UI turns into hints ("move closer", "too dark", "turn your head",
"only one person"); thresholds come from ``QualitySettings``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import Detection
from registrar.settings import QualitySettings


class Status(IntEnum):
    """Ordered, so the worst of several is their max."""

    PASS = 0
    WARN = 1
    FAIL = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class QualityCheck:
    code: str  # e.g. "face.size"; the UI maps it to a hint
    status: Status
    value: float


@dataclass(frozen=True, slots=True)
class QualityReport:
    checks: tuple[QualityCheck, ...]

    @property
    def status(self) -> Status:
        return max((c.status for c in self.checks), default=Status.PASS)

    def failing(self) -> list[QualityCheck]:
        return [c for c in self.checks if c.status is Status.FAIL]

    def hints(self) -> list[str]:
        """Codes of the checks that did not pass, worst first."""
        ordered = sorted(self.checks, key=lambda c: -c.status)
        return [c.code for c in ordered if c.status is not Status.PASS]

    def figures(self) -> dict[str, float]:
        return {c.code: round(c.value, 4) for c in self.checks}

    def get(self, code: str) -> QualityCheck | None:
        return next((c for c in self.checks if c.code == code), None)


def _grade(value: float, warn: float, fail: float, *, higher_is_worse: bool) -> Status:
    if higher_is_worse:
        return Status.FAIL if value >= fail else Status.WARN if value >= warn else Status.PASS
    return Status.FAIL if value <= fail else Status.WARN if value <= warn else Status.PASS


def face_count_check(faces: Sequence[Detection], s: QualitySettings) -> QualityCheck:
    """Exactly one confident face: a second confident face means two people in the photo."""
    confident = [f for f in faces if f.score >= s.min_detection_score]
    others = [f for f in faces[1:] if f.score >= s.second_face_score]
    if not confident:
        return QualityCheck("face.none", Status.FAIL, float(faces[0].score if faces else 0.0))
    if others:
        return QualityCheck("face.multiple", Status.FAIL, float(1 + len(others)))
    return QualityCheck("face.count", Status.PASS, 1.0)


def _face_crop(gray: npt.NDArray[np.uint8], face: Detection) -> npt.NDArray[np.uint8]:
    x, y, w, h = face.box
    height, width = gray.shape
    x0, y0 = max(0, int(x)), max(0, int(y))
    x1, y1 = min(width, math.ceil(x + w)), min(height, math.ceil(y + h))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return np.zeros((8, 8), np.uint8)
    return gray[y0:y1, x0:x1]


def assess(
    bgr: npt.NDArray[np.uint8], faces: Sequence[Detection], settings: QualitySettings
) -> QualityReport:
    """All checks for the most confident face (or just the count check when there is none)."""
    s = settings
    count = face_count_check(faces, s)
    if count.code == "face.none":
        return QualityReport((count,))
    face = faces[0]
    checks = [
        count,
        QualityCheck(
            "face.score",
            _grade(
                face.score,
                s.min_detection_score,
                s.min_detection_score * 0.8,
                higher_is_worse=False,
            ),
            face.score,
        ),
    ]

    eyes = face.eye_distance
    checks.append(
        QualityCheck(
            "face.size",
            _grade(eyes, s.eye_distance_warn_px, s.eye_distance_fail_px, higher_is_worse=False),
            eyes,
        )
    )

    gray = np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), np.uint8)
    crop = _face_crop(gray, face)
    # Sharpness at a fixed scale, so a big face and a small face are judged alike.
    norm = cv2.resize(
        crop,
        (112, max(8, round(112 * crop.shape[0] / crop.shape[1]))),
        interpolation=cv2.INTER_AREA,
    )
    sharpness = float(cv2.Laplacian(norm, cv2.CV_64F).var())
    checks.append(
        QualityCheck(
            "face.sharpness",
            _grade(sharpness, s.sharpness_warn, s.sharpness_fail, higher_is_worse=False),
            sharpness,
        )
    )

    mean = float(crop.mean())
    checks.append(
        QualityCheck(
            "face.dark", _grade(mean, s.dark_warn, s.dark_fail, higher_is_worse=False), mean
        )
    )
    checks.append(
        QualityCheck(
            "face.bright", _grade(mean, s.bright_warn, s.bright_fail, higher_is_worse=True), mean
        )
    )
    clipped = float(np.mean((crop <= 4) | (crop >= 251)))
    checks.append(
        QualityCheck(
            "face.clipped",
            _grade(clipped, s.clipped_warn, s.clipped_fail, higher_is_worse=True),
            clipped,
        )
    )

    dx, dy = (face.left_eye - face.right_eye).tolist()
    roll = abs(math.degrees(math.atan2(dy, dx)))
    checks.append(
        QualityCheck(
            "face.roll", _grade(roll, s.roll_warn_deg, s.roll_fail_deg, higher_is_worse=True), roll
        )
    )
    # Yaw from the nose's offset from the perpendicular through the eyes' midpoint.
    mid = (face.left_eye + face.right_eye) / 2
    axis = (face.left_eye - face.right_eye) / max(eyes, 1e-6)
    yaw = abs(float(np.dot(face.nose - mid, axis))) / max(eyes, 1e-6)
    checks.append(
        QualityCheck("face.yaw", _grade(yaw, s.yaw_warn, s.yaw_fail, higher_is_worse=True), yaw)
    )

    height, width = gray.shape
    x, y, w, h = face.box
    cx, cy = (x + w / 2) / width, (y + h / 2) / height
    off = math.hypot(cx - 0.5, cy - 0.5)
    checks.append(
        QualityCheck(
            "face.off_centre", _grade(off, s.off_centre_warn, 10.0, higher_is_worse=True), off
        )
    )
    outside = (max(0.0, -x) + max(0.0, x + w - width)) / w + (
        max(0.0, -y) + max(0.0, y + h - height)
    ) / h
    checks.append(
        QualityCheck(
            "face.cut_off",
            _grade(outside, s.cut_off_margin, s.cut_off_margin * 10, higher_is_worse=True),
            outside,
        )
    )
    return QualityReport(tuple(checks))
