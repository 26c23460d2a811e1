"""The one place cv2 is imported, after capping how many pixels OpenCV will ever decode.

A 1 MB PNG can declare 2.3 GB of pixels; OpenCV reads ``OPENCV_IO_MAX_IMAGE_PIXELS`` once,
when it is loaded, so the cap must be in the environment before the first ``import cv2``
anywhere in the process. ``registrar/__init__.py`` sets it too, so importing any part of
Registrar first is enough; intake also checks the declared size itself before decoding.
"""

from __future__ import annotations

import os
import sys

MAX_DECODE_PIXELS = 50_000_000

if "cv2" in sys.modules and os.environ.get("OPENCV_IO_MAX_IMAGE_PIXELS") is None:
    # cv2 was imported before Registrar could set the cap: refuse to run without it.
    from registrar.errors import BugError

    raise BugError("cv2 was imported before registrar set OPENCV_IO_MAX_IMAGE_PIXELS")
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_DECODE_PIXELS))
# A missing camera makes OpenCV print warnings on stderr; errors are ours to report.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

import cv2  # noqa: E402  (must follow the environment variable)

cv2.setNumThreads(2)  # a 2-core laptop: leave no room for oversubscription with numpy

__all__ = ["MAX_DECODE_PIXELS", "cv2"]
