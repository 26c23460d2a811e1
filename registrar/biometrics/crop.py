"""Face crops for people to compare: eyes level, the same eye distance, the same size.

Two photos of one person taken at different distances look alike only when they are shown
at the same scale; officers and supervisors compare these crops, not the raw photos.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from registrar.biometrics.cv import cv2
from registrar.biometrics.detect import Detection

U8 = npt.NDArray[np.uint8]


def aligned_face(bgr: U8, face: Detection, *, width: int = 180, height: int = 225) -> U8:
    """The face rotated so the eyes are level and scaled so they are ``0.36 * width`` apart.

    The eyes sit at 40 % of the crop's height; what falls outside the photo is grey.
    """
    right, left = face.right_eye.astype(np.float64), face.left_eye.astype(np.float64)
    dx, dy = float(left[0] - right[0]), float(left[1] - right[1])
    eye_distance = max(math.hypot(dx, dy), 1.0)
    angle = math.degrees(math.atan2(dy, dx))
    scale = 0.36 * width / eye_distance
    centre = ((right[0] + left[0]) / 2.0, (right[1] + left[1]) / 2.0)
    matrix = cv2.getRotationMatrix2D(centre, angle, scale)
    matrix[0, 2] += width / 2.0 - centre[0]
    matrix[1, 2] += height * 0.40 - centre[1]
    out = cv2.warpAffine(
        bgr,
        matrix,
        (width, height),
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(128, 128, 128),
    )
    return np.ascontiguousarray(out, dtype=np.uint8)
